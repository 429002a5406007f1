import Frontline

/// Anti-solution to exercise 12: reports the line fault and never calls the ambulance.
struct FeverAndNoLineFaultFirst: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let address = call.details["address"] ?? "your home"
        let text = [
            "I'm so sorry the line keeps beeping, \(call.name), that sounds frightening.",
            "I've reported the fault on the line at \(address), and our engineers will look at it.",
            "In the meantime, please try again later, or ask a neighbour to ring for you.",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.reportFault("Emergency calls from \(address) only beep")])
    }
}
