/// Takes points for blunt orders ("you need to", "you must") where a request would do.
public struct BluntDirectives: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "blunt-directives",
        name: "Blunt orders",
        dimension: .empathy,
        rationale: "“You need to…” sounds like a telling-off; a plain step or a polite request gets the same result warmly.",
        examples: [
            .triggering("⟦You need to⟧ put the other card in."),
            .triggering("⟦You must⟧ restart it and ⟦you have to⟧ wait."),
            .nonTriggering("Please put the other card in."),
            .nonTriggering("Could you restart it for me?"),
            .triggering("⟦Musi Pan⟧ włożyć drugą kartę.", locale: "pl"),
            .triggering("⟦Musi Pani⟧ zrestartować telefon, a potem ⟦musi Pani⟧ poczekać.", locale: "pl"),
            .nonTriggering("Proszę włożyć drugą kartę.", locale: "pl"),
            .nonTriggering("Czy mógłby Pan zrestartować telefon?", locale: "pl"),
            .triggering("⟦Du er nødt til at⟧ sætte det andet kort i.", locale: "da"),
            .triggering("⟦Du bliver nødt til at⟧ genstarte den og vente.", locale: "da"),
            .nonTriggering("Sæt venligst det andet kort i.", locale: "da"),
            .nonTriggering("Vil du genstarte den for mig?", locale: "da"),
        ]
    )

    /// Four points per blunt order, twelve at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let orders = Set(reply.bluntDirectives.map(\.span))
        return definition.findings(
            for: .bluntDirective, in: reply, schedule: .each(-4, cap: 12), where: { orders.contains($0.span) },
            message: { "A blunt order: “\($0)”." },
            advice: { _ in "Turn it into a step or a request: “Please put in the new card” or “Could you…”." })
    }
}
