import Foundation
import Frontline
import Testing

/// Grades exercises inside Swift Testing: records a readable issue per failed check and attaches the evaluation.
public enum ExerciseGrading {
    /// The package root, found from this file's location in the checkout.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The course, read once; a course that cannot be read is reported by the tests that need it.
    public static let course: Result<CourseLibrary, CourseError> = {
        do {
            return .success(try CourseLibrary(root: packageRoot))
        } catch let error as CourseError {
            return .failure(error)
        } catch {
            return .failure(CourseError("cannot read the course: \(error)"))
        }
    }()

    /// An exercise's metadata, or a test failure naming what is wrong.
    public static func spec(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ExerciseSpec {
        let library = try course.get()
        guard let spec = library.exercise(id), spec.id == id else {
            throw CourseError("no exercise '\(id)': Exercises/\(id)/.meta/config.json is missing")
        }
        return spec
    }

    /// Only these exercises are graded when `FRONTLINE_EXERCISE` is set (how `frontline check` grades one exercise).
    public static func isSelected(_ id: String) -> Bool {
        guard let only = ProcessInfo.processInfo.environment["FRONTLINE_EXERCISE"], !only.isEmpty else { return true }
        return only.split(separator: ",").contains { id == $0 || id.hasPrefix($0 + "-") }
    }

    /// True when the trainee has started: the answer no longer returns the starter's TODO placeholder.
    public static func isStarted(_ id: String, _ answer: ExerciseAnswer) -> Bool {
        guard let spec = try? spec(id), let evaluator = try? ExerciseEvaluator(spec: spec) else { return true }
        return evaluator.evaluate(answer).status != .notStarted
    }

    /// Grades an answer: every failed check becomes an issue written for the trainee, and the evaluation is attached.
    @discardableResult
    public static func grade(
        _ id: String, _ answer: ExerciseAnswer, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ExerciseEvaluation {
        let spec = try spec(id)
        let evaluation = try ExerciseEvaluator(spec: spec).evaluate(answer)
        attach(evaluation, named: id)
        // The first failing customer variant is explained in full; the others are named, so failures do not pile up.
        let failures = evaluation.checks.filter { !$0.passed }
        guard let first = failures.first?.seed else { return evaluation }
        var message = failures.filter { $0.seed == first }.map(\.message).joined(separator: "\n")
        let others = Set(failures.map(\.seed)).subtracting([first]).sorted()
        if !others.isEmpty {
            message += "\n(The reply also falls short for customer variant\(others.count > 1 ? "s" : "") \(others.map(String.init).joined(separator: ", ")); run `swift run frontline check \(id)` for every scorecard.)"
        }
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        return evaluation
    }

    /// Attaches an evaluation as JSON, named after the exercise.
    public static func attach(_ evaluation: ExerciseEvaluation, named name: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if let data = try? encoder.encode(evaluation) {
            Attachment.record(String(decoding: data, as: UTF8.self), named: "\(name).json")
        }
    }
}

extension Trait where Self == ConditionTrait {
    /// Skips an exercise's test until the trainee starts it, pointing at the file to open.
    public static func started(_ id: String, _ answer: ExerciseAnswer) -> Self {
        let file = (try? ExerciseGrading.spec(id)).map { "Exercises/\(id)/\($0.workFile)" } ?? "Exercises/\(id)"
        return .enabled("Not started yet: open \(file) and replace the TODO") {
            ExerciseGrading.isSelected(id) && ExerciseGrading.isStarted(id, answer)
        }
    }
}
