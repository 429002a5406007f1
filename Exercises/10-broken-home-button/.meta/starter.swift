import Frontline

/// Exercise 10 · The broken home button: your reply to an angry customer whose home button has stopped working.
struct BrokenHomeButton: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Write your reply to `call.message`.
        //   call.name             his name
        //   call.details["model"] his phone, e.g. "iPhone 8"
        //   call.details["when"]  when the button stopped, e.g. "yesterday"
        // Stay patient, say how it feels in his words, then give the on-screen button in short, ordered steps.
        "TODO: write your reply"
    }
}
