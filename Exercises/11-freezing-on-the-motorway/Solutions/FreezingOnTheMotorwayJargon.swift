import Frontline

/// Anti-solution to exercise 11: the taxi is ordered, but the explanation is jargon a frozen caller cannot follow.
struct FreezingOnTheMotorwayJargon: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let battery = call.details["battery"] ?? "a few"
        let exit = call.details["exit"] ?? "the last"
        let road = call.details["road"] ?? "motorway"
        let text = [
            "\(call.name), minus twenty with \(battery) percent battery is frightening.",
            "I've triangulated your handset via cell ID and the LBS data puts you at exit \(exit), so a taxi has been dispatched to those coordinates and the ETA the platform gives is within 20 minutes.",
            "Enable low power mode, disable background refresh and the baseband will throttle, which preserves the remaining battery for the VoLTE callback.",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.orderTaxi(to: "\(road), exit \(exit)")])
    }
}
