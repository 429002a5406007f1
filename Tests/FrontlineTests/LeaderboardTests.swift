import Foundation
import Testing

@testable import Frontline
@testable import FrontlineCLI

/// Builds results files for tests, with totals that add up unless a test forges them.
enum ResultsFixture {
    static let digest = String(repeating: "a", count: 64)

    static func results(
        _ trainee: String, scores: [[Int]], passed: Int, timestamp: String = "2026-11-20T10:00:00Z", digest: String = digest
    ) -> TraineeResults {
        let tests = scores.enumerated().map { index, dims in
            TraineeResults.TestResult(
                name: "Exercise \(index + 1)", status: index < passed ? "pass" : "fail", message: nil, testCode: nil,
                taskID: index + 1, exercise: "e\(index + 1)", score: dims.reduce(0, +), maxScore: 300,
                dimensions: dims.isEmpty ? [:] : ["empathy": dims[0], "clarity": dims[1], "resolution": dims[2]])
        }
        return TraineeResults(
            status: "fail", message: nil, tests: tests, trainee: trainee, timestamp: timestamp, kitVersion: "0.1.0",
            graderDigest: digest)
    }

    static func data(_ results: TraineeResults) -> Data {
        (try? JSONEncoder().encode(results)) ?? Data()
    }
}

@Suite("Leaderboard", .tags(.commandLine))
struct LeaderboardTests {
    func board(_ files: [(String, Data)], anonymize: Bool = false) -> Leaderboard {
        Leaderboard.build(files: files.map { (source: $0.0, data: $0.1) }, expectedDigest: ResultsFixture.digest, anonymize: anonymize)
    }

    @Test("Ranks by latest points, keeps history and best, and awards each dimension")
    func ranking() {
        let ana1 = ResultsFixture.results("ana", scores: [[90, 90, 90], [80, 80, 80]], passed: 2, timestamp: "2026-11-20T10:00:00Z")
        let ana2 = ResultsFixture.results("ana", scores: [[50, 50, 50], []], passed: 0, timestamp: "2026-11-21T10:00:00Z")
        let ben = ResultsFixture.results("ben", scores: [[70, 95, 60], [70, 90, 60]], passed: 1)
        let result = board([("a1.json", ResultsFixture.data(ana1)), ("a2.json", ResultsFixture.data(ana2)), ("b.json", ResultsFixture.data(ben))])
        #expect(result.entries.map(\.trainee) == ["ben", "ana"])
        let ana = result.entries[1]
        #expect(ana.points == 150 && ana.bestPoints == 510 && ana.history.count == 2)
        #expect(result.awards.first { $0.dimension == "clarity" }?.trainee == "ben")
        #expect(result.flags.isEmpty)
    }

    @Test("Ties go to more exercises completed, then to whoever got there first")
    func ties() {
        let early = ResultsFixture.results("zoe", scores: [[50, 50, 50]], passed: 1, timestamp: "2026-11-20T09:00:00Z")
        let late = ResultsFixture.results("adam", scores: [[50, 50, 50]], passed: 1, timestamp: "2026-11-20T11:00:00Z")
        let fewer = ResultsFixture.results("bea", scores: [[50, 50, 50]], passed: 0, timestamp: "2026-11-20T08:00:00Z")
        let result = board([("1", ResultsFixture.data(late)), ("2", ResultsFixture.data(early)), ("3", ResultsFixture.data(fewer))])
        #expect(result.entries.map(\.trainee) == ["zoe", "adam", "bea"])
    }

    @Test("A tie goes to whoever first had the score, so resubmitting the same score costs no rank")
    func tieByFirstReach() {
        let ana1 = ResultsFixture.results("ana", scores: [[70, 70, 70]], passed: 1, timestamp: "2026-11-01T10:00:00Z")
        let ana2 = ResultsFixture.results("ana", scores: [[70, 70, 70]], passed: 1, timestamp: "2026-11-05T10:00:00Z")
        let ben = ResultsFixture.results("ben", scores: [[70, 70, 70]], passed: 1, timestamp: "2026-11-03T10:00:00Z")
        let result = board([
            ("a1", ResultsFixture.data(ana1)), ("a2", ResultsFixture.data(ana2)), ("b", ResultsFixture.data(ben)),
        ])
        #expect(result.entries.map(\.trainee) == ["ana", "ben"])
        #expect(result.entries[0].lastActivity == "2026-11-05T10:00:00Z")
        #expect(result.entries[0].reachedAt == "2026-11-01T10:00:00Z")
        // A score lost and won back counts from when it was won back.
        let cara1 = ResultsFixture.results("cara", scores: [[70, 70, 70]], passed: 1, timestamp: "2026-10-01T10:00:00Z")
        let cara2 = ResultsFixture.results("cara", scores: [[30, 30, 40]], passed: 1, timestamp: "2026-10-02T10:00:00Z")
        let cara3 = ResultsFixture.results("cara", scores: [[70, 70, 70]], passed: 1, timestamp: "2026-11-10T10:00:00Z")
        let again = board([
            ("c1", ResultsFixture.data(cara1)), ("c2", ResultsFixture.data(cara2)), ("c3", ResultsFixture.data(cara3)),
            ("b", ResultsFixture.data(ben)),
        ])
        #expect(again.entries.map(\.trainee) == ["ben", "cara"])
    }

