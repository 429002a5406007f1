/// Rewards a reply to a customer that leaves them knowing what happens next, and when.
public struct SaysWhatHappensNext: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "says-what-happens-next",
        name: "Says what happens next",
        dimension: .clarity,
        rationale: "A customer who finishes reading and knows what to do, or what we will do and when, has understood.",
        examples: [
            .triggering(
                "⟦I've sent a new SIM to your address⟧ and it will arrive ⟦tomorrow⟧.",
                customer: "My SIM card has stopped working."),
            .triggering(
                "⟦Switch the phone off, put the new card in and switch it on⟧.", customer: "The phone says No SIM."),
            .nonTriggering("Switch the phone off, put the new card in and switch it on."),
            .nonTriggering("I'm so sorry to hear that, it must be very annoying.", customer: "The phone says No SIM."),
            .nonTriggering("SIM problems can have many causes.", customer: "The phone says No SIM."),
            .nonTriggering(
                "Maybe try restarting it somewhere in the settings, it depends on the phone.",
                customer: "The phone says No SIM."),
            .nonTriggering(
                "You can apply the CLIR prefix on a per-call basis, or alternatively configure caller ID presentation "
                    + "within the handset's settings, depending on your device and operating system version.",
                customer: "How do I hide my number for one call?"),
            .nonTriggering("Please initiate an RMA via your account.", customer: "How do I get a refund?"),
            .nonTriggering("Take care.", customer: "My bill is wrong."),
            .nonTriggering("You should have called us earlier.", customer: "My bill is wrong."),
            .triggering(
                "⟦Wysłałem nową kartę SIM⟧, będzie u Pani ⟦jutro⟧.", customer: "Karta SIM przestała działać.",
                locale: "pl"),
            .nonTriggering(
                "Bardzo mi przykro, to musi być frustrujące.", customer: "Karta SIM przestała działać.", locale: "pl"),
            .nonTriggering(
                "Uprzejmie informuję, że salon jest zamknięty.", customer: "Gdzie mogę odebrać kartę?", locale: "pl"),
            .triggering(
                "⟦Jeg har sendt et nyt SIM-kort til dig⟧, og det er fremme ⟦i morgen⟧.",
                customer: "Mit SIM-kort virker ikke.", locale: "da"),
            .nonTriggering("Det er jeg rigtig ked af at høre.", customer: "Mit SIM-kort virker ikke.", locale: "da"),
        ]
    )

    /// Six points for the first thing the customer is told to do or that will be done for them, said plainly (see
    /// `unclearSentences(among:in:)`), and four more when the reply also says when; nothing without a customer's
    /// message, where no one is waiting to hear.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        guard reply.customer != nil else { return [] }
        let text = reply.reply
        let steps = reply.nextStepCommitments + reply.nextStepSentences.map { text.wordSpan(ofSentence: $0) }
        guard !steps.isEmpty else { return [] }
        let stepSentences = steps.map { text.sentenceIndex(at: $0.start) }
        let unclear = SaysWhatHappensNext.unclearSentences(among: Set(stepSentences), in: reply)
        let plain = zip(steps, stepSentences).filter { !unclear.contains($0.1) }.map(\.0)
        guard let step = plain.min() else { return [] }
        var findings = [
            definition.finding(
                6, at: step, in: reply,
                message: "The customer knows what happens next: “\(text.quote(step))”.",
                advice: "Good: say plainly the one thing that happens next and who does it.")
        ]
        if let when = text.matches(.timeframe).first {
            findings.append(
                definition.finding(
                    4, at: when.span, in: reply,
                    message: "And when: “\(text.quote(when.span))”.",
                    advice: "Keep the time honest, and say what the customer can do if it runs late.", variant: "when"))
        }
        return findings
    }

    /// The sentences, of `candidates`, the customer may not follow: long ones, and those with a hedge ("maybe", "it
    /// depends"), filler, official wording, or jargon or an acronym left unexplained for a customer who is not
    /// technical.
    ///
    /// These are the facts the clarity criteria for each read, taken without building their findings' messages; the
    /// search for jargon and acronyms is skipped once every candidate is already unclear.
    static func unclearSentences(among candidates: Set<Int>, in reply: ReplyContext) -> Set<Int> {
        let text = reply.reply
        var unclear = candidates.filter { text.sentences[$0].wordCount > LongSentences.longAfter }
        let flagged = text.matches(.hedge) + text.matches(.filler) + text.matches(.officialese, includingNegated: true)
        for match in flagged { unclear.insert(text.tokens[match.tokens.lowerBound].sentence) }
        guard !candidates.isSubset(of: unclear), !reply.customerIsTechnical else { return unclear }
        let isUnexplained = UnexplainedJargon.unexplainedTest(in: text)
        for match in text.matches(.jargon, includingNegated: true) where isUnexplained(match) {
            unclear.insert(text.tokens[match.tokens.lowerBound].sentence)
        }
        for span in UnexplainedAcronyms.unexplained(in: reply, upTo: .max) {
            unclear.insert(text.sentenceIndex(at: span.start))
        }
        return unclear
    }
}
