import Frontline

/// The reference agent for exercise 17: acknowledge and ask where he is, then the taxi first, the details by text and how to save the battery.
struct FullCallDriverReference: AgentExercise {
    /// The reference agent for one call.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            switch conversation.agentTurns {
            case 0:
                return AgentReply(
                    conversation.fill(
                        [
                            "{name}, being stuck in the freezing cold with {battery} percent battery is frightening, and you did the right thing calling.",
                            "I'll send a taxi to get you somewhere warm straight away.",
                            "Which road are you on, and which exit sign did you pass last?",
                        ].joined(separator: " ")))
            case 1:
                return AgentReply(
                    conversation.fill(
                        [
                            "Thank you, {name}.",
                            "I've ordered a taxi to the hard shoulder past exit {exit} on the {road}, and it will be with you within 20 minutes.",
                            "First, stay in the car with the doors locked and the hazard lights on.",
                            "Then turn on low-power mode to save your battery.",
                            "I'll text you the taxi's number plate now, so you can keep your battery for the driver.",
                        ].joined(separator: " ")),
                    actions: [.orderTaxi(to: conversation.fill("{road}, hard shoulder past exit {exit}")), .sendInstructions(conversation.fill("Taxi on its way to exit {exit}, {road}: number plate and driver"))])
            default:
                return AgentReply(
                    conversation.fill("The taxi is on its way, {name}. Goodbye for now."),
                    actions: [.endCall])
            }
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
