import Frontline

/// Exercise 03 · One good question: your reply to a driver stuck on the motorway at −20 °C with almost no battery.
struct OneGoodQuestion: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Write your reply to `call.message`.
        //   call.name               his name
        //   call.details["battery"] his phone's battery, in percent, e.g. "4"
        // Acknowledge how frightening this is, then ask the ONE question you need most. Only one question mark.
        "TODO: write your reply"
    }
}
