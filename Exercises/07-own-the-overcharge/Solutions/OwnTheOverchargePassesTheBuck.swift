import Frontline

/// Anti-solution to exercise 07: kind words, then it sends her to email billing, the one thing she asked you not to do.
struct OwnTheOverchargePassesTheBuck: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let charge = call.details["charge"] ?? "the extra service"
        return AgentReply(
            "\(call.name), three months of paying for \(charge) is really frustrating, and thank you for having the bills ready. Refunds are handled by another department, so please send an email to billing with copies of all three bills. They usually reply within 14 days.")
    }
}
