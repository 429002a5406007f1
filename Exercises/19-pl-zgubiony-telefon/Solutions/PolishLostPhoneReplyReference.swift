import Frontline

/// The reference answer to exercise 19: the worry named, the SIM blocked now, a new card today with a timeframe, one question.
struct PolishLostPhoneReplyReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        [
            "Panie \(call.name), zgubiony telefon z bankiem i pocztą z pracy to naprawdę stresująca sytuacja.",
            "Już teraz blokuję Pana kartę SIM, więc nikt nie zadzwoni ani nie napisze z Pana numeru.",
            "Jeszcze dziś wyślę Panu nową kartę z tym samym numerem.",
            "Dotrze w ciągu 2 dni, a o wysyłce dam Panu znać na numer żony.",
            "Kiedy i gdzie miał Pan telefon ostatni raz?",
        ].joined(separator: " ")
    }
}
