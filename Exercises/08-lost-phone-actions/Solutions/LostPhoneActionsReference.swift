import Frontline

/// The reference answer to exercise 08: both actions taken and named, a delivery date, two steps for her and a confirmation.
struct LostPhoneActionsReference: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        AgentReply(
            "\(call.name), a lost phone with your banking app and your photos on it is a horrible thing to face, and I'm going to protect your number first. I've blocked your SIM, so from this moment nobody can call or text from your account. I've also ordered a replacement SIM that keeps your number, and it will be at your home within two working days. First, please ring your bank on your friend's phone and ask them to lock the banking app. Then log in to Find My Device to see the phone on a map and lock it. I'll confirm by email the moment the new SIM is posted.",
            actions: [.blockSIM, .sendReplacementSIM])
    }
}
