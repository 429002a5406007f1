/// Rewards instructions given as separate steps in order ("First…", "Then…", a numbered list).
public struct OrderedSteps: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "ordered-steps",
        name: "Steps in order",
        dimension: .clarity,
        rationale: "Steps one at a time, in the order they are done, can be followed with the phone in hand.",
        examples: [
            .triggering("⟦First, switch the phone off⟧. ⟦Then put the new card in⟧."),
            .triggering("1. ⟦Open the tray⟧\n2. ⟦Put the card in⟧\n3. ⟦Switch on⟧"),
            .triggering(
                "To read the meter: 1. ⟦Find the row of numbers⟧. 2. ⟦Write them down⟧. 3. ⟦Send them to us⟧."),
            .nonTriggering("Switch the phone off."),
            .nonTriggering("It costs 2. Find the receipt and keep it."),
            .nonTriggering("I'll send the new card today and it will arrive tomorrow."),
            .triggering("Proszę zrobić tak:\n1. ⟦Wyjąć tackę⟧\n2. ⟦Włożyć kartę⟧\n3. ⟦Włączyć telefon⟧", locale: "pl"),
            .triggering("Jak to zrobić: 1. ⟦Wpisz kod⟧. 2. ⟦Naciśnij zieloną słuchawkę⟧.", locale: "pl"),
            .nonTriggering("Proszę wyłączyć telefon.", locale: "pl"),
            .nonTriggering("Dziś wyślę nową kartę, a jutro będzie u Pana.", locale: "pl"),
            .triggering("⟦Sluk først telefonen⟧. ⟦Sæt derefter det nye kort i⟧.", locale: "da"),
            .triggering("1. ⟦Åbn skuffen⟧\n2. ⟦Sæt kortet i⟧\n3. ⟦Tænd telefonen⟧", locale: "da"),
            .triggering("Sådan gør du: 1. ⟦Hent appen⟧. 2. ⟦Godkend på den gamle telefon⟧.", locale: "da"),
            .nonTriggering("Sluk telefonen.", locale: "da"),
            .nonTriggering("Jeg sender det nye kort i dag, og det er fremme i morgen.", locale: "da"),
        ]
    )

    /// One finding per step sentence when there are at least two and they are ordered; eight points in all.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        let steps = reply.stepSentences
        guard steps.count >= 2 else { return [] }
        let markers = text.language.foldedSet(for: .sequenceMarker)
        let ordered = steps.contains { index in
            let sentence = text.sentences[index]
            guard !sentence.isListItem else { return true }
            return sentence.tokens.lazy.filter { text.tokens[$0].isWordLike }.prefix(3)
                .contains { markers.contains(text.tokens[$0].normalized) }
        }
        guard ordered else { return [] }
        let shares = [4, 2, 2]
        return zip(steps.prefix(3), shares).map { index, points in
            definition.finding(
                points, at: text.wordSpan(ofSentence: index), in: reply,
                message: "A clear step in order: “\(text.quote(text.wordSpan(ofSentence: index)))”.",
                advice: "Keep one step per sentence, in the order the customer does them.")
        }
    }
}
