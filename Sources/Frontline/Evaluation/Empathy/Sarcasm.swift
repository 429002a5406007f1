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
            .triggering("⟦Good luck with that⟧, then."),
            .triggering("Leaving it on a taxi roof, ⟦congratulations⟧."),
            .nonTriggering("Good news: the driver has your phone."),
            .nonTriggering("I'm glad the taxi driver picked up."),
        ]
    )

    /// Ten points per sarcastic phrase, twenty at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            for: .sarcasm, in: reply, schedule: .each(-10, cap: 20),
            message: { "This reads as sarcasm: “\($0)”." },
            advice: { _ in "Say it straight. If something went wrong, name it kindly and move to the fix." })
    }
}
