/// Takes points for a reply much longer than a customer will read on a phone.
public struct Rambling: Criterion {
    /// Creates the criterion.
    public init() {}

    /// Words a reply may have before it counts as long.
    static let wordBudget = 130

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "rambling",
        name: "Too long",
        dimension: .clarity,
        rationale: "Past a hundred-odd words, customers skim and miss the one step that matters.",
        examples: [
            .triggering(
                String(repeating: "We value you as a customer and we want you to be happy. ", count: 10)
                    + "⟦We value you as a customer and we want you to be happy. We value you a lot⟧."),
            .nonTriggering("Put the new card in, then switch the phone on."),
            .nonTriggering(String(repeating: "Short line. ", count: 60)),
            .triggering(
                String(repeating: "Cenimy Pana jako naszego klienta i bardzo nam zależy na tym, żeby był Pan zadowolony. ", count: 8)
                    + "⟦Cenimy Pana jako naszego klienta i bardzo nam zależy na tym, żeby był Pan zadowolony. Bardzo Pana cenimy⟧.",
                locale: "pl"),
            .nonTriggering("Proszę włożyć nową kartę, a potem włączyć telefon.", locale: "pl"),
            .nonTriggering(String(repeating: "Krótkie zdanie. ", count: 60), locale: "pl"),
            .triggering(
                String(repeating: "Vi sætter stor pris på dig som kunde, og vi vil gerne have, at du er glad. ", count: 7)
                    + "⟦Vi sætter stor pris på dig som kunde, og vi vil gerne have, at du er glad. Vi sætter stor pris på dig⟧.",
                locale: "da"),
            .nonTriggering("Sæt det nye kort i, og tænd så telefonen.", locale: "da"),
            .nonTriggering(String(repeating: "Kort sætning. ", count: 60), locale: "da"),
        ]
    )

    /// One finding from the sentence where the budget runs out: a point per 15 words over, twenty at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        let over = text.wordCount - Rambling.wordBudget
        guard over > 0 else { return [] }
        var words = 0
        var firstOver = text.sentences.count - 1
        for (index, sentence) in text.sentences.enumerated() {
            words += sentence.wordCount
            if words > Rambling.wordBudget {
                firstOver = index
                break
            }
        }
        let span = TextSpan(start: text.sentences[firstOver].span.start, end: text.scalars.count)
        let trimmed = TextSpan(start: span.start, end: text.wordSpan(ofSentence: text.sentences.count - 1).end)
        return [
            definition.finding(
                -min(20, 2 + over / 15), at: trimmed, in: reply,
                message: "\(text.wordCount) words; everything from here on is past what most customers read.",
                advice: "Say the one thing that matters first and cut the rest to under \(Rambling.wordBudget) words.")
        ]
    }
}
