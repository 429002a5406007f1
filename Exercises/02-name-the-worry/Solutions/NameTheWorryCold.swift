import Frontline

/// Anti-solution to exercise 02: the right steps in the right order, with not one word about what she is afraid of.
struct NameTheWorryCold: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "The SIM will be blocked now. Ring the bank and ask them to freeze the app. Then use Find My Device to lock the phone. When did you last have it?"
    }
}
