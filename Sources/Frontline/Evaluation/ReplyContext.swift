/// A reply prepared for grading: its analysis, the customer's message it answers, and facts several criteria share.
public final class ReplyContext: Sendable {
    /// The analysed reply.
    public let reply: AnalyzedText
    /// The analysed customer message, when one was given.
    public let customer: AnalyzedText?
    /// The language both are analysed in.
    public var language: LanguagePack { reply.language }
    /// Sentences of the reply that ask the customer to do something ("Switch the phone off."), leaving out reproaches
    /// about the past that read like one ("You should have read the letter").
    public let stepSentences: [Int]
    /// Words that blame the customer ("you should have read the letter"), leaving out blame words inside reassurance
    /// ("it's not your fault") and expectations ("you should have received a text").
    public let reproaches: [CueMatch]
    /// Sentences holding a put-down (talking down, a reproach, sarcasm, dismissal, a motive judged, profanity), where
    /// a feeling named, a courtesy or a question does not count as empathy.
    public let putDownSentences: Set<Int>
    /// The step sentences that move towards a fix: not the ones that send the customer elsewhere ("Check our website").
    public let nextStepSentences: [Int]
    /// Places where the agent commits to an action ("I'll order a taxi"), from the commitment to the action verb.
    public let commitments: [TextSpan]
    /// The commitments that are the agent's own next step.
    ///
    /// Left out are those inside a step sentence (that step is the action) and those promised after a hand-off in the
    /// same sentence ("contact the police first, and then we'll look at it").
    public let nextStepCommitments: [TextSpan]
    /// The commitments made in the first person ("I'll order", "we've refunded", "Refunded the charge."), leaving out
    /// passive reports ("the claim was rejected", "has been calculated").
    public let personalCommitments: [TextSpan]
    /// Commitments whose subject is someone else ("a technician will call you"): next steps the agent does not own.
    let commitmentsByOthers: [TextSpan]
    /// Word stems of the customer's message that carry its details (not stopwords), for judging specificity.
    public let customerDetails: Set<String>
    /// Word stems of the customer's questions, when they asked any.
    public let customerQuestionDetails: Set<String>
    /// True when the customer used technical terms themselves, so the same terms are fine to use back.
    public let customerIsTechnical: Bool
    /// Feeling words that name a feeling of the customer or their situation ("is frightening", "your worry"), leaving
    /// out ones that only name a thing ("chest pains get checked") where the language lists what licenses a feeling.
    public let namedFeelings: [CueMatch]
    /// For each reply token: bit 0 when its stem is one of the customer's details, bit 1 when one of their question's;
    /// empty when the customer gave no details.
    private let detailHits: [UInt8]

    /// Words that may stand before a step verb without changing that the sentence is a step.
    static let stepOpeners: Set<String> = [
        "please", "just", "now", "and", "so", "then", "first", "firstly", "next", "finally", "lastly", "also",
        "simply", "kindly", "second", "secondly", "third", "after", "that", "once", "done", "ok", "okay",
        "step", "right", "great", "good", "you", "you'll", "need", "to", "can", "should", "must", "have", "will",
        "could", "might", "may", "want", "just", "try", "also",
    ]

    /// Commitments that only count before a known action ("I'm calling the ambulance", "a technician will call you"),
    /// not before any verb ("it will depend").
    static let bareCommitments: Set<String> = ["i'm", "i am", "we're", "we are", "will", "it'll"]

    /// Commitments whose subject is someone else ("a technician *will* call you"): a next step, but not the agent's.
    static let thirdPartyFutures: Set<String> = ["will", "it'll"]

    /// Words that may stand before a past-tense action that opens a sentence ("Just sent it.").
    static let reportOpeners: Set<String> = ["just", "already", "now", "also"]

    /// Irregular past forms that, opening a sentence, report an action already done ("Sent the form.").
    static let pastActions: Set<String> = ["sent", "made", "done", "rang", "told", "found", "kept", "paid"]

    /// Prepares a reply for grading, with the customer's message as context when there is one.
    public convenience init(reply: String, customer: String?, language: LanguagePack) {
        self.init(
            reply: reply, message: customer.flatMap { $0.isEmpty ? nil : CustomerMessage($0, language: language) },
            language: language)
    }

