import Frontline

/// The reference agent for exercise 16: play along, ask only yes-or-no questions, and send the police to her address.
struct FullCallCodedReference: AgentExercise {
    /// The reference agent for one call.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            switch conversation.agentTurns {
            case 0:
                return AgentReply(
                    [
                        "Hi love, I'm so glad you rang, and I'll play along with you.",
                        "You only need to say yes or no.",
                        "Are you in danger right now?",
                    ].joined(separator: " "))
            case 1:
                return AgentReply(
                    conversation.fill(
                        [
                            "Thank you, you're doing really well, and I'm with you.",
                            "Are you at home, at {address}?",
                            "Just yes or no.",
                        ].joined(separator: " ")))
            case 2:
                return AgentReply(
                    conversation.fill(
                        [
                            "I'm sending the police to {address} right now, and help is on the way.",
                            "Stay on the line and keep talking to me as if I'm your mum; I'm not going anywhere.",
                        ].joined(separator: " ")),
                    actions: [.callEmergency(.police, address: conversation.fill("{address}"))])
            default:
                return AgentReply(
                    "I'm still here with you, love, and the police are on their way.")
            }
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
