extension Catalog {
    /// A Polish customer who moved her number to us and has not yet put in the SIM card that came with the contract.
    public static let polishSimAfterPorting = CatalogEntry(
        persona: Persona(
            id: "pl-sim-after-porting", name: "{name}", locale: "pl",
            situation: "Mrs {name} moved her number to us {days} days ago. Since then her phone shows a message about the SIM card and she can neither call nor text.",
            reason: "She wants her phone to work again and has no idea what she did wrong.",
            knows: ["A courier brought the contract in a parcel, with a small card inside.", "The old card from her previous network is still in the phone."],
            mood: .worried, literacy: .low, urgency: .normal, sensitivities: [],
            voice: "Calls herself hopeless with technology and keeps apologising for the bother; relaxes as soon as nobody laughs at her. Formal Polish: expects to be called Pani.",
            patience: 4,
            slots: [
                "name": ["Kowalska", "Wiśniewska", "Zielińska", "Dąbrowska"],
                "days": ["2", "3", "4"],
            ]),
        scenario: Scenario(
            id: "pl-sim-after-porting", persona: "pl-sim-after-porting", title: "Karta SIM po przeniesieniu numeru",
            opening: "Dzień dobry, przepraszam za kłopot. Przeszłam do Państwa z moim numerem {days} dni temu i od tamtej pory telefon nic nie robi. Na ekranie ciągle wyskakuje jakaś wiadomość o karcie SIM.",
            facts: [
                Fact(
                    id: "new-sim", description: "Whether a new SIM card came with the contract and is in the phone",
                    askedBy: ["kart", "sim", "koper", "paczk", "przesył", "wymien", "wymian"],
                    answer: "Nową kartę? Ojej… w paczce z umową rzeczywiście była taka mała karta. Nie ruszałam jej, leży w szufladzie."),
            ],
            instructions: [
                InstructionGoal(
                    id: "insert-new-sim", description: "Put the new SIM card from the parcel into the phone",
                    mentions: [["włoż", "umieść", "wsuń", "zamień", "wymień"], ["kart", "sim"]]),
            ],
            nudges: ["Dalej coś pisze o karcie SIM. Co ja mam zrobić?", "Przepraszam… to co teraz?"],
            thanks: "O, jest zasięg! Bardzo dziękuję i przepraszam za całe zamieszanie.",
            turnLimit: 5),
        reference: [
            AgentReply(
                "Dzień dobry, Pani {name}. {days} dni bez działającego telefonu to naprawdę frustrujące, dlatego od razu zajmę się tym razem z Panią. Czy w paczce z umową dostała Pani nową kartę SIM?"),
            AgentReply(
                "Dziękuję, to właśnie ta karta, i wiele osób o niej zapomina. Najpierw wyłączy Pani telefon. Potem wyjmie Pani starą kartę i włoży w jej miejsce nową kartę z paczki. Na koniec włączy Pani telefon i odczeka minutę. Zostanę na linii: czy widzi Pani już zasięg?",
                actions: [.sendInstructions("Włożyć nową kartę SIM z paczki")]),
        ])
}
