/// Takes points for stiff official wording that has a plain equivalent, and names the plain words to use.
public struct Officialese: Criterion {
    /// Creates the criterion.
    public init() {}

    /// Points for the first and later official phrases, as a schedule.
    static let schedule = PointSchedule(steps: [-4, -3], cap: 12)

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "officialese",
        name: "Official wording",
        dimension: .clarity,
        rationale: "Words from a form letter make a customer read twice; the plain word sounds like a person.",
        examples: [
            .triggering("Please ⟦ascertain⟧ whether the light is on ⟦prior to⟧ calling."),
            .triggering("⟦In the event that⟧ the card fails, a new one will be sent."),
            .triggering("Please ⟦initiate⟧ a return; a replacement will follow ⟦in due course⟧."),
            .nonTriggering("Check if the light is on before you call."),
            .nonTriggering("If the card fails, I'll send a new one."),
            .triggering("⟦W celu⟧ zmiany taryfy proszę ⟦niezwłocznie⟧ zadzwonić.", locale: "pl"),
            .triggering("⟦W przypadku gdy⟧ karta nie działa, wyślemy nową.", locale: "pl"),
            .nonTriggering("Żeby zmienić taryfę, proszę od razu zadzwonić.", locale: "pl"),
            .nonTriggering("Jeśli karta nie działa, wyślę nową.", locale: "pl"),
            .triggering("⟦Såfremt⟧ kortet ikke virker, ⟦fremsendes⟧ et nyt.", locale: "da"),
            .triggering("Vi skriver ⟦vedrørende⟧ din regning.", locale: "da"),
            .nonTriggering("Hvis kortet ikke virker, sender jeg et nyt.", locale: "da"),
            .nonTriggering("Jeg skriver om din regning.", locale: "da"),
        ]
    )

    /// Four points for the first official phrase and three for each later one, twelve at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let language = reply.language
        return definition.findings(
            for: .officialese, in: reply, schedule: Officialese.schedule, includingNegated: true,
            message: { "Official wording: “\($0)”." },
            advice: { _ in "Say “{plain}” instead: plain words are quicker to follow." },
            values: { match in
                // Every officialese phrase is listed with its plain word, so the lookup always finds one.
                ["plain": language.plainWords[language.folding.fold(match.entry)] ?? match.entry]
            })
    }
}
