/// A simulated call in progress: the customer speaks first, then reacts to each agent turn by the reaction rules.
///
/// Everything is deterministic: the same scenario, seed and agent turns give the same transcript, byte for byte.
public struct ConversationSession: Sendable {
    /// The scenario being played.
    public let scenario: Scenario
    /// The persona calling.
    public let persona: Persona
    /// The seed that picked the slot values.
    public let seed: UInt64
    /// The rules the customer reacts by.
    public let rules: [ReactionRule]
    /// The conversation so far, as the agent sees it.
    public private(set) var conversation: Conversation
    /// How the call ended, once it has.
    public private(set) var outcome: CallOutcome?

    private let grader = ReplyGrader()
    private let language: LanguagePack
    private var moodLevel: Int
    private var patience: Int
    private var nudgeIndex = 0
    private(set) var moods: [Mood]
    private(set) var revealed: [String] = []
    private(set) var events: [SessionEvent] = []

    /// Starts a call: picks slot values from the seed and has the customer say the opening message.
    public init(scenario: Scenario, persona: Persona, seed: UInt64, rules: [ReactionRule] = ReactionRules.standard) {
        self.scenario = scenario
        self.persona = persona
        self.seed = seed
        self.rules = rules
        self.language = Languages.pack(for: persona.locale) ?? Languages.fallback
        let slots = persona.slotValues(seed: seed)
        moodLevel = persona.mood.level
        patience = persona.patience
        moods = [persona.mood]
        conversation = Conversation(scenario: scenario, persona: persona, slots: slots, turns: [])
        conversation.turns.append(
            TranscriptTurn(
                index: 1, speaker: .customer, text: SlotTemplate.fill(scenario.opening, with: slots), actions: [],
                mood: persona.mood, scorecard: nil))
    }

    /// True once the call has ended.
    public var isOver: Bool { outcome != nil }

    /// The customer's current mood.
    public var mood: Mood { Mood.at(level: moodLevel, startingFrom: persona.mood) }

    /// Plays one agent turn and returns the customer's answer (nil once the call is over).
    @discardableResult
    public mutating func respond(_ reply: AgentReply) -> String? {
        guard outcome == nil else { return nil }
        let turn = conversation.agentTurns + 1
        let context = ReplyContext(reply: reply.text, customer: conversation.lastCustomerMessage, language: language)
        let card = grader.grade(context)
        let observation = observe(reply, context: context, card: card, turn: turn)

        var lines: [String] = []
        var ended: CallOutcome?
        var term = card.findings.first { $0.criterion == "unexplained-jargon" || $0.criterion == "unexplained-acronyms" }?.evidence ?? ""
        if term.isEmpty { term = "that" }
        ruleLoop: for rule in rules where applies(rule.trigger, observation) {
            for reaction in rule.reactions {
                switch reaction {
                case .mood(let change): moodLevel = min(100, max(0, moodLevel + change))
                case .patience(let change): patience += change
                case .say(let line): lines.append(SlotTemplate.fill(line, with: conversation.slots.merging(["term": term]) { a, _ in a }))
                case .revealAskedFacts:
                    for fact in observation.askedFacts where !revealed.contains(fact.id) {
                        revealed.append(fact.id)
                        events.append(.factRevealed(fact.id, turn: turn))
                        lines.append(conversation.fill(fact.answer))
                    }
                case .nudge:
                    if !scenario.nudges.isEmpty {
                        lines.append(conversation.fill(scenario.nudges[nudgeIndex % scenario.nudges.count]))
                        nudgeIndex += 1
                    }
                case .end(let result):
                    ended = result
                    if result == .resolved { lines.append(conversation.fill(scenario.thanks)) }
                    break ruleLoop
                }
            }
        }
        if ended == nil && reply.actions.contains(.endCall) {
            ended = allGoalsReached ? .resolved : .endedUnresolved
        }
        if ended == nil && turn >= scenario.turnLimit { ended = .turnLimit }
        if lines.isEmpty && ended == nil {
            lines.append(scenario.nudges.isEmpty ? "Okay." : conversation.fill(scenario.nudges[nudgeIndex % scenario.nudges.count]))
            nudgeIndex += 1
        }
        let answer = lines.joined(separator: " ")
        moods.append(mood)
        let index = conversation.turns.count + 1
        conversation.turns.append(
            TranscriptTurn(index: index, speaker: .agent, text: reply.text, actions: reply.actions, mood: mood, scorecard: card))
        if !answer.isEmpty {
            conversation.turns.append(
                TranscriptTurn(index: index + 1, speaker: .customer, text: answer, actions: [], mood: mood, scorecard: nil))
        }
        outcome = ended
        return ended == nil ? answer : (answer.isEmpty ? nil : answer)
    }

    /// Ends the call where it stands (e.g. the person at the terminal stopped typing).
    public mutating func stop() {
        if outcome == nil { outcome = allGoalsReached ? .resolved : .endedUnresolved }
    }

    /// The transcript so far, with the whole call graded.
    public func transcript() -> Transcript {
        Transcript(
            scenario: scenario.id, persona: persona.id, seed: seed, slots: conversation.slots,
            turns: conversation.turns, scorecard: ConversationGrader().grade(self))
    }

    // MARK: - What the customer notices

    /// What happened in one agent turn that rules react to.
    struct Observation {
        var card: Scorecard
        var askedFacts: [Fact]
        var brokenRules: [ForbiddenRule]
        var reachedGoal: Bool
        var helped: Bool
        var jargon: Bool
    }

