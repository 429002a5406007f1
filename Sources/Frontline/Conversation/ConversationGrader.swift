/// Grades a whole call: empathy and clarity across the agent's turns, resolution from goals reached and rules kept.
public struct ConversationGrader: Sendable {
    /// Points shared by all goals when every one is reached.
    static let goalPoints = 55
    /// Points a goal never reached costs.
    static let missedGoalPoints = -10
    /// Points a broken safety or privacy rule costs.
    static let brokenRulePoints = -45
    /// Points acting out of the right order costs.
    static let priorityPoints = -15
    /// Points acting before confirming what the action needs costs.
    static let earlyActionPoints = -5

    /// Creates a grader.
    public init() {}

    /// The conversation scorecard of a session.
    public func grade(_ session: ConversationSession) -> ConversationScorecard {
        let agentTurns = session.conversation.turns.filter { $0.speaker == .agent }
        let cards = agentTurns.compactMap(\.scorecard)
        var findings: [Finding] = []

        // Empathy and clarity: the average over turns, and how the customer's mood went.
        for dimension in [ScoreDimension.empathy, .clarity] where !cards.isEmpty {
            let average = Int((Double(cards.map { $0.score(dimension) }.reduce(0, +)) / Double(cards.count)).rounded())
            let weakest = zip(agentTurns, cards).min { $0.1.score(dimension) < $1.1.score(dimension) }
            findings.append(
                Finding(
                    dimension: dimension, criterion: "turn-average", points: average - dimension.baseline, evidence: "",
                    range: nil,
                    message: "Average \(dimension.rawValue) over \(cards.count) turn(s): \(average); weakest was turn \(weakest?.0.index ?? 0) (\(weakest?.1.score(dimension) ?? 0)).",
                    advice: "Open the weakest turn's findings to see what to change there.", turn: weakest?.0.index))
        }
        if let start = session.moods.first, let end = session.moods.last, cards.count > 0 {
            let change = end.level - start.level
            if abs(change) >= 15 {
                findings.append(
                    Finding(
                        dimension: .empathy, criterion: "customer-mood", points: change > 0 ? 5 : -5, evidence: "", range: nil,
                        message: "The customer went from \(start.rawValue) to \(end.rawValue).",
                        advice: change > 0 ? "Keep acknowledging and acting; it is working." : "Acknowledge the feeling before the fix, and never talk down.",
                        turn: agentTurns.last?.index))
            }
        }

        // Resolution: goals, rules, order.
        let scenario = session.scenario
        let goals = scenario.facts.map(\.id) + scenario.actions.map(\.kind.rawValue) + scenario.instructions.map(\.id)
        var reached: [String] = []
        var broken: [String] = []
        let share = goals.isEmpty ? 0 : ConversationGrader.goalPoints / goals.count
        var remainder = goals.isEmpty ? 0 : ConversationGrader.goalPoints - share * goals.count
        func turnIndex(_ agentTurn: Int) -> Int { agentTurns.indices.contains(agentTurn - 1) ? agentTurns[agentTurn - 1].index : 0 }
        for event in session.events {
            switch event {
            case .factRevealed(let id, let turn):
                reached.append(id)
                let fact = scenario.facts.first { $0.id == id }
                findings.append(goalFinding(share + take(&remainder), "You found out: \(fact?.description ?? id).", turn: turnIndex(turn)))
            case .actionGoal(let kind, let turn, let early):
                reached.append(kind.rawValue)
                let goal = scenario.actions.first { $0.kind == kind }
                findings.append(goalFinding(share + take(&remainder), "You did it: \(goal?.description ?? kind.rawValue).", turn: turnIndex(turn)))
                if !early.isEmpty {
                    findings.append(
                        Finding(
                            dimension: .resolution, criterion: "acted-before-confirming", points: ConversationGrader.earlyActionPoints,
                            evidence: "", range: nil,
                            message: "\(kind.rawValue) before confirming: \(early.joined(separator: ", ")).",
                            advice: "Confirm what the action depends on first, in one short question.", turn: turnIndex(turn)))
                }
            case .instructed(let id, let turn, let evidence, let range):
                reached.append(id)
                let goal = scenario.instructions.first { $0.id == id }
                var finding = goalFinding(share + take(&remainder), "You told them: \(goal?.description ?? id).", turn: turnIndex(turn))
                finding.evidence = evidence
                finding.range = range
                findings.append(finding)
            case .broke(let rule, let turn, let evidence, let range):
                broken.append(rule.description)
                findings.append(
                    Finding(
                        dimension: .resolution, criterion: "\(rule.rule.rawValue)-rule", points: ConversationGrader.brokenRulePoints,
                        evidence: range == nil ? "" : evidence, range: range,
                        message: "Broke the \(rule.rule.rawValue) rule: \(rule.description) (“\(evidence)”).",
                        advice: rule.rule == .safety
                            ? "Safety first: ask only what the caller can answer safely, and act."
                            : "Keep the rule and still help: offer what you can do instead.",
                        turn: turnIndex(turn)))
            case .priorityViolated(let priority, let turn, let action):
                findings.append(
                    Finding(
                        dimension: .resolution, criterion: "wrong-order", points: ConversationGrader.priorityPoints, evidence: "",
                        range: nil, message: "\(action.rawValue) came before \(priority.first.rawValue): \(priority.reason)",
                        advice: "Do the most urgent thing first.", turn: turnIndex(turn)))
            }
        }
        let missed = goals.filter { !reached.contains($0) }
        for goal in missed {
            let description = scenario.facts.first { $0.id == goal }?.description
                ?? scenario.actions.first { $0.kind.rawValue == goal }?.description
                ?? scenario.instructions.first { $0.id == goal }?.description ?? goal
            findings.append(
                Finding(
                    dimension: .resolution, criterion: "goal-missed", points: ConversationGrader.missedGoalPoints, evidence: "",
                    range: nil, message: "Not done: \(description).",
                    advice: "Ask for what you need and take the action; the customer cannot do it for you."))
        }
        let outcome = session.outcome ?? (session.allGoalsReached ? .resolved : .endedUnresolved)
        switch outcome {
        case .hungUp:
            findings.append(outcomeFinding(-15, "The customer hung up.", "Acknowledge, then act; patience runs out when nothing happens."))
        case .turnLimit:
            findings.append(outcomeFinding(-10, "The call ran out of turns.", "Get to the action sooner; ask only what you need."))
        default: break
        }
        return ConversationScorecard(
            scores: Scorecard(findings: findings, locale: session.persona.locale), outcome: outcome,
            turnsUsed: agentTurns.count, moods: session.moods, goalsReached: reached, goalsMissed: missed,
            forbiddenBroken: broken)
    }

    private func take(_ remainder: inout Int) -> Int {
        guard remainder > 0 else { return 0 }
        remainder -= 1
        return 1
    }

    private func goalFinding(_ points: Int, _ message: String, turn: Int) -> Finding {
        Finding(
            dimension: .resolution, criterion: "goal-reached", points: points, evidence: "", range: nil, message: message,
            advice: "Good: this moved the call to its goal.", turn: turn)
    }

    private func outcomeFinding(_ points: Int, _ message: String, _ advice: String) -> Finding {
        Finding(dimension: .resolution, criterion: "call-outcome", points: points, evidence: "", range: nil, message: message, advice: advice)
    }
}
