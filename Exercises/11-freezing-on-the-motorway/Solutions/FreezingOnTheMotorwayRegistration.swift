import Frontline

extension CourseRegistry {
    /// Exercise 11's implementations.
    static let freezingOnTheMotorway = ExerciseImplementations(
        work: .actionReply(FreezingOnTheMotorway()), reference: .actionReply(FreezingOnTheMotorwayReference()),
        antiSolutions: [
            "no-action": .actionReply(FreezingOnTheMotorwayNoAction()),
            "passes-on": .actionReply(FreezingOnTheMotorwayPassesOn()),
            "jargon": .actionReply(FreezingOnTheMotorwayJargon()),
        ])
}
