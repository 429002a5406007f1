/// Rewards concrete next steps: an action the agent takes or a step the customer is asked to take.
public struct ConcreteNextStep: Criterion {
    /// Creates the criterion.
    public init() {}

    /// Points for the first, second… distinct next step.
    static let schedule = PointSchedule(steps: [20, 5], cap: 30)

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "concrete-next-step",
        name: "Concrete next step",
        dimension: .resolution,
        rationale: "A call is resolved by actions: what the agent does now, and what the customer does next.",
        examples: [
            .triggering("⟦I'll order a taxi to your exit now⟧."),
            .triggering("⟦Switch the phone off⟧. ⟦Put in the new card⟧."),
            .triggering("⟦Done, your SIM's blocked⟧."),
            .nonTriggering("You should have read the letter that came with the card."),
            .nonTriggering("I'm sorry to hear that, it sounds difficult."),
            .nonTriggering("Maybe it will come back on its own."),
            .nonTriggering("You'll have to contact the police first, and then we'll look at it."),
            .triggering("⟦I've cancelled the card⟧, so there's no need to contact another team."),
            .triggering("Zaraz zamówię taksówkę pod Pana wyjście.", locale: "pl"),
            .triggering("1. ⟦Wyłączyć telefon⟧\n2. ⟦Włożyć nową kartę⟧", locale: "pl"),
            .nonTriggering("Bardzo mi przykro to słyszeć, to brzmi naprawdę trudno.", locale: "pl"),
            .nonTriggering("Może zasięg wróci za jakiś czas.", locale: "pl"),
            .triggering("⟦Przyniosę Panu ładowarkę do pokoju w ciągu 10 minut⟧.", locale: "pl"),
            .triggering("⟦Warto od razu zablokować kartę SIM⟧.", locale: "pl"),
            .nonTriggering("Za zasięg w metrze odpowiada przewoźnik. Proszę napisać do nich maila.", locale: "pl"),
            .triggering("⟦Jeg bestiller en taxa til din udgang nu⟧.", locale: "da"),
            .triggering("⟦Sluk telefonen⟧. ⟦Sæt det nye kort i⟧.", locale: "da"),
            .nonTriggering("Det er jeg virkelig ked af at høre, det lyder svært.", locale: "da"),
            .nonTriggering("Måske kommer det tilbage af sig selv.", locale: "da"),
            .nonTriggering("Metroselskabet står for dækningen. Du må skrive til dem, vi har ikke noget med det at gøre.", locale: "da"),
        ]
    )

    /// One finding per agent action or customer step, in text order, twenty for the first and five for later ones.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        // A step that sends the customer elsewhere ("check our website") is not a step towards a fix.
        let handOffMatches = text.matches(.bucketPassing)
        let handOffs = Set(handOffMatches.map { text.tokens[$0.tokens.lowerBound].sentence })
        // So is a reproach about the past ("You should have read the letter").
        let reproaches = Set(text.matches(.blame, includingNegated: true).map { text.tokens[$0.tokens.lowerBound].sentence })
        let stepSentences = reply.stepSentences.filter { !handOffs.contains($0) && !reproaches.contains($0) }
        let steps = stepSentences.map { text.wordSpan(ofSentence: $0) }
        // An action inside a step sentence is that step, not a second one; one promised only after a hand-off
        // ("call back and we'll look at it") waits on someone else.
        let inSteps = Set(reply.stepSentences)
        let actions = reply.commitments.filter { action in
            let sentence = reply.sentenceIndex(of: action)
            let afterHandOff = handOffMatches.contains {
                $0.span.end <= action.start && text.tokens[$0.tokens.lowerBound].sentence == sentence
            }
            return !inSteps.contains(sentence) && !afterHandOff
        }
        var findings: [Finding] = []
        var spent = 0
        for span in (actions + steps).sorted() {
            guard let points = ConcreteNextStep.schedule.points(forOccurrence: findings.count, spent: spent) else { break }
            spent += points
            let quoted = text.quote(span)
            findings.append(
                definition.finding(
                    points, at: span, in: reply,
                    message: "A concrete next step: “\(quoted)”.",
                    advice: "Good: name the action and who does it; add when it will happen."))
        }
        return findings
    }
}
