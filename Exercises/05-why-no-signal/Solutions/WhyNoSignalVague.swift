import Frontline

/// Anti-solution to exercise 05: sympathetic, but it guesses at the cause and leaves her to guess at the fix.
struct WhyNoSignalVague: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        let station = call.details["station"] ?? "the"
        return "\(call.name), no signal before an important call is really frustrating, and I'll check your line today. It's probably something to do with being underground, or maybe the network around \(station). It depends on the station, really. You could try the Wi-Fi somewhere on the platform and see what happens. I'll get back to you about it."
    }
}
