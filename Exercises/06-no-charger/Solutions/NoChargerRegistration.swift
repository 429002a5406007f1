import Frontline

extension CourseRegistry {
    /// Exercise 06's implementations.
    static let noCharger = ExerciseImplementations(
        work: .reply(NoCharger()), reference: .reply(NoChargerReference()),
        antiSolutions: ["vague": .reply(NoChargerVague()), "crammed": .reply(NoChargerCrammed())])
}
