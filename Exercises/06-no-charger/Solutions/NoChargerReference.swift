import Frontline

/// The reference answer to exercise 06: his numbers in the first sentence, then exact steps in order, and a text to keep.
struct NoChargerReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let battery = call.details["battery"] ?? "a few"
        let hours = call.details["hours"] ?? "several"
        let model = call.details["model"] ?? "phone"
        return "Hello \(call.name), \(battery) percent with \(hours) hours of travel ahead is a stressful place to be, and we can sort this together. Here's how to keep your \(model) going until you arrive. First, save a screenshot of your train ticket, so you can show it even with a flat phone. Then open Settings and choose Battery. Switch on power saving mode there to slow the drain. Next, turn your screen brightness right down. Finally, check for a socket under your seat, or ask the train staff to help you borrow a charging cable. I'll text you this list straight away, so you have it to hand."
    }
}
