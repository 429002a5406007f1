import Frontline

/// Anti-solution to exercise 16: it understands the code, then never sends help.
struct FullCallCodedNoPolice: AgentExercise {
    /// The flawed agent for one call.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            switch conversation.agentTurns {
            case 0:
                return AgentReply(
                    [
                        "Hi love, I'm so glad you rang, and I'm with you.",
                        "You only need to say yes or no.",
                        "Are you in danger right now?",
                    ].joined(separator: " "))
            case 1:
                return AgentReply(
                    conversation.fill(
                        [
                            "Thank you, you're doing really well.",
                            "Are you at home, at {address}?",
                            "Just yes or no.",
                        ].joined(separator: " ")))
            case 2:
                return AgentReply(
                    [
                        "Okay, love, that sounds frightening.",
                        "Please take care of yourself and stay safe.",
                    ].joined(separator: " "))
            case 3:
                return AgentReply(
                    [
                        "I'm here for you, love.",
                        "Stay safe.",
                    ].joined(separator: " "))
            default:
                return AgentReply(
                    [
                        "Take care, love.",
                        "Ring me again tomorrow.",
                    ].joined(separator: " "))
            }
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
