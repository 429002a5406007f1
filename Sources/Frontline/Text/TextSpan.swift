/// A half-open range of Unicode scalar offsets into a text, so tools in any language can slice the same words.
public struct TextSpan: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The offset of the first scalar in the span.
    public var start: Int
    /// The offset just past the last scalar in the span.
    public var end: Int

    /// Creates a span from its first offset and the offset just past its end.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The number of Unicode scalars the span covers.
    public var length: Int { end - start }

    /// The smallest span that covers both this span and `other`.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(start: min(start, other.start), end: max(end, other.end))
    }

    /// Orders spans by start, then by end.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    /// The span written as `start..<end`.
    public var description: String { "\(start)..<\(end)" }
}

extension String {
    /// The part of the string that a scalar-offset span covers, or nil when the span lies outside it.
    public func slice(_ span: TextSpan) -> String? {
        let scalars = unicodeScalars
        guard span.start >= 0, span.end <= scalars.count else { return nil }
        let lower = scalars.index(scalars.startIndex, offsetBy: span.start)
        let upper = scalars.index(lower, offsetBy: span.length)
        return String(scalars[lower..<upper])
    }
}
