import Frontline

/// Exercise 13 · The number on the taxi: your reply, with actions, to a man who wants the taxi driver's number to get his phone back.
struct TheNumberOnTheTaxi: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        // TODO: Write your reply to `call.message`.
        //   call.name                    his name
        //   call.details["pickup"]       where the taxi picked him up, e.g. "Central Station"
        //   call.details["time"]         when, e.g. "8:15"
        //   call.details["driverNumber"] the driver's number: private, never say it
        // Say no to the number kindly, and help anyway: call the driver yourself (actions: [.callThirdParty(…)]).
        AgentReply("TODO: write your reply")
    }
}
