/// Makes hostile text from a seed, for fuzzing graders: control characters, combining marks, emoji, right-to-left runs, huge words.
public struct HostileTextGenerator: Sendable {
    var generator: SeededRandom

    /// Creates a generator; the same seed always gives the same texts.
    public init(seed: UInt64) { generator = SeededRandom(seed: seed) }

    /// Fragments that hostile texts are built from.
    static let pieces: [String] = [
        "sorry", "I understand", "obviously", "First,", "then", "I'll call", "?", "!!", "...", "\n", "\n\n", "\t",
        "\u{0}", "\u{7}", "\u{1B}[31m", "\u{301}", "\u{308}\u{301}", "e\u{301}", "👩‍👩‍👧‍👦", "👍🏽", "🇵🇱", "❤️",
        "مرحبا", "\u{200F}", "\u{202E}", "שלום", "ł", "ø", "æ", "Å", "ß", "ǅ", "İ", "\u{FEFF}", "\u{200D}",
        "\u{2028}", "-", "−20", "3.5", "1.", "•", "«", "»", "⟦", "⟧", "’", "“", "\"", "'", "(", ")", "APN",
        "SHOUT", "you should have", "can't", "but", "not", "日本語", "한국어", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", " ", "  ", "#", "%",
    ]

    /// The next hostile text.
    public mutating func next() -> String {
        let kind = Int.random(in: 0..<10, using: &generator)
        switch kind {
        case 0: return ""
        case 1:
            // One very long word.
            return String(repeating: "a", count: Int.random(in: 1_000...20_000, using: &generator))
        case 2:
            // Random scalars from the whole Unicode range that Swift strings can hold.
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...200, using: &generator) {
                let value = UInt32.random(in: 0...0x10FFFF, using: &generator)
                if let scalar = Unicode.Scalar(value) { view.append(scalar) }
            }
            return String(view)
        default:
            var text = ""
            for _ in 0..<Int.random(in: 1...80, using: &generator) {
                text += HostileTextGenerator.pieces.randomElement(using: &generator)!
                if Bool.random(using: &generator) { text += " " }
            }
            return text
        }
    }

    /// A seeded coin flip.
    public mutating func coinFlip() -> Bool { Bool.random(using: &generator) }
}
