/// An unknown language code, with the codes Frontline does know.
public struct LocaleError: Error, Equatable, CustomStringConvertible {
    /// The code that was asked for.
    public var code: String

    /// Creates the error for a code.
    public init(code: String) { self.code = code }

    /// The message shown to the user.
    public var description: String {
        "unknown locale '\(code)'; known locales: \(Languages.all.map(\.code).joined(separator: ", "))"
    }
}

/// Chooses the language to grade in: the one given, else the one the text reads as, else English.
public enum LanguageDetector {
    /// How a language was chosen, with the pack.
    public struct Choice: Sendable {
        /// The chosen language pack.
        public var pack: LanguagePack
        /// "given", "detected" or "default".
        public var source: String
    }

    /// The language for a reply: `locale` when given (an error when unknown), else detected from the texts.
    public static func choose(locale: String?, for reply: String, customer: String?) throws(LocaleError) -> Choice {
        if let locale, !locale.isEmpty {
            guard let pack = Languages.pack(for: locale) else { throw LocaleError(code: locale) }
            return Choice(pack: pack, source: "given")
        }
        if let pack = detect(reply + "\n" + (customer ?? "")) {
            return Choice(pack: pack, source: "detected")
        }
        return Choice(pack: Languages.fallback, source: "default")
    }

    /// The language whose common words and letters make up most of `text`, or nil when none stands out.
    public static func detect(_ text: String) -> LanguagePack? {
        guard Languages.all.count > 1 else { return Languages.all.first }
        var best: (pack: LanguagePack, score: Double)?
        // Only the first few thousand scalars matter for telling languages apart.
        let sample = String(String.UnicodeScalarView(text.unicodeScalars.prefix(4000)))
        for pack in Languages.all {
            let tokens = Tokenizer(folding: TextFolding(removesDiacritics: false)).tokens(of: Array(sample.unicodeScalars))
            let words = tokens.filter { $0.kind == .word }
            guard !words.isEmpty else { continue }
            let hits = words.filter { pack.stopwords.contains(pack.folding.fold($0.normalized)) }.count
            let letters = words.filter { word in word.normalized.unicodeScalars.contains { pack.distinctiveLetters.contains($0) } }
                .count
            let score = (Double(hits) + 2 * Double(letters)) / Double(words.count)
            if score > (best?.score ?? 0) { best = (pack, score) }
        }
        guard let best, best.score >= 0.15 else { return nil }
        return best.pack
    }
}
