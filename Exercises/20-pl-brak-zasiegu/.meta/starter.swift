import Frontline

/// Ćwiczenie 20 · Brak zasięgu: Twoja odpowiedź klientowi, który pod ziemią stracił zasięg.
struct PolishNoSignalReply: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Napisz odpowiedź na `call.message`.
        //   call.name              nazwisko klienta, np. „Zieliński” → „Panie Zieliński”
        //   call.details["caller"] skąd ma przyjść ważny telefon, w dopełniaczu: „z przychodni”
        // Odpowiedz prostymi słowami na jego pytanie, dlaczego nie ma zasięgu, i powiedz, co teraz.
        "TODO: napisz tutaj swoją odpowiedź"
    }
}
