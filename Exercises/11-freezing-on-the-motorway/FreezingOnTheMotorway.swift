import Frontline

/// Exercise 11 · Freezing on the motorway: your reply, with actions, to a driver stranded at minus twenty with a dying phone.
struct FreezingOnTheMotorway: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        // TODO: Write your reply to `call.message`.
        //   call.name               his name
        //   call.details["battery"] his battery in percent, e.g. "4"
        //   call.details["road"]    the road and direction, e.g. "M6 northbound"
        //   call.details["exit"]    the last exit sign he passed, e.g. "14"
        // Safety first: order the taxi now (actions: [.orderTaxi(to: …)]), say when it comes, and help him save his battery.
        AgentReply("TODO: write your reply")
    }
}
