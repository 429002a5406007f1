import Foundation

/// One trainee's results file: Exercism's results.json version 3, extended with points, dimensions and provenance.
///
/// ```json
/// {"version": 3, "status": "fail", "message": null,
///  "tests": [{"name": "01 · Acknowledge the wait", "status": "pass", "message": null, "task_id": 1,
///             "exercise": "01-acknowledge-the-wait", "score": 212, "max_score": 300,
///             "dimensions": {"empathy": 79, "clarity": 80, "resolution": 53}}],
///  "score": 212, "max_score": 5100, "dimensions": {"empathy": 79, …},
///  "trainee": "ana@example.com", "timestamp": "2026-11-25T19:40:00Z", "kit_version": "0.1.0",
///  "grader_digest": "…64 hex digits…"}
/// ```
public struct TraineeResults: Codable, Hashable, Sendable {
    /// One test, i.e. one exercise.
    public struct TestResult: Codable, Hashable, Sendable {
        /// The test's display name.
        public var name: String
        /// "pass", "fail" or "error".
        public var status: String
        /// Why it failed, for people.
        public var message: String?
        /// The code that was graded (the trainee's file), when included.
        public var testCode: String?
        /// The exercise's number in the course.
        public var taskID: Int?
        /// The exercise id.
        public var exercise: String
        /// Points earned: the sum of the three dimension scores when started, else 0.
        public var score: Int
        /// Points possible (300).
        public var maxScore: Int
        /// The exercise's lowest score per dimension over its customer variants; empty when not started.
        public var dimensions: [String: Int]

        enum CodingKeys: String, CodingKey {
            case name, status, message, testCode = "test_code", taskID = "task_id", exercise, score
            case maxScore = "max_score", dimensions
        }

        /// Creates a test result.
        public init(
            name: String, status: String, message: String?, testCode: String?, taskID: Int?, exercise: String, score: Int,
            maxScore: Int, dimensions: [String: Int]
        ) {
            self.name = name
            self.status = status
            self.message = message
            self.testCode = testCode
            self.taskID = taskID
            self.exercise = exercise
            self.score = score
            self.maxScore = maxScore
            self.dimensions = dimensions
        }
    }

    /// Always 3.
    public var version: Int
    /// "pass" when every exercise passes, "fail" otherwise, "error" when the work did not build or the run crashed.
    public var status: String
    /// The compiler's or runner's message when the status is "error".
    public var message: String?
    /// One entry per exercise.
    public var tests: [TestResult]
    /// Total points.
    public var score: Int
    /// Total points possible.
    public var maxScore: Int
    /// The average of each dimension over started exercises.
    public var dimensions: [String: Int]
    /// Who the results belong to.
    public var trainee: String
    /// When the run finished (ISO 8601, UTC).
    public var timestamp: String
    /// The kit's version.
    public var kitVersion: String
    /// SHA-256 over the grading sources, so an edited grader is detectable.
    public var graderDigest: String

    enum CodingKeys: String, CodingKey {
        case version, status, message, tests, score, maxScore = "max_score", dimensions, trainee, timestamp
        case kitVersion = "kit_version", graderDigest = "grader_digest"
    }

    /// Creates a results file.
    public init(
        status: String, message: String?, tests: [TestResult], trainee: String, timestamp: String, kitVersion: String,
        graderDigest: String
    ) {
        self.version = 3
        self.status = status
        self.message = message
        self.tests = tests
        self.score = tests.reduce(0) { $0 + $1.score }
        self.maxScore = tests.reduce(0) { $0 + $1.maxScore }
        self.dimensions = TraineeResults.averages(tests)
        self.trainee = trainee
        self.timestamp = timestamp
        self.kitVersion = kitVersion
        self.graderDigest = graderDigest
    }

    /// The average of each dimension over the tests that have dimension scores.
    public static func averages(_ tests: [TestResult]) -> [String: Int] {
        var result: [String: Int] = [:]
        for dimension in ScoreDimension.allCases {
            let scores = tests.compactMap { $0.dimensions[dimension.rawValue] }
            if !scores.isEmpty { result[dimension.rawValue] = Int((Double(scores.reduce(0, +)) / Double(scores.count)).rounded()) }
        }
        return result
    }

    /// Exercises passed.
    public var completed: Int { tests.filter { $0.status == "pass" }.count }
}

/// The digest of the grading sources: library, grading helpers, exercise suites, exercise metadata and curriculum.
public enum GraderDigest {
    /// The folders and files (relative to the package root) whose contents make up the grader.
    public static let inputs = ["Sources/Frontline", "Sources/FrontlineTesting", "Tests/ExerciseTests", "Curriculum/curriculum.json"]

    /// SHA-256 over every grading source under `root`, in path order, each with its path; exercise metadata included.
    public static func compute(root: URL) -> String {
        var files: [String] = []
        let manager = FileManager.default
        for input in inputs {
            let url = root.appendingPathComponent(input)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                files.append(input)
                continue
            }
            let enumerator = manager.enumerator(atPath: url.path)
            while let path = enumerator?.nextObject() as? String {
                if path.hasSuffix(".swift") { files.append("\(input)/\(path)") }
            }
        }
        let exercises = root.appendingPathComponent("Exercises")
        for name in (try? manager.contentsOfDirectory(atPath: exercises.path)) ?? [] {
            let config = "Exercises/\(name)/.meta/config.json"
            if manager.fileExists(atPath: root.appendingPathComponent(config).path) { files.append(config) }
        }
        var hash = SHA256()
        for path in files.sorted() {
            hash.update(path.utf8)
            hash.update([0])
            hash.update((try? Data(contentsOf: root.appendingPathComponent(path))) ?? Data())
            hash.update([0])
        }
        return hash.hexDigest()
    }
}
