import Frontline

/// Anti-solution to exercise 15: it reaches the fix, in jargon the customer does not understand.
struct FullCallSimJargon: AgentExercise {
    /// The flawed agent for one call.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            switch conversation.agentTurns {
            case 0:
                return AgentReply(
                    conversation.fill(
                        [
                            "Hello {name}, {days} days without a working phone is really frustrating, and I'll sort it out now.",
                            "Your MSISDN was ported, but the ICCID in the handset still belongs to your old operator's HLR, so network registration fails on every attach attempt and the device shows a SIM error.",
                            "Is the new SIM card from the envelope in the handset?",
                        ].joined(separator: " ")))
            case 1:
                return AgentReply(
                    conversation.fill(
                        [
                            "Thank you, {name}.",
                            "Power down the handset, eject the SIM tray and insert the new SIM card so the IMSI matches our HLR provisioning, then reboot and wait for the baseband to complete network registration with the correct APN configuration.",
                            "I'll stay on the line with you.",
                        ].joined(separator: " ")))
            default:
                return AgentReply(
                    "Goodbye.",
                    actions: [.endCall])
            }
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
