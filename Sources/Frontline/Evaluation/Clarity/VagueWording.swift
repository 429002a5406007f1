/// Takes points for hedged, vague instructions: "maybe", "somewhere in the settings", "it depends".
public struct VagueWording: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "vague-wording",
        name: "Vague or hedged wording",
        dimension: .clarity,
        rationale: "“Somewhere in the settings” sends the customer searching; say exactly where and what.",
        examples: [
            .triggering("⟦Maybe⟧ try ⟦something in the settings⟧, ⟦it depends⟧ on the phone."),
            .triggering("The card is ⟦probably⟧ ⟦somewhere⟧ in the box."),
            .nonTriggering("Open Settings, then tap Mobile Network."),
            .nonTriggering("The card is in the envelope with your contract."),
        ]
    )

    /// Five points per distinct hedge, twenty at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            for: .hedge, in: reply, schedule: .each(-5, cap: 20), distinctEntries: true,
            message: { "Vague wording: “\($0)”." },
            advice: { _ in "Say exactly what to do and where, or say what you will find out and when." })
    }
}
