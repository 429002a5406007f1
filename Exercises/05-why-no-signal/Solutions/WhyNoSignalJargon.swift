import Frontline

/// Anti-solution to exercise 05: it answers the question, in the words of a radio engineer.
struct WhyNoSignalJargon: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let station = call.details["station"] ?? "the"
        return "\(call.name), no signal while you wait for an important call is really frustrating, and I'll sort it for you now. Underground there's no line of sight to the nearest cell tower, and RF propagation through rock is poor, so your RSRP drops below the threshold. I've enabled VoWiFi on your subscription, so calls route over the WLAN via IMS. Connect to the \(station) station Wi-Fi and let me know if it works."
    }
}
