import Frontline

/// Exercise 07 · Own the overcharge: your reply, with actions, to a customer billed three months for something she never ordered.
struct OwnTheOvercharge: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        // TODO: Write what you say to `call.message`, and add the actions you take.
        //   call.name              her name
        //   call.details["charge"] the charge on her bills, e.g. "Sports Pass": £9 a month, three months, £27 in all
        // Fix it yourself: refund her (`.refund(amountInCents:)` in `actions:`), say when she will see the money,
        // and say how you will follow up. Don't send her anywhere else.
        AgentReply("TODO: write your reply")
    }
}
