/// Rewards reassurance that the customer is safe, not to blame, and in good hands.
public struct OffersReassurance: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "offers-reassurance",
        name: "Reassures the customer",
        dimension: .empathy,
        rationale: "A worried customer needs to hear that the problem can be solved and that they did nothing wrong.",
        examples: [
            .triggering("⟦Don't worry⟧, ⟦we can fix this⟧ in a minute."),
            .triggering("⟦I've got you⟧ — let's be quick to save your battery."),
            .triggering("Dobrze, rozumiem. ⟦Zostaję z tobą⟧ na linii.", locale: "pl"),
            .triggering("⟦You did the right thing⟧ calling us."),
            .nonTriggering("Restart the phone and call again if it fails."),
            .nonTriggering("Worry about the bill later."),
            .triggering("⟦Proszę się nie martwić⟧, ⟦naprawimy to⟧ w kilka minut.", locale: "pl"),
            .triggering("⟦Dobrze Pani zrobiła⟧, że do nas zadzwoniła.", locale: "pl"),
            .nonTriggering("Proszę ponownie uruchomić telefon i zadzwonić, jeśli nadal nie działa.", locale: "pl"),
            .nonTriggering("Rachunkiem może się Pan zająć później.", locale: "pl"),
            .triggering("⟦Bare rolig⟧, ⟦det kan vi løse⟧ på et minut.", locale: "da"),
            .triggering("⟦Du gjorde det rigtige⟧, da du ringede til os.", locale: "da"),
            .nonTriggering("Genstart telefonen, og ring igen, hvis det ikke virker.", locale: "da"),
            .nonTriggering("Det må jeg desværre ikke oplyse. Var der andet, jeg kan hjælpe med?", locale: "da"),
            .nonTriggering("Regningen kan vente til senere.", locale: "da"),
        ]
    )

    /// A finding for each reassuring phrase, the first worth most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        // "Is there anything else I can help with?" closes the call; reassurance is said, not asked.
        let text = reply.reply
        return definition.findings(
            for: .reassurance, in: reply, schedule: PointSchedule(steps: [8, 3, 0], cap: 11),
            where: { !text.sentences[text.tokens[$0.tokens.lowerBound].sentence].isQuestion },
            message: { "You reassured them: “\($0)”." },
            advice: { _ in "Back reassurance with a concrete action, so it is a promise and not a phrase." })
        .filter { $0.points != 0 }
    }
}
