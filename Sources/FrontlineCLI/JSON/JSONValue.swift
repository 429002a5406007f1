/// Any JSON value, read by a small strict parser so JSON Lines input streams fast without Foundation's decoder.
enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// A parse error with the byte offset it was found at.
    struct ParseError: Error, Equatable {
        var offset: Int
        var reason: String
    }

    /// Parses exactly one JSON value (with surrounding white space) from UTF-8 bytes.
    static func parse(_ bytes: ArraySlice<UInt8>) throws(ParseError) -> JSONValue {
        var parser = Parser(bytes: bytes)
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.index == bytes.endIndex else {
            throw ParseError(offset: parser.index - bytes.startIndex, reason: "text after the value")
        }
        return value
    }

    /// Writes the value as compact JSON.
    func write(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.raw("null")
        case .bool(let value): writer.raw(value ? "true" : "false")
        case .number(let text): writer.bytes.append(contentsOf: text.utf8)
        case .string(let text): writer.string(text)
        case .array(let values):
            writer.raw("[")
            for (index, value) in values.enumerated() {
                if index > 0 { writer.raw(",") }
                value.write(to: &writer)
            }
            writer.raw("]")
        case .object(let fields):
            writer.raw("{")
            for (index, key) in fields.keys.sorted().enumerated() {
                if index > 0 { writer.raw(",") }
                writer.string(key)
                writer.raw(":")
                fields[key]!.write(to: &writer)
            }
            writer.raw("}")
        }
    }

    private struct Parser {
        let bytes: ArraySlice<UInt8>
        var index: Int
        static let maximumDepth = 256

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            self.index = bytes.startIndex
        }

        mutating func skipWhitespace() {
            while index < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        func fail(_ reason: String) -> ParseError { ParseError(offset: index - bytes.startIndex, reason: reason) }

        mutating func value(depth: Int) throws(ParseError) -> JSONValue {
            guard depth < Parser.maximumDepth else { throw fail("nested too deeply") }
            guard index < bytes.endIndex else { throw fail("unexpected end") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            default: return try number()
            }
        }

        mutating func literal(_ word: StaticString, _ value: JSONValue) throws(ParseError) -> JSONValue {
            let count = word.utf8CodeUnitCount
            guard bytes.endIndex - index >= count else { throw fail("bad literal") }
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
            guard bytes[index..<index + count].elementsEqual(expected) else { throw fail("bad literal") }
            index += count
            return value
        }

        mutating func number() throws(ParseError) -> JSONValue {
            let start = index
            if index < bytes.endIndex && bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.endIndex, isDigit(bytes[index]) else { throw fail("unexpected character") }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else {
                while index < bytes.endIndex && isDigit(bytes[index]) { index += 1 }
            }
            if index < bytes.endIndex && bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard index < bytes.endIndex, isDigit(bytes[index]) else { throw fail("bad number") }
                while index < bytes.endIndex && isDigit(bytes[index]) { index += 1 }
            }
            if index < bytes.endIndex && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
                index += 1
                if index < bytes.endIndex && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                    index += 1
                }
                guard index < bytes.endIndex, isDigit(bytes[index]) else { throw fail("bad number") }
                while index < bytes.endIndex && isDigit(bytes[index]) { index += 1 }
            }
            return .number(String(decoding: bytes[start..<index], as: UTF8.self))
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        mutating func string() throws(ParseError) -> String {
            index += 1  // the opening quote
            let start = index
            // Fast path: no escapes.
            while index < bytes.endIndex {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = String(decoding: bytes[start..<index], as: UTF8.self)
                    index += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                guard byte >= 0x20 else { throw fail("control character in string") }
                index += 1
            }
            var output = Array(bytes[start..<index])
            while index < bytes.endIndex {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(decoding: output, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard index < bytes.endIndex else { throw fail("unfinished escape") }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
                    case UInt8(ascii: "b"): output.append(0x08)
                    case UInt8(ascii: "f"): output.append(0x0C)
                    case UInt8(ascii: "n"): output.append(0x0A)
                    case UInt8(ascii: "r"): output.append(0x0D)
                    case UInt8(ascii: "t"): output.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800...0xDBFF).contains(scalar) {
                            // A surrogate pair: a high half must be followed by \u and a low half.
                            guard bytes.endIndex - index >= 6, bytes[index] == UInt8(ascii: "\\"),
                                bytes[index + 1] == UInt8(ascii: "u")
                            else { throw fail("lone surrogate") }
                            index += 2
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw fail("lone surrogate") }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00...0xDFFF).contains(scalar) {
                            throw fail("lone surrogate")
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { throw fail("bad \\u escape") }
                        output.append(contentsOf: Array(String(unicode).utf8))
                    default:
                        throw fail("bad escape")
                    }
                default:
                    guard byte >= 0x20 else { throw fail("control character in string") }
                    output.append(byte)
                }
            }
            throw fail("unterminated string")
        }

        mutating func hex4() throws(ParseError) -> UInt32 {
            guard bytes.endIndex - index >= 4 else { throw fail("bad \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                index += 1
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: throw fail("bad \\u escape")
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }

        mutating func array(depth: Int) throws(ParseError) -> JSONValue {
            index += 1
            var values: [JSONValue] = []
            skipWhitespace()
            if index < bytes.endIndex && bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(values)
            }
            while true {
                skipWhitespace()
                values.append(try value(depth: depth + 1))
                skipWhitespace()
                guard index < bytes.endIndex else { throw fail("unterminated array") }
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "]") { return .array(values) }
                guard byte == UInt8(ascii: ",") else { throw fail("expected , or ]") }
            }
        }

        mutating func object(depth: Int) throws(ParseError) -> JSONValue {
            index += 1
            var fields: [String: JSONValue] = [:]
            skipWhitespace()
            if index < bytes.endIndex && bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(fields)
            }
            while true {
                skipWhitespace()
                guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a key") }
                let key = try string()
                skipWhitespace()
                guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") else { throw fail("expected :") }
                index += 1
                skipWhitespace()
                fields[key] = try value(depth: depth + 1)
                skipWhitespace()
                guard index < bytes.endIndex else { throw fail("unterminated object") }
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "}") { return .object(fields) }
                guard byte == UInt8(ascii: ",") else { throw fail("expected , or }") }
            }
        }
    }
}

/// Writes compact JSON into a byte buffer, escaping strings as RFC 8259 requires.
struct JSONWriter {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    /// Appends constant text that is already JSON, such as `,"points":`, without building a string.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a number, digit by digit from the most significant.
    mutating func number(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Appends a string literal with quotes and escapes; runs that need no escape are copied whole.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        let wasAppended: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        if wasAppended == nil {
            var text = text
            text.withUTF8 { appendEscaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `utf8` escaped, without quotes; eight bytes at a time are checked at once for anything to escape.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var runStart = 0
        var index = 0
        while index < utf8.count {
            if utf8.count - index >= 8
                && !JSONWriter.needsEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            {
                index += 8
                continue
            }
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                escape(byte)
                runStart = index + 1
            }
            index += 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// Whether any of the eight bytes in `block` is a control character, a quote or a backslash.
    @inline(__always)
    private static func needsEscape(_ block: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let hasControl = (block &- ones &* 0x20) & ~block & highs != 0
        return hasControl || hasZeroByte(block ^ (ones &* 0x22)) || hasZeroByte(block ^ (ones &* 0x5C))
    }

    /// Appends the escape for one byte that JSON strings may not hold as it is.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    /// Appends `"key":` for a key that needs no escape.
    mutating func key(_ name: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }
}
