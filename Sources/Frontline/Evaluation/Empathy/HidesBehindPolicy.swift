/// Takes points for defending the company with its rules instead of helping the customer.
public struct HidesBehindPolicy: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "hides-behind-policy",
        name: "Hides behind policy",
        dimension: .empathy,
        rationale: "Quoting the rules or insisting a charge is correct tells an upset customer the rules come first.",
        examples: [
            .triggering("⟦The charge was applied correctly⟧, as ⟦set out in our terms⟧."),
            .triggering("⟦It is our policy⟧ not to refund opened items."),
            .nonTriggering("Your discount is now applied correctly."),
            .nonTriggering("I'll check whether you were charged correctly and ring you by 5."),
            .nonTriggering("As you clearly stated in your email, this is your third call."),
            .nonTriggering("Is the charge correct? I'll go through it line by line with you."),
            .nonTriggering("The charge wasn't applied correctly, so I've refunded it today."),
            .nonTriggering("Under your plan you're entitled to a full refund, so I've sent it today."),
            .nonTriggering("I'll explain the fee in plain words and see what I can take off it."),
            .triggering("⟦Zgodnie z regulaminem⟧ opłata się należy.", locale: "pl"),
            .triggering("⟦Taka jest nasza polityka⟧, nie zwracamy pieniędzy.", locale: "pl"),
            .triggering("⟦Zgodnie z procedurą⟧ zgłoszenie musi być złożone na piśmie.", locale: "pl"),
            .nonTriggering("Opłata nie została naliczona prawidłowo, więc już ją zwróciłem.", locale: "pl"),
            .nonTriggering("Zgodnie z Pana prośbą wysłałem nową kartę.", locale: "pl"),
            .nonTriggering("Sprawdzę, czy opłata została naliczona prawidłowo.", locale: "pl"),
            .nonTriggering("Zgodnie z warunkami umowy przysługuje Panu nowy telefon, wysyłam go dziś.", locale: "pl"),
            .triggering("Opłata została ⟦naliczona prawidłowo⟧, więc nie ma podstaw do zwrotu.", locale: "pl"),
            .triggering("Kontrolafgiften er ⟦udstedt korrekt⟧.", locale: "da"),
            .triggering("⟦Det er vores politik⟧ ikke at refundere.", locale: "da"),
            .nonTriggering("Afgiften er ikke udstedt korrekt, så jeg har annulleret den.", locale: "da"),
            .nonTriggering("Efter din aftale har du ret til en ny telefon, og jeg sender den i dag.", locale: "da"),
            .nonTriggering("Din rabat er nu beregnet korrekt.", locale: "da"),
            .nonTriggering("Som det fremgår tydeligt af din mail, er det tredje gang, du ringer.", locale: "da"),
        ]
    )

    /// Six points per defence of the rules, twelve at most; a rule named in a question or beside the agent's own action
    /// ("I'll check whether you were charged correctly") is not a defence.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        let acting = Set(reply.personalCommitments.map { reply.sentenceIndex(of: $0) })
        return definition.findings(
            for: .policyDefence, in: reply, schedule: .each(-6, cap: 12),
            where: { match in
                let sentence = text.tokens[match.tokens.lowerBound].sentence
                return !acting.contains(sentence) && !text.sentences[sentence].isQuestion
            },
            message: { "This defends the company instead of helping: “\($0)”." },
            advice: { _ in "Explain the rule once in plain words, then say what you can do for them now." })
    }
}
