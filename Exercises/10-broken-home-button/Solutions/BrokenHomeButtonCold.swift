import Frontline

/// Anti-solution to exercise 10: the right steps, with no acknowledgement of how the customer feels.
struct BrokenHomeButtonCold: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let model = call.details["model"] ?? "phone"
        return [
            "Open Settings and tap Accessibility.",
            "Then tap Touch and turn on AssistiveTouch on the \(model).",
            "Tap the round button, then tap Home to leave an app.",
            "A repair for the button can be booked.",
        ].joined(separator: " ")
    }
}
