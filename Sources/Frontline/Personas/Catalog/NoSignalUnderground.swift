extension Catalog {
    /// A commuter deep underground with no signal, waiting for an important call.
    public static let noSignalUnderground = CatalogEntry(
        persona: Persona(
            id: "no-signal-underground", name: "{name}",
            situation: "{name} is on a platform at {station} station, deep underground. Her phone shows no signal, and she is writing to the support chat over the station's free Wi-Fi while she waits for a call from {caller}.",
            reason: "She wants to know why there is no signal and how to take her call down there.",
            knows: ["The station has free Wi-Fi, and she is connected to it.", "She was told {caller} would ring within the hour."],
            mood: .angry, literacy: .medium, urgency: .high, sensitivities: [],
            voice: "Clipped and sarcastic, lots of question marks; calms down quickly once something practical happens.",
            patience: 3,
            slots: [
                "name": ["Hannah", "Priya", "Ola", "Grace"],
                "station": ["Bank", "King's Cross", "Canary Wharf", "Waterloo"],
                "caller": ["the recruiter", "the hospital", "the school"],
            ]),
        scenario: Scenario(
            id: "no-signal-underground", persona: "no-signal-underground", title: "No signal underground",
            opening: "I'm underground and there's no signal. None. Why?! I'm waiting for an important call and I'm paying you for this.",
            facts: [
                Fact(
                    id: "station", description: "Which station she is at, and that it has Wi-Fi",
                    askedBy: ["station", "platform", "where", "line", "stop"],
                    answer: "{station}, platform 2. I'm writing to you on the station's free Wi-Fi, and {caller} could ring any minute.")
            ],
            actions: [
                ActionGoal(.activateWifiCalling, description: "Turn on Wi-Fi calling on her line", after: ["station"])
            ],
            instructions: [
                InstructionGoal(
                    id: "explain-why", description: "Explain why the signal does not reach deep underground",
                    mentions: [["signal"], ["underground", "tunnel", "rock", "ground", "deep", "concrete"]]),
                InstructionGoal(
                    id: "join-station-wifi", description: "Stay connected to the station's Wi-Fi so calls come through it",
                    mentions: [["connect", "join"], ["wifi", "wi"], ["station", "platform", "free"]]),
            ],
            nudges: ["So what am I meant to do, climb out every time?", "Hello? My call could come any second."],
            thanks: "Oh, it rang through! Okay. Fine. Thank you, that's actually useful.",
            turnLimit: 4),
        reference: [
            AgentReply(
                "{name}, no signal while you wait for an important call is maddening, and I'll set up your line so calls reach you down there. Deep underground, the mobile signal can't get through the rock and concrete. Which station are you at right now?"
            ),
            AgentReply(
                "Thank you, the free Wi-Fi at {station} station is all we need. I've turned on Wi-Fi calling on your line, and it works from right now. That means your phone makes and takes calls over Wi-Fi when there's no signal. Stay connected to the station's free Wi-Fi, and your call will come straight through. Try it now with a quick call to a friend, and let me know if it connects.",
                actions: [.activateService("wifi-calling")]),
        ])
}
