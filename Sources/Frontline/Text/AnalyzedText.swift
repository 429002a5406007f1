/// A sentence of an analysed text: its tokens, its span, and what kind of sentence it is.
public struct Sentence: Sendable, Hashable {
    /// The sentence's tokens, as indices into the text's tokens.
    public var tokens: Range<Int>
    /// Where the sentence stands in the original text.
    public var span: TextSpan
    /// The number of word and number tokens.
    public var wordCount: Int
    /// True when the sentence ends with a question mark or opens with a question word.
    public var isQuestion: Bool
    /// True when the sentence is a line of a list ("1. …", "- …", "• …").
    public var isListItem: Bool
}

/// A text split into tokens and sentences, with negation marked, cues matched and readability counted, in linear time.
public final class AnalyzedText: Sendable {
    /// The original text.
    public let text: String
    /// The text's Unicode scalars, which every span indexes.
    public let scalars: [Unicode.Scalar]
    /// The language the text was analysed as.
    public let language: LanguagePack
    /// All tokens in order.
    public let tokens: [Token]
    /// All sentences in order; every token belongs to exactly one.
    public let sentences: [Sentence]
    /// Every cue phrase found, in text order.
    public let cueMatches: [CueMatch]
    /// The counts readability formulas read.
    public let readabilityCounts: ReadabilityCounts
    /// The UTF-8 offset of each scalar offset (one more entry than scalars), so quoting copies bytes directly.
    private let utf8Offsets: [Int32]
    /// Cue matches grouped by cue ordinal.
    private let matchesByCue: [[CueMatch]]
    /// The matches no negation governs, grouped by cue ordinal.
    private let affirmedMatchesByCue: [[CueMatch]]

