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
/// (`frustrat*` matches "frustrating" and "frustrated"); `#` matches any number; a phrase starting with `^` matches
/// only as the first words of a sentence (`^seriously` is "Seriously, …" but not "we take it seriously"). Words are interned as
/// numbers and phrases share a trie of their words, so matching walks integers rather than comparing strings.
public struct Lexicon: Sendable {
    /// One word of a phrase pattern: an interned exact word, a stem, or any number.
    enum PatternWord: Hashable, Sendable {
        case exact(Int32)
        case prefix(String)
        case number
    }

    /// One node of the trie while it is being built.
    private struct BuildNode {
        var exact: [Int32: Int32] = [:]
        var prefix: [String: Int32] = [:]
        var number: Int32 = -1
        var phrases: [Int32] = []
    }

    /// A node of the compiled trie; its edges and phrases are ranges of the shared flat arrays.
    struct Node: Sendable {
        var exactEdges: Range<Int32> = 0..<0
        var prefixEdges: Range<Int32> = 0..<0
        var number: Int32 = -1
        var phrases: Range<Int32> = 0..<0
    }

    private var nodes: [Node] = []
    /// Exact-word edges of all nodes: the word's id and the child node.
    private var edgeWords: [Int32] = []
    private var edgeTargets: [Int32] = []
    /// Prefix edges of all nodes: the stem's UTF-8 bytes and the child node.
    private var prefixStems: [[UInt8]] = []
    private var prefixTargets: [Int32] = []
    /// The root's exact-word children, indexed by word id.
    private var rootByWord: [Int32] = []
    /// The root's prefix edges, found by the stem's first three letters in an open-addressed table.
    private var stemKeySlots: [UInt64] = []
    private var stemKeyEdges: [Range<Int32>] = []
    private var rootPrefixEdges: [Int32] = []
    /// Phrases ending at each node, flattened.
    private var terminalPhrases: [Int32] = []
    /// For each phrase: its cue's ordinal, its rank among phrases of equal length, and whether it opens sentences only.
    private var phraseCue: [Int32] = []
    private var phraseRank: [Int32] = []
    private var phraseAnchored: [Bool] = []
    private var entries: [String] = []
    private var wordIDs: [String: Int32] = [:]
    /// Shortest stem a prefix pattern may have; shorter ones would match too much.
    static let stemKeyLength = 3

    /// Problems found while compiling, e.g. a prefix pattern too short to index.
    public private(set) var problems: [String] = []

    /// Compiles the phrases of each cue, folding them exactly as analysed text is folded.
    public init(_ entries: [Cue: [String]], folding: TextFolding) {
        var building = [BuildNode()]
        for cue in Cue.allCases {
            for entry in entries[cue] ?? [] {
                let anchored = entry.hasPrefix("^")
                let parts = entry.dropFirst(anchored ? 1 : 0).split(whereSeparator: { $0 == " " || $0 == "-" })
                guard !parts.isEmpty else {
                    problems.append("\(cue.rawValue): empty entry")
                    continue
                }
                var pattern: [PatternWord] = []
                for part in parts {
                    // A comma inside a phrase ("it happens, deal with it") is a mark of its own, as in analysed text.
                    let raw = part.count > 1 && part.hasSuffix(",") ? part.dropLast() : part
                    if raw == "#" {
                        pattern.append(.number)
                    } else if raw.hasSuffix("*") {
                        pattern.append(.prefix(folding.fold(String(raw.dropLast()))))
                    } else {
                        pattern.append(.exact(intern(folding.fold(String(raw)))))
                    }
                    if raw.count < part.count { pattern.append(.exact(intern(","))) }
                }
                if case .prefix(let stem) = pattern[0], Lexicon.stemKey(stem) == nil {
                    problems.append("\(cue.rawValue): stem '\(stem)*' is shorter than \(Lexicon.stemKeyLength) letters")
                    continue
                }
                let index = Int32(phraseCue.count)
                var node = 0
                for word in pattern {
                    let existing: Int32
                    switch word {
                    case .exact(let id): existing = building[node].exact[id] ?? -1
                    case .prefix(let stem): existing = building[node].prefix[stem] ?? -1
                    case .number: existing = building[node].number
                    }
                    if existing >= 0 {
                        node = Int(existing)
                        continue
                    }
                    let child = Int32(building.count)
                    building.append(BuildNode())
                    switch word {
                    case .exact(let id): building[node].exact[id] = child
                    case .prefix(let stem): building[node].prefix[stem] = child
                    case .number: building[node].number = child
                    }
                    node = Int(child)
                }
                building[node].phrases.append(index)
                phraseCue.append(Int32(cue.ordinal))
                phraseAnchored.append(anchored)
                // Equal lengths go to phrases starting with a number, then an exact word, then a stem, in listed order.
                let group: Int32
                switch pattern[0] {
                case .number: group = 0
                case .exact: group = 1
                case .prefix: group = 2
                }
                phraseRank.append(group << 24 | index)
                self.entries.append(entry)
            }
        }
        flatten(building)
    }

