import Frontline

/// Exercise 09 · The third call: your reply, with actions, to a furious customer ringing for the third time about his internet.
struct TheThirdCall: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        // TODO: Write what you say to `call.message`, and add the actions you take.
        //   call.name            his name
        //   call.details["days"] how many days he has been without internet, e.g. "eight"
        //   call.details["ref"]  his case reference from the earlier calls, e.g. "604117"
        // Acknowledge his anger without arguing or talking down, own the fault, and book a call back you will keep
        // (`.scheduleCallback(inMinutes:)` in `actions:`). Don't ask him to repeat checks he has already done.
        AgentReply("TODO: write your reply")
    }
}
