/// Takes points for sentences too long to follow when spoken or read under stress.
public struct LongSentences: Criterion {
    /// Creates the criterion.
    public init() {}

    /// Words above which a sentence is long.
    static let longAfter = 25
    /// Words above which a sentence is very long.
    static let veryLongAfter = 40

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "long-sentences",
        name: "Long sentences",
        dimension: .clarity,
        rationale: "A customer holding a phone in one hand cannot keep a thirty-word sentence in their head.",
        examples: [
            .triggering(
                "⟦Once the new card is in and the phone has been switched off and on again you should see the network name at the top and then you can try calling someone to check everything works⟧."
            ),
            .nonTriggering("Put the new card in. Switch the phone off and on. Then call me back."),
            .nonTriggering(
                "1. Open the tray\n2. Put the card in\n3. Close the tray\n4. Switch on\n5. Wait a minute\n6. Call me\n7. Tell me what you see on the screen now"
            ),
        ]
    )

    /// Four points per long sentence and eight per very long one, twenty at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        var findings: [Finding] = []
        var spent = 0
        let text = reply.reply
        for (index, sentence) in text.sentences.enumerated() where sentence.wordCount > LongSentences.longAfter {
            let points = sentence.wordCount > LongSentences.veryLongAfter ? -8 : -4
            guard spent - points <= 20 else { break }
            spent -= points
            let span = text.wordSpan(ofSentence: index)
            findings.append(
                definition.finding(
                    points, at: span, in: reply,
                    message: "A sentence of \(sentence.wordCount) words is hard to follow.",
                    advice: "Split it: one idea or one step per sentence, about 15 words each."))
        }
        return findings
    }
}
