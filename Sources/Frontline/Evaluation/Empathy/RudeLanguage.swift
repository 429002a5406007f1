/// Takes points for insults and swearing.
public struct RudeLanguage: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "rude-language",
        name: "Rude language",
        dimension: .empathy,
        rationale: "An agent's insult or swear word is never acceptable; only the customer's own word, denied back to comfort them, is not one.",
        examples: [
            .triggering("That's a ⟦stupid⟧ question."),
            .triggering("⟦You are a disgrace⟧ to this project."),
            .triggering("⟦Shut up⟧ and listen."),
            .nonTriggering("That's a good question."),
            .nonTriggering("I'll listen first, then we'll sort it out."),
            .triggering("You're the ⟦idiot⟧ here.", customer: "You're all useless idiots."),
            .nonTriggering(
                "Checking your phone for her messages isn't pathetic, it's what missing someone looks like.",
                customer: "She left me and I keep checking my phone. I feel pathetic."),
            .triggering("To ⟦głupie⟧ pytanie.", locale: "pl"),
            .triggering("⟦Zamknij się⟧ i słuchaj.", locale: "pl"),
            .nonTriggering("To dobre pytanie.", locale: "pl"),
            .nonTriggering("Najpierw wysłucham, a potem to załatwimy.", locale: "pl"),
            .nonTriggering(
                "To nie jest głupie pytanie, wiele osób o to pyta.", customer: "Pewnie to głupie pytanie, ale jak włożyć kartę SIM?",
                locale: "pl"),
            .triggering("Det er et ⟦dumt⟧ spørgsmål.", locale: "da"),
            .triggering("⟦Hold kæft⟧ og hør efter.", locale: "da"),
            .nonTriggering("Det er et godt spørgsmål.", locale: "da"),
            .nonTriggering("Jeg lytter først, og så finder vi ud af det.", locale: "da"),
            .nonTriggering(
                "Det er ikke et dumt spørgsmål, mange spørger om det.", customer: "Det er nok et dumt spørgsmål, men hvordan sætter jeg SIM-kortet i?",
                locale: "da"),
        ]
    )

    /// Twenty points per rude word, forty at most; the customer's own word, denied back to them ("that's not
    /// pathetic"), is not counted.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            for: .profanity, in: reply, schedule: .each(-20, cap: 40), includingNegated: true,
            where: { !($0.isNegated && reply.repeatsCustomerWord(at: $0.tokens.lowerBound)) },
            message: { "Rude language: “\($0)”." },
            advice: { _ in "Never insult or swear; if you are losing patience, pause, breathe, and return to the next step." })
    }
}
