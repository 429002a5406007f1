import Frontline

/// Anti-solution to exercise 12: the right actions, read out like a form to a frightened caller.
struct FeverAndNoLineCold: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let address = call.details["address"] ?? "your home"
        let text = [
            "An ambulance has been called to \(address).",
            "It is on its way now.",
            "Unlock the front door for the crew.",
            "The fault on the line has been reported.",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.callEmergency(.ambulance, address: address), .reportFault("Emergency calls from \(address) only beep")])
    }
}
