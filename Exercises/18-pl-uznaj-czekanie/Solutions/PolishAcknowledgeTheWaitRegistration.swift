import Frontline

extension CourseRegistry {
    /// Exercise 18's implementations.
    static let polishAcknowledgeTheWait = ExerciseImplementations(
        work: .reply(PolishAcknowledgeTheWait()), reference: .reply(PolishAcknowledgeTheWaitReference()),
        antiSolutions: ["cold": .reply(PolishAcknowledgeTheWaitCold()), "jargon": .reply(PolishAcknowledgeTheWaitJargon())])
}