    /// Analyses `text` as `language`.
    public init(_ text: String, language: LanguagePack) {
        self.text = text
        self.language = language
        // One pass decodes the scalars and notes where each starts in UTF-8.
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        let capacity = text.utf8.count
        scalars.reserveCapacity(capacity)
        offsets.reserveCapacity(capacity + 1)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += Int32(UTF8.width(scalar))
        }
        offsets.append(offset)
        self.scalars = scalars
        self.utf8Offsets = offsets
        var tokens = Tokenizer(folding: language.folding, table: language.tokenTable, words: language.wordTable).tokens(of: scalars)
        let sentences = AnalyzedText.splitSentences(&tokens, language: language)
        AnalyzedText.markNegation(&tokens, language: language)
        self.tokens = tokens
        self.sentences = sentences
        var matches = language.lexicon.matches(in: tokens)
        // A phrase that holds its own negation ("not sure", Danish "jeg er ikke sikker") is not negated by it.
        for index in matches.indices where matches[index].isNegated {
            if tokens[matches[index].tokens].contains(where: { $0.word.flags.contains(.negator) }) {
                matches[index].isNegated = false
            }
        }
        self.cueMatches = matches
        // Each cue's list is allocated once at its final size, and shared with the affirmed lists when no match of
        // the cue is negated.
        var counts = Array(repeating: 0, count: Cue.count)
        for match in matches { counts[match.cue.ordinal] += 1 }
        var grouped = Array(repeating: [CueMatch](), count: Cue.count)
        for (ordinal, count) in counts.enumerated() where count > 0 { grouped[ordinal].reserveCapacity(count) }
        for match in matches { grouped[match.cue.ordinal].append(match) }
        var affirmed = grouped
        for ordinal in grouped.indices where grouped[ordinal].contains(where: \.isNegated) {
            affirmed[ordinal] = grouped[ordinal].filter { !$0.isNegated }
        }
        self.matchesByCue = grouped
        self.affirmedMatchesByCue = affirmed
        self.readabilityCounts = AnalyzedText.count(tokens, sentences: sentences, language: language)
    }

    /// The original words a span covers.
    public func quote(_ span: TextSpan) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        let bytes = Int(utf8Offsets[lower])..<Int(utf8Offsets[upper])
        // Both ends fall on scalar boundaries, so the bytes copy across as they are.
        if let quoted = text.utf8.withContiguousStorageIfAvailable({
            String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self)
        }) {
            return quoted
        }
        let utf8 = text.utf8
        let first = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let last = utf8.index(first, offsetBy: bytes.count)
        return String(text.unicodeScalars[first..<last])
    }

    /// The index of the token at or after a scalar offset (binary search), or nil past the last token.
    public func tokenIndex(atOrAfter offset: Int) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].span.end <= offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count ? low : nil
    }

    /// The index of the sentence a scalar offset falls in (or the next one after it).
    public func sentenceIndex(at offset: Int) -> Int {
        tokenIndex(atOrAfter: offset).map { tokens[$0].sentence } ?? max(0, sentences.count - 1)
    }

    /// The span that covers tokens `range`.
    public func span(ofTokens range: Range<Int>) -> TextSpan {
        guard let first = range.first, let last = range.last else { return TextSpan(start: 0, end: 0) }
        return TextSpan(start: tokens[first].span.start, end: tokens[last].span.end)
    }

    /// The number of word and number tokens.
    public var wordCount: Int { readabilityCounts.words }

    /// True when the text has no words or numbers at all.
    public var isEmpty: Bool { readabilityCounts.words == 0 }

    /// The matches of one cue, optionally leaving out negated ones.
    public func matches(_ cue: Cue, includingNegated: Bool = false) -> [CueMatch] {
        includingNegated ? matchesByCue[cue.ordinal] : affirmedMatchesByCue[cue.ordinal]
    }

    /// The readability estimate by the language's own formula.
    public var readability: ReadabilityEstimate { language.readability.estimate(readabilityCounts) }

    /// The folded words of a sentence, in order.
    public func words(of sentence: Sentence) -> [String] {
        tokens[sentence.tokens].filter(\.isWordLike).map(\.normalized)
    }

    /// The index of the first word-like token of a sentence after list markers and sequence words such as "then".
    public func openingWord(of sentence: Sentence, skipping skip: Set<String>) -> Int? {
        openingWord(of: sentence) { skip.contains($0.normalized) }
    }

    /// The words and numbers just before token `index`, nearest first, at most `limit` of them: the walk stops at a
    /// mark (an apostrophe is none) and does not go below token `floor`.
    func wordIndices(before index: Int, floor: Int = 0, limit: Int) -> [Int] {
        var found: [Int] = []
        var position = index - 1
        while position >= floor && found.count < limit {
            let token = tokens[position]
            position -= 1
            if token.isWordLike {
                found.append(position + 1)
            } else if token.normalized != "'" {
                break
            }
        }
        return found
    }

    /// For every token, whether a word `opens` accepts stands before it in its clause: in the same sentence with no
    /// punctuation between ("*If* you're in danger", "*once* a parcel is handed to the courier"), in one pass.
    public func clausesOpened(by opens: (Token) -> Bool) -> [Bool] {
        var opened = Array(repeating: false, count: tokens.count)
        var isOpen = false
        for index in tokens.indices {
            if index > 0 && tokens[index].sentence != tokens[index - 1].sentence { isOpen = false }
            opened[index] = isOpen
            let token = tokens[index]
            if token.kind == .punctuation && token.normalized != "'" {
                isOpen = false
            } else if opens(token) {
                isOpen = true
            }
        }
        return opened
    }

    /// The index of the first word-like token of a sentence after list markers and words with any of `flags`.
    public func openingWord(of sentence: Sentence, skippingWordsWith flags: WordFlags) -> Int? {
        openingWord(of: sentence) { !$0.word.flags.isDisjoint(with: flags) }
    }

    private func openingWord(of sentence: Sentence, skipping skip: (Token) -> Bool) -> Int? {
        for index in sentence.tokens where tokens[index].isWordLike {
            if tokens[index].kind == .number && sentence.isListItem { continue }
            if skip(tokens[index]) { continue }
            return index
        }
        return nil
    }

    /// The span of a sentence from its first word to its last, leaving out list marks and closing punctuation.
    public func wordSpan(ofSentence index: Int) -> TextSpan {
        var range = sentences[index].tokens
        if sentences[index].isListItem, range.count > 1 {
            // Leave out the list mark: "1." or "-".
            range = range.dropFirst(tokens[range.lowerBound].kind == .number ? 2 : 1)
        }
        guard let first = range.first(where: { tokens[$0].isWordLike }),
            let last = range.last(where: { tokens[$0].isWordLike })
        else { return sentences[index].span }
        return TextSpan(start: tokens[first].span.start, end: tokens[last].span.end)
    }

    /// The first sentence holding, for every group, a word that starts with one of the group's stems (folded here).
    public func sentence(mentioningAll groups: [[String]]) -> Int? {
        let folded = groups.map { $0.map(language.folding.fold) }
        return sentences.indices.first { index in
            let words = self.words(of: sentences[index])
            return folded.allSatisfy { stems in words.contains { word in stems.contains { word.hasPrefix($0) } } }
        }
    }

    /// The span from the start of the clause holding token `index` (after the last comma, colon or dash) to `end`.
    public func clauseSpan(from index: Int, through end: Int) -> TextSpan {
        let sentence = sentences[tokens[index].sentence]
        var start = index
        while start > sentence.tokens.lowerBound {
            let previous = tokens[start - 1]
            if previous.kind == .punctuation && AnalyzedText.clauseMarks.contains(previous.normalized) { break }
            start -= 1
        }
        while start < index && !tokens[start].isWordLike { start += 1 }
        return TextSpan(start: tokens[start].span.start, end: end)
    }

    private static let clauseMarks: Set<String> = [",", ";", ":", "-", "–", "—", "(", ")", "."]

    // MARK: - Sentences

    private static func splitSentences(_ tokens: inout [Token], language: LanguagePack) -> [Sentence] {
        var sentences: [Sentence] = []
        // About one sentence in every dozen tokens; reserving once saves regrowing the list.
        sentences.reserveCapacity(tokens.count / 12 + 2)
        var start = 0
        var index = 0

        func close(at end: Int) {
            guard end > start else { return }
            var words = 0
            for position in start..<end where tokens[position].isWordLike { words += 1 }
            let isList = (tokens[start].startsLine || isInlineListNumber(tokens, at: start))
                && (tokens[start].word.flags.contains(.listBullet)
                || (tokens[start].kind == .number && end - start > 1
                    && AnalyzedText.isListMark(tokens[start + 1].normalized) && tokens[start].normalized.count <= 2))
            var question = false
            for position in start..<end where tokens[position].word.flags.contains(.questionMark) {
                question = true
                break
            }
            if !question, let opener = (start..<end).first(where: { tokens[$0].isWordLike }) {
                let lastToken = tokens[end - 1].normalized
                // "How to read the meter:" introduces a list; it asks nothing.
                question = tokens[opener].word.flags.contains(.questionOpener)
                    && !(lastToken == "." || lastToken == "!" || lastToken == ":")
            }
            for position in start..<end { tokens[position].sentence = sentences.count }
            sentences.append(
                Sentence(
                    tokens: start..<end,
                    span: TextSpan(start: tokens[start].span.start, end: tokens[end - 1].span.end),
                    wordCount: words, isQuestion: question, isListItem: isList))
            start = end
        }

        while index < tokens.count {
            if index > start && tokens[index].startsLine && startsNewLineSentence(tokens, at: index) {
                close(at: index)
            } else if index > start && tokens[index - 1].normalized == ":" && isInlineListNumber(tokens, at: index) {
                close(at: index)  // "How to read the meter: 1. Find the row…" — the list starts a sentence.
            }
            if tokens[index].kind == .punctuation && tokens[index].word.flags.contains(.sentenceEnder)
                && !isAbbreviationStop(tokens, at: index, language: language)
            {
                var end = index + 1
                while end < tokens.count && tokens[end].span.start == tokens[end - 1].span.end
                    && tokens[end].kind == .punctuation
                    && !tokens[end].word.flags.isDisjoint(with: [.sentenceEnder, .closer])
                {
                    end += 1
                }
                close(at: end)
                index = end
                continue
            }
            index += 1
        }
        close(at: tokens.count)
        return sentences
    }

    /// True for the mark after a list number: "1." or "1)".
    private static func isListMark(_ mark: String) -> Bool { mark == "." || mark == ")" }

    /// True for a list number in running text, after a colon or a sentence's end and before a capital:
    /// "…the meter: 1. Find the row. 2. Write them down."
    private static func isInlineListNumber(_ tokens: [Token], at index: Int) -> Bool {
        guard index > 0, index + 2 < tokens.count, tokens[index].kind == .number, tokens[index].normalized.count <= 2,
            isListMark(tokens[index + 1].normalized), tokens[index + 1].span.start == tokens[index].span.end,
            tokens[index + 2].kind == .word, tokens[index + 2].startsUppercase
        else { return false }
        let previous = tokens[index - 1]
        return previous.kind == .punctuation && [":", ".", "!", "?", ";"].contains(previous.normalized)
    }

    /// A line break ends a sentence when a paragraph, a list line or a capitalised line begins.
    private static func startsNewLineSentence(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        if token.startsParagraph || token.word.flags.contains(.listBullet) || token.kind == .number
            || token.kind == .symbol
        {
            return true
        }
        return token.kind == .word && token.startsUppercase
    }

    /// A full stop after an abbreviation, a single letter or a list number does not end a sentence.
    private static func isAbbreviationStop(_ tokens: [Token], at index: Int, language: LanguagePack) -> Bool {
        guard tokens[index].normalized == ".", index > 0 else { return false }
        let previous = tokens[index - 1]
        guard previous.span.end == tokens[index].span.start else { return false }
        if previous.kind == .number && previous.normalized.count <= 2
            && (previous.startsLine || isInlineListNumber(tokens, at: index - 1))
        {
            return true
        }
        guard previous.kind == .word else { return false }
        if previous.word.flags.contains(.abbreviation) { return true }
        // "e.g." is tokenised e . g . — a lower-case single letter glued to stops is part of an abbreviation.
        guard previous.normalized.unicodeScalars.count == 1, !previous.startsUppercase else { return false }
        let gluedAfter = index + 1 < tokens.count && tokens[index + 1].span.start == tokens[index].span.end
        let gluedBefore = index >= 2 && tokens[index - 2].normalized == "."
            && tokens[index - 2].span.end == previous.span.start
        return gluedAfter || gluedBefore
    }

    // MARK: - Negation

    /// Marks tokens that a negator governs: up to three words after it, within the clause.
    private static func markNegation(_ tokens: inout [Token], language: LanguagePack) {
        var remaining = 0
        tokens.withUnsafeMutableBufferPointer { tokens in
            for index in tokens.indices {
                let kind = tokens[index].kind
                if kind == .punctuation {
                    let mark = tokens[index].normalized
                    if mark != "'" && mark != "-" { remaining = 0 }
                    continue
                }
                guard kind == .word || kind == .number else { continue }
                let flags = tokens[index].word.flags
                if flags.contains(.clauseBreaker) {
                    remaining = 0
                    continue
                }
                if remaining > 0 {
                    tokens[index].isNegated = true
                    remaining -= 1
                }
                if flags.contains(.negator) {
                    remaining = 3
                    // Where negation follows the verb, it also reaches back over the clause's last few words.
                    var back = index - 1
                    var reached = 0
                    while back >= 0 && reached < language.negationReachesBack {
                        if tokens[back].kind == .punctuation || tokens[back].word.flags.contains(.clauseBreaker) { break }
                        if tokens[back].isWordLike {
                            tokens[back].isNegated = true
                            reached += 1
                        }
                        back -= 1
                    }
                }
            }
        }
    }

    // MARK: - Counting

    private static func count(_ tokens: [Token], sentences: [Sentence], language: LanguagePack) -> ReadabilityCounts {
        var counts = ReadabilityCounts()
        for index in tokens.indices where tokens[index].isWordLike {
            counts.words += 1
            guard tokens[index].kind == .word else {
                counts.syllables += 1
                continue
            }
            let word = tokens[index].normalized
            let syllables = language.syllables.count(word)
            counts.syllables += syllables
            if word.utf8.count > 6 && word.unicodeScalars.count > 6 { counts.longWords += 1 }
            if syllables >= 3 { counts.polysyllables += 1 }
            if syllables >= 4 { counts.hardWords += 1 }
        }
        counts.sentences = sentences.filter { $0.wordCount > 0 }.count
        return counts
    }
}
