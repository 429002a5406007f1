/// One place where a cue's phrase matched: the token range and whether a negation governs it.
public struct CueMatch: Sendable, Hashable {
    /// The cue whose phrase matched.
    public var cue: Cue
    /// The matched tokens, as indices into the analysed text's tokens.
    public var tokens: Range<Int>
    /// Where the phrase stands in the original text.
    public var span: TextSpan
    /// True when a negation governs the phrase ("I do not understand").
    public var isNegated: Bool
    /// The lexicon entry that matched, as written in the language pack.
    public var entry: String
}

/// A compiled set of cue phrases that finds all matches in a token list in linear time.
///
/// A phrase is written as words separated by spaces. A word ending in `*` matches any word it begins
/// (`frustrat*` matches "frustrating" and "frustrated"); `#` matches any number.
public struct Lexicon: Sendable {
    /// One word of a phrase pattern.
    enum PatternWord: Sendable, Hashable {
        case exact(String)
        case prefix(String)
        case number
    }

    struct Phrase: Sendable {
        var cue: Cue
        var words: [PatternWord]
        var entry: String
    }

    private var phrases: [Phrase] = []
    private var byExactFirst: [String: [Int]] = [:]
    private var byPrefixFirst: [String: [Int]] = [:]
    private var numberFirst: [Int] = []
    /// Shortest stem a prefix pattern may have; shorter ones would match too much.
    static let stemKeyLength = 3

    /// Problems found while compiling, e.g. a prefix pattern too short to index.
    public private(set) var problems: [String] = []

    /// Compiles the phrases of each cue, folding them exactly as analysed text is folded.
    public init(_ entries: [Cue: [String]], folding: TextFolding) {
        for cue in Cue.allCases {
            for entry in entries[cue] ?? [] {
                let words = entry.split(whereSeparator: { $0 == " " || $0 == "-" }).map { raw -> PatternWord in
                    if raw == "#" { return .number }
                    if raw.hasSuffix("*") { return .prefix(folding.fold(String(raw.dropLast()))) }
                    return .exact(folding.fold(String(raw)))
                }
                guard let first = words.first else {
                    problems.append("\(cue.rawValue): empty entry")
                    continue
                }
                let index = phrases.count
                phrases.append(Phrase(cue: cue, words: words, entry: entry))
                switch first {
                case .exact(let word):
                    byExactFirst[word, default: []].append(index)
                case .prefix(let stem):
                    guard stem.unicodeScalars.count >= Lexicon.stemKeyLength else {
                        problems.append("\(cue.rawValue): stem '\(stem)*' is shorter than \(Lexicon.stemKeyLength) letters")
                        phrases.removeLast()
                        continue
                    }
                    byPrefixFirst[Lexicon.stemKey(stem), default: []].append(index)
                case .number:
                    numberFirst.append(index)
                }
            }
        }
    }

    private static func stemKey(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.prefix(stemKeyLength)))
    }

    private func matches(_ pattern: PatternWord, _ token: Token) -> Bool {
        switch pattern {
        case .exact(let word): return token.isWordLike && token.normalized == word
        case .prefix(let stem): return token.kind == .word && token.normalized.hasPrefix(stem)
        case .number: return token.kind == .number
        }
    }

    /// Every match in `tokens`, per cue the longest at each place without overlaps, in text order.
    public func matches(in tokens: [Token]) -> [CueMatch] {
        var found: [CueMatch] = []
        var coveredUntil: [Cue: Int] = [:]
        var candidates: [Int] = []
        for start in tokens.indices {
            let token = tokens[start]
            guard token.isWordLike else { continue }
            candidates.removeAll(keepingCapacity: true)
            if token.kind == .number { candidates.append(contentsOf: numberFirst) }
            if let exact = byExactFirst[token.normalized] { candidates.append(contentsOf: exact) }
            if token.normalized.unicodeScalars.count >= Lexicon.stemKeyLength,
                let prefixed = byPrefixFirst[Lexicon.stemKey(token.normalized)]
            {
                candidates.append(contentsOf: prefixed)
            }
            guard !candidates.isEmpty else { continue }
            var best: [Cue: (length: Int, phrase: Int)] = [:]
            for phraseIndex in candidates {
                let phrase = phrases[phraseIndex]
                if let until = coveredUntil[phrase.cue], until > start { continue }
                let length = phrase.words.count
                guard start + length <= tokens.count else { continue }
                var matched = true
                for offset in 0..<length where !matches(phrase.words[offset], tokens[start + offset]) {
                    matched = false
                    break
                }
                guard matched else { continue }
                // A phrase stays within one sentence.
                if tokens[start + length - 1].sentence != token.sentence { continue }
                if let current = best[phrase.cue], current.length >= length { continue }
                best[phrase.cue] = (length, phraseIndex)
            }
            for cue in Cue.allCases {
                guard let (length, phraseIndex) = best[cue] else { continue }
                let end = start + length
                found.append(
                    CueMatch(
                        cue: cue, tokens: start..<end,
                        span: TextSpan(start: token.span.start, end: tokens[end - 1].span.end),
                        isNegated: token.isNegated, entry: phrases[phraseIndex].entry))
                coveredUntil[cue] = end
            }
        }
        return found
    }
}
