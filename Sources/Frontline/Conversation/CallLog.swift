import Foundation

/// A real (anonymised) call log to grade: turns of customer and agent text, read from JSON or `Customer:` / `Agent:` lines.
///
/// ```text
/// Customer: My phone says no SIM since I moved my number.
/// Agent: That sounds frustrating. Did a new SIM card come with the contract?
/// Customer: Yes, in an envelope.
/// ```
public struct CallLog: Codable, Sendable {
    /// One turn of the log.
    public struct Turn: Codable, Hashable, Sendable {
        /// Who spoke.
        public var speaker: Speaker
        /// What they said.
        public var text: String
        /// The line the turn starts on in a text log.
        public var line: Int?
    }

    /// The turns in order.
    public var turns: [Turn]

    /// A problem reading a log, naming the line.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        /// What is wrong.
        public var description: String
    }

    /// Reads a log: JSON (`{"turns": [{"speaker", "text"}]}` or a bare array) or text lines starting `Customer:` / `Agent:`.
    ///
    /// In a text log a line without a speaker continues the previous turn; a first line without one is an error. A
    /// time in brackets before the speaker ("[10:02] Customer: …") is skipped. Either way a log needs an agent turn.
    public static func read(_ data: Data) throws(ReadError) -> CallLog {
        guard let text = String(data: data, encoding: .utf8) else { throw ReadError(description: "the log is not valid UTF-8") }
        let array = text.drop { $0.isWhitespace }.hasPrefix("[")
        let log = try looksLikeJSON(text) ? readJSON(data, array: array) : readLines(text)
        guard log.turns.contains(where: { $0.speaker == .agent }) else {
            throw ReadError(description: "the log has no agent turn to grade")
        }
        return log
    }

    /// True for an object, or an array whose first element is an object (or that is empty): "[10:02] Customer:"
    /// starts a text log with a time, not JSON.
    private static func looksLikeJSON(_ text: String) -> Bool {
        let start = text.drop { $0.isWhitespace }
        if start.hasPrefix("{") { return true }
        guard start.hasPrefix("[") else { return false }
        let next = start.dropFirst().drop { $0.isWhitespace }.first
        return next == "{" || next == "]"
    }

    private static func readJSON(_ data: Data, array: Bool) throws(ReadError) -> CallLog {
        let decoder = JSONDecoder()
        do {
            if array { return CallLog(turns: try decoder.decode([Turn].self, from: data)) }
            return try decoder.decode(CallLog.self, from: data)
        } catch {
            throw ReadError(description: "the JSON log does not read: \(CourseError.describe(error))")
        }
    }

    private static func readLines(_ text: String) throws(ReadError) -> CallLog {
        var turns: [Turn] = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            // A time in brackets ("[10:02]", "[2026-11-20 10:02:13]") is skipped; "[1] Open Settings" is text.
            if line.hasPrefix("["), let close = line.prefix(32).firstIndex(of: "]") {
                let inside = line[line.index(after: line.startIndex)..<close]
                if inside.contains(":") && inside.allSatisfy({ $0.isNumber || ":.-/ T".contains($0) }) {
                    line = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
                }
            }
            if let (speaker, rest) = speakerPrefix(line) {
                turns.append(Turn(speaker: speaker, text: rest, line: index + 1))
            } else if !turns.isEmpty {
                turns[turns.count - 1].text += " " + line
            } else {
                throw ReadError(description: "line \(index + 1): a turn must start with 'Customer:' or 'Agent:'")
            }
        }
        return CallLog(turns: turns)
    }

    private static func speakerPrefix(_ line: String) -> (Speaker, String)? {
        let lower = line.lowercased()
        let prefixes: [(String, Speaker)] = [
            ("customer:", .customer), ("client:", .customer), ("caller:", .customer), ("c:", .customer),
            ("agent:", .agent), ("consultant:", .agent), ("a:", .agent),
            ("klient:", .customer), ("konsultant:", .agent), ("kunde:", .customer), ("medarbejder:", .agent),
        ]
        for (prefix, speaker) in prefixes where lower.hasPrefix(prefix) {
            return (speaker, line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Grades every agent turn with the customer's preceding words as context, and averages the three scores.
    public func grade(locale: String?) throws(LocaleError) -> (turns: [(turn: Int, card: Scorecard)], overall: Scorecard) {
        var graded: [(turn: Int, card: Scorecard)] = []
        var lastCustomer: String?
        for (index, turn) in turns.enumerated() {
            if turn.speaker == .customer {
                lastCustomer = turn.text
                continue
            }
            let card = try ReplyGrader().grade(reply: turn.text, customer: lastCustomer, locale: locale)
            graded.append((index + 1, card))
        }
        var findings: [Finding] = []
        for dimension in ScoreDimension.allCases where !graded.isEmpty {
            let average = Int((Double(graded.map { $0.card.score(dimension) }.reduce(0, +)) / Double(graded.count)).rounded())
            let weakest = graded.min { $0.card.score(dimension) < $1.card.score(dimension) }
            findings.append(
                Finding(
                    dimension: dimension, criterion: "turn-average", points: average - dimension.baseline, evidence: "",
                    range: nil, message: "Average \(dimension.rawValue) over \(graded.count) agent turn(s): \(average).",
                    advice: "Start with the weakest turn (turn \(weakest?.turn ?? 0)).", turn: weakest?.turn))
        }
        let locale = graded.first?.card.locale ?? Languages.fallback.code
        return (graded, Scorecard(findings: findings, locale: locale, localeSource: graded.first?.card.localeSource ?? "default"))
    }
}
