import Foundation
import Frontline

/// Builds the files of a new exercise, persona or scenario in memory, checks everything, then writes them atomically.
enum Scaffold {
    /// Files to create and files to rewrite, all prepared before anything is written.
    struct Plan {
        var root: URL
        var files: [(path: String, contents: String, isNew: Bool)] = []
        var nextSteps: [String] = []

        var created: [String] { files.filter(\.isNew).map(\.path) }
        var updated: [String] { files.filter { !$0.isNew }.map(\.path) }

        /// Writes every file; each write is atomic, and new files are checked not to exist first.
        func apply() throws {
            for file in files where file.isNew {
                if FileManager.default.fileExists(atPath: root.appendingPathComponent(file.path).path) {
                    throw UsageError("\(file.path) already exists; nothing was changed.")
                }
            }
            // Each write is atomic; if one fails, everything written so far is put back as it was.
            var written: [(url: URL, previous: Data?)] = []
            do {
                for file in files {
                    let url = root.appendingPathComponent(file.path)
                    let previous = try? Data(contentsOf: url)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(file.contents.utf8).write(to: url, options: .atomic)
                    written.append((url, previous))
                }
            } catch {
                for (url, previous) in written.reversed() {
                    if let previous { try? previous.write(to: url, options: .atomic) } else { try? FileManager.default.removeItem(at: url) }
                }
                throw DataError("could not write the scaffold (\(error.localizedDescription)); nothing was changed")
            }
        }
    }

    /// Rejects slugs that are not lower-case words joined by '-', such as ones with spaces, dots or slashes.
    static func checkSlug(_ slug: String) throws(UsageError) {
        let valid = !slug.isEmpty && slug.count <= 48 && !slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--")
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && ("a"..."z").contains(slug.unicodeScalars.first!)
        guard valid else {
            throw UsageError("'\(slug)' is not a valid slug: use lower-case letters, digits and single '-' (e.g. ask-for-the-address).")
        }
        let keywords: Set<String> = [
            "default", "class", "struct", "enum", "protocol", "func", "let", "var", "if", "else", "for", "while",
            "return", "switch", "case", "import", "init", "self", "true", "false", "nil", "in", "is", "as", "do", "try",
            "catch", "throw", "throws", "where", "extension", "static", "public", "private", "internal", "repeat",
        ]
        guard !keywords.contains(slug) else { throw UsageError("'\(slug)' is a Swift keyword; choose a slug of more words.") }
    }

