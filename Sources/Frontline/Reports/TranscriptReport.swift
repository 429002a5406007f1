/// Renders a graded call for people: every turn with its scores and the customer's mood, then the call's scorecard.
public struct TranscriptReport: Sendable {
    /// True to use ANSI colours (only when writing to a terminal).
    public var usesColor: Bool

    /// Creates a renderer.
    public init(usesColor: Bool) { self.usesColor = usesColor }

    /// The report for one transcript.
    public func render(_ transcript: Transcript) -> String {
        var lines = ["Scenario: \(transcript.scenario)  (seed \(transcript.seed))", ""]
        for turn in transcript.turns {
            switch turn.speaker {
            case .customer:
                lines.append("Customer [\(turn.mood.rawValue)]: \(turn.text)")
            case .agent:
                lines.append("Agent: \(turn.text)")
                for action in turn.actions { lines.append("       \(action.description)") }
                if let card = turn.scorecard {
                    lines.append("       empathy \(card.empathy) · clarity \(card.clarity) · resolution \(card.resolution)")
                    for finding in card.findings where finding.points < 0 {
                        lines.append("       \(finding.points) [\(finding.criterion)] \(finding.message)")
                    }
                }
            }
        }
        let card = transcript.scorecard
        lines += ["", "Outcome: \(card.outcome.rawValue) after \(card.turnsUsed) agent turn(s); mood \(card.moods.map(\.rawValue).joined(separator: " → "))"]
        if !card.goalsMissed.isEmpty { lines.append("Missed: \(card.goalsMissed.joined(separator: ", "))") }
        if !card.forbiddenBroken.isEmpty { lines.append("Broken rules: \(card.forbiddenBroken.joined(separator: "; "))") }
        lines.append("")
        lines.append(TextReport(usesColor: usesColor).render(card.scores))
        return lines.joined(separator: "\n")
    }
}
