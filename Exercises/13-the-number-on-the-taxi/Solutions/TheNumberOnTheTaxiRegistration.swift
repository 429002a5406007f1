import Frontline

extension CourseRegistry {
    /// Exercise 13's implementations.
    static let theNumberOnTheTaxi = ExerciseImplementations(
        work: .actionReply(TheNumberOnTheTaxi()), reference: .actionReply(TheNumberOnTheTaxiReference()),
        antiSolutions: [
            "privacy-breach": .actionReply(TheNumberOnTheTaxiPrivacyBreach()),
            "flat-refusal": .actionReply(TheNumberOnTheTaxiFlatRefusal()),
            "cold": .actionReply(TheNumberOnTheTaxiCold()),
        ])
}
