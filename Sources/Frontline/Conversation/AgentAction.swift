/// Something an agent does during a call besides talking, such as ordering a taxi or blocking a SIM.
///
/// Actions are typed so a simulated customer and the grader can tell exactly what was done:
///
/// ```swift
/// AgentReply("I'm sending a taxi to you now.", actions: [.orderTaxi(to: "A2, exit 14")])
/// ```
public enum AgentAction: Codable, Hashable, Sendable, CustomStringConvertible {
    /// Orders a taxi to an address or place.
    case orderTaxi(to: String)
    /// Calls an emergency service (ambulance, police, fire) to an address on the customer's behalf.
    case callEmergency(EmergencyService, address: String)
    /// Turns on a service on the customer's line, e.g. number hiding or Wi-Fi calling.
    case activateService(String)
    /// Blocks the customer's SIM card so no one else can use it.
    case blockSIM
    /// Sends a replacement SIM card.
    case sendReplacementSIM
    /// Refunds an amount in minor units (cents, grosze, øre).
    case refund(amountInCents: Int)
    /// Calls a third party for the customer (e.g. a taxi driver) without sharing their details.
    case callThirdParty(String)
    /// Sends a text for the customer from a test phone, so their number stays hidden.
    case sendMessageForCustomer(to: String)
    /// Gives the customer personal data of another subscriber (a privacy breach in most scenarios).
    case discloseThirdPartyData(String)
    /// Reports a network or line fault for engineers to fix.
    case reportFault(String)
    /// Books a call back in so many minutes.
    case scheduleCallback(inMinutes: Int)
    /// Sends the customer written instructions by text.
    case sendInstructions(String)
    /// Passes the call to another team.
    case transfer(to: String)
    /// Ends the call.
    case endCall

    /// Emergency services an agent can call.
    public enum EmergencyService: String, Codable, Hashable, Sendable, CaseIterable {
        /// Medical help.
        case ambulance
        /// The police.
        case police
        /// The fire brigade.
        case fire
    }

    /// The kind of action without its details, as scenarios name it ("order-taxi").
    public var kind: ActionKind {
        switch self {
        case .orderTaxi: return .orderTaxi
        case .callEmergency(let service, _):
            switch service {
            case .ambulance: return .callAmbulance
            case .police: return .callPolice
            case .fire: return .callFire
            }
        case .activateService(let name):
            return name == "number-hiding" ? .activateNumberHiding : name == "wifi-calling" ? .activateWifiCalling : .activateService
        case .blockSIM: return .blockSIM
        case .sendReplacementSIM: return .sendReplacementSIM
        case .refund: return .refund
        case .callThirdParty: return .callThirdParty
        case .sendMessageForCustomer: return .sendMessageForCustomer
        case .discloseThirdPartyData: return .discloseThirdPartyData
        case .reportFault: return .reportFault
        case .scheduleCallback: return .scheduleCallback
        case .sendInstructions: return .sendInstructions
        case .transfer: return .transfer
        case .endCall: return .endCall
        }
    }

    /// The action in the simple syntax `frontline simulate` accepts, e.g. `/taxi A2, exit 14`.
    public var description: String {
        switch self {
        case .orderTaxi(let place): return "/taxi \(place)"
        case .callEmergency(let service, let address): return "/\(service.rawValue) \(address)"
        case .activateService(let name): return "/activate \(name)"
        case .blockSIM: return "/block-sim"
        case .sendReplacementSIM: return "/send-sim"
        case .refund(let cents): return "/refund \(cents / 100).\(String(format2: cents % 100))"
        case .callThirdParty(let who): return "/call \(who)"
        case .sendMessageForCustomer(let to): return "/send-message \(to)"
        case .discloseThirdPartyData(let what): return "/disclose \(what)"
        case .reportFault(let what): return "/report-fault \(what)"
        case .scheduleCallback(let minutes): return "/callback \(minutes)"
        case .sendInstructions(let what): return "/send-instructions \(what)"
        case .transfer(let team): return "/transfer \(team)"
        case .endCall: return "/end"
        }
    }

