import Frontline

/// Anti-solution to exercise 19: every action hidden behind MSISDN, HLR, provisioning and IMEI.
struct PolishLostPhoneReplyJargon: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        [
            "Panie \(call.name), przykro mi.",
            "Już blokuję MSISDN w HLR i zlecam deprowizjonowanie karty UICC.",
            "Po aprowizacji nowej e-SIM na ten sam MSISDN terminal trafi na czarną listę IMEI w EIR, a backend zamknie sesje danych.",
        ].joined(separator: " ")
    }
}
