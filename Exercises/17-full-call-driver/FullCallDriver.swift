import Frontline

/// Exercise 17 · Full call: your agent for a driver stranded on the motorway at minus twenty with a dying phone.
struct FullCallDriver: AgentExercise {
    /// Your agent: it reads the call so far and returns its next turn.
    struct Agent: Frontline.Agent {
        mutating func reply(to conversation: Conversation) -> AgentReply {
            // TODO: Write your agent's next turn; it is called once per turn until the call ends.
            //   conversation.agentTurns            turns you have taken so far (0 on your first)
            //   conversation.lastCustomerMessage   what he just said
            //   conversation.slots["name"], ["battery"]  his name and battery in percent
            //   conversation.fill("… {exit} …")    fills {road} and {exit} once he has told you where he is
            // Ask where he is, order the taxi first (.orderTaxi(to: …)), text him the details, help him save battery.
            AgentReply("TODO: write your agent")
        }
    }

    func makeAgent() -> any Frontline.Agent { Agent() }
}
