import Frontline

/// Exercise 14 · Hide my number: your reply, with actions, to a woman who wants to send a warning text without her number showing.
struct HideMyNumber: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        // TODO: Write your reply to `call.message`.
        //   call.name                her name
        //   call.details["landlady"] who the text is for, e.g. "Mrs Patel"
        //   call.details["day"]      when the tenants plan to leave, e.g. "Friday"
        // Answer her question and do it: turn on number hiding (actions: [.activateService("number-hiding")]); never judge her reasons.
        AgentReply("TODO: write your reply")
    }
}
