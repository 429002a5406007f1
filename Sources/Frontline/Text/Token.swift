/// What kind of thing a token is: a word, a number, punctuation, or another symbol such as an emoji.
public enum TokenKind: String, Codable, Sendable {
    /// Letters, possibly with inner apostrophes and digits ("don't", "4G").
    case word
    /// Digits, possibly signed or with inner separators ("-20", "3.5", "10:30").
    case number
    /// Punctuation such as `.`, `?`, `,` or a bracket.
    case punctuation
    /// Any other visible symbol: emoji, currency, `%`, arrows.
    case symbol
}

/// One token of an analysed text, with its place in the original and its folded form for matching.
public struct Token: Sendable, Hashable {
    /// What kind of token this is.
    public var kind: TokenKind {
        didSet { isWordLike = Token.isWordLike(kind) }
    }
    /// Where the token stands in the original text.
    public var span: TextSpan
    /// The token lower-cased with quotes (and, where the language wants it, diacritics) folded, for matching.
    public var normalized: String
    /// The index of the sentence the token belongs to.
    public var sentence: Int = 0
    /// True when the token is the first on its line.
    public var startsLine: Bool = false
    /// True when a blank line stands before the token.
    public var startsParagraph: Bool = false
    /// True when the token's first letter is upper case in the original text.
    public var startsUppercase: Bool = false
    /// True when the token has at least two letters and all of them are upper case ("SIM", "NOW").
    public var isAllUppercase: Bool = false
    /// The number of upper-case letters in the original word, up to 255; acronyms have two or more.
    public var capitals: UInt8 = 0
    /// True when a negation word governs this token ("I do *not* understand").
    public var isNegated: Bool = false
    /// What the language pack knows about the token's folded form.
    public var word: WordInfo = .unknown

    /// True for words and numbers, the tokens phrases are made of.
    ///
    /// Stored rather than worked out from `kind`, so reading it from a token in an array copies nothing.
    public private(set) var isWordLike: Bool

    /// Creates a token of `kind` at `span` with its folded form; the other facts are filled in by analysis.
    init(kind: TokenKind, span: TextSpan, normalized: String) {
        self.kind = kind
        self.span = span
        self.normalized = normalized
        isWordLike = Token.isWordLike(kind)
    }

    /// Whether tokens of `kind` are words or numbers.
    private static func isWordLike(_ kind: TokenKind) -> Bool { kind == .word || kind == .number }
}
