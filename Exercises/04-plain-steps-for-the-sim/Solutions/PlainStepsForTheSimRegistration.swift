import Frontline

extension CourseRegistry {
    /// Exercise 04's implementations.
    static let plainStepsForTheSim = ExerciseImplementations(
        work: .reply(PlainStepsForTheSim()), reference: .reply(PlainStepsForTheSimReference()),
        antiSolutions: ["jargon": .reply(PlainStepsForTheSimJargon()), "vague": .reply(PlainStepsForTheSimVague())])
}
