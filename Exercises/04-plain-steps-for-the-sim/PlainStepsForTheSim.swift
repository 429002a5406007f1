import Frontline

/// Exercise 04 · Plain steps for the SIM: walk a customer who is not technical through putting in her new SIM card.
struct PlainStepsForTheSim: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Write your reply to `call.message`.
        //   call.name            her name
        //   call.details["days"] how many days she has been without a phone, e.g. "two"
        // She has a small new card in the envelope with her contract and has never changed a SIM before.
        // Give her the steps one per sentence, in order ("First, … Then, …"), in everyday words.
        "TODO: write your reply"
    }
}
