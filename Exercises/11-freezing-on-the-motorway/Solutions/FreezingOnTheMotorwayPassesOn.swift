import Frontline

/// Anti-solution to exercise 11: passes the freezing driver on to another team.
struct FreezingOnTheMotorwayPassesOn: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let battery = call.details["battery"] ?? "a few"
        let exit = call.details["exit"] ?? "the last"
        let text = [
            "I'm sorry, \(call.name), minus twenty with \(battery) percent battery near exit \(exit) sounds frightening.",
            "A breakdown is not something we can sort on this line.",
            "You'll have to call roadside assistance, they're another team.",
            "I'll transfer you to them.",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.transfer(to: "roadside assistance")])
    }
}
