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
            .triggering("⟦Thank you⟧ for waiting. ⟦Please⟧ keep the phone close."),
            .triggering("⟦Of course⟧, I'm ⟦glad⟧ you called us."),
            .nonTriggering("Insert the SIM card. Restart the phone."),
            .nonTriggering("The refund is 12 pounds."),
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
