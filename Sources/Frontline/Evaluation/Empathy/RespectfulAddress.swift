/// Checks how the customer is addressed: no over-familiar words, and formal address where the language expects it.
public struct RespectfulAddress: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "respectful-address",
        name: "Addresses the customer respectfully",
        dimension: .empathy,
        rationale: "Over-familiar address (“mate”, or Polish “ty” instead of Pan/Pani) sounds like talking down, even when kindly meant.",
        examples: [
            .triggering("No worries, ⟦mate⟧, I'll sort the card out."),
            .triggering("Listen, ⟦dude⟧, the SIM goes in the side."),
            .nonTriggering("No problem, I'll sort the card out for you today."),
            .nonTriggering("Thank you, sir, I'll sort the card out."),
            .triggering("Spokojnie, ⟦kolego⟧, zaraz załatwię tę kartę.", locale: "pl"),
            .triggering("⟦Słuchaj⟧, karta wchodzi z boku.", locale: "pl"),
            .triggering("Zaraz zablokuję kartę i wyślę nową na adres z umowy.", locale: "pl"),
            .nonTriggering("Oczywiście, zaraz załatwię dla Pana sprawę tej karty.", locale: "pl"),
            .nonTriggering("Dziękuję, proszę Pani, zaraz wyślę nową kartę.", locale: "pl"),
            .triggering("Ingen problemer, ⟦makker⟧, jeg ordner kortet.", locale: "da"),
            .triggering("Hør lige, ⟦skat⟧, SIM-kortet skal ind fra siden.", locale: "da"),
            .nonTriggering("Intet problem, jeg ordner kortet for dig i dag.", locale: "da"),
            .nonTriggering("Tak, jeg sender dig et nyt kort med det samme.", locale: "da"),
            .nonTriggering("Jeg kan opsige din mors abonnement her i chatten.", locale: "da"),
            .nonTriggering("Jeg ved, at du sørger over din mor.", locale: "da"),
        ]
    )

    /// Eight points per over-familiar word (sixteen at most); six when a formal-address language gets none.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        // A customer who writes informally (a coded call to "mum") is answered in kind.
        let customerInformal = !(reply.customer?.matches(.informalAddress, includingNegated: true).isEmpty ?? true)
        guard !customerInformal else { return [] }
        // "Your mum" (Danish "din mor") speaks of someone, it does not address the customer.
        let text = reply.reply
        var findings = definition.findings(
            for: .informalAddress, in: reply, schedule: .each(-8, cap: 16),
            where: { match in
                let before = match.tokens.lowerBound - 1
                return before < 0 || !text.tokens[before].word.flags.contains(.secondPerson)
            },
            message: { "Over-familiar address: “\($0)”." },
            advice: { _ in "Address the customer as you would a guest: politely, by name or the formal form." })
        if reply.language.expectsFormalAddress && text.wordCount >= 8
            && text.matches(.formalAddress, includingNegated: true).isEmpty
        {
            findings.append(
                definition.finding(
                    findings.isEmpty ? -6 : -2, at: nil, in: reply,
                    message: "The reply never addresses the customer formally (Pan / Pani / Państwo).",
                    advice: "Use the formal form: “Czy może Pan…”, “Proszę Pani…”, not the informal “ty”."))
        }
        return findings
    }
}
