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
            .triggering(
                "⟦Kiedy nowa karta będzie już w telefonie, a telefon zostanie wyłączony i ponownie włączony, u góry ekranu powinna pojawić się nazwa sieci, a wtedy może Pan spróbować do kogoś zadzwonić, żeby sprawdzić, czy wszystko działa⟧.", locale: "pl"),
            .nonTriggering(
                "Proszę włożyć nową kartę. Proszę wyłączyć i włączyć telefon. Potem proszę do mnie oddzwonić.", locale: "pl"),
            .nonTriggering(
                "1. Otworzyć tackę\n2. Włożyć kartę\n3. Zamknąć tackę\n4. Włączyć telefon\n5. Odczekać minutę\n6. Zadzwonić do mnie\n7. Powiedzieć mi, co widać teraz na ekranie", locale: "pl"),
            .triggering(
                "⟦Når det nye kort er sat i, og telefonen har været slukket og tændt igen, burde du kunne se netværkets navn øverst på skærmen, og så kan du prøve at ringe til nogen for at tjekke, at alt virker⟧.", locale: "da"),
            .nonTriggering("Sæt det nye kort i. Sluk og tænd telefonen. Ring så tilbage til mig.", locale: "da"),
            .nonTriggering(
                "1. Åbn skuffen\n2. Sæt kortet i\n3. Luk skuffen\n4. Tænd telefonen\n5. Vent et minut\n6. Ring til mig\n7. Fortæl mig, hvad du ser på skærmen nu", locale: "da"),
        ]
    )

    /// Four points per long sentence and eight per very long one, twenty at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        return LongSentences.penalties(in: text).map { index, points in
            definition.finding(
                points, at: text.wordSpan(ofSentence: index), in: reply,
                message: "A sentence of \(text.sentences[index].wordCount) words is hard to follow.",
                advice: "Split it: one idea or one step per sentence, about 15 words each.")
        }
    }

    /// The long sentences of `text` with the points each costs: four, eight when very long, twenty at most in all.
    static func penalties(in text: AnalyzedText) -> [(sentence: Int, points: Int)] {
        var penalties: [(sentence: Int, points: Int)] = []
        var spent = 0
        for (index, sentence) in text.sentences.enumerated() where sentence.wordCount > LongSentences.longAfter {
            let points = sentence.wordCount > LongSentences.veryLongAfter ? -8 : -4
            guard spent - points <= 20 else { break }
            spent -= points
            penalties.append((index, points))
        }
        return penalties
    }
}