    @Test("Timestamps are compared as moments; one that is no date is flagged and loses ties")
    func timestamps() {
        // 12:00 at +05:00 is 07:00 UTC, before 10:00 UTC, though it sorts after it as text.
        let east = ResultsFixture.results(
            "zoe", scores: [[60, 60, 60]], passed: 1, timestamp: "2026-11-20T12:00:00+05:00")
        let west = ResultsFixture.results("adam", scores: [[60, 60, 60]], passed: 1, timestamp: "2026-11-20T10:00:00Z")
        let bogus = ResultsFixture.results("al", scores: [[60, 60, 60]], passed: 1, timestamp: "0000")
        let fraction = ResultsFixture.results(
            "bo", scores: [[60, 60, 60]], passed: 1, timestamp: "2026-11-20T11:00:00.250Z")
        let result = board([
            ("w", ResultsFixture.data(west)), ("e", ResultsFixture.data(east)), ("x", ResultsFixture.data(bogus)),
            ("f", ResultsFixture.data(fraction)),
        ])
        #expect(result.entries.map(\.trainee) == ["zoe", "adam", "bo", "al"])
        #expect(result.flags.map(\.kind) == ["bad-timestamp"] && result.flags[0].trainee == "al")
    }

    @Test("Timestamps are read as RFC 3339, the same moments Foundation reads, and anything else is no moment")
    func timestampParsing() {
        let formatter = ISO8601DateFormatter()
        let valid = [
            "2026-11-20T10:00:00Z", "2024-02-29T23:59:59+05:30", "1969-12-31T23:00:00-01:00", "2000-03-01T00:00:00Z",
        ]
        for text in valid {
            #expect(Leaderboard.moment(text) == formatter.date(from: text), "\(text)")
        }
        #expect(Leaderboard.moment("2026-11-20T10:00:00.250Z")?.timeIntervalSince1970 == 1_795_168_800.25)
        for text in ["0000", "", "2026-11-20", "2026-13-01T00:00:00Z", "2025-02-29T00:00:00Z", "2026-11-20T10:00:00",
            "2026-11-20T10:00:00+0500", "2026-11-20T10:00:00Zjunk", "2026-11-20T10:00:00.Z", "２０２６-11-20T10:00:00Z"]
        {
            #expect(Leaderboard.moment(text) == nil, "\(text)")
        }
    }

    @Test("Nicknames do not change when other trainees join the cohort")
    func nicknamesIgnoreTheCohort() {
        let names = (0..<60).map { "trainee\($0)@example.com" }
        let files = names.map { name in
            (name, ResultsFixture.data(ResultsFixture.results(name, scores: [[50, 50, 50]], passed: 1)))
        }
        let alone = board([files[0]], anonymize: true).entries[0].trainee
        let together = board(files, anonymize: true)
        let original = together.entries.map(\.trainee)
        #expect(original.contains(alone), "\(alone) is not among \(original.prefix(5))…")
        #expect(Set(original).count == names.count, "every trainee has a nickname of their own")
    }

    @Test("Malformed, oversized, forged, duplicate and foreign files are flagged, never dropped silently, never a crash")
    func untrustedInput() {
        var forged = ResultsFixture.results("eve", scores: [[10, 10, 10]], passed: 0)
        forged.score = 9000
        forged.tests[0].score = 300
        let foreign = ResultsFixture.results("max", scores: [[60, 60, 60]], passed: 1, digest: String(repeating: "b", count: 64))
        let honest = ResultsFixture.results("ana", scores: [[60, 60, 60]], passed: 1)
        let result = board([
            ("garbage.json", Data("{not json".utf8)),
            ("binary.json", Data([0xFF, 0xFE, 0x00])),
            ("huge.json", Data(count: Leaderboard.maximumFileSize + 1)),
            ("forged.json", ResultsFixture.data(forged)),
            ("foreign.json", ResultsFixture.data(foreign)),
            ("honest.json", ResultsFixture.data(honest)),
            ("honest-copy.json", ResultsFixture.data(honest)),
            ("nobody.json", ResultsFixture.data(ResultsFixture.results("  ", scores: [], passed: 0))),
        ])
        let kinds = result.flags.map(\.kind)
        #expect(kinds.filter { $0 == "malformed" }.count == 2)
        for kind in ["oversized", "forged-total", "grader-mismatch", "duplicate", "missing-trainee"] {
            #expect(kinds.contains(kind), "no \(kind) flag in \(kinds)")
        }
        let eve = result.entries.first { $0.trainee == "eve" }
        #expect(eve?.points == 30, "forged totals are recomputed from the per-test data")
        #expect(eve?.flags.isEmpty == false)
        #expect(result.entries.filter { $0.trainee == "ana" }.count == 1)
    }

