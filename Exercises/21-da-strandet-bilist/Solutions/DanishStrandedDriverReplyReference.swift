import Frontline

/// The reference answer to exercise 21: the fear named with his battery, a taxi with a timeframe, two safety steps, one question.
struct DanishStrandedDriverReplyReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let battery = call.details["battery"] ?? "få"
        return [
            "\(call.name), at sidde fast i tyve graders frost med \(battery) procent strøm er skræmmende.",
            "Jeg bestiller en taxa til dig nu, og den er fremme inden for 20 minutter.",
            "Bliv i bilen med dørene låst og havariblinket tændt.",
            "Slå strømsparetilstand til, så batteriet holder længere.",
            "Hvilken afkørsel kørte du sidst forbi?",
        ].joined(separator: " ")
    }
}
