/// Takes points for asking several questions at once instead of one at a time.
public struct TooManyQuestions: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "too-many-questions",
        name: "Several questions at once",
        dimension: .clarity,
        rationale: "Asked three questions, a customer answers one; ask the one that matters most first.",
        examples: [
            .triggering("Where are you? ⟦Is the car working⟧? ⟦How much battery is left⟧?"),
            .triggering("Did the card come with the letter? ⟦Have you put it in⟧?"),
            .nonTriggering("Are you somewhere warm right now?"),
            .nonTriggering("I'll order the taxi. Is the address on the sign correct?"),
            .triggering("Gdzie Pan jest? ⟦Czy samochód jest sprawny⟧? ⟦Ile zostało baterii⟧?", locale: "pl"),
            .triggering("Czy list przyszedł razem z kartą? ⟦Włożyła ją Pani już do telefonu⟧?", locale: "pl"),
            .nonTriggering("Czy jest Pani teraz w ciepłym miejscu?", locale: "pl"),
            .nonTriggering("Zaraz zamówię taksówkę. Czy adres na tabliczce jest prawidłowy?", locale: "pl"),
            .triggering("Hvor er du? ⟦Kan bilen køre⟧? ⟦Hvor meget strøm er der tilbage⟧?", locale: "da"),
            .triggering("Kom brevet sammen med kortet? ⟦Har du sat det i⟧?", locale: "da"),
            .nonTriggering("Er du et varmt sted lige nu?", locale: "da"),
            .nonTriggering("Jeg bestiller taxaen. Er adressen på skiltet korrekt?", locale: "da"),
        ]
    )

    /// Eight points per question after the first, twenty-four at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        let questions = text.sentences.indices.filter { text.sentences[$0].isQuestion }
        return questions.dropFirst().prefix(3).map { index in
            let span = text.wordSpan(ofSentence: index)
            return definition.finding(
                -8, at: span, in: reply,
                message: "Another question in the same reply: “\(text.quote(span))”.",
                advice: "Ask one question, wait for the answer, then ask the next.")
        }
    }
}
