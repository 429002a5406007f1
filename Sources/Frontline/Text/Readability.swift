/// How hard a text is to read, by a formula that fits its language, with a school-grade estimate that all languages share.
public struct ReadabilityEstimate: Codable, Hashable, Sendable {
    /// The formula used, e.g. "Flesch reading ease" or "LIX".
    public var formula: String
    /// The formula's own score (higher is easier for Flesch, harder for LIX).
    public var score: Double
    /// An estimate of the school grade needed to follow the text, comparable across languages.
    public var gradeLevel: Double
    /// Words counted.
    public var words: Int
    /// Sentences counted.
    public var sentences: Int
    /// Average words per sentence.
    public var wordsPerSentence: Double { sentences == 0 ? 0 : Double(words) / Double(sentences) }
}

/// The counts a readability formula reads, gathered once from an analysed text.
public struct ReadabilityCounts: Sendable {
    /// Words in the text.
    public var words = 0
    /// Sentences with at least one word.
    public var sentences = 0
    /// Syllables, counted by the language's own rule.
    public var syllables = 0
    /// Words of more than six letters (for LIX).
    public var longWords = 0
    /// Words of three or more syllables (for Gunning fog style formulas).
    public var polysyllables = 0
    /// Words of four or more syllables (for the Polish FOG-PL formula).
    public var hardWords = 0
}

/// A readability formula a language pack chooses.
public enum ReadabilityFormula: String, Codable, Sendable, CaseIterable {
    /// Flesch reading ease with the Flesch–Kincaid grade, for English.
    case fleschKincaid
    /// Björnsson's LIX, used in Scandinavia; its grade is an approximation.
    case lix
    /// Pisarek's FOG-PL adaptation of Gunning fog for Polish (hard words have four or more syllables).
    case fogPL

    /// Applies the formula to counts gathered from a text.
    public func estimate(_ counts: ReadabilityCounts) -> ReadabilityEstimate {
        let words = Double(max(counts.words, 1))
        let sentences = Double(max(counts.sentences, 1))
        let wordsPerSentence = words / sentences
        switch self {
        case .fleschKincaid:
            let syllablesPerWord = Double(counts.syllables) / words
            let ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
            let grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
            return ReadabilityEstimate(
                formula: "Flesch reading ease", score: rounded(ease), gradeLevel: rounded(grade),
                words: counts.words, sentences: counts.sentences)
        case .lix:
            let lix = wordsPerSentence + 100 * Double(counts.longWords) / words
            // LIX 20 reads like a children's book, 40 like a newspaper, 60 like an official text.
            return ReadabilityEstimate(
                formula: "LIX", score: rounded(lix), gradeLevel: rounded((lix - 10) / 3.2),
                words: counts.words, sentences: counts.sentences)
        case .fogPL:
            let fog = 0.4 * (wordsPerSentence + 100 * Double(counts.hardWords) / words)
            return ReadabilityEstimate(
                formula: "FOG-PL", score: rounded(fog), gradeLevel: rounded(fog),
                words: counts.words, sentences: counts.sentences)
        }
    }

    private func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}

/// Syllable counting rules for the languages Frontline knows.
public enum SyllableRule: String, Sendable, Codable {
    /// English: vowel groups, less a silent final e, at least one.
    case english
    /// Vowel groups including ą, ę and ó.
    case polish
    /// Vowel groups including æ, ø and å.
    case danish

    /// The syllables in one folded word.
    public func count(_ word: String) -> Int {
        let counted = word.utf8.withContiguousStorageIfAvailable { countASCII($0) } ?? countASCII(Array(word.utf8))
        return counted ?? countScalars(word)
    }

    /// The syllables of a plain ASCII word, counted on its bytes; nil when the word has other letters.
    ///
    /// The same rule as `countScalars`, kept apart because bytes need no Unicode decoding, and this is the common case.
    @inline(__always)
    private func countASCII(_ word: some Collection<UInt8>) -> Int? {
        var groups = 0
        var previousWasVowel = false
        var letters = 0
        var last: UInt8 = 0x20
        var beforeLast: UInt8 = 0x20
        var third: UInt8 = 0x20
        var count = 0
        for byte in word {
            if byte >= 0x80 { return nil }
            third = beforeLast
            beforeLast = last
            last = byte
            count += 1
            let lower = byte | 0x20
            guard lower >= 0x61 && lower <= 0x7A else { continue }
            letters += 1
            let vowel = Self.isASCIIVowel(byte)
            if vowel && !previousWasVowel { groups += 1 }
            previousWasVowel = vowel
        }
        if self == .english && letters > 2 {
            if last == 0x65 && !Self.isASCIIVowel(beforeLast) && groups > 1 {
                // A silent e ("make"), but not "-le" after a consonant ("table").
                if !(beforeLast == 0x6C && !Self.isASCIIVowel(third)) { groups -= 1 }
            } else if (last == 0x64 || last == 0x73) && beforeLast == 0x65 && count > 3 && groups > 1 {
                // "-ed" and "-es" are silent unless after t/d ("wanted") or a sibilant ("boxes").
                let voiced = last == 0x64 ? (third == 0x74 || third == 0x64) : [0x73, 0x78, 0x7A, 0x63, 0x67, 0x68].contains(third)
                if !voiced && !Self.isASCIIVowel(third) { groups -= 1 }
            }
        }
        return max(groups, letters > 0 ? 1 : 0)
    }

    /// True for a, e, i, o, u and y, the vowels every language here shares.
    @inline(__always)
    private static func isASCIIVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
        default: return false
        }
    }

    private func countScalars(_ word: String) -> Int {
        var groups = 0
        var previousWasVowel = false
        var letters = 0
        // The last three scalars, for English endings; a space stands for "none".
        var last: Unicode.Scalar = " "
        var beforeLast: Unicode.Scalar = " "
        var third: Unicode.Scalar = " "
        var scalarCount = 0
        for scalar in word.unicodeScalars {
            third = beforeLast
            beforeLast = last
            last = scalar
            scalarCount += 1
            guard scalar.isASCII ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
            else { continue }
            letters += 1
            // A run of vowels is one syllable, so Polish "nie" (i softening e) counts once.
            let vowel = isVowel(scalar)
            if vowel && !previousWasVowel { groups += 1 }
            previousWasVowel = vowel
        }
        if self == .english && letters > 2 {
            if last == "e" && !isVowel(beforeLast) && groups > 1 {
                // A silent e ("make"), but not "-le" after a consonant ("table").
                if !(beforeLast == "l" && !isVowel(third)) { groups -= 1 }
            } else if (last == "d" || last == "s") && beforeLast == "e" && scalarCount > 3 && groups > 1 {
                // "-ed" and "-es" are silent unless after t/d ("wanted") or a sibilant ("boxes").
                let voiced = last == "d" ? (third == "t" || third == "d") : "sxzcgh".unicodeScalars.contains(third)
                if !voiced && !isVowel(third) { groups -= 1 }
            }
        }
        return max(groups, letters > 0 ? 1 : 0)
    }

    private func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a", "e", "i", "o", "u", "y": return true
        case "ą", "ę", "ó": return self == .polish
        case "æ", "ø", "å": return self == .danish
        default: return false
        }
    }
}
