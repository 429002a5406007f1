/// Takes points for sarcasm, which reads as contempt.
public struct Sarcasm: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "sarcasm",
        name: "Sarcasm",
        dimension: .empathy,
        rationale: "Sarcasm tells a customer in trouble that their problem is a joke to the agent.",
        examples: [
            .nonTriggering("Whenever it's convenient, would you mind dropping the charger at my desk? Thanks a lot!"),
            .triggering("⟦Good luck with that⟧, then."),
            .triggering("Leaving it on a taxi roof? ⟦Nice try⟧."),
            .triggering("A refund? ⟦Yeah, as if⟧."),
            .triggering("⟦Thanks, I guess⟧. Could you answer the question now?"),
            .nonTriggering("Congratulations on getting married! I'll change the name on the account today."),
            .nonTriggering("Good news: the driver has your phone."),
            .nonTriggering("I'm glad the taxi driver picked up."),
            .triggering("W takim razie ⟦powodzenia z tym⟧.", locale: "pl"),
            .triggering("Zostawić telefon na dachu taksówki? ⟦Gratuluję pomysłu⟧.", locale: "pl"),
            .nonTriggering("Gratulacje z okazji ślubu! Jeszcze dziś zmienię nazwisko na koncie.", locale: "pl"),
            .nonTriggering("Dobra wiadomość: kierowca ma Pana telefon.", locale: "pl"),
            .nonTriggering("Cieszę się, że kierowca odebrał.", locale: "pl"),
            .triggering("Så ⟦held og lykke med det⟧.", locale: "da"),
            .triggering("At lade den ligge på taget af en taxa? ⟦Godt forsøgt⟧.", locale: "da"),
            .nonTriggering("Tillykke med brylluppet! Jeg ændrer navnet på kontoen i dag.", locale: "da"),
            .nonTriggering("Gode nyheder: chaufføren har din telefon.", locale: "da"),
            .nonTriggering("Jeg er glad for, at chaufføren tog den.", locale: "da"),
        ]
    )

    /// Ten points per sarcastic phrase, twenty at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            for: .sarcasm, in: reply, schedule: .each(-10, cap: 20), includingNegated: true,
            message: { "This reads as sarcasm: “\($0)”." },
            advice: { _ in "Say it straight. If something went wrong, name it kindly and move to the fix." })
    }
}
