/// Takes points for dismissing the customer's problem as unimportant or not the agent's concern.
public struct Dismissive: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "dismissive",
        name: "Dismisses the problem",
        dimension: .empathy,
        rationale: "What looks small from the outside is urgent to the caller; dismissing it tells them they do not matter.",
        examples: [
            .triggering("It's ⟦not a big deal⟧, it's ⟦just a phone⟧."),
            .triggering("⟦At least it is⟧ manageable, like your friends say."),
            .triggering("⟦Well, at least⟧ it's only the one bill."),
            .triggering("⟦It happens, deal with it⟧."),
            .triggering("Please complete the recovery form. We ⟦cannot provide further assistance⟧."),
            .nonTriggering("I can't reset it myself, but I'll stay with you while the recovery form goes through."),
            .nonTriggering("Well at least one of us knows the answer."),
            .nonTriggering("Hearing 'at least it's manageable' when you're frightened can feel like nobody listens."),
            .nonTriggering("It's been hard for everyone on your street since the outage, and I'm sorry."),
            .triggering("The job market is ⟦tough for everyone right now⟧."),
            .triggering("Once it's with the courier, it's ⟦out of our hands⟧."),
            .nonTriggering("It will take at least two days, and I'll text you when it ships."),
            .triggering("⟦Not our problem⟧, the signal is the same for everyone."),
            .nonTriggering("It's a big worry, losing a phone; let's block it first."),
            .nonTriggering("The signal problem is ours to fix, and I've reported it."),
            .triggering("To ⟦nic wielkiego⟧, ⟦to tylko telefon⟧.", locale: "pl"),
            .triggering("⟦To nie nasz problem⟧, zasięg jest taki sam dla wszystkich.", locale: "pl"),
            .nonTriggering("Zgubienie telefonu to duże zmartwienie; najpierw go zablokujmy.", locale: "pl"),
            .nonTriggering("Problem z zasięgiem leży po naszej stronie i już go zgłosiłem.", locale: "pl"),
            .triggering("Det er ⟦ikke noget stort⟧, ⟦det er bare en telefon⟧.", locale: "da"),
            .triggering("⟦Ikke vores problem⟧, signalet er det samme for alle.", locale: "da"),
            .nonTriggering("Det er en stor bekymring at miste sin telefon; lad os spærre den først.", locale: "da"),
            .nonTriggering("Signalproblemet er vores at løse, og jeg har meldt det videre.", locale: "da"),
            .nonTriggering(
                "Begge abonnementer koster lige meget, så jeg flytter dig til det med mest data i dag.", locale: "da"),
        ]
    )

    /// Ten points per dismissive phrase, thirty at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            for: .dismissal, in: reply, schedule: .each(-10, cap: 30),
            message: { "This dismisses the customer's problem: “\($0)”." },
            advice: { _ in "Treat the problem as important because it is to them; say what you can do." })
    }
}