    /// "ask-for-the-address" → "AskForTheAddress".
    static func typeName(_ slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// "ask-for-the-address" → "askForTheAddress".
    static func constantName(_ slug: String) -> String {
        let name = typeName(slug)
        return name.prefix(1).lowercased() + name.dropFirst()
    }

    /// Inserts `line` before the marker comment in `text`, or fails naming the file.
    static func insert(_ line: String, before marker: String, in text: String, file: String) throws -> String {
        guard let range = text.range(of: marker) else {
            throw DataError("\(file) has no '\(marker.trimmingCharacters(in: .whitespaces))' line to insert at.")
        }
        let lineStart = text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return String(text[..<lineStart]) + line + "\n" + String(text[lineStart...])
    }

    static func read(_ root: URL, _ path: String) throws -> String {
        do {
            return try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        } catch {
            throw DataError("cannot read \(path): \(error.localizedDescription)")
        }
    }

    // MARK: - Exercises

    static func exercise(_ slug: String, module: String, scenario: String, kind: ExerciseSpec.Kind, course: CourseLibrary) throws -> Plan {
        guard course.curriculum.modules.contains(where: { $0.id == module }) else {
            throw UsageError("No module '\(module)'; modules: \(course.curriculum.modules.map(\.id).joined(separator: ", ")).")
        }
        guard let entry = Catalog.entry(scenario) else {
            let suggestion = Suggestion.closest(to: scenario, among: Catalog.scenarios.map(\.id))
            throw UsageError("No scenario '\(scenario)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? ""))
        }
        if let existing = course.exercises.first(where: { $0.id.dropFirst(3) == slug }) {
            throw UsageError("An exercise named '\(slug)' exists already: \(existing.id).")
        }
        let number = (course.exercises.compactMap { Int($0.id.prefix(2)) }.max() ?? 0) + 1
        let id = String(format: "%02d-%@", number, slug)
        let name = typeName(slug)
        let constant = constantName(slug)
        let existingSources = (try? FileManager.default.subpathsOfDirectory(atPath: course.root.appendingPathComponent("Exercises").path)) ?? []
        guard !existingSources.contains(where: { $0.hasSuffix("/\(name).swift") }) else {
            throw UsageError("A type named \(name) exists already; choose another slug.")
        }
        var plan = Plan(root: course.root)
        let folder = "Exercises/\(id)"
        let templates = ExerciseTemplates(id: id, name: name, kind: kind, entry: entry)
        plan.files.append(("\(folder)/\(name).swift", templates.starter, true))
        plan.files.append(("\(folder)/.meta/starter.swift", templates.starter, true))
        plan.files.append(("\(folder)/Solutions/\(name)Reference.swift", templates.reference, true))
        plan.files.append(("\(folder)/Solutions/\(name)Cold.swift", templates.cold, true))
        plan.files.append(("\(folder)/Solutions/\(name)Unresolved.swift", templates.unresolved, true))
        plan.files.append(("\(folder)/Solutions/\(name)Registration.swift", templates.registration(constant), true))
        plan.files.append(("\(folder)/.meta/config.json", try templates.config(module: module), true))
        plan.files.append(("\(folder)/.docs/instructions.md", templates.instructions, true))
        plan.files.append(("\(folder)/.docs/hints.md", templates.hints, true))

        let registry = try read(course.root, "Exercises/Registry.swift")
        plan.files.append((
            "Exercises/Registry.swift",
            try insert("            (\"\(id)\", \(constant)),", before: "// frontline new exercise inserts above this line", in: registry, file: "Exercises/Registry.swift"),
            false))
        let tests = try read(course.root, "Tests/ExerciseTests/YourExercises.swift")
        let title = slug.replacingOccurrences(of: "-", with: " ").capitalizedFirst
        let tag = kind == .conversation ? "resolution" : "empathy"
        let test = """
                @Test("\(String(format: "%02d", number)) · \(title)", .tags(.\(tag)), .started("\(id)", work("\(id)")))
                func \(constant)() throws { try grade("\(id)") }

            """
        plan.files.append((
            "Tests/ExerciseTests/YourExercises.swift",
            try insert(test, before: "    // frontline new exercise inserts above this line", in: tests, file: "Tests/ExerciseTests/YourExercises.swift"),
            false))
        var curriculum = course.curriculum
        let index = curriculum.modules.firstIndex { $0.id == module }!
        curriculum.modules[index].exercises.append(id)
        plan.files.append(("Curriculum/curriculum.json", try encode(curriculum), false))
        plan.nextSteps = [
            "Describe the call in \(folder)/.docs/instructions.md and write three hint tiers in .docs/hints.md.",
            "Write the model answer in \(folder)/Solutions/\(name)Reference.swift.",
            "Set pass marks and rubric (mustMention, requiredCriteria, forbiddenCriteria, requiredActions) in \(folder)/.meta/config.json.",
            "Run 'swift run frontline validate' until it is clean: the starter must fail, the reference pass, each anti-solution fail.",
        ]
        return plan
    }

    /// The curriculum in the layout it is kept in: fields in a fixed order, one objective a line and exercise ids
    /// filled into lines of at most 120 characters, so registering an exercise changes one or two lines.
    static func encode(_ curriculum: Curriculum) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        func quoted(_ text: String) throws -> String { String(decoding: try encoder.encode(text), as: UTF8.self) }
        func list(_ key: String, _ items: [String], last: Bool, oneALine: Bool) -> [String] {
            let end = last ? "" : ","
            let inline = "      \"\(key)\": [\(items.joined(separator: ", "))]\(end)"
            if items.isEmpty || (!oneALine && inline.count <= 120) { return [inline] }
            var lines = ["      \"\(key)\": ["]
            if oneALine {
                lines += items.enumerated().map { "        \($1)\($0 < items.count - 1 ? "," : "")" }
            } else {
                var line = "       "
                for (index, item) in items.enumerated() {
                    let piece = " " + item + (index < items.count - 1 ? "," : "")
                    if line.count + piece.count > 120 {
                        lines.append(line)
                        line = "       "
                    }
                    line += piece
                }
                lines.append(line)
            }
            return lines + ["      ]\(end)"]
        }
        var lines = ["{", "  \"title\": \(try quoted(curriculum.title)),", "  \"modules\": ["]
        for (index, module) in curriculum.modules.enumerated() {
            lines += [
                "    {", "      \"id\": \(try quoted(module.id)),", "      \"title\": \(try quoted(module.title)),",
                "      \"summary\": \(try quoted(module.summary)),",
            ]
            lines += list("objectives", try module.objectives.map(quoted), last: false, oneALine: true)
            lines.append("      \"reading\": \(try quoted(module.reading)),")
            lines += list("exercises", try module.exercises.map(quoted), last: true, oneALine: false)
            lines.append(index < curriculum.modules.count - 1 ? "    }," : "    }")
        }
        return (lines + ["  ]", "}"]).joined(separator: "\n") + "\n"
    }

    // MARK: - Personas and scenarios

    /// The `public static let` constant whose entry declares the scenario id, read from the catalog files.
    static func owningConstant(of scenarioID: String, root: URL) -> String? {
        let folder = root.appendingPathComponent("Sources/Frontline/Personas/Catalog")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".swift") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                text.contains("id: \"\(scenarioID)\", persona:"),
                let range = text.range(of: "public static let ")
            else { continue }
            return String(text[range.upperBound...].prefix { $0.isLetter || $0.isNumber })
        }
        return nil
    }

    static func catalogEntry(_ id: String, reusing persona: String?, root: URL) throws -> Plan {
        guard Catalog.entry(id) == nil else { throw UsageError("A persona or scenario '\(id)' exists already.") }
        var personaExpression = ""
        if let persona {
            guard let entry = Catalog.entries.first(where: { $0.persona.id == persona }) else {
                throw UsageError("No persona '\(persona)'.")
            }
            // Refer to the owning constant (e.g. Catalog.simAfterPorting), found in the catalog's source files.
            guard let constant = owningConstant(of: entry.scenario.id, root: root) else {
                throw UsageError("Cannot find the catalog constant for persona '\(persona)' in Sources/Frontline/Personas/Catalog/.")
            }
            personaExpression = "Catalog.\(constant).persona"
        }
        let name = typeName(id)
        let constant = constantName(id)
        let path = "Sources/Frontline/Personas/Catalog/\(name).swift"
        var plan = Plan(root: root)
        plan.files.append((path, CatalogTemplate(id: id, constant: constant, persona: personaExpression).source, true))
        let catalog = try read(root, "Sources/Frontline/Personas/Catalog.swift")
        plan.files.append((
            "Sources/Frontline/Personas/Catalog.swift",
            try insert("        \(constant),", before: "// frontline new persona inserts above this line", in: catalog, file: "Catalog.swift"),
            false))
        plan.nextSteps = [
            "Fill in \(path): the persona, the opening, the facts to find out, the actions and what is forbidden.",
            "Write a reference agent's turns that reach every goal.",
            "Run 'swift test --filter CatalogTests' (the catalog checks) and 'swift run frontline simulate \(id)' to play it.",
        ]
        return plan
    }
}

extension String {
    /// The string with its first letter upper-cased.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
