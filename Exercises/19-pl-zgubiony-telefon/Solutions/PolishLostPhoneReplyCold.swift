import Frontline

/// Anti-solution to exercise 19: the right facts in the informal ty-form, talking down, with nobody taking the problem on.
struct PolishLostPhoneReplyCold: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "To proste: kartę trzeba zablokować, a nowa przyjdzie pocztą. Sprawdź sobie w aplikacji, gdzie jest telefon."
    }
}
