import Frontline

/// Anti-solution to exercise 07: it sympathises warmly and takes a note, but refunds nothing and promises no date.
struct OwnTheOverchargeNoAction: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let charge = call.details["charge"] ?? "the extra service"
        return AgentReply(
            "\(call.name), three months of paying for \(charge) when you never asked for it is really unfair, and you're right to be angry. Thank you for keeping the bills to hand. I've made a note of everything you've told me on your account.")
    }
}
