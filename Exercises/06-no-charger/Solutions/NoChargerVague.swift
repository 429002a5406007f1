import Frontline

/// Anti-solution to exercise 06: friendly, but hedged so much that he does not know what to press.
struct NoChargerVague: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let battery = call.details["battery"] ?? "a few"
        return "Hello \(call.name), \(battery) percent on a long train journey is stressful, and I'll text you some tips today. Maybe try a battery saver, it's somewhere in the settings, but it depends on the phone. You could probably find a charger on the train at some point. Let me know how it goes."
    }
}