    /// Something that happened during the call, with the turn, for grading.
    enum SessionEvent: Hashable, Sendable {
        case factRevealed(String, turn: Int)
        case actionGoal(ActionKind, turn: Int, early: [String])
        case instructed(String, turn: Int, evidence: String, range: TextSpan)
        case broke(ForbiddenRule, turn: Int, evidence: String, range: TextSpan?)
        case priorityViolated(Priority, turn: Int, action: ActionKind)
    }

    var allGoalsReached: Bool {
        scenario.facts.allSatisfy { revealed.contains($0.id) }
            && scenario.actions.allSatisfy { goal in reachedActions.contains(goal.kind) }
            && scenario.instructions.allSatisfy { goal in instructed.contains(goal.id) }
    }

    var reachedActions: [ActionKind] {
        events.compactMap { if case .actionGoal(let kind, _, _) = $0 { return kind } else { return nil } }
    }

    var instructed: [String] {
        events.compactMap { if case .instructed(let id, _, _, _) = $0 { return id } else { return nil } }
    }

    private var takenActions: [ActionKind] = []

    private mutating func observe(_ reply: AgentReply, context: ReplyContext, card: Scorecard, turn: Int) -> Observation {
        let text = context.reply
        // Facts asked: a question sentence holding a word that starts with one of the fact's stems.
        var asked: [Fact] = []
        for fact in scenario.facts where !revealed.contains(fact.id) {
            let stems = fact.askedBy.map(language.folding.fold)
            let isAsked = text.sentences.contains { sentence in
                sentence.isQuestion && text.tokens[sentence.tokens].contains { token in
                    token.isWordLike && stems.contains { token.normalized.hasPrefix($0) }
                }
            }
            if isAsked { asked.append(fact) }
        }
        var broken: [ForbiddenRule] = []
        for rule in scenario.forbidden {
            if let evidence = violation(of: rule, reply: reply, text: text) {
                broken.append(rule)
                events.append(.broke(rule, turn: turn, evidence: evidence.quote, range: evidence.range))
            }
        }
        var reached = false
        for action in reply.actions where action != .endCall {
            let kind = action.kind
            for priority in scenario.priorities where priority.before.contains(kind) && !takenActions.contains(priority.first) {
                events.append(.priorityViolated(priority, turn: turn, action: kind))
            }
            takenActions.append(kind)
            if let goal = scenario.actions.first(where: { $0.kind == kind }), !reachedActions.contains(kind) {
                let early = goal.after.filter { !revealed.contains($0) && !asked.map(\.id).contains($0) }
                events.append(.actionGoal(kind, turn: turn, early: early))
                reached = true
            }
        }
        for goal in scenario.instructions where !instructed.contains(goal.id) {
            guard let index = text.sentence(mentioningAll: goal.mentions) else { continue }
            let span = text.wordSpan(ofSentence: index)
            events.append(.instructed(goal.id, turn: turn, evidence: text.quote(span), range: span))
            reached = true
        }
        // Facts asked now are revealed by the rules; asking for a missing fact counts as progress.
        if !asked.isEmpty { reached = true }
        let jargon = card.findings.contains { $0.criterion == "unexplained-jargon" || $0.criterion == "unexplained-acronyms" }
        let helped = reached || !reply.actions.filter { $0 != .endCall }.isEmpty || context.hasNextStep
        return Observation(card: card, askedFacts: asked, brokenRules: broken, reachedGoal: reached, helped: helped, jargon: jargon)
    }

    private func violation(of rule: ForbiddenRule, reply: AgentReply, text: AnalyzedText) -> (quote: String, range: TextSpan?)? {
        switch rule.kind {
        case .action(let kind):
            return reply.actions.first { $0.kind == kind }.map { ($0.description, nil) }
        case .says(let secret):
            let value = language.folding.fold(conversation.fill(secret))
            let digits = value.filter(\.isNumber)
            let folded = language.folding.fold(reply.text)
            // A number counts however it is written: "+44 7700 900123" and "07700 900123" share their last nine digits.
            let tail = String(digits.suffix(9))
            if folded.contains(value) || (tail.count >= 6 && folded.filter(\.isNumber).contains(tail)) {
                return (conversation.fill(secret), nil)
            }
            return nil
        case .openQuestion:
            for (index, sentence) in text.sentences.enumerated() where sentence.isQuestion {
                guard let first = text.tokens[sentence.tokens].first(where: \.isWordLike),
                    language.openQuestionWords.contains(first.normalized)
                else { continue }
                let span = text.wordSpan(ofSentence: index)
                return (text.quote(span), span)
            }
            return nil
        case .phrase(let phrases):
            let folded = language.folding.fold(reply.text)
            return phrases.first { folded.contains(language.folding.fold($0)) }.map { ($0, nil) }
        }
    }

    private func applies(_ trigger: ReactionRule.Trigger, _ observation: Observation) -> Bool {
        switch trigger {
        case .brokeRule(let kind): return observation.brokenRules.contains { kind == nil || $0.rule == kind }
        case .anyCriterion(let ids): return observation.card.findings.contains { ids.contains($0.criterion) && $0.points != 0 }
        case .jargon(let levels): return observation.jargon && levels.contains(persona.literacy)
        case .askedForFacts: return !observation.askedFacts.isEmpty
        case .reachedGoal: return observation.reachedGoal
        case .noHelp: return !observation.helped
        case .allGoalsReached: return allGoalsReached
        case .patienceExhausted: return patience <= 0
        }
    }
}
