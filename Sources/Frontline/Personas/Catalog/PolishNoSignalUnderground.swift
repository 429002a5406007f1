extension Catalog {
    /// A Polish customer on an underground car park with no signal, waiting for an important call.
    public static let polishNoSignalUnderground = CatalogEntry(
        persona: Persona(
            id: "pl-no-signal-underground", name: "{name}", locale: "pl",
            situation: "Mr {name} is on the third underground level of a shopping-centre car park. His phone has no signal, and he is writing to the support chat over the shopping centre's free Wi-Fi while he waits for an important call.",
            reason: "He wants to know why there is no signal and how to take his call down there.",
            knows: ["The shopping centre has free Wi-Fi, and he is connected to it.", "The call he is waiting for could come any minute."],
            mood: .angry, literacy: .medium, urgency: .high, sensitivities: [],
            voice: "Clipped and sarcastic, plenty of exclamation marks; calms down quickly once something practical happens. Formal Polish: expects Pan.",
            patience: 3,
            slots: [
                "name": ["Zieliński", "Kamiński", "Nowicki", "Wysocki"],
                "place": ["Galerią Wisła", "Pasażem Zorza", "Centrum Arkada"],
                "caller": ["przychodni", "banku", "warsztatu"],
            ]),
        scenario: Scenario(
            id: "pl-no-signal-underground", persona: "pl-no-signal-underground", title: "Brak zasięgu pod ziemią",
            opening: "Siedzę na podziemnym parkingu i telefon nie ma ani jednej kreski. Jak to możliwe, że tracę tu zasięg?! Czekam na ważny telefon z {caller}, a płacę Państwu co miesiąc.",
            facts: [
                Fact(
                    id: "place", description: "Where he is, and that the building has free Wi-Fi",
                    askedBy: ["gdzie", "parking", "poziom", "piętr", "galeri", "budyn"],
                    answer: "Poziom minus trzy, parking pod {place}. Piszę do Państwa przez darmowe Wi-Fi galerii, a telefon z {caller} może być w każdej chwili."),
            ],
            actions: [
                ActionGoal(.activateWifiCalling, description: "Turn on Wi-Fi calling on his line", after: ["place"]),
            ],
            instructions: [
                InstructionGoal(
                    id: "explain-why", description: "Explain why the signal does not reach deep underground",
                    mentions: [["zasięg", "sygnał"], ["ziemi", "beton", "strop", "ścian", "głęb", "podziem"]]),
                InstructionGoal(
                    id: "stay-on-wifi", description: "Stay connected to the building's free Wi-Fi so calls come through it",
                    mentions: [["połącz", "podłącz", "zosta", "pozosta"], ["wifi", "wi"], ["galeri", "darmow", "parking", "budyn"]]),
            ],
            nudges: ["No i co, mam wyjeżdżać na górę za każdym razem?", "Halo? Ten telefon może przyjść lada chwila."],
            thanks: "O, dodzwonili się! No dobrze. Dziękuję, to się naprawdę przydało.",
            turnLimit: 4),
        reference: [
            AgentReply(
                "Panie {name}, brak zasięgu akurat wtedy, gdy czeka Pan na ważny telefon, to naprawdę irytujące. Głęboko pod ziemią sygnał sieci nie przebija się przez beton i ziemię nad Panem. Zaraz zmienię ustawienia Pana numeru, żeby ten telefon i tak do Pana dotarł. Na jakim parkingu jest Pan teraz?"),
            AgentReply(
                "Dziękuję, darmowe Wi-Fi galerii w zupełności wystarczy. Już włączam na Pana numerze rozmowy przez Wi-Fi i działają od razu. To znaczy, że telefon dzwoni i odbiera przez Wi-Fi, gdy brakuje zasięgu. Wystarczy, że komórka zostanie połączona z darmowym Wi-Fi galerii, a telefon z {caller} do Pana dotrze. Czy może Pan teraz zadzwonić na próbę do kogoś bliskiego?",
                actions: [.activateService("wifi-calling")]),
        ])
}
