import Frontline

/// Anti-solution to exercise 21: a passive, clipped reply that talks down and gives no name, feeling or time.
struct DanishStrandedDriverReplyCold: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "Det er ret simpelt. Der bliver sendt en taxa. Oplys afkørsel og kørselsretning."
    }
}
