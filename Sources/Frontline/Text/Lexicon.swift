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
/// (`frustrat*` matches "frustrating" and "frustrated"); `#` matches any number. Words are interned as
/// numbers when compiled, so matching compares integers rather than strings.
public struct Lexicon: Sendable {
    /// One word of a phrase pattern: an interned exact word, a stem, or any number.
    struct PatternWord: Sendable {
        enum Kind: UInt8, Sendable { case exact, prefix, number }
        var kind: Kind
        /// The word's id for `.exact`, the index into `stems` for `.prefix`.
        var id: Int32
    }

    struct Phrase: Sendable {
        var cue: Cue
        var ordinal: Int
        var firstWord: Int
        var length: Int
        var entry: String
    }

    private var phrases: [Phrase] = []
    private var words: [PatternWord] = []
    private var stems: [String] = []
    private var wordIDs: [String: Int32] = [:]
    private var byFirstWord: [[Int32]] = []
    private var byPrefixFirst: [UInt64: [Int32]] = [:]
    private var numberFirst: [Int32] = []
    /// Shortest stem a prefix pattern may have; shorter ones would match too much.
    static let stemKeyLength = 3

    /// Problems found while compiling, e.g. a prefix pattern too short to index.
    public private(set) var problems: [String] = []

    /// Compiles the phrases of each cue, folding them exactly as analysed text is folded.
    public init(_ entries: [Cue: [String]], folding: TextFolding) {
        for cue in Cue.allCases {
            for entry in entries[cue] ?? [] {
                let parts = entry.split(whereSeparator: { $0 == " " || $0 == "-" })
                guard !parts.isEmpty else {
                    problems.append("\(cue.rawValue): empty entry")
                    continue
                }
                var pattern: [PatternWord] = []
                for raw in parts {
                    if raw == "#" {
                        pattern.append(PatternWord(kind: .number, id: -1))
                    } else if raw.hasSuffix("*") {
                        pattern.append(PatternWord(kind: .prefix, id: Int32(stems.count)))
                        stems.append(folding.fold(String(raw.dropLast())))
                    } else {
                        pattern.append(PatternWord(kind: .exact, id: intern(folding.fold(String(raw)))))
                    }
                }
                let index = Int32(phrases.count)
                let first = pattern[0]
                switch first.kind {
                case .exact:
                    byFirstWord[Int(first.id)].append(index)
                case .prefix:
                    let stem = stems[Int(first.id)]
                    guard let key = Lexicon.stemKey(stem) else {
                        problems.append("\(cue.rawValue): stem '\(stem)*' is shorter than \(Lexicon.stemKeyLength) letters")
                        continue
                    }
                    byPrefixFirst[key, default: []].append(index)
                case .number:
                    numberFirst.append(index)
                }
                phrases.append(
                    Phrase(cue: cue, ordinal: cue.ordinal, firstWord: words.count, length: pattern.count, entry: entry))
                words.append(contentsOf: pattern)
            }
        }
    }

    private mutating func intern(_ word: String) -> Int32 {
        if let id = wordIDs[word] { return id }
        let id = Int32(byFirstWord.count)
        wordIDs[word] = id
        byFirstWord.append([])
        return id
    }

    /// The first three scalars of a word packed into one number, or nil when the word is shorter.
    private static func stemKey(_ word: String) -> UInt64? {
        var key: UInt64 = 0
        var count = 0
        for scalar in word.unicodeScalars {
            key = key << 21 | UInt64(scalar.value)
            count += 1
            if count == stemKeyLength { return key }
        }
        return nil
    }

    /// Every match in `tokens`, per cue the longest at each place without overlaps, in text order.
    public func matches(in tokens: [Token]) -> [CueMatch] {
        // Intern each token once; -1 marks words no exact pattern uses.
        let ids: [Int32] = tokens.map { $0.isWordLike ? (wordIDs[$0.normalized] ?? -1) : -1 }
        var found: [CueMatch] = []
        let cues = Cue.allCases
        var coveredUntil = Array(repeating: 0, count: cues.count)
        var bestLength = Array(repeating: 0, count: cues.count)
        var bestPhrase = Array(repeating: -1, count: cues.count)
        var touched: [Int] = []
        var candidates: [Int32] = []
        tokens.withUnsafeBufferPointer { tokens in
            for start in tokens.indices where tokens[start].isWordLike {
                candidates.removeAll(keepingCapacity: true)
                if tokens[start].kind == .number { candidates.append(contentsOf: numberFirst) }
                if ids[start] >= 0 { candidates.append(contentsOf: byFirstWord[Int(ids[start])]) }
                if tokens[start].kind == .word, let key = Lexicon.stemKey(tokens[start].normalized),
                    let prefixed = byPrefixFirst[key]
                {
                    candidates.append(contentsOf: prefixed)
                }
                guard !candidates.isEmpty else { continue }
                touched.removeAll(keepingCapacity: true)
                let sentence = tokens[start].sentence
                for candidate in candidates {
                    let phraseIndex = Int(candidate)
                    let cue = phrases[phraseIndex].ordinal
                    if coveredUntil[cue] > start { continue }
                    let length = phrases[phraseIndex].length
                    guard start + length <= tokens.count else { continue }
                    let first = phrases[phraseIndex].firstWord
                    var matched = true
                    for offset in 0..<length {
                        let pattern = words[first + offset]
                        let position = start + offset
                        let ok: Bool
                        switch pattern.kind {
                        case .exact: ok = ids[position] == pattern.id
                        case .number: ok = tokens[position].kind == .number
                        case .prefix:
                            ok = tokens[position].kind == .word && tokens[position].normalized.utf8.starts(with: stems[Int(pattern.id)].utf8)
                        }
                        if !ok {
                            matched = false
                            break
                        }
                    }
                    // A phrase stays within one sentence.
                    guard matched, tokens[start + length - 1].sentence == sentence else { continue }
                    if bestPhrase[cue] < 0 { touched.append(cue) } else if bestLength[cue] >= length { continue }
                    bestLength[cue] = length
                    bestPhrase[cue] = phraseIndex
                }
                touched.sort()
                for cue in touched {
                    let end = start + bestLength[cue]
                    found.append(
                        CueMatch(
                            cue: cues[cue], tokens: start..<end,
                            span: TextSpan(start: tokens[start].span.start, end: tokens[end - 1].span.end),
                            isNegated: tokens[start].isNegated, entry: phrases[bestPhrase[cue]].entry))
                    coveredUntil[cue] = end
                    bestPhrase[cue] = -1
                }
            }
        }
        return found
    }
}
