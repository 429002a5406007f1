import Frontline

extension CourseRegistry {
    /// Exercise 01's implementations.
    static let acknowledgeTheWait = ExerciseImplementations(
        work: .reply(AcknowledgeTheWait()), reference: .reply(AcknowledgeTheWaitReference()),
        antiSolutions: ["cold": .reply(AcknowledgeTheWaitCold()), "stuffed": .reply(AcknowledgeTheWaitStuffed())])
}
