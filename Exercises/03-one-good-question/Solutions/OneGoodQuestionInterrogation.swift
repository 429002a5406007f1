import Frontline

/// Anti-solution to exercise 03: a kind start, then five questions at once to a man with almost no battery.
struct OneGoodQuestionInterrogation: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let battery = call.details["battery"] ?? "a little"
        return "\(call.name), being stuck in the cold with \(battery) % battery is frightening, and I'll get you somewhere warm. Which road are you on? Which way were you driving? What was the last exit sign? Is the engine still running? Are you alone in the car?"
    }
}
