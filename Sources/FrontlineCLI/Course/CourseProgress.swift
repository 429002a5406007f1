import Foundation
import Frontline

/// Where each exercise stands, taken from a real `swift test` run of the exercise suites (never from a file a trainee could edit).
struct CourseProgress {
    /// One exercise's standing.
    struct Item {
        enum Status: String {
            case passed, failed
            case notStarted = "not started"
        }

        var spec: ExerciseSpec
        var status: Status
        var evaluation: ExerciseEvaluation?
        var issues: [String]
    }

    var course: CourseLibrary
    var items: [Item]
    var buildErrors: [String]

    /// Finds the course from the working directory, or explains how to get there.
    static func library(_ io: CommandIO) throws -> CourseLibrary {
        guard let root = CourseLibrary.findRoot(from: io.workingDirectory) else {
            throw DataError("No Frontline course here: run this inside the kit (the folder with Curriculum/curriculum.json).")
        }
        do {
            return try CourseLibrary(root: root)
        } catch {
            throw DataError("\(error)")
        }
    }

    /// Runs the exercise suites (all, or one exercise) and reads every exercise's standing.
    static func measure(_ course: CourseLibrary, exercise: String? = nil, io: CommandIO) throws -> CourseProgress {
        if io.outputIsTerminal { io.errors.write("Grading with swift test…\n") }
        let run = try SwiftTestRun(root: course.root, filter: "YourExercises", exercise: exercise).run()
        let decoder = JSONDecoder()
        var items: [Item] = []
        for spec in course.exercises where exercise == nil || spec.id == exercise {
            let evaluation = run.evaluations[spec.id].flatMap { try? decoder.decode(ExerciseEvaluation.self, from: $0) }
            let outcome = run.outcomes.first { $0.attachments.contains { $0.hasSuffix("/\(spec.id).json") } }
            let status: Item.Status
            switch evaluation?.status {
            case .passed?: status = .passed
            case .failed?: status = .failed
            default: status = .notStarted
            }
            items.append(Item(spec: spec, status: status, evaluation: evaluation, issues: outcome?.issues ?? []))
        }
        return CourseProgress(course: course, items: items, buildErrors: run.buildErrors)
    }

    /// The first exercise, in course order, that is not passed yet.
    var next: Item? { items.first { $0.status != .passed } }

    /// The first exercise not passed yet in the trainee's language, else in any language.
    func next(in locale: String) -> Item? {
        items.first { $0.status != .passed && $0.spec.locale == locale } ?? next
    }

    /// The language the trainee works in, judged from the exercises this run found started.
    func trainingLocale(requested: String?, io: CommandIO) -> String {
        let started = items.filter { $0.status != .notStarted }.map(\.spec)
        return CourseProgress.trainingLocale(requested: requested, started: started, io: io)
    }

    /// The language a trainee works in: the one asked for, else `FRONTLINE_LOCALE`, else the one most of the
    /// exercises they have started are in (English on a tie), else English.
    static func trainingLocale(requested: String?, started: [ExerciseSpec], io: CommandIO) -> String {
        if let requested { return requested }
        if let preferred = io.environment["FRONTLINE_LOCALE"].flatMap(Languages.pack(for:)) { return preferred.code }
        let counts = Dictionary(grouping: started, by: \.locale).mapValues(\.count)
        let english = counts["en"] ?? 0
        guard let (locale, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count > english else {
            return "en"
        }
        return locale
    }

    /// Reads `--locale` for a course command, rejecting a language the kit does not have.
    static func requestedLocale(_ arguments: ParsedArguments) throws(UsageError) -> String? {
        guard let locale = arguments.value("locale") else { return nil }
        // "pl-PL" and "da_DK" name the packs "pl" and "da".
        guard let pack = Languages.pack(for: locale) else { throw UsageError(LocaleError(code: locale).description) }
        return pack.code
    }

    /// The option every course command that picks an exercise for the trainee takes.
    static let localeOption = OptionSpec.value(
        "locale", short: "l", "code",
        help: "The language you train in (default: FRONTLINE_LOCALE, else the one you started in, else en).")

    /// A report of build errors, when the exercises do not compile.
    func buildFailure(_ io: CommandIO) -> Int32? {
        guard !buildErrors.isEmpty else { return nil }
        io.errors.write("Your exercises do not compile yet:\n")
        for error in buildErrors.prefix(20) { io.errors.write("  \(error)\n") }
        return CommandLineTool.ExitStatus.failure
    }
}

extension CourseProgress.Item {
    /// A one-line mark for the status.
    var mark: String {
        switch status {
        case .passed: return "✓"
        case .failed: return "✗"
        case .notStarted: return "·"
        }
    }

    /// Scores as "E 72 · C 80 · R 55", or a dash when not graded.
    var scores: String {
        guard let evaluation, status != .notStarted else { return "—" }
        return ScoreDimension.allCases.map { "\($0.title.prefix(1)) \(evaluation.score($0))" }.joined(separator: " · ")
    }
}
