/// Takes points for technical terms a non-technical customer will not know, unless the reply explains them.
public struct UnexplainedJargon: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "unexplained-jargon",
        name: "Unexplained jargon",
        dimension: .clarity,
        rationale: "Terms like APN or provisioning mean nothing to most callers; every unexplained one loses them.",
        examples: [
            .triggering("Your ⟦MSISDN⟧ is active but the ⟦provisioning⟧ is incomplete."),
            .triggering("Check the ⟦APN⟧ settings."),
            .nonTriggering("Your number works, but the new card is not in the phone yet."),
            .nonTriggering("Check the APN, which means the internet setting, is “web”."),
            .nonTriggering(
                "Yes, the APN should be “web”; the provisioning finished an hour ago.",
                customer: "My APN looks wrong after provisioning, what should it be?"),
            .triggering("Pana numer ⟦MSISDN⟧ jest już aktywny, ale ⟦provisioning⟧ karty jeszcze trwa.", locale: "pl"),
            .triggering("Proszę sprawdzić ustawienia ⟦APN⟧.", locale: "pl"),
            .nonTriggering("Pana numer działa, ale nowej karty nie ma jeszcze w telefonie.", locale: "pl"),
            .nonTriggering(
                "Proszę sprawdzić, czy APN, czyli ustawienie internetu, ma wartość „internet”.", locale: "pl"),
            .nonTriggering(
                "Tak, APN powinien mieć wartość „internet”; provisioning zakończył się godzinę temu.",
                customer: "Po provisioningu mój APN wygląda dziwnie, jaki powinien być?", locale: "pl"),
            .triggering("Dit ⟦MSISDN⟧ er aktivt, men ⟦provisioneringen⟧ er ikke færdig.", locale: "da"),
            .triggering("Tjek dine ⟦APN⟧-indstillinger.", locale: "da"),
            .nonTriggering("Dit nummer virker, men det nye kort er ikke sat i telefonen endnu.", locale: "da"),
            .nonTriggering("Tjek, at din APN, altså internetindstillingen, står til »internet«.", locale: "da"),
            .nonTriggering(
                "Ja, APN skal stå til »internet«; provisioneringen blev færdig for en time siden.",
                customer: "Min APN ser forkert ud efter provisioneringen, hvad skal den være?", locale: "da"),
        ]
    )

    /// Six points per distinct unexplained term, thirty at most; none when the customer used such terms first.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        guard !reply.customerIsTechnical else { return [] }
        let isUnexplained = UnexplainedJargon.unexplainedTest(in: reply.reply)
        return definition.findings(
            for: .jargon, in: reply, schedule: .each(-6, cap: 30), includingNegated: true, distinctEntries: true,
            where: isUnexplained,
            message: { "A technical term the customer may not know: “\($0)”." },
            advice: { term in "Say what “\(term)” does in everyday words, or explain it in brackets the first time." })
    }

    /// The number of distinct technical terms the reply leaves unexplained, counting up to `limit`; none when the
    /// customer is technical.
    static func unexplainedCount(in reply: ReplyContext, upTo limit: Int) -> Int {
        guard !reply.customerIsTechnical else { return 0 }
        let isUnexplained = unexplainedTest(in: reply.reply)
        var seen: Set<String> = []
        for match in reply.reply.matches(.jargon, includingNegated: true) where isUnexplained(match) {
            seen.insert(match.entry)
            if seen.count == limit { break }
        }
        return seen.count
    }

    /// Whether a term is left unexplained: not followed by brackets ("APN (the internet setting)") or, within two
    /// words, by an explanation ("APN, which means …").
    static func unexplainedTest(in text: AnalyzedText) -> (CueMatch) -> Bool {
        let explanations = Set(text.matches(.explanation).map(\.tokens.lowerBound))
        return { match in
            let next = match.tokens.upperBound
            if next < text.tokens.count && text.tokens[next].normalized == "(" { return false }
            return !(next...(next + 2)).contains { explanations.contains($0) }
        }
    }
}
