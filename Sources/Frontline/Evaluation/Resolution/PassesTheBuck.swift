/// Takes points for sending the customer elsewhere instead of helping ("another department, send an email").
public struct PassesTheBuck: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "passes-the-buck",
        name: "Passes the customer on",
        dimension: .resolution,
        rationale: "Every “contact another department” restarts the customer's problem from zero with someone new.",
        examples: [
            .triggering("Billing is ⟦another department⟧, ⟦send an email⟧ to them."),
            .triggering("⟦You'll have to contact⟧ the taxi company yourself."),
            .triggering("If it doesn't turn up, your sister ⟦will need to raise a claim⟧ online."),
            .nonTriggering("I'll contact the taxi company myself and call you back."),
            .nonTriggering("I'll email you the receipt now."),
            .triggering(
                "Rozliczeniami zajmuje się ⟦inny dział⟧, ⟦proszę wysłać e-mail⟧ bezpośrednio do nich.", locale: "pl"),
            .triggering("⟦Proszę zadzwonić jutro⟧, dziś system nie działa.", locale: "pl"),
            .nonTriggering("Sam skontaktuję się z korporacją taksówkową i oddzwonię do Pana.", locale: "pl"),
            .nonTriggering("Zaraz wyślę Panu potwierdzenie e-mailem.", locale: "pl"),
            .triggering("Fakturering er ⟦en anden afdeling⟧, ⟦send en mail⟧ til dem.", locale: "da"),
            .triggering("⟦Du må kontakte⟧ taxaselskabet selv.", locale: "da"),
            .nonTriggering("Jeg kontakter selv taxaselskabet og ringer tilbage til dig.", locale: "da"),
            .nonTriggering("Jeg mailer dig kvitteringen nu.", locale: "da"),
            .nonTriggering(
                "Tak for at kontakte os. Jeg har spærret dit SIM-kort og sender dig et nyt i dag.", locale: "da"),
        ]
    )

    /// The last commitment (sorted by start) that starts at or before `offset`, found by binary search.
    static func lastCommitment(startingBy offset: Int, in commitments: [TextSpan]) -> TextSpan? {
        var low = 0
        var high = commitments.count
        while low < high {
            let middle = (low + high) / 2
            if commitments[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? commitments[low - 1] : nil
    }

    /// Fifteen points per hand-off the customer must do themselves, thirty at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let commitments = reply.commitments
        return definition.findings(
            for: .bucketPassing, in: reply, schedule: .each(-15, cap: 30),
            where: { match in
                // "I'll contact another department for you" is the agent acting, not passing the customer on.
                guard let latest = PassesTheBuck.lastCommitment(startingBy: match.span.start, in: commitments) else { return true }
                return !(match.span.start - latest.end <= 16 && latest.end <= match.span.end)
            },
            message: { "This passes the customer on: “\($0)”." },
            advice: { _ in "Do the hand-off yourself: “I'll pass this to billing now and call you back by 5 pm”." })
    }
}
