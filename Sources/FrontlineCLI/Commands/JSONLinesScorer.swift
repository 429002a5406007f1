import Dispatch
import Foundation
import Frontline

/// Scores a JSON Lines stream: one result or one error object per non-empty input line, in input order.
///
/// Lines are read in batches and scored on every core; results are written in order, so output is the same
/// whatever the number of cores.
struct JSONLinesScorer: Sendable {
    /// The language for lines that name none; nil detects each line's language.
    let defaultLocale: String?
    let grader = ReplyGrader()
    /// Lines scored together; bounds memory however long the input is.
    static let batchSize = 2048

    /// Scores every line of `reader` into `output` and returns how many lines failed.
    ///
    /// While one batch is scored, the results of the one before are written, so cores do not wait on output; a
    /// batch's results are written once the next batch has been read (or the input ends).
    func score(_ reader: ChunkReader, to output: OutputSink) -> Int {
        var failures = 0
        var pending: [LineResult] = []
        func write(_ results: [LineResult]) {
            for result in results {
                if result.failed { failures += 1 }
                output.write(bytes: result.json)
            }
        }
        while true {
            var batch: [(number: Int, bytes: ArraySlice<UInt8>)] = []
            while batch.count < JSONLinesScorer.batchSize, let bytes = reader.nextLine() {
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                batch.append((reader.lineNumber, bytes))
            }
            guard !batch.isEmpty else { break }
            let scored = ResultBuffer(count: batch.count)
            let scoring = DispatchGroup()
            DispatchQueue.global().async(group: scoring) { [batch] in self.scoreInParallel(batch, into: scored) }
            write(pending)
            scoring.wait()
            pending = scored.results
        }
        write(pending)
        output.flush()
        return failures
    }

    /// One line's output: its JSON with a final newline, and whether it was an error.
    struct LineResult: Sendable {
        var json: [UInt8] = []
        var failed = false
    }

    /// A buffer that concurrent workers write disjoint elements of.
    private final class ResultBuffer: @unchecked Sendable {
        var results: [LineResult]
        init(count: Int) { results = Array(repeating: LineResult(), count: count) }
    }

    /// Scores a batch on every core; lines are handed out in small runs as cores come free, so none waits long for
    /// another to finish its share.
    private func scoreInParallel(_ batch: [(number: Int, bytes: ArraySlice<UInt8>)], into buffer: ResultBuffer) {
        // Four runs per core at least, so a small batch is still shared; at most sixteen lines a run.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let linesPerRun = max(1, min(16, batch.count / (cores * 4)))
        buffer.results.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: (batch.count + linesPerRun - 1) / linesPerRun) { run in
                for index in run * linesPerRun..<min(batch.count, run * linesPerRun + linesPerRun) {
                    results[index] = scoreLine(batch[index].bytes, number: batch[index].number)
                }
            }
        }
    }

    /// Scores one line, or describes why it cannot be scored.
    func scoreLine(_ bytes: ArraySlice<UInt8>, number: Int) -> LineResult {
        var writer = JSONWriter()
        writer.bytes.reserveCapacity(4096)
        func failure(_ id: JSONValue, _ message: String) -> LineResult {
            writer.raw("{")
            writer.key("id")
            id.write(to: &writer)
            writer.raw(",")
            writer.key("line")
            writer.number(number)
            writer.raw(",")
            writer.key("error")
            writer.string(message)
            writer.raw("}\n")
            return LineResult(json: writer.bytes, failed: true)
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { return failure(.null, "the line is not valid UTF-8") }
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes)
        } catch {
            return failure(.null, "the line is not valid JSON (\(error.reason) at byte \(error.offset))")
        }
        guard case .object(let fields) = value else { return failure(.null, "the line must be a JSON object") }
        let id = fields["id"] ?? .null
        guard let replyValue = fields["reply"] else { return failure(id, "missing \"reply\"") }
        guard case .string(let reply) = replyValue else { return failure(id, "\"reply\" must be a string") }
        var customer: String?
        switch fields["customer"] {
        case .none, .some(.null): break
        case .some(.string(let text)): customer = text
        default: return failure(id, "\"customer\" must be a string")
        }
        var locale = defaultLocale
        switch fields["locale"] {
        case .none, .some(.null): break
        case .some(.string(let text)): locale = text
        default: return failure(id, "\"locale\" must be a string")
        }
        let card: Scorecard
        do {
            card = try grader.grade(reply: reply, customer: customer, locale: locale)
        } catch {
            return failure(id, error.description)
        }
        writer.raw("{")
        writer.key("id")
        id.write(to: &writer)
        for dimension in ScoreDimension.allCases {
            writer.raw(",")
            writer.string(dimension.rawValue)
            writer.raw(":")
            writer.number(card.score(dimension))
        }
        writer.raw(",")
        writer.key("findings")
        writer.raw("[")
        for (index, finding) in card.findings.enumerated() {
            if index > 0 { writer.raw(",") }
            finding.write(to: &writer)
        }
        writer.raw("],")
        writer.key("locale")
        writer.string(card.locale)
        writer.raw(",")
        writer.key("locale_source")
        writer.string(card.localeSource)
        writer.raw("}\n")
        return LineResult(json: writer.bytes)
    }
}

extension Finding {
    /// Writes the finding as one JSON object with the contract's fields.
    func write(to writer: inout JSONWriter) {
        writer.raw("{\"dimension\":")
        writer.string(dimension.rawValue)
        writer.raw(",\"criterion\":")
        writer.string(criterion)
        writer.raw(",\"points\":")
        writer.number(points)
        writer.raw(",\"evidence\":")
        writer.string(evidence)
        if let range {
            writer.raw(",\"range\":{\"start\":")
            writer.number(range.start)
            writer.raw(",\"end\":")
            writer.number(range.end)
            writer.raw("}")
        }
        if let turn {
            writer.raw(",\"turn\":")
            writer.number(turn)
        }
        writer.raw(",\"message\":")
        writer.string(message)
        writer.raw(",\"advice\":")
        writer.string(advice)
        writer.raw("}")
    }
}
