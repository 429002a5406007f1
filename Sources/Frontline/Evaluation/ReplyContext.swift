/// A reply prepared for grading: its analysis, the customer's message it answers, and facts several criteria share.
public struct ReplyContext: Sendable {
    /// The analysed reply.
    public let reply: AnalyzedText
    /// The analysed customer message, when one was given.
    public let customer: AnalyzedText?
    /// The language both are analysed in.
    public var language: LanguagePack { reply.language }
    /// Sentences of the reply that ask the customer to do something ("Switch the phone off.").
    public let stepSentences: [Int]
    /// Places where the agent commits to an action ("I'll order a taxi"), from the commitment to the action verb.
    public let commitments: [TextSpan]
    /// Word stems of the customer's message that carry its details (not stopwords), for judging specificity.
    public let customerDetails: Set<String>
    /// Word stems of the customer's questions, when they asked any.
    public let customerQuestionDetails: Set<String>
    /// True when the customer used technical terms themselves, so the same terms are fine to use back.
    public let customerIsTechnical: Bool

    /// Words that may stand before a step verb without changing that the sentence is a step.
    static let stepOpeners: Set<String> = [
        "please", "just", "now", "and", "so", "then", "first", "firstly", "next", "finally", "lastly", "also",
        "simply", "kindly", "second", "secondly", "third", "after", "that", "once", "done", "ok", "okay",
        "step", "right", "great", "good",
    ]

    /// Prepares a reply for grading, with the customer's message as context when there is one.
    public init(reply: String, customer: String?, language: LanguagePack) {
        let analyzed = AnalyzedText(reply, language: language)
        self.reply = analyzed
        let customerText = customer.flatMap { $0.isEmpty ? nil : AnalyzedText($0, language: language) }
        self.customer = customerText

        let stepVerbs = Set(language.phrases(for: .stepVerb).map(language.folding.fold))
        let openers = ReplyContext.stepOpeners.union(language.phrases(for: .sequenceMarker).map(language.folding.fold))
        stepSentences = analyzed.sentences.indices.filter { index in
            let sentence = analyzed.sentences[index]
            guard !sentence.isQuestion,
                let opening = analyzed.openingWord(of: sentence, skipping: openers)
            else { return false }
            return stepVerbs.contains(analyzed.tokens[opening].normalized)
        }

        var commitments: [TextSpan] = []
        let actions = analyzed.matches(.agentAction)
        var actionCursor = 0
        for commitment in analyzed.matches(.commitment) {
            while actionCursor < actions.count && actions[actionCursor].tokens.lowerBound < commitment.tokens.upperBound {
                actionCursor += 1
            }
            guard actionCursor < actions.count else { break }
            let action = actions[actionCursor]
            let gap = action.tokens.lowerBound - commitment.tokens.upperBound
            let sameSentence = analyzed.tokens[action.tokens.lowerBound].sentence
                == analyzed.tokens[commitment.tokens.lowerBound].sentence
            if gap <= 3 && sameSentence {
                commitments.append(commitment.span.union(action.span))
            }
        }
        self.commitments = commitments

        if let customerText {
            customerDetails = ReplyContext.detailStems(of: customerText, tokens: customerText.tokens.indices)
            var questionStems: Set<String> = []
            for sentence in customerText.sentences where sentence.isQuestion {
                questionStems.formUnion(ReplyContext.detailStems(of: customerText, tokens: sentence.tokens))
            }
            customerQuestionDetails = questionStems
            customerIsTechnical = !customerText.matches(.jargon).isEmpty
        } else {
            customerDetails = []
            customerQuestionDetails = []
            customerIsTechnical = false
        }
    }

    /// The stem a word is compared by: its first letters, so "ported" and "porting" are one family.
    public func stem(_ word: String) -> String {
        ReplyContext.stem(word, length: language.stemLength)
    }

    static func stem(_ word: String, length: Int) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.prefix(length)))
    }

    /// Stems of the content words among `tokens` of `text`: no stopwords, at least three letters, or any number.
    static func detailStems(of text: AnalyzedText, tokens range: Range<Int>) -> Set<String> {
        var stems: Set<String> = []
        for token in text.tokens[range] where token.isWordLike {
            if token.kind == .number {
                stems.insert(token.normalized)
                continue
            }
            guard token.normalized.unicodeScalars.count >= 3, !text.language.stopwords.contains(token.normalized)
            else { continue }
            stems.insert(stem(token.normalized, length: text.language.stemLength))
        }
        return stems
    }

    /// The reply's tokens in a sentence that reuse details of the customer's message.
    public func detailTokens(inSentence index: Int, among details: Set<String>? = nil) -> [Int] {
        let wanted = details ?? customerDetails
        guard !wanted.isEmpty else { return [] }
        let sentence = reply.sentences[index]
        return sentence.tokens.filter { position in
            let token = reply.tokens[position]
            guard token.isWordLike else { return false }
            if token.kind == .number { return wanted.contains(token.normalized) }
            guard token.normalized.unicodeScalars.count >= 3, !language.stopwords.contains(token.normalized)
            else { return false }
            return wanted.contains(stem(token.normalized))
        }
    }

    /// The index of the sentence a span starts in.
    public func sentenceIndex(of span: TextSpan) -> Int {
        reply.tokens.first { $0.span.start >= span.start }?.sentence ?? max(0, reply.sentences.count - 1)
    }

    /// The whole sentence a token index belongs to, as a span.
    public func sentenceSpan(_ index: Int) -> TextSpan { reply.sentences[index].span }

    /// True when the reply proposes something concrete: a step for the customer or an action by the agent.
    public var hasNextStep: Bool { !stepSentences.isEmpty || !commitments.isEmpty }
}
