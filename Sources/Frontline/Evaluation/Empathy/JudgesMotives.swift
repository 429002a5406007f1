/// Takes points for judging the customer's motives or character.
public struct JudgesMotives: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "judges-motives",
        name: "Judges the customer's motives",
        dimension: .empathy,
        rationale: "Guessing at a customer's motives (“you just want a refund”) is an accusation, not service.",
        examples: [
            .triggering("⟦You just want⟧ a free month, don't you?"),
            .triggering("Where's your source for this? ⟦Looks made up⟧."),
            .nonTriggering("Your order is made up and ready to collect."),
            .triggering("Note: ⟦difficult customer⟧, ⟦keep contact brief⟧."),
            .nonTriggering("This is a very demanding time for you, so I'll keep this short."),
            .triggering("There's no need to be ⟦dramatic⟧ about a phone."),
            .nonTriggering("You want the three overcharges refunded, and that's fair."),
            .nonTriggering("What would you like me to do first?"),
            .triggering("⟦Pan po prostu chce⟧ dostać darmowy miesiąc, prawda?", locale: "pl"),
            .triggering("⟦Pan przesadza⟧ z tym telefonem.", locale: "pl"),
            .nonTriggering("Chce Pan zwrotu za trzy zawyżone rachunki i to zupełnie uczciwe.", locale: "pl"),
            .nonTriggering("Od czego mam zacząć?", locale: "pl"),
            .triggering("⟦Du vil bare⟧ have en gratis måned, ikke?", locale: "da"),
            .triggering("Der er ingen grund til at være så ⟦dramatisk⟧ over en telefon.", locale: "da"),
            .nonTriggering("Du vil have de tre overopkrævninger refunderet, og det er helt fair.", locale: "da"),
            .nonTriggering("Hvad vil du have, at jeg gør først?", locale: "da"),
        ]
    )

    /// Twelve points per judging phrase, twenty-four at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            for: .motiveJudgement, in: reply, schedule: .each(-12, cap: 24), includingNegated: true,
            message: { "This judges the customer: “\($0)”." },
            advice: { _ in "Take the request at face value and answer it; motives are not yours to judge." })
    }
}
