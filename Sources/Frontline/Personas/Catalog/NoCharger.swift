extension Catalog {
    /// A traveller on a long train journey with a dying phone and no charger.
    public static let noCharger = CatalogEntry(
        persona: Persona(
            id: "no-charger", name: "{name}",
            situation: "{name} is on a {hours}-hour train journey to {city} and left his charger at home. The phone is on {battery} %, and his ticket and his lift at the other end are both on it.",
            reason: "He wants the phone to last until he arrives.",
            knows: ["His ticket is in the rail app.", "His sister is picking him up and will text which exit to use."],
            mood: .worried, literacy: .low, urgency: .normal, sensitivities: [],
            voice: "Polite but fretful, thinks out loud, gets lost when told to look for settings without being told where.",
            patience: 4,
            slots: [
                "name": ["Aidan", "Bartek", "Samuel", "Joe"], "hours": ["four", "five", "six"],
                "city": ["Edinburgh", "Penzance", "Inverness"], "battery": ["9", "12", "15"],
                "model": ["Samsung Galaxy A52", "iPhone 12", "Google Pixel 6"],
            ]),
        scenario: Scenario(
            id: "no-charger", persona: "no-charger", title: "No charger on the train",
            opening: "Hello. I've left my charger at home and I'm on the train for hours. My phone's on {battery} percent. How do I make it keep working?",
            facts: [
                Fact(
                    id: "model", description: "Which phone he has, to give the right steps",
                    askedBy: ["phone", "model", "kind", "type", "make", "brand"],
                    answer: "It's a {model}. About two years old.")
            ],
            instructions: [
                InstructionGoal(
                    id: "save-ticket", description: "Save the ticket as a screenshot while there is battery",
                    mentions: [["screenshot", "save", "download", "photo"], ["ticket"]]),
                InstructionGoal(
                    id: "power-saving", description: "Turn on the power-saving mode",
                    mentions: [["turn", "switch", "put", "tap"], ["low", "saver", "saving"], ["power", "battery", "mode"]]),
                InstructionGoal(
                    id: "charge-on-train", description: "Charge from a socket on the train or borrow a cable",
                    mentions: [["usb", "socket", "plug", "borrow", "cable", "lend"], ["charg", "cable"]]),
            ],
            nudges: ["It's gone down another percent. What do I do?", "Sorry, I'm not very good with phones. Where do I start?"],
            thanks: "Right, ticket saved, battery saver on, and the lady at the café has a cable. Thank you!",
            turnLimit: 5),
        reference: [
            AgentReply(
                "{name}, {battery} % with hours still to go is stressful, and I'll walk you through making it last. Which phone do you have, so I can give you the right steps?"
            ),
            AgentReply(
                "Thank you. First, take a screenshot of your ticket now, so you can show it even if the phone runs out. Then open Settings on your {model} and tap Battery. Turn on the power-saving mode there, and the battery will last much longer. After that, look for a plug or USB socket by your seat, and ask the train staff if you can borrow a charging cable. I'll text you these steps straight away, so you can read them again.",
                actions: [.sendInstructions("Screenshot your ticket; Settings > Battery > power saving; charge from the seat socket")]),
        ])
}