    /// Prepares a reply for grading against a customer's message analysed beforehand (in the same language).
    ///
    /// A message analysed in another language is analysed again in `language`, so details compare like with like.
    public init(reply: String, message: CustomerMessage?, language: LanguagePack) {
        let message = message.map { $0.text.language === language ? $0 : CustomerMessage($0.text.text, language: language) }
        let analyzed = AnalyzedText(reply, language: language)
        self.reply = analyzed
        self.customer = message?.text

        let excused = (analyzed.matches(.reassurance, includingNegated: true)
            + analyzed.matches(.expectation, includingNegated: true)).map(\.tokens)
        let reproaches = analyzed.matches(.blame, includingNegated: true).filter { blame in
            !excused.contains { $0.overlaps(blame.tokens) } && !ReplyContext.isDenied(blame, in: analyzed)
        }
        self.reproaches = reproaches
        let putDowns = Cue.putDowns.filter { $0 != .blame }.flatMap { analyzed.matches($0) } + reproaches
        putDownSentences = Set(putDowns.map { analyzed.tokens[$0.tokens.lowerBound].sentence })
        // A reproach about the past ("You should have read the letter") reads like a step but asks for nothing.
        let reproached = Set(reproaches.map { analyzed.tokens[$0.tokens.lowerBound].sentence })
        var stepOpenings: [(sentence: Int, opening: Int)] = []
        for (index, sentence) in analyzed.sentences.enumerated()
        where !sentence.isQuestion && !reproached.contains(index) {
            guard let opening = ReplyContext.stepOpening(of: sentence, in: analyzed) else { continue }
            stepOpenings.append((index, opening))
        }
        // A line that introduces steps ("To read the meter: 1. Find the row…") is a heading, not a step itself;
        // "Please send us the following:" before a list of things is still a step.
        let stepIndices = Set(stepOpenings.map(\.sentence))
        stepOpenings.removeAll { step in
            let sentence = analyzed.sentences[step.sentence]
            return analyzed.tokens[sentence.tokens.upperBound - 1].normalized == ":"
                && stepIndices.contains(step.sentence + 1)
        }
        // "Please note that delivery times vary" tells the customer something and "Take care." is a courtesy; neither
        // asks for anything. "Please note that you must restart the phone" still asks for a step after its lead, and
        // "Take care not to bend the card" is a step of its own.
        var leadAt: [Int: (tokens: Range<Int>, isCourtesy: Bool)] = [:]
        for (cue, isCourtesy) in [(Cue.filler, false), (.notice, false), (.warmth, true)] {
            for lead in analyzed.matches(cue) {
                for index in lead.tokens { leadAt[index] = (lead.tokens, isCourtesy) }
            }
        }
        stepOpenings.removeAll { step in
            guard let lead = leadAt[step.opening] else { return false }
            let sentence = analyzed.sentences[step.sentence].tokens
            let rest = lead.tokens.upperBound..<sentence.upperBound
            if lead.isCourtesy { return !rest.contains { analyzed.tokens[$0].isWordLike } }
            let after = rest.first {
                analyzed.tokens[$0].isWordLike && !analyzed.tokens[$0].word.flags.contains(.stepOpener)
            }
            return after.map { !analyzed.tokens[$0].word.flags.contains(.stepVerb) } ?? true
        }
        let stepSentences = stepOpenings.map(\.sentence)
        self.stepSentences = stepSentences

        let found = ReplyContext.findCommitments(in: analyzed)
        // "You should have called us earlier" reproaches from its first word; it promises nothing. "We'll replace it
        // even though it's your own fault" still promises.
        let promises = { (action: TextSpan) in
            !reproaches.contains { $0.span.start <= action.start && action.start < $0.span.end }
        }
        let commitments = found.all.filter(promises)
        self.commitments = commitments
        self.personalCommitments = found.personal.filter(promises)
        self.commitmentsByOthers = found.byOthers

        // A step that sends the customer elsewhere ("check our website") is not a step towards a fix, and an action
        // promised after a hand-off in the same sentence ("call back and we'll look at it") waits on someone else.
        // Only a hand-off in the step's own first clause makes it one: "Reset the settings, and if that fails, visit
        // a store" still gives a step.
        let handOffs = analyzed.matches(.bucketPassing)
        nextStepSentences = stepOpenings.filter { step in
            let clause = analyzed.sentences[step.sentence].tokens.lowerBound
                ..< ReplyContext.clauseBoundary(after: step.opening, in: analyzed)
            return !handOffs.contains { clause.contains($0.tokens.lowerBound) }
        }.map(\.sentence)
        let inSteps = Set(stepSentences)
        nextStepCommitments = commitments.filter { action in
            let sentence = analyzed.sentenceIndex(at: action.start)
            let afterHandOff = handOffs.contains {
                $0.span.end <= action.start && analyzed.tokens[$0.tokens.lowerBound].sentence == sentence
            }
            return !inSteps.contains(sentence) && !afterHandOff
        }

        customerDetails = message?.details ?? []
        customerQuestionDetails = message?.questionDetails ?? []
        customerIsTechnical = message?.isTechnical ?? false
        if let message, !message.details.isEmpty {
            // The question's details are some of the message's details, so most words need one lookup.
            // Tokens are read in place, not copied, since a copy retains the token's folded text.
            detailHits = analyzed.tokens.withUnsafeBufferPointer { tokens in
                tokens.indices.map { index in
                    // A word's stem starts with its first three bytes, so most words are ruled out before stemming.
                    if tokens[index].kind == .word, let leads = message.detailLeads,
                        let key = CustomerMessage.leadingBytes(of: tokens[index].normalized), !leads.contains(key)
                    {
                        return 0
                    }
                    guard let stem = ReplyContext.detailStem(of: tokens[index], language: language),
                        message.details.contains(stem)
                    else { return 0 }
                    return message.questionDetails.contains(stem) ? 3 : 1
                }
            }
        } else {
            detailHits = []
        }
        namedFeelings = ReplyContext.namedFeelings(
            in: analyzed, detailHits: detailHits, answersCustomer: message != nil)
    }

