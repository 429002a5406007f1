import Foundation
import Frontline

/// Scores a JSON Lines stream line by line: one result or one error object per non-empty input line, in order.
struct JSONLinesScorer {
    /// The language for lines that name none; nil detects each line's language.
    let defaultLocale: String?
    let grader = ReplyGrader()

    /// One scored line: the id as given, the three scores, the findings and the language.
    struct ScoredLine: Encodable {
        var id: JSONValue
        var empathy: Int
        var clarity: Int
        var resolution: Int
        var findings: [Finding]
        var locale: String
        var localeSource: String

        enum CodingKeys: String, CodingKey {
            case id, empathy, clarity, resolution, findings, locale, localeSource = "locale_source"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(empathy, forKey: .empathy)
            try container.encode(clarity, forKey: .clarity)
            try container.encode(resolution, forKey: .resolution)
            try container.encode(findings, forKey: .findings)
            try container.encode(locale, forKey: .locale)
            try container.encode(localeSource, forKey: .localeSource)
        }
    }

    /// One line that could not be scored, with its number and why.
    struct FailedLine: Encodable, Error {
        var id: JSONValue
        var line: Int
        var error: String

        enum CodingKeys: String, CodingKey { case id, line, error }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(line, forKey: .line)
            try container.encode(error, forKey: .error)
        }
    }

    /// Scores every line of `reader` into `output` and returns how many lines failed.
    func score(_ reader: ChunkReader, to output: OutputSink) -> Int {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var failures = 0
        while let bytes = reader.nextLine() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let line = reader.lineNumber
            let encoded: Data?
            switch scoredLine(bytes, number: line) {
            case .success(let result):
                encoded = try? encoder.encode(result)
            case .failure(let failure):
                failures += 1
                encoded = try? encoder.encode(failure)
            }
            output.write(String(decoding: encoded ?? Data("{\"id\":null,\"line\":\(line),\"error\":\"could not encode\"}".utf8), as: UTF8.self) + "\n")
        }
        output.flush()
        return failures
    }

    private func scoredLine(_ bytes: ArraySlice<UInt8>, number: Int) -> Result<ScoredLine, FailedLine> {
        func failure(_ id: JSONValue, _ message: String) -> Result<ScoredLine, FailedLine> {
            .failure(FailedLine(id: id, line: number, error: message))
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return failure(.null, "the line is not valid UTF-8")
        }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)) else {
            return failure(.null, "the line is not valid JSON")
        }
        guard case .object(let fields) = value else {
            return failure(.null, "the line must be a JSON object")
        }
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
        do {
            let card = try grader.grade(reply: reply, customer: customer, locale: locale)
            return .success(
                ScoredLine(
                    id: id, empathy: card.empathy, clarity: card.clarity, resolution: card.resolution,
                    findings: card.findings, locale: card.locale, localeSource: card.localeSource))
        } catch {
            return failure(id, error.description)
        }
    }
}

/// Any JSON value, for reading lines whose fields may have any type.
enum JSONValue: Codable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let bool): try container.encode(bool)
        case .number(let number):
            if number == number.rounded() && abs(number) < 1e15 {
                try container.encode(Int64(number))
            } else {
                try container.encode(number)
            }
        case .string(let string): try container.encode(string)
        case .array(let array): try container.encode(array)
        case .object(let object): try container.encode(object)
        }
    }
}
