/// A call to practise: a persona, the opening message, what counts as resolved, what is forbidden, and a turn limit.
///
/// ```swift
/// Scenario(
///     id: "stranded-driver", persona: "stranded-driver", title: "Stranded at −20 °C",
///     opening: "My car's dead on the motorway and my phone's on {battery} percent. I'm freezing.",
///     facts: [Fact(id: "location", description: "Where the car is", askedBy: ["where", "location", "exit"],
///                  answer: "Near exit {exit}, northbound.")],
///     actions: [ActionGoal(.orderTaxi, description: "Order a taxi to the car", after: ["location"])],
///     forbidden: [ForbiddenRule(.action(.transfer), rule: .safety, description: "Do not pass a freezing caller on")],
///     turnLimit: 6)
/// ```
public struct Scenario: Codable, Hashable, Sendable {
    /// A stable kebab-case id.
    public var id: String
    /// The id of the persona who calls.
    public var persona: String
    /// A short title.
    public var title: String
    /// The customer's first message (may hold `{slot}` placeholders).
    public var opening: String
    /// Facts the agent must find out by asking; the customer reveals each only when asked.
    public var facts: [Fact]
    /// Actions the agent must take.
    public var actions: [ActionGoal]
    /// Things the agent must tell the customer to do (e.g. "put in the new SIM").
    public var instructions: [InstructionGoal]
    /// Things the agent must not do.
    public var forbidden: [ForbiddenRule]
    /// Actions that must come before others: safety before the technical fault.
    public var priorities: [Priority]
    /// What the customer says when the agent's turn does nothing for them, in order (cycled).
    public var nudges: [String]
    /// What the customer says when every goal is reached.
    public var thanks: String
    /// The most agent turns the call may take.
    public var turnLimit: Int

    /// Creates a scenario.
    public init(
        id: String, persona: String, title: String, opening: String, facts: [Fact] = [], actions: [ActionGoal] = [],
        instructions: [InstructionGoal] = [], forbidden: [ForbiddenRule] = [], priorities: [Priority] = [], nudges: [String] = [],
        thanks: String = "Thank you, that's everything.", turnLimit: Int = 6
    ) {
        self.id = id
        self.persona = persona
        self.title = title
        self.opening = opening
        self.facts = facts
        self.actions = actions
        self.instructions = instructions
        self.forbidden = forbidden
        self.priorities = priorities
        self.nudges = nudges
        self.thanks = thanks
        self.turnLimit = turnLimit
    }
}

/// A fact the agent must establish; the customer reveals it only when a question asks about it.
public struct Fact: Codable, Hashable, Sendable {
    /// A stable id, e.g. "address".
    public var id: String
    /// What the fact is, for trainees and reports.
    public var description: String
    /// Word stems that, in an agent's question, ask for this fact ("where", "address", "street").
    public var askedBy: [String]
    /// What the customer answers (may hold `{slot}` placeholders).
    public var answer: String

    /// Creates a fact.
    public init(id: String, description: String, askedBy: [String], answer: String) {
        self.id = id
        self.description = description
        self.askedBy = askedBy
        self.answer = answer
    }
}

/// An action the agent must take, optionally only after some facts are known.
public struct ActionGoal: Codable, Hashable, Sendable {
    /// The kind of action that reaches the goal.
    public var kind: ActionKind
    /// What the goal is, for trainees and reports.
    public var description: String
    /// Facts that should be established first (e.g. the address before the ambulance).
    public var after: [String]

    /// Creates an action goal.
    public init(_ kind: ActionKind, description: String, after: [String] = []) {
        self.kind = kind
        self.description = description
        self.after = after
    }
}

/// Something the agent must tell the customer, found when one sentence holds a word from every group.
///
/// `InstructionGoal(id: "insert-sim", description: "Put in the new SIM", mentions: [["put", "insert"], ["sim", "card"]])`
/// is reached by "Put the new card in the phone."
public struct InstructionGoal: Codable, Hashable, Sendable {
    /// A stable id.
    public var id: String
    /// What the customer must be told, for trainees and reports.
    public var description: String
    /// Groups of word stems; one sentence must hold a word starting with a stem of every group.
    public var mentions: [[String]]

    /// Creates an instruction goal.
    public init(id: String, description: String, mentions: [[String]]) {
        self.id = id
        self.description = description
        self.mentions = mentions
    }
}

/// One thing the agent must not do, and which rule it breaks.
public struct ForbiddenRule: Codable, Hashable, Sendable {
    /// What is forbidden.
    public var kind: Kind
    /// The rule it breaks.
    public var rule: RuleKind
    /// What is forbidden, in plain words.
    public var description: String

    /// What a forbidden thing can be.
    public enum Kind: Codable, Hashable, Sendable {
        /// Taking an action of this kind.
        case action(ActionKind)
        /// Saying a secret (a `{slot}` placeholder or literal text), e.g. another subscriber's number.
        case says(String)
        /// Asking an open question the caller must answer aloud (what, where, who…), as with a coded call.
        case openQuestion
        /// Using any of these phrases.
        case phrase([String])
    }

    /// Which rule a forbidden thing breaks.
    public enum RuleKind: String, Codable, Hashable, Sendable {
        /// Someone's safety.
        case safety
        /// Someone's personal data.
        case privacy
        /// The company's policy.
        case policy
    }

    /// Creates a forbidden rule.
    public init(_ kind: Kind, rule: RuleKind, description: String) {
        self.kind = kind
        self.rule = rule
        self.description = description
    }
}

/// An action that must come before others: e.g. call the ambulance before reporting the line fault.
public struct Priority: Codable, Hashable, Sendable {
    /// What must come first.
    public var first: ActionKind
    /// What must not come before it.
    public var before: [ActionKind]
    /// Why, in plain words.
    public var reason: String

    /// Creates a priority.
    public init(_ first: ActionKind, before: [ActionKind], reason: String) {
        self.first = first
        self.before = before
        self.reason = reason
    }
}
