/// Rewards a question that finds out more about the customer's situation or wellbeing.
public struct ExploresSituation: Criterion {
    /// Creates the criterion.
    public init() {}

    /// Points for the first, second… exploring question.
    static let schedule = PointSchedule(steps: [8, 3], cap: 11)

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "explores-situation",
        name: "Asks about the customer's situation",
        dimension: .empathy,
        rationale: "A good question shows interest in the person and finds the facts the fix depends on.",
        examples: [
            .triggering("⟦Are you somewhere warm right now⟧?", customer: "My car's broken down and it's freezing."),
            .triggering(
                "I'm here. ⟦Can you tell me which street you're on⟧?",
                customer: "I'm lost and my phone is nearly dead."),
            .nonTriggering("Are you somewhere warm right now?"),
            .nonTriggering("Do you have a source for the 1987 figure? I couldn't find one."),
            .nonTriggering("You haven't said what you want. How is anyone supposed to answer this?"),
            .nonTriggering("You are somewhere warm now. Good."),
            .nonTriggering("Please restart the phone."),
            .nonTriggering("Have you tried turning the router off and on again?"),
            .nonTriggering("Czy próbował Pan wyłączyć i włączyć router?", locale: "pl"),
            .nonTriggering("Har du prøvet at slukke og tænde routeren?", locale: "da"),
            .triggering(
                "⟦Czy jest Pan teraz w ciepłym miejscu⟧?", customer: "Zepsuł mi się samochód, a jest straszny mróz.",
                locale: "pl"),
            .triggering(
                "Jestem tutaj. ⟦Czy może Pani powiedzieć, na jakiej ulicy Pani jest⟧?",
                customer: "Zgubiłam się, a telefon zaraz mi się rozładuje.", locale: "pl"),
            .nonTriggering("Jest Pan już w ciepłym miejscu. To dobrze.", locale: "pl"),
            .nonTriggering("Proszę ponownie uruchomić telefon.", locale: "pl"),
            .triggering(
                "⟦Er du et varmt sted lige nu⟧?", customer: "Min bil er gået i stå, og det er iskoldt.", locale: "da"),
            .triggering(
                "Jeg er her. ⟦Kan du fortælle mig, hvilken gade du står på⟧?",
                customer: "Jeg er faret vild, og min telefon er næsten død.", locale: "da"),
            .nonTriggering("Du er et varmt sted nu. Godt.", locale: "da"),
            .nonTriggering("Genstart venligst telefonen.", locale: "da"),
        ]
    )

    /// One finding per question that explores the situation, the first worth most; none when there is no message
    /// from a customer, since then there is nobody's situation to explore ("Do you have a source for this figure?").
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            at: reply.exploringQuestions.map { reply.reply.wordSpan(ofSentence: $0) }, in: reply,
            schedule: ExploresSituation.schedule,
            message: { "You asked about their situation: “\($0)”." },
            advice: "Ask one question at a time, and use the answer in your next sentence.")
    }
}
