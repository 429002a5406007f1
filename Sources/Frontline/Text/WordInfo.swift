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
