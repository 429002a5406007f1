import Frontline

/// Anti-solution to exercise 16: it sends the police, with no warmth at all.
struct FullCallCodedCold: AgentExercise {
    /// The flawed agent for one call.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            switch conversation.agentTurns {
            case 0:
                return AgentReply(
                    [
                        "Should I send help?",
                        "Answer yes or no.",
                    ].joined(separator: " "))
            case 1:
                return AgentReply(
                    conversation.fill(
                        [
                            "Is the address on the account, {address}, correct?",
                            "Yes or no.",
                        ].joined(separator: " ")))
            case 2:
                return AgentReply(
                    conversation.fill(
                        [
                            "Police dispatched to {address}.",
                            "Keep the line open.",
                        ].joined(separator: " ")),
                    actions: [.callEmergency(.police, address: conversation.fill("{address}"))])
            default:
                return AgentReply(
                    "Line open.")
            }
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
