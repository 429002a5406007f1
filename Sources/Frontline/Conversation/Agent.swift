/// The agent side of a call, which trainees implement: given the conversation so far, return the next reply.
///
/// ```swift
/// struct MyAgent: Agent {
///     mutating func reply(to conversation: Conversation) -> AgentReply {
///         AgentReply("That sounds frightening. I'm calling the ambulance now.",
///                    actions: [.callEmergency(.ambulance, address: "14 Elm Road")])
///     }
/// }
/// ```
public protocol Agent {
    /// The agent's next turn: what it says and what it does.
    mutating func reply(to conversation: Conversation) -> AgentReply
}

/// One agent turn: the words said and the actions taken.
public struct AgentReply: Codable, Hashable, Sendable {
    /// What the agent says.
    public var text: String
    /// What the agent does.
    public var actions: [AgentAction]

    /// Creates a reply.
    public init(_ text: String, actions: [AgentAction] = []) {
        self.text = text
        self.actions = actions
    }
}

/// Who spoke a turn.
public enum Speaker: String, Codable, Sendable {
    /// The (simulated) customer.
    case customer
    /// The agent.
    case agent

    /// Reads "customer" or "agent" in any case ("Agent" is the agent), and names both when it is neither.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let speaker = Speaker(rawValue: name.lowercased()) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "speaker '\(name)' is neither 'customer' nor 'agent'")
        }
        self = speaker
    }
}

/// The call so far, as an agent sees it: the scenario, the customer's details it may know, and every turn.
public struct Conversation: Sendable {
    /// The scenario being played.
    public let scenario: Scenario
    /// The persona calling.
    public let persona: Persona
    /// The values this run picked for the persona's `{slot}` placeholders.
    public let slots: [String: String]
    /// Every turn so far, the customer's first.
    public internal(set) var turns: [TranscriptTurn]

    /// The customer's most recent message.
    public var lastCustomerMessage: String { turns.last { $0.speaker == .customer }?.text ?? "" }

    /// The number of agent turns taken so far.
    public var agentTurns: Int { turns.filter { $0.speaker == .agent }.count }

    /// Fills `{slot}` placeholders in a template with this run's values.
    public func fill(_ template: String) -> String { SlotTemplate.fill(template, with: slots) }
}

/// An agent that plays a fixed script, filling `{slot}` placeholders from the run; it ends the call when the script runs out.
public struct ScriptedAgent: Agent, Sendable {
    /// The replies, in order.
    public var script: [AgentReply]
    private var next = 0

    /// Creates an agent that plays `script` in order.
    public init(_ script: [AgentReply]) { self.script = script }

    /// The next scripted reply with placeholders filled.
    public mutating func reply(to conversation: Conversation) -> AgentReply {
        guard next < script.count else { return AgentReply("Goodbye.", actions: [.endCall]) }
        let reply = script[next]
        next += 1
        return AgentReply(conversation.fill(reply.text), actions: reply.actions.map { $0.filled(with: conversation.slots) })
    }
}

/// Fills `{slot}` placeholders.
public enum SlotTemplate {
    /// The template with each `{name}` replaced by its value; unknown placeholders stay as written.
    public static func fill(_ template: String, with values: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var output = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            output += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        output += rest
        return output
    }

    /// The placeholder names a template uses.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

extension AgentAction {
    /// The action with `{slot}` placeholders in its details filled.
    public func filled(with slots: [String: String]) -> AgentAction {
        let fill = { (text: String) in SlotTemplate.fill(text, with: slots) }
        switch self {
        case .orderTaxi(let place): return .orderTaxi(to: fill(place))
        case .callEmergency(let service, let address): return .callEmergency(service, address: fill(address))
        case .activateService(let name): return .activateService(fill(name))
        case .callThirdParty(let who): return .callThirdParty(fill(who))
        case .sendMessageForCustomer(let to): return .sendMessageForCustomer(to: fill(to))
        case .discloseThirdPartyData(let what): return .discloseThirdPartyData(fill(what))
        case .reportFault(let what): return .reportFault(fill(what))
        case .sendInstructions(let what): return .sendInstructions(fill(what))
        case .transfer(let team): return .transfer(to: fill(team))
        default: return self
        }
    }
}
