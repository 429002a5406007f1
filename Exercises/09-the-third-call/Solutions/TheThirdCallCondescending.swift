import Frontline

/// Anti-solution to exercise 09: it books the call back, after telling a furious customer to calm down.
struct TheThirdCallCondescending: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let ref = call.details["ref"] ?? "on your account"
        return AgentReply(
            "\(call.name), calm down, please. As I said, faults like this take time, and obviously raising your voice won't make the engineers any faster. I've reported the fault on case \(ref) today, and I'll call you back in two hours.",
            actions: [.reportFault("Internet down; case \(ref)"), .scheduleCallback(inMinutes: 120)])
    }
}
