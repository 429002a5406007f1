import Frontline

/// Anti-solution to exercise 02: it acts, but it belittles the loss and talks down to her.
struct NameTheWorryCondescending: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "\(call.name), calm down, it's only a phone. Obviously the first thing is to block your SIM, so I'll do that right now. Then ring your bank and ask them to freeze the app. When did you last have it?"
    }
}
