import Frontline

/// Exercise 15 · Full call: your agent for a whole call with a customer whose phone stopped working after she moved her number.
struct FullCallSim: AgentExercise {
    /// Your agent: it reads the call so far and returns its next turn.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            // TODO: Write your agent's next turn; it is called once per turn until the call ends.
            //   conversation.agentTurns            turns you have taken so far (0 on your first)
            //   conversation.lastCustomerMessage   what she just said
            //   conversation.slots["name"]         her name
            //   conversation.slots["days"]         how many days she has been without a phone
            //   conversation.fill("Hello {name}")  fills the {slot} placeholders for you
            // Acknowledge, ask one question about the new card, then plain steps to put it in, and check it works.
            AgentReply("TODO: write your agent")
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
