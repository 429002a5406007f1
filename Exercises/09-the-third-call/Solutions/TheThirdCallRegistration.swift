import Frontline

extension CourseRegistry {
    /// Exercise 09's implementations.
    static let theThirdCall = ExerciseImplementations(
        work: .actionReply(TheThirdCall()), reference: .actionReply(TheThirdCallReference()),
        antiSolutions: [
            "condescending": .actionReply(TheThirdCallCondescending()), "blaming": .actionReply(TheThirdCallBlaming()),
        ])
}
