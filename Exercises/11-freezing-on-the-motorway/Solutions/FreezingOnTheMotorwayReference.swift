import Frontline

/// The reference answer to exercise 11: the taxi ordered first, a timeframe, short safety steps and a way to save the battery.
struct FreezingOnTheMotorwayReference: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let battery = call.details["battery"] ?? "a few"
        let exit = call.details["exit"] ?? "the last"
        let road = call.details["road"] ?? "motorway"
        let text = [
            "\(call.name), being stuck at minus twenty with \(battery) percent battery is frightening, and you did the right thing calling.",
            "I've ordered a taxi to the hard shoulder past exit \(exit) on the \(road), and it will be with you within 20 minutes.",
            "First, stay in the car with the doors locked and the hazard lights on.",
            "Then turn on low-power mode to save your battery.",
            "I'll text you the taxi's number plate now, so you can end this call and keep your battery for the driver.",
            "Is anyone in the car with you?",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.orderTaxi(to: "\(road), hard shoulder past exit \(exit)"), .sendInstructions("Taxi on its way to exit \(exit), \(road): number plate and driver's name")])
    }
}
