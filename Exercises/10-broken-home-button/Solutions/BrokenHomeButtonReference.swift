import Frontline

/// The reference answer to exercise 10: a patient acknowledgement, the on-screen button in ordered steps, and a repair booked.
struct BrokenHomeButtonReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let model = call.details["model"] ?? "phone"
        return [
            "\(call.name), having to switch the whole phone off every time you open something is really frustrating.",
            "You did the right thing calling, and we can fix this today.",
            "Your \(model) has a spare home button that lives on the screen.",
            "First, open Settings and tap Accessibility.",
            "Then tap Touch and turn on AssistiveTouch.",
            "A small round button appears on the screen.",
            "Tap it, then tap Home to leave any app.",
            "I'll book a repair for the real button today.",
            "Can you see the round button now?",
        ].joined(separator: " ")
    }
}
