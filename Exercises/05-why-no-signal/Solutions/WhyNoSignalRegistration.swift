import Frontline

extension CourseRegistry {
    /// Exercise 05's implementations.
    static let whyNoSignal = ExerciseImplementations(
        work: .reply(WhyNoSignal()), reference: .reply(WhyNoSignalReference()),
        antiSolutions: ["generic": .reply(WhyNoSignalGeneric()), "jargon": .reply(WhyNoSignalJargon()), "vague": .reply(WhyNoSignalVague())])
}
