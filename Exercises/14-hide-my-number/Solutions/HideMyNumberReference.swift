import Frontline

/// The reference answer to exercise 14: number hiding turned on, what the landlady will see, and the test-phone text offered.
struct HideMyNumberReference: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let landlady = call.details["landlady"] ?? "your landlady"
        let text = [
            "Of course, \(call.name).",
            "A delicate message like this can feel stressful, and it's thoughtful of you to warn \(landlady).",
            "I've turned on number hiding on your line, and it works straight away.",
            "When you send your text, \(landlady) will see “Private number” instead of your number.",
            "If you'd rather keep your phone out of it, I can send the text for you from our test phone today.",
            "Let me know if your number still shows.",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.activateService("number-hiding")])
    }
}
