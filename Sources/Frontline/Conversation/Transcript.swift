/// One turn of a call: who spoke, what they said and did, the customer's mood after it, and the agent turn's grades.
public struct TranscriptTurn: Codable, Hashable, Sendable {
    /// The turn's number, from 1.
    public var index: Int
    /// Who spoke.
    public var speaker: Speaker
    /// What was said.
    public var text: String
    /// What the agent did (empty for customer turns).
    public var actions: [AgentAction]
    /// The customer's mood after this turn.
    public var mood: Mood
    /// The agent turn's scorecard, with the customer's previous message as context.
    public var scorecard: Scorecard?
}

/// How a simulated call ended.
public enum CallOutcome: String, Codable, Sendable {
    /// Every goal was reached.
    case resolved
    /// The agent ended the call before every goal was reached.
    case endedUnresolved = "ended-unresolved"
    /// The customer lost patience and hung up.
    case hungUp = "hung-up"
    /// The agent broke a safety rule and the call ended.
    case safetyBreach = "safety-breach"
    /// The turn limit was reached first.
    case turnLimit = "turn-limit"
}

/// The grades of a whole call: three scores explained by conversation-level findings, and what happened.
public struct ConversationScorecard: Codable, Hashable, Sendable {
    /// The scores and the findings that explain them; findings carry the turn they point at.
    public var scores: Scorecard
    /// How the call ended.
    public var outcome: CallOutcome
    /// Agent turns used.
    public var turnsUsed: Int
    /// The customer's mood at the start and after each agent turn.
    public var moods: [Mood]
    /// Goals reached (fact and action ids), in the order reached.
    public var goalsReached: [String]
    /// Goals never reached.
    public var goalsMissed: [String]
    /// Forbidden things done, by description.
    public var forbiddenBroken: [String]

    /// Empathy, 0–100.
    public var empathy: Int { scores.empathy }
    /// Clarity, 0–100.
    public var clarity: Int { scores.clarity }
    /// Resolution, 0–100.
    public var resolution: Int { scores.resolution }
}

/// A simulated call from start to end: the scenario, the run's seed and slot values, every turn, and the grades.
public struct Transcript: Codable, Hashable, Sendable {
    /// The scenario played.
    public var scenario: String
    /// The persona who called.
    public var persona: String
    /// The seed that picked the slot values.
    public var seed: UInt64
    /// The slot values picked.
    public var slots: [String: String]
    /// Every turn, the customer's first.
    public var turns: [TranscriptTurn]
    /// The grades of the whole call.
    public var scorecard: ConversationScorecard
}
