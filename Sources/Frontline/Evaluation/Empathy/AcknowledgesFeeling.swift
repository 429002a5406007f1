/// Rewards naming or reflecting the customer's feeling, more when it is tied to their own situation.
public struct AcknowledgesFeeling: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "acknowledges-feeling",
        name: "Acknowledges the customer's feeling",
        dimension: .empathy,
        rationale: "Customers calm down and listen once they hear that the agent noticed how the problem feels to them.",
        examples: [
            .triggering(
                "⟦Two days without a working phone must be really frustrating⟧. Let's fix it now.",
                customer: "I moved my number to you two days ago and my phone still doesn't work!"),
            .triggering("⟦That sounds frightening⟧, and I'm staying on the line with you."),
            .triggering("⟦Oh no, I can imagine how worried⟧ you are."),
            .nonTriggering("Please insert the new SIM card and restart the phone."),
            .triggering("⟦Losing a pet is hard, and after fourteen years the house must feel⟧ empty."),
            .nonTriggering(
                "Chest pains get checked as a precaution. The tests usually take a few hours.",
                customer: "My mum was admitted to hospital with chest pains and I'm stuck at work."),
            .nonTriggering("The time difference makes weekly calls awkward for most people abroad."),
            .nonTriggering(
                "Screenshot your boarding pass, use low-power mode, and ask at the conference desk for a charger.",
                customer: "I'm at a conference, I forgot my charger, my phone's on 9% and my boarding pass is on it."),
            .nonTriggering(
                "Let me look into the premium content charges on your account.",
                customer: "I've been charged for premium content every month since January and I never signed up."),
            .nonTriggering("It could be the phone or the network, it's hard to say without a test."),
            .nonTriggering("I understand your frustration. We apologise for the inconvenience."),
            .nonTriggering("You don't sound worried, so this can wait until Monday."),
            .nonTriggering("Calm down, getting upset won't bring the ambulance any faster."),
            .nonTriggering(
                "Don't feel guilty about being angry, he stole from your mum.",
                customer: "My brother stole from mum. I'm so angry and then I feel guilty for being angry."),
            .nonTriggering("There's no point being sad about it, so stop worrying and move on."),
            .nonTriggering("If you're worried about the cost, call us first."),
            .nonTriggering("I'm so annoyed that nobody has answered my ticket."),
            .nonTriggering("We are very sorry for any frustration this has caused."),
            .nonTriggering("I truly apologise for the frustration this has caused."),
            .triggering("⟦You're right,⟧ and I'm sorry: the data pack was added by mistake."),
            .triggering("⟦Det har du helt ret i⟧, og det beklager jeg.", locale: "da"),
            .triggering("⟦I'm worried⟧ about you, so I'm sending help now."),
            .triggering("⟦That's such a heavy⟧ decision, and nobody else can make it for you."),
            .triggering("⟦I know this is frustrating⟧, and I'm sorry."),
            .nonTriggering("Ja też jestem zdenerwowana, nikt mi nie odpisuje.", locale: "pl"),
            .nonTriggering("Jeg er virkelig frustreret over systemet.", locale: "da"),
            .triggering("⟦When you're this frightened, it's hard⟧ to think straight; I'm here."),
            .triggering(
                "⟦Dwa dni bez działającego telefonu to musi być bardzo frustrujące⟧. Zaraz to naprawimy.",
                customer: "Dwa dni temu przeniosłem numer do Państwa, a telefon nadal nie działa!", locale: "pl"),
            .triggering("⟦To brzmi naprawdę przerażająco⟧, zostaję z Panią na linii.", locale: "pl"),
            .nonTriggering("Proszę włożyć nową kartę SIM i ponownie uruchomić telefon.", locale: "pl"),
            .nonTriggering("Rozumiem Pana frustrację. Przepraszamy za niedogodności.", locale: "pl"),
            .nonTriggering("Proszę się uspokoić, zdenerwowanie nic tu nie pomoże.", locale: "pl"),
            .nonTriggering("Jeżeli dzwoni Pani w sprawie zagrożenia, proszę to powiedzieć wprost.", locale: "pl"),
            .triggering("Rozumiem, ⟦to kłopotliwe⟧. Proszę zrobić zrzut ekranu biletu.", locale: "pl"),
            .nonTriggering("Nie ma co się stresować, rachunek przyjdzie jak zwykle.", locale: "pl"),
            .nonTriggering(
                "Gorączka u starszych osób zwykle spada po lekach. Wyniki przychodzą po kilku godzinach.",
                customer: "Mama ma wysoką gorączkę, a ja nie mogę się dodzwonić po karetkę.", locale: "pl"),
            .triggering(
                "⟦To dage uden telefon må være virkelig frustrerende⟧. Lad os ordne det nu.",
                customer: "Jeg flyttede mit nummer til jer for to dage siden, og min telefon virker stadig ikke!",
                locale: "da"),
            .triggering("⟦Det lyder skræmmende⟧, og jeg bliver på linjen hos dig.", locale: "da"),
            .nonTriggering("Sæt det nye SIM-kort i, og genstart telefonen.", locale: "da"),
            .nonTriggering("Jeg forstår din frustration. Vi beklager ulejligheden.", locale: "da"),
            .nonTriggering("Lad være med at være bekymret, regningen kommer som den plejer.", locale: "da"),
            .nonTriggering("Hvis du er i fare, må du sige det direkte.", locale: "da"),
            .triggering("⟦Det kan jeg godt forstå gør dig urolig⟧, og det finder vi en løsning på.", locale: "da"),
            .nonTriggering(
                "Feber hos ældre falder som regel efter medicin. Svarene kommer efter nogle timer.",
                customer: "Min mor har høj feber, og jeg kan ikke komme igennem til ambulancen.", locale: "da"),
        ]
    )

    /// Finds the first acknowledgement per sentence; the first earns most, more again when it names the customer's details.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        let stock = Set((text.matches(.apology) + text.matches(.statedUnderstanding)).flatMap { Array($0.tokens) })
        // A feeling named inside a put-down ("calm down, getting upset won't help") is not an acknowledgement.
        let hostileSentences = reply.putDownSentences.union(
            reply.bluntDirectives.map { text.tokens[$0.tokens.lowerBound].sentence })
        let cues = (text.matches(.reflectionFrame) + reply.namedFeelings)
            .filter { !stock.contains($0.tokens.lowerBound) }
            .filter { !hostileSentences.contains(text.tokens[$0.tokens.lowerBound].sentence) }
            .sorted { $0.span < $1.span }
        let framed = Set(cues.filter { $0.cue == .reflectionFrame }.map { text.tokens[$0.tokens.lowerBound].sentence })
        let felt = Set(cues.filter { $0.cue == .feelingWord }.map { text.tokens[$0.tokens.lowerBound].sentence })
        // Per sentence: from the start of the clause of the first cue to the end of the last cue.
        var bySentence: [Int: (first: Int, end: Int)] = [:]
        var order: [Int] = []
        for match in cues {
            let sentence = text.tokens[match.tokens.lowerBound].sentence
            if let current = bySentence[sentence] {
                bySentence[sentence] = (current.first, max(current.end, match.span.end))
            } else {
                bySentence[sentence] = (match.tokens.lowerBound, match.span.end)
                order.append(sentence)
            }
        }
        // A sentence that restates three or more of the customer's own details reflects their situation back, unless
        // it tells them not to feel it ("don't feel guilty about being angry"), tells them what to do with them
        // ("Screenshot your boarding pass and ask at the conference desk") or says what the agent will do ("Let me
        // look into the premium content charges on your account").
        let dismissing = Set(
            text.matches(.feelingDismissal, includingNegated: true).map { text.tokens[$0.tokens.lowerBound].sentence })
        let instructions = Set(reply.stepSentences)
        // Where the agent's own action starts, by sentence: details after it describe the work, not the situation.
        var actionStarts: [Int: Int] = [:]
        for action in reply.personalCommitments {
            let sentence = reply.sentenceIndex(of: action)
            actionStarts[sentence] = min(actionStarts[sentence] ?? Int.max, action.start)
        }
        for index in text.sentences.indices
        where !hostileSentences.contains(index) && !dismissing.contains(index) && !instructions.contains(index)
            && bySentence[index] == nil
        {
            let addressed = text.sentences[index].tokens.contains { text.tokens[$0].word.flags.contains(.secondPerson) }
            guard addressed else { continue }
            let actionStart = actionStarts[index] ?? Int.max
            let details = reply.detailTokens(inSentence: index).filter { text.tokens[$0].span.start < actionStart }
            guard Set(details.map { reply.stem(text.tokens[$0].normalized) }).count >= 3, let first = details.first,
                let last = details.last
            else { continue }
            bySentence[index] = (first, text.tokens[last].span.end)
            order.append(index)
        }
        order.sort()
        var findings: [Finding] = []
        for sentence in order.prefix(3) {
            guard let (first, end) = bySentence[sentence] else { continue }
            let span = text.clauseSpan(from: first, through: end)
            let specific = !reply.detailTokens(inSentence: sentence).isEmpty
            // A full reflection ("that must be frightening") says more than a feeling word on its own.
            let reflective = framed.contains(sentence) && felt.contains(sentence)
            // A bare frame ("Oh no", "It sounds…") with no feeling named and no detail says least.
            let bare = !felt.contains(sentence) && !specific
            let opening = bare ? 8 : (specific ? 24 : 16) + (reflective ? 4 : 0)
            let retracted = AcknowledgesFeeling.isTakenBack(sentence: sentence, after: end, in: reply)
            let points = retracted ? (findings.isEmpty ? 4 : 1) : findings.isEmpty ? opening : (specific ? 5 : 3)
            let quoted = text.quote(span)
            let message: String
            let advice: String
            let variant: String?
            if retracted {
                message = "You named the feeling, then a “but” took it back: “\(quoted)”."
                advice = "Keep the acknowledgement whole: drop the “but” and go straight to what you will do."
                variant = "taken-back"
            } else if specific {
                message = "You named the feeling and tied it to the customer's situation: “\(quoted)”."
                advice = "Keep doing this: a feeling named with the customer's own details shows you listened."
                variant = "specific"
            } else {
                message = "You named the feeling: “\(quoted)”."
                advice = "Tie the feeling to their details, e.g. “two days without a phone is frustrating”, not a stock line."
                variant = nil
            }
            findings.append(
                definition.finding(points, at: span, in: reply, message: message, advice: advice, variant: variant))
        }
        return findings
    }

    /// True when a contrast follows the acknowledgement ("…, but the strike was announced", "However, …") and no
    /// action of the agent's follows it in that sentence: the acknowledgement turns into a justification.
    static func isTakenBack(sentence: Int, after end: Int, in reply: ReplyContext) -> Bool {
        let text = reply.reply
        var contrast: Int?
        for index in text.sentences[sentence].tokens
        where text.tokens[index].span.start >= end && text.tokens[index].word.flags.contains(.clauseBreaker) {
            contrast = index
            break
        }
        if contrast == nil, sentence + 1 < text.sentences.count,
            let opening = text.openingWord(of: text.sentences[sentence + 1], skippingWordsWith: []),
            text.tokens[opening].word.flags.contains(.clauseBreaker)
        {
            contrast = opening
        }
        guard let contrast else { return false }
        let contrastSentence = text.tokens[contrast].sentence
        let contrastStart = text.tokens[contrast].span.start
        // "…, but I've already booked an engineer" turns to the fix, not away from the feeling.
        return !reply.personalCommitments.contains {
            $0.start >= contrastStart && reply.sentenceIndex(of: $0) == contrastSentence
        }
    }
}
