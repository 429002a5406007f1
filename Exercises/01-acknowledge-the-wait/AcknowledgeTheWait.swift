import Frontline

/// Exercise 01 · Acknowledge the wait: your reply to a customer whose phone has not worked since she moved her number.
struct AcknowledgeTheWait: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Write your reply to `call.message`.
        //   call.name            her name
        //   call.details["days"] how many days she has been without a phone
        // Acknowledge how that feels, in her words, and tell her you'll sort it out now.
        "TODO: write your reply"
    }
}
