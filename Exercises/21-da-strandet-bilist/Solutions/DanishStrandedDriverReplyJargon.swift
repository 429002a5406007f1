import Frontline

/// Anti-solution to exercise 21: dispatch, cell ID and VoLTE for a freezing man with a dying battery.
struct DanishStrandedDriverReplyJargon: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        [
            "\(call.name), det beklager jeg.",
            "Jeg laver en dispatch via vores mobilitetspartner, når lokationsopslag via cell id og triangulering har givet en position.",
            "Din ETA afhænger af routing.",
            "Sluk for VoLTE og LTE for at reducere strømforbruget på håndsættet.",
        ].joined(separator: " ")
    }
}
