import Frontline

/// Anti-solution to exercise 22: a refusal hidden behind PII, GDPR, CDR and SIP trunks.
struct DanishTaxiRoofReplyJargon: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        [
            "\(call.name), jeg kan ikke videregive PII jf. GDPR.",
            "Jeg foretager et lokationsopslag i vores CDR- og CLI-data og etablerer derefter et call setup via vores SIP-trunk til chaufførens håndsæt, hvorefter kommunikationen håndteres i henhold til vores SLA.",
        ].joined(separator: " ")
    }
}
