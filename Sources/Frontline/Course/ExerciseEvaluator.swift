/// The grade of one exercise answer: per dimension pass or fail, every check with a message for the trainee, and each run.
public struct ExerciseEvaluation: Codable, Hashable, Sendable {
    /// Where the answer stands.
    public enum Status: String, Codable, Sendable {
        /// The answer is still the starter's placeholder.
        case notStarted = "not-started"
        /// Every check passed on every customer variant.
        case passed
        /// At least one check failed.
        case failed
    }

    /// One thing that was checked, with the verdict and an explanation written for the trainee.
    public struct Check: Codable, Hashable, Sendable {
        /// The dimension the check belongs to.
        public var dimension: ScoreDimension
        /// True when it passed.
        public var passed: Bool
        /// What was checked and why it passed or failed, quoting the trainee's words.
        public var message: String
        /// The customer variant (seed) it was checked on.
        public var seed: UInt64
    }

    /// One graded run on one customer variant.
    public struct Run: Codable, Hashable, Sendable {
        /// The seed of the customer variant.
        public var seed: UInt64
        /// The customer's message (the opening, for conversations).
        public var customer: String
        /// What the answer said (every agent turn, for conversations).
        public var reply: String
        /// The actions the answer took.
        public var actions: [AgentAction]
        /// The scorecard (the conversation's for agents).
        public var scorecard: Scorecard
        /// How the call ended, for conversations.
        public var outcome: CallOutcome?
    }

    /// The exercise id.
    public var exercise: String
    /// Where the answer stands.
    public var status: Status
    /// The lowest score over the variants, per dimension.
    public var scores: [String: Int]
    /// Every check.
    public var checks: [Check]
    /// Every run.
    public var runs: [Run]

    /// The lowest score on one dimension.
    public func score(_ dimension: ScoreDimension) -> Int { scores[dimension.rawValue] ?? 0 }

    /// The failed checks on one dimension.
    public func failures(on dimension: ScoreDimension) -> [Check] { checks.filter { $0.dimension == dimension && !$0.passed } }

    /// True when no check on the dimension failed.
    public func passes(_ dimension: ScoreDimension) -> Bool { failures(on: dimension).isEmpty }
}

/// Grades an exercise answer against its metadata, over every customer variant.
public struct ExerciseEvaluator: Sendable {
    /// The exercise's metadata.
    public let spec: ExerciseSpec
    /// The scenario the customer comes from.
    public let entry: CatalogEntry

    /// A problem that stops grading, e.g. metadata naming a scenario that does not exist.
    public struct SetupError: Error, CustomStringConvertible, Sendable {
        /// What is wrong.
        public var description: String
    }

    /// Creates an evaluator, checking that the metadata's scenario exists.
    public init(spec: ExerciseSpec) throws(SetupError) {
        guard let entry = Catalog.entry(spec.scenario) else {
            throw SetupError(description: "exercise \(spec.id): unknown scenario '\(spec.scenario)' in .meta/config.json")
        }
        self.spec = spec
        self.entry = entry
    }

    /// Grades an answer on every seed.
    public func evaluate(_ answer: ExerciseAnswer) -> ExerciseEvaluation {
        var checks: [ExerciseEvaluation.Check] = []
        var runs: [ExerciseEvaluation.Run] = []
        var notStarted = false
        for seed in spec.seeds {
            var run: ExerciseEvaluation.Run
            switch answer {
            case .reply(let exercise):
                let call = CustomerCall(entry, seed: seed)
                run = gradeReply(AgentReply(exercise.reply(to: call)), call: call, seed: seed)
            case .actionReply(let exercise):
                let call = CustomerCall(entry, seed: seed)
                run = gradeReply(exercise.reply(to: call), call: call, seed: seed)
            case .agent(let exercise):
                run = gradeConversation(exercise.makeAgent(), seed: seed)
            }
            if NotStarted.isPlaceholder(run.reply) {
                // A placeholder is not an answer: it scores nothing, whatever the text happens to earn.
                notStarted = true
                run.scorecard = Scorecard(
                    findings: ScoreDimension.allCases.map { dimension in
                        Finding(
                            dimension: dimension, criterion: "not-started", points: -dimension.baseline, evidence: "",
                            range: nil, message: "Still the starter's TODO placeholder.", advice: "Replace the TODO with your answer.")
                    }, locale: run.scorecard.locale)
            }
            runs.append(run)
            checks += self.checks(for: run)
        }
        var scores: [String: Int] = [:]
        for dimension in ScoreDimension.allCases {
            scores[dimension.rawValue] = runs.map { $0.scorecard.score(dimension) }.min() ?? 0
        }
        let status: ExerciseEvaluation.Status = notStarted ? .notStarted : checks.allSatisfy(\.passed) ? .passed : .failed
        return ExerciseEvaluation(exercise: spec.id, status: status, scores: scores, checks: checks, runs: runs)
    }

