/// Takes points for stock apologies and "I understand" lines piled up past the second, which pad the reply.
public struct RepeatedApologies: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "repeated-apologies",
        name: "Apologies piled up",
        dimension: .clarity,
        rationale: "After the second “sorry”, more apologies are padding to read past before the point.",
        examples: [
            .triggering("I'm sorry. I understand. ⟦I apologise⟧ for this. ⟦We apologise⟧ again."),
            .nonTriggering("I'm sorry about the charge. I understand why you're annoyed, and I've refunded it."),
            .nonTriggering("We're sorry for any frustration caused, and I understand. I've refunded the charge."),
            .nonTriggering("Switch the phone off, put in the new SIM and switch it back on."),
            .triggering("Przepraszam. Rozumiem. ⟦Przepraszamy⟧ za to.", locale: "pl"),
            .nonTriggering("Przepraszam za ten błąd. Pakiet już wyłączyłem.", locale: "pl"),
            .triggering("Undskyld. Jeg forstår. ⟦Vi beklager⟧.", locale: "da"),
            .nonTriggering("Undskyld ventetiden. Jeg har spærret dit SIM-kort.", locale: "da"),
        ]
    )

    /// Three points for each stock apology or "I understand" after the second, twelve at most; "I'm so sorry, I
    /// apologise, and I'm really sorry" is three, as a reader meets them.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        let lines = (text.matches(.apology) + text.matches(.statedUnderstanding)).sorted { $0.span < $1.span }
        return definition.findings(
            at: lines.dropFirst(2).map(\.span), in: reply, schedule: .each(-3, cap: 12),
            message: { "One more apology: “\($0)”." },
            advice: "Apologise once, then say what you are doing about it; the customer is looking for the fix.")
    }
}
