/// Rewards using the customer's own details, which shows the reply was written for them and not pasted.
public struct ReflectsSituation: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "reflects-situation",
        name: "Uses the customer's details",
        dimension: .empathy,
        rationale: "A reply that repeats the customer's details back proves it was written for this customer.",
        examples: [
            .triggering(
                "Your ⟦battery⟧ is low, so I'll order the ⟦taxi⟧ first.",
                customer: "My car died, the battery on my phone is at 3% and I need a taxi."),
            .triggering(
                "A ⟦fever⟧ like that needs a doctor; I'm calling the ⟦ambulance⟧ for you.",
                customer: "I have a high fever and I can't get through to the ambulance."),
            .nonTriggering(
                "Payments must arrive by 5pm on the due date. The fee stands.",
                customer: "Why was I charged a late fee? I paid on the due date."),
            .nonTriggering("Order is in processing.", customer: "My order has said processing for 12 days."),
            .nonTriggering(
                "Thank you for calling. How can I help you today?",
                customer: "My car died, the battery on my phone is at 3% and I need a taxi."),
            .nonTriggering("Your battery is low, so I'll order the taxi first."),
            .triggering(
                "⟦Bateria⟧ jest prawie pusta, więc najpierw zamówię dla Pana ⟦taksówkę⟧.",
                customer: "Zepsuł mi się samochód, bateria w telefonie ma 3%, a potrzebuję taksówki.", locale: "pl"),
            .nonTriggering(
                "Dziękuję za telefon. W czym mogę Panu pomóc?",
                customer: "Zepsuł mi się samochód, bateria w telefonie ma 3%, a potrzebuję taksówki.", locale: "pl"),
            .nonTriggering("Bateria jest prawie pusta, więc najpierw zamówię dla Pana taksówkę.", locale: "pl"),
            .triggering(
                "Dit ⟦batteri⟧ er næsten fladt, så jeg bestiller ⟦taxaen⟧ først.",
                customer: "Min bil er gået i stå, batteriet på min telefon er på 3 %, og jeg skal bruge en taxa.",
                locale: "da"),
            .nonTriggering(
                "Tak fordi du ringede. Hvad kan jeg hjælpe dig med?",
                customer: "Min bil er gået i stå, batteriet på min telefon er på 3 %, og jeg skal bruge en taxa.",
                locale: "da"),
            .nonTriggering("Dit batteri er næsten fladt, så jeg bestiller taxaen først.", locale: "da"),
        ]
    )

    /// One finding per distinct customer detail the reply reuses, up to three, when the reply shows any care at all.
    ///
    /// Details echoed in a reply with no courtesy, apology, acknowledgement, reassurance, exploring question, or work
    /// done or promised ("Order is in processing.", "The fee stands.") make it specific, not kind.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        guard ReflectsSituation.showsCare(reply) else { return [] }
        var findings: [Finding] = []
        var used: Set<String> = []
        for sentence in reply.reply.sentences.indices {
            for position in reply.detailTokens(inSentence: sentence) {
                let token = reply.reply.tokens[position]
                guard used.insert(reply.stem(token.normalized)).inserted else { continue }
                let word = reply.reply.quote(token.span)
                findings.append(
                    definition.finding(
                        3, at: token.span, in: reply,
                        message: "You used the customer's own detail “\(word)”.",
                        advice: "Details such as “\(word)” show you listened; keep them in the sentence that acknowledges the feeling."))
                if findings.count == 3 { return findings }
            }
        }
        return findings
    }

    /// True when the reply holds any sign of care for the customer beyond restating their details.
    static func showsCare(_ reply: ReplyContext) -> Bool {
        if !reply.namedFeelings.isEmpty || !reply.commitments.isEmpty { return true }
        let cues: [Cue] = [.warmth, .apology, .statedUnderstanding, .reflectionFrame, .reassurance]
        return cues.contains { !reply.reply.matches($0).isEmpty } || !reply.exploringQuestions.isEmpty
    }
}
