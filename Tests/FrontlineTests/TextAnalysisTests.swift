import Testing

@testable import Frontline

@Suite("Text analysis", .tags(.textAnalysis))
struct TextAnalysisTests {
    @Test("Words keep inner apostrophes, curly quotes fold to straight ones, and case folds")
    func tokensFold() {
        let text = analyze("I DON’T know, it’s “fine”.")
        let words = text.tokens.filter(\.isWordLike).map(\.normalized)
        #expect(words == ["i", "don't", "know", "it's", "fine"])
    }

    @Test("Diacritics fold for matching while spans still point into the original")
    func diacriticsFold() {
        let text = analyze("Café naïve Łódź")
        #expect(text.tokens.map(\.normalized) == ["cafe", "naive", "lodz"])
        #expect(text.quote(text.tokens[2].span) == "Łódź")
    }

    @Test("Decomposed accents stay inside their word")
    func combiningMarks() {
        let text = analyze("Cafe\u{301} ok")
        #expect(text.tokens.count == 2)
        #expect(text.tokens[0].normalized == "cafe")
        #expect(text.quote(text.tokens[0].span) == "Cafe\u{301}")
    }

    @Test("A letter typed as one scalar or as a base and a mark matches the same phrases and word lists")
    func canonicalSpellings() {
        let composed = analyze("Jeg forst\u{E5}r, det lyder frustrerende. Jeg ringer til dig nu.", Languages.danish)
        let decomposed = analyze("Jeg forsta\u{30A}r, det lyder frustrerende. Jeg ringer til dig nu.", Languages.danish)
        #expect(composed.cueMatches.map(\.cue) == decomposed.cueMatches.map(\.cue))
        #expect(!decomposed.matches(.statedUnderstanding).isEmpty)
        #expect(composed.tokens.map(\.word.flags) == decomposed.tokens.map(\.word.flags))
    }

    @Test("Tokens analysed in one language find nothing odd, and never fail, in another language's lexicon")
    func foreignTokens() {
        let polish = analyze("Przepraszam, zaraz zamówię taksówkę i sprawdzę rachunek.", Languages.polish)
        let matches = Languages.english.lexicon.matches(in: polish.tokens)
        #expect(matches.allSatisfy { polish.tokens.indices.contains($0.tokens.lowerBound) })
    }

    @Test("Numbers keep signs, decimals and times; hyphenated words split into matching halves")
    func numbersAndHyphens() {
        let text = analyze("It is -20 °C at 10:30, battery 3.5 %. Follow-up soon")
        let kinds = text.tokens.map { "\($0.kind.rawValue):\($0.normalized)" }
        #expect(kinds.contains("number:-20"))
        #expect(kinds.contains("number:10:30"))
        #expect(kinds.contains("number:3.5"))
        #expect(kinds.contains("word:follow") && kinds.contains("word:up"))
    }

    @Test("Sentences split on end marks, not on abbreviations, decimals or list numbers")
    func sentences() {
        let text = analyze("Dr. Smith called at 3.30 p.m. today. Is it fixed? Yes!\n1. Open the tray\n2. Put the card in")
        let quoted = text.sentences.indices.map { text.quote(text.wordSpan(ofSentence: $0)) }
        #expect(quoted == ["Dr. Smith called at 3.30 p.m. today", "Is it fixed", "Yes", "Open the tray", "Put the card in"])
        #expect(text.sentences.map(\.isQuestion) == [false, true, false, false, false])
        #expect(text.sentences.map(\.isListItem) == [false, false, false, true, true])
    }

    @Test("A wrapped line that continues in lower case stays in its sentence")
    func wrappedLines() {
        let text = analyze("Please put the new card\ninto the phone. Then restart it.")
        #expect(text.sentences.count == 2)
    }

    @Test("Questions are found with or without a question mark")
    func questions() {
        #expect(analyze("Why is there no signal").sentences[0].isQuestion)
        #expect(!analyze("Why not. I'll check.").sentences[1].isQuestion)
    }

    @Test("Negation reaches three words within the clause, and stops at 'but'")
    func negationScope() {
        let text = analyze("I don't understand it, but I understand you. No worries.")
        let understand = text.tokens.filter { $0.normalized == "understand" }
        #expect(understand.map(\.isNegated) == [true, false])
        let apology = analyze("I'm not sorry, but sorry for the wait.")
        #expect(apology.matches(.apology).count == 1)
        #expect(apology.matches(.apology, includingNegated: true).count == 2)
    }

