import Frontline

/// Anti-solution to exercise 14: a polite refusal of something that can be done.
struct HideMyNumberRefusal: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let landlady = call.details["landlady"] ?? "your landlady"
        let text = [
            "Hi \(call.name), I can hear this is a delicate one for you and \(landlady), and I'm sorry.",
            "I'm afraid that isn't something I can switch on for you.",
            "It's not possible on your plan.",
        ].joined(separator: " ")
        return AgentReply(text)
    }
}
