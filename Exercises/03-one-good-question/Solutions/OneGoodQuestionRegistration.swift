import Frontline

extension CourseRegistry {
    /// Exercise 03's implementations.
    static let oneGoodQuestion = ExerciseImplementations(
        work: .reply(OneGoodQuestion()), reference: .reply(OneGoodQuestionReference()),
        antiSolutions: ["noquestion": .reply(OneGoodQuestionNoQuestion()), "cold": .reply(OneGoodQuestionCold()), "interrogation": .reply(OneGoodQuestionInterrogation())])
}
