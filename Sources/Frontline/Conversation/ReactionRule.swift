/// One readable rule of how the simulated customer reacts to an agent turn: when something happens, what follows.
///
/// Rules are plain values, checked in order; an instructor can read the list as a table and extend it:
///
/// ```swift
/// ReactionRule("Talking down makes them angrier", when: .anyCriterion(["talks-down", "sarcasm"]),
///              then: [.mood(-20), .patience(-2), .say("There's no need to talk to me like that.")])
/// ```
public struct ReactionRule: Sendable {
    /// What the rule is, in plain words.
    public var name: String
    /// When the rule applies.
    public var trigger: Trigger
    /// What follows, in order.
    public var reactions: [Reaction]

    /// Creates a rule.
    public init(_ name: String, when trigger: Trigger, then reactions: [Reaction]) {
        self.name = name
        self.trigger = trigger
        self.reactions = reactions
    }

    /// What can trigger a rule.
    public enum Trigger: Sendable {
        /// The agent broke a forbidden rule of this kind (any kind when nil).
        case brokeRule(ForbiddenRule.RuleKind?)
        /// The agent's turn raised a finding of any of these criteria.
        case anyCriterion([String])
        /// The agent's turn used jargon or acronyms and the customer's literacy is one of these.
        case jargon(for: [TechnicalLiteracy])
        /// The agent asked about one or more facts the customer has not told yet.
        case askedForFacts
        /// The agent reached a goal this turn (an action or a fact).
        case reachedGoal
        /// The turn did nothing for the customer: no goal, no question about a fact, no next step.
        case noHelp
        /// Every goal has been reached.
        case allGoalsReached
        /// The customer's patience has run out.
        case patienceExhausted
    }

    /// What a rule can do.
    public enum Reaction: Sendable {
        /// Moves the customer's mood by so many points (positive is calmer).
        case mood(Int)
        /// Moves the customer's patience by so many turns.
        case patience(Int)
        /// The customer says this (may use `{slot}` placeholders and `{term}` for the jargon heard).
        case say(String)
        /// The customer answers the facts asked about.
        case revealAskedFacts
        /// The customer says the scenario's next nudge (what they still need).
        case nudge
        /// The call ends with this outcome.
        case end(CallOutcome)
    }
}

/// The rules every simulated customer follows unless an instructor gives others.
public enum ReactionRules {
    /// The standard rules, in the order they are checked.
    public static let standard: [ReactionRule] = [
        ReactionRule(
            "Breaking a safety rule ends the call", when: .brokeRule(.safety),
            then: [.mood(-40), .say("…(the line goes quiet, then the call drops)"), .end(.safetyBreach)]),
        ReactionRule(
            "A privacy breach unsettles the customer", when: .brokeRule(.privacy),
            then: [.mood(-5)]),
        ReactionRule(
            "Talking down, blame, sarcasm or rudeness make them angrier",
            when: .anyCriterion(["talks-down", "blames-customer", "sarcasm", "dismissive", "judges-motives", "rude-language"]),
            then: [.mood(-20), .patience(-2), .say("There's no need to talk to me like that.")]),
        ReactionRule(
            "Jargon confuses a customer who is not technical", when: .jargon(for: [.low, .medium]),
            then: [.mood(-5), .patience(-1), .say("Sorry, I don't know what “{term}” means.")]),
        ReactionRule(
            "Feeling heard calms them", when: .anyCriterion(["acknowledges-feeling", "offers-reassurance"]),
            then: [.mood(10)]),
        ReactionRule("A question about what they know gets an answer", when: .askedForFacts, then: [.revealAskedFacts]),
        ReactionRule("Progress calms them and buys patience", when: .reachedGoal, then: [.mood(10), .patience(1)]),
        ReactionRule("Being ignored wears patience thin", when: .noHelp, then: [.mood(-5), .patience(-1), .nudge]),
        ReactionRule("Every goal reached ends the call happily", when: .allGoalsReached, then: [.mood(20), .end(.resolved)]),
        ReactionRule(
            "Patience run out: they hang up", when: .patienceExhausted,
            then: [.say("Forget it. I'll sort it out myself."), .end(.hungUp)]),
    ]
}
