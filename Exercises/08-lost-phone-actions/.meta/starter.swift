import Frontline

/// Exercise 08 · Lost phone actions: your reply, with actions, to a customer whose phone, bank app and photos are lost.
struct LostPhoneActions: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        // TODO: Write what you say to `call.message`, and add the actions you take.
        //   call.name   her name
        // Protect her now: block the SIM (`.blockSIM`) and send a new one with her number (`.sendReplacementSIM`).
        // Say what you did, when the new SIM will arrive, and what she can do meanwhile.
        AgentReply("TODO: write your reply")
    }
}
