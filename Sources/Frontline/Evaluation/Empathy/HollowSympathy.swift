/// Takes points from sympathy that ignores the customer's situation and offers nothing to do.
public struct HollowSympathy: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "hollow-sympathy",
        name: "Sympathy without substance",
        dimension: .empathy,
        rationale: "Sympathy that never touches the customer's actual problem, and does nothing about it, rings hollow.",
        examples: [
            .triggering(
                "⟦I'm so sorry⟧ to hear that. I understand how you feel.",
                customer: "I left my phone on a taxi roof and I need the driver's number."),
            .triggering("⟦We apologise⟧ for any inconvenience. I understand your concern."),
            .nonTriggering(
                "I'm so sorry about the phone on the taxi roof. I understand. I'll call the driver now.",
                customer: "I left my phone on a taxi roof and I need the driver's number."),
            .nonTriggering("I'm sorry. Please restart the phone."),
        ]
    )

    /// One finding when two or more stock lines stand with no customer detail and no next step.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        let stock = (text.matches(.apology) + text.matches(.statedUnderstanding)).sorted { $0.span < $1.span }
        guard stock.count >= 2, !reply.hasNextStep else { return [] }
        let usesDetails = text.sentences.indices.contains { !reply.detailTokens(inSentence: $0).isEmpty }
        guard !usesDetails, let first = stock.first else { return [] }
        return [
            definition.finding(
                -10, at: first.span, in: reply,
                message: "Sympathy with nothing about the customer's situation and nothing done about it.",
                advice: "Name what happened to them (their words, their details) and say what you will do next.")
        ]
    }
}
