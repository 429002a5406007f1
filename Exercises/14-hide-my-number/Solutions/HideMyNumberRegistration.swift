import Frontline

extension CourseRegistry {
    /// Exercise 14's implementations.
    static let hideMyNumber = ExerciseImplementations(
        work: .actionReply(HideMyNumber()), reference: .actionReply(HideMyNumberReference()),
        antiSolutions: [
            "judgemental": .actionReply(HideMyNumberJudgemental()),
            "refusal": .actionReply(HideMyNumberRefusal()),
            "jargon": .actionReply(HideMyNumberJargon()),
        ])
}
