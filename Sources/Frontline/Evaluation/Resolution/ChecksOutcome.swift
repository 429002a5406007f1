/// Rewards checking that the fix worked or offering follow-up.
public struct ChecksOutcome: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "checks-outcome",
        name: "Checks the outcome",
        dimension: .resolution,
        rationale: "A fix is only a fix once the customer confirms it works; offering follow-up closes the loop.",
        examples: [
            .triggering("Put the card in and ⟦let me know⟧ if the signal comes back."),
            .triggering("⟦I'll stay on the line⟧ until the taxi arrives."),
            .nonTriggering("Put the card in."),
            .nonTriggering("Bye."),
            .nonTriggering("We're not able to give out personal numbers. Is there anything else I can help you with?"),
            .triggering("There's a cable fault in your area. ⟦Let me know⟧ if it isn't back by tonight."),
            .triggering("Proszę włożyć kartę i ⟦dać znać⟧, czy zasięg wrócił.", locale: "pl"),
            .triggering("⟦Zostanę na linii⟧, aż taksówka przyjedzie.", locale: "pl"),
            .nonTriggering("Proszę włożyć kartę.", locale: "pl"),
            .nonTriggering("Do widzenia.", locale: "pl"),
            .triggering("Sæt kortet i, og ⟦giv mig besked⟧, hvis signalet kommer tilbage.", locale: "da"),
            .triggering("⟦Jeg bliver på linjen⟧, indtil taxaen kommer.", locale: "da"),
            .nonTriggering("Sæt kortet i.", locale: "da"),
            .nonTriggering("Farvel.", locale: "da"),
        ]
    )

    /// A finding per follow-up, eight points for the first and three for a second; a follow-up asked as a question
    /// ("Anything else?") counts only when the reply has a next step.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        // "Anything else I can help with?" after nothing was done closes no loop; a promise of word back ("You'll get
        // a text when it's fixed") does, with or without a step.
        let text = reply.reply
        let hasNextStep = reply.hasNextStep
        return definition.findings(
            for: .followUp, in: reply, schedule: PointSchedule(steps: [8, 3, 0], cap: 11),
            where: { hasNextStep || !text.sentences[text.tokens[$0.tokens.lowerBound].sentence].isQuestion },
            message: { "You close the loop: “\($0)”." },
            advice: { _ in "Check it worked before you end the call, and say how they can reach you if not." })
        .filter { $0.points != 0 }
    }
}
