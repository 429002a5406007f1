import Foundation
import Frontline

/// `frontline list`: progress through the course, from a real run of the exercise suites.
struct ListCommand: FrontlineCommand {
    static let spec = CommandSpec(
        name: "list",
        abstract: "Show your progress through the course, graded by a real run of the exercise tests.",
        options: [.value("locale", short: "l", "code", help: "Only exercises in this language (en, pl, da).")])

    let locale: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.isEmpty else { throw UsageError("'list' takes no arguments.") }
        locale = try CourseProgress.requestedLocale(arguments)
    }

    func run(_ io: CommandIO) throws -> Int32 {
        let course = try CourseProgress.library(io)
        let progress = try CourseProgress.measure(course, io: io)
        if let status = progress.buildFailure(io) { return status }
        io.output.write("\(course.curriculum.title)\n")
        var shown = 0
        var passed = 0
        var totals: [ScoreDimension: [Int]] = [:]
        for module in course.curriculum.modules {
            let items = progress.items.filter { module.exercises.contains($0.spec.id) && (locale == nil || $0.spec.locale == locale) }
            guard !items.isEmpty else { continue }
            io.output.write("\n\(module.title)\n")
            for item in items {
                shown += 1
                if item.status == .passed { passed += 1 }
                if let evaluation = item.evaluation, item.status != .notStarted {
                    for dimension in ScoreDimension.allCases { totals[dimension, default: []].append(evaluation.score(dimension)) }
                }
                let title = "\(item.spec.id)".padding(toLength: 34, withPad: " ", startingAt: 0)
                io.output.write("  \(item.mark) \(title) \(item.status.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(item.scores)\n")
            }
        }
        io.output.write("\n\(passed) of \(shown) exercises passed.")
        let averages = ScoreDimension.allCases.compactMap { dimension -> String? in
            guard let scores = totals[dimension], !scores.isEmpty else { return nil }
            return "\(dimension.rawValue) \(scores.reduce(0, +) / scores.count)"
        }
        if !averages.isEmpty { io.output.write(" Average so far: \(averages.joined(separator: ", ")).") }
        io.output.write("\n")
        if let next = progress.next(in: progress.trainingLocale(requested: locale, io: io)) {
            io.output.write("Next: swift run frontline check \(next.spec.id.prefix(2))  (\(next.spec.id))\n")
        }
        return CommandLineTool.ExitStatus.success
    }
}

/// `frontline next`: the next exercise to do, with where to start.
struct NextCommand: FrontlineCommand {
    static let spec = CommandSpec(
        name: "next", abstract: "Show the next exercise to do and the file to open.",
        options: [CourseProgress.localeOption])

    let locale: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.isEmpty else { throw UsageError("'next' takes no arguments.") }
        locale = try CourseProgress.requestedLocale(arguments)
    }

    func run(_ io: CommandIO) throws -> Int32 {
        let course = try CourseProgress.library(io)
        let progress = try CourseProgress.measure(course, io: io)
        if let status = progress.buildFailure(io) { return status }
        guard let next = progress.next(in: progress.trainingLocale(requested: locale, io: io)) else {
            io.output.write("Every exercise passes. Well done! Try 'frontline simulate <scenario>' for free practice.\n")
            return CommandLineTool.ExitStatus.success
        }
        let spec = next.spec
        io.output.write("Next: \(spec.id) — \(spec.title) (\(next.status.rawValue), about \(spec.minutes) min)\n")
        if let module = course.module(of: spec) { io.output.write("Module: \(module.title) — reading: Curriculum/\(module.reading)\n") }
        io.output.write("Open:  Exercises/\(spec.id)/\(spec.workFile)\n")
        io.output.write("Read:  Exercises/\(spec.id)/.docs/instructions.md\n\n")
        if let instructions = course.instructions(of: spec) {
            let body = instructions.split(separator: "\n", omittingEmptySubsequences: false).prefix(14).joined(separator: "\n")
            io.output.write(body + "\n…\n\n")
        }
        io.output.write("Check it with: swift run frontline check \(spec.id.prefix(2))   Stuck? swift run frontline hint \(spec.id.prefix(2))\n")
        return CommandLineTool.ExitStatus.success
    }
}

/// `frontline hint`: tiered hints for an exercise, from a nudge to a worked example.
struct HintCommand: FrontlineCommand {
    static let spec = CommandSpec(
        name: "hint",
        abstract: "Show hints for an exercise: level 1 is a nudge, higher levels a stronger pointer and a worked example.",
        arguments: [ArgumentSpec("exercise", help: "The exercise id or its number (default: the first exercise you have not started).")],
        options: [
            .value("level", short: "n", "n", help: "How much help, from 1 (default) to the number of tiers."),
            CourseProgress.localeOption,
        ])

