import Frontline

extension CourseRegistry {
    /// Exercise 17's implementations.
    static let fullCallDriver = ExerciseImplementations(
        work: .agent(FullCallDriver()), reference: .agent(FullCallDriverReference()),
        antiSolutions: [
            "passes-on": .agent(FullCallDriverPassesOn()),
            "jargon": .agent(FullCallDriverJargon()),
            "cold": .agent(FullCallDriverCold()),
        ])
}
