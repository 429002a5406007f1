import Foundation

/// Reads catalog entries written as JSON by instructors, reporting broken data with the scenario and field it is in.
///
/// The file holds an array of `{"persona": {…}, "scenario": {…}, "reference": [{"text": …, "actions": […]}]}`.
public enum CatalogFile {
    /// One entry as written in JSON.
    struct Item: Codable {
        var persona: Persona
        var scenario: Scenario
        var reference: [AgentReply]?
    }

    /// The problems that stop a catalog file loading.
    public struct LoadError: Error, Sendable {
        /// Every problem found.
        public var problems: [CatalogProblem]
    }

    /// The entries in JSON `data`, or the problems that stop them loading (decoding errors and validation problems).
    public static func load(_ data: Data) -> Result<[CatalogEntry], LoadError> {
        let items: [Item]
        do {
            items = try JSONDecoder().decode([Item].self, from: data)
        } catch let error as DecodingError {
            return .failure(LoadError(problems: [problem(from: error, in: data)]))
        } catch {
            return .failure(LoadError(problems: [CatalogProblem(owner: "catalog file", field: "", message: "\(error)")]))
        }
        let entries = items.map { CatalogEntry(persona: $0.persona, scenario: $0.scenario, reference: $0.reference ?? []) }
        let problems = CatalogValidator.problems(in: entries)
        return problems.isEmpty ? .success(entries) : .failure(LoadError(problems: problems))
    }

    /// The JSON for entries, which `load` reads back.
    public static func encode(_ entries: [CatalogEntry]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(entries.map { Item(persona: $0.persona, scenario: $0.scenario, reference: $0.reference) })
    }

    /// Turns a decoding error into a problem naming the scenario and field.
    private static func problem(from error: DecodingError, in data: Data) -> CatalogProblem {
        let path: [CodingKey]
        let message: String
        switch error {
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
            message = "missing field '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            path = context.codingPath
            message = context.debugDescription
        case .dataCorrupted(let context):
            path = context.codingPath
            if path.last?.stringValue == "kind" || path.contains(where: { $0.stringValue == "kind" }) {
                message = "unknown value (actions are: \(ActionKind.allCases.map(\.rawValue).joined(separator: ", ")))"
            } else {
                message = context.debugDescription
            }
        @unknown default:
            path = []
            message = "\(error)"
        }
        // Name the entry by its scenario id when the file has one at that index.
        var owner = "catalog file"
        if let index = path.first?.intValue,
            let raw = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]], index < raw.count
        {
            let scenario = raw[index]["scenario"] as? [String: Any]
            owner = "scenario '\(scenario?["id"] as? String ?? "#\(index)")'"
        }
        let field = path.dropFirst().map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
        return CatalogProblem(owner: owner, field: field.hasPrefix(".") ? String(field.dropFirst()) : field, message: message)
    }
}
