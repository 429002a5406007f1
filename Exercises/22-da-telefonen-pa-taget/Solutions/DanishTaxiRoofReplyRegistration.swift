import Frontline

extension CourseRegistry {
    /// Exercise 22's implementations.
    static let danishTaxiRoofReply = ExerciseImplementations(
        work: .reply(DanishTaxiRoofReply()), reference: .reply(DanishTaxiRoofReplyReference()),
        antiSolutions: ["cold": .reply(DanishTaxiRoofReplyCold()), "jargon": .reply(DanishTaxiRoofReplyJargon())])
}