    /// Lays the built trie out in flat arrays; edges in a fixed order so compiling is deterministic.
    private mutating func flatten(_ building: [BuildNode]) {
        rootByWord = Array(repeating: -1, count: wordIDs.count)
        var rootByStemKey: [UInt64: [Int32]] = [:]
        for (index, built) in building.enumerated() {
            var node = Node()
            let exact = built.exact.sorted { $0.key < $1.key }
            node.exactEdges = Int32(edgeWords.count)..<Int32(edgeWords.count + exact.count)
            edgeWords.append(contentsOf: exact.map(\.key))
            edgeTargets.append(contentsOf: exact.map(\.value))
            let prefixes = built.prefix.sorted { $0.key < $1.key }
            node.prefixEdges = Int32(prefixStems.count)..<Int32(prefixStems.count + prefixes.count)
            for (stem, target) in prefixes {
                if index == 0, let key = Lexicon.stemKey(stem) { rootByStemKey[key, default: []].append(Int32(prefixStems.count)) }
                prefixStems.append(Array(stem.utf8))
                prefixTargets.append(target)
            }
            node.number = built.number
            node.phrases = Int32(terminalPhrases.count)..<Int32(terminalPhrases.count + built.phrases.count)
            terminalPhrases.append(contentsOf: built.phrases)
            nodes.append(node)
        }
        for (word, target) in building[0].exact { rootByWord[Int(word)] = target }
        var capacity = 16
        while capacity < rootByStemKey.count * 2 { capacity *= 2 }
        stemKeySlots = Array(repeating: 0, count: capacity)
        stemKeyEdges = Array(repeating: 0..<0, count: capacity)
        for (key, edges) in rootByStemKey.sorted(by: { $0.key < $1.key }) {
            var slot = Lexicon.slot(of: key, mask: capacity - 1)
            while stemKeySlots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            stemKeySlots[slot] = key
            stemKeyEdges[slot] = Int32(rootPrefixEdges.count)..<Int32(rootPrefixEdges.count + edges.count)
            rootPrefixEdges.append(contentsOf: edges)
        }
    }

    /// The first slot to probe for a stem key (a key is never 0: it packs three non-zero scalars).
    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The root's prefix edges whose stems begin with the same three letters as a word with stem key `key`.
    @inline(__always)
    private func rootPrefixEdges(forKey key: UInt64) -> Range<Int32> {
        let mask = stemKeySlots.count - 1
        var slot = Lexicon.slot(of: key, mask: mask)
        while stemKeySlots[slot] != 0 {
            if stemKeySlots[slot] == key { return stemKeyEdges[slot] }
            slot = (slot + 1) & mask
        }
        return 0..<0
    }

    /// Every exact phrase word with its interned id.
    var internedWords: [String: Int32] { wordIDs }

    private mutating func intern(_ word: String) -> Int32 {
        if let id = wordIDs[word] { return id }
        let id = Int32(wordIDs.count)
        wordIDs[word] = id
        return id
    }

    /// The first three scalars of a word packed into one number, or nil when the word is shorter.
    private static func stemKey(_ word: String) -> UInt64? {
        var key: UInt64 = 0
        var count = 0
        // ASCII bytes are their own scalars; a word that starts otherwise is decoded.
        for byte in word.utf8 {
            guard byte < 0x80 else { return stemKeyOfScalars(word) }
            key = key << 21 | UInt64(byte)
            count += 1
            if count == stemKeyLength { return key }
        }
        return nil
    }

