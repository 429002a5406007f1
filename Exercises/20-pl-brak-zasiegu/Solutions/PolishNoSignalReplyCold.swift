import Frontline

/// Anti-solution to exercise 20: the facts are right, but 'przecież', the ty-form and no word for his frustration.
struct PolishNoSignalReplyCold: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "Przecież pod ziemią nie ma zasięgu. Włącz połączenia przez Wi-Fi w ustawieniach i zostań w sieci Wi-Fi galerii."
    }
}
