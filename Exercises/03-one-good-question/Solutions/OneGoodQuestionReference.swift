import Frontline

/// The reference answer to exercise 03: a specific acknowledgement, a promise, one safety step and one question.
struct OneGoodQuestionReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let battery = call.details["battery"] ?? "a little"
        return "\(call.name), minus twenty on the motorway with only \(battery) % left on your phone is frightening, and I'm going to get you out of the cold. I'll send a taxi to you within minutes, as soon as I know where you are. Please keep your hazard lights on and wait inside the car. Which junction number was on the last sign you passed?"
    }
}
