import Frontline

/// Anti-solution to exercise 04: kind and active, but written in the words of the network team, not hers.
struct PlainStepsForTheSimJargon: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let days = call.details["days"] ?? "a few"
        return "Hello \(call.name), \(days) days without a working phone is really frustrating, and I'll sort it out for you today. Your MSISDN was ported successfully, but the handset is still reading the old ICCID. Provisioning only completes once the new SIM profile registers on the HLR. Power-cycle the handset with the new SIM inserted, then verify the APN configuration. Let me know if registration fails."
    }
}
