extension Catalog {
    /// A customer who moved her number to us and does not know she must put in the new SIM card.
    public static let simAfterPorting = CatalogEntry(
        persona: Persona(
            id: "sim-after-porting", name: "{name}",
            situation: "{name} moved her number to us {days} days ago. The phone shows a SIM message and nothing works.",
            reason: "She wants her phone to work again and has no idea why it doesn't.",
            knows: ["A letter and a small card came with the contract.", "She did not touch the phone since."],
            mood: .worried, literacy: .low, urgency: .normal, sensitivities: [],
            voice: "Apologetic, a little embarrassed, says 'sorry to bother you'; lost at the first technical word.",
            patience: 4,
            slots: ["name": ["Anna", "Maria", "Ewa", "Joanna"], "days": ["two", "three"]]),
        scenario: Scenario(
            id: "sim-after-porting", persona: "sim-after-porting", title: "The SIM after porting",
            opening: "Hello, sorry to bother you. I moved my number to you {days} days ago and my phone still doesn't work. It keeps showing something about the SIM.",
            facts: [
                Fact(
                    id: "new-sim", description: "Whether a new SIM card came with the contract and is in the phone",
                    askedBy: ["card", "sim", "envelope", "letter", "swap", "chang", "replac"],
                    answer: "A new card? Oh… there was a small card in the envelope with the contract. I didn't put it in.")
            ],
            instructions: [
                InstructionGoal(
                    id: "insert-new-sim", description: "Put the new SIM card from the envelope into the phone",
                    mentions: [["put", "insert", "place", "swap", "pop"], ["card", "sim"]])
            ],
            nudges: ["It still says something about the SIM. What should I do?", "So… what do I do now?"],
            thanks: "Oh! It shows the network now. Thank you so much, and sorry for the trouble.",
            turnLimit: 5),
        reference: [
            AgentReply(
                "Hello {name}, {days} days without a working phone is really frustrating, so let's sort it out now. Did a new SIM card come with your contract, in an envelope?"),
            AgentReply(
                "That's the one we need, and it happens to lots of people. First, switch the phone off. Then take out the old card and put the new card from the envelope in its place. Switch the phone on and wait a minute. I'll stay on the line: does it show the network now?",
                actions: [.sendInstructions("Put in the new SIM card from the envelope")]),
        ])
}
