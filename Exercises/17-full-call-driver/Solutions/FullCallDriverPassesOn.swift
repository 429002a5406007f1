import Frontline

/// Anti-solution to exercise 17: it passes the freezing driver to another line.
struct FullCallDriverPassesOn: AgentExercise {
    /// The flawed agent for one call.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            switch conversation.agentTurns {
            case 0:
                return AgentReply(
                    conversation.fill(
                        [
                            "{name}, being stuck at minus twenty with {battery} percent battery is frightening.",
                            "Breakdowns are handled by our roadside team, so I'll put you through to them now.",
                        ].joined(separator: " ")),
                    actions: [.transfer(to: "roadside team")])
            default:
                return AgentReply(
                    "Please hold for the roadside team.",
                    actions: [.transfer(to: "roadside team")])
            }
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
