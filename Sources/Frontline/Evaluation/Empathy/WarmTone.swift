/// Rewards courtesy and warmth: please, thank you, glad to help, a greeting.
public struct WarmTone: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "warm-tone",
        name: "Warm, courteous tone",
        dimension: .empathy,
        rationale: "Courtesy words are small, but customers notice at once when they are missing.",
        examples: [
            .triggering("⟦If you get a chance⟧, ⟦could you⟧ send me the error message?"),
            .triggering("⟦Thank you⟧ for waiting. ⟦Please⟧ keep the phone close."),
            .triggering("⟦Of course⟧, I'm ⟦glad⟧ you called us."),
            .nonTriggering("Insert the SIM card. Restart the phone."),
            .nonTriggering("The refund is 12 pounds."),
            .triggering("⟦Dziękuję⟧ za cierpliwość. ⟦Proszę⟧ mieć telefon pod ręką.", locale: "pl"),
            .triggering("⟦Oczywiście⟧, ⟦cieszę się⟧, że Pan do nas zadzwonił.", locale: "pl"),
            .nonTriggering("Karta SIM jest w kopercie. Zwrot wynosi 12 złotych.", locale: "pl"),
            .triggering("⟦Tak fordi⟧ du ventede. Hav ⟦venligst⟧ telefonen ved hånden.", locale: "da"),
            .triggering("⟦Selvfølgelig⟧, jeg er ⟦glad for⟧, at du ringede.", locale: "da"),
            .nonTriggering("Sæt SIM-kortet i. Genstart telefonen.", locale: "da"),
            .nonTriggering("Refusionen er på 12 kroner.", locale: "da"),
        ]
    )

    /// One finding per distinct courtesy phrase, three points each, nine at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            for: .warmth, in: reply, schedule: .each(3, cap: 9), distinctEntries: true,
            message: { "A courteous touch: “\($0)”." },
            advice: { _ in "Keep it natural; courtesy works best next to a real action." })
    }
}
