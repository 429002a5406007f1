/// A persona, a scenario they call in, and the turns of a good agent for it (the reference solution).
public struct CatalogEntry: Sendable {
    /// Who calls.
    public var persona: Persona
    /// The call.
    public var scenario: Scenario
    /// A good agent's turns, with `{slot}` placeholders filled from each run.
    public var reference: [AgentReply]

    /// Creates a catalog entry.
    public init(persona: Persona, scenario: Scenario, reference: [AgentReply]) {
        self.persona = persona
        self.scenario = scenario
        self.reference = reference
    }

    /// A session of this scenario with a seed.
    public func session(seed: UInt64, rules: [ReactionRule] = ReactionRules.standard) -> ConversationSession {
        ConversationSession(scenario: scenario, persona: persona, seed: seed, rules: rules)
    }
}

/// The personas and scenarios Frontline ships, in our own words, from the calls the course trains for.
public enum Catalog {
    /// Every shipped entry, in course order.
    public static let entries: [CatalogEntry] = [
        simAfterPorting, strandedDriver, feverNoAmbulance, hideNumber, codedCall, taxiRoof, noSignalUnderground,
        lostPhone, noCharger, homeButton, phoneLentToDaughter, overchargedBill, angryRepeatCaller,
        // frontline new persona inserts above this line
    ] + localisedEntries

    /// Entries in other languages than English (see the language files in this folder).
    static var localisedEntries: [CatalogEntry] {
        [
            polishSimAfterPorting, polishLostPhone, polishNoSignalUnderground, danishStrandedDriver, danishTaxiRoof,
            danishFeverNoAmbulance,
        ]
    }

    /// Every persona.
    public static var personas: [Persona] { entries.map(\.persona) }

    /// Every scenario.
    public static var scenarios: [Scenario] { entries.map(\.scenario) }

    /// The entry whose scenario (or persona) has this id.
    public static func entry(_ id: String) -> CatalogEntry? {
        entries.first { $0.scenario.id == id } ?? entries.first { $0.persona.id == id }
    }

    /// Plays a whole call with an agent and returns the graded transcript.
    public static func run<A: Agent>(_ entry: CatalogEntry, agent: inout A, seed: UInt64) -> Transcript {
        var session = entry.session(seed: seed)
        while !session.isOver {
            session.respond(agent.reply(to: session.conversation))
        }
        return session.transcript()
    }
}
