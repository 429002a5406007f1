import Frontline

extension CourseRegistry {
    /// Exercise 21's implementations.
    static let danishStrandedDriverReply = ExerciseImplementations(
        work: .reply(DanishStrandedDriverReply()), reference: .reply(DanishStrandedDriverReplyReference()),
        antiSolutions: ["cold": .reply(DanishStrandedDriverReplyCold()), "jargon": .reply(DanishStrandedDriverReplyJargon())])
}
