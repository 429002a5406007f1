import Foundation

/// One thing a QA lead looks for in a reply, with its rationale and the examples that document and test it.
public protocol Criterion: Sendable {
    /// The criterion's id, name, dimension, rationale and examples.
    var definition: CriterionDefinition { get }
    /// The findings this criterion raises on one reply; empty when it has nothing to say.
    func evaluate(_ reply: ReplyContext) -> [Finding]
}

/// What a criterion is: its stable id, its dimension, why it matters, and replies that should and should not trigger it.
public struct CriterionDefinition: Sendable {
    /// A stable kebab-case id, e.g. "talks-down"; findings and reports refer to it.
    public var id: String
    /// A short human name, e.g. "Talks down to the customer".
    public var name: String
    /// The dimension the criterion's findings move.
    public var dimension: ScoreDimension
    /// Why a QA lead cares, in one sentence.
    public var rationale: String
    /// Replies that must raise a finding (at the marked words) and replies that must not.
    public var examples: [CriterionExample]

    /// Creates a criterion definition.
    public init(id: String, name: String, dimension: ScoreDimension, rationale: String, examples: [CriterionExample]) {
        self.id = id
        self.name = name
        self.dimension = dimension
        self.rationale = rationale
        self.examples = examples
    }

    /// A finding of this criterion pointing at `span` of the reply, in the words of the reply's language.
    ///
    /// The English `message` and `advice` give way to the language's feedback for the criterion: for `variant` first
    /// when one is named, then for the criterion, each by the sign of `points` first. Each key of `values` in braces
    /// is filled in, and in the language's feedback `{evidence}` too. `dimension` replaces the criterion's own for a
    /// finding that moves another score.
    public func finding(
        _ points: Int, at span: TextSpan?, in reply: ReplyContext, message: String, advice: String,
        variant: String? = nil, values: [String: String] = [:], on dimension: ScoreDimension? = nil
    ) -> Finding {
        let evidence = span.map { reply.reply.quote($0) } ?? ""
        var message = message
        var advice = advice
        var localized = false
        let feedback = reply.language.feedback
        if !feedback.isEmpty,
            let text = FeedbackText.lookup(feedback, criterion: id, variant: variant, points: points)
        {
            message = text.message
            advice = text.advice
            localized = true
        }
        // Values go in by key order and the quoted words last, so words of the reply are never read as a placeholder.
        var fills = values.sorted { $0.key < $1.key }
        if localized { fills.append((key: "evidence", value: evidence)) }
        for (key, value) in fills {
            message = message.replacingOccurrences(of: "{\(key)}", with: value)
            advice = advice.replacingOccurrences(of: "{\(key)}", with: value)
        }
        return Finding(
            dimension: dimension ?? self.dimension, criterion: id, points: points, evidence: evidence, range: span,
            message: message, advice: advice)
    }
}

/// A reply that a criterion must (or must not) flag; `⟦` and `⟧` mark the words a finding must quote.
public struct CriterionExample: Sendable, CustomStringConvertible {
    /// Whether the example must raise a finding.
    public enum Expectation: String, Sendable {
        /// The criterion must raise at least one finding, at the marked words if any are marked.
        case triggers
        /// The criterion must raise no finding.
        case doesNotTrigger
    }

    /// The reply with `⟦…⟧` markers around the words findings must quote.
    public var markedReply: String
    /// The customer's message the reply answers, when the criterion needs it.
    public var customer: String?
    /// The language of the example.
    public var locale: String
    /// Whether the example must trigger the criterion.
    public var expectation: Expectation
    /// The file that declares the example, so a failing example is reported where it is written.
    public var fileID: String
    /// The file path that declares the example.
    public var filePath: String
    /// The line that declares the example.
    public var line: Int

    /// The reply as graded, without markers.
    public var reply: String { CriterionExample.parse(markedReply).text }
    /// The spans the markers enclose, in the reply without markers.
    public var markedSpans: [TextSpan] { CriterionExample.parse(markedReply).spans }

    /// An example that must raise a finding at the words marked with `⟦…⟧`.
    public static func triggering(
        _ markedReply: String, customer: String? = nil, locale: String = "en",
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line
    ) -> CriterionExample {
        CriterionExample(
            markedReply: markedReply, customer: customer, locale: locale, expectation: .triggers,
            fileID: fileID, filePath: filePath, line: line)
    }

    /// An example that must not raise a finding.
    public static func nonTriggering(
        _ reply: String, customer: String? = nil, locale: String = "en",
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line
    ) -> CriterionExample {
        CriterionExample(
            markedReply: reply, customer: customer, locale: locale, expectation: .doesNotTrigger,
            fileID: fileID, filePath: filePath, line: line)
    }

    /// The example as one line: where it is declared and its start.
    public var description: String {
        let short = markedReply.count > 60 ? String(markedReply.prefix(57)) + "..." : markedReply
        return "\(locale) \(expectation == .triggers ? "triggers" : "clean"): \(short)"
    }

    /// Removes `⟦…⟧` markers, returning the plain text and the spans they enclosed, in scalar offsets.
    static func parse(_ marked: String) -> (text: String, spans: [TextSpan]) {
        var view = String.UnicodeScalarView()
        var spans: [TextSpan] = []
        var open: Int?
        var offset = 0
        for scalar in marked.unicodeScalars {
            if scalar == "⟦" {
                open = offset
            } else if scalar == "⟧", let start = open {
                spans.append(TextSpan(start: start, end: offset))
                open = nil
            } else {
                view.append(scalar)
                offset += 1
            }
        }
        return (String(view), spans)
    }
}
