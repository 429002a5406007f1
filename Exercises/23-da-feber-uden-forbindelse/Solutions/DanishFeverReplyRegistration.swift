import Frontline

extension CourseRegistry {
    /// Exercise 23's implementations.
    static let danishFeverReply = ExerciseImplementations(
        work: .reply(DanishFeverReply()), reference: .reply(DanishFeverReplyReference()),
        antiSolutions: ["cold": .reply(DanishFeverReplyCold()), "jargon": .reply(DanishFeverReplyJargon())])
}
