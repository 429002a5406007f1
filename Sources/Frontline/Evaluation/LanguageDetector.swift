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
    ///
    /// One light pass over the first 2,000 scalars: each short word is lower-cased, folded with and without
    /// diacritics, and looked up in every pack's common words; letters such as ł or ø count double.
    public static func detect(_ text: String) -> LanguagePack? {
        let packs = Languages.all
        guard packs.count > 1 else { return packs.first }
        let raw = TextFolding(removesDiacritics: false)
        let stripping = TextFolding(removesDiacritics: true)
        var scores = Array(repeating: 0.0, count: packs.count)
        var words = 0
        var word = String.UnicodeScalarView()
        var length = 0
        var ascii = true

        func finishWord() {
            guard length > 0 else { return }
            words += 1
            // Common words are short; longer words only count towards the total.
            if length <= 12 {
                let form = String(word)
                let stripped = ascii ? form : stripping.fold(form)
                for (index, pack) in packs.enumerated() {
                    if pack.stopwords.contains(pack.folding.removesDiacritics ? stripped : form) { scores[index] += 1 }
                    if !ascii && form.unicodeScalars.contains(where: { pack.distinctiveLetters.contains($0) }) { scores[index] += 2 }
                }
            }
            word.removeAll(keepingCapacity: true)
            length = 0
            ascii = true
        }

        for scalar in text.unicodeScalars.prefix(2000) {
            let value = scalar.value
            let isLetter = value < 0x80
                ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
                : scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            let isApostrophe = (value == 0x27 || value == 0x2019) && length > 0
            guard isLetter || isApostrophe else {
                finishWord()
                continue
            }
            if value >= 0x80 && !isApostrophe { ascii = false }
            if length <= 12 { raw.append(scalar, to: &word) }
            length += 1
        }
        finishWord()
        guard words > 0, let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] / Double(words) >= 0.15
        else { return nil }
        return packs[best]
    }
}
