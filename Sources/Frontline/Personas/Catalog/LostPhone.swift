extension Catalog {
    /// A worried customer who has lost her phone, with her banking app on it.
    public static let lostPhone = CatalogEntry(
        persona: Persona(
            id: "lost-phone", name: "{name}",
            situation: "{name} lost her phone on the way home this afternoon and is calling from a friend's phone. Her banking app and years of photos of her children are on it.",
            reason: "She wants no one to use her phone or number, and her number back on a working SIM.",
            knows: ["She last had it on the {bus} bus around {time}.", "The phone has a screen lock."],
            mood: .worried, literacy: .medium, urgency: .high, sensitivities: [.privacy],
            voice: "Breathless and scattered, jumps between the bank, the photos and the children; apologises for calling from someone else's phone.",
            patience: 4,
            slots: [
                "name": ["Ewa", "Rachel", "Leila", "Kirsten"], "bus": ["number 12", "number 38", "number 73"],
                "time": ["3 pm", "4:30", "5 pm"], "stop": ["the market", "Elm Park", "the library"],
            ]),
        scenario: Scenario(
            id: "lost-phone", persona: "lost-phone", title: "The lost phone",
            opening: "Hi, I've lost my phone. My bank's on it, my photos, everything. I'm ringing from my friend's phone. What do I do?",
            facts: [
                Fact(
                    id: "lost", description: "When and where she last had the phone",
                    askedBy: ["when", "where", "last"],
                    answer: "On the {bus} bus, around {time}. When I got off at {stop} it was gone.")
            ],
            actions: [
                ActionGoal(.blockSIM, description: "Block her SIM so no one can use her number"),
                ActionGoal(.sendReplacementSIM, description: "Send a new SIM with her same number"),
            ],
            instructions: [
                InstructionGoal(
                    id: "find-my-device", description: "Find and lock the phone with Find My Device",
                    mentions: [["find", "locat", "track"], ["lock", "erase", "secure", "map"], ["phone", "device"]])
            ],
            forbidden: [
                ForbiddenRule(
                    .phrase(["only a phone", "just a phone", "you should have"]), rule: .policy,
                    description: "Making light of the loss or blaming her for it")
            ],
            nudges: ["But what if someone's using it right now?", "Sorry… what happens to my number?"],
            thanks: "Okay. Okay, that's a relief. Thank you for staying so calm with me.",
            turnLimit: 5),
        reference: [
            AgentReply(
                "{name}, losing your phone with your bank and your photos on it is really worrying, and I'll make sure no one can use your number. I'm blocking your SIM right now, so no one can call or text on your account. When and where did you last have the phone?",
                actions: [.blockSIM]),
            AgentReply(
                "Thank you, that helps. First, sign in to Find My Device on your friend's phone, which shows your phone on a map and lets you lock it. Then ring the bus company's lost property and give them the {bus} bus and {time}. I'll send a new SIM with your same number to your home address today, and it will arrive within two working days. I'll confirm by email once it's posted.",
                actions: [.sendReplacementSIM]),
        ])
}
