import Frontline

/// Exercise 05 · Why no signal: your reply to a commuter underground who asks why she has no signal before an important call.
struct WhyNoSignal: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Write your reply to `call.message`.
        //   call.name               her name
        //   call.details["station"] the station she is writing from, over its free Wi-Fi, e.g. "Bank"
        //   call.details["caller"]  who she is waiting to hear from, e.g. "the hospital"
        // Answer her "Why?!" in plain words first, then tell her, in order, how to take the call down there.
        "TODO: write your reply"
    }
}
