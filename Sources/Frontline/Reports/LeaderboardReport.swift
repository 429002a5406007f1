import Foundation

/// Renders a leaderboard as Markdown, CSV or a self-contained HTML page; every name is escaped for its format.
public struct LeaderboardReport: Sendable {
    /// The leaderboard to render.
    public var board: Leaderboard

    /// Creates a renderer.
    public init(_ board: Leaderboard) { self.board = board }

    // MARK: - Markdown

    /// A Markdown table, the awards and the flags.
    public func markdown() -> String {
        let md = MarkdownReport.escape
        var lines = [
            "# Leaderboard", "",
            "| Rank | Trainee | Points | Best | Empathy | Clarity | Resolution | Completed | Last activity |",
            "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        ]
        for entry in board.entries {
            let dims = ScoreDimension.allCases.map { entry.dimensions[$0.rawValue].map(String.init) ?? "–" }
            lines.append(
                "| \(entry.rank) | \(md(entry.trainee))\(entry.flags.isEmpty ? "" : " ⚑") | \(entry.points) | \(entry.bestPoints) | \(dims.joined(separator: " | ")) | \(entry.completed) | \(md(entry.lastActivity)) |")
        }
        if !board.awards.isEmpty {
            lines += ["", "## Awards", ""]
            for award in board.awards { lines.append("- **\(award.title)**: \(md(award.trainee)) (\(award.dimension) \(award.score))") }
        }
        if !board.flags.isEmpty {
            lines += ["", "## Flags", ""]
            for flag in board.flags {
                lines.append("- `\(flag.kind)` \(md(flag.source))\(flag.trainee.map { " (\(md($0)))" } ?? ""): \(md(flag.message))")
            }
        }
        lines += ["", "Ties are broken by exercises completed, then by who reached the score first, then by name."]
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - CSV

    /// One row per trainee; cells are quoted and formula-like cells neutralised.
    public func csv() -> String {
        var rows = [["rank", "trainee", "points", "max_points", "best_points", "empathy", "clarity", "resolution", "completed", "last_activity", "flags"]]
        for entry in board.entries {
            rows.append(
                [String(entry.rank), entry.trainee, String(entry.points), String(entry.maxPoints), String(entry.bestPoints)]
                    + ScoreDimension.allCases.map { entry.dimensions[$0.rawValue].map(String.init) ?? "" }
                    + [String(entry.completed), entry.lastActivity, entry.flags.joined(separator: "; ")])
        }
        return rows.map { $0.map(LeaderboardReport.csvCell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A CSV cell: quoted, quotes doubled, and a leading = + - @ tab or return defused with an apostrophe.
    public static func csvCell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first),
            Int(value) == nil
        {
            value = "'" + value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: - HTML

    /// One self-contained page: a table, awards, flags and three inline SVG charts; no outside requests.
    public func html() -> String {
        let h = LeaderboardReport.escapeHTML
        var body = "<h1>Leaderboard</h1>\n"
        body += "<p class=\"note\">\(board.entries.count) trainees from \(board.filesRead) files. Ties: exercises completed, then who reached the score first, then name.</p>\n"
        if !board.awards.isEmpty {
            body += "<section class=\"awards\">"
            for award in board.awards {
                body += "<div class=\"award\"><span>\(h(award.title))</span><strong>\(h(award.trainee))</strong><em>\(h(award.dimension)) \(award.score)</em></div>"
            }
            body += "</section>\n"
        }
        body += "<h2>Points per trainee</h2>\n" + pointsChart()
        body += "<h2>Spread per dimension</h2>\n" + spreadChart()
        body += "<h2>Progress over time</h2>\n" + progressChart()
        body += "<h2>Ranking</h2>\n<table><thead><tr><th>Rank</th><th>Trainee</th><th>Points</th><th>Best</th><th>Empathy</th><th>Clarity</th><th>Resolution</th><th>Completed</th><th>Last activity</th></tr></thead><tbody>\n"
        for entry in board.entries {
            let dims = ScoreDimension.allCases.map { "<td>\(entry.dimensions[$0.rawValue].map(String.init) ?? "–")</td>" }.joined()
            let flag = entry.flags.isEmpty ? "" : " <span class=\"flag\" title=\"\(h(entry.flags.joined(separator: "; ")))\">⚑</span>"
            body += "<tr><td>\(entry.rank)</td><td>\(h(entry.trainee))\(flag)</td><td>\(entry.points)</td><td>\(entry.bestPoints)</td>\(dims)<td>\(entry.completed)</td><td>\(h(entry.lastActivity))</td></tr>\n"
        }
        body += "</tbody></table>\n"
        if !board.flags.isEmpty {
            body += "<h2>Flags</h2>\n<ul class=\"flags\">\n"
            for flag in board.flags {
                body += "<li><code>\(h(flag.kind))</code> \(h(flag.source))\(flag.trainee.map { " (\(h($0)))" } ?? ""): \(h(flag.message))</li>\n"
            }
            body += "</ul>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <title>Frontline leaderboard</title>
            <style>
            body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d2430}
            table{border-collapse:collapse;width:100%}th,td{padding:.3rem .5rem;border-bottom:1px solid #dde;text-align:right}
            th:nth-child(2),td:nth-child(2){text-align:left}.note{color:#556}.flag{color:#b3261e}
            .awards{display:flex;gap:1rem;flex-wrap:wrap}.award{border:1px solid #dde;border-radius:.5rem;padding:.6rem 1rem;display:flex;flex-direction:column}
            .award span{color:#556;font-size:.85em}svg{max-width:100%;height:auto}svg text{font:12px system-ui,sans-serif;fill:#1d2430}
            </style></head><body>
            \(body)</body></html>

            """
    }

    /// Escapes text for HTML content and attributes.
    public static func escapeHTML(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    private static let colors = ["#2f6fdf", "#d9480f", "#2b8a3e", "#862e9c", "#e67700", "#0b7285", "#c2255c", "#5c940d", "#364fc7", "#a61e4d"]

    /// Horizontal bars of points for the top 30 trainees.
    private func pointsChart() -> String {
        let top = Array(board.entries.prefix(30))
        guard let maximum = top.map(\.maxPoints).max(), maximum > 0 else { return "<p>No results yet.</p>\n" }
        let rowHeight = 22
        let height = top.count * rowHeight + 10
        var svg = "<svg role=\"img\" aria-label=\"Points per trainee\" viewBox=\"0 0 760 \(height)\" width=\"760\" height=\"\(height)\">"
        for (index, entry) in top.enumerated() {
            let y = index * rowHeight + 5
            let width = Int(Double(entry.points) / Double(maximum) * 480)
            svg += "<text x=\"170\" y=\"\(y + 15)\" text-anchor=\"end\">\(LeaderboardReport.escapeHTML(String(entry.trainee.prefix(24))))</text>"
            svg += "<rect x=\"180\" y=\"\(y + 3)\" width=\"\(width)\" height=\"15\" fill=\"#2f6fdf\"><title>\(LeaderboardReport.escapeHTML(entry.trainee)): \(entry.points)</title></rect>"
            svg += "<text x=\"\(186 + width)\" y=\"\(y + 15)\">\(entry.points)</text>"
        }
        return svg + "</svg>\n"
    }

    /// A box per dimension: minimum, quartiles, median and maximum over trainees.
    private func spreadChart() -> String {
        var svg = "<svg role=\"img\" aria-label=\"Spread of scores per dimension\" viewBox=\"0 0 760 170\" width=\"760\" height=\"170\">"
        svg += "<line x1=\"150\" y1=\"150\" x2=\"700\" y2=\"150\" stroke=\"#99a\"/>"
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = 150 + tick * 55 / 10
            svg += "<text x=\"\(x)\" y=\"166\" text-anchor=\"middle\">\(tick)</text>"
        }
        for (index, dimension) in ScoreDimension.allCases.enumerated() {
            let scores = board.entries.compactMap { $0.dimensions[dimension.rawValue] }.sorted()
            let y = 20 + index * 42
            svg += "<text x=\"140\" y=\"\(y + 16)\" text-anchor=\"end\">\(dimension.title)</text>"
            guard !scores.isEmpty else { continue }
            func x(_ value: Int) -> Int { 150 + value * 55 / 10 }
            func quantile(_ q: Double) -> Int { scores[min(scores.count - 1, Int(Double(scores.count - 1) * q))] }
            let (low, q1, median, q3, high) = (scores[0], quantile(0.25), quantile(0.5), quantile(0.75), scores[scores.count - 1])
            let color = LeaderboardReport.colors[index]
            svg += "<line x1=\"\(x(low))\" y1=\"\(y + 11)\" x2=\"\(x(high))\" y2=\"\(y + 11)\" stroke=\"\(color)\"/>"
            svg += "<rect x=\"\(x(q1))\" y=\"\(y)\" width=\"\(max(1, x(q3) - x(q1)))\" height=\"22\" fill=\"\(color)\" fill-opacity=\"0.35\" stroke=\"\(color)\"><title>\(dimension.title): min \(low), median \(median), max \(high)</title></rect>"
            svg += "<line x1=\"\(x(median))\" y1=\"\(y)\" x2=\"\(x(median))\" y2=\"\(y + 22)\" stroke=\"\(color)\" stroke-width=\"3\"/>"
        }
        return svg + "</svg>\n"
    }

    /// Points over time for the top ten trainees, one line each.
    private func progressChart() -> String {
        let top = board.entries.prefix(10).filter { !$0.history.isEmpty }
        // Times in the order of the moments they name ("12:00+05:00" before "10:00Z"); text that is no date first.
        let moments = Dictionary(
            top.flatMap { $0.history.map { ($0.timestamp, Leaderboard.moment($0.timestamp) ?? .distantPast) } },
            uniquingKeysWith: { first, _ in first })
        let times = moments.keys.sorted { (moments[$0]!, $0) < (moments[$1]!, $1) }
        guard !times.isEmpty, let maximum = top.flatMap({ $0.history.map(\.points) }).max() else { return "<p>No history yet.</p>\n" }
        let scale = Double(max(maximum, 1))
        var svg = "<svg role=\"img\" aria-label=\"Points over time\" viewBox=\"0 0 760 240\" width=\"760\" height=\"240\">"
        svg += "<line x1=\"40\" y1=\"200\" x2=\"560\" y2=\"200\" stroke=\"#99a\"/><line x1=\"40\" y1=\"20\" x2=\"40\" y2=\"200\" stroke=\"#99a\"/>"
        svg += "<text x=\"36\" y=\"24\" text-anchor=\"end\">\(maximum)</text><text x=\"36\" y=\"200\" text-anchor=\"end\">0</text>"
        func x(_ timestamp: String) -> Int {
            let index = times.firstIndex(of: timestamp) ?? 0
            return times.count == 1 ? 300 : 40 + index * 520 / (times.count - 1)
        }
        for (index, entry) in top.enumerated() {
            let color = LeaderboardReport.colors[index % LeaderboardReport.colors.count]
            let points = entry.history.map { "\(x($0.timestamp)),\(200 - Int(Double($0.points) / scale * 180))" }
            svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"><title>\(LeaderboardReport.escapeHTML(entry.trainee))</title></polyline>"
            for point in points { svg += "<circle cx=\"\(point.split(separator: ",")[0])\" cy=\"\(point.split(separator: ",")[1])\" r=\"3\" fill=\"\(color)\"/>" }
            svg += "<rect x=\"580\" y=\"\(20 + index * 20)\" width=\"12\" height=\"12\" fill=\"\(color)\"/><text x=\"598\" y=\"\(30 + index * 20)\">\(LeaderboardReport.escapeHTML(String(entry.trainee.prefix(20))))</text>"
        }
        return svg + "</svg>\n"
    }
}

