import Frontline

/// Ćwiczenie 18 · Uznaj czekanie: Twoja odpowiedź klientce, której telefon nie działa od przeniesienia numeru.
struct PolishAcknowledgeTheWait: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Napisz odpowiedź na `call.message`.
        //   call.name            nazwisko klientki, np. „Kowalska” → „Pani Kowalska”
        //   call.details["days"] ile dni jest już bez telefonu
        // Nazwij, co czuje, jej własnymi szczegółami, i powiedz, że zajmiesz się tym od razu.
        "TODO: napisz tutaj swoją odpowiedź"
    }
}
