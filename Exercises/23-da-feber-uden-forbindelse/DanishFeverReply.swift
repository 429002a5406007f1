import Frontline

/// Øvelse 23 · Feber og ingen forbindelse: dit svar til en ældre dame, som ikke får forbindelse til ambulancen.
struct DanishFeverReply: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Skriv dit svar på `call.message`.
        //   call.name                 kvindens navn
        //   call.details["address"]   adressen på hendes konto
        // Sig, at du hører, hvor skræmmende det er, og at du selv ringer efter ambulancen nu.
        "TODO: skriv dit svar her"
    }
}
