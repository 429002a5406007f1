/// Scores how easy the reply is to read by its language's readability formula, on a sliding scale.
public struct ReadingLevel: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The grade level at which a reply neither gains nor loses points.
    static let neutralGrade = 8.0

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "reading-level",
        name: "Easy to read",
        dimension: .clarity,
        rationale: "Short sentences and everyday words are understood at the first reading; short ones full of unexplained terms are not.",
        examples: [
            .triggering("Put the new card in. Turn the phone on. Wait one minute. Call me if it fails."),
            .triggering(
                "⟦Notwithstanding the aforementioned circumstances, administrative reconfiguration necessitates comprehensive verification of subscription documentation⟧."
            ),
            .nonTriggering("Hi."),
            .nonTriggering("Reset the APN. Check the IMSI. Then reboot."),
            .nonTriggering(""),
            .triggering(
                "Proszę włożyć nową kartę. Proszę włączyć telefon. Proszę chwilę poczekać. Gdyby nie działał, proszę zadzwonić.", locale: "pl"),
            .triggering(
                "⟦Niezależnie od powyższych okoliczności administracyjna rekonfiguracja wymaga kompleksowej weryfikacji dokumentacji abonamentowej⟧.", locale: "pl"),
            .nonTriggering("Dzień dobry.", locale: "pl"),
            .nonTriggering("", locale: "pl"),
            .triggering(
                "Sæt det nye kort i. Tænd for telefonen. Vent et minut. Ring til mig, hvis det ikke virker.", locale: "da"),
            .triggering(
                "⟦Uagtet ovennævnte omstændigheder nødvendiggør administrativ omkonfigurering en omfattende verifikation af abonnementsdokumentationen⟧.", locale: "da"),
            .nonTriggering("Hej.", locale: "da"),
            .nonTriggering("", locale: "da"),
        ]
    )

    /// One finding: points from the grade level; a hard text points at its hardest sentence and loses at most twenty
    /// points together with what long sentences cost (both measure sentence length); an easy text with two or more
    /// unexplained terms earns nothing.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        guard text.wordCount >= 6 else { return [] }
        let estimate = text.readability
        var points = max(-20, min(10, Int(((ReadingLevel.neutralGrade - estimate.gradeLevel) * 2).rounded())))
        if points < 0 {
            // Long sentences already cost their own points; sentence length counts once, twenty points at most.
            let lengthPenalty = LongSentences.penalties(in: text).reduce(0) { $0 + $1.points }
            points = max(points, -20 - lengthPenalty)
        }
        guard points != 0 else { return [] }
        let measure = "\(estimate.formula) \(estimate.score), about grade \(estimate.gradeLevel)"
        if points > 0 {
            // Short sentences full of unexplained terms are not easy reading: the terms are the hard part.
            let jargon = UnexplainedJargon.unexplainedCount(in: reply, upTo: 2)
            guard jargon < 2, jargon + UnexplainedAcronyms.unexplained(in: reply, upTo: 2 - jargon).count < 2 else {
                return []
            }
            return [
                definition.finding(
                    points, at: nil, in: reply,
                    message: "Easy to read (\(measure)).",
                    advice: "Keep sentences short and words everyday.")
            ]
        }
        let hardest = text.sentences.indices.max { difficulty(text, $0) < difficulty(text, $1) }
        return [
            definition.finding(
                points, at: hardest.map { text.wordSpan(ofSentence: $0) }, in: reply,
                message: "Hard to read (\(measure)); the hardest sentence is quoted.",
                advice: "Split long sentences and swap long words for everyday ones (“use” not “utilise”).")
        ]
    }

    /// A rough per-sentence difficulty: words times average syllables per word.
    private func difficulty(_ text: AnalyzedText, _ index: Int) -> Double {
        let sentence = text.sentences[index]
        var syllables = 0
        for token in text.tokens[sentence.tokens] where token.kind == .word {
            syllables += text.language.syllables.count(token.normalized)
        }
        return Double(sentence.wordCount) * Double(syllables) / Double(max(sentence.wordCount, 1))
    }
}
