import Frontline

/// Anti-solution to exercise 03: the right single question, asked as if to a form, not to a freezing person.
struct OneGoodQuestionCold: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "Which exit sign did you pass last? A taxi will be sent there within minutes."
    }
}
