import Frontline

/// Anti-solution to exercise 18: kind in its first line, then porting and provisioning jargon she cannot follow.
struct PolishAcknowledgeTheWaitJargon: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        [
            "Dzień dobry, Pani \(call.name), przykro mi z powodu problemu.",
            "Po portowaniu MNP profil SIM nie został zaprowizjonowany w HLR, ponieważ w terminalu nadal jest karta UICC operatora dawcy.",
            "Wymiana karty spowoduje rejestrację nowego ICCID i terminal zaloguje się do sieci LTE.",
        ].joined(separator: " ")
    }
}