    private func gradeReply(_ reply: AgentReply, call: CustomerCall, seed: UInt64) -> ExerciseEvaluation.Run {
        let language = Languages.pack(for: call.locale) ?? Languages.fallback
        let context = ReplyContext(reply: reply.text, customer: call.message, language: language)
        let card = ReplyGrader().grade(context, localeSource: "given")
        return ExerciseEvaluation.Run(
            seed: seed, customer: call.message, reply: reply.text, actions: reply.actions, scorecard: card, outcome: nil)
    }

    private func gradeConversation(_ agent: any Agent, seed: UInt64) -> ExerciseEvaluation.Run {
        var agent = agent
        var session = entry.session(seed: seed)
        while !session.isOver { session.respond(agent.reply(to: session.conversation)) }
        let transcript = session.transcript()
        let agentTurns = transcript.turns.filter { $0.speaker == .agent }
        return ExerciseEvaluation.Run(
            seed: seed, customer: transcript.turns.first?.text ?? "",
            reply: agentTurns.map(\.text).joined(separator: "\n"), actions: agentTurns.flatMap(\.actions),
            scorecard: transcript.scorecard.scores, outcome: transcript.scorecard.outcome)
    }

    // MARK: - Checks and the messages trainees read

    private func checks(for run: ExerciseEvaluation.Run) -> [ExerciseEvaluation.Check] {
        var checks: [ExerciseEvaluation.Check] = []
        let card = run.scorecard
        let slots = entry.persona.slotValues(seed: run.seed)
        let words = CourseWording.forLocale(spec.locale)
        let language = Languages.pack(for: spec.locale) ?? Languages.fallback
        let who = words.say(words.who, ["name": SlotTemplate.fill(entry.persona.name, with: slots), "seed": "\(run.seed)"])
        func check(_ dimension: ScoreDimension, _ passed: Bool, _ message: String) {
            checks.append(ExerciseEvaluation.Check(dimension: dimension, passed: passed, message: message, seed: run.seed))
        }
        for dimension in ScoreDimension.allCases {
            let score = card.score(dimension)
            let mark = spec.passMark(dimension)
            let values = ["dimension": words.dimensions[dimension] ?? dimension.title, "score": "\(score)", "mark": "\(mark)", "who": who]
            if score >= mark {
                check(dimension, true, words.say(words.passed, values))
            } else {
                check(dimension, false, explain(dimension, headline: words.say(words.failed, values), run: run, words: words, language: language))
            }
        }
        let folded = language.folding.fold(run.reply)
        for slot in spec.mustMention {
            guard let value = slots[slot] else { continue }
            let used = folded.contains(language.folding.fold(value))
            check(.empathy, used, words.say(used ? words.usedDetail : words.useDetail, ["slot": slot, "value": value, "who": who]))
        }
        for id in spec.requiredCriteria {
            let dimension = Criteria.named(id)?.definition.dimension ?? .empathy
            let fired = card.findings.contains { $0.criterion == id && $0.points > 0 }
            check(
                dimension, fired,
                fired
                    ? words.say(words.doesThis, ["criterion": Criteria.named(id)?.definition.name ?? id])
                    : missing(id, who: who, words: words, language: language))
        }
        for id in spec.forbiddenCriteria {
            let dimension = Criteria.named(id)?.definition.dimension ?? .empathy
            let hits = card.findings.filter { $0.criterion == id && $0.points < 0 }
            check(
                dimension, hits.isEmpty,
                hits.isEmpty
                    ? words.say(words.avoided, ["criterion": Criteria.named(id)?.definition.name.lowercased() ?? id])
                    : words.say(words.notAllowed, ["quotes": hits.map { "“\($0.evidence)”" }.joined(separator: ", ")]) + " \(hits[0].advice)")
        }
        for kind in spec.requiredActions {
            let done = run.actions.contains { $0.kind == kind }
            check(
                .resolution, done,
                words.say(done ? words.tookAction : words.takeAction, ["action": kind.rawValue, "who": who]))
        }
        if let custom = spec.customChecks, !custom.isEmpty {
            let language = Languages.pack(for: spec.locale) ?? Languages.fallback
            let text = AnalyzedText(run.reply, language: language)
            for item in custom {
                let found = text.sentence(mentioningAll: item.mustSay)
                check(
                    item.dimension, found != nil,
                    found.map { "\(item.description): “\(text.quote(text.wordSpan(ofSentence: $0)))”." }
                        ?? "\(words.missing): \(item.description) (\(who)). \(item.advice)")
            }
        }
        if spec.kind == .conversation, let outcome = run.outcome {
            check(.resolution, outcome == .resolved, words.say(words.callEnded, ["outcome": outcome.rawValue, "who": who]))
        }
        return checks
    }