    /// The step verb a sentence opens with, after words such as "please" or "then", or after a condition and its
    /// comma ("If you're in danger, hang up and dial 999"), or that opens a later clause after a dash, a semicolon or
    /// a comma and a joining word ("The ticket is on your number, so give it to the conductor"); nil when the
    /// sentence holds no step.
    static func stepOpening(of sentence: Sentence, in text: AnalyzedText) -> Int? {
        if let opening = openingStep(of: sentence, in: text) { return opening }
        for index in sentence.tokens where text.tokens[index].kind == .punctuation {
            let mark = text.tokens[index].normalized
            let next = index + 1
            let joined = mark == "," && next < sentence.tokens.upperBound
                && text.tokens[next].word.flags.contains(.stepJoiner)
            guard joined || mark == "—" || mark == "–" || mark == ";" else { continue }
            var clause = sentence
            clause.tokens = next..<sentence.tokens.upperBound
            clause.isListItem = false
            guard let opening = text.openingWord(of: clause, skippingWordsWith: [.stepOpener, .stepJoiner]) else {
                continue
            }
            if text.tokens[opening].word.flags.contains(.stepVerb) { return opening }
        }
        return nil
    }

    /// The step verb a sentence opens with, or opens the clause after a leading condition.
    private static func openingStep(of sentence: Sentence, in text: AnalyzedText) -> Int? {
        guard let first = text.openingWord(of: sentence, skipping: []) else { return nil }
        var clause = sentence
        if text.tokens[first].word.flags.contains(.conditionalOpener) {
            guard let comma = sentence.tokens[first...].first(where: { text.tokens[$0].normalized == "," })
            else { return nil }
            clause.tokens = (comma + 1)..<sentence.tokens.upperBound
            clause.isListItem = false
        }
        guard let opening = text.openingWord(of: clause, skippingWordsWith: .stepOpener) else { return nil }
        if text.tokens[opening].word.flags.contains(.stepVerb) { return opening }
        // "Try standing near a window": "try" opens the step when a step verb's "-ing" form follows it.
        let previous = opening - 1
        let word = text.tokens[opening].normalized
        guard previous >= clause.tokens.lowerBound, text.tokens[previous].normalized == "try", word.hasSuffix("ing")
        else { return nil }
        let stem = String(word.dropLast(3))
        let verbs = text.language.foldedSet(for: .stepVerb)
        let doubled = stem.count > 2 && stem.last == stem.dropLast().last ? String(stem.dropLast()) : stem
        return verbs.contains(stem) || verbs.contains(stem + "e") || verbs.contains(doubled) ? previous : nil
    }

    /// The index just past the clause that token `index` opens: the next punctuation mark or clause-ending word
    /// ("and", "if"), or the sentence's end.
    static func clauseBoundary(after index: Int, in text: AnalyzedText) -> Int {
        let sentenceEnd = text.sentences[text.tokens[index].sentence].tokens.upperBound
        var end = index + 1
        while end < sentenceEnd {
            let token = text.tokens[end]
            let isMark = token.kind == .punctuation && token.normalized != "'"
            if isMark || token.word.flags.contains(.clauseEnder) { break }
            end += 1
        }
        return end
    }

    /// Words that open a relative clause ("the team *who* will review it").
    static let relativePronouns: Set<String> = ["who", "which", "whom"]

    /// Words that may stand between "I'll" and its verb ("I'll just check").
    static let adverbs: Set<String> = [
        "just", "now", "also", "personally", "quickly", "right", "immediately", "straight", "then", "gladly",
        "happily", "definitely", "certainly", "first", "already", "today", "myself", "still", "actually",
    ]

    /// Words that end the clause an action stands in ("I'll call the driver *and* …").
    static let clauseEnders: Set<String> = [
        "and", "but", "or", "so", "because", "if", "when", "while", "until", "unless", "then", "which", "as",
        "before", "after", "once", "since",
    ]

