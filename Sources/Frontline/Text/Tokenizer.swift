/// Splits text into word, number, punctuation and symbol tokens in one linear pass over its Unicode scalars.
struct Tokenizer {
    let folding: TextFolding
    /// What the language knows per folded word; each token looks itself up here once.
    let table: WordTable<WordInfo>
    /// The same facts by string, for tokens with non-ASCII letters: a dictionary treats "å" typed as one scalar or as
    /// "a" plus a ring as the same word, as the language's word lists do.
    let words: [String: WordInfo]

    /// Tokens of `scalars`, with folded forms and line starts; sentences and negation are set later.
    func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var newlinesBefore = 1  // The text's first token starts a line.
        let count = scalars.count

        func emit(_ kind: TokenKind, _ start: Int, _ end: Int) {
            var letters = 0
            var upper = 0
            var ascii = true
            for position in start..<end where scalars[position].value >= 0x80 {
                ascii = false
                break
            }
            let normalized: String
            var hash = FNV1a.empty
            var info: WordInfo?
            if ascii {
                // Most tokens are plain ASCII: lower-case the bytes directly, which is all folding does to them.
                normalized = String(unsafeUninitializedCapacity: end - start) { buffer in
                    var offset = 0
                    for position in start..<end {
                        var byte = UInt8(truncatingIfNeeded: scalars[position].value)
                        if byte >= 0x41 && byte <= 0x5A {
                            byte += 32
                            letters += 1
                            upper += 1
                        } else if byte >= 0x61 && byte <= 0x7A {
                            letters += 1
                        }
                        buffer[offset] = byte
                        hash = FNV1a.adding(byte, to: hash)
                        offset += 1
                    }
                    return offset
                }
            } else {
                var folded = String.UnicodeScalarView()
                for position in start..<end {
                    let scalar = scalars[position]
                    folding.append(scalar, to: &folded)
                    if scalar.isASCII {
                        let value = scalar.value
                        if value >= 0x41 && value <= 0x5A {
                            letters += 1
                            upper += 1
                        } else if value >= 0x61 && value <= 0x7A {
                            letters += 1
                        }
                    } else if scalar.properties.isAlphabetic {
                        letters += 1
                        if scalar.properties.isUppercase { upper += 1 }
                    }
                }
                normalized = String(folded)
                info = words[normalized]
            }
            if ascii { info = table.info(word: normalized, hash: hash) }
            var token = Token(kind: kind, span: TextSpan(start: start, end: end), normalized: normalized)
            if let info { token.word = info }
            if kind == .word {
                let first = scalars[start]
                token.startsUppercase = first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
                token.isAllUppercase = letters >= 2 && upper == letters
                token.capitals = UInt8(min(upper, 255))
            }
            token.startsLine = newlinesBefore > 0
            token.startsParagraph = newlinesBefore > 1 && !tokens.isEmpty
            tokens.append(token)
            newlinesBefore = 0
        }

