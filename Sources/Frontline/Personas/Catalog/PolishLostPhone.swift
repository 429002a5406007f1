extension Catalog {
    /// A Polish customer who lost his phone on a tram, with his banking app and work email on it.
    public static let polishLostPhone = CatalogEntry(
        persona: Persona(
            id: "pl-lost-phone", name: "{name}", locale: "pl",
            situation: "Mr {name} lost his phone on the way home from work and is calling from his wife's phone. His banking app, his work email and the photos of his grandchildren are on it.",
            reason: "He wants no one to use his phone or number, and his own number back on a working card.",
            knows: ["He last had it on the number {tram} tram around {time}.", "The phone is locked with a PIN."],
            mood: .worried, literacy: .medium, urgency: .high, sensitivities: [.privacy],
            voice: "Talks fast and jumps from the bank to the photos to his boss; apologises for calling from his wife's number. Formal Polish: expects Pan.",
            patience: 4,
            slots: [
                "name": ["Kowalski", "Lewandowski", "Jankowski", "Wróblewski"],
                "tram": ["8", "17", "33"],
                "time": ["15:30", "16:45", "17:10"],
                "stop": ["Rondo Mogilskie", "Plac Bankowy", "Dworzec Główny"],
            ]),
        scenario: Scenario(
            id: "pl-lost-phone", persona: "pl-lost-phone", title: "Zgubiony telefon",
            opening: "Dzień dobry, zgubiłem telefon. Mam tam bank, pocztę z pracy, zdjęcia wnuków, wszystko. Dzwonię z telefonu żony. Co ja mam teraz zrobić?",
            facts: [
                Fact(
                    id: "lost", description: "When and where he last had the phone",
                    askedBy: ["kiedy", "gdzie", "ostatn"],
                    answer: "W tramwaju linii {tram}, koło {time}. Wysiadłem na przystanku {stop} i już go nie było."),
            ],
            actions: [
                ActionGoal(.blockSIM, description: "Block his SIM so no one can use his number"),
                ActionGoal(.sendReplacementSIM, description: "Send a new SIM card with his same number"),
            ],
            instructions: [
                InstructionGoal(
                    id: "find-my-device", description: "Find and lock the phone with the Find My Device page",
                    mentions: [["znajdź", "zlokaliz", "namierz", "lokaliz"], ["zablok", "blok", "usuń", "wymaż", "map"], ["telefon", "urządz"]]),
            ],
            forbidden: [
                ForbiddenRule(
                    .phrase(["to tylko telefon", "trzeba było", "powinien pan był"]), rule: .policy,
                    description: "Making light of the loss or blaming him for it"),
            ],
            nudges: ["A jeśli ktoś właśnie teraz z niego korzysta?", "Przepraszam… a co z moim numerem?"],
            thanks: "Dobrze. Uff, od razu mi lżej. Dziękuję za spokój i za pomoc.",
            turnLimit: 5),
        reference: [
            AgentReply(
                "Panie {name}, zgubiony telefon z bankiem i pocztą z pracy to naprawdę stresująca sytuacja. Dlatego najpierw zabezpieczę Pana numer. Już teraz blokuję Pana kartę SIM, więc nikt nie zadzwoni ani nie napisze z Pana numeru. Kiedy i gdzie miał Pan telefon ostatni raz?",
                actions: [.blockSIM]),
            AgentReply(
                "Dziękuję, to bardzo pomaga. Najpierw otworzy Pan na telefonie żony stronę Znajdź urządzenie, która pokaże telefon na mapie i pozwoli go zablokować. Potem może Pan zadzwonić do MPK i podać linię {tram} oraz godzinę {time}. Jeszcze dziś wyślę Panu nową kartę SIM z tym samym numerem. Dotrze w ciągu 2 dni, a o wysyłce dam Panu znać na numer żony.",
                actions: [.sendReplacementSIM]),
        ])
}
