import Frontline

/// Anti-solution to exercise 15: it reaches the fix while talking down to the customer.
struct FullCallSimCondescending: AgentExercise {
    /// The flawed agent for one call.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            switch conversation.agentTurns {
            case 0:
                return AgentReply(
                    [
                        "Obviously your phone won't work with the old card, as I said.",
                        "Did you even open the envelope with the new SIM card in it?",
                    ].joined(separator: " "))
            case 1:
                return AgentReply(
                    [
                        "Like I said, it's really simple, a child could do it.",
                        "Switch the phone off and put the new card in, it's all explained in the letter.",
                    ].joined(separator: " "))
            default:
                return AgentReply(
                    "Goodbye.",
                    actions: [.endCall])
            }
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
