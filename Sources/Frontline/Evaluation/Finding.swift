/// One of the three things Frontline grades.
public enum ScoreDimension: String, Codable, CaseIterable, Sendable, Comparable {
    /// Does the customer feel heard, respected and cared for?
    case empathy
    /// Can the customer follow what was said?
    case clarity
    /// Is the customer's problem moving to a solution?
    case resolution

    /// The name shown in reports: "Empathy", "Clarity", "Resolution".
    public var title: String {
        switch self {
        case .empathy: return "Empathy"
        case .clarity: return "Clarity"
        case .resolution: return "Resolution"
        }
    }

    /// The score every reply starts from on this dimension before its findings move it.
    public var baseline: Int {
        switch self {
        case .empathy: return 30
        case .clarity: return 70
        case .resolution: return 25
        }
    }

    /// Orders dimensions as they are always shown: empathy, clarity, resolution.
    public static func < (lhs: ScoreDimension, rhs: ScoreDimension) -> Bool {
        lhs.position < rhs.position
    }

    /// The dimension's place in the order it is shown in.
    private var position: Int {
        switch self {
        case .empathy: return 0
        case .clarity: return 1
        case .resolution: return 2
        }
    }
}

/// One reason a score moved: which criterion, by how many points, the words that earned it, and how to do better.
public struct Finding: Codable, Hashable, Sendable {
    /// The dimension whose score moved.
    public var dimension: ScoreDimension
    /// The stable id of the criterion that raised the finding, e.g. "acknowledges-feeling".
    public var criterion: String
    /// Points added (positive) or taken away (negative).
    public var points: Int
    /// The exact words of the reply that earned the finding; empty when the finding is about something missing.
    public var evidence: String
    /// Where the evidence stands in the reply, in Unicode scalar offsets; nil when something is missing.
    public var range: TextSpan?
    /// What was observed, in one sentence.
    public var message: String
    /// What to do better (or keep doing), in plain words.
    public var advice: String
    /// The conversation turn the finding belongs to, when a whole conversation is graded.
    public var turn: Int?

    /// Creates a finding.
    public init(
        dimension: ScoreDimension, criterion: String, points: Int, evidence: String, range: TextSpan?,
        message: String, advice: String, turn: Int? = nil
    ) {
        self.dimension = dimension
        self.criterion = criterion
        self.points = points
        self.evidence = evidence
        self.range = range
        self.message = message
        self.advice = advice
        self.turn = turn
    }
}

/// The grades of one reply or conversation: three scores, each fully explained by its findings.
public struct Scorecard: Codable, Hashable, Sendable {
    /// Empathy, 0–100.
    public var empathy: Int
    /// Clarity, 0–100.
    public var clarity: Int
    /// Resolution, 0–100.
    public var resolution: Int
    /// Every finding, in dimension order and then in the order of the words they point at.
    public var findings: [Finding]
    /// The language the reply was graded in.
    public var locale: String
    /// How the language was chosen: "given", "detected" or "default".
    public var localeSource: String

    /// Builds a scorecard from findings: each score is its baseline plus its findings' points, kept within 0–100.
    public init(findings: [Finding], locale: String, localeSource: String = "given") {
        // Sorting positions rather than findings moves small integers instead of copying each finding's strings.
        let keys = findings.map { ($0.dimension, $0.turn ?? 0, $0.range?.start ?? Int.max) }
        let order = findings.indices.sorted { left, right in
            let (lhs, rhs) = (keys[left], keys[right])
            if lhs.0 != rhs.0 { return lhs.0 < rhs.0 }
            if lhs.1 != rhs.1 { return lhs.1 < rhs.1 }
            if lhs.2 != rhs.2 { return lhs.2 < rhs.2 }
            return findings[left].criterion < findings[right].criterion
        }
        let ordered = order.map { findings[$0] }
        self.findings = ordered
        self.locale = locale
        self.localeSource = localeSource
        func total(_ dimension: ScoreDimension) -> Int {
            let sum = ordered.lazy.filter { $0.dimension == dimension }.reduce(dimension.baseline) { $0 + $1.points }
            return min(100, max(0, sum))
        }
        empathy = total(.empathy)
        clarity = total(.clarity)
        resolution = total(.resolution)
    }

    /// The score on one dimension.
    public func score(_ dimension: ScoreDimension) -> Int {
        switch dimension {
        case .empathy: return empathy
        case .clarity: return clarity
        case .resolution: return resolution
        }
    }

    /// The findings on one dimension.
    public func findings(on dimension: ScoreDimension) -> [Finding] {
        findings.filter { $0.dimension == dimension }
    }

    /// The mean of the three scores, rounded.
    public var overall: Int { Int((Double(empathy + clarity + resolution) / 3).rounded()) }
}
