import Frontline

/// The reference answer to exercise 09: his anger named as fair, the fault owned and reported, and a call back booked.
struct TheThirdCallReference: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let days = call.details["days"] ?? "several"
        let ref = call.details["ref"] ?? "on your account"
        return AgentReply(
            "\(call.name), you've now lost \(days) days of work time without internet, and having to ring us a third time is infuriating. You're right to be angry, and I'm sorry we've let you down twice. From now on this is mine to fix, and no one will ask you to repeat checks you've already done. I've reported the fault to our engineers as urgent on case \(ref), with every check you've made. An engineer will ring you by 6 pm today to book a visit. I'll call you back myself in two hours to make sure it's moving.",
            actions: [
                .reportFault("No internet for \(days) days; third call on case \(ref); checks already done twice"),
                .scheduleCallback(inMinutes: 120),
            ])
    }
}