        while index < count {
            let scalar = scalars[index]
            let kind = ScalarClass(scalar)
            switch kind {
            case .newline:
                newlinesBefore += 1
                index += 1
            case .space, .invisible:
                index += 1
            case .letter, .digit:
                let start = index
                var sawLetter = kind == .letter
                index += 1
                while index < count {
                    let next = ScalarClass(scalars[index])
                    if next == .letter || next == .digit || next == .mark {
                        sawLetter = sawLetter || next == .letter
                        index += 1
                    } else if next == .invisible && scalars[index].value == 0x200D {
                        index += 1  // A zero-width joiner inside a word stays in it.
                    } else if index + 1 < count, isInnerJoiner(scalars[index], letters: sawLetter),
                        ScalarClass(scalars[index + 1]) == (sawLetter ? .letter : .digit)
                    {
                        index += 2
                    } else {
                        break
                    }
                }
                emit(sawLetter ? .word : .number, start, index)
            case .minus where index + 1 < count && ScalarClass(scalars[index + 1]) == .digit
                && (tokens.isEmpty || tokens[tokens.count - 1].span.end < index):
                // A sign glued to a number ("-20") belongs to it.
                let start = index
                index += 1
                while index < count {
                    let next = ScalarClass(scalars[index])
                    if next == .digit {
                        index += 1
                    } else if index + 1 < count, isInnerJoiner(scalars[index], letters: false),
                        ScalarClass(scalars[index + 1]) == .digit
                    {
                        index += 2
                    } else {
                        break
                    }
                }
                emit(.number, start, index)
            case .minus where !tokens.isEmpty && tokens[tokens.count - 1].span.end == index
                && tokens[tokens.count - 1].kind == .word
                && index + 1 < count && ScalarClass(scalars[index + 1]) == .letter:
                // A hyphen inside a compound ("follow-up") is dropped so both halves match as words.
                index += 1
            case .punctuation, .minus:
                emit(.punctuation, index, index + 1)
                index += 1
            case .mark:
                // A stray combining mark with nothing to combine with: keep it on the previous token if adjacent.
                if !tokens.isEmpty && tokens[tokens.count - 1].span.end == index {
                    tokens[tokens.count - 1].span.end = index + 1
                }
                index += 1
            case .symbol:
                let start = index
                index += 1
                // Emoji modifiers, variation selectors and joined sequences stay one symbol.
                while index < count {
                    let value = scalars[index].value
                    if value == 0x200D, index + 1 < count, ScalarClass(scalars[index + 1]) == .symbol {
                        index += 2
                    } else if (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value)
                        || (0xE0020...0xE007F).contains(value)
                    {
                        index += 1
                    } else {
                        break
                    }
                }
                emit(.symbol, start, index)
            }
        }
        return tokens
    }

    /// True for a scalar that may join two parts of one token: an apostrophe between letters, a separator between digits.
    private func isInnerJoiner(_ scalar: Unicode.Scalar, letters: Bool) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x02BC: return letters
        case 0x2E, 0x2C, 0x3A: return !letters
        default: return false
        }
    }
}

/// The coarse class of a scalar that tokenising needs.
enum ScalarClass: Equatable {
    case letter, digit, mark, space, newline, invisible, minus, punctuation, symbol

    @inline(__always)
    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            self = ScalarClass.ascii[Int(value)]
            return
        }
        self.init(nonASCII: scalar)
    }

    /// The class of every ASCII scalar, worked out once.
    private static let ascii: [ScalarClass] = (0..<0x80).map { ScalarClass(classifying: Unicode.Scalar(UInt8($0))) }

    private init(classifying scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A, 0x61...0x7A: self = .letter
            case 0x30...0x39: self = .digit
            case 0x0A, 0x0B, 0x0C, 0x0D: self = .newline
            case 0x20, 0x09: self = .space
            case 0x2D: self = .minus
            case 0x00...0x1F, 0x7F: self = .invisible
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
                self = (value == 0x25 || value == 0x24 || value == 0x2B || value == 0x3D
                    || value == 0x3C || value == 0x3E || value == 0x7C || value == 0x5E || value == 0x7E)
                    ? .symbol : .punctuation
            default: self = .symbol
            }
            return
        }
        self.init(nonASCII: scalar)
    }

    private init(nonASCII scalar: Unicode.Scalar) {
        let value = scalar.value
        if value == 0x85 || value == 0x2028 || value == 0x2029 {
            self = .newline
            return
        }
        if value == 0x2212 || value == 0x2010 || value == 0x2011 {
            self = .minus
            return
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            self = .letter
        case .decimalNumber, .letterNumber, .otherNumber:
            self = .digit
        case .nonspacingMark, .spacingMark, .enclosingMark:
            self = .mark
        case .spaceSeparator:
            self = .space
        case .lineSeparator, .paragraphSeparator:
            self = .newline
        case .control, .format, .surrogate, .privateUse, .unassigned:
            self = .invisible
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            self = .punctuation
        default:
            self = .symbol
        }
    }
}
