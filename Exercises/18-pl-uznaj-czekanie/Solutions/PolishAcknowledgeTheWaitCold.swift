import Frontline

/// Anti-solution to exercise 18: correct steps, but in the informal ty-form, talking down and with no word about her.
struct PolishAcknowledgeTheWaitCold: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "To proste: włóż nową kartę SIM z paczki do telefonu. Potem zrestartuj telefon i sprawdź, czy działa."
    }
}
