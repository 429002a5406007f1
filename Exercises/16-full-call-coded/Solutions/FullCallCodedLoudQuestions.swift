import Frontline

/// Anti-solution to exercise 16: open questions the caller cannot answer without giving herself away.
struct FullCallCodedLoudQuestions: AgentExercise {
    /// The flawed agent for one call.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            switch conversation.agentTurns {
            case 0:
                return AgentReply(
                    [
                        "I'm here to help.",
                        "Where are you right now?",
                        "What is your address?",
                    ].joined(separator: " "))
            default:
                return AgentReply(
                    [
                        "Who is in the flat with you?",
                        "Why can't you talk?",
                    ].joined(separator: " "))
            }
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
