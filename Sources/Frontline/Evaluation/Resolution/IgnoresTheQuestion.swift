/// Takes points when the customer asked a question and the reply never touches it.
public struct IgnoresTheQuestion: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "ignores-the-question",
        name: "Ignores the question asked",
        dimension: .resolution,
        rationale: "A reply that skips the customer's question makes them ask again, angrier.",
        examples: [
            .triggering(
                "Thank you for calling, is there anything else?",
                customer: "Why is there no signal underground?!"),
            .triggering("We value you as a customer.", customer: "How do I hide my number when I text?"),
            .nonTriggering(
                "Underground the signal can't get through; it returns at the next station.",
                customer: "Why is there no signal underground?!"),
            .nonTriggering("Thank you for calling, is there anything else?"),
            .nonTriggering("No, we can't do that, as it's her contract.", customer: "Can you switch her card off?"),
            .triggering("No problem at all, thanks for calling.", customer: "Can you switch her card off?"),
            .triggering(
                "Yes, thanks for calling, is there anything else?", customer: "Why is there no signal underground?"),
            .triggering(
                "Dziękuję za telefon, czy mogę jeszcze w czymś pomóc?",
                customer: "Dlaczego pod ziemią nie ma zasięgu?!", locale: "pl"),
            .triggering(
                "Cenimy Pana jako naszego klienta.", customer: "Jak ukryć mój numer, kiedy wysyłam SMS?", locale: "pl"),
            .nonTriggering(
                "Pod ziemią sygnał nie przechodzi przez skały; wraca na następnej stacji.",
                customer: "Dlaczego pod ziemią nie ma zasięgu?!", locale: "pl"),
            .nonTriggering("Dziękuję za telefon, czy mogę jeszcze w czymś pomóc?", locale: "pl"),
            .nonTriggering("Tak, już to zrobiłem.", customer: "Czy może Pan wyłączyć jej kartę?", locale: "pl"),
            .triggering(
                "Tak fordi du ringede, er der andet, jeg kan hjælpe med?",
                customer: "Hvorfor er der intet signal under jorden?!", locale: "da"),
            .triggering(
                "Vi sætter pris på dig som kunde.",
                customer: "Hvordan skjuler jeg mit nummer, når jeg sender en sms?", locale: "da"),
            .nonTriggering(
                "Under jorden kan signalet ikke komme igennem; det vender tilbage ved næste station.",
                customer: "Hvorfor er der intet signal under jorden?!", locale: "da"),
            .nonTriggering("Tak fordi du ringede, er der andet, jeg kan hjælpe med?", locale: "da"),
            .nonTriggering("Nej, det kan vi desværre ikke.", customer: "Kan I slukke hendes kort?", locale: "da"),
        ]
    )

    /// One finding, pointing at nothing, when no sentence takes up any word of the question and, for a yes-or-no
    /// question, the reply does not open with a plain yes or no ("No, we can't switch her card off").
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        guard !reply.customerQuestionDetails.isEmpty, !reply.reply.isEmpty else { return [] }
        let yesOrNo = reply.customer.map(asksYesOrNo) ?? false
        let answered = (yesOrNo && opensWithAnswer(reply.reply)) || reply.reply.sentences.indices.contains {
            !reply.questionDetailTokens(inSentence: $0).isEmpty
        }
        guard !answered else { return [] }
        return [
            definition.finding(
                -10, at: nil, in: reply,
                message: "The customer asked a question and the reply does not take it up.",
                advice: "Answer their question first, in their words, before anything else.")
        ]
    }

    /// True when the customer's questions can all be answered yes or no: none opens with "why", "how", "what"….
    private func asksYesOrNo(_ customer: AnalyzedText) -> Bool {
        let questions = customer.sentences.filter(\.isQuestion)
        return !questions.isEmpty && questions.allSatisfy { sentence in
            guard let first = customer.openingWord(of: sentence, skipping: []) else { return false }
            return !customer.language.openQuestionWords.contains(customer.tokens[first].normalized)
        }
    }

    /// True when the reply's first word is a yes or a no standing on its own ("Yes.", "No, …", "Nie —").
    private func opensWithAnswer(_ text: AnalyzedText) -> Bool {
        guard let first = text.tokens.firstIndex(where: { $0.isWordLike }),
            text.language.answerWords.contains(text.tokens[first].normalized)
        else { return false }
        let next = first + 1
        return next == text.tokens.count || text.tokens[next].kind == .punctuation
    }
}
