/// Takes points for shouting in writing: runs of capital words or stacked exclamation marks.
public struct Shouting: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "shouting",
        name: "Shouting in capitals or exclamation marks",
        dimension: .empathy,
        rationale: "Capitals and piled-up exclamation marks read as shouting at the customer.",
        examples: [
            .triggering("⟦PLEASE LISTEN⟧ to what I say."),
            .triggering("Put the card in⟦!!⟧"),
            .nonTriggering("Your SIM and PIN are in the letter."),
            .nonTriggering("The SMS-SUBMIT PDU carries the sender."),
            .nonTriggering("Great, it works!"),
            .triggering("⟦PROSZĘ SŁUCHAĆ⟧, co mówię.", locale: "pl"),
            .triggering("Proszę włożyć kartę⟦!!⟧", locale: "pl"),
            .nonTriggering("Kod PIN znajdzie Pan w liście z kartą SIM.", locale: "pl"),
            .nonTriggering("Świetnie, działa!", locale: "pl"),
            .triggering("⟦HØR NU EFTER⟧, hvad jeg siger.", locale: "da"),
            .triggering("Sæt kortet i⟦!!⟧", locale: "da"),
            .nonTriggering("Din SIM og PIN står i brevet.", locale: "da"),
            .nonTriggering("Super, det virker!", locale: "da"),
        ]
    )

    /// Six points per run of shouting, twelve at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let tokens = reply.reply.tokens
        var runs: [TextSpan] = []
        var index = 0
        while index < tokens.count {
            // Most tokens are neither capitals nor "!": skip them without copying.
            let kind = tokens[index].kind
            let candidate = kind == .word ? tokens[index].isAllUppercase : kind == .punctuation && tokens[index].normalized == "!"
            guard candidate else {
                index += 1
                continue
            }
            let token = tokens[index]
            if token.kind == .word && token.isAllUppercase && token.normalized.unicodeScalars.count >= 2 {
                var end = index + 1
                while end < tokens.count && tokens[end].kind == .word && tokens[end].isAllUppercase { end += 1 }
                if end - index >= 2 && Shouting.isShouting(tokens[index..<end]) {
                    runs.append(reply.reply.span(ofTokens: index..<end))
                }
                index = end
            } else if token.kind == .punctuation, token.normalized == "!", index + 1 < tokens.count, tokens[index + 1].normalized == "!",
                tokens[index + 1].span.start == token.span.end
            {
                var end = index + 1
                while end < tokens.count && tokens[end].normalized == "!" && tokens[end].span.start == tokens[end - 1].span.end {
                    end += 1
                }
                runs.append(reply.reply.span(ofTokens: index..<end))
                index = end
            } else {
                index += 1
            }
        }
        return runs.prefix(2).map { span in
            definition.finding(
                -6, at: span, in: reply,
                message: "This reads as shouting: “\(reply.reply.quote(span))”.",
                advice: "Use normal capitals and one exclamation mark at most; let the words carry the urgency.")
        }
    }

    /// A run of capitals is shouting when it holds a common word, or longer words that are not everyday acronyms.
    static func isShouting(_ run: ArraySlice<Token>) -> Bool {
        if run.contains(where: { $0.word.flags.contains(.stopword) }) { return true }
        let acronyms = run.contains { $0.word.flags.contains(.everydayAcronym) }
        return !acronyms && run.contains { $0.normalized.unicodeScalars.count >= 5 }
    }
}
