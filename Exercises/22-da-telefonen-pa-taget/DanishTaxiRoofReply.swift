import Frontline

/// Øvelse 22 · Telefonen på taget: dit svar til en mand, der beder om taxachaufførens nummer.
struct DanishTaxiRoofReply: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Skriv dit svar på `call.message`.
        //   call.name              kundens navn
        //   call.details["pickup"] hvor taxaen hentede ham
        // Sig venligt nej til nummeret, og tilbyd med det samme en anden vej: du ringer selv til chaufføren.
        "TODO: skriv dit svar her"
    }
}
