/// Takes points when the reply gives the customer a lesson for next time instead of help now.
public struct LecturesCustomer: Criterion {
    /// Creates the criterion.
    public init() {}

    /// Points for the first and later lessons.
    static let schedule = PointSchedule(steps: [-8, -4], cap: 12)

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "lectures-customer",
        name: "Lectures the customer",
        dimension: .empathy,
        rationale: "Advice about what the customer should do next time tells them the trouble was their own doing.",
        examples: [
            .triggering("Your parcel is on its way. ⟦Might be worth ordering earlier next time⟧."),
            .triggering("⟦Next time, make sure you check the address before you order⟧."),
            .nonTriggering("I'll make sure it goes to the right address next time."),
            .nonTriggering("Next time you travel, the pass switches on by itself."),
            .triggering("⟦Next time, please read our delivery terms before you order⟧."),
            .triggering("Przesyłka jest w drodze. ⟦Na przyszłość warto zamawiać z zapasem⟧.", locale: "pl"),
            .nonTriggering("Następnym razem karnet włączy się sam.", locale: "pl"),
            .triggering("Pakken er sendt igen. ⟦Husk at tjekke adressen, når du bestiller næste gang⟧.", locale: "da"),
            .nonTriggering("Næste gang du rejser, slår pakken selv til.", locale: "da"),
        ]
    )

    /// One finding per sentence that points advice at next time, unless the agent promises it in the first person;
    /// eight points for the first, four for a second.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        let nextTime = text.matches(.nextTime, includingNegated: true)
        guard !nextTime.isEmpty else { return [] }
        let steps = Set(reply.stepSentences)
        let promised = Set(reply.personalCommitments.map { reply.sentenceIndex(of: $0) })
        let advised = Set(text.matches(.adviceWord).map { text.tokens[$0.tokens.lowerBound].sentence })
        var lessons: [Int] = []
        for match in nextTime {
            let sentence = text.tokens[match.tokens.lowerBound].sentence
            guard lessons.last != sentence, steps.contains(sentence) || advised.contains(sentence) else { continue }
            // "I'll make sure it goes right next time" is the agent's promise, not a lesson; "please read our terms
            // next time" is still one.
            let opening = text.openingWord(of: text.sentences[sentence], skippingWordsWith: [])
            let promise = promised.contains(sentence)
                || opening.map { text.tokens[$0].word.flags.contains(.firstPerson) } ?? false
            if !promise { lessons.append(sentence) }
        }
        return definition.findings(
            at: lessons.map { text.wordSpan(ofSentence: $0) }, in: reply, schedule: LecturesCustomer.schedule,
            message: { "A lesson for next time: “\($0)”." },
            advice: "Drop the lesson; if a tip would help, offer it as help now: “If it happens again, I can…”.")
    }
}
