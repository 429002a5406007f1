/// Rewards courtesy and warmth: please, thank you, glad to help, a greeting.
public struct WarmTone: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "warm-tone",
        name: "Warm, courteous tone",
        dimension: .empathy,
        rationale: "Courtesy words are small, but customers notice at once when they are missing.",
        examples: [
            .triggering("⟦If you get a chance⟧, ⟦could you⟧ send me the error message?"),
            .triggering("⟦Would it be all right⟧ if I moved your comment into the other thread?"),
            .triggering("⟦Thank you⟧ for waiting. ⟦Please⟧ keep the phone close."),
            .triggering("⟦Of course⟧, I'm ⟦glad⟧ you called us."),
            .triggering("⟦Great work on⟧ the article! ⟦Would you be able to⟧ add a source?"),
            .nonTriggering("Great job deleting a whole section with no explanation."),
            .nonTriggering("Insert the SIM card. Restart the phone."),
            .nonTriggering("The refund is 12 pounds."),
            .nonTriggering("Please note that the refund is 12 pounds."),
            .nonTriggering("Please learn to use the code button, it's literally right there."),
            .triggering("⟦Thank you⟧ for telling us, and it's not your fault at all."),
            .triggering("⟦Dziękuję⟧ za cierpliwość. ⟦Proszę⟧ mieć telefon pod ręką.", locale: "pl"),
            .triggering("⟦Oczywiście⟧, ⟦cieszę się⟧, że Pan do nas zadzwonił.", locale: "pl"),
            .triggering("⟦Świetna robota⟧ z tym artykułem.", locale: "pl"),
            .nonTriggering("Karta SIM jest w kopercie. Zwrot wynosi 12 złotych.", locale: "pl"),
            .triggering("⟦Tak fordi⟧ du ventede. Hav ⟦venligst⟧ telefonen ved hånden.", locale: "da"),
            .triggering("⟦Selvfølgelig⟧, jeg er ⟦glad for⟧, at du ringede.", locale: "da"),
            .triggering("⟦Flot arbejde⟧ med artiklen.", locale: "da"),
            .nonTriggering("Sæt SIM-kortet i. Genstart telefonen.", locale: "da"),
            .nonTriggering("Refusionen er på 12 kroner.", locale: "da"),
        ]
    )

    /// Three points for each of the first three distinct courtesies, two for a fourth.
    static let schedule = PointSchedule(steps: [3, 3, 3, 2], cap: 11)

    /// One finding per distinct courtesy phrase outside boilerplate and away from put-downs, eleven points at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        // "Please note that…" is boilerplate: the courtesy word inside a stock phrase is no warmth; nor is one beside
        // a put-down ("Please learn to use the button, it's literally right there").
        let text = reply.reply
        let boilerplate = Set(text.matches(.filler, includingNegated: true).flatMap { Array($0.tokens) })
        return definition.findings(
            for: .warmth, in: reply, schedule: WarmTone.schedule, distinctEntries: true,
            where: { match in
                let start = match.tokens.lowerBound
                return !boilerplate.contains(start) && !reply.putDownSentences.contains(text.tokens[start].sentence)
            },
            message: { "A courteous touch: “\($0)”." },
            advice: { _ in "Keep it natural; courtesy works best next to a real action." })
    }
}
