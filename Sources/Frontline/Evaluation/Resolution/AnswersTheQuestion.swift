/// Rewards answering what the customer actually asked, judged by the reply taking up the words of their question.
public struct AnswersTheQuestion: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "answers-the-question",
        name: "Answers the question asked",
        dimension: .resolution,
        rationale: "Customers judge a reply first by whether it answers the question they asked.",
        examples: [
            .triggering(
                "Deep ⟦underground⟧ the radio ⟦signal⟧ can't get through the rock; it comes back at the next station.",
                customer: "Why is there no signal underground?!"),
            .nonTriggering(
                "Thank you for calling, is there anything else?",
                customer: "Why is there no signal underground?!"),
            .nonTriggering("Deep underground the signal can't get through the rock."),
            .triggering(
                "Głęboko pod ⟦ziemią⟧ sygnał radiowy nie przechodzi przez skały; ⟦zasięg⟧ wraca na następnej stacji.",
                customer: "Dlaczego pod ziemią nie ma zasięgu?!", locale: "pl"),
            .nonTriggering(
                "Dziękuję za telefon, czy mogę jeszcze w czymś pomóc?",
                customer: "Dlaczego pod ziemią nie ma zasięgu?!", locale: "pl"),
            .nonTriggering("Głęboko pod ziemią sygnał nie przechodzi przez skały.", locale: "pl"),
            .triggering(
                "Dybt under ⟦jorden⟧ kan radiosignalet ikke komme gennem klippen; ⟦signalet⟧ kommer tilbage ved næste station.",
                customer: "Hvorfor er der intet signal under jorden?!", locale: "da"),
            .nonTriggering(
                "Tak fordi du ringede, er der andet, jeg kan hjælpe med?",
                customer: "Hvorfor er der intet signal under jorden?!", locale: "da"),
            .nonTriggering("Dybt under jorden kan signalet ikke komme gennem klippen.", locale: "da"),
        ]
    )

    /// One finding per sentence that takes up the question's words, ten points in all.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        guard !reply.customerQuestionDetails.isEmpty else { return [] }
        let text = reply.reply
        var findings: [Finding] = []
        for index in text.sentences.indices where !text.sentences[index].isQuestion {
            let words = reply.questionDetailTokens(inSentence: index)
            guard !words.isEmpty else { continue }
            for position in words.prefix(2) where findings.count < 2 {
                let span = text.tokens[position].span
                findings.append(
                    definition.finding(
                        5, at: span, in: reply,
                        message: "You take up the customer's question: “\(text.quote(span))”.",
                        advice: "Answer the question in your first sentence, then add what to do."))
            }
            if findings.count == 2 { break }
        }
        return findings
    }
}
