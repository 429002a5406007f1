import Frontline

/// The reference answer to exercise 22: a kind no to the driver's number, the driver called for him, a call back within 15 minutes.
struct DanishTaxiRoofReplyReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let pickup = call.details["pickup"] ?? "stedet, hvor du blev hentet"
        return [
            "Åh nej, \(call.name), det er frygteligt at se sin telefon køre væk på taget af en taxa.",
            "Jeg må ikke give dig chaufførens nummer, men jeg kan ringe til ham for dig lige nu.",
            "Jeg ringer fra vores linje, så både dit og hans nummer forbliver private.",
            "Jeg beder ham aflevere telefonen ved \(pickup), og jeg ringer tilbage til dig inden for 15 minutter.",
            "Er det her nummer det bedste at ringe til dig på?",
        ].joined(separator: " ")
    }
}
