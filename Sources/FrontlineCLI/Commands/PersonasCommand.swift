import Foundation
import Frontline

/// `frontline personas`: lists the customer personas, or shows one with its scenario.
struct PersonasCommand: FrontlineCommand {
    static let spec = CommandSpec(
        name: "personas",
        abstract: "List the customer personas, or show one with the call it belongs to.",
        arguments: [ArgumentSpec("id", help: "A persona or scenario id to show in full.")],
        options: [
            .value("format", short: "f", "format", help: "Output format.", choices: ["text", "json"]),
            .value("locale", short: "l", "code", help: "Only personas who speak this language."),
        ])

    let id: String?
    let json: Bool
    let locale: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count <= 1 else { throw UsageError("Expected at most one persona id.") }
        id = arguments.positionals.first
        json = arguments.value("format") == "json"
        locale = try CourseProgress.requestedLocale(arguments)
    }

    func run(_ io: CommandIO) throws -> Int32 {
        var entries = Catalog.entries
        if let locale { entries = entries.filter { $0.persona.locale == locale } }
        if let id {
            guard let entry = Catalog.entry(id) else {
                let suggestion = Suggestion.closest(to: id, among: Catalog.entries.map(\.persona.id))
                throw UsageError("No persona '\(id)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? ""))
            }
            entries = [entry]
        }
        if json {
            struct Item: Encodable {
                var persona: Persona
                var scenario: Scenario
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let items = entries.map { Item(persona: $0.persona, scenario: $0.scenario) }
            let data = id == nil ? try encoder.encode(items) : try encoder.encode(items[0])
            io.output.write(String(decoding: data, as: UTF8.self) + "\n")
            return CommandLineTool.ExitStatus.success
        }
        if id != nil, let entry = entries.first {
            io.output.write(detail(entry))
        } else {
            let rows = entries.map { entry in
                [entry.persona.id, entry.persona.locale, entry.persona.mood.rawValue, entry.persona.urgency.rawValue, entry.scenario.title]
            }
            io.output.write(Table(header: ["ID", "LANG", "MOOD", "URGENCY", "CALL"], rows: rows).render())
            io.output.write("\nSee 'frontline personas <id>' for one persona, 'frontline simulate <id>' to take the call.\n")
        }
        return CommandLineTool.ExitStatus.success
    }

    private func detail(_ entry: CatalogEntry) -> String {
        let persona = entry.persona
        let scenario = entry.scenario
        var lines = [
            "\(persona.id) — \(scenario.title) (\(persona.locale))", "",
            "Situation:   \(persona.situation)",
            "Calling for: \(persona.reason)",
            "Mood:        \(persona.mood.rawValue), technical literacy \(persona.literacy.rawValue), urgency \(persona.urgency.rawValue)",
            "Take care:   \(persona.sensitivities.isEmpty ? "nothing special" : persona.sensitivities.map(\.rawValue).joined(separator: ", "))",
            "Voice:       \(persona.voice)",
            "Patience:    \(persona.patience) unhelpful turns",
        ]
        if !persona.knows.isEmpty { lines.append("Knows:       " + persona.knows.joined(separator: " ")) }
        if !persona.slots.isEmpty {
            lines.append("Varies:      " + persona.slots.keys.sorted().map { "{\($0)}: \(persona.slots[$0]!.joined(separator: " / "))" }.joined(separator: "; "))
        }
        lines += ["", "Opening: “\(scenario.opening)”", "", "To resolve the call (in \(scenario.turnLimit) turns at most):"]
        for fact in scenario.facts { lines.append("  - find out: \(fact.description)") }
        for goal in scenario.actions {
            lines.append("  - do: \(goal.description) [\(goal.kind.rawValue)]" + (goal.after.isEmpty ? "" : " after \(goal.after.joined(separator: ", "))"))
        }
        for goal in scenario.instructions { lines.append("  - tell: \(goal.description)") }
        if !scenario.forbidden.isEmpty {
            lines.append("Never:")
            for rule in scenario.forbidden { lines.append("  - \(rule.description) (\(rule.rule.rawValue))") }
        }
        for priority in scenario.priorities {
            lines.append("First: \(priority.first.rawValue) before \(priority.before.map(\.rawValue).joined(separator: ", ")) — \(priority.reason)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A plain text table with aligned columns.
struct Table {
    var header: [String]
    var rows: [[String]]

    func render() -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
