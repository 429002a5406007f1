/// Scores stock apologies and "I understand" lines on a falling scale: the first helps, stacking them costs.
public struct StockSympathy: Criterion {
    /// Creates the criterion.
    public init() {}

    /// Points for the first, second, third… stock line.
    static let schedule = PointSchedule(steps: [4, 1, 0, -5], cap: 30)

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "stock-sympathy",
        name: "Stock apologies and “I understand” lines",
        dimension: .empathy,
        rationale: "One sincere apology helps; a pile of stock lines sounds scripted and customers hear it.",
        examples: [
            .triggering("⟦I'm sorry⟧ the bill was wrong; I've refunded the £12 now."),
            .triggering(
                "⟦I'm so sorry⟧. ⟦I understand⟧. ⟦I apologise⟧. ⟦I totally understand⟧. ⟦We apologise⟧ for the inconvenience."),
            .nonTriggering("That bill was wrong and I've refunded the £12 now."),
            .nonTriggering("I don't understand what you mean by that."),
            .triggering("⟦Przepraszam⟧, rachunek był błędny; zwrot 12 zł został już zlecony.", locale: "pl"),
            .triggering(
                "⟦Bardzo przepraszam⟧. ⟦Rozumiem⟧. ⟦Najmocniej przepraszamy⟧. ⟦Doskonale rozumiem⟧. ⟦Przepraszamy za utrudnienia⟧.", locale: "pl"),
            .nonTriggering("Rachunek był błędny, więc zwrot 12 zł został już zlecony.", locale: "pl"),
            .nonTriggering("Nie rozumiem, co ma Pan na myśli.", locale: "pl"),
            .triggering("⟦Jeg beklager⟧, regningen var forkert; jeg har lige refunderet de 12 kroner.", locale: "da"),
            .triggering(
                "⟦Undskyld⟧. ⟦Jeg forstår⟧. ⟦Jeg beklager⟧. ⟦Jeg forstår fuldt ud⟧. ⟦Vi beklager ulejligheden⟧.", locale: "da"),
            .nonTriggering("Regningen var forkert, og jeg har lige refunderet de 12 kroner.", locale: "da"),
        ]
    )

    /// One finding per stock line, in order, with points by the falling schedule.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        let lines = (text.matches(.apology) + text.matches(.statedUnderstanding)).sorted { $0.span < $1.span }
        var findings: [Finding] = []
        var spent = 0
        for (occurrence, match) in lines.enumerated() {
            guard let points = StockSympathy.schedule.points(forOccurrence: occurrence, spent: spent) else { break }
            spent += points
            let quoted = text.quote(match.span)
            let message: String
            let advice: String
            switch points {
            case 1...:
                message = "A sympathetic line: “\(quoted)”."
                advice = "One is enough; follow it with what you will do about the problem."
            case 0:
                message = "Another stock line, which earns nothing: “\(quoted)”."
                advice = "Replace repeated stock lines with one specific sentence about the customer's situation."
            default:
                message = "Stacked stock lines sound scripted: “\(quoted)”."
                advice = "Cut the repeats; say once what happened to them and what you are doing about it."
            }
            findings.append(definition.finding(points, at: match.span, in: reply, message: message, advice: advice))
        }
        return findings
    }
}
