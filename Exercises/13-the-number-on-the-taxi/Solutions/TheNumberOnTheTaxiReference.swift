import Frontline

/// The reference answer to exercise 13: a kind no to the driver's number, the driver called for him, and a call back within 15 minutes.
struct TheNumberOnTheTaxiReference: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let time = call.details["time"] ?? "this morning"
        let pickup = call.details["pickup"] ?? "the pickup point"
        let text = [
            "Oh no, \(call.name), watching your phone ride off on a taxi roof is awful, and you're not alone, it catches lots of people out.",
            "I can't give out the driver's number, but I can call him for you right now.",
            "I'm calling the driver who rang you at \(time) from our line, so both your numbers stay private.",
            "I'll ask him to bring your phone back to \(pickup).",
            "Then I'll ring you back on this number within 15 minutes with his answer.",
            "Is this the best number to reach you on?",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.callThirdParty("the taxi driver who rang \(call.name) at \(time)"), .scheduleCallback(inMinutes: 15)])
    }
}
