/// Takes points for a refusal that leaves the customer with nothing: no alternative, no next step.
public struct RefusalWithoutAlternative: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "refusal-without-alternative",
        name: "Refuses with nothing offered",
        dimension: .resolution,
        rationale: "Rules such as privacy can forbid what is asked, but a good agent still finds another way to help.",
        examples: [
            .triggering("⟦I can't⟧ give out the driver's number."),
            .triggering("Sorry, that's ⟦not possible⟧."),
            .nonTriggering("I can't give out his number, but I can call the driver for you right now."),
            .nonTriggering("I'll call the driver for you."),
            .triggering("⟦Nie mogę podać⟧ numeru kierowcy.", locale: "pl"),
            .triggering("Niestety, ⟦to niemożliwe⟧.", locale: "pl"),
            .nonTriggering("Nie mogę podać jego numeru, ale mogę od razu zadzwonić do kierowcy.", locale: "pl"),
            .nonTriggering("Zaraz zadzwonię do kierowcy.", locale: "pl"),
            .triggering("⟦Jeg kan ikke⟧ udlevere chaufførens nummer.", locale: "da"),
            .triggering("Beklager, ⟦det er ikke muligt⟧.", locale: "da"),
            .nonTriggering(
                "Jeg kan ikke udlevere hans nummer, men jeg kan ringe til chaufføren for dig lige nu.", locale: "da"),
            .nonTriggering("Jeg ringer til chaufføren for dig.", locale: "da"),
        ]
    )

    /// One finding for the first refusal when the reply offers no alternative and no next step.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        guard let refusal = text.matches(.refusal, includingNegated: true).first, text.matches(.alternative).isEmpty, !reply.hasNextStep
        else { return [] }
        return [
            definition.finding(
                -12, at: refusal.span, in: reply,
                message: "A refusal with nothing offered instead: “\(text.quote(refusal.span))”.",
                advice: "Say why briefly, then what you can do: “I can't share his number, but I can call him for you.”")
        ]
    }
}