    let exercise: String?
    let level: Int
    let locale: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count <= 1 else { throw UsageError("Expected at most one exercise.") }
        exercise = arguments.positionals.first
        if let text = arguments.value("level") {
            guard let level = Int(text), level >= 1 else {
                throw UsageError("--level takes a whole number from 1 up, not '\(text)'.")
            }
            self.level = level
        } else {
            level = 1
        }
        locale = try CourseProgress.requestedLocale(arguments)
    }

    func run(_ io: CommandIO) throws -> Int32 {
        let course = try CourseProgress.library(io)
        let spec: ExerciseSpec
        if let exercise {
            guard let found = course.exercise(exercise) else { throw UsageError(unknownExercise(exercise, in: course)) }
            spec = found
        } else {
            // Without a name: the first exercise in the trainee's language whose file still holds the starter's TODO.
            let untouched = course.exercises.filter { spec in
                (try? String(contentsOf: course.workFile(of: spec), encoding: .utf8))?.contains("\"\(NotStarted.marker)") ?? false
            }
            let untouchedIDs = Set(untouched.map(\.id))
            let started = course.exercises.filter { !untouchedIDs.contains($0.id) }
            let language = CourseProgress.trainingLocale(requested: locale, started: started, io: io)
            let inLanguage = untouched.first { $0.locale == language }
            guard let first = inLanguage ?? untouched.first ?? course.exercises.first
            else { throw DataError("The course has no exercises.") }
            spec = first
        }
        guard let hints = course.hints(of: spec) else { throw DataError("Exercises/\(spec.id)/.docs/hints.md is missing.") }
        io.output.write("Hints for \(spec.id) — \(spec.title)\n\n\(hints.general)\n")
        let shown = min(level, hints.tiers.count)
        for tier in hints.tiers.prefix(shown) { io.output.write("\n\(tier)\n") }
        if shown < hints.tiers.count {
            io.output.write("\nMore help: swift run frontline hint \(spec.id.prefix(2)) --level \(shown + 1)  (of \(hints.tiers.count))\n")
        }
        return CommandLineTool.ExitStatus.success
    }
}

/// `frontline check`: grades one exercise with the real suite and shows the scorecard for every customer variant.
struct CheckCommand: FrontlineCommand {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Grade one exercise with its real test and show the scorecard for every customer variant.",
        arguments: [ArgumentSpec("exercise", help: "The exercise id or its number (default: the next exercise).")],
        options: [
            .flag("verbose", short: "v", help: "Show every finding, not only those that cost points."),
            CourseProgress.localeOption,
        ])

    let exercise: String?
    let verbose: Bool
    let locale: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count <= 1 else { throw UsageError("Expected at most one exercise.") }
        exercise = arguments.positionals.first
        verbose = arguments.flag("verbose")
        locale = try CourseProgress.requestedLocale(arguments)
    }

    func run(_ io: CommandIO) throws -> Int32 {
        let course = try CourseProgress.library(io)
        let id: String?
        if let exercise {
            guard let spec = course.exercise(exercise) else { throw UsageError(unknownExercise(exercise, in: course)) }
            id = spec.id
        } else {
            id = nil
        }
        let progress = try CourseProgress.measure(course, exercise: id, io: io)
        if let status = progress.buildFailure(io) { return status }
        let language = progress.trainingLocale(requested: locale, io: io)
        let chosen = id.flatMap { id in progress.items.first { $0.spec.id == id } } ?? progress.next(in: language)
        guard let item = chosen else {
            io.output.write("Every exercise passes.\n")
            return CommandLineTool.ExitStatus.success
        }
        let spec = item.spec
        io.output.write("\(spec.id) — \(spec.title): \(item.status.rawValue.uppercased())\n")
        guard let evaluation = item.evaluation, item.status != .notStarted else {
            io.output.write("Open Exercises/\(spec.id)/\(spec.workFile) and replace the TODO. Hints: swift run frontline hint \(spec.id.prefix(2))\n")
            return CommandLineTool.ExitStatus.failure
        }
        let marks = ScoreDimension.allCases.map { "\($0.rawValue) ≥ \(spec.passMark($0))" }.joined(separator: ", ")
        io.output.write("Pass marks: \(marks)\n")
        for run in evaluation.runs {
            let card = run.scorecard
            let verdicts = ScoreDimension.allCases.map { dimension in
                "\(dimension.title) \(card.score(dimension))\(card.score(dimension) >= spec.passMark(dimension) ? " ✓" : " ✗")"
            }
            io.output.write("\nCustomer variant \(run.seed): “\(run.customer)”\n  \(verdicts.joined(separator: "   "))\n")
            if let outcome = run.outcome { io.output.write("  Call ended: \(outcome.rawValue)\n") }
            for finding in card.findings where verbose || finding.points < 0 {
                let points = finding.points > 0 ? "+\(finding.points)" : "\(finding.points)"
                let evidence = finding.evidence.isEmpty ? "" : " “\(finding.evidence)”"
                io.output.write("  \(points) [\(finding.criterion)]\(evidence) → \(finding.advice)\n")
            }
        }
        let failed = evaluation.checks.filter { !$0.passed }
        if !failed.isEmpty {
            io.output.write("\nTo pass:\n")
            var seen: Set<String> = []
            for check in failed {
                let first = String(check.message.split(separator: "\n").first ?? "")
                guard seen.insert(first.replacingOccurrences(of: "variant \(check.seed)", with: "")).inserted else { continue }
                io.output.write("  - \(first)\n")
            }
        }
        return item.status == .passed ? CommandLineTool.ExitStatus.success : CommandLineTool.ExitStatus.failure
    }
}

