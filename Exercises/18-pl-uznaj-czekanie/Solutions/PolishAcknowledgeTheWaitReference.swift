import Frontline

/// The reference answer to exercise 18: a formal greeting, her feeling named with her own days, a promise, one question.
struct PolishAcknowledgeTheWaitReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let days = call.details["days"] ?? "kilka"
        return [
            "Dzień dobry, Pani \(call.name).",
            "\(days) dni bez działającego telefonu to naprawdę frustrujące, i dobrze Pani zrobiła, że Pani zadzwoniła.",
            "Od razu zajmę się tym razem z Panią.",
            "Czy w paczce z umową była mała, nowa karta SIM?",
        ].joined(separator: " ")
    }
}
