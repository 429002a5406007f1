import Foundation
import Testing

@testable import Frontline
@testable import FrontlineCLI

/// A copy of the course's registration files in a temporary folder, so scaffolding can be tested without touching the kit.
struct ScratchCourse {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("course-\(UUID().uuidString)")
        let files = [
            "Curriculum/curriculum.json", "Exercises/Registry.swift", "Tests/ExerciseTests/YourExercises.swift",
            "Sources/Frontline/Personas/Catalog.swift", "Sources/Frontline/Personas/Catalog",
        ]
        for file in files {
            let target = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: PackagePaths.root.appendingPathComponent(file), to: target)
        }
    }

    /// Every file under the root with its contents, to prove a failed command changed nothing.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            files[path] = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
        }
        return files
    }

    func run(_ arguments: [String], input: String = "") -> (exitCode: Int32, stdout: String, stderr: String) {
        CommandLineTool.run(arguments: arguments, input: Array(input.utf8), workingDirectory: root.path)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite("Instructor authoring", .tags(.commandLine))
struct AuthoringTests {
    @Test("new exercise scaffolds every file and registers it in the curriculum, the registry and the suite")
    func newExercise() throws {
        let course = try ScratchCourse()
        defer { course.remove() }
        let result = course.run(["new", "exercise", "ask-for-the-address", "--module", "tough-calls", "--scenario", "fever-no-ambulance", "--kind", "action-reply"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let folder = try #require(
            try FileManager.default.contentsOfDirectory(atPath: course.root.appendingPathComponent("Exercises").path)
                .first { $0.hasSuffix("-ask-for-the-address") })
        for file in ["AskForTheAddress.swift", ".meta/starter.swift", ".meta/config.json", ".docs/instructions.md", ".docs/hints.md",
            "Solutions/AskForTheAddressReference.swift", "Solutions/AskForTheAddressCold.swift",
            "Solutions/AskForTheAddressUnresolved.swift", "Solutions/AskForTheAddressRegistration.swift"]
        {
            #expect(FileManager.default.fileExists(atPath: course.root.appendingPathComponent("Exercises/\(folder)/\(file)").path), "\(file)")
        }
        let spec = try JSONDecoder().decode(
            ExerciseSpec.self, from: Data(contentsOf: course.root.appendingPathComponent("Exercises/\(folder)/.meta/config.json")))
        #expect(spec.kind == .actionReply && spec.scenario == "fever-no-ambulance" && spec.antiSolutions.count == 2)
        let curriculum = try JSONDecoder().decode(Curriculum.self, from: Data(contentsOf: course.root.appendingPathComponent("Curriculum/curriculum.json")))
        #expect(curriculum.modules.first { $0.id == "tough-calls" }?.exercises.last == folder)
        let registry = try String(contentsOf: course.root.appendingPathComponent("Exercises/Registry.swift"), encoding: .utf8)
        #expect(registry.contains("(\"\(folder)\", askForTheAddress),"))
        let suite = try String(contentsOf: course.root.appendingPathComponent("Tests/ExerciseTests/YourExercises.swift"), encoding: .utf8)
        #expect(suite.contains("func askForTheAddress() throws { try grade(\"\(folder)\") }"))
        #expect(result.stdout.contains("Next:"))
    }

    @Test(
        "Bad slugs and existing names get a clear error and change nothing",
        arguments: ["Bad Slug", "../escape", "a..b", "UPPER", "-dash", "trailing-", "", "x/y", "default"])
    func badSlug(_ slug: String) throws {
        let course = try ScratchCourse()
        defer { course.remove() }
        let before = course.snapshot()
        let result = course.run(["new", "exercise", slug, "--module", "listening", "--scenario", "lost-phone"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("Error:"))
        #expect(course.snapshot() == before)
    }

    @Test("Existing names, unknown modules and unknown scenarios change nothing")
    func conflicts() throws {
        let course = try ScratchCourse()
        defer { course.remove() }
        let before = course.snapshot()
        #expect(course.run(["new", "exercise", "x", "--module", "nowhere", "--scenario", "lost-phone"]).exitCode == 64)
        let typo = course.run(["new", "exercise", "x", "--module", "listening", "--scenario", "lost-phone-x"])
        #expect(typo.exitCode == 64 && typo.stderr.contains("Did you mean 'lost-phone'?"))
        #expect(course.run(["new", "persona", "coded-call"]).exitCode == 64)
        #expect(course.run(["new", "scenario", "call-again", "--persona", "nobody"]).exitCode == 64)
        #expect(course.snapshot() == before)
    }

    @Test("new persona scaffolds a catalog entry and registers it")
    func newPersona() throws {
        let course = try ScratchCourse()
        defer { course.remove() }
        let result = course.run(["new", "persona", "roaming-shock"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let file = try String(contentsOf: course.root.appendingPathComponent("Sources/Frontline/Personas/Catalog/RoamingShock.swift"), encoding: .utf8)
        #expect(file.contains("public static let roamingShock = CatalogEntry("))
        let catalog = try String(contentsOf: course.root.appendingPathComponent("Sources/Frontline/Personas/Catalog.swift"), encoding: .utf8)
        #expect(catalog.contains("        roamingShock,\n        // frontline new persona inserts above this line"))
        let scenario = course.run(["new", "scenario", "roaming-again", "--persona", "coded-call"])
        #expect(scenario.exitCode == 0, "\(scenario.stderr)")
        let again = try String(contentsOf: course.root.appendingPathComponent("Sources/Frontline/Personas/Catalog/RoamingAgain.swift"), encoding: .utf8)
        #expect(again.contains("persona: Catalog.codedCall.persona"), "a new scenario refers to its persona's own constant")
    }
}

@Suite("Trainee commands that need no test run", .tags(.commandLine))
struct TraineeCommandTests {
    @Test("hint shows the general advice and tiers up to the level asked")
    func hint() {
        let one = CommandLineTool.run(arguments: ["hint", "01"], workingDirectory: PackagePaths.root.path)
        #expect(one.exitCode == 0)
        #expect(one.stdout.contains("Nudge") && !one.stdout.contains("Worked example"))
        #expect(one.stdout.contains("--level 2"))
        let three = CommandLineTool.run(arguments: ["hint", "acknowledge-the-wait", "--level", "3"], workingDirectory: PackagePaths.root.path)
        #expect(three.stdout.contains("Worked example"))
        let two = CommandLineTool.run(arguments: ["hint", "2"], workingDirectory: PackagePaths.root.path)
        #expect(two.stdout.contains("02-name-the-worry"), "'2' means exercise 02, not 20")
        let unknown = CommandLineTool.run(arguments: ["hint", "99-nothing"], workingDirectory: PackagePaths.root.path)
        #expect(unknown.exitCode == 64)
        #expect(CommandLineTool.run(arguments: ["hint", "01", "--level", "0"], workingDirectory: PackagePaths.root.path).exitCode == 64)
    }

    @Test("reset asks first, keeps a backup, and restores the starter")
    func reset() throws {
        let course = try ScratchCourse()
        defer { course.remove() }
        let source = PackagePaths.root.appendingPathComponent("Exercises/01-acknowledge-the-wait")
        let target = course.root.appendingPathComponent("Exercises/01-acknowledge-the-wait")
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: source, to: target)
        let work = target.appendingPathComponent("AcknowledgeTheWait.swift")
        try "// my work\n".write(to: work, atomically: true, encoding: .utf8)
        let declined = course.run(["reset", "01"], input: "n\n")
        #expect(declined.stdout.contains("Nothing changed"))
        #expect(try String(contentsOf: work, encoding: .utf8) == "// my work\n")
        let accepted = course.run(["reset", "01"], input: "y\n")
        #expect(accepted.exitCode == 0)
        #expect(try Data(contentsOf: work) == Data(contentsOf: target.appendingPathComponent(".meta/starter.swift")))
        let backups = try FileManager.default.contentsOfDirectory(atPath: target.appendingPathComponent(".backups").path)
        #expect(backups.count == 1)
        #expect(course.run(["reset", "01"]).stdout.contains("already at its starter"))
    }

    @Test("validate --static finds no problem in the shipped course, and names problems in a broken one")
    func validateStatic() throws {
        let clean = CommandLineTool.run(arguments: ["validate", "--static"], workingDirectory: PackagePaths.root.path)
        #expect(clean.exitCode == 0, "\(clean.stdout)")
        let course = try ScratchCourse()
        defer { course.remove() }
        let folder = course.root.appendingPathComponent("Exercises/01-acknowledge-the-wait/.meta")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try #"{"id": "01-acknowledge-the-wait", "title": 3}"#.write(to: folder.appendingPathComponent("config.json"), atomically: true, encoding: .utf8)
        let broken = course.run(["validate", "--static"])
        #expect(broken.exitCode == 1)
        #expect(broken.stdout.contains("Exercises/01-acknowledge-the-wait/.meta/config.json"))
        #expect(broken.stdout.contains("reading Curriculum/modules/01-listening.md is missing"))
    }
}
