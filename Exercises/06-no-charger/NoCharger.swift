import Frontline

/// Exercise 06 · No charger: your reply to a traveller on a long train journey whose phone is running out.
struct NoCharger: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Write your reply to `call.message`.
        //   call.name               his name
        //   call.details["battery"] his battery, in percent, e.g. "12"
        //   call.details["hours"]   how many hours of the journey are left, e.g. "five"
        //   call.details["model"]   his phone, from his account, e.g. "iPhone 12"
        // Tell him exactly what to do, in order, to keep the phone going. No "maybe", no "somewhere in the settings".
        "TODO: write your reply"
    }
}
