import Frontline

/// The reference answer to exercise 23: her fear named with her own details, the ambulance called by the agent, one step, one question.
struct DanishFeverReplyReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        [
            "\(call.name), høj feber, når man er helt alene, er virkelig skræmmende.",
            "Du gjorde det rigtige ved at ringe til os.",
            "Jeg ringer selv efter en ambulance til dig nu, og jeg bliver på linjen hos dig.",
            "Lås hoveddøren op, når du kan, så redderne kan komme ind.",
            "Er du hjemme på adressen på din konto lige nu?",
        ].joined(separator: " ")
    }
}
