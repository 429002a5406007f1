import Dispatch
import Foundation

/// A cohort ranked from trainees' results files, with every problem in the files flagged rather than dropped.
///
/// Ranking: most points in each trainee's latest results; ties go to more exercises completed, then to whoever
/// reached the score first (the start of their latest unbroken run at those points), then by trainee id.
public struct Leaderboard: Codable, Sendable {
    /// A problem found in the input, tied to its file and trainee where known.
    public struct Flag: Codable, Hashable, Sendable, Error {
        /// The file it was found in.
        public var source: String
        /// The trainee concerned, when known.
        public var trainee: String?
        /// What kind of problem: malformed, oversized, forged-total, duplicate, grader-mismatch, missing-trainee,
        /// bad-version, bad-timestamp.
        public var kind: String
        /// What is wrong, in one sentence.
        public var message: String
    }

    /// One point of a trainee's history.
    public struct Submission: Codable, Hashable, Sendable {
        /// When.
        public var timestamp: String
        /// Points then.
        public var points: Int
    }

    /// One ranked trainee.
    public struct Entry: Codable, Hashable, Sendable {
        /// 1 for the top.
        public var rank: Int
        /// The name shown (a stable nickname when anonymised).
        public var trainee: String
        /// Points in the latest results.
        public var points: Int
        /// Points possible in the latest results.
        public var maxPoints: Int
        /// The best points in any results.
        public var bestPoints: Int
        /// Average empathy, clarity and resolution over started exercises, latest results.
        public var dimensions: [String: Int]
        /// Exercises passed in the latest results.
        public var completed: Int
        /// The latest results' timestamp.
        public var lastActivity: String
        /// When the trainee first had their current points: the tie-break between equal scores.
        public var reachedAt: String
        /// Every submission, oldest first.
        public var history: [Submission]
        /// Problems flagged for this trainee.
        public var flags: [String]
    }

    /// An award for the best trainee on one dimension.
    public struct Award: Codable, Hashable, Sendable {
        /// The award's title, e.g. "Most empathetic".
        public var title: String
        /// The dimension.
        public var dimension: String
        /// The winner.
        public var trainee: String
        /// The winning score.
        public var score: Int
    }

    /// Ranked trainees.
    public var entries: [Entry]
    /// Awards per dimension.
    public var awards: [Award]
    /// Every problem found.
    public var flags: [Flag]
    /// Files read.
    public var filesRead: Int

    /// Largest results file accepted, in bytes.
    public static let maximumFileSize = 4 << 20

