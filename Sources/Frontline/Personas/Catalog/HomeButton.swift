extension Catalog {
    /// A customer whose phone's home button has stopped working, so he gets stuck in every app.
    public static let homeButton = CatalogEntry(
        persona: Persona(
            id: "home-button", name: "{name}",
            situation: "The round home button on {name}'s {model} stopped working {when}. Every time he opens an app he is stuck in it and has to switch the phone off to get out.",
            reason: "He wants to use his phone normally again and get the button fixed.",
            knows: ["The phone is on the home screen right now, after a restart.", "He has switched it off and on five times today."],
            mood: .angry, literacy: .low, urgency: .normal, sensitivities: [],
            voice: "Gruff retired bus driver, blunt and impatient, distrusts 'all these settings'; warms up when treated as capable.",
            patience: 4,
            slots: [
                "name": ["Frank", "Jerzy", "Alan", "Brian"], "model": ["iPhone 8", "iPhone SE", "iPhone 7"],
                "when": ["yesterday", "this morning", "two days ago"],
            ]),
        scenario: Scenario(
            id: "home-button", persona: "home-button", title: "The broken home button",
            opening: "The button on the front of my phone's gone. I press it and nothing. Every time I open something I'm stuck in it and have to switch the whole phone off!",
            facts: [
                Fact(
                    id: "model", description: "Which phone he has",
                    askedBy: ["phone", "model", "kind", "type", "make", "iphone"],
                    answer: "It's an {model}. I'm on the main screen now, I had to switch it off again.")
            ],
            actions: [
                ActionGoal(.sendInstructions, description: "Text him the steps for the on-screen button"),
                ActionGoal(.scheduleCallback, description: "Book a call back to arrange a repair of the button", after: ["model"]),
            ],
            instructions: [
                InstructionGoal(
                    id: "turn-on-assistive-touch", description: "Turn on AssistiveTouch in Settings, Accessibility, Touch",
                    mentions: [["assistive"], ["turn", "switch", "tap"]]),
                InstructionGoal(
                    id: "use-round-button", description: "Tap the round button on the screen, then Home, to leave an app",
                    mentions: [["tap", "press", "touch"], ["round", "circle", "grey", "gray"], ["home"]]),
            ],
            nudges: ["So what am I supposed to do, switch it off every five minutes?", "Are you going to fix it or not?"],
            thanks: "Well I never. There it is, a little button. Right. Thank you.",
            turnLimit: 5),
        reference: [
            AgentReply(
                "{name}, switching the whole phone off every time you open something is really frustrating. I'll set up a button on your screen that does the same job, today. Which phone model do you have?"
            ),
            AgentReply(
                "Thank you. Your {model} has a spare home button you can put on the screen, and it takes one minute. First, open Settings and tap Accessibility. Then tap Touch, and turn on AssistiveTouch. A small round button appears on the screen: tap it, then tap Home to leave any app. I'll text you these steps now, and I'll call you back within the hour to book a repair for the real button. Can you see the round button on your screen?",
                actions: [
                    .sendInstructions("Settings > Accessibility > Touch > AssistiveTouch: turn it on. Tap the round button, then Home."),
                    .scheduleCallback(inMinutes: 60),
                ]),
        ])
}
