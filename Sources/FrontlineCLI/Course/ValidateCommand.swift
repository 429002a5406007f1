import Foundation
import Frontline

/// `frontline validate`: the instructor's safety net — checks every exercise's files and grades the course with its own suites.
struct ValidateCommand: FrontlineCommand {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Check every exercise: metadata, files, hints, curriculum; starters fail, references pass, anti-solutions fail.",
        discussion: """
            Runs the static checks, then 'swift test --traits Solutions' to grade every reference solution and
            anti-solution with the real suites, and reports rubric weaknesses: a required criterion that no
            anti-solution exercises, a pass mark the starter already meets, an anti-solution that passes.
            """,
        options: [.flag("static", help: "Only the static checks; do not run the suites.")])

    let staticOnly: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.isEmpty else { throw UsageError("'validate' takes no arguments.") }
        staticOnly = arguments.flag("static")
    }

    func run(_ io: CommandIO) throws -> Int32 {
        let course = try CourseProgress.library(io)
        var problems = CourseChecks.staticProblems(course)
        var warnings: [String] = []
        if !staticOnly {
            if io.outputIsTerminal { io.errors.write("Grading the course with swift test --traits Solutions…\n") }
            let run = try SwiftTestRun(root: course.root, filter: "CourseVerification", exercise: nil, traits: ["Solutions"]).run()
            if !run.buildErrors.isEmpty {
                problems += run.buildErrors.map { "build: \($0)" }
            } else if run.outcomes.isEmpty {
                problems.append("swift test --traits Solutions ran no course verification (exit \(run.exitCode))")
            }
            if run.output.contains("The test run stopped before it finished") {
                problems.append("the course verification run stopped before it finished (a crash?): \(run.output.suffix(600))")
            }
            for outcome in run.outcomes where outcome.status == .failed {
                for issue in outcome.issues { problems.append("\(outcome.displayName): \(issue)") }
            }
            warnings = CourseChecks.rubricWeaknesses(course, evaluations: run.evaluations)
        }
        for warning in warnings { io.output.write("warning: \(warning)\n") }
        if problems.isEmpty {
            io.output.write("The course is valid: \(course.exercises.count) exercises in \(course.curriculum.modules.count) modules.\n")
            return CommandLineTool.ExitStatus.success
        }
        for problem in problems { io.output.write("error: \(problem)\n") }
        io.output.write("\(problems.count) problem(s).\n")
        return CommandLineTool.ExitStatus.failure
    }
}