    private static func stemKeyOfScalars(_ word: String) -> UInt64? {
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
    ///
    /// The tokens should come from text analysed with the language pack that owns this lexicon, which sets their word
    /// ids; tokens from another pack find fewer matches but never fail.
    public func matches(in tokens: [Token]) -> [CueMatch] {
        var found: [CueMatch] = []
        found.reserveCapacity(16)
        let cueCount = Cue.count
        var coveredUntil = Array(repeating: 0, count: cueCount)
        var bestLength = Array(repeating: 0, count: cueCount)
        var bestPhrase = Array(repeating: Int32(-1), count: cueCount)
        var touched: [Int] = []
        // Trie nodes reached so far from this start, with the number of tokens each has consumed.
        var frontier: [(node: Int32, length: Int)] = []
        frontier.reserveCapacity(8)
        // The sentence of the last word met, kept as the loop moves on: a word opens its sentence when none came before
        // it there, found without walking back (a sentence of ten thousand numbers stays linear).
        var wordSentence = -1
        tokens.withUnsafeBufferPointer { tokens in
            for start in tokens.indices where tokens[start].isWordLike {
                let sentence = tokens[start].sentence
                // The sentence's first word, after any bullet, number mark or opening quote.
                let opensSentence = wordSentence != sentence
                if tokens[start].kind == .word { wordSentence = sentence }
                if !frontier.isEmpty { frontier.removeAll(keepingCapacity: true) }
                step(tokens, from: 0, at: start, length: 1, into: &frontier)
                guard !frontier.isEmpty else { continue }
                if !touched.isEmpty { touched.removeAll(keepingCapacity: true) }
                var next = 0
                while next < frontier.count {
                    let (node, length) = frontier[next]
                    next += 1
                    for terminal in nodes[Int(node)].phrases {
                        let phrase = Int(terminalPhrases[Int(terminal)])
                        let cue = Int(phraseCue[phrase])
                        if coveredUntil[cue] > start || (phraseAnchored[phrase] && !opensSentence) { continue }
                        if bestPhrase[cue] < 0 {
                            touched.append(cue)
                        } else if bestLength[cue] > length
                            || (bestLength[cue] == length && phraseRank[Int(bestPhrase[cue])] < phraseRank[phrase])
                        {
                            continue
                        }
                        bestLength[cue] = length
                        bestPhrase[cue] = Int32(phrase)
                    }
                    // A phrase stays within one sentence.
                    let position = start + length
                    if position < tokens.count && tokens[position].sentence == sentence {
                        step(tokens, from: Int(node), at: position, length: length + 1, into: &frontier)
                    }
                }
                touched.sort()
                for cue in touched {
                    let end = start + bestLength[cue]
                    found.append(
                        CueMatch(
                            cue: Cue.byOrdinal[cue], tokens: start..<end,
                            span: TextSpan(start: tokens[start].span.start, end: tokens[end - 1].span.end),
                            isNegated: tokens[start].isNegated, entry: entries[Int(bestPhrase[cue])]))
                    coveredUntil[cue] = end
                    bestPhrase[cue] = -1
                }
            }
        }
        return found
    }

    /// Adds to `frontier` every edge of `node` that token `position` satisfies, with the tokens consumed so far.
    @inline(__always)
    private func step(
        _ tokens: UnsafeBufferPointer<Token>, from node: Int, at position: Int, length: Int,
        into frontier: inout [(node: Int32, length: Int)]
    ) {
        let kind = tokens[position].kind
        // A mark takes part only inside a phrase that lists it ("it happens, deal with it"), never opening one.
        guard kind == .word || kind == .number || (kind == .punctuation && node != 0) else { return }
        // An id from another pack's table is out of range here and matches nothing.
        let raw = tokens[position].word.lexiconID
        let id = raw < rootByWord.count ? raw : -1
        if node == 0 {
            if id >= 0, rootByWord[Int(id)] >= 0 { frontier.append((rootByWord[Int(id)], length)) }
        } else if id >= 0 {
            for edge in nodes[node].exactEdges where edgeWords[Int(edge)] == id {
                frontier.append((edgeTargets[Int(edge)], length))
            }
        }
        if kind == .number {
            if nodes[node].number >= 0 { frontier.append((nodes[node].number, length)) }
            return
        }
        guard kind == .word else { return }
        if node == 0 {
            let word = tokens[position].normalized
            guard let key = Lexicon.stemKey(word) else { return }
            for listed in rootPrefixEdges(forKey: key) {
                let edge = rootPrefixEdges[Int(listed)]
                guard word.utf8.starts(with: prefixStems[Int(edge)]) else { continue }
                frontier.append((prefixTargets[Int(edge)], length))
            }
        } else if !nodes[node].prefixEdges.isEmpty {
            let word = tokens[position].normalized
            for edge in nodes[node].prefixEdges where word.utf8.starts(with: prefixStems[Int(edge)]) {
                frontier.append((prefixTargets[Int(edge)], length))
            }
        }
    }
}
