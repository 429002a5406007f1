#if SOLUTIONS
import Exercises
import Frontline
import FrontlineTesting
import Testing

/// One anti-solution of one exercise, named for the report.
struct AntiSolutionCase: Sendable, CustomTestStringConvertible {
    let exercise: String
    let antiSolution: ExerciseSpec.AntiSolution
    var testDescription: String { "\(exercise) · \(antiSolution.name) fails on \(antiSolution.failsOn.rawValue)" }

    static var all: [AntiSolutionCase] {
        guard let course = try? ExerciseGrading.course.get() else { return [] }
        return course.exercises.flatMap { spec in spec.antiSolutions.map { AntiSolutionCase(exercise: spec.id, antiSolution: $0) } }
    }
}

/// `swift test --traits Solutions`: the course grades itself with the real suites.
@Suite("Course verification")
struct CourseVerification {
    static var ids: [String] { ((try? ExerciseGrading.course.get())?.exercises.map(\.id)) ?? [] }

    @Test("The course reads cleanly and every exercise is registered and in the curriculum")
    func courseIsComplete() throws {
        let course = try ExerciseGrading.course.get()
        #expect(course.problems.isEmpty, "\(course.problems)")
        let inCurriculum = Set(course.curriculum.modules.flatMap(\.exercises))
        for spec in course.exercises {
            #expect(CourseRegistry.exercises[spec.id] != nil, "\(spec.id) is not in Exercises/Registry.swift")
            #expect(inCurriculum.contains(spec.id), "\(spec.id) is in no module of Curriculum/curriculum.json")
        }
        #expect(course.exercises.count >= 15)
    }

    @Test("Every reference solution passes", arguments: ids)
    func referencePasses(_ id: String) throws {
        let implementations = try #require(CourseRegistry.exercises[id], "\(id) is not registered")
        let evaluation = try ExerciseGrading.grade(id, implementations.reference)
        #expect(evaluation.status == .passed)
    }

    @Test("Every anti-solution fails on the dimension it is tagged with", arguments: AntiSolutionCase.all)
    func antiSolutionFails(_ testCase: AntiSolutionCase) throws {
        let implementations = try #require(CourseRegistry.exercises[testCase.exercise])
        let answer = try #require(
            implementations.antiSolutions[testCase.antiSolution.name],
            "anti-solution '\(testCase.antiSolution.name)' is not registered")
        let spec = try ExerciseGrading.spec(testCase.exercise)
        let evaluation = try ExerciseEvaluator(spec: spec).evaluate(answer)
        ExerciseGrading.attach(evaluation, named: "\(testCase.exercise)-\(testCase.antiSolution.name)")
        #expect(evaluation.status == .failed)
        #expect(!evaluation.passes(testCase.antiSolution.failsOn), "it should fail on \(testCase.antiSolution.failsOn.rawValue) but passes it")
    }

    @Test("Every starter is recognised as not started and does not pass", arguments: ids)
    func starterDoesNotPass(_ id: String) throws {
        let implementations = try #require(CourseRegistry.exercises[id])
        let evaluation = try ExerciseEvaluator(spec: try ExerciseGrading.spec(id)).evaluate(implementations.work)
        ExerciseGrading.attach(evaluation, named: "\(id)-starter")
        #expect(evaluation.status == .notStarted)
        #expect(ScoreDimension.allCases.contains { !evaluation.passes($0) }, "the placeholder meets every pass mark")
    }
}
#endif
