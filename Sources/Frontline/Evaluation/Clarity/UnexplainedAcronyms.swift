/// Takes points for acronyms that are neither everyday (SIM, PIN) nor explained.
public struct UnexplainedAcronyms: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "unexplained-acronyms",
        name: "Unexplained acronyms",
        dimension: .clarity,
        rationale: "An acronym the customer has never seen is a wall; spell it out or say what it does.",
        examples: [
            .triggering("The ⟦RSP⟧ is pending on the ⟦OCS⟧."),
            .triggering("We raised an ⟦RMA⟧ for the handset."),
            .nonTriggering("Your SIM and PIN are in the letter."),
            .nonTriggering("We raised an RMA (a return form) for the phone."),
            .triggering("⟦RSP⟧ nadal czeka na potwierdzenie w ⟦OCS⟧.", locale: "pl"),
            .triggering("Założyliśmy zgłoszenie ⟦RMA⟧ dla Pana telefonu.", locale: "pl"),
            .nonTriggering("Kod PIN znajdzie Pan w liście z kartą SIM.", locale: "pl"),
            .nonTriggering("Założyliśmy RMA (formularz zwrotu) dla Pana telefonu.", locale: "pl"),
            .triggering("⟦RSP⟧ afventer stadig ⟦OCS⟧.", locale: "da"),
            .triggering("Vi har oprettet en ⟦RMA⟧ for telefonen.", locale: "da"),
            .nonTriggering("Din SIM og PIN står i brevet.", locale: "da"),
            .nonTriggering("Vi har oprettet en RMA (en returformular) for telefonen.", locale: "da"),
        ]
    )

    /// Four points per distinct acronym, sixteen at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        guard !reply.customerIsTechnical else { return [] }
        let jargon = Set(text.matches(.jargon, includingNegated: true).flatMap { Array($0.tokens) })
        var findings: [Finding] = []
        var seen: Set<String> = []
        for index in text.tokens.indices {
            guard text.tokens[index].kind == .word, text.tokens[index].isAllUppercase else { continue }
            let token = text.tokens[index]
            let letters = token.normalized.unicodeScalars.count
            guard (2...6).contains(letters), !jargon.contains(index), !token.word.flags.contains(.everydayAcronym)
            else { continue }
            // A run of capital words is shouting, not acronyms.
            let neighbours = [index - 1, index + 1].filter { text.tokens.indices.contains($0) }
            if neighbours.contains(where: { text.tokens[$0].kind == .word && text.tokens[$0].isAllUppercase }) { continue }
            if index + 1 < text.tokens.count && text.tokens[index + 1].normalized == "(" { continue }
            guard seen.insert(token.normalized).inserted else { continue }
            let quoted = text.quote(token.span)
            findings.append(
                definition.finding(
                    -4, at: token.span, in: reply,
                    message: "An acronym the customer may not know: “\(quoted)”.",
                    advice: "Spell out “\(quoted)” or say what it is, e.g. “\(quoted) (the …)”."))
            if findings.count == 4 { break }
        }
        return findings
    }
}
