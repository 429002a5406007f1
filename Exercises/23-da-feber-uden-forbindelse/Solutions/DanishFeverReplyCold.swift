import Frontline

/// Anti-solution to exercise 23: passive and procedural, telling a frightened woman to calm down.
struct DanishFeverReplyCold: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "Tag det roligt. Ambulancen kan ikke kontaktes fra denne linje. Adressen skal bekræftes, før der kan bestilles en ambulance."
    }
}
