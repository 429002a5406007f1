import Frontline

/// Anti-solution to exercise 17: effective and clipped, with nothing for a frightened caller.
struct FullCallDriverCold: AgentExercise {
    /// The flawed agent for one call.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            switch conversation.agentTurns {
            case 0:
                return AgentReply(
                    "Road and last exit sign?")
            case 1:
                return AgentReply(
                    [
                        "Taxi ordered to your location.",
                        "Arrival within 20 minutes.",
                        "Stay in the car with the hazard lights on.",
                        "Turn on low-power mode to save the battery.",
                        "Taxi details follow by text.",
                    ].joined(separator: " "),
                    actions: [.orderTaxi(to: conversation.fill("{road}, exit {exit}")), .sendInstructions("Taxi details")])
            default:
                return AgentReply(
                    "End of call.",
                    actions: [.endCall])
            }
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
