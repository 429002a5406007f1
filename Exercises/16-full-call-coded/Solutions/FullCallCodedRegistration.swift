import Frontline

extension CourseRegistry {
    /// Exercise 16's implementations.
    static let fullCallCoded = ExerciseImplementations(
        work: .agent(FullCallCoded()), reference: .agent(FullCallCodedReference()),
        antiSolutions: [
            "loud-questions": .agent(FullCallCodedLoudQuestions()),
            "no-police": .agent(FullCallCodedNoPolice()),
            "cold": .agent(FullCallCodedCold()),
        ])
}
