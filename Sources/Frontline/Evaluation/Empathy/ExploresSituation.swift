/// Rewards a question that finds out more about the customer's situation or wellbeing.
public struct ExploresSituation: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "explores-situation",
        name: "Asks about the customer's situation",
        dimension: .empathy,
        rationale: "A good question shows interest in the person and finds the facts the fix depends on.",
        examples: [
            .triggering("⟦Are you somewhere warm⟧ right now?"),
            .triggering("I'm here. ⟦Can you tell me⟧ which street you're on?"),
            .nonTriggering("You are somewhere warm now. Good."),
            .nonTriggering("Please restart the phone."),
        ]
    )

    /// A finding for each exploring question, the first worth most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let sentences = reply.reply.sentences
        return definition.findings(
            for: .exploringQuestion, in: reply, schedule: PointSchedule(steps: [8, 3, 0], cap: 11),
            where: { sentences[reply.reply.tokens[$0.tokens.lowerBound].sentence].isQuestion },
            message: { "You asked about their situation: “\($0)”." },
            advice: { _ in "Ask one question at a time, and use the answer in your next sentence." })
        .filter { $0.points != 0 }
    }
}
