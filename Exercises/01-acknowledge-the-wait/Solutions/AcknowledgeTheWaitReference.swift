import Frontline

/// The reference answer to exercise 01: a specific acknowledgement, a reassurance, and a promise to act now.
struct AcknowledgeTheWaitReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let days = call.details["days"] ?? "a few"
        return "Hello \(call.name), \(days) days without a working phone is really frustrating, and you did the right thing calling us. I'll sort it out with you now. Did a small new SIM card come in the envelope with your contract?"
    }
}
