import Frontline

/// Anti-solution to exercise 10: warm, but the instructions are hedged and vague.
struct BrokenHomeButtonVague: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let model = call.details["model"] ?? "phone"
        return [
            "\(call.name), I can see how frustrating it is to be stuck in every app on your \(model).",
            "Maybe have a look around somewhere in the settings, because there's probably some kind of option for a button on the screen that might do more or less the same job as the broken one.",
            "It depends on the phone, so you could try a few things and see what happens.",
            "I'll book a repair if it still plays up.",
        ].joined(separator: " ")
    }
}
