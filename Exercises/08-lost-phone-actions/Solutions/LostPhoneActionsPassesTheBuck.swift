import Frontline

/// Anti-solution to exercise 08: it hands every job back to her, the bank, a shop and the police.
struct LostPhoneActionsPassesTheBuck: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        AgentReply(
            "\(call.name), losing your phone with your bank and your photos on it is really worrying. You'll have to contact your bank about the app, and please visit one of our stores for a new SIM. If it was stolen, ask the police for a crime number.")
    }
}
