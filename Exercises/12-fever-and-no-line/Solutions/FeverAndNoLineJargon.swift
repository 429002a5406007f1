import Frontline

/// Anti-solution to exercise 12: the ambulance is called, but the explanation is network jargon.
struct FeverAndNoLineJargon: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let address = call.details["address"] ?? "your home"
        let text = [
            "\(call.name), a fever when you're alone is frightening.",
            "I've called an ambulance to \(address), and it is on its way now.",
            "The 112 routing on your line fails at the interconnect because the MSC has a stale HLR entry, so the PSAP never receives the call setup and you only hear the beeps.",
            "I've raised a ticket with tier 2 for remediation of the provisioning fault.",
            "I'll stay on the line with you.",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.callEmergency(.ambulance, address: address), .reportFault("Emergency call routing fails on this line")])
    }
}
