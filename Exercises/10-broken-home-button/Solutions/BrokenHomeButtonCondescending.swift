import Frontline

/// Anti-solution to exercise 10: the right steps wrapped in condescension ("calm down", "you should have").
struct BrokenHomeButtonCondescending: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let model = call.details["model"] ?? "phone"
        return [
            "\(call.name), calm down.",
            "You should have rung us when it first went.",
            "A broken button is not a big deal, so use the one on the screen.",
            "First, open Settings and tap Accessibility.",
            "Then tap Touch and turn on AssistiveTouch on your \(model).",
            "Tap the round button, then tap Home.",
            "I'll book a repair today.",
        ].joined(separator: " ")
    }
}
