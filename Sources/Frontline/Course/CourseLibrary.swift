import Foundation

/// The course as machine-readable data: modules in order, each with objectives, a reading and its exercises.
public struct Curriculum: Codable, Hashable, Sendable {
    /// One module of the course.
    public struct Module: Codable, Hashable, Sendable {
        /// A stable id, e.g. "listening".
        public var id: String
        /// The title shown to trainees.
        public var title: String
        /// One sentence on what the module is about.
        public var summary: String
        /// What a trainee can do after the module.
        public var objectives: [String]
        /// The reading's path, relative to `Curriculum/`.
        public var reading: String
        /// Exercise ids, in order.
        public var exercises: [String]
    }

    /// The course title.
    public var title: String
    /// Modules in the order they are taken.
    public var modules: [Module]
}

/// An exercise's hints (`.docs/hints.md`): general advice, then tiers from a nudge to a worked example.
public struct ExerciseHints: Hashable, Sendable {
    /// The text under `## General`.
    public var general: String
    /// The tiers in order: a nudge, a stronger pointer, a worked example.
    public var tiers: [String]

    /// Reads hints from Markdown: `## General`, then one `##` section per tier.
    public init(markdown: String) {
        var sections: [(title: String, body: [String])] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                sections.append((String(line.dropFirst(3)), []))
            } else if !sections.isEmpty {
                sections[sections.count - 1].body.append(String(line))
            }
        }
        func text(_ lines: [String]) -> String { lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }
        general = sections.first { $0.title.lowercased().hasPrefix("general") }.map { text($0.body) } ?? ""
        tiers = sections.filter { !$0.title.lowercased().hasPrefix("general") }.map { "\($0.title)\n\n\(text($0.body))" }
    }
}

/// The course on disk: the curriculum, every exercise's metadata, instructions and hints, found from the package root.
public struct CourseLibrary: Sendable {
    /// The package root (the folder holding `Curriculum/` and `Exercises/`).
    public let root: URL
    /// The curriculum.
    public let curriculum: Curriculum
    /// Every exercise's metadata, in curriculum order, then any not in the curriculum.
    public let exercises: [ExerciseSpec]
    /// Problems found while reading (unreadable or undecodable files); the rest is still loaded.
    public let problems: [String]

    /// Finds the package root at or above `directory` (the folder with `Curriculum/curriculum.json`).
    public static func findRoot(from directory: String) -> URL? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Curriculum/curriculum.json").path) { return url }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Reads the course under `root`; problems with single files are collected, not thrown.
    public init(root: URL) throws {
        self.root = root
        let decoder = JSONDecoder()
        let curriculumURL = root.appendingPathComponent("Curriculum/curriculum.json")
        let data = try Data(contentsOf: curriculumURL)
        do {
            curriculum = try decoder.decode(Curriculum.self, from: data)
        } catch {
            throw CourseError("Curriculum/curriculum.json does not decode: \(CourseError.describe(error))")
        }
        var problems: [String] = []
        var specs: [ExerciseSpec] = []
        let folder = root.appendingPathComponent("Exercises")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") && FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/.meta/config.json").path) }
            .sorted()
        for name in names {
            let url = folder.appendingPathComponent("\(name)/.meta/config.json")
            do {
                let spec = try decoder.decode(ExerciseSpec.self, from: Data(contentsOf: url))
                specs.append(spec)
            } catch {
                problems.append("Exercises/\(name)/.meta/config.json: \(CourseError.describe(error))")
            }
        }
        let order = curriculum.modules.flatMap(\.exercises)
        specs.sort { (order.firstIndex(of: $0.id) ?? Int.max, $0.id) < (order.firstIndex(of: $1.id) ?? Int.max, $1.id) }
        exercises = specs
        self.problems = problems
    }

    /// The exercise with this id, its number ("03"), or its slug without the number ("own-the-resolution").
    public func exercise(_ id: String) -> ExerciseSpec? {
        // "2" means exercise 02, never 20.
        let padded = id.count == 1 && id.allSatisfy(\.isNumber) ? "0" + id : id
        return exercises.first { $0.id == padded } ?? exercises.first { $0.id.hasPrefix(padded + "-") }
            ?? exercises.first { $0.id.dropFirst(3) == id }
    }

    /// The folder of an exercise.
    public func folder(of spec: ExerciseSpec) -> URL { root.appendingPathComponent("Exercises/\(spec.id)") }

    /// The file the trainee edits.
    public func workFile(of spec: ExerciseSpec) -> URL { folder(of: spec).appendingPathComponent(spec.workFile) }

    /// The instructions (`.docs/instructions.md`).
    public func instructions(of spec: ExerciseSpec) -> String? {
        try? String(contentsOf: folder(of: spec).appendingPathComponent(".docs/instructions.md"), encoding: .utf8)
    }

    /// The hints (`.docs/hints.md`).
    public func hints(of spec: ExerciseSpec) -> ExerciseHints? {
        (try? String(contentsOf: folder(of: spec).appendingPathComponent(".docs/hints.md"), encoding: .utf8)).map(ExerciseHints.init)
    }

    /// The module an exercise belongs to.
    public func module(of spec: ExerciseSpec) -> Curriculum.Module? {
        curriculum.modules.first { $0.exercises.contains(spec.id) } ?? curriculum.modules.first { $0.id == spec.module }
    }

    /// The starter's pristine copy (`.meta/starter.swift`), which `frontline reset` restores.
    public func starter(of spec: ExerciseSpec) -> URL { folder(of: spec).appendingPathComponent(".meta/starter.swift") }
}

/// A problem reading the course, with a message that names the file.
public struct CourseError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    public var description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }

    /// A decoding error as one readable line: the field path and what is wrong.
    public static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field '\(path(context.codingPath + [key]))'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "field '\(path(context.codingPath))': \(context.debugDescription)"
        case .dataCorrupted(let context): return "field '\(path(context.codingPath))': \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

extension String {
    fileprivate func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