    /// Places where the agent commits to or reports an action, from the commitment to the action word.
    ///
    /// "I'll" or "let me" followed by a verb counts ("I'll bar the SIM"); so does "I've" or "has been" followed by
    /// a past form ("has been refunded"); and a sentence that opens with a past-tense action ("Refunded today.").
    static func findCommitments(
        in text: AnalyzedText
    ) -> (all: [TextSpan], personal: [TextSpan], byOthers: [TextSpan]) {
        let actions = text.matches(.agentAction)
        // Matches are in text order, so the tokens that start an action are found by binary search.
        let actionStarts = actions.map(\.tokens.lowerBound)
        let phraseActionStarts = Set(actions.lazy.filter { $0.tokens.count > 1 }.map(\.tokens.lowerBound))
        func startsAction(_ index: Int) -> Bool {
            var low = 0
            var high = actionStarts.count
            while low < high {
                let middle = (low + high) / 2
                if actionStarts[middle] < index { low = middle + 1 } else { high = middle }
            }
            return low < actionStarts.count && actionStarts[low] == index
        }
        var spans: [TextSpan] = []
        // The word each span's action stands on, so a gesture ("I've made a note") can take out only its own action.
        var verbs: [Int] = []
        var personal: Set<TextSpan> = []
        var byOthers: Set<TextSpan> = []
        func add(_ span: TextSpan, verb: Int) {
            spans.append(span)
            verbs.append(verb)
        }

        // True when a word's ending names its subject as "I" or "we" (Polish "zamówię"); checked on the original
        // spelling, since folded "-e" would also match nouns.
        func hasFirstPersonEnding(_ index: Int) -> Bool {
            let endings = text.language.firstPersonEndings
            guard !endings.isEmpty, text.tokens[index].kind == .word else { return false }
            let word = text.quote(text.tokens[index].span).lowercased()
            return endings.contains { word.hasSuffix($0) }
        }

        // The action's words run to the end of its clause: punctuation, a conjunction, or eight words on.
        func clauseEnd(after verb: Int) -> Int {
            var end = text.tokens[verb].span.end
            var index = verb + 1
            while index < text.tokens.count && index <= verb + 8 {
                let token = text.tokens[index]
                guard token.isWordLike, token.sentence == text.tokens[verb].sentence,
                    !token.word.flags.contains(.clauseEnder)
                else { break }
                end = token.span.end
                index += 1
            }
            return end
        }

        func verb(after match: CueMatch) -> Int? {
            var index = match.tokens.upperBound
            var skipped = 0
            while index < text.tokens.count, text.tokens[index].kind == .word,
                text.tokens[index].word.flags.contains(.commitmentSkip), skipped < 2
            {
                index += 1
                skipped += 1
            }
            guard index < text.tokens.count, text.tokens[index].kind == .word,
                text.tokens[index].sentence == text.tokens[match.tokens.lowerBound].sentence
            else { return nil }
            return index
        }

        // True when a relative pronoun stands within the four words before, with no punctuation between: "billing,
        // who will review it", "a request, which our payments team will review".
        func inRelativeClause(_ start: Int) -> Bool {
            var index = start - 1
            var words = 0
            while index >= 0, words < 4, text.tokens[index].isWordLike {
                if ReplyContext.relativePronouns.contains(text.tokens[index].normalized) { return true }
                words += 1
                index -= 1
            }
            return false
        }

        // True when the word before is a pronoun that names no one in particular: "someone", "they", "there".
        func namesNobody(before start: Int) -> Bool {
            start > 0 && text.language.subjectPronouns.contains(text.tokens[start - 1].normalized)
        }

        for match in text.matches(.commitment) {
            guard let index = verb(after: match) else { continue }
            let flags = text.tokens[index].word.flags
            let known = startsAction(index)
            // Bare "I'm"/"we're" only count with a known action ("I'm calling the ambulance").
            let bare = bareCommitments.contains(match.entry)
            let open = !text.language.nonActionWords.isEmpty && !bare && flags.isDisjoint(with: [.nonAction, .stopword])
            guard known || open else { continue }
            let start = match.tokens.lowerBound
            let others = thirdPartyFutures.contains(match.entry)
            // "…billing, who will review it" is another team's work after a hand-off; "someone will call" names nobody.
            if others && (inRelativeClause(start) || namesNobody(before: start)) { continue }
            add(TextSpan(start: match.span.start, end: clauseEnd(after: index)), verb: index)
            if others { byOthers.insert(spans[spans.count - 1]) }
            // "I'll", "let me", Polish "zamówię" and Danish "straks ringer jeg" are personal; "straks sendes kortet" is not.
            let firstPerson = text.tokens[match.tokens].contains { $0.word.flags.contains(.firstPerson) }
                || (match.tokens.lowerBound...index).contains { hasFirstPersonEnding($0) }
                || (index + 1 < text.tokens.count && text.tokens[index + 1].word.flags.contains(.firstPerson))
            if firstPerson { personal.insert(spans[spans.count - 1]) }
        }
        // "Your card is blocked" reports work done for this customer; "damage is covered under the policy" states a
        // rule.
        func hasGeneralSubject(_ match: CueMatch) -> Bool {
            // Only the present states a rule ("is covered"); "has been sent" reports work done whatever its subject.
            let subjects = text.language.specificSubjects
            let first = text.tokens[match.tokens.lowerBound]
            guard !subjects.isEmpty, text.language.presentCopulas.contains(first.normalized) else { return false }
            var index = match.tokens.lowerBound - 1
            var seen = 0
            while index >= 0, seen < 4, text.tokens[index].isWordLike || text.tokens[index].normalized == "'" {
                let word = text.tokens[index]
                if subjects.contains(word.normalized) || word.word.flags.contains(.firstPerson) {
                    return false
                }
                if text.tokens[index].isWordLike { seen += 1 }
                index -= 1
            }
            return true
        }

        // "A text is sent to every customer on arrival" describes a habit, not work done for this customer.
        func isHabitual(_ match: CueMatch, verb index: Int) -> Bool {
            let habitual = text.language.habitualWords
            let copula = text.tokens[match.tokens.lowerBound].normalized
            guard !habitual.isEmpty, text.language.presentCopulas.contains(copula) else { return false }
            // The habit word may stand before the verb ("are usually processed") or after it.
            let end = clauseEnd(after: index)
            var position = match.tokens.upperBound
            while position < text.tokens.count && text.tokens[position].span.start < end {
                if habitual.contains(text.tokens[position].normalized) { return true }
                position += 1
            }
            return false
        }
        // "This is set out in our terms", "the fee was applied correctly": citing the rules is not work done.
        let policyDefences = text.matches(.policyDefence)
        // "Once a parcel is handed to the courier…", "when your refund is processed": a condition, not work done.
        var conditional = Deferred { text.clausesOpened { $0.word.flags.contains(.conditionalOpener) } }
        func isInCondition(_ match: CueMatch) -> Bool { conditional.value()[match.tokens.lowerBound] }

        for match in text.matches(.completion) {
            guard let index = verb(after: match), !hasGeneralSubject(match), !isHabitual(match, verb: index),
                !policyDefences.contains(where: { $0.tokens.contains(index) }), !isInCondition(match)
            else { continue }
            let clause = TextSpan(start: match.span.start, end: clauseEnd(after: index))
            let word = text.tokens[index].normalized
            let pastForm = text.language.pastEndings.contains { word.hasSuffix($0) }
            // "Refunds are handled by billing" describes someone else's job, not work done for the customer.
            let byOthers = index + 1 < text.tokens.count && text.tokens[index + 1].normalized == "by"
            // A phrase such as "on its way" is an action even though its first word alone is not ("on").
            let phrase = phraseActionStarts.contains(index)
            guard pastForm || pastActions.contains(word) || startsAction(index),
                phrase || !text.tokens[index].word.flags.contains(.nonAction), !byOthers
            else { continue }
            add(clause, verb: index)
            if text.tokens[match.tokens.lowerBound].word.flags.contains(.firstPerson) { personal.insert(spans[spans.count - 1]) }
        }
        // A first-person verb ending carries its own subject: Polish "zamówię" (I'll order), "wysłałem" (I sent).
        if !text.language.firstPersonEndings.isEmpty {
            // "Uprzejmie informuję, że…" (I kindly inform you that…) points something out; it is no action.
            let noticed = Set((text.matches(.notice) + text.matches(.filler)).flatMap { Array($0.tokens) })
            for action in actions where action.tokens.count == 1 && !action.isNegated {
                if hasFirstPersonEnding(action.tokens.lowerBound) && !noticed.contains(action.tokens.lowerBound) {
                    let verb = action.tokens.lowerBound
                    add(TextSpan(start: action.span.start, end: clauseEnd(after: verb)), verb: verb)
                    personal.insert(spans[spans.count - 1])
                }
            }
        }
        // Inverted order puts the subject after the verb: Danish "derefter ringer jeg".
        if !text.language.invertedSubjects.isEmpty {
            for action in actions where !action.isNegated {
                let next = action.tokens.upperBound
                if next < text.tokens.count, text.language.invertedSubjects.contains(text.tokens[next].normalized),
                    text.tokens[next].sentence == text.tokens[action.tokens.lowerBound].sentence
                {
                    add(TextSpan(start: action.span.start, end: clauseEnd(after: next)), verb: action.tokens.lowerBound)
                    if text.tokens[next].word.flags.contains(.firstPerson) { personal.insert(spans[spans.count - 1]) }
                }
            }
        }
        // A short sentence with a past-tense action reports work done in note style: "Account reviewed."
        for action in actions {
            let start = action.tokens.lowerBound
            let sentence = text.sentences[text.tokens[start].sentence]
            guard sentence.wordCount <= 8 else { continue }
            // The second to fourth words, whatever punctuation stands between them ("Done, your SIM's blocked.").
            var wordsBefore = 0
            for index in sentence.tokens.lowerBound..<start where text.tokens[index].isWordLike { wordsBefore += 1 }
            guard (1...3).contains(wordsBefore) else { continue }
            // "Refunds are usually processed within a week" is a habit, not a note of work done.
            let habitual = text.language.habitualWords
            if sentence.tokens.contains(where: { habitual.contains(text.tokens[$0].normalized) }) { continue }
            let word = text.tokens[start].normalized
            let next = action.tokens.upperBound
            let byOthers = next < text.tokens.count && text.tokens[next].normalized == "by"
            if text.language.pastEndings.contains(where: { word.hasSuffix($0) }) && !byOthers {
                let sentenceStart = text.tokens[sentence.tokens.lowerBound].span.start
                add(TextSpan(start: sentenceStart, end: clauseEnd(after: start)), verb: start)
            }
        }
        // A sentence opening with a past-tense action reports work done: "Refunded the charge." "Sent."
        for sentence in text.sentences {
            guard let opening = text.openingWord(of: sentence, skipping: reportOpeners),
                startsAction(opening)
            else { continue }
            let word = text.tokens[opening].normalized
            let pastForm = text.language.pastEndings.contains { word.hasSuffix($0) }
            if (pastForm || pastActions.contains(word)) && !text.tokens[opening].word.flags.contains(.stepVerb) {
                add(TextSpan(start: text.tokens[opening].span.start, end: clauseEnd(after: opening)), verb: opening)
                personal.insert(spans[spans.count - 1])
            }
        }
        // "I've made a note", "your request has been received": a gesture that changes nothing is not work done, but
        // an action joined to it still is ("I've passed your feedback on and refunded the charge").
        let gestureWords = Set(text.matches(.emptyGesture, includingNegated: true).flatMap { Array($0.tokens) })
        if !gestureWords.isEmpty {
            var kept: [TextSpan] = []
            for (span, verb) in zip(spans, verbs) {
                guard gestureWords.contains(verb) else {
                    kept.append(span)
                    continue
                }
                let wasPersonal = personal.remove(span) != nil
                byOthers.remove(span)
                guard let joined = text.tokens.firstIndex(where: { $0.span.start >= span.end }),
                    joined + 1 < text.tokens.count, text.tokens[joined].word.flags.contains(.stepJoiner),
                    startsAction(joined + 1), !gestureWords.contains(joined + 1)
                else { continue }
                let action = TextSpan(start: text.tokens[joined + 1].span.start, end: clauseEnd(after: joined + 1))
                kept.append(action)
                if wasPersonal { personal.insert(action) }
            }
            spans = kept
        }
        return (Array(Set(spans)).sorted(), personal.sorted(), byOthers.sorted())
    }

