import Frontline

extension CourseRegistry {
    /// Exercise 15's implementations.
    static let fullCallSim = ExerciseImplementations(
        work: .agent(FullCallSim()), reference: .agent(FullCallSimReference()),
        antiSolutions: [
            "jargon": .agent(FullCallSimJargon()),
            "condescending": .agent(FullCallSimCondescending()),
            "no-action": .agent(FullCallSimNoAction()),
        ])
}
