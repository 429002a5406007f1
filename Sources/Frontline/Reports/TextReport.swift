/// Renders a scorecard for people: scores with bars, then every finding with its points, quoted words and advice.
public struct TextReport: Sendable {
    /// True to use ANSI colours (only when writing to a terminal).
    public var usesColor: Bool

    /// Creates a renderer.
    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    /// The report for one scorecard.
    public func render(_ card: Scorecard) -> String {
        var lines: [String] = []
        for dimension in ScoreDimension.allCases {
            let score = card.score(dimension)
            let filled = score / 5
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: 20 - filled)
            let name = dimension.title.padding(to: 11)
            lines.append("\(bold(name)) \(String(score).leftPadded(to: 3))/100  \(paint(bar, for: score))")
        }
        lines.append("Language: \(card.locale) (\(card.localeSource))")
        for dimension in ScoreDimension.allCases {
            let findings = card.findings(on: dimension)
            lines.append("")
            lines.append(bold("\(dimension.title): starts at \(dimension.baseline)"))
            if findings.isEmpty {
                lines.append("  (nothing moved this score)")
            }
            for finding in findings {
                let points = finding.points > 0 ? "+\(finding.points)" : "\(finding.points)"
                let coloured = finding.points > 0 ? green(points.leftPadded(to: 4)) : finding.points < 0 ? red(points.leftPadded(to: 4)) : points.leftPadded(to: 4)
                let turn = finding.turn.map { " turn \($0)" } ?? ""
                lines.append("  \(coloured)  [\(finding.criterion)\(turn)] \(finding.message)")
                lines.append("        → \(finding.advice)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func bold(_ text: String) -> String { usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func green(_ text: String) -> String { usesColor ? "\u{1B}[32m\(text)\u{1B}[0m" : text }
    private func red(_ text: String) -> String { usesColor ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
    private func paint(_ bar: String, for score: Int) -> String {
        guard usesColor else { return bar }
        return score >= 70 ? green(bar) : score >= 40 ? "\u{1B}[33m\(bar)\u{1B}[0m" : red(bar)
    }
}

/// Renders a scorecard as Markdown, for pasting into feedback or an issue.
public struct MarkdownReport: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The Markdown for one scorecard.
    public func render(_ card: Scorecard) -> String {
        var lines = ["| ScoreDimension | Score |", "| --- | ---: |"]
        for dimension in ScoreDimension.allCases {
            lines.append("| \(dimension.title) | \(card.score(dimension)) |")
        }
        for dimension in ScoreDimension.allCases {
            lines += ["", "### \(dimension.title) (starts at \(dimension.baseline))", ""]
            let findings = card.findings(on: dimension)
            if findings.isEmpty { lines.append("- Nothing moved this score.") }
            for finding in findings {
                let points = finding.points > 0 ? "+\(finding.points)" : "\(finding.points)"
                lines.append(
                    "- **\(points)** `\(finding.criterion)` \(MarkdownReport.escape(finding.message)) "
                        + "*\(MarkdownReport.escape(finding.advice))*")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escapes text so Markdown shows it literally (no HTML, no emphasis, no table breaks).
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "<", ">", "!": result += "\\\(character)"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
