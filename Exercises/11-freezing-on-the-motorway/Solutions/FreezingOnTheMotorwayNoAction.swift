import Frontline

/// Anti-solution to exercise 11: sympathy for a freezing driver, and no taxi.
struct FreezingOnTheMotorwayNoAction: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let battery = call.details["battery"] ?? "a few"
        let exit = call.details["exit"] ?? "the last"
        let text = [
            "\(call.name), that sounds really frightening.",
            "Minus twenty with only \(battery) percent battery near exit \(exit) is awful, and I'm so sorry you're going through this.",
            "Please try to stay warm and keep calm.",
            "We're all thinking of you.",
        ].joined(separator: " ")
        return AgentReply(text)
    }
}
