import Frontline

/// Anti-solution to exercise 04: warm and willing, but every instruction is a guess she cannot follow.
struct PlainStepsForTheSimVague: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let days = call.details["days"] ?? "a few"
        return "Hello \(call.name), \(days) days without a working phone is really frustrating, and I'll sort it out with you today. It's probably something in the settings, or maybe the card. Have a look around the phone and see what happens. It depends on the model, so you could try a few things. Let me know how you get on."
    }
}
