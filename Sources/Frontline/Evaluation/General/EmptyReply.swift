/// Gives an empty reply no score on any dimension: there is nothing to be empathetic, clear or helpful with.
public struct EmptyReply: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples; its findings move all three dimensions.
    public let definition = CriterionDefinition(
        id: "empty-reply",
        name: "Says nothing",
        dimension: .resolution,
        rationale: "Silence, or only punctuation and emoji, helps no one; it scores zero everywhere.",
        examples: [
            .triggering(""),
            .triggering("  ... 🙂 "),
            .nonTriggering("OK."),
            .nonTriggering("I'll call you back in 5 minutes."),
            .triggering("", locale: "pl"),
            .triggering("  ... 🙂 ", locale: "pl"),
            .nonTriggering("Dobrze.", locale: "pl"),
            .nonTriggering("Oddzwonię do Pana za 5 minut.", locale: "pl"),
            .triggering("", locale: "da"),
            .triggering("  ... 🙂 ", locale: "da"),
            .nonTriggering("Okay.", locale: "da"),
            .nonTriggering("Jeg ringer tilbage om 5 minutter.", locale: "da"),
        ]
    )

    /// Findings that take each dimension down to zero when the reply has no words.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        guard reply.reply.isEmpty else { return [] }
        return ScoreDimension.allCases.map { dimension in
            definition.finding(
                -dimension.baseline, at: nil, in: reply, message: "The reply has no words.",
                advice: "Greet the customer, show you heard them, and say what happens next.", on: dimension)
        }
    }
}
