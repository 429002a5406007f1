/// Renders a scorecard for people: scores with bars, then every finding with its points, quoted words and advice.
public struct TextReport: Sendable {
    /// True to use ANSI colours (only when writing to a terminal).
    public var usesColor: Bool

    /// Creates a renderer.
    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    /// The report for one scorecard.
    ///
    /// Headings and labels are in the language the reply was graded in, like its findings.
    public func render(_ card: Scorecard) -> String {
        let wording = CourseWording.forLocale(card.locale)
        var lines: [String] = []
        for dimension in ScoreDimension.allCases {
            let score = card.score(dimension)
            let filled = score / 5
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: 20 - filled)
            let name = wording.title(of: dimension).padding(to: 11)
            lines.append("\(bold(name)) \(String(score).leftPadded(to: 3))/100  \(paint(bar, for: score))")
        }
        lines.append(wording.languageLine(for: card))
        for dimension in ScoreDimension.allCases {
            let findings = card.findings(on: dimension)
            lines.append("")
            lines.append(bold("\(wording.title(of: dimension)): \(wording.startsAt) \(dimension.baseline)"))
            if findings.isEmpty {
                lines.append("  \(wording.nothingMoved)")
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
    ///
    /// Headings and labels are in the language the reply was graded in, like its findings.
    public func render(_ card: Scorecard) -> String {
        let wording = CourseWording.forLocale(card.locale)
        var lines = ["| \(wording.tableHeaders.dimension) | \(wording.tableHeaders.score) |", "| --- | ---: |"]
        for dimension in ScoreDimension.allCases {
            lines.append("| \(wording.title(of: dimension)) | \(card.score(dimension)) |")
        }
        for dimension in ScoreDimension.allCases {
            lines += ["", "### \(wording.title(of: dimension)) (\(wording.startsAt) \(dimension.baseline))", ""]
            let findings = card.findings(on: dimension)
            if findings.isEmpty { lines.append("- \(wording.nothingMoved)") }
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

extension CourseWording {
    /// The dimension's name in this wording's language.
    func title(of dimension: ScoreDimension) -> String { dimensions[dimension] ?? dimension.title }

    /// The line naming the language a scorecard was graded in and how it was chosen.
    func languageLine(for card: Scorecard) -> String {
        say(languageLine, ["locale": card.locale, "source": sources[card.localeSource] ?? card.localeSource])
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
