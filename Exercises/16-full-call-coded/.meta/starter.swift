import Frontline

/// Exercise 16 · Full call: your agent for a caller who talks to you as "Mum" because she cannot speak freely.
struct FullCallCoded: AgentExercise {
    /// Your agent: it reads the call so far and returns its next turn.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            // TODO: Write your agent's next turn; it is called once per turn until the call ends.
            //   conversation.agentTurns            turns you have taken so far (0 on your first)
            //   conversation.lastCustomerMessage   what she just said ("Yes, Mum…")
            //   conversation.slots["address"]      the address on her account
            //   conversation.fill("… {address} …")  fills the {slot} placeholders for you
            // Play along, ask only yes-or-no questions, and send the police: .callEmergency(.police, address: …).
            AgentReply("TODO: write your agent")
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