/// `frontline reset`: restores an exercise's starter file after asking, keeping a backup of the trainee's work.
struct ResetCommand: FrontlineCommand {
    static let spec = CommandSpec(
        name: "reset",
        abstract: "Restore an exercise's starter file, keeping a backup of your work.",
        arguments: [ArgumentSpec("exercise", help: "The exercise id or its number.", optional: false)],
        options: [.flag("yes", short: "y", help: "Do not ask for confirmation.")])

    let exercise: String
    let confirmed: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard let exercise = arguments.positionals.first, arguments.positionals.count == 1 else {
            throw UsageError("Name one exercise to reset.")
        }
        self.exercise = exercise
        confirmed = arguments.flag("yes")
    }

    func run(_ io: CommandIO) throws -> Int32 {
        let course = try CourseProgress.library(io)
        guard let spec = course.exercise(exercise) else { throw UsageError(unknownExercise(exercise, in: course)) }
        let work = course.workFile(of: spec)
        guard let starter = try? Data(contentsOf: course.starter(of: spec)) else {
            throw DataError("Exercises/\(spec.id)/.meta/starter.swift is missing, so there is nothing to restore.")
        }
        let current = try? Data(contentsOf: work)
        if current == starter {
            io.output.write("\(spec.id) is already at its starter.\n")
            return CommandLineTool.ExitStatus.success
        }
        if !confirmed {
            io.output.write("Restore the starter of \(spec.id)? Your current file is kept as a backup. [y/N] ")
            io.output.flush()
            let answer = String(decoding: try io.openInput("-").nextLine() ?? [], as: UTF8.self)
                .trimmingCharacters(in: .whitespaces).lowercased()
            guard answer == "y" || answer == "yes" else {
                io.output.write("\nNothing changed.\n")
                return CommandLineTool.ExitStatus.success
            }
            io.output.write("\n")
        }
        if let current {
            let backups = course.folder(of: spec).appendingPathComponent(".backups")
            try FileManager.default.createDirectory(at: backups, withIntermediateDirectories: true)
            let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "-")
            var backup = backups.appendingPathComponent("\(stamp)-\(spec.workFile)")
            var copy = 2
            while FileManager.default.fileExists(atPath: backup.path) {
                backup = backups.appendingPathComponent("\(stamp)-\(copy)-\(spec.workFile)")
                copy += 1
            }
            try current.write(to: backup, options: .atomic)
            io.output.write("Backed up your work to Exercises/\(spec.id)/.backups/\(backup.lastPathComponent)\n")
        }
        try starter.write(to: work, options: .atomic)
        io.output.write("Restored Exercises/\(spec.id)/\(spec.workFile) to its starter.\n")
        return CommandLineTool.ExitStatus.success
    }
}

/// The error message for an exercise name that matches nothing, with a suggestion.
func unknownExercise(_ name: String, in course: CourseLibrary) -> String {
    let suggestion = Suggestion.closest(to: name, among: course.exercises.map(\.id))
    return "No exercise '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? " See 'frontline list'.")
}
