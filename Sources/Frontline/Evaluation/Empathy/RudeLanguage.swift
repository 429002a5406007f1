/// Takes points for insults and swearing.
public struct RudeLanguage: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "rude-language",
        name: "Rude language",
        dimension: .empathy,
        rationale: "An insult or a swear word from an agent is never acceptable, whatever the customer said.",
        examples: [
            .triggering("That's a ⟦stupid⟧ question."),
            .triggering("⟦Shut up⟧ and listen."),
            .nonTriggering("That's a good question."),
            .nonTriggering("I'll listen first, then we'll sort it out."),
            .triggering("To ⟦głupie⟧ pytanie.", locale: "pl"),
            .triggering("⟦Zamknij się⟧ i słuchaj.", locale: "pl"),
            .nonTriggering("To dobre pytanie.", locale: "pl"),
            .nonTriggering("Najpierw wysłucham, a potem to załatwimy.", locale: "pl"),
            .triggering("Det er et ⟦dumt⟧ spørgsmål.", locale: "da"),
            .triggering("⟦Hold kæft⟧ og hør efter.", locale: "da"),
            .nonTriggering("Det er et godt spørgsmål.", locale: "da"),
            .nonTriggering("Jeg lytter først, og så finder vi ud af det.", locale: "da"),
        ]
    )

    /// Twenty points per rude word, forty at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            for: .profanity, in: reply, schedule: .each(-20, cap: 40), includingNegated: true,
            message: { "Rude language: “\($0)”." },
            advice: { _ in "Never insult or swear; if you are losing patience, pause, breathe, and return to the next step." })
    }
}
