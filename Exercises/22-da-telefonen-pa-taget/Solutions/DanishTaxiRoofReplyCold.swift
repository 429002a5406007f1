import Frontline

/// Anti-solution to exercise 22: the rule kept and the driver called, but passive, talking down and with no name.
struct DanishTaxiRoofReplyCold: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "Som sagt udleveres chaufførens nummer ikke. Chaufføren kontaktes fra vores linje, og der ringes tilbage inden for 15 minutter."
    }
}
