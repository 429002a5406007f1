import Frontline

/// The reference answer to exercise 05: why, in one plain sentence, then what was done and what she does next.
struct WhyNoSignalReference: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let station = call.details["station"] ?? "the"
        let caller = call.details["caller"] ?? "your caller"
        return "\(call.name), losing your signal just when \(caller) is due to ring is infuriating, and I'll help you take that call down there. Here's why it happens: the mobile signal comes from masts above ground, and it can't reach through that much rock and concrete. I've switched on Wi-Fi calling for your line, so your phone can ring over Wi-Fi when there's no signal. It works straight away. First, make sure you stay connected to the free Wi-Fi at \(station) station. Then keep the phone switched on and near you, and the call will reach you as normal. Please test it with a short call to a friend, and let me know whether it works."
    }
}
