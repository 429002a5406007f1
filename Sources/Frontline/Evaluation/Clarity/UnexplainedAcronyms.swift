/// Takes points for acronyms that are neither everyday (SIM, PIN) nor explained.
public struct UnexplainedAcronyms: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "unexplained-acronyms",
        name: "Unexplained acronyms",
        dimension: .clarity,
        rationale: "An acronym the customer has never seen is a wall; spell it out or say what it does.",
        examples: [
            .triggering("The ⟦RSP⟧ is pending on the ⟦OCS⟧."),
            .triggering("We raised an ⟦RMA⟧ for the handset."),
            .triggering("Voicemail is set up via the ⟦VM⟧ ⟦IVR⟧."),
            .nonTriggering("PLEASE CALL THE NUMBER ON YOUR LETTER."),
            .nonTriggering("Your SIM and PIN are in the letter."),
            .nonTriggering("We raised an RMA (a return form) for the phone."),
            .triggering("Once the ⟦PAC's⟧ processed, check the ⟦IPoE⟧ login."),
            .nonTriggering("Both SIMs are in the envelope, and McDonald's has free Wi-Fi."),
            .triggering("⟦RSP⟧ nadal czeka na potwierdzenie w ⟦OCS⟧.", locale: "pl"),
            .triggering("Założyliśmy zgłoszenie ⟦RMA⟧ dla Pana telefonu.", locale: "pl"),
            .nonTriggering("Kod PIN znajdzie Pan w liście z kartą SIM.", locale: "pl"),
            .nonTriggering("Założyliśmy RMA (formularz zwrotu) dla Pana telefonu.", locale: "pl"),
            .triggering("⟦RSP⟧ afventer stadig ⟦OCS⟧.", locale: "da"),
            .triggering("Vi har oprettet en ⟦RMA⟧ for telefonen.", locale: "da"),
            .nonTriggering("Din SIM og PIN står i brevet.", locale: "da"),
            .nonTriggering("Koden står i SMS'en, og PIN'en står på SIM-kortets bagside.", locale: "da"),
            .nonTriggering("Vi har oprettet en RMA (en returformular) for telefonen.", locale: "da"),
        ]
    )

    /// The acronym a word is written as, with its letter count and folded form: all capitals ("HLR"), capitals with a
    /// plural ending ("PACs"), an ending after an apostrophe ("MSISDN's", Danish "SMS'en"), or mixed case with at least
    /// as many capitals as small letters ("eSIM", "PPPoE"); nil for other words.
    static func acronym(in token: Token, of text: AnalyzedText) -> (letters: Int, folded: String)? {
        var upper = 0
        var lower = 0
        var endingLower = 0  // small letters after the last capital
        for position in token.span.start..<token.span.end {
            let scalar = text.scalars[position]
            if scalar == "'" || scalar == "’" { break }
            let isUpper: Bool
            if scalar.isASCII {
                let value = scalar.value
                guard (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A else { continue }
                isUpper = value <= 0x5A
            } else {
                guard scalar.properties.isAlphabetic else { continue }
                isUpper = scalar.properties.isUppercase
            }
            if isUpper {
                upper += 1
                endingLower = 0
            } else {
                lower += 1
                endingLower += 1
            }
        }
        guard upper >= 2 else { return nil }
        let stem = String(token.normalized.prefix { $0 != "'" && $0 != "’" })
        if lower == 0 { return (upper, stem) }
        if lower == 1 && endingLower == 1 && stem.hasSuffix("s") {
            // "PACs": the capitals are the acronym.
            return (upper, String(stem.dropLast()))
        }
        return upper >= lower ? (upper + lower, stem) : nil
    }

    /// Four points per distinct acronym, sixteen at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        UnexplainedAcronyms.unexplained(in: reply, upTo: 4).map { span in
            let quoted = reply.reply.quote(span)
            return definition.finding(
                -4, at: span, in: reply,
                message: "An acronym the customer may not know: “\(quoted)”.",
                advice: "Spell out “\(quoted)” or say what it is, e.g. “\(quoted) (the …)”.")
        }
    }

    /// Where the first `limit` distinct acronyms stand that are neither everyday, technical terms (the jargon
    /// criterion's), shouting nor explained in brackets; none when the customer is technical.
    static func unexplained(in reply: ReplyContext, upTo limit: Int) -> [TextSpan] {
        let text = reply.reply
        guard !reply.customerIsTechnical else { return [] }
        let jargon = Set(text.matches(.jargon, includingNegated: true).flatMap { Array($0.tokens) })
        var spans: [TextSpan] = []
        var seen: Set<String> = []
        // The last run of capital words measured, and whether it shouts: every capital word in it stands in that same
        // run, so a page of capitals is measured once and stays linear.
        var run: (tokens: Range<Int>, shouts: Bool)?
        for index in text.tokens.indices where text.tokens[index].kind == .word && text.tokens[index].capitals >= 2 {
            let token = text.tokens[index]
            guard let acronym = UnexplainedAcronyms.acronym(in: token, of: text), (2...6).contains(acronym.letters),
                !jargon.contains(index), !token.word.flags.contains(.everydayAcronym),
                !text.language.everydayAcronyms.contains(acronym.folded)
            else { continue }
            // A run of capital words that shouts ("PLEASE CALL NOW") is not acronyms; "the VM IVR" is.
            let shouts: Bool
            if token.isAllUppercase, let run, run.tokens.contains(index) {
                shouts = run.shouts
            } else {
                var runStart = index
                var runEnd = index + 1
                func isCapitalWord(_ position: Int) -> Bool {
                    text.tokens[position].kind == .word && text.tokens[position].isAllUppercase
                }
                while runStart > 0 && isCapitalWord(runStart - 1) { runStart -= 1 }
                while runEnd < text.tokens.count && isCapitalWord(runEnd) { runEnd += 1 }
                shouts = runEnd - runStart >= 2 && Shouting.isShouting(text.tokens[runStart..<runEnd])
                // Only a run around a capital word is the run of every capital word in it.
                if token.isAllUppercase { run = (runStart..<runEnd, shouts) }
            }
            if shouts { continue }
            if index + 1 < text.tokens.count && text.tokens[index + 1].normalized == "(" { continue }
            guard seen.insert(acronym.folded).inserted else { continue }
            spans.append(token.span)
            if spans.count == limit { break }
        }
        return spans
    }
}
