import Frontline

/// The reference answer to exercise 12: the ambulance called first, plain steps for the crew, then the line fault reported.
struct FeverAndNoLineReference: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let address = call.details["address"] ?? "your home"
        let text = [
            "\(call.name), a high fever when you're on your own is frightening, and you did the right thing calling me.",
            "I've called an ambulance to \(address), and it is on its way now.",
            "First, unlock your front door so the crew can get in.",
            "Then sit down close to the phone and rest.",
            "I've also reported the fault on your line, so our engineers fix your ambulance calls today.",
            "I'll stay on the line with you until the crew knocks on your door.",
            "How is your breathing right now?",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.callEmergency(.ambulance, address: address), .reportFault("Emergency calls from \(call.name)'s line only beep and never connect")])
    }
}