    /// Feeling words that name a feeling: licensed by one of the two words before them ("is", "so", "your") or by the
    /// phrase's own first word ("so hard"), or standing in a sentence that frames a reflection, addresses the customer,
    /// retells their situation in their details ("two days stuck with a dead phone") or has four words or fewer
    /// ("Awful.", "So frustrating, sorry.").
    ///
    /// A feeling word that only repeats the customer's own word with nothing of this ("chest pains get checked") names
    /// a thing, not a feeling; one inside a hedge ("it's hard to say") is vagueness; one the reply tells them not to
    /// have, within three words ("don't feel guilty about being angry", "stop worrying"), is not acknowledged.
    static func namedFeelings(in text: AnalyzedText, detailHits: [UInt8], answersCustomer: Bool) -> [CueMatch] {
        var feelings = text.matches(.feelingWord)
        guard !feelings.isEmpty else { return feelings }
        // "Don't feel guilty", "stop worrying", "no point being sad": a feeling the reply tells them not to have, fewer
        // than four words after a dismissal in its sentence (or inside it: "stop worrying"). Dismissals never overlap,
        // so the last one to start before a feeling also ends nearest to it; the feelings are in text order too.
        let dismissals = text.matches(.feelingDismissal, includingNegated: true)
        if !dismissals.isEmpty {
            var next = 0
            var kept: [CueMatch] = []
            for feeling in feelings {
                let start = feeling.tokens.lowerBound
                while next < dismissals.count && dismissals[next].tokens.lowerBound < start { next += 1 }
                if next == 0 || !isDismissed(after: dismissals[next - 1].tokens, feelingAt: start, in: text) {
                    kept.append(feeling)
                }
            }
            feelings = kept
        }
        // "If you're in danger, say yes": a feeling supposed in a condition is not one the reply acknowledges.
        let hypothetical = text.language.hypotheticalOpeners
        if !hypothetical.isEmpty {
            let supposed = text.clausesOpened { hypothetical.contains($0.normalized) }
            feelings.removeAll { supposed[$0.tokens.lowerBound] }
        }
        // Sentences with a word for the reader, and with a detail of the customer's, found once when first asked for.
        var addressed = Deferred {
            Set(text.tokens.lazy.filter { $0.word.flags.contains(.secondPerson) }.map(\.sentence))
        }
        var detailed = Deferred {
            Set(detailHits.indices.lazy.filter { detailHits[$0] & 1 != 0 }.map { text.tokens[$0].sentence })
        }
        // "I'm so frustrated with this page", in a request or a post that answers nobody: the writer's own feeling,
        // in a sentence that does not address the reader, acknowledges nobody's ("I'm worried about you" still does).
        // An agent's own worry in a reply to a customer is for them or theirs ("I'm worried about her").
        if !answersCustomer { feelings.removeAll { isWritersOwn($0, in: text, addressed: addressed.value()) } }
        guard !text.language.feelingLicensors.isEmpty else { return feelings }
        let framed = Set(text.matches(.reflectionFrame).map { text.tokens[$0.tokens.lowerBound].sentence })
        // A hedge that shares a word with a feeling ("it's hard to say") is vagueness, not a feeling.
        let hedged = Set(text.matches(.hedge, includingNegated: true).flatMap { Array($0.tokens) })
        return feelings.filter { match in
            let start = match.tokens.lowerBound
            if match.tokens.contains(where: { hedged.contains($0) }) { return false }
            let sentenceIndex = text.tokens[start].sentence
            let sentence = text.sentences[sentenceIndex]
            if framed.contains(sentenceIndex) || sentence.wordCount <= 4 { return true }
            if text.tokens[start].word.flags.contains(.feelingLicensor) { return true }
            if addressed.value().contains(sentenceIndex) { return true }
            if !detailHits.isEmpty && detailHits[start] & 1 == 0 && detailed.value().contains(sentenceIndex) {
                return true
            }
            var index = start - 1
            var seen = 0
            while index >= sentence.tokens.lowerBound && seen < 2 {
                if text.tokens[index].isWordLike {
                    if text.tokens[index].word.flags.contains(.feelingLicensor) { return true }
                    seen += 1
                }
                index -= 1
            }
            return false
        }
    }

