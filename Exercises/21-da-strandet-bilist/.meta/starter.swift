import Frontline

/// Øvelse 21 · Strandet i frosten: dit svar til en bilist, hvis bil er gået i stå i tyve graders frost.
struct DanishStrandedDriverReply: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        // TODO: Skriv dit svar på `call.message`.
        //   call.name               bilistens navn
        //   call.details["battery"] hvor mange procent strøm telefonen har tilbage
        // Sig, hvor skræmmende det er, hvad du gør nu, og hvornår hjælpen er fremme.
        "TODO: skriv dit svar her"
    }
}
