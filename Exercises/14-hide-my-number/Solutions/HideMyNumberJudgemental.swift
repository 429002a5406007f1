import Frontline

/// Anti-solution to exercise 14: it does the job, but judges her reasons.
struct HideMyNumberJudgemental: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let landlady = call.details["landlady"] ?? "your landlady"
        let text = [
            "\(call.name), this sounds like a lot of drama.",
            "You just want to get back at those tenants, don't you?",
            "Fine, I've turned on number hiding straight away for your text to \(landlady).",
            "Let me know if your number still shows.",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.activateService("number-hiding")])
    }
}