    /// True when a feeling at token `start` stands in the sentence of `dismissal`, fewer than four words after it.
    private static func isDismissed(after dismissal: Range<Int>, feelingAt start: Int, in text: AnalyzedText) -> Bool {
        guard text.tokens[dismissal.lowerBound].sentence == text.tokens[start].sentence else { return false }
        var words = 0
        for index in dismissal.upperBound..<max(dismissal.upperBound, start) where text.tokens[index].isWordLike {
            words += 1
            if words == 4 { return false }
        }
        return true
    }

    /// True when a negation among the three words before a blame phrase that opens with "you" or "your" denies it
    /// ("this *isn't* your fault", "it's *not* at all your fault"); a phrase that holds its own negation ("you didn't
    /// even") or opens a clause of its own ("it didn't work *because you forgot*") is still blame.
    static func isDenied(_ blame: CueMatch, in text: AnalyzedText) -> Bool {
        let start = blame.tokens.lowerBound
        guard text.tokens[start].word.flags.contains(.secondPerson),
            !text.tokens[blame.tokens].contains(where: { $0.word.flags.contains(.negator) })
        else { return false }
        let sentenceStart = text.sentences[text.tokens[start].sentence].tokens.lowerBound
        return text.wordIndices(before: start, floor: sentenceStart, limit: 3).contains {
            text.tokens[$0].word.flags.contains(.negator)
        }
    }

