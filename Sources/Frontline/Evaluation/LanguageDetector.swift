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
        if let pack = detect([reply, customer ?? ""]) {
            return Choice(pack: pack, source: "detected")
        }
        return Choice(pack: Languages.fallback, source: "default")
    }

    /// Every pack's common words, each with the packs that know it as written and those that know it stripped of diacritics.
    private static let commonWordsByString: [String: (asWritten: UInt32, stripped: UInt32)] = {
        var table: [String: (asWritten: UInt32, stripped: UInt32)] = [:]
        for (index, pack) in Languages.all.enumerated() {
            for word in pack.stopwords {
                if pack.folding.removesDiacritics {
                    table[word, default: (0, 0)].stripped |= 1 << index
                } else {
                    table[word, default: (0, 0)].asWritten |= 1 << index
                }
            }
        }
        return table
    }()

    /// The same words laid out for lookups by bytes, for ASCII words.
    private static let commonWords = WordTable(commonWordsByString)

    /// The language whose common words and letters make up most of `text`, or nil when none stands out.
    ///
    /// One light pass over the first 2,000 scalars: each short word is lower-cased, folded with and without
    /// diacritics, and looked up in every pack's common words; letters such as ł or ø count double.
    public static func detect(_ text: String) -> LanguagePack? { detect([text]) }

    /// The language of several texts read as one, each on its own line (a reply and the message it answers).
    static func detect(_ texts: [String]) -> LanguagePack? {
        let packs = Languages.all
        guard packs.count > 1 else { return packs.first }
        var tally = WordTally(packs: packs)
        var budget = 2000
        for (index, text) in texts.enumerated() {
            // The texts are read as if joined by line breaks, up to 2,000 scalars in all.
            if index > 0 && budget > 0 {
                tally.read("\n")
                budget -= 1
            }
            let wasRead: Void? = text.utf8.withContiguousStorageIfAvailable { tally.read(utf8: $0, budget: &budget) }
            if wasRead == nil {
                var text = text
                text.withUTF8 { tally.read(utf8: $0, budget: &budget) }
            }
        }
        tally.finishWord()
        let scores = tally.scores
        guard tally.words > 0, let best = scores.indices.max(by: { scores[$0] < scores[$1] }),
            scores[best] / Double(tally.words) >= 0.15
        else { return nil }
        return packs[best]
    }

    /// Each pack's score over the words read so far, built one scalar at a time.
    private struct WordTally {
        let packs: [LanguagePack]
        let raw = TextFolding(removesDiacritics: false)
        let stripping = TextFolding(removesDiacritics: true)
        /// Per pack: one point per common word, two more per word with one of its distinctive letters.
        var scores: [Double]
        var words = 0
        /// The current word's folded UTF-8; plain ASCII letters are lower-cased in place, others folded by `raw`.
        var word: [UInt8] = []
        var scratch = String.UnicodeScalarView()
        var length = 0
        var ascii = true
        var hash = FNV1a.empty

        init(packs: [LanguagePack]) {
            self.packs = packs
            scores = Array(repeating: 0, count: packs.count)
            word.reserveCapacity(64)
        }

        /// Adds the scalars of valid UTF-8 while `budget` lasts, one less per scalar; ASCII is read byte by byte.
        mutating func read(utf8 text: UnsafeBufferPointer<UInt8>, budget: inout Int) {
            var index = 0
            while index < text.count && budget > 0 {
                budget -= 1
                let byte = text[index]
                if byte < 0x80 {
                    index += 1
                    read(ascii: byte)
                    continue
                }
                // A multi-byte scalar: its lead byte gives its length, and the text is valid UTF-8.
                let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (width == 4 ? 0x07 : width == 3 ? 0x0F : 0x1F)
                for offset in 1..<width where index + offset < text.count {
                    value = value << 6 | UInt32(text[index + offset] & 0x3F)
                }
                index += width
                if let scalar = Unicode.Scalar(value) { read(scalar) }
            }
        }

        /// Adds one ASCII character: a letter (lower-cased) or inner apostrophe extends the word, else the word ends.
        @inline(__always)
        mutating func read(ascii byte: UInt8) {
            let lower = byte | 0x20
            let isLetter = lower >= 0x61 && lower <= 0x7A
            guard isLetter || (byte == 0x27 && length > 0) else {
                finishWord()
                return
            }
            if length <= 12 {
                let folded = isLetter ? lower : byte
                word.append(folded)
                hash = FNV1a.adding(folded, to: hash)
            }
            length += 1
        }

        /// Adds one scalar: a letter or inner apostrophe extends the word, anything else ends it.
        mutating func read(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            guard value >= 0x80 else { return read(ascii: UInt8(value)) }
            let isLetter = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            let isApostrophe = value == 0x2019 && length > 0
            guard isLetter || isApostrophe else {
                finishWord()
                return
            }
            if !isApostrophe { ascii = false }
            if length <= 12 {
                raw.append(scalar, to: &scratch)
                for byte in String(scratch).utf8 {
                    word.append(byte)
                    hash = FNV1a.adding(byte, to: hash)
                }
                scratch.removeAll(keepingCapacity: true)
            }
            length += 1
        }

        /// Scores the word read so far, if any, and starts the next.
        mutating func finishWord() {
            guard length > 0 else { return }
            words += 1
            // Common words are short; longer words only count towards the total.
            if length <= 12 {
                // Packs that fold diacritics away know the word stripped; the others know it as written.
                if ascii {
                    let known = LanguageDetector.commonWords.info(bytes: word, hash: hash)
                    let packsKnowing = (known?.asWritten ?? 0) | (known?.stripped ?? 0)
                    for index in packs.indices where packsKnowing & (1 << index) != 0 {
                        scores[index] += 1
                    }
                } else {
                    let form = String(decoding: word, as: UTF8.self)
                    let asWritten = LanguageDetector.commonWordsByString[form]?.asWritten ?? 0
                    let whenStripped = LanguageDetector.commonWordsByString[stripping.fold(form)]?.stripped ?? 0
                    for index in packs.indices {
                        if (asWritten | whenStripped) & (1 << index) != 0 { scores[index] += 1 }
                        if form.unicodeScalars.contains(where: { packs[index].distinctiveLetters.contains($0) }) {
                            scores[index] += 2
                        }
                    }
                }
            }
            if !word.isEmpty { word.removeAll(keepingCapacity: true) }
            length = 0
            ascii = true
            hash = FNV1a.empty
        }
    }
}
