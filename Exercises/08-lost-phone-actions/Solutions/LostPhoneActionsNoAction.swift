import Frontline

/// Anti-solution to exercise 08: it comforts her well, and leaves her number open to whoever has the phone.
struct LostPhoneActionsNoAction: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        AgentReply(
            "\(call.name), losing your phone with your bank and your photos on it is really worrying, and I can hear how upset you are. Please try not to panic. Lots of people lose a phone, and you did the right thing calling.")
    }
}
