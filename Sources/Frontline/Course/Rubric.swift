/// An exercise's rubric declared in Swift: pass marks, details to use, criteria to require or forbid, actions and custom checks.
///
/// The same rubric lives in an exercise's `.meta/config.json`; this is the typed way to build or change it:
///
/// ```swift
/// let rubric = Rubric(
///     passMarks: [.empathy: 60, .clarity: 60, .resolution: 40],
///     mustMention: ["name", "days"],
///     requiredCriteria: ["acknowledges-feeling"], forbiddenCriteria: ["talks-down"],
///     customChecks: [
///         .init(id: "says-where-the-card-is", dimension: .resolution, description: "Says where the new card is",
///               mustSay: [["envelope", "letter"]], advice: "Tell her the new card came in the envelope with the contract.")
///     ])
/// rubric.apply(to: &spec)
/// ```
public struct Rubric: Sendable, Hashable {
    /// The score each dimension must reach.
    public var passMarks: [ScoreDimension: Int]
    /// Persona details (slot names) the answer must use.
    public var mustMention: [String]
    /// Criteria that must fire in the answer's favour.
    public var requiredCriteria: [String]
    /// Criteria that must not cost points.
    public var forbiddenCriteria: [String]
    /// Actions the answer must take.
    public var requiredActions: [ActionKind]
    /// Checks written for this exercise alone.
    public var customChecks: [ExerciseSpec.CustomCheck]

    /// Creates a rubric.
    public init(
        passMarks: [ScoreDimension: Int], mustMention: [String] = [], requiredCriteria: [String] = [],
        forbiddenCriteria: [String] = [], requiredActions: [ActionKind] = [], customChecks: [ExerciseSpec.CustomCheck] = []
    ) {
        self.passMarks = passMarks
        self.mustMention = mustMention
        self.requiredCriteria = requiredCriteria
        self.forbiddenCriteria = forbiddenCriteria
        self.requiredActions = requiredActions
        self.customChecks = customChecks
    }

    /// Problems in the rubric: unknown criteria, pass marks outside 0–100, custom checks with empty groups.
    public var problems: [String] {
        var problems: [String] = []
        for id in requiredCriteria + forbiddenCriteria where Criteria.named(id) == nil { problems.append("unknown criterion '\(id)'") }
        for (dimension, mark) in passMarks where !(0...100).contains(mark) {
            problems.append("pass mark \(mark) for \(dimension.rawValue) is outside 0–100")
        }
        for check in customChecks where check.mustSay.isEmpty || check.mustSay.contains(where: \.isEmpty) {
            problems.append("custom check '\(check.id)' needs at least one word in every group")
        }
        return problems
    }

    /// Writes the rubric into an exercise's metadata.
    public func apply(to spec: inout ExerciseSpec) {
        spec.passMarks = Dictionary(uniqueKeysWithValues: passMarks.map { ($0.key.rawValue, $0.value) })
        spec.mustMention = mustMention
        spec.requiredCriteria = requiredCriteria
        spec.forbiddenCriteria = forbiddenCriteria
        spec.requiredActions = requiredActions
        spec.customChecks = customChecks.isEmpty ? nil : customChecks
    }
}
