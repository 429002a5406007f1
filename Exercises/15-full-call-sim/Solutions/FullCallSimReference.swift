import Frontline

/// The reference agent for exercise 15: acknowledge and ask about the new card, then plain steps to put it in, and check it works.
struct FullCallSimReference: AgentExercise {
    /// The reference agent for one call.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            switch conversation.agentTurns {
            case 0:
                return AgentReply(
                    conversation.fill(
                        [
                            "Hello {name}, {days} days without a working phone is really frustrating, and you did the right thing calling us.",
                            "I'll sort it out with you now.",
                            "Did a new SIM card come with your contract, in an envelope?",
                        ].joined(separator: " ")))
            case 1:
                return AgentReply(
                    conversation.fill(
                        [
                            "Thank you, {name}, that small card is the one we need, and lots of people miss it.",
                            "First, switch the phone off.",
                            "Then take out the old card and put the new card from the envelope in its place.",
                            "Switch the phone on and wait a minute.",
                            "I'll stay on the line with you: does it show the network now?",
                        ].joined(separator: " ")),
                    actions: [.sendInstructions("Put in the new SIM card from the envelope")])
            default:
                return AgentReply(
                    conversation.fill("Thank you, {name}, I'm glad it works again. Goodbye."),
                    actions: [.endCall])
            }
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
