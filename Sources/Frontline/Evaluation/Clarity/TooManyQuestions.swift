/// Takes points for asking several questions at once instead of one at a time.
public struct TooManyQuestions: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "too-many-questions",
        name: "Several questions at once",
        dimension: .clarity,
        rationale: "Asked three questions, a customer answers one; ask the one that matters most first.",
        examples: [
            .triggering("Where are you? ⟦Is the car working⟧? ⟦How much battery is left⟧?"),
            .triggering("Did the card come with the letter? ⟦Have you put it in⟧?"),
            .nonTriggering("Are you somewhere warm right now?"),
            .nonTriggering("I'll order the taxi. Is the address on the sign correct?"),
            .triggering("Are you at home, and ⟦is anyone hurt⟧?"),
            .triggering("What's his name and ⟦what has he done⟧?"),
            .triggering("Are you at home, and ⟦is the door locked⟧?"),
            .nonTriggering("Could you restart it and have the receipt ready?"),
            .nonTriggering("Does the allowance include a laptop bag, or is that separate?"),
            .nonTriggering("Is he still in the flat or has he gone?"),
            .triggering("What's your address, ⟦is he armed⟧, and ⟦are there others in the flat⟧?"),
            .nonTriggering("Okay, what's your address?"),
            .nonTriggering("When you get home, could you check the router lights?"),
            .nonTriggering("Why, if you don't mind me asking, did you cancel?"),
            .triggering("What's your address and ⟦what's his name⟧?"),
            .nonTriggering("Wait, is he still in the flat?"),
            .triggering("Can you hear me and ⟦is he in the room⟧? ⟦Are you safe⟧?"),
            .nonTriggering("Could you check the cable and tell me if the light is green?"),
            .nonTriggering("Do you want the refund or a new phone?"),
            .nonTriggering("Would you like me to book it and have it delivered?"),
            .triggering("Gdzie Pan jest? ⟦Czy samochód jest sprawny⟧? ⟦Ile zostało baterii⟧?", locale: "pl"),
            .triggering("Czy list przyszedł razem z kartą? ⟦Włożyła ją Pani już do telefonu⟧?", locale: "pl"),
            .nonTriggering("Czy jest Pani teraz w ciepłym miejscu?", locale: "pl"),
            .nonTriggering("Zaraz zamówię taksówkę. Czy adres na tabliczce jest prawidłowy?", locale: "pl"),
            .triggering("Czy jest Pani w domu i ⟦czy ktoś jest ranny⟧?", locale: "pl"),
            .nonTriggering("Czy może Pani powiedzieć, czy jest Pani w domu?", locale: "pl"),
            .nonTriggering("Czy może Pani powiedzieć, gdzie Pani jest?", locale: "pl"),
            .nonTriggering("Czy woli Pani zwrot pieniędzy, albo czy mamy wysłać nowy telefon?", locale: "pl"),
            .nonTriggering("Kiedy Pan wróci do domu, czy może Pan sprawdzić router?", locale: "pl"),
            .triggering("Co się stało, ⟦czy ktoś jest ranny⟧?", locale: "pl"),
            .triggering("Hvor er du? ⟦Kan bilen køre⟧? ⟦Hvor meget strøm er der tilbage⟧?", locale: "da"),
            .triggering("Kom brevet sammen med kortet? ⟦Har du sat det i⟧?", locale: "da"),
            .nonTriggering("Er du et varmt sted lige nu?", locale: "da"),
            .nonTriggering("Jeg bestiller taxaen. Er adressen på skiltet korrekt?", locale: "da"),
            .triggering("Er du hjemme, og ⟦er han i rummet⟧?", locale: "da"),
            .triggering("Har du fået kortet, og ⟦er det aktiveret⟧?", locale: "da"),
            .triggering("Hvad er din adresse, ⟦hvad hedder manden⟧, ⟦har han et våben⟧?", locale: "da"),
            .nonTriggering("Kan du tjekke kablet og fortælle mig, om lampen lyser?", locale: "da"),
            .nonTriggering("Kan du fortælle mig, hvor du er?", locale: "da"),
            .nonTriggering("Vil du have pengene tilbage, eller skal vi sende en ny telefon?", locale: "da"),
            .nonTriggering("Hvor befinder du dig, så han ved, hvor han skal køre hen?", locale: "da"),
        ]
    )

    /// Eight points per question after the first, twenty-four at most; two questions joined in one sentence ("Are
    /// you hurt, and is he in the room?") count as two.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        let questions = text.sentences.indices.filter { text.sentences[$0].isQuestion }
            .flatMap { TooManyQuestions.questionSpans(inSentence: $0, of: text) }
        return questions.dropFirst().prefix(3).map { span in
            definition.finding(
                -8, at: span, in: reply,
                message: "Another question in the same reply: “\(text.quote(span))”.",
                advice: "Ask one question, wait for the answer, then ask the next.")
        }
    }

    /// The questions a question sentence asks, as spans of words: the whole sentence, or its parts where a joining
    /// word is followed by a question word and its subject ("and *is he*") or a question particle (Polish "i *czy*").
    static func questionSpans(inSentence index: Int, of text: AnalyzedText) -> [TextSpan] {
        let language = text.language
        let tokens = text.sentences[index].tokens
        // A comma joins questions only in a sentence that opens with a question word that asks ("What's your address,
        // is he armed?"), not one that opens a condition ("When you get home, could you check the lights?"); after
        // "Can you tell me" or Polish "Czy może Pani powiedzieć" it opens the thing asked about.
        let opensWithQuestion = text.openingWord(of: text.sentences[index], skippingWordsWith: []).map {
            language.openQuestionWords.contains(text.tokens[$0].normalized)
                && !text.tokens[$0].word.flags.contains(.conditionalOpener)
        } ?? false
        var joiners: [Int] = []
        var clauseStart = tokens.lowerBound
        for position in tokens where position + 2 < tokens.upperBound {
            let joiner = text.tokens[position].normalized
            let isComma = joiner == ","
            // The clause before a comma must ask something itself: three words or more, not a condition ("Why, if
            // you don't mind me asking, did you cancel?").
            let commaJoins = isComma && opensWithQuestion
                && TooManyQuestions.asksOnItsOwn(clauseStart..<position, in: text)
            if isComma { clauseStart = position + 1 }
            guard language.questionJoiners.contains(joiner) || commaJoins else { continue }
            let opener = text.tokens[position + 1]
            let questionWord = language.openQuestionWords.contains(opener.normalized)
            guard opener.word.flags.contains(.questionOpener) || questionWord else { continue }
            let subject = text.tokens[position + 2]
            let subjectFollows = !subject.word.flags.isDisjoint(with: [.secondPerson, .firstPerson])
                || language.subjectPronouns.contains(subject.normalized)
                || (language.presentCopulas.contains(opener.normalized)
                    && language.copulaSubjects.contains(subject.normalized))
            let asksAgain: Bool
            if language.questionParticles.contains(opener.normalized) {
                asksAgain = true
            } else if questionWord {
                // "and *what has* he done" asks again; after a comma, a question word with its subject next opens a
                // clause of the question ("…, so he knows *where he* should drive").
                asksAgain = !subjectFollows || !isComma
            } else {
                asksAgain = subjectFollows
            }
            if asksAgain { joiners.append(position) }
        }
        let whole = text.wordSpan(ofSentence: index)
        guard !joiners.isEmpty else { return [whole] }
        // Each part runs from its first word to the last word before the next joining word.
        var spans: [TextSpan] = []
        var start = whole.start
        for joiner in joiners + [tokens.upperBound] {
            let last = (tokens.lowerBound..<joiner).last {
                text.tokens[$0].isWordLike && text.tokens[$0].span.end > start
            }
            if let last { spans.append(TextSpan(start: start, end: text.tokens[last].span.end)) }
            if joiner < tokens.upperBound { start = text.tokens[joiner + 1].span.start }
        }
        return spans
    }

    /// True when the tokens `range` hold three words or more and do not open with a condition ("if you don't mind").
    private static func asksOnItsOwn(_ range: Range<Int>, in text: AnalyzedText) -> Bool {
        let words = range.filter { text.tokens[$0].isWordLike }
        guard words.count >= 3, let first = words.first else { return false }
        return !text.tokens[first].word.flags.contains(.conditionalOpener)
    }
}
