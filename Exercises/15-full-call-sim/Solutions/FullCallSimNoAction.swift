import Frontline

/// Anti-solution to exercise 15: kind words every turn, and nothing that fixes the phone.
struct FullCallSimNoAction: AgentExercise {
    /// The flawed agent for one call.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            switch conversation.agentTurns {
            case 0:
                return AgentReply(
                    conversation.fill("Hello {name}, I'm so sorry, {days} days without a phone sounds really stressful."))
            case 1:
                return AgentReply(
                    "I understand, that must be so frustrating for you.")
            case 2:
                return AgentReply(
                    "I'm really sorry, I can imagine how worrying this is.")
            case 3:
                return AgentReply(
                    conversation.fill("I completely understand how you feel, {name}."))
            default:
                return AgentReply(
                    "Again, I'm so sorry about all of this.")
            }
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
