extension Catalog {
    /// A customer charged three months in a row for a service she never ordered.
    public static let overchargedBill = CatalogEntry(
        persona: Persona(
            id: "overcharged-bill", name: "{name}",
            situation: "For three months {name}'s bill has carried £9 a month for {charge}, a service she never ordered. She noticed it when her bank balance came up short.",
            reason: "She wants the £27 back and the charge gone for good.",
            knows: ["The charge is called {charge} on the bill.", "She has never ordered anything extra."],
            mood: .angry, literacy: .medium, urgency: .normal, sensitivities: [],
            voice: "Crisp and sharp, has the bills in front of her, reads out amounts; expects to be fobbed off and says so.",
            patience: 3,
            slots: [
                "name": ["Linda", "Sarah", "Agnieszka", "Fiona"],
                "charge": ["Music Extra", "Cloud Storage Plus", "Sports Pass"],
            ]),
        scenario: Scenario(
            id: "overcharged-bill", persona: "overcharged-bill", title: "Overcharged three months running",
            opening: "I've been overcharged three months in a row now. Three! I've got the bills right here. I want my money back, and don't tell me to email someone.",
            facts: [
                Fact(
                    id: "charge", description: "Which charge on the bill is wrong, and how much it is",
                    askedBy: ["charge", "bill", "amount", "line", "item"],
                    answer: "Something called {charge}. £9, every single month. I never ordered it.")
            ],
            actions: [
                ActionGoal(.refund, description: "Refund the three wrong charges", after: ["charge"])
            ],
            instructions: [
                InstructionGoal(
                    id: "next-bill", description: "Tell her the refund will show on her next bill",
                    mentions: [["next"], ["bill"]])
            ],
            forbidden: [
                ForbiddenRule(.action(.transfer), rule: .policy, description: "Passing it on instead of fixing it"),
                ForbiddenRule(
                    .phrase(["you must have ordered", "you signed up for", "you must have signed"]), rule: .policy,
                    description: "Assuming she ordered the charge herself"),
            ],
            nudges: ["So are you refunding it or not?", "I'm not paying for this a fourth time."],
            thanks: "Right. Good. That's all I wanted. Thank you.",
            turnLimit: 4),
        reference: [
            AgentReply(
                "{name}, paying three months in a row for something you never asked for is maddening, and I'll put it right on this call. Which charge on your bill is it?"
            ),
            AgentReply(
                "Thank you. I can see {charge} at £9 on each of your last three bills, with no order from you on our records. I've removed it from your account today, so it won't come back. I've also refunded all three months, £27 in total. You'll see the £27 back on your next bill. If anything else on it looks wrong, let me know now and I'll check it too.",
                actions: [.refund(amountInCents: 2700)]),
        ])
}
