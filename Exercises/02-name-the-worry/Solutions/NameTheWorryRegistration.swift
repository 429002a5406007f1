import Frontline

extension CourseRegistry {
    /// Exercise 02's implementations.
    static let nameTheWorry = ExerciseImplementations(
        work: .reply(NameTheWorry()), reference: .reply(NameTheWorryReference()),
        antiSolutions: ["generic": .reply(NameTheWorryGeneric()), "cold": .reply(NameTheWorryCold()), "condescending": .reply(NameTheWorryCondescending())])
}
