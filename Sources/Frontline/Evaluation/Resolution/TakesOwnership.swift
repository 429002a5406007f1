/// Rewards the agent owning the outcome ("I'll…", "I've…") rather than describing what someone might do.
public struct TakesOwnership: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "takes-ownership",
        name: "Owns the resolution",
        dimension: .resolution,
        rationale: "A customer whose agent says “I'll do it” knows the problem has an owner and will not fall between desks.",
        examples: [
            .nonTriggering("A technician will call you within 72 hours."),
            .triggering("⟦I've just refunded the three overcharges⟧."),
            .triggering("⟦I'm going to call the ambulance for you now⟧."),
            .nonTriggering("Refunds are handled by billing."),
            .nonTriggering("You should have called us earlier."),
            .nonTriggering("Put in the new card."),
            .triggering("⟦Właśnie zleciłem zwrot za trzy zawyżone rachunki⟧.", locale: "pl"),
            .triggering("⟦Już wzywam do Pana karetkę⟧.", locale: "pl"),
            .nonTriggering("Zwrotami zajmuje się dział rozliczeń.", locale: "pl"),
            .nonTriggering("Proszę włożyć nową kartę.", locale: "pl"),
            .triggering("⟦Jeg har lige refunderet de tre overopkrævninger⟧.", locale: "da"),
            .triggering("⟦Jeg ringer efter en ambulance til dig nu⟧.", locale: "da"),
            .nonTriggering("Refusioner håndteres af regnskabsafdelingen.", locale: "da"),
            .nonTriggering("Sæt det nye kort i.", locale: "da"),
        ]
    )

    /// One finding for the first commitment, eight points.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        // "A technician will call you" is a next step, but someone else's.
        guard let first = reply.commitments.first(where: { !reply.commitmentsByOthers.contains($0) }) else { return [] }
        return [
            definition.finding(
                8, at: first, in: reply,
                message: "You own the next action: “\(reply.reply.quote(first))”.",
                advice: "Keep owning it: say what you do, and that you will check it worked.")
        ]
    }
}
