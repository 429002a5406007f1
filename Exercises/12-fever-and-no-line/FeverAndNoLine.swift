import Frontline

/// Exercise 12 · A fever and no line: your reply, with actions, to a breathless elderly woman whose ambulance calls only beep.
struct FeverAndNoLine: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        // TODO: Write your reply to `call.message`.
        //   call.name                   her name
        //   call.details["address"]     her home address on the account, e.g. "8 Willow Close"
        //   call.details["temperature"] her temperature this morning, e.g. "39.8"
        // Her health first: call the ambulance yourself (actions: [.callEmergency(.ambulance, address: …)]); the line fault comes second.
        AgentReply("TODO: write your reply")
    }
}
