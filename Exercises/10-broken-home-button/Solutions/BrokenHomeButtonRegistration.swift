import Frontline

extension CourseRegistry {
    /// Exercise 10's implementations.
    static let brokenHomeButton = ExerciseImplementations(
        work: .reply(BrokenHomeButton()), reference: .reply(BrokenHomeButtonReference()),
        antiSolutions: [
            "cold": .reply(BrokenHomeButtonCold()),
            "condescending": .reply(BrokenHomeButtonCondescending()),
            "vague": .reply(BrokenHomeButtonVague()),
        ])
}
