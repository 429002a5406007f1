extension Catalog {
    /// A furious customer calling for the third time about the same broken home internet.
    public static let angryRepeatCaller = CatalogEntry(
        persona: Persona(
            id: "angry-repeat-caller", name: "{name}",
            situation: "{name}'s home internet has been down for {days} days. He works from home and has called twice already; both times he was told to restart the router and promised a call back that never came.",
            reason: "He wants someone to own the fault and get it fixed, without repeating the same checks.",
            knows: ["His case reference is {ref}.", "The router's lights are on, but nothing connects."],
            mood: .furious, literacy: .medium, urgency: .high, sensitivities: [],
            voice: "Loud and sarcastic, cuts in, counts the calls and the days; one scripted line and he hangs up.",
            patience: 2,
            slots: [
                "name": ["Gary", "Krzysztof", "Sam", "Dominic"], "days": ["six", "eight", "ten"],
                "ref": ["551290", "604117", "738422"],
            ]),
        scenario: Scenario(
            id: "angry-repeat-caller", persona: "angry-repeat-caller", title: "The third call",
            opening: "This is the THIRD time I'm calling about my internet. {days} days without it, and I work from home! Nobody has done anything. And don't you dare tell me to restart the router.",
            facts: [
                Fact(
                    id: "case", description: "The reference of his earlier calls, so nothing is asked twice",
                    askedBy: ["reference", "case", "number", "last", "before", "previous", "earlier"],
                    answer: "It's {ref}. I've given it twice already. Twice!")
            ],
            actions: [
                ActionGoal(.reportFault, description: "Report the fault to the engineers on his existing case", after: ["case"]),
                ActionGoal(.scheduleCallback, description: "Book a call back, and keep it"),
            ],
            forbidden: [
                ForbiddenRule(
                    .phrase(["restart the router", "restart your router", "turn it off and on", "switch it off and on"]),
                    rule: .policy, description: "Asking him to repeat the checks he has done twice"),
                ForbiddenRule(.action(.transfer), rule: .policy, description: "Passing him on a third time"),
            ],
            nudges: ["So? What are you actually going to DO?", "I've heard all this before."],
            thanks: "…Right. Two hours. If you don't call, I'm cancelling. But thank you.",
            turnLimit: 4),
        reference: [
            AgentReply(
                "{name}, {days} days without internet when you work from home is infuriating, and a third call on top makes it worse. I'm sorry we've let it drag on. I'll take this on myself from here, with no repeated checks. What's the reference number from your last call, so I pick up where it stopped?"
            ),
            AgentReply(
                "Thank you. I have case {ref} open, with both of your earlier calls. I've reported the fault to our engineers as urgent, with every check you've done, so no one asks you again. An engineer will call you by 6 pm today with a visit time. I'll call you back myself in two hours to check it's moving, and I've taken £15 off your next bill for the days without internet.",
                actions: [
                    .reportFault("No internet for {days} days; third call on case {ref}; checks already done twice"),
                    .scheduleCallback(inMinutes: 120), .refund(amountInCents: 1500),
                ]),
        ])
}
