/// Takes points for hedged, vague instructions: "maybe", "somewhere in the settings", "it depends".
public struct VagueWording: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "vague-wording",
        name: "Vague or hedged wording",
        dimension: .clarity,
        rationale: "“Somewhere in the settings” sends the customer searching; say exactly where and what.",
        examples: [
            .triggering("⟦Maybe⟧ try ⟦something in the settings⟧, ⟦it depends⟧ on the phone."),
            .triggering("The card is ⟦probably⟧ ⟦somewhere⟧ in the box."),
            .triggering("Please report it via ⟦the appropriate channel⟧."),
            .nonTriggering("Open Settings, then tap Mobile Network."),
            .nonTriggering("The card is in the envelope with your contract."),
            .triggering("⟦Może warto⟧ sprawdzić ⟦coś w ustawieniach⟧, ⟦to zależy⟧ od telefonu.", locale: "pl"),
            .triggering("Karta jest ⟦prawdopodobnie⟧ ⟦gdzieś⟧ w pudełku.", locale: "pl"),
            .nonTriggering("Proszę otworzyć Ustawienia i wybrać Sieć komórkowa.", locale: "pl"),
            .nonTriggering("Karta jest w kopercie razem z umową.", locale: "pl"),
            .nonTriggering(
                "Zależy nam na Pana zadowoleniu, dlatego jeszcze dziś wyślę Panu nową kartę SIM.", locale: "pl"),
            .triggering("⟦Måske⟧ kan du prøve ⟦noget i indstillingerne⟧, ⟦det kommer an på⟧ telefonen.", locale: "da"),
            .triggering("Kortet ligger ⟦sandsynligvis⟧ ⟦et eller andet sted⟧ i æsken.", locale: "da"),
            .nonTriggering("Åbn Indstillinger, og tryk på Mobilnetværk.", locale: "da"),
            .nonTriggering("Kortet ligger i kuverten sammen med din kontrakt.", locale: "da"),
        ]
    )

    /// Five points per hedge, twenty at most: every "maybe" leaves the customer less sure what to do.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            for: .hedge, in: reply, schedule: .each(-5, cap: 20),
            message: { "Vague wording: “\($0)”." },
            advice: { _ in "Say exactly what to do and where, or say what you will find out and when." })
    }
}
