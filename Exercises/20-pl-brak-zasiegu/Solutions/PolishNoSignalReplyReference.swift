import Frontline

/// The reference answer to exercise 20: why, in one plain sentence, then Wi-Fi calling explained in everyday words, and a test call.
struct PolishNoSignalReplyReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let caller = call.details["caller"] ?? "tej osoby"
        return [
            "Panie \(call.name), brak zasięgu akurat wtedy, gdy czeka Pan na telefon z \(caller), to naprawdę irytujące.",
            "Głęboko pod ziemią sygnał sieci nie przebija się przez beton, dlatego telefon traci tam zasięg.",
            "Już włączam na Pana numerze rozmowy przez Wi-Fi, czyli telefon zadzwoni przez internet galerii.",
            "Działa to od razu.",
            "Wystarczy, że komórka zostanie połączona z darmowym Wi-Fi galerii.",
            "Czy może Pan teraz zadzwonić na próbę do kogoś bliskiego?",
        ].joined(separator: " ")
    }
}
