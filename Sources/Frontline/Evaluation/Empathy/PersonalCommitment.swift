/// Rewards the agent personally taking the problem on ("I'll…"), which tells the customer someone cares.
public struct PersonalCommitment: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "personal-commitment",
        name: "Takes the problem on personally",
        dimension: .empathy,
        rationale: "“I'll do it” from a person feels like care; “it will be done” from a system does not.",
        examples: [
            .nonTriggering("The decision was made based on the assessor's report, and the claim is closed."),
            .triggering("⟦I'll call the driver myself⟧ and ask him to bring it back."),
            .triggering("⟦Let me check the last three bills for you⟧."),
            .nonTriggering("The driver can be contacted by the taxi company."),
            .nonTriggering("I'm sorry to hear that."),
            .triggering("⟦Osobiście zadzwonię do kierowcy⟧, żeby przywiózł telefon.", locale: "pl"),
            .triggering("⟦Już sprawdzam trzy ostatnie rachunki⟧, proszę chwilę poczekać.", locale: "pl"),
            .nonTriggering("Z kierowcą może się skontaktować korporacja taksówkowa.", locale: "pl"),
            .nonTriggering("Bardzo mi przykro to słyszeć.", locale: "pl"),
            .triggering("⟦Jeg ringer selv til chaufføren⟧, så han kan bringe telefonen tilbage.", locale: "da"),
            .triggering("⟦Lad mig tjekke dine sidste tre regninger⟧.", locale: "da"),
            .nonTriggering("Chaufføren kan kontaktes via taxaselskabet.", locale: "da"),
            .nonTriggering("Straks sendes kortet med posten.", locale: "da"),
            .nonTriggering("Det beklager jeg meget.", locale: "da"),
        ]
    )

    /// One finding for the first personal commitment.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        guard let first = reply.personalCommitments.first else { return [] }
        let quoted = reply.reply.quote(first)
        return [
            definition.finding(
                5, at: first, in: reply,
                message: "You took it on yourself: “\(quoted)”.",
                advice: "Keep saying what you will do in the first person.")
        ]
    }
}
