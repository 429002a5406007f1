import Frontline

extension CourseRegistry {
    /// Exercise 19's implementations.
    static let polishLostPhoneReply = ExerciseImplementations(
        work: .reply(PolishLostPhoneReply()), reference: .reply(PolishLostPhoneReplyReference()),
        antiSolutions: ["cold": .reply(PolishLostPhoneReplyCold()), "jargon": .reply(PolishLostPhoneReplyJargon())])
}
