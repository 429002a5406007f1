import Frontline

/// Anti-solution to exercise 13: a sympathetic no, with nothing offered instead.
struct TheNumberOnTheTaxiFlatRefusal: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let time = call.details["time"] ?? "this morning"
        let text = [
            "\(call.name), losing your phone off a taxi roof at \(time) this morning is so stressful, and I'm sorry.",
            "I'm afraid I can't give out the driver's number.",
            "It's his private data and it's against our policy.",
        ].joined(separator: " ")
        return AgentReply(text)
    }
}
