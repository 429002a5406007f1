import Foundation

/// What one test did in a `swift test` run, read from Swift Testing's JSON event stream.
struct TestOutcome: Sendable, Equatable {
    /// How a test ended.
    enum Status: String, Sendable {
        case passed, failed, skipped
    }

    /// The test's id, e.g. `ExerciseTests.YourExercises/acknowledgeTheWait()/YourExercises.swift:30:6`.
    var id: String
    /// The display name, e.g. `01 · Acknowledge the wait`.
    var displayName: String
    /// The file that declares it.
    var file: String
    /// How it ended.
    var status: Status
    /// Issue comments, in order.
    var issues: [String]
    /// Why it was skipped, when it was.
    var skipReason: String?
    /// Files attached to it.
    var attachments: [String]
}

/// Reads Swift Testing's event stream (version 0) into one outcome per test function.
enum TestEventStream {
    /// The outcomes of every test function in the stream, in the order they were declared; malformed lines are counted.
    static func read(_ data: Data) -> (outcomes: [TestOutcome], malformedLines: Int) {
        var tests: [String: TestOutcome] = [:]
        var order: [String] = []
        var malformed = 0
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            guard let record = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let kind = record["kind"] as? String, let payload = record["payload"] as? [String: Any]
            else {
                malformed += 1
                continue
            }
            if kind == "test" {
                guard payload["kind"] as? String == "function", let id = payload["id"] as? String else { continue }
                let location = payload["sourceLocation"] as? [String: Any]
                tests[id] = TestOutcome(
                    id: id, displayName: payload["displayName"] as? String ?? payload["name"] as? String ?? id,
                    file: location?["fileID"] as? String ?? "", status: .passed, issues: [], skipReason: nil, attachments: [])
                order.append(id)
                continue
            }
            guard kind == "event", let event = payload["kind"] as? String, let testID = payload["testID"] as? String,
                tests[testID] != nil
            else { continue }
            switch event {
            case "issueRecorded":
                let issue = payload["issue"] as? [String: Any]
                if issue?["isKnown"] as? Bool == true { break }
                // A custom comment says it best; otherwise the messages carry the failed expectation.
                let comments = ((payload["_comments"] as? [String]) ?? []).filter { !$0.isEmpty }
                let messages = ((payload["messages"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }
                    .filter { $0 != "Issue recorded" }
                tests[testID]?.status = .failed
                tests[testID]?.issues.append((comments.isEmpty ? messages : comments).joined(separator: "\n"))
            case "testSkipped":
                tests[testID]?.status = .skipped
                tests[testID]?.skipReason = (payload["_comments"] as? [String])?.first
                    ?? ((payload["messages"] as? [[String: Any]])?.first?["text"] as? String)
            case "valueAttached":
                if let path = (payload["attachment"] as? [String: Any])?["path"] as? String {
                    tests[testID]?.attachments.append(path)
                }
            default:
                break
            }
        }
        return (order.compactMap { tests[$0] }, malformed)
    }
}

/// Runs `swift test` in the package with the event stream and attachments, as `frontline` commands grade work.
struct SwiftTestRun {
    /// The package root.
    var root: URL
    /// A `--filter` for swift test.
    var filter: String
    /// Exercises to grade (sets FRONTLINE_EXERCISE); nil grades all.
    var exercise: String?
    /// Package traits to enable.
    var traits: [String] = []

    /// What a run produced.
    struct Result {
        var exitCode: Int32
        var output: String
        var outcomes: [TestOutcome]
        var eventStream: Data
        /// Compiler errors from the output, when the build failed.
        var buildErrors: [String]
        /// The evaluations attached by exercise tests, by exercise id.
        var evaluations: [String: Data]
    }

    /// Runs the tests and reads what they reported.
    func run() throws -> Result {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-run-\(UUID().uuidString)")
        let attachments = work.appendingPathComponent("attachments")
        try FileManager.default.createDirectory(at: attachments, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let stream = work.appendingPathComponent("events.jsonl")
        var arguments = [
            "swift", "test", "--filter", filter, "--event-stream-output-path", stream.path,
            "--event-stream-version", "0", "--attachments-path", attachments.path,
        ]
        if !traits.isEmpty { arguments += ["--traits", traits.joined(separator: ",")] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        if let exercise { environment["FRONTLINE_EXERCISE"] = exercise } else { environment.removeValue(forKey: "FRONTLINE_EXERCISE") }
        process.environment = environment
        let log = work.appendingPathComponent("output.txt")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? handle.close()
        return try Result.read(eventStream: stream.path, attachments: attachments.path, log: log.path, exitCode: process.terminationStatus)
    }
}

extension SwiftTestRun.Result {
    /// A finished run read back from its event stream, attachments folder and console log, live or after the fact.
    ///
    /// No test reported means the build failed (the compiler's errors are kept); a stream that never says the run
    /// ended means something crashed part-way.
    static func read(eventStream: String, attachments: String, log: String?, exitCode: Int32? = nil) throws -> SwiftTestRun.Result {
        let events = (try? Data(contentsOf: URL(fileURLWithPath: eventStream))) ?? Data()
        let output = log.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        var evaluations: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: attachments)) ?? [] where name.hasSuffix(".json") {
            evaluations[String(name.dropLast(5))] = try? Data(contentsOf: URL(fileURLWithPath: attachments).appendingPathComponent(name))
        }
        let outcomes = TestEventStream.read(events).outcomes
        let errors = Array(Set(output.split(separator: "\n").filter { $0.contains(": error:") }.map(String.init))).sorted()
        let crashed = !outcomes.isEmpty && !String(decoding: events, as: UTF8.self).contains("\"runEnded\"")
        let buildErrors = outcomes.isEmpty && exitCode != 0
            ? (errors.isEmpty ? ["no test ran (the event stream is empty): \(output.suffix(1500))"] : errors) : []
        return SwiftTestRun.Result(
            exitCode: exitCode ?? (crashed ? 1 : 0),
            output: output + (crashed ? "\nThe test run stopped before it finished (a crash?)." : ""),
            outcomes: outcomes, eventStream: events, buildErrors: buildErrors, evaluations: evaluations)
    }
}
