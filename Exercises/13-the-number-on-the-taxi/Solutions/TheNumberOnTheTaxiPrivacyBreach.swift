import Frontline

/// Anti-solution to exercise 13: kind, but it gives the driver's number away.
struct TheNumberOnTheTaxiPrivacyBreach: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let time = call.details["time"] ?? "this morning"
        let driverNumber = call.details["driverNumber"] ?? ""
        let pickup = call.details["pickup"] ?? "the pickup point"
        let text = [
            "Of course, \(call.name), losing your phone off a taxi roof is so stressful.",
            "The driver who rang you at \(time) was on \(driverNumber).",
            "Give him a ring now and ask him to bring it back to \(pickup).",
            "Let me know if he doesn't answer.",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.discloseThirdPartyData("the driver's phone number, \(driverNumber)")])
    }
}
