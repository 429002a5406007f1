import Frontline

/// Anti-solution to exercise 17: the right actions, explained in jargon and long sentences.
struct FullCallDriverJargon: AgentExercise {
    /// The flawed agent for one call.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            switch conversation.agentTurns {
            case 0:
                return AgentReply(
                    conversation.fill(
                        [
                            "{name}, being stuck at minus twenty with {battery} percent battery is frightening, and I'll get you a taxi.",
                            "Can you confirm the motorway and the nearest junction marker so the dispatch platform can geolocate your handset against the cell site data and the LBS triangulation from the nearest base station?",
                        ].joined(separator: " ")))
            case 1:
                return AgentReply(
                    conversation.fill(
                        [
                            "Thank you, {name}.",
                            "I've initiated a taxi dispatch to the hard shoulder past exit {exit} on the {road} with an ETA within 20 minutes, and the confirmation payload with the vehicle registration will be pushed to your handset via SMS over the LTE bearer.",
                            "To save battery, enable low power mode and disable background refresh so the baseband throttles its polling of the cell tower and the VoLTE registration.",
                        ].joined(separator: " ")),
                    actions: [.orderTaxi(to: conversation.fill("{road}, hard shoulder past exit {exit}")), .sendInstructions("Taxi dispatch confirmation")])
            default:
                return AgentReply(
                    "Goodbye.",
                    actions: [.endCall])
            }
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
