/// What a language pack knows about one folded word or mark, looked up once per token so analysis never hashes it again.
public struct WordFlags: OptionSet, Sendable, Hashable {
    /// The flags as bits.
    public let rawValue: UInt32

    /// Creates flags from their bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// A word that negates what follows ("not", "never").
    public static let negator = WordFlags(rawValue: 1 << 0)
    /// A word that ends a negation's reach ("but").
    public static let clauseBreaker = WordFlags(rawValue: 1 << 1)
    /// An abbreviation whose full stop does not end a sentence.
    public static let abbreviation = WordFlags(rawValue: 1 << 2)
    /// A very common word that says nothing about the topic.
    public static let stopword = WordFlags(rawValue: 1 << 3)
    /// A word that opens a question even without a question mark.
    public static let questionOpener = WordFlags(rawValue: 1 << 4)
    /// A word that addresses the customer ("you").
    public static let secondPerson = WordFlags(rawValue: 1 << 5)
    /// A word that may stand between a commitment and its verb ("I'll *just* check").
    public static let commitmentSkip = WordFlags(rawValue: 1 << 6)
    /// A word that joins steps in one sentence ("and", "then").
    public static let stepJoiner = WordFlags(rawValue: 1 << 7)
    /// A word after "I'll" that is not an action ("be").
    public static let nonAction = WordFlags(rawValue: 1 << 8)
    /// A word that may stand before a step verb ("please", "then").
    public static let stepOpener = WordFlags(rawValue: 1 << 9)
    /// A verb that opens a step the customer is asked to take ("switch", "restart").
    public static let stepVerb = WordFlags(rawValue: 1 << 10)
    /// A word that ends the clause an action stands in ("and", "because").
    public static let clauseEnder = WordFlags(rawValue: 1 << 11)
    /// A mark that ends a sentence (".", "?", "!").
    public static let sentenceEnder = WordFlags(rawValue: 1 << 12)
    /// A closing quote or bracket that may follow a sentence's end.
    public static let closer = WordFlags(rawValue: 1 << 13)
    /// A mark that opens a line of a list ("-", "•").
    public static let listBullet = WordFlags(rawValue: 1 << 14)
    /// A question mark.
    public static let questionMark = WordFlags(rawValue: 1 << 15)
    /// A common acronym a non-technical customer knows (SIM, PIN).
    public static let everydayAcronym = WordFlags(rawValue: 1 << 16)
    /// A word that lets a following feeling word name a feeling ("is", "so", "your"): "is frightening", "your worry".
    public static let feelingLicensor = WordFlags(rawValue: 1 << 17)
    /// A first-person word ("I", "we", "let"), for telling a personal commitment from a passive report.
    public static let firstPerson = WordFlags(rawValue: 1 << 18)
    /// A word that opens a condition before a step ("*If* it still fails, restart the phone").
    public static let conditionalOpener = WordFlags(rawValue: 1 << 19)
}

/// The facts about one folded token: its flags and its id in the language's lexicon (-1 when no phrase uses it).
public struct WordInfo: Sendable, Hashable {
    /// The word's flags.
    public var flags: WordFlags
    /// The word's interned id in the lexicon, or -1 when no exact phrase word is this word.
    public var lexiconID: Int32

    /// A token nothing is known about.
    public static let unknown = WordInfo(flags: [], lexiconID: -1)
}

extension LanguagePack {
    /// Builds the table of everything the pack knows per folded word, from its word sets, its lexicon and shared marks.
    static func wordTable(
        sets: [(WordFlags, Set<String>)], lexicon: Lexicon
    ) -> [String: WordInfo] {
        var table: [String: WordInfo] = [:]
        for (word, id) in lexicon.internedWords {
            table[word] = WordInfo(flags: [], lexiconID: id)
        }
        let marks: [(WordFlags, Set<String>)] = [
            (.sentenceEnder, [".", "!", "?", "…", "。", "！", "？", "‼", "⁉", "⁈"]),
            (.closer, ["\"", "'", ")", "]", "»", "”", "’"]),
            (.listBullet, ["-", "•", "*", "–", "—", "·", "▪", "◦", "‣"]),
            (.questionMark, ["?"]),
        ]
        for (flag, words) in sets + marks {
            for word in words {
                table[word, default: .unknown].flags.insert(flag)
            }
        }
        return table
    }
}

/// A fixed table from folded words to what is known of them, hashed with FNV-1a over UTF-8 so that code that already
/// walks a word's bytes can look it up for a few nanoseconds.
///
/// Keys are compared byte for byte, so it is for ASCII words; other words go through a `Dictionary`, which treats
/// canonically equivalent spellings ("å" as one scalar or two) as one word.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [String]
    private var hashes: [UInt64]
    private var values: [Value?]
    private var occupied: [Bool]
    private let mask: Int

    /// Builds the table from a dictionary; words go in sorted order so the layout is the same on every run.
    init(_ entries: [String: Value]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        keys = Array(repeating: "", count: capacity)
        hashes = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        occupied = Array(repeating: false, count: capacity)
        mask = capacity - 1
        for (word, info) in entries.sorted(by: { $0.key < $1.key }) {
            let hash = FNV1a.hash(word.utf8)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while occupied[slot] { slot = (slot + 1) & mask }
            keys[slot] = word
            hashes[slot] = hash
            values[slot] = info
            occupied[slot] = true
        }
    }

    /// What is known of the word spelt by `bytes` (UTF-8), whose FNV-1a hash the caller has worked out; nil when nothing is.
    @inline(__always)
    func info(bytes: [UInt8], hash: UInt64) -> Value? {
        value(forHash: hash) { key in
            guard key.utf8.count == bytes.count else { return false }
            return key.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) } ?? key.utf8.elementsEqual(bytes)
        }
    }

    /// What is known of `word`, whose FNV-1a hash over its UTF-8 the caller has worked out; nil when nothing is.
    ///
    /// The same lookup as `info(bytes:hash:)`, comparing whole strings, which is one comparison for short words.
    @inline(__always)
    func info(word: String, hash: UInt64) -> Value? {
        value(forHash: hash) { $0 == word }
    }

    /// The value of the key with `hash` that `isKey` accepts; hashes are compared first, so keys rarely are.
    @inline(__always)
    private func value(forHash hash: UInt64, where isKey: (String) -> Bool) -> Value? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while occupied[slot] {
            if hashes[slot] == hash && isKey(keys[slot]) { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// The FNV-1a hash of UTF-8 bytes, fed whole or one byte at a time as a tokenizer walks a word.
enum FNV1a {
    /// The hash of no bytes.
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash after one more byte.
    @inline(__always)
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// The hash of a whole sequence of bytes.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(empty) { adding($1, to: $0) }
    }
}
