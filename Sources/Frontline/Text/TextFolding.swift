/// How a token is folded for matching: always lower-cased with curly quotes straightened, optionally without diacritics.
public struct TextFolding: Sendable, Hashable {
    /// True when diacritics are removed ("proszę" matches "prosze"); false keeps letters such as æ, ø and å.
    public var removesDiacritics: Bool

    /// Creates a folding rule.
    public init(removesDiacritics: Bool) {
        self.removesDiacritics = removesDiacritics
    }

    /// Appends the folded form of one scalar to `output`; marks and invisible format characters fold to nothing.
    @inline(__always)
    func append(_ scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A {
                output.append(Unicode.Scalar(value + 32)!)
            } else {
                output.append(scalar)
            }
            return
        }
        switch value {
        case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4:
            output.append("'")
            return
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB:
            output.append("\"")
            return
        default:
            break
        }
        let category = scalar.properties.generalCategory
        if category == .format { return }
        if category == .nonspacingMark || category == .enclosingMark {
            if removesDiacritics { return }
            output.append(scalar)
            return
        }
        let lowered = scalar.properties.lowercaseMapping.unicodeScalars
        for lower in lowered {
            if removesDiacritics, let base = TextFolding.baseLetters[lower.value] {
                output.append(contentsOf: base.unicodeScalars)
            } else {
                output.append(lower)
            }
        }
    }

    /// Folds a whole string, e.g. a lexicon entry, exactly as tokens of analysed text are folded.
    public func fold(_ text: String) -> String {
        // Plain ASCII only needs its capitals lowered, which is all `append` does to it.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            append(scalar, to: &output)
        }
        return String(output)
    }

    /// Lower-case Latin letters with diacritics mapped to their base letters (Latin-1 and Latin Extended-A).
    static let baseLetters: [UInt32: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
            ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
            ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"),
            ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"), ("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("þ", "th"),
            ("ð", "d"),
        ]
        var table: [UInt32: String] = [:]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars {
                table[scalar.value] = base
            }
        }
        return table
    }()
}

extension String {
    /// True when the string has three or more Unicode scalars, found without counting them all.
    var hasAtLeastThreeScalars: Bool {
        var scalars = 0
        for byte in utf8 where byte & 0xC0 != 0x80 {
            scalars += 1
            if scalars == 3 { return true }
        }
        return false
    }
}
