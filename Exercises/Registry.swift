import Frontline

/// Every exercise's implementations by id: the trainee's work, the reference and the anti-solutions.
///
/// `frontline new exercise` adds entries here; each exercise's own entry lives in its `Solutions/Registration.swift`.
public enum CourseRegistry {
    /// The implementations of every exercise, by id.
    public static let exercises: [String: ExerciseImplementations] = Dictionary(
        uniqueKeysWithValues: [
            ("01-acknowledge-the-wait", acknowledgeTheWait),
        ])
}
