import Frontline

/// The reference answer to exercise 04: one short acknowledgement, then one everyday step per sentence, and a check.
struct PlainStepsForTheSimReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let days = call.details["days"] ?? "a few"
        return "Hello \(call.name), \(days) days stuck with a phone that does nothing is really frustrating. The good news is that we can fix it together in a few minutes. The little card that came in your contract envelope is the new SIM card. First, turn the phone off. Then push the end of a paper clip into the tiny hole on the side, and a little tray slides out. Lift out the old card and drop the new one into the tray, gold side down. Slide the tray back in and turn the phone on. After a minute, let me know if the network name appears at the top of the screen."
    }
}
