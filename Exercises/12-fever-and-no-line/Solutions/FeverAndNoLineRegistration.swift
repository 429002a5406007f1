import Frontline

extension CourseRegistry {
    /// Exercise 12's implementations.
    static let feverAndNoLine = ExerciseImplementations(
        work: .actionReply(FeverAndNoLine()), reference: .actionReply(FeverAndNoLineReference()),
        antiSolutions: [
            "fault-first": .actionReply(FeverAndNoLineFaultFirst()),
            "jargon": .actionReply(FeverAndNoLineJargon()),
            "cold": .actionReply(FeverAndNoLineCold()),
        ])
}