    @Test("Phrases match on word boundaries only, and stems match word families")
    func phraseBoundaries() {
        let text = analyze("Sorrowful sorry. Frustrating, frustrated.")
        #expect(text.matches(.apology).map { text.quote($0.span) } == ["sorry"])
        #expect(text.matches(.feelingWord).map { text.quote($0.span) } == ["Frustrating", "frustrated"])
    }

    @Test("Longest phrase wins at a place, and phrases do not cross sentences")
    func longestMatch() {
        let text = analyze("I am so sorry. I. Understand.")
        #expect(text.matches(.apology).map { text.quote($0.span) } == ["I am so sorry"])
        #expect(text.matches(.statedUnderstanding).isEmpty)
    }

    @Test(
        "English syllables are counted by vowel groups less silent endings",
        arguments: [("cat", 1), ("make", 1), ("table", 2), ("wanted", 2), ("jumped", 1), ("readability", 5), ("boxes", 2), ("the", 1)])
    func syllables(_ word: String, _ expected: Int) {
        #expect(SyllableRule.english.count(word) == expected)
    }

    @Test("Flesch–Kincaid rewards short words and sentences and penalises long ones")
    func fleschKincaid() {
        let easy = analyze("The cat sat on the mat. The dog ran to the park.").readability
        let hard = analyze(
            "Notwithstanding considerable organisational complexity, comprehensive administrative reconfiguration necessitates interdepartmental authorisation."
        ).readability
        #expect(easy.formula == "Flesch reading ease")
        #expect(easy.score > 90 && easy.gradeLevel < 3)
        #expect(hard.score < 0 && hard.gradeLevel > 18)
        #expect(easy.words == 12 && easy.sentences == 2)
    }

    @Test("LIX and FOG-PL formulas give their published values on known counts")
    func otherFormulas() {
        var counts = ReadabilityCounts()
        counts.words = 100
        counts.sentences = 5
        counts.longWords = 30
        counts.hardWords = 10
        #expect(ReadabilityFormula.lix.estimate(counts).score == 50)
        #expect(ReadabilityFormula.fogPL.estimate(counts).score == 12)
    }

    @Test("Steps, agent commitments and completed work are recognised")
    func replyFacts() {
        let context = ReplyContext(
            reply: "First, switch the phone off. You'll need to insert the card. I'll bar the SIM now. Refund processed. I can imagine.",
            customer: nil, language: Languages.english)
        let quotedSteps = context.stepSentences.map { context.reply.quote(context.reply.wordSpan(ofSentence: $0)) }
        #expect(quotedSteps == ["First, switch the phone off", "You'll need to insert the card"])
        #expect(context.commitments.map { context.reply.quote($0) } == ["I'll bar the SIM now", "Refund processed"])
        let done = ReplyContext(reply: "Your refund has been processed today.", customer: nil, language: Languages.english)
        #expect(done.commitments.map { done.reply.quote($0) } == ["has been processed today"])
    }

    @Test("Customer details are compared by stem, leaving out common words")
    func customerDetails() {
        let context = ReplyContext(
            reply: "Porting finished; your SIM is ready.", customer: "I ported my number and the SIM fails",
            language: Languages.english)
        let reused = context.detailTokens(inSentence: 0).map { context.reply.tokens[$0].normalized }
        #expect(reused == ["porting", "sim"])
    }

    @Test("Spans slice the original text by Unicode scalars, also after emoji")
    func spans() {
        let text = analyze("🙂👍🏽 Sorry!")
        let sorry = text.matches(.apology)[0]
        #expect(text.quote(sorry.span) == "Sorry")
        #expect(text.text.slice(sorry.span) == "Sorry")
    }

    @Test("A word and its inflected forms share one stem, however many endings stand on it")
    func stemsOfInflectedForms() throws {
        let families: [(locale: String, words: [String])] = [
            ("en", ["cover", "covered", "covers"]), ("en", ["order", "ordered", "orders"]),
            ("en", ["process", "processes", "processed"]), ("da", ["kort", "kortet", "kortene"]),
            ("pl", ["karta", "karty", "kartami"]),
        ]
        for family in families {
            let pack = try #require(Languages.pack(for: family.locale))
            let stems = Set(family.words.map(pack.stem))
            #expect(stems.count == 1, "\(family.words): \(stems.sorted())")
        }
        let english = try #require(Languages.pack(for: "en"))
        #expect(english.stem("cover") != english.stem("coffee"), "different words keep different stems")
    }
}
