import Frontline

/// Anti-solution to exercise 13: the right actions, with no warmth for an embarrassed, worried caller.
struct TheNumberOnTheTaxiCold: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let time = call.details["time"] ?? "this morning"
        let pickup = call.details["pickup"] ?? "the pickup point"
        let text = [
            "I can't give out the driver's number, but I can call him.",
            "Calling the driver who rang at \(time) from this line now.",
            "He will be asked to return the phone to \(pickup).",
            "A call back will follow within 15 minutes.",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.callThirdParty("the taxi driver who rang at \(time)"), .scheduleCallback(inMinutes: 15)])
    }
}
