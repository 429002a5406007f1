import Foundation
import Frontline

/// `frontline results`: grades every exercise with the real suites and writes one results file for the run.
struct ResultsCommand: FrontlineCommand {
    static let spec = CommandSpec(
        name: "results",
        abstract: "Grade every exercise with swift test and write a results file (Exercism results.json v3, extended).",
        discussion: """
            By default runs 'swift test' with Swift Testing's event stream and attachments. With --event-stream and
            --attachments, builds the results from a run already made (as the classroom workflow does). A build
            error or crash still writes a results file, with status "error" and the compiler's message.
            """,
        options: [
            .value("trainee", short: "t", "id", help: "Who the results belong to (default: git config user.email)."),
            .value("out", short: "o", "path", help: "The file to write (default: frontline-results/<trainee>-<time>.json)."),
            .value("event-stream", "file", help: "Read a finished run's event stream instead of running swift test."),
            .value("attachments", "folder", help: "The finished run's attachments folder (with --event-stream)."),
            .value("output-log", "file", help: "The finished run's console output, for compiler messages (with --event-stream)."),
            .flag("include-code", help: "Put each exercise's code in the results (test_code)."),
        ])

    let trainee: String?
    let out: String?
    let eventStream: String?
    let attachments: String?
    let outputLog: String?
    let includeCode: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.isEmpty else { throw UsageError("'results' takes no arguments.") }
        trainee = arguments.value("trainee")
        out = arguments.value("out")
        eventStream = arguments.value("event-stream")
        attachments = arguments.value("attachments")
        outputLog = arguments.value("output-log")
        includeCode = arguments.flag("include-code")
        if (eventStream == nil) != (attachments == nil) {
            throw UsageError("--event-stream and --attachments go together.")
        }
        if let trainee, trainee.trimmingCharacters(in: .whitespaces).isEmpty { throw UsageError("--trainee cannot be empty.") }
    }

    func run(_ io: CommandIO) throws -> Int32 {
        let course = try CourseProgress.library(io)
        let run: SwiftTestRun.Result
        if let eventStream, let attachments {
            for (option, path) in [("--event-stream", eventStream), ("--attachments", attachments)]
            where !FileManager.default.fileExists(atPath: resolve(path, io)) {
                throw DataError("\(option): no such file or folder: \(path)")
            }
            run = try SwiftTestRun.Result.read(
                eventStream: resolve(eventStream, io), attachments: resolve(attachments, io), log: outputLog.map { resolve($0, io) })
        } else {
            if io.outputIsTerminal { io.errors.write("Grading with swift test…\n") }
            run = try SwiftTestRun(root: course.root, filter: "YourExercises", exercise: nil).run()
        }
        let who = trainee ?? ResultsCommand.gitIdentity(in: course.root) ?? io.environment["USER"] ?? "unknown"
        let results = ResultsBuilder(course: course, includeCode: includeCode).build(run, trainee: who, now: Date())
        let path = out.map { resolve($0, io) } ?? course.root.appendingPathComponent(
            "frontline-results/\(ResultsCommand.slug(who))-\(results.timestamp.replacingOccurrences(of: ":", with: "")).json").path
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(results).write(to: url, options: .atomic)
        io.output.write(
            "Wrote \(path): \(results.score)/\(results.maxScore) points, \(results.completed) of \(results.tests.count) exercises passed, status \(results.status).\n")
        if let message = results.message { io.errors.write("\(message)\n") }
        return results.status == "error" ? CommandLineTool.ExitStatus.failure : CommandLineTool.ExitStatus.success
    }

    private func resolve(_ path: String, _ io: CommandIO) -> String {
        path.hasPrefix("/") ? path : io.workingDirectory + "/" + path
    }

    /// `git config user.email` (or user.name) in the folder, if git answers.
    static func gitIdentity(in root: URL) -> String? {
        for key in ["user.email", "user.name"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "config", key]
            process.currentDirectoryURL = root
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return nil }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let value = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if process.terminationStatus == 0 && !value.isEmpty { return value }
        }
        return nil
    }

    /// A file-name-safe form of a trainee id.
    static func slug(_ text: String) -> String {
        let allowed = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(String(allowed).split(separator: "-").joined(separator: "-").prefix(40))
    }
}

/// Builds a results file from what `swift test` really emitted: outcomes, attached evaluations, build errors.
struct ResultsBuilder {
    let course: CourseLibrary
    let includeCode: Bool

    func build(_ run: SwiftTestRun.Result, trainee: String, now: Date) -> TraineeResults {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let timestamp = formatter.string(from: now)
        let digest = GraderDigest.compute(root: course.root)
        if !run.buildErrors.isEmpty {
            return TraineeResults(
                status: "error", message: "The exercises did not build:\n" + run.buildErrors.prefix(30).joined(separator: "\n"), tests: [],
                trainee: trainee, timestamp: timestamp, kitVersion: CommandLineTool.version, graderDigest: digest)
        }
        let decoder = JSONDecoder()
        var tests: [TraineeResults.TestResult] = []
        for (index, spec) in course.exercises.enumerated() {
            let evaluation = run.evaluations[spec.id].flatMap { try? decoder.decode(ExerciseEvaluation.self, from: $0) }
            let outcome = run.outcomes.first { $0.attachments.contains { $0.hasSuffix("/\(spec.id).json") } }
                ?? run.outcomes.first { $0.displayName.hasPrefix(String(spec.id.prefix(2)) + " ") }
            let code = includeCode ? (try? String(contentsOf: course.workFile(of: spec), encoding: .utf8)) : nil
            let name = outcome?.displayName ?? spec.title
            let started = evaluation.map { $0.status != .notStarted } ?? false
            let dimensions = started ? (evaluation?.scores ?? [:]) : [:]
            let status: String
            let message: String?
            switch (evaluation?.status, outcome?.status) {
            case (.passed?, _): (status, message) = ("pass", nil)
            case (.failed?, _): (status, message) = ("fail", outcome?.issues.joined(separator: "\n") ?? "Below the pass marks.")
            case (_, .failed?): (status, message) = ("error", outcome?.issues.joined(separator: "\n"))
            default: (status, message) = ("fail", "Not started: open Exercises/\(spec.id)/\(spec.workFile).")
            }
            tests.append(
                TraineeResults.TestResult(
                    name: name, status: status, message: message, testCode: code, taskID: index + 1, exercise: spec.id,
                    score: dimensions.values.reduce(0, +), maxScore: 300, dimensions: dimensions))
        }
        let crashed = run.output.contains("The test run stopped before it finished")
        let status = crashed ? "error" : tests.allSatisfy { $0.status == "pass" } ? "pass" : "fail"
        return TraineeResults(
            status: status, message: crashed ? String(run.output.suffix(1500)) : nil, tests: tests, trainee: trainee,
            timestamp: timestamp, kitVersion: CommandLineTool.version, graderDigest: digest)
    }
}
