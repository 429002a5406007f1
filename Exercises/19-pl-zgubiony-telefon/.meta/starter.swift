import Frontline

/// Ćwiczenie 19 · Zgubiony telefon: Twoja odpowiedź klientowi, który zgubił telefon z aplikacją banku.
struct PolishLostPhoneReply: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Napisz odpowiedź na `call.message`.
        //   call.name            nazwisko klienta, np. „Kowalski” → „Panie Kowalski”
        //   call.details["tram"] linia tramwaju, w którym mógł zostawić telefon
        // Powiedz, co robisz sam i od razu (karta SIM, nowa karta), i kiedy to się stanie.
        "TODO: napisz tutaj swoją odpowiedź"
    }
}
