import Frontline

/// Every exercise's implementations by id: the trainee's work, the reference and the anti-solutions.
///
/// `frontline new exercise` adds entries here; each exercise's own entry lives in its `Solutions/Registration.swift`.
public enum CourseRegistry {
    /// The implementations of every exercise, by id.
    public static let exercises: [String: ExerciseImplementations] = Dictionary(
        uniqueKeysWithValues: [
            ("01-acknowledge-the-wait", acknowledgeTheWait),
            ("02-name-the-worry", nameTheWorry),
            ("03-one-good-question", oneGoodQuestion),
            ("04-plain-steps-for-the-sim", plainStepsForTheSim),
            ("05-why-no-signal", whyNoSignal),
            ("06-no-charger", noCharger),
            ("07-own-the-overcharge", ownTheOvercharge),
            ("08-lost-phone-actions", lostPhoneActions),
            ("09-the-third-call", theThirdCall),
            // frontline new exercise inserts above this line
        ])
}
