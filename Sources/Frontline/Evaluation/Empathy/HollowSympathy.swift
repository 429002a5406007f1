/// Takes points from stock sympathy that never touches the customer's situation, and more when nothing is done either.
public struct HollowSympathy: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "hollow-sympathy",
        name: "Sympathy without substance",
        dimension: .empathy,
        rationale: "Stock sympathy that never names the customer's actual situation rings hollow, more so when nothing is done.",
        examples: [
            .triggering(
                "⟦I'm so sorry⟧ to hear that. I understand how you feel.",
                customer: "I left my phone on a taxi roof and I need the driver's number."),
            .triggering("⟦We apologise⟧ for any inconvenience. I understand your concern. Please restart the phone."),
            .nonTriggering(
                "I'm so sorry, losing your phone on the taxi roof is awful. I understand. I'll call the driver now.",
                customer: "I left my phone on a taxi roof and I need the driver's number."),
            .nonTriggering("I'm sorry. Please restart the phone."),
            .nonTriggering(
                "We apologise for the inconvenience and understand your frustration. The technician comes tomorrow at 8.",
                customer: "No internet for a week. Three calls, and every time I was told a technician would come."),
            .triggering(
                "⟦Bardzo mi przykro⟧ to słyszeć. Rozumiem, co Pan czuje.",
                customer: "Zostawiłem telefon na dachu taksówki i potrzebuję numeru do kierowcy.", locale: "pl"),
            .triggering(
                "⟦Przepraszamy za wszelkie niedogodności⟧. Rozumiem Pana obawy. Proszę ponownie uruchomić telefon.", locale: "pl"),
            .nonTriggering(
                "Bardzo mi przykro, zostawienie telefonu na dachu taksówki to okropna sytuacja. Rozumiem. Zaraz zadzwonię do kierowcy.",
                customer: "Zostawiłem telefon na dachu taksówki i potrzebuję numeru do kierowcy.", locale: "pl"),
            .nonTriggering("Przepraszam. Proszę ponownie uruchomić telefon.", locale: "pl"),
            .triggering(
                "⟦Jeg er så ked af det⟧. Jeg forstår, hvordan du har det.",
                customer: "Jeg lod min telefon ligge på taget af en taxa, og jeg skal have chaufførens nummer.",
                locale: "da"),
            .triggering(
                "⟦Vi beklager ulejligheden⟧. Jeg forstår din bekymring. Genstart venligst telefonen.", locale: "da"),
            .nonTriggering(
                "Jeg er så ked af det, det må være frygteligt at miste telefonen på taget af en taxa. Jeg forstår. Jeg ringer til chaufføren nu.",
                customer: "Jeg lod min telefon ligge på taget af en taxa, og jeg skal have chaufførens nummer.",
                locale: "da"),
            .nonTriggering("Undskyld. Genstart venligst telefonen.", locale: "da"),
        ]
    )

    /// One finding when two or more stock lines stand with no acknowledgement of the situation itself.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        let stock = (text.matches(.apology) + text.matches(.statedUnderstanding)).sorted { $0.span < $1.span }
        guard stock.count >= 2, let first = stock.first else { return [] }
        let stockTokens = Set(stock.flatMap { Array($0.tokens) })
        let acknowledgements = (text.matches(.reflectionFrame) + reply.namedFeelings).filter {
            !stockTokens.contains($0.tokens.lowerBound)
        }
        guard acknowledgements.isEmpty else { return [] }
        // A sentence that takes up two or more of the customer's own details ("the technician will come tomorrow")
        // deals with their situation, even if the sympathy around it is stock.
        let touchesSituation = text.sentences.indices.contains { index in
            Set(reply.detailTokens(inSentence: index).map { reply.stem(text.tokens[$0].normalized) }).count >= 2
        }
        guard !touchesSituation else { return [] }
        let idle = !reply.hasNextStep
        return [
            definition.finding(
                idle ? -6 : -4, at: first.span, in: reply,
                message: idle
                    ? "Stock sympathy with nothing about the customer's situation and nothing done about it."
                    : "Stock sympathy that never names what the customer is going through.",
                advice: "Swap the stock lines for one sentence about their situation, in their words, then the action.")
        ]
    }
}
