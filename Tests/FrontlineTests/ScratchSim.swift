import Testing
@testable import Frontline

@Test func scratch() {
    for entry in Catalog.entries {
        var agent = ScriptedAgent(entry.reference)
        let t = Catalog.run(entry, agent: &agent, seed: 1)
        print("== \(t.scenario) outcome \(t.scorecard.outcome) E\(t.scorecard.empathy) C\(t.scorecard.clarity) R\(t.scorecard.resolution) moods \(t.scorecard.moods.map(\.rawValue))")
        for turn in t.turns { print("  [\(turn.speaker.rawValue)] \(turn.text) \(turn.actions.map(\.description))") }
        for f in t.scorecard.scores.findings { print("    \(f.dimension) \(f.points) \(f.criterion) \(f.message)") }
        var loud = ScriptedAgent([AgentReply("Where are you? What's your address?")])
        let t2 = Catalog.run(entry, agent: &loud, seed: 1)
        print("  loud: \(t2.scorecard.outcome) R\(t2.scorecard.resolution)")
    }
}