    /// True when a first-person subject has the feeling ("I'm fed up", "we are so disappointed", Danish "jeg er
    /// frustreret"), with only the language's feeling licensors and intensifiers ("so", "really", "a bit") between,
    /// in a sentence with no word for the reader (`addressed` holds the sentences that have one).
    static func isWritersOwn(_ feeling: CueMatch, in text: AnalyzedText, addressed: Set<Int>) -> Bool {
        let language = text.language
        let start = feeling.tokens.lowerBound
        guard !addressed.contains(text.tokens[start].sentence) else { return false }
        let sentence = text.sentences[text.tokens[start].sentence]
        for index in text.wordIndices(before: start, floor: sentence.tokens.lowerBound, limit: 4) {
            let token = text.tokens[index]
            if language.feelingSubjects.contains(token.normalized) { return true }
            // "…tells me *how* overwhelming it must be": a question word opens a clause with its own subject.
            if language.openQuestionWords.contains(token.normalized) { return false }
            guard token.word.flags.contains(.feelingLicensor) || language.intensifiers.contains(token.normalized)
            else { return false }
        }
        return false
    }

    /// Words after "you must" that make it a reflection, not an order ("you must be frozen").
    static let reflectiveContinuations: Set<String> = ["be", "have", "feel", "know", "think", "wonder", "miss"]

    /// Words before "you need to" that make it a description, not an order ("when you need to call someone").
    static let subordinators: Set<String> = ["when", "whenever", "if", "as", "because", "until", "unless", "once", "while"]

    /// Blunt orders in the reply, leaving out reflections and descriptions that start the same way
    /// ("you must be frozen", "when you need to call someone").
    public var bluntDirectives: [CueMatch] {
        reply.matches(.bluntDirective).filter { match in
            let next = match.tokens.upperBound
            let previous = match.tokens.lowerBound - 1
            let reflective = next < reply.tokens.count && ReplyContext.reflectiveContinuations.contains(reply.tokens[next].normalized)
            let described = previous >= 0 && ReplyContext.subordinators.contains(reply.tokens[previous].normalized)
            return !reflective && !described
        }
    }

    /// The stem a word is compared by: its first letters, so "ported" and "porting" are one family.
    public func stem(_ word: String) -> String { language.stem(word) }

    /// The stem a token is compared by when it can carry a detail: a number as it is, a content word (no stopword, at
    /// least three letters) by its stem; nil for any other token.
    static func detailStem(of token: Token, language: LanguagePack) -> String? {
        guard token.isWordLike else { return nil }
        if token.kind == .number { return token.normalized }
        guard !token.word.flags.contains(.stopword), token.normalized.hasAtLeastThreeScalars else { return nil }
        return language.stem(token.normalized)
    }

