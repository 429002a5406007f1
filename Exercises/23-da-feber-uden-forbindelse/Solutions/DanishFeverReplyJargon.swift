import Frontline

/// Anti-solution to exercise 23: call setup, PSAP routing and a P1 incident for a breathless 83-year-old.
struct DanishFeverReplyJargon: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        [
            "\(call.name), dit opkald til 112 fejler i call setup, fordi nødbensroutingen til PSAP er fejlkonfigureret på MSC.",
            "Jeg eskalerer en P1-incident og laver en fallback via VoLTE.",
        ].joined(separator: " ")
    }
}
