/// The customer a reply exercise answers: one run of a catalog scenario, with this run's name and details.
public struct CustomerCall: Sendable {
    /// The customer's name in this run.
    public var name: String
    /// What the customer says.
    public var message: String
    /// The language of the call.
    public var locale: String
    /// This run's values for the persona's details, e.g. `["battery": "3", "exit": "14"]`.
    public var details: [String: String]
    /// The persona calling, for reference (situation, mood, literacy).
    public var persona: Persona

    /// The call a scenario's persona makes with a seed.
    public init(_ entry: CatalogEntry, seed: UInt64) {
        let slots = entry.persona.slotValues(seed: seed)
        self.name = SlotTemplate.fill(entry.persona.name, with: slots)
        self.message = SlotTemplate.fill(entry.scenario.opening, with: slots)
        self.locale = entry.persona.locale
        self.details = slots
        self.persona = entry.persona
    }
}

/// An exercise whose answer is one reply in words.
public protocol ReplyExercise: Sendable {
    /// Your reply to the customer.
    func reply(to call: CustomerCall) -> String
}

/// An exercise whose answer is one reply with actions (order a taxi, block a SIM…).
public protocol ActionReplyExercise: Sendable {
    /// Your reply to the customer: what you say and what you do.
    func reply(to call: CustomerCall) -> AgentReply
}

/// An exercise whose answer is a whole agent that takes a simulated call from start to end.
public protocol AgentExercise: Sendable {
    /// A fresh agent for one call.
    func makeAgent() -> any Agent
}

/// The ways an exercise can be answered, so one registry can hold every exercise's implementations.
public enum ExerciseAnswer: Sendable {
    /// A reply in words.
    case reply(any ReplyExercise)
    /// A reply with actions.
    case actionReply(any ActionReplyExercise)
    /// A whole agent.
    case agent(any AgentExercise)
}

/// One exercise's implementations: the trainee's work, the reference solution, and flawed anti-solutions by name.
public struct ExerciseImplementations: Sendable {
    /// The trainee's implementation (the starter until they start).
    public var work: ExerciseAnswer
    /// The reference solution, which must pass.
    public var reference: ExerciseAnswer
    /// Flawed answers by name ("cold", "jargon"…), each of which must fail on the dimension its metadata names.
    public var antiSolutions: [String: ExerciseAnswer]

    /// Creates the implementations of one exercise.
    public init(work: ExerciseAnswer, reference: ExerciseAnswer, antiSolutions: [String: ExerciseAnswer]) {
        self.work = work
        self.reference = reference
        self.antiSolutions = antiSolutions
    }
}

/// What a starter returns until the trainee starts: replies beginning with this marker are "not started".
public enum NotStarted {
    /// The marker a starter's reply begins with.
    public static let marker = "TODO"

    /// True when a reply is still the starter's placeholder.
    public static func isPlaceholder(_ text: String) -> Bool {
        text.trimmingSpaces.hasPrefix(marker)
    }
}
