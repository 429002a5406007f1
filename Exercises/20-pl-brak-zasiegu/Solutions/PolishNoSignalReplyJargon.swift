import Frontline

/// Anti-solution to exercise 20: base stations, RSRP and VoWiFi instead of an answer he can read on his phone.
struct PolishNoSignalReplyJargon: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        [
            "Panie \(call.name), przepraszam.",
            "Pod ziemią BTS ma za słabe RSRP, bo propagacja sygnału LTE przez strop jest ograniczona.",
            "Aktywuję VoWiFi przez ePDG, więc terminal zrobi handover do WLAN i zarejestruje się w IMS.",
        ].joined(separator: " ")
    }
}
