import Frontline

extension CourseRegistry {
    /// Exercise 20's implementations.
    static let polishNoSignalReply = ExerciseImplementations(
        work: .reply(PolishNoSignalReply()), reference: .reply(PolishNoSignalReplyReference()),
        antiSolutions: ["cold": .reply(PolishNoSignalReplyCold()), "jargon": .reply(PolishNoSignalReplyJargon())])
}