    /// Ranks the results in `files` (source name and bytes); `expectedDigest` flags results from another grader.
    public static func build(files: [(source: String, data: Data)], expectedDigest: String?, anonymize: Bool) -> Leaderboard {
        // Decode on every core; each file is independent.
        final class Slots: @unchecked Sendable {
            var results: [Result<TraineeResults, Flag>?]
            init(_ count: Int) { results = Array(repeating: nil, count: count) }
        }
        let slots = Slots(files.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count))
        slots.results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let decoder = JSONDecoder()
                for index in stride(from: worker, to: files.count, by: workers) {
                    buffer[index] = decode(files[index], decoder: decoder)
                }
            }
        }
        var flags: [Flag] = []
        var byTrainee: [String: [(source: String, results: TraineeResults)]] = [:]
        var seen: Set<String> = []
        var moments: [String: Date] = [:]
        for (index, slot) in slots.results.enumerated() {
            switch slot {
            case .failure(let flag)?:
                flags.append(flag)
            case .success(var results)?:
                let source = files[index].source
                let id = results.trainee.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                guard !id.isEmpty else {
                    flags.append(Flag(source: source, trainee: nil, kind: "missing-trainee", message: "the file names no trainee; it is not ranked"))
                    continue
                }
                guard seen.insert("\(id)\u{0}\(results.timestamp)").inserted else {
                    flags.append(Flag(source: source, trainee: results.trainee, kind: "duplicate", message: "the same trainee and timestamp appear in another file; counted once"))
                    continue
                }
                if let moment = Leaderboard.moment(results.timestamp) {
                    moments[results.timestamp] = moment
                } else {
                    let message = "timestamp '\(results.timestamp.prefix(40))' is not an RFC 3339 date and time with Z "
                        + "or an offset, such as 2026-11-20T10:00:00Z; counted as the oldest results and as last on ties"
                    flags.append(Flag(source: source, trainee: results.trainee, kind: "bad-timestamp", message: message))
                }
                flags += recompute(&results, source: source)
                if let expectedDigest, results.graderDigest != expectedDigest {
                    flags.append(Flag(source: source, trainee: results.trainee, kind: "grader-mismatch", message: "graded by a different grader (digest \(results.graderDigest.prefix(12))…, this kit \(expectedDigest.prefix(12))…)"))
                }
                byTrainee[id, default: []].append((source, results))
            case nil:
                break
            }
        }
        var entries: [Entry] = []
        // Times are compared as moments, so "12:00+05:00" comes before "10:00Z"; a timestamp that is no date is the
        // oldest results in a history and the last on a tie.
        func when(_ timestamp: String, unknown: Date) -> Date { moments[timestamp] ?? unknown }
        for (id, submissions) in byTrainee {
            let ordered = submissions.sorted {
                (when($0.results.timestamp, unknown: .distantPast), $0.source)
                    < (when($1.results.timestamp, unknown: .distantPast), $1.source)
            }
            guard let latest = ordered.last?.results else { continue }
            // The start of the latest unbroken run at the current points: a score lost and won back counts from
            // when it was won back.
            let run = ordered.reversed().prefix { $0.results.score == latest.score }
            let reached = run.last?.results.timestamp ?? latest.timestamp
            let traineeFlags = flags.filter { $0.trainee?.lowercased() == id }.map { "\($0.kind): \($0.message)" }
            entries.append(
                Entry(
                    rank: 0, trainee: latest.trainee, points: latest.score, maxPoints: latest.maxScore,
                    bestPoints: ordered.map(\.results.score).max() ?? latest.score, dimensions: latest.dimensions,
                    completed: latest.completed, lastActivity: latest.timestamp, reachedAt: reached,
                    history: ordered.map { Submission(timestamp: $0.results.timestamp, points: $0.results.score) },
                    flags: traineeFlags))
        }
        entries.sort { lhs, rhs in
            if lhs.points != rhs.points { return lhs.points > rhs.points }
            if lhs.completed != rhs.completed { return lhs.completed > rhs.completed }
            let left = when(lhs.reachedAt, unknown: .distantFuture)
            let right = when(rhs.reachedAt, unknown: .distantFuture)
            if left != right { return left < right }
            return lhs.trainee.lowercased() < rhs.trainee.lowercased()
        }
        for index in entries.indices { entries[index].rank = index + 1 }
        if anonymize { Leaderboard.anonymize(&entries, flags: &flags) }
        return Leaderboard(entries: entries, awards: awards(entries), flags: flags, filesRead: files.count)
    }

    /// The moment an RFC 3339 timestamp names ("2026-11-20T10:00:00Z", "2026-11-20T12:00:00.25+05:00"), or nil when
    /// it names none; read by hand, since a date formatter per file costs more than the rest of ranking.
    public static func moment(_ timestamp: String) -> Date? {
        let bytes = Array(timestamp.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        func mark(_ index: Int, _ allowed: String) -> Bool {
            index < bytes.count && allowed.utf8.contains(bytes[index])
        }
        guard let year = number(0, 4), mark(4, "-"), let month = number(5, 2), mark(7, "-"), let day = number(8, 2),
            mark(10, "Tt "), let hour = number(11, 2), mark(13, ":"), let minute = number(14, 2), mark(16, ":"),
            let second = number(17, 2), (1...12).contains(month), hour < 24, minute < 60, second <= 60
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...monthDays[month - 1]).contains(day) else { return nil }
        var index = 19
        var fraction = 0.0
        if mark(index, ".") {
            var scale = 0.1
            index += 1
            let digitsStart = index
            while let digit = number(index, 1) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > digitsStart else { return nil }
        }
        var offset = 0
        if mark(index, "Zz") {
            index += 1
        } else if mark(index, "+-"), let hours = number(index + 1, 2), mark(index + 3, ":"),
            let minutes = number(index + 4, 2), hours < 24, minutes < 60
        {
            offset = (hours * 60 + minutes) * 60 * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
            index += 6
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
        // Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    private static func decode(_ file: (source: String, data: Data), decoder: JSONDecoder) -> Result<TraineeResults, Flag> {
        guard file.data.count <= maximumFileSize else {
            return .failure(Flag(source: file.source, trainee: nil, kind: "oversized", message: "\(file.data.count) bytes, more than the \(maximumFileSize >> 20) MiB a results file may have; not read"))
        }
        do {
            let results = try decoder.decode(TraineeResults.self, from: file.data)
            guard results.version == 3 else {
                return .failure(Flag(source: file.source, trainee: results.trainee, kind: "bad-version", message: "version \(results.version), expected 3"))
            }
            return .success(results)
        } catch {
            return .failure(Flag(source: file.source, trainee: nil, kind: "malformed", message: "not a results file: \(CourseError.describe(error))"))
        }
    }

    /// Recomputes every total from the per-test data, flagging and correcting any total that does not add up.
    private static func recompute(_ results: inout TraineeResults, source: String) -> [Flag] {
        var flags: [Flag] = []
        var forged = false
        // One test per exercise: repeats of an exercise are flagged and left out.
        var exercises: Set<String> = []
        let before = results.tests.count
        results.tests = results.tests.filter { exercises.insert($0.exercise).inserted }
        if results.tests.count < before {
            forged = true
            flags.append(Flag(source: source, trainee: results.trainee, kind: "duplicate", message: "\(before - results.tests.count) exercise(s) appear more than once; only the first counts"))
        }
        let real = Set(ScoreDimension.allCases.map(\.rawValue))
        for index in results.tests.indices {
            var test = results.tests[index]
            // Only the three real dimensions count, each within 0–100.
            let clamped = test.dimensions.filter { real.contains($0.key) }.mapValues { min(100, max(0, $0)) }
            let points = test.status == "error" ? 0 : clamped.values.reduce(0, +)
            if clamped != test.dimensions || test.score != points || test.maxScore != 300 || (test.status == "pass" && clamped.isEmpty) {
                forged = true
                test.dimensions = clamped
                test.score = points
                test.maxScore = 300
                if test.status == "pass" && clamped.isEmpty { test.status = "fail" }
                results.tests[index] = test
            }
        }
        let score = results.tests.reduce(0) { $0 + $1.score }
        let maxScore = results.tests.reduce(0) { $0 + $1.maxScore }
        let dimensions = TraineeResults.averages(results.tests)
        if forged || score != results.score || maxScore != results.maxScore || dimensions != results.dimensions {
            flags.append(Flag(source: source, trainee: results.trainee, kind: "forged-total", message: "totals did not match the per-test data (claimed \(results.score), recomputed \(score)); recomputed values are used"))
            results.score = score
            results.maxScore = maxScore
            results.dimensions = dimensions
        }
        return flags
    }

    private static func awards(_ entries: [Entry]) -> [Award] {
        let titles: [(ScoreDimension, String)] = [(.empathy, "Most empathetic"), (.clarity, "Clearest"), (.resolution, "Best resolver")]
        return titles.compactMap { dimension, title in
            // Entries are in rank order, so max(by:) keeping the first of equals breaks ties by rank.
            let candidates = entries.filter { $0.completed > 0 && $0.dimensions[dimension.rawValue] != nil }
            guard let best = candidates.max(by: { ($0.dimensions[dimension.rawValue] ?? 0) < ($1.dimensions[dimension.rawValue] ?? 0) ? true : false }),
                let winner = candidates.first(where: { $0.dimensions[dimension.rawValue] == best.dimensions[dimension.rawValue] })
            else { return nil }
            return Award(title: title, dimension: dimension.rawValue, trainee: winner.trainee, score: winner.dimensions[dimension.rawValue] ?? 0)
        }
    }

    /// Replaces names with stable nicknames: the same trainee always gets the same one.
    private static func anonymize(_ entries: inout [Entry], flags: inout [Flag]) {
        let adjectives = ["Amber", "Brave", "Calm", "Clever", "Gentle", "Golden", "Honest", "Kind", "Lively", "Patient", "Quick", "Steady", "Swift", "Warm", "Wise", "Bright"]
        let animals = ["Otter", "Falcon", "Badger", "Heron", "Lynx", "Puffin", "Fox", "Owl", "Seal", "Wren", "Hare", "Bison", "Crane", "Koala", "Moose", "Robin"]
        // Names are given in order of trainee id, not rank, so a nickname never changes when the ranking does.
        var used: [String: Int] = [:]
        var names: [String: String] = [:]
        for original in entries.map({ $0.trainee.lowercased() }).sorted() {
            let hash = Persona.stableHash(original)
            // A number from the same hash makes clashes rare (1 in 22,784 per pair), so a nickname does not depend
            // on who else is in the cohort; a clash that still happens is told apart by a letter.
            var name = "\(adjectives[Int(hash % 16)]) \(animals[Int((hash / 16) % 16)]) \(10 + Int((hash / 256) % 89))"
            used[name, default: 0] += 1
            if let count = used[name], count > 1 {
                name += "-\(Character(Unicode.Scalar(UInt8(0x60 + min(count, 26)))))"
            }
            names[original] = name
        }
        for index in entries.indices { entries[index].trainee = names[entries[index].trainee.lowercased()] ?? "(anonymous)" }
        // File names often carry the trainee's name, so they are replaced too.
        for index in flags.indices {
            if let trainee = flags[index].trainee { flags[index].trainee = names[trainee.lowercased()] ?? "(anonymous)" }
            flags[index].source = "(file \(index + 1))"
        }
    }
}
