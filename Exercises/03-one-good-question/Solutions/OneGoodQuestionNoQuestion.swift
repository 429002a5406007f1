import Frontline

/// Anti-solution to exercise 03: a kind promise, but no question, so the agent never learns where he is.
struct OneGoodQuestionNoQuestion: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "\(call.name), minus twenty on the motorway is frightening, and I'm going to get you out of the cold. Please keep your hazard lights on and wait inside the car."
    }
}
