/// Rewards saying when the next step will happen.
public struct GivesTimeframe: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "gives-timeframe",
        name: "Says when",
        dimension: .resolution,
        rationale: "“Within ten minutes” turns a promise into something the customer can plan around and check.",
        examples: [
            .triggering("I'll order the taxi; it will be there within ⟦15 minutes⟧."),
            .triggering("I'll refund it ⟦today⟧."),
            .nonTriggering("I'll order the taxi."),
            .nonTriggering("Today is a busy day, sorry."),
            .nonTriggering("Open the call settings; the option is within the privacy menu."),
            .nonTriggering("Drive on; there is a petrol station within two miles."),
            .nonTriggering("Proszę podjechać dalej, stacja jest w ciągu dnia czynna.", locale: "pl"),
            .nonTriggering("Kør videre; der er en tankstation inden for to kilometer.", locale: "da"),
            .triggering("Już zamawiam taksówkę; będzie na miejscu w ciągu ⟦15 minut⟧.", locale: "pl"),
            .triggering("⟦Jeszcze dziś⟧ zlecę zwrot.", locale: "pl"),
            .nonTriggering("Już zamawiam taksówkę.", locale: "pl"),
            .nonTriggering("Dziś mamy bardzo dużo zgłoszeń, przepraszam.", locale: "pl"),
            .triggering("Jeg bestiller taxaen; den er der inden for ⟦15 minutter⟧.", locale: "da"),
            .triggering("Jeg refunderer beløbet ⟦i dag⟧.", locale: "da"),
            .nonTriggering("Jeg bestiller taxaen.", locale: "da"),
            .nonTriggering("I dag er en travl dag, undskyld.", locale: "da"),
        ]
    )

    /// One finding per timeframe when the reply has a next step, eight points in all.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        guard reply.hasNextStep else { return [] }
        return definition.findings(
            for: .timeframe, in: reply, schedule: PointSchedule(steps: [6, 2, 0], cap: 8),
            message: { "You said when: “\($0)”." },
            advice: { _ in "Keep timeframes honest and specific, and say what happens if it runs late." })
        .filter { $0.points != 0 }
    }
}
