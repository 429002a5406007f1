/// Takes points for filler that adds words but no meaning.
public struct FillerWords: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "filler-words",
        name: "Filler words",
        dimension: .clarity,
        rationale: "Filler makes a reply longer and vaguer and buries the step the customer needs.",
        examples: [
            .triggering("⟦Basically⟧, ⟦at the end of the day⟧ the card is new."),
            .triggering("⟦Please be advised⟧ that the card is new."),
            .nonTriggering("The card is new."),
            .nonTriggering("In fact the card arrived yesterday."),
            .triggering("⟦W zasadzie⟧ karta jest nowa, ⟦tak naprawdę⟧ przyszła wczoraj.", locale: "pl"),
            .triggering("⟦Uprzejmie informuję⟧, że karta jest nowa.", locale: "pl"),
            .nonTriggering("Karta jest nowa.", locale: "pl"),
            .nonTriggering("Faktycznie, karta przyszła wczoraj.", locale: "pl"),
            .triggering("⟦Ærligt talt⟧ er kortet helt nyt.", locale: "da"),
            .triggering("⟦Bemærk venligst⟧, at kortet er nyt.", locale: "da"),
            .nonTriggering("Kortet er nyt.", locale: "da"),
            .nonTriggering("Kortet kom i går.", locale: "da"),
        ]
    )

    /// Two points per filler phrase, ten at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            for: .filler, in: reply, schedule: .each(-2, cap: 10),
            message: { "Filler: “\($0)”." },
            advice: { _ in "Cut it; the sentence says the same without it." })
    }
}
