extension Catalog {
    /// A young woman who wants to warn her former landlady by text without her number showing.
    public static let hideNumber = CatalogEntry(
        persona: Persona(
            id: "hide-number", name: "{name}",
            situation: "{name} rented a room from {landlady} until last month. She has heard the new tenants plan to leave without paying, and they know her.",
            reason: "She wants to warn {landlady} by text without her own number showing.",
            knows: ["The tenants plan to move out on {day} without paying the last two months.", "She gets on well with {landlady}."],
            mood: .worried, literacy: .medium, urgency: .normal, sensitivities: [.privacy],
            voice: "Quick and chatty, a bit guilty, over-explains; keeps saying she doesn't want to get anyone in trouble.",
            patience: 4,
            slots: [
                "name": ["Zoe", "Mia", "Chloe", "Amira"], "landlady": ["Mrs Patel", "Mrs Novak", "Mrs Okafor"],
                "day": ["Friday", "Saturday", "Sunday"],
            ]),
        scenario: Scenario(
            id: "hide-number", persona: "hide-number", title: "A warning without a name",
            opening: "Hi, can I send a text without my number showing? It's a bit of a delicate thing, I don't want any trouble.",
            facts: [
                Fact(
                    id: "purpose", description: "Who the text is for and why her number must stay hidden",
                    askedBy: ["why", "what", "who", "reason", "landlady", "happen"],
                    answer: "It's for my old landlady, {landlady}. The people who moved in after me are planning to leave on {day} without paying, and they know me. I want to warn her without my name on it.")
            ],
            actions: [
                ActionGoal(.activateNumberHiding, description: "Turn on number hiding on her line")
            ],
            instructions: [
                InstructionGoal(
                    id: "how-it-shows", description: "Tell her what the landlady will see instead of her number",
                    mentions: [["see", "show", "appear"], ["private", "hidden", "withheld", "unknown"]])
            ],
            forbidden: [
                ForbiddenRule(
                    .phrase(["revenge", "get back at", "snitch", "gossip", "none of your business"]), rule: .policy,
                    description: "Judging her reasons instead of helping")
            ],
            nudges: ["So… can you hide my number or not?", "I'd really like to send it today."],
            thanks: "Perfect, that's such a relief. I'll send it now. Thank you!",
            turnLimit: 4),
        reference: [
            AgentReply(
                "Hi {name}, of course, I can hide your number for you today. Who is the text for, so I set it up the right way?"
            ),
            AgentReply(
                "That sounds stressful, and it's thoughtful of you to warn {landlady}. I've turned on number hiding on your line now, and it works straight away. {landlady} will see “Private number” instead of yours. Send your text whenever you're ready, and let me know if your number shows. If you'd like it off again, ring us any time and we'll switch it off.",
                actions: [.activateService("number-hiding")]),
        ])
}
