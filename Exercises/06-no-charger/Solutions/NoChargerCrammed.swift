import Frontline

/// Anti-solution to exercise 06: every right step, all in one breathless sentence.
struct NoChargerCrammed: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let battery = call.details["battery"] ?? "a few"
        return "Hello \(call.name), \(battery) percent with hours to go is stressful, and I'll text you the steps today. Open Settings, tap Battery, turn on power saving, take a screenshot of your ticket, turn the screen down and plug into the socket by your seat or borrow a cable from someone near you."
    }
}
