import Frontline

/// Anti-solution to exercise 09: it acts, but tells him the delay is his own fault.
struct TheThirdCallBlaming: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let ref = call.details["ref"] ?? "on your account"
        return AgentReply(
            "\(call.name), you should have given us the case number on your first call. You forgot to mention it again today, so it's your own fault this has taken so long. I've reported the fault on case \(ref) now, and I'll call you back in two hours.",
            actions: [.reportFault("Internet down; case \(ref)"), .scheduleCallback(inMinutes: 120)])
    }
}
