extension Catalog {
    /// A driver whose car has died on the motorway at −20 °C, with a phone that is about to go flat.
    public static let strandedDriver = CatalogEntry(
        persona: Persona(
            id: "stranded-driver", name: "{name}",
            situation: "{name}'s car broke down on the {road} at −20 °C. The heater is dead, no one has stopped, and his phone is on {battery} %.",
            reason: "He needs to get out of the cold before the battery dies.",
            knows: ["The last sign he passed was for exit {exit}.", "He is on the hard shoulder with the hazard lights on."],
            mood: .frightened, literacy: .medium, urgency: .critical, sensitivities: [.safety],
            voice: "Short sentences through chattering teeth; repeats the battery percentage; long explanations make him panic.",
            patience: 3,
            slots: [
                "name": ["Tomasz", "Jonas", "Piotr", "Lukas"], "battery": ["3", "4", "5"],
                "road": ["M6 northbound", "A9 southbound", "M74 northbound"], "exit": ["14", "22", "37"],
            ]),
        scenario: Scenario(
            id: "stranded-driver", persona: "stranded-driver", title: "Stranded at −20 °C",
            opening: "My car's died on the motorway. It's minus twenty, I can't feel my hands, and my phone's on {battery} percent. Please, I need help.",
            facts: [
                Fact(
                    id: "location", description: "Where the car is: the road, the direction and the nearest exit",
                    askedBy: ["where", "location", "exit", "junction", "road", "motorway", "sign", "marker"],
                    answer: "The {road}. I passed the sign for exit {exit} a minute before it died. I'm on the hard shoulder.")
            ],
            actions: [
                ActionGoal(.orderTaxi, description: "Order a taxi to the car to take him somewhere warm", after: ["location"]),
                ActionGoal(.sendInstructions, description: "Text him the taxi's details so he can save the battery"),
            ],
            instructions: [
                InstructionGoal(
                    id: "save-battery", description: "Tell him how to save what is left of the battery",
                    mentions: [["battery", "phone"], ["save", "saving", "low", "last"]])
            ],
            forbidden: [
                ForbiddenRule(
                    .action(.transfer), rule: .safety,
                    description: "Passing a freezing caller to another line while his battery runs out")
            ],
            priorities: [
                Priority(
                    .orderTaxi, before: [.reportFault, .transfer, .sendInstructions],
                    reason: "Get him warm first; the car and the paperwork can wait.")
            ],
            nudges: ["Please… my battery's going. Can you send someone?", "Hello? Are you still there? It's so cold."],
            thanks: "A taxi… okay. Thank you. Thank you. I'll watch for the lights.",
            turnLimit: 5),
        reference: [
            AgentReply(
                "{name}, being stuck at −20 °C with {battery} % battery is frightening, and I'll send a taxi to get you out of the cold straight away. Which road are you on, and which exit sign did you pass last?"
            ),
            AgentReply(
                "Thank you, {name}. I've ordered a taxi to the hard shoulder past exit {exit} on the {road}, and it will be with you within 20 minutes. First, stay in the car with the doors locked and the hazard lights on. Then turn on low-power mode to save your battery. I'll text you the taxi's number plate now, so you can end this call and keep your battery for the driver.",
                actions: [
                    .orderTaxi(to: "{road}, hard shoulder past exit {exit}"),
                    .sendInstructions("Taxi on its way to exit {exit}, {road}: number plate and driver's name"),
                ]),
        ])
}
