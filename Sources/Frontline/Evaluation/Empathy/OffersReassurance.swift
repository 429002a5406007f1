/// Rewards reassurance that the customer is safe, not to blame, and in good hands.
public struct OffersReassurance: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "offers-reassurance",
        name: "Reassures the customer",
        dimension: .empathy,
        rationale: "A worried customer needs to hear that the problem can be solved and that they did nothing wrong.",
        examples: [
            .triggering("⟦Don't worry⟧, ⟦we can fix this⟧ in a minute."),
            .triggering("⟦You did the right thing⟧ calling us."),
            .nonTriggering("Restart the phone and call again if it fails."),
            .nonTriggering("Worry about the bill later."),
        ]
    )

    /// A finding for each reassuring phrase, the first worth most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            for: .reassurance, in: reply, schedule: PointSchedule(steps: [8, 3, 0], cap: 11),
            message: { "You reassured them: “\($0)”." },
            advice: { _ in "Back reassurance with a concrete action, so it is a promise and not a phrase." })
        .filter { $0.points != 0 }
    }
}
