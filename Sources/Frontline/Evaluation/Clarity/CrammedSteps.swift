/// Takes points for three or more steps crammed into one sentence.
public struct CrammedSteps: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "crammed-steps",
        name: "Steps crammed into one sentence",
        dimension: .clarity,
        rationale: "Several steps in one breath get lost; the customer remembers the first and the last.",
        examples: [
            .triggering("⟦Switch it off and take the tray out and put the card in and switch it on⟧."),
            .triggering("⟦Open settings, tap network, choose automatic, restart⟧."),
            .nonTriggering("Switch it off. Take the tray out. Put the card in."),
            .nonTriggering("Switch it off and wait a moment."),
            .triggering("⟦Proszę wyłączyć telefon, wyjąć tackę, włożyć kartę, włączyć telefon⟧.", locale: "pl"),
            .nonTriggering(
                "Proszę wyłączyć telefon. Potem proszę wyjąć tackę. Na koniec proszę włożyć kartę.", locale: "pl"),
            .nonTriggering("Proszę wyłączyć telefon i chwilę poczekać.", locale: "pl"),
            .triggering("⟦Åbn indstillinger, tryk på netværk, vælg automatisk, genstart⟧.", locale: "da"),
            .nonTriggering("Sluk den. Tag skuffen ud. Sæt kortet i.", locale: "da"),
            .nonTriggering("Sluk den, og vent et øjeblik.", locale: "da"),
        ]
    )

    /// Six points per sentence that holds three or more steps, twelve at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        var findings: [Finding] = []
        for (index, sentence) in text.sentences.enumerated() where !sentence.isQuestion {
            // Count step verbs that open the sentence or follow a joiner ("…, tap network and restart").
            var steps = 0
            var previous: Int? = nil
            for position in sentence.tokens {
                let kind = text.tokens[position].kind
                if kind == .word && text.tokens[position].word.flags.contains(.stepVerb)
                    && (previous.map { joins(text.tokens[$0]) } ?? true)
                {
                    steps += 1
                }
                if kind != .symbol { previous = position }
            }
            guard steps >= 3 else { continue }
            findings.append(
                definition.finding(
                    -6, at: text.wordSpan(ofSentence: index), in: reply,
                    message: "\(steps) steps in one sentence.",
                    advice: "Give each step its own short sentence or a numbered line."))
            if findings.count == 2 { break }
        }
        return findings
    }

    /// True when a token joins two steps: a joining word ("and", "then") or mark (",").
    private func joins(_ token: Token) -> Bool {
        token.word.flags.contains(.stepJoiner) || (token.kind == .punctuation || token.kind == .symbol)
            && CrammedSteps.joiningMarks.contains(token.normalized)
    }

    /// Marks that join steps as a word would.
    private static let joiningMarks: Set<String> = [",", ";", "&"]
}