    /// Stems of the content words among `tokens` of `text`: no stopwords, at least three letters, or any number.
    static func detailStems(of text: AnalyzedText, tokens range: Range<Int>) -> Set<String> {
        Set(text.tokens[range].lazy.compactMap { detailStem(of: $0, language: text.language) })
    }

    /// The reply's tokens in a sentence that reuse details of the customer's message, or of `details` when given.
    public func detailTokens(inSentence index: Int, among details: Set<String>? = nil) -> [Int] {
        guard let details else { return tokens(inSentence: index, hitting: 1) }
        guard !details.isEmpty else { return [] }
        return reply.sentences[index].tokens.filter { position in
            guard let stem = ReplyContext.detailStem(of: reply.tokens[position], language: language) else { return false }
            return details.contains(stem)
        }
    }

    /// True when the reply's token at `index` repeats a word of the customer's message.
    public func repeatsCustomerWord(at index: Int) -> Bool {
        index < detailHits.count && detailHits[index] & 1 != 0
    }

    /// The reply's tokens in a sentence that reuse words of the customer's question.
    public func questionDetailTokens(inSentence index: Int) -> [Int] { tokens(inSentence: index, hitting: 2) }

    private func tokens(inSentence index: Int, hitting bit: UInt8) -> [Int] {
        guard !detailHits.isEmpty else { return [] }
        return reply.sentences[index].tokens.filter { detailHits[$0] & bit != 0 }
    }

    /// The index of the sentence a span starts in.
    public func sentenceIndex(of span: TextSpan) -> Int { reply.sentenceIndex(at: span.start) }

    /// The whole sentence a token index belongs to, as a span.
    public func sentenceSpan(_ index: Int) -> TextSpan { reply.sentences[index].span }

    /// True when the reply proposes something concrete: a step towards a fix for the customer or an action by the
    /// agent that waits on no one else.
    public var hasNextStep: Bool { !nextStepSentences.isEmpty || !nextStepCommitments.isEmpty }

    /// The questions, by sentence, that find out more about the customer's situation, in text order.
    ///
    /// None without a customer's message, since then there is nobody's situation to explore ("Do you have a source
    /// for this figure?"); a question inside a put-down ("how is anyone supposed to answer this?") is rhetorical, and
    /// advice put as a question ("have you tried restarting it?") tells rather than asks.
    public var exploringQuestions: [Int] {
        guard let customer, customer.tokens.contains(where: \.isWordLike) else { return [] }
        let advice = Set(reply.matches(.adviceQuestion).map { reply.tokens[$0.tokens.lowerBound].sentence })
        return Set(reply.matches(.exploringQuestion).map { reply.tokens[$0.tokens.lowerBound].sentence })
            .subtracting(putDownSentences).subtracting(advice)
            .filter { reply.sentences[$0].isQuestion }
            .sorted()
    }
}

/// A customer's message analysed once, with the facts every reply to it is compared against.
public final class CustomerMessage: Sendable {
    /// The analysed message.
    public let text: AnalyzedText
    /// Word stems of the message that carry its details (not stopwords).
    public let details: Set<String>
    /// Word stems of the customer's questions, or all details when the question itself is bare ("Why?!").
    public let questionDetails: Set<String>
    /// True when the customer used technical terms themselves.
    public let isTechnical: Bool
    /// The first three UTF-8 bytes of each detail, for ruling words out before stemming them; nil when a detail has
    /// other than ASCII letters, since a word spelt another way ("å" as one scalar or two) can still equal it.
    let detailLeads: [UInt32]?

    /// Analyses a customer's message in `language`.
    public init(_ message: String, language: LanguagePack) {
        let text = AnalyzedText(message, language: language)
        self.text = text
        let details = ReplyContext.detailStems(of: text, tokens: text.tokens.indices)
        self.details = details
        var questionStems: Set<String> = []
        for sentence in text.sentences where sentence.isQuestion {
            questionStems.formUnion(ReplyContext.detailStems(of: text, tokens: sentence.tokens))
        }
        // A bare question ("Why?!", "Can somebody explain?") asks about everything the customer just said.
        questionDetails = questionStems.count < 2 && !questionStems.isEmpty ? details : questionStems
        isTechnical = !text.matches(.jargon).isEmpty
        detailLeads = details.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            ? Array(Set(details.compactMap(CustomerMessage.leadingBytes(of:)))).sorted() : nil
    }

    /// A word's first three UTF-8 bytes packed into one number, or nil when it is shorter.
    static func leadingBytes(of word: String) -> UInt32? {
        var key: UInt32 = 0
        var count = 0
        for byte in word.utf8 {
            key = key << 8 | UInt32(byte)
            count += 1
            if count == 3 { return key }
        }
        return nil
    }
}

/// A value worked out the first time it is asked for, and kept: for facts only some replies need.
struct Deferred<Value> {
    private var stored: Value?
    private let make: () -> Value

    /// Keeps `make` to run on the first request.
    init(_ make: @escaping () -> Value) { self.make = make }

    /// The value, worked out now if it has not been yet.
    mutating func value() -> Value {
        if let stored { return stored }
        let made = make()
        stored = made
        return made
    }
}
