/// Rewards holding a rule (privacy, safety) and still offering another way to help.
public struct RefusesWithAlternative: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "refuses-with-alternative",
        name: "Says no, and offers another way",
        dimension: .resolution,
        rationale: "The best agents keep the rule and the customer: “I can't do that, but here's what I can do.”",
        examples: [
            .triggering("⟦I can't give out his number, but I can⟧ call the driver for you."),
            .triggering("⟦We're not allowed to show that. What I can do⟧ is send a message for you."),
            .nonTriggering("I can't give out his number."),
            .nonTriggering("I can call the driver for you."),
            .triggering("⟦Nie mogę podać jego numeru, ale mogę⟧ zadzwonić do kierowcy w Pana imieniu.", locale: "pl"),
            .triggering(
                "⟦Nie wolno nam tego pokazywać, mogę natomiast⟧ wysłać kierowcy wiadomość w Pana imieniu.", locale: "pl"),
            .nonTriggering("Nie mogę podać jego numeru.", locale: "pl"),
            .nonTriggering("Mogę zadzwonić do kierowcy w Pana imieniu.", locale: "pl"),
            .triggering("⟦Jeg kan ikke udlevere hans nummer, men jeg kan⟧ ringe til chaufføren for dig.", locale: "da"),
            .triggering("⟦Vi må ikke vise det. Hvad jeg kan gøre⟧, er at sende ham en besked.", locale: "da"),
            .nonTriggering("Jeg kan ikke udlevere hans nummer.", locale: "da"),
            .nonTriggering("Jeg kan ringe til chaufføren for dig.", locale: "da"),
        ]
    )

    /// One finding for a refusal followed by an alternative, eight points.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        guard let refusal = text.matches(.refusal, includingNegated: true).first,
            let alternative = text.matches(.alternative).first(where: { $0.span.start > refusal.span.start })
        else { return [] }
        let span = refusal.span.union(alternative.span)
        return [
            definition.finding(
                8, at: span, in: reply,
                message: "You held the rule and offered another way: “\(text.quote(span))”.",
                advice: "Keep it up: the refusal short, the alternative concrete.")
        ]
    }
}
