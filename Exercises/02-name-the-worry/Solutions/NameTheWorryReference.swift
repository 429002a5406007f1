import Frontline

/// The reference answer to exercise 02: names her two fears, reassures her, acts at once and asks one question.
struct NameTheWorryReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "\(call.name), your bank and all those photos are on that phone, so I can imagine how frightening this is. You did the right thing calling us so quickly. I'm blocking your SIM right now, so nobody can use your number. First, please call your bank's helpline from your friend's phone and ask them to freeze the app. Then open Find My Device on the same phone to see where yours is and lock it. When did you last see it?"
    }
}