    /// Why a dimension fell short: the trainee's words, what cost points, and what was missing.
    private func explain(
        _ dimension: ScoreDimension, headline: String, run: ExerciseEvaluation.Run, words: CourseWording, language: LanguagePack
    ) -> String {
        var lines = [headline]
        let quoted = run.reply.count > 220 ? String(run.reply.prefix(217)) + "…" : run.reply
        lines.append("  \(words.yourWords): “\(quoted)”")
        let costs = run.scorecard.findings(on: dimension).filter { $0.points < 0 }.sorted { $0.points < $1.points }
        for finding in costs.prefix(3) {
            let evidence = finding.evidence.isEmpty ? "" : " “\(finding.evidence)”"
            let turn = finding.turn.map { " (turn \($0))" } ?? ""
            lines.append("  \(words.cost) \(finding.points)\(turn): \(finding.criterion)\(evidence). \(finding.advice)")
        }
        let earned = Set(run.scorecard.findings.filter { $0.points > 0 }.map(\.criterion))
        let missed = Criteria.rewarding(dimension).filter { !earned.contains($0.definition.id) }
        for criterion in missed.prefix(2) {
            lines.append("  \(words.missing): \(describe(criterion.definition, language: language))")
        }
        return lines.joined(separator: "\n")
    }

    private func missing(_ id: String, who: String, words: CourseWording, language: LanguagePack) -> String {
        guard let definition = Criteria.named(id)?.definition else { return "\(words.missing): \(id) (\(who))." }
        let example = definition.examples.first { $0.expectation == .triggers && $0.locale == language.code }
            .map { " \(words.forExample): “\($0.reply)”" } ?? ""
        return "\(words.missing) (\(who)): \(describe(definition, language: language))\(example)"
    }

    /// A criterion explained for a trainee: in English its name and rationale; elsewhere the language's own advice.
    private func describe(_ definition: CriterionDefinition, language: LanguagePack) -> String {
        if let advice = language.feedback[definition.id + "+"]?.advice ?? language.feedback[definition.id]?.advice {
            return "\(definition.id). \(advice)"
        }
        return "\(definition.name.lowercased()). \(definition.rationale)"
    }
}

extension Criteria {
    /// The criteria of a dimension that reward a reply (found by running their own triggering examples), best first.
    public static func rewarding(_ dimension: ScoreDimension) -> [any Criterion] {
        rewardingCriteria.filter { $0.definition.dimension == dimension }
    }

    private static let rewardingCriteria: [any Criterion] = all.filter { criterion in
        // Rewarding: its triggering examples earn points and never cost any (mixed criteria such as stock lines are not).
        let points = criterion.definition.examples.flatMap { example -> [Int] in
            guard example.expectation == .triggers, let language = Languages.pack(for: example.locale) else { return [] }
            let context = ReplyContext(reply: example.reply, customer: example.customer, language: language)
            return criterion.evaluate(context).map(\.points)
        }
        return points.contains { $0 > 0 } && !points.contains { $0 < 0 }
    }
}