/// The checks `frontline validate` makes, kept apart from the command so tests can call them.
enum CourseChecks {
    /// Problems found by reading files alone.
    static func staticProblems(_ course: CourseLibrary) -> [String] {
        var problems = course.problems
        let files = FileManager.default
        var seen: Set<String> = []
        let inCurriculum = course.curriculum.modules.flatMap(\.exercises)
        for module in course.curriculum.modules {
            if module.objectives.isEmpty { problems.append("module \(module.id): no learning objectives") }
            if !files.fileExists(atPath: course.root.appendingPathComponent("Curriculum/\(module.reading)").path) {
                problems.append("module \(module.id): reading Curriculum/\(module.reading) is missing")
            }
            for id in module.exercises where course.exercise(id)?.id != id {
                problems.append("module \(module.id): exercise '\(id)' has no folder with .meta/config.json")
            }
        }
        for spec in course.exercises {
            let name = "exercise \(spec.id)"
            let folder = course.folder(of: spec)
            func exists(_ path: String) -> Bool { files.fileExists(atPath: folder.appendingPathComponent(path).path) }
            if !seen.insert(spec.id).inserted { problems.append("\(name): the id is used twice") }
            if folder.lastPathComponent != spec.id { problems.append("\(name): the folder is named \(folder.lastPathComponent)") }
            if !inCurriculum.contains(spec.id) { problems.append("\(name): not in any module of Curriculum/curriculum.json") }
            if !course.curriculum.modules.contains(where: { $0.id == spec.module }) {
                problems.append("\(name): module '\(spec.module)' does not exist")
            }
            if Languages.pack(for: spec.locale) == nil { problems.append("\(name): unknown locale '\(spec.locale)'") }
            let entry = Catalog.entry(spec.scenario)
            if entry == nil { problems.append("\(name): unknown scenario '\(spec.scenario)'") }
            if spec.seeds.isEmpty { problems.append("\(name): no seeds, so no customer to grade against") }
            for dimension in ScoreDimension.allCases {
                guard let mark = spec.passMarks[dimension.rawValue] else {
                    problems.append("\(name): no pass mark for \(dimension.rawValue)")
                    continue
                }
                if !(0...100).contains(mark) { problems.append("\(name): pass mark \(mark) for \(dimension.rawValue) is outside 0–100") }
            }
            for slot in spec.mustMention where entry?.persona.slots[slot] == nil {
                problems.append("\(name): mustMention '\(slot)' is not a detail of persona '\(spec.scenario)'")
            }
            for check in spec.customChecks ?? [] where check.mustSay.isEmpty || check.mustSay.contains(where: \.isEmpty) {
                problems.append("\(name): custom check '\(check.id)' needs at least one word in every group")
            }
            for id in spec.requiredCriteria + spec.forbiddenCriteria where Criteria.named(id) == nil {
                problems.append("\(name): unknown criterion '\(id)'")
            }
            if !exists(spec.workFile) { problems.append("\(name): the trainee's file \(spec.workFile) is missing") }
            if !exists(spec.referenceFile) { problems.append("\(name): the reference \(spec.referenceFile) is missing") }
            if let starter = try? String(contentsOf: course.starter(of: spec), encoding: .utf8) {
                if !starter.contains("\"\(NotStarted.marker)") { problems.append("\(name): .meta/starter.swift does not return a \"TODO…\" placeholder") }
                if !starter.contains("// TODO") { problems.append("\(name): .meta/starter.swift has no // TODO comment for the trainee") }
            } else {
                problems.append("\(name): .meta/starter.swift is missing")
            }
            if spec.antiSolutions.count < 2 { problems.append("\(name): needs at least two anti-solutions, has \(spec.antiSolutions.count)") }
            for anti in spec.antiSolutions where !exists(anti.file) {
                problems.append("\(name): anti-solution '\(anti.name)' file \(anti.file) is missing")
            }
            if (course.instructions(of: spec) ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append("\(name): .docs/instructions.md is missing or empty")
            }
            if let hints = course.hints(of: spec) {
                if hints.general.isEmpty { problems.append("\(name): .docs/hints.md has no '## General' section") }
                if hints.tiers.count < 3 { problems.append("\(name): .docs/hints.md needs three tiers (a nudge, a pointer, a worked example)") }
            } else {
                problems.append("\(name): .docs/hints.md is missing")
            }
        }
        return problems
    }

    /// Rubric weaknesses found in the verification run's attached evaluations.
    static func rubricWeaknesses(_ course: CourseLibrary, evaluations: [String: Data]) -> [String] {
        let decoder = JSONDecoder()
        var warnings: [String] = []
        for spec in course.exercises {
            if let data = evaluations["\(spec.id)-starter"], let starter = try? decoder.decode(ExerciseEvaluation.self, from: data) {
                for dimension in ScoreDimension.allCases where starter.score(dimension) >= spec.passMark(dimension) && spec.passMark(dimension) > 0 {
                    warnings.append("exercise \(spec.id): the starter already meets the \(dimension.rawValue) pass mark (\(starter.score(dimension)) ≥ \(spec.passMark(dimension)))")
                }
            }
            let antis = spec.antiSolutions.compactMap { anti in
                evaluations["\(spec.id)-\(anti.name)"].flatMap { try? decoder.decode(ExerciseEvaluation.self, from: $0) }
            }
            // A rubric criterion is exercised when some anti-solution breaks it on some customer variant.
            for id in spec.requiredCriteria + spec.forbiddenCriteria {
                let required = spec.requiredCriteria.contains(id)
                let exercised = antis.contains { evaluation in
                    evaluation.runs.contains { run in
                        required
                            ? !run.scorecard.findings.contains { $0.criterion == id && $0.points > 0 }
                            : run.scorecard.findings.contains { $0.criterion == id && $0.points < 0 }
                    }
                }
                if !antis.isEmpty && !exercised {
                    warnings.append("exercise \(spec.id): no anti-solution breaks the rubric criterion '\(id)', so nothing shows it is enforced")
                }
            }
        }
        return warnings
    }
}
