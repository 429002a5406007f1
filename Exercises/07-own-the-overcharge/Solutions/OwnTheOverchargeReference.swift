import Frontline

/// The reference answer to exercise 07: her charge named, the refund done on the call, a date, and a follow-up.
struct OwnTheOverchargeReference: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let charge = call.details["charge"] ?? "the extra service"
        return AgentReply(
            "\(call.name), being billed three months running for \(charge) when you never ordered it is maddening, and you're right to want every penny back. I've refunded all three charges, £27 in total, and taken \(charge) off your account today, so it won't appear again. The £27 will show as a credit on your next bill. I'll look at your account again within seven days to make sure nothing else has slipped through, and I'll text you when I have. If any other line on your bills looks wrong, tell me now and I'll sort it on this call.",
            actions: [.refund(amountInCents: 2700)])
    }
}
