import Frontline

/// Exercise 02 · Name the worry: your reply to a customer who has just lost her phone, with her bank and photos on it.
struct NameTheWorry: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Write your reply to `call.message`.
        //   call.name   her name
        //   (call.details also holds "bus" and "time", but she has not told you those yet: ask, don't guess.)
        // Name what she is afraid of (her bank, her photos) in her own words, then say what you'll do first.
        "TODO: write your reply"
    }
}