    @Test("Names are escaped in HTML, Markdown and CSV")
    func escaping() {
        let script = ResultsFixture.results("<script>alert(1)</script>", scores: [[60, 60, 60]], passed: 1)
        let formula = ResultsFixture.results("=cmd|' /C calc'!A0", scores: [[50, 50, 50]], passed: 1)
        let report = LeaderboardReport(board([("s", ResultsFixture.data(script)), ("f", ResultsFixture.data(formula))]))
        let html = report.html()
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("http://") && !html.contains("https://"), "the page makes no outside requests")
        #expect(html.contains("<svg"))
        let markdown = report.markdown()
        #expect(!markdown.contains("<script>") && markdown.contains("\\<script\\>"))
        let csv = report.csv()
        #expect(csv.contains("\"'=cmd|' /C calc'!A0\""))
        #expect(!csv.contains(",\"=cmd"))
    }

    @Test("Anonymised names are stable nicknames")
    func anonymize() {
        let files = [("a", ResultsFixture.data(ResultsFixture.results("ana@example.com", scores: [[60, 60, 60]], passed: 1)))]
        let first = board(files, anonymize: true).entries[0].trainee
        let second = board(files, anonymize: true).entries[0].trainee
        #expect(first == second && !first.contains("ana"))
    }

    @Test("The leaderboard command reads folders, writes atomically and reports missing paths")
    func command() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("week1"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try ResultsFixture.data(ResultsFixture.results("ana", scores: [[60, 60, 60]], passed: 1))
            .write(to: folder.appendingPathComponent("week1/ana.json"))
        try Data("oops".utf8).write(to: folder.appendingPathComponent("week1/bad.json"))
        let out = folder.appendingPathComponent("board.html")
        let result = CommandLineTool.run(
            arguments: ["leaderboard", folder.path, "--format", "html", "--out", out.path, "--grader-digest", ResultsFixture.digest])
        #expect(result.exitCode == 0)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("ana") && html.contains("malformed"))
        let missing = CommandLineTool.run(arguments: ["leaderboard", folder.appendingPathComponent("nope").path])
        #expect(missing.exitCode == 65 && missing.stderr.contains("no such file or folder"))
        let json = CommandLineTool.run(arguments: ["leaderboard", folder.path, "--format", "json", "--grader-digest", ResultsFixture.digest])
        #expect(json.stdout.contains("\"entries\"") && json.stdout.contains("\"best_points\""))

        // The same file named twice, or again through its folder, is read once and not flagged as a duplicate.
        let ana = folder.appendingPathComponent("week1/ana.json").path
        let twice = CommandLineTool.run(
            arguments: [
                "leaderboard", ana, ana, folder.path, "--format", "json", "--grader-digest", ResultsFixture.digest,
            ])
        #expect(!twice.stdout.contains("\"duplicate\""), "\(twice.stdout)")

        // A mistyped path leaves a good board as it was.
        let before = try Data(contentsOf: out)
        let typo = CommandLineTool.run(
            arguments: ["leaderboard", ana, folder.appendingPathComponent("week2").path, "--out", out.path,
                "--grader-digest", ResultsFixture.digest])
        #expect(typo.exitCode == 65 && typo.stderr.contains("Not writing"))
        #expect(try Data(contentsOf: out) == before)

        // A folder or a missing folder as --out is one plain sentence, not a Foundation dump.
        let intoFolder = CommandLineTool.run(
            arguments: ["leaderboard", ana, "--out", folder.path, "--grader-digest", ResultsFixture.digest])
        #expect(intoFolder.exitCode == 65 && intoFolder.stderr.contains("it is a folder"))
        let noParent = CommandLineTool.run(
            arguments: ["leaderboard", ana, "--out", folder.appendingPathComponent("nope/board.md").path,
                "--grader-digest", ResultsFixture.digest])
        #expect(noParent.exitCode == 65 && noParent.stderr.contains("does not exist"))
        #expect(!noParent.stderr.contains("NSCocoaErrorDomain"))

        // Outside a kit, with no digest given, the grader check cannot run, and the user is told so.
        let outside = CommandLineTool.run(arguments: ["leaderboard", ana], workingDirectory: folder.path)
        #expect(outside.stderr.contains("not inside a Frontline kit"))
    }

    @Test("SHA-256 matches the published test vectors")
    func sha256() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

