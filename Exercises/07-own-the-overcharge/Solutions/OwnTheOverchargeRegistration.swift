import Frontline

extension CourseRegistry {
    /// Exercise 07's implementations.
    static let ownTheOvercharge = ExerciseImplementations(
        work: .actionReply(OwnTheOvercharge()), reference: .actionReply(OwnTheOverchargeReference()),
        antiSolutions: [
            "passes-the-buck": .actionReply(OwnTheOverchargePassesTheBuck()),
            "no-action": .actionReply(OwnTheOverchargeNoAction()),
        ])
}
