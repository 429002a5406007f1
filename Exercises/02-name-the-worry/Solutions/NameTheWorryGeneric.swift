import Frontline

/// Anti-solution to exercise 02: kind stock words that could fit any caller; nothing of what she lost.
struct NameTheWorryGeneric: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "Hello \(call.name), I'm sorry to hear that, it sounds stressful. I'll help you right away. Is there anything else I can do?"
    }
}
