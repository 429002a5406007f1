import Frontline

extension CourseRegistry {
    /// Exercise 08's implementations.
    static let lostPhoneActions = ExerciseImplementations(
        work: .actionReply(LostPhoneActions()), reference: .actionReply(LostPhoneActionsReference()),
        antiSolutions: [
            "no-action": .actionReply(LostPhoneActionsNoAction()),
            "passes-the-buck": .actionReply(LostPhoneActionsPassesTheBuck()),
        ])
}
