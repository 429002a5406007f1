import Frontline

/// Anti-solution to exercise 01: stock apologies stacked up, with nothing about her situation and nothing done.
struct AcknowledgeTheWaitStuffed: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "I'm so sorry. I understand. I apologise for the inconvenience. I totally understand how you feel. We apologise. I'm really sorry."
    }
}