@Suite("frontline results", .tags(.commandLine))
struct ResultsTests {
    @Test("Results are built from a run's event stream and attachments; totals add up")
    func fromEventStream() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        let attachments = folder.appendingPathComponent("attachments")
        try FileManager.default.createDirectory(at: attachments, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let evaluation = ExerciseEvaluation(
            exercise: "01-acknowledge-the-wait", status: .passed, scores: ["empathy": 80, "clarity": 75, "resolution": 50],
            checks: [], runs: [])
        try JSONEncoder().encode(evaluation).write(to: attachments.appendingPathComponent("01-acknowledge-the-wait.json"))
        let stream = """
            {"kind":"test","payload":{"kind":"function","id":"T/e01","displayName":"01 · Acknowledge the wait","sourceLocation":{"fileID":"ExerciseTests/YourExercises.swift"}},"version":0}
            {"kind":"event","payload":{"kind":"testStarted","testID":"T/e01","messages":[]},"version":0}
            {"kind":"event","payload":{"kind":"valueAttached","testID":"T/e01","attachment":{"path":"\(attachments.path)/01-acknowledge-the-wait.json"}},"version":0}
            {"kind":"event","payload":{"kind":"testEnded","testID":"T/e01","messages":[]},"version":0}
            not json at all
            {"kind":"event","payload":{"kind":"runEnded"},"version":0}
            """
        let events = folder.appendingPathComponent("events.jsonl")
        try stream.write(to: events, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("results.json")
        let result = CommandLineTool.run(
            arguments: ["results", "--trainee", "ana", "--event-stream", events.path, "--attachments", attachments.path, "--out", out.path],
            workingDirectory: PackagePaths.root.path)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let results = try JSONDecoder().decode(TraineeResults.self, from: Data(contentsOf: out))
        #expect(results.version == 3 && results.trainee == "ana")
        let first = try #require(results.tests.first)
        #expect(first.status == "pass" && first.score == 205 && first.maxScore == 300)
        #expect(results.tests.dropFirst().allSatisfy { $0.status == "fail" && $0.score == 0 })
        #expect(results.score == 205 && results.graderDigest.count == 64)
    }

    @Test("A build that failed still writes results with status error and the compiler's message")
    func buildError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let events = folder.appendingPathComponent("events.jsonl")
        try Data().write(to: events)
        let log = folder.appendingPathComponent("log.txt")
        try "Exercises/01/X.swift:3:5: error: cannot find 'foo' in scope\n".write(to: log, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("results.json")
        let result = CommandLineTool.run(
            arguments: ["results", "--trainee", "ana", "--event-stream", events.path, "--attachments", folder.path, "--output-log", log.path, "--out", out.path],
            workingDirectory: PackagePaths.root.path)
        #expect(result.exitCode == 1)
        let results = try JSONDecoder().decode(TraineeResults.self, from: Data(contentsOf: out))
        #expect(results.status == "error")
        #expect(results.message?.contains("cannot find 'foo' in scope") == true)
    }
}

@Suite("Leaderboard: forged data and anonymity")
struct LeaderboardForgeryTests {
    @Test("Extra dimension keys and repeated exercises do not inflate a total")
    func forgedDimensions() {
        var results = ResultsFixture.results("eve", scores: [[50, 50, 50]], passed: 1)
        results.tests[0].dimensions["bonus"] = 100
        results.tests[0].score = 250
        results.tests += Array(repeating: results.tests[0], count: 5)
        results.score = results.tests.reduce(0) { $0 + $1.score }
        let board = Leaderboard.build(files: [("eve.json", ResultsFixture.data(results))], expectedDigest: ResultsFixture.digest, anonymize: false)
        #expect(board.entries[0].points == 150)
        #expect(board.flags.contains { $0.kind == "duplicate" } && board.flags.contains { $0.kind == "forged-total" })
    }

    @Test("Anonymised output hides file names, and nicknames do not depend on rank")
    func anonymityHoldsAcrossRankings() {
        var files = [("cohort/ana-smith.json", ResultsFixture.data(ResultsFixture.results("ana smith", scores: [[90, 90, 90]], passed: 1)))]
        files.append(("cohort/bad.json", Data("{".utf8)))
        let first = Leaderboard.build(files: files, expectedDigest: ResultsFixture.digest, anonymize: true)
        #expect(!first.flags.contains { $0.source.contains("ana") })
        files.append(("cohort/zed.json", ResultsFixture.data(ResultsFixture.results("zed", scores: [[99, 99, 99]], passed: 1))))
        let second = Leaderboard.build(files: files, expectedDigest: ResultsFixture.digest, anonymize: true)
        let anaFirst = first.entries[0].trainee
        #expect(second.entries.contains { $0.trainee == anaFirst })
    }
}
