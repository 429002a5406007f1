import Frontline

/// Anti-solution to exercise 05: a clear answer that ignores everything the customer said about their call.
struct WhyNoSignalGeneric: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "Sorry for the trouble. First, connect to the free Wi-Fi. Then open Settings and turn Wi-Fi on."
    }
}