    /// Reads one action in the simple syntax (`/taxi A2, exit 14`), or explains what is wrong.
    public static func parse(_ line: String) -> Result<AgentAction, ActionSyntaxError> {
        let trimmed = line.trimmingSpaces
        guard trimmed.hasPrefix("/") else { return .failure(ActionSyntaxError(line: line, reason: "an action starts with '/'")) }
        let body = trimmed.dropFirst()
        let name = String(body.prefix { $0 != " " })
        let argument = String(body.dropFirst(name.count)).trimmingSpaces
        func needs(_ what: String) -> Result<AgentAction, ActionSyntaxError> {
            .failure(ActionSyntaxError(line: line, reason: "/\(name) needs \(what)"))
        }
        switch name {
        case "taxi": return argument.isEmpty ? needs("a place") : .success(.orderTaxi(to: argument))
        case "ambulance", "police", "fire":
            return argument.isEmpty ? needs("an address") : .success(.callEmergency(EmergencyService(rawValue: name)!, address: argument))
        case "activate": return argument.isEmpty ? needs("a service name") : .success(.activateService(argument))
        case "block-sim": return .success(.blockSIM)
        case "send-sim": return .success(.sendReplacementSIM)
        case "refund":
            guard let amount = Double(argument.replacingComma), amount >= 0, amount < 1e9 else { return needs("an amount such as 27.50") }
            return .success(.refund(amountInCents: Int((amount * 100).rounded())))
        case "call": return argument.isEmpty ? needs("who to call") : .success(.callThirdParty(argument))
        case "send-message": return argument.isEmpty ? needs("who to send it to") : .success(.sendMessageForCustomer(to: argument))
        case "disclose": return argument.isEmpty ? needs("what is disclosed") : .success(.discloseThirdPartyData(argument))
        case "report-fault": return argument.isEmpty ? needs("what the fault is") : .success(.reportFault(argument))
        case "callback":
            guard let minutes = Int(argument), minutes > 0 else { return needs("minutes, e.g. /callback 30") }
            return .success(.scheduleCallback(inMinutes: minutes))
        case "send-instructions": return argument.isEmpty ? needs("what the instructions are") : .success(.sendInstructions(argument))
        case "transfer": return argument.isEmpty ? needs("a team") : .success(.transfer(to: argument))
        case "end": return .success(.endCall)
        default:
            return .failure(ActionSyntaxError(line: line, reason: "unknown action '/\(name)'; actions: \(AgentAction.syntaxHelp.map(\.0).joined(separator: ", "))"))
        }
    }

    /// Every action's syntax with a one-line explanation, for help texts.
    public static let syntaxHelp: [(String, String)] = [
        ("/taxi <place>", "order a taxi"), ("/ambulance <address>", "call an ambulance"),
        ("/police <address>", "call the police"), ("/fire <address>", "call the fire brigade"),
        ("/activate <service>", "turn on a service (number-hiding, wifi-calling, …)"), ("/block-sim", "block the SIM"),
        ("/send-sim", "send a replacement SIM"), ("/refund <amount>", "refund, e.g. /refund 27.50"),
        ("/call <who>", "call a third party for the customer"), ("/send-message <to>", "send a text from a test phone"),
        ("/disclose <what>", "give out another person's data"), ("/report-fault <what>", "report a fault"),
        ("/callback <minutes>", "book a call back"), ("/send-instructions <what>", "text written steps"),
        ("/transfer <team>", "pass the call to another team"), ("/end", "end the call"),
    ]
}

/// The kinds of action, without details, as scenario goals and rules name them.
public enum ActionKind: String, Codable, CaseIterable, Sendable {
    /// Ordering a taxi.
    case orderTaxi = "order-taxi"
    /// Calling an ambulance.
    case callAmbulance = "call-ambulance"
    /// Calling the police.
    case callPolice = "call-police"
    /// Calling the fire brigade.
    case callFire = "call-fire"
    /// Turning on number hiding.
    case activateNumberHiding = "activate-number-hiding"
    /// Turning on Wi-Fi calling.
    case activateWifiCalling = "activate-wifi-calling"
    /// Turning on another service.
    case activateService = "activate-service"
    /// Blocking the SIM.
    case blockSIM = "block-sim"
    /// Sending a replacement SIM.
    case sendReplacementSIM = "send-replacement-sim"
    /// Refunding money.
    case refund
    /// Calling a third party for the customer.
    case callThirdParty = "call-third-party"
    /// Sending a text for the customer from a test phone.
    case sendMessageForCustomer = "send-message-for-customer"
    /// Giving out another person's data.
    case discloseThirdPartyData = "disclose-third-party-data"
    /// Reporting a fault.
    case reportFault = "report-fault"
    /// Booking a call back.
    case scheduleCallback = "schedule-callback"
    /// Texting written steps.
    case sendInstructions = "send-instructions"
    /// Passing the call to another team.
    case transfer
    /// Ending the call.
    case endCall = "end-call"
}

/// An action line that could not be read, with the reason.
public struct ActionSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line as typed.
    public var line: String
    /// What is wrong.
    public var reason: String

    /// The error as shown to a person.
    public var description: String { "\(reason) (in '\(line)')" }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    var trimmingSpaces: String {
        let characters = Array(self)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = characters.lastIndex(where: { !$0.isWhitespace })!
        return String(characters[first...last])
    }

    /// The text with a decimal comma turned into a point.
    var replacingComma: String { String(map { $0 == "," ? "." : $0 }) }
}

extension String {
    /// A number of at most two digits, zero-padded.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
