import Foundation
import Testing

@testable import Frontline
@testable import FrontlineCLI

/// A folder of its own for one test, removed when the test ends.
private struct ScratchFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }

    /// Writes `text` to a file in the folder and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let path = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: path)
        return path.path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

@Suite("Command-line input that editors and people really produce", .tags(.commandLine))
struct CommandLineInputTests {
    @Test("A byte-order mark before the first JSON Lines line is not part of the line")
    func byteOrderMark() {
        let text = "\u{FEFF}{\"id\":1,\"reply\":\"I'll call you back at 5.\"}\r\n{\"id\":2,\"reply\":\"Hi\"}\n"
        let input = Array(text.utf8)
        let result = CommandLineTool.run(arguments: ["score", "--format", "jsonl", "-"], input: input)
        #expect(result.exitCode == 0, "\(result.stdout)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2 && !result.stdout.contains("\"error\""))
        // Only the first line may lose a mark: one in the middle of the input is text, and that line fails.
        let middle = Array("{\"id\":1,\"reply\":\"Hi\"}\n\u{FEFF}{\"id\":2,\"reply\":\"Hi\"}\n".utf8)
        let later = CommandLineTool.run(arguments: ["score", "--format", "jsonl", "-"], input: middle)
        #expect(later.exitCode == 65 && later.stdout.contains("\"line\":2"))
    }

    @Test("A bulleted reply is text, not an option, while --name=value still is an option")
    func bulletedReply() {
        let result = CommandLineTool.run(arguments: ["score", "- Restart the phone.\n- Put the new card in."])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(ArgumentParser.isText("- Restart the phone."))
        #expect(!ArgumentParser.isText("--customer=my phone is dead"))
        #expect(!ArgumentParser.isText("-c"))
        #expect(!ArgumentParser.isText("--format json"), "a mistyped option stays an option")
        let mistyped = CommandLineTool.run(arguments: ["score", "--format json"])
        #expect(mistyped.exitCode == 64)
        let unknown = CommandLineTool.run(arguments: ["score", "-x"])
        #expect(unknown.exitCode == 64 && unknown.stderr.contains("Unknown option '-x'"))
    }

    @Test("score --format json names fields as the JSON Lines output does")
    func jsonFieldNames() {
        let result = CommandLineTool.run(arguments: ["score", "Hi, I'll check it now.", "--format", "json"])
        #expect(result.stdout.contains("\"locale_source\"") && !result.stdout.contains("localeSource"))
    }

    @Test("help help, and an unknown option before any subcommand, are answered plainly")
    func rootArguments() {
        let help = CommandLineTool.run(arguments: ["help", "help"])
        #expect(help.exitCode == 0 && help.stdout.contains("SUBCOMMANDS"))
        let option = CommandLineTool.run(arguments: ["-V"])
        #expect(option.exitCode == 64 && option.stderr.contains("Unknown option '-V'"))
    }

    @Test("personas and new reject what they would otherwise silently ignore; a regional locale names its language")
    func strayOptions() throws {
        let personas = CommandLineTool.run(arguments: ["personas", "--locale", "xx"])
        #expect(personas.exitCode == 64 && personas.stderr.contains("unknown locale 'xx'"))
        let regional = CommandLineTool.run(arguments: ["personas", "--locale", "pl-PL"])
        let polish = CommandLineTool.run(arguments: ["personas", "--locale", "pl"])
        #expect(regional.exitCode == 0 && regional.stdout == polish.stdout && !polish.stdout.isEmpty)
        // Outside any kit, so a regression fails here instead of writing a persona into the repository.
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let persona = CommandLineTool.run(
            arguments: ["new", "persona", "night-shift-nurse", "--module", "listening"],
            workingDirectory: folder.url.path)
        #expect(persona.exitCode == 64 && persona.stderr.contains("'new persona' takes no --module"))
    }
}

@Suite("Call logs read the way people save them", .tags(.commandLine))
struct CallLogInputTests {
    @Test("A JSON log needs an agent turn, as a text log does")
    func noAgentTurn() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        for log in ["[]", "[{\"speaker\": \"customer\", \"text\": \"hi\"}]", "{\"turns\": []}"] {
            let result = CommandLineTool.run(arguments: ["score", "--transcript", try folder.file("log.json", log)])
            #expect(result.exitCode == 65 && result.stderr.contains("no agent turn"), "\(log): \(result.stderr)")
        }
    }

    @Test("Speakers are read in any case, and a wrong one is named")
    func speakerCase() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let log = #"[{"speaker": "Customer", "text": "My SIM says no service."}, "#
            + #"{"speaker": "Agent", "text": "I'll check it now."}]"#
        let result = CommandLineTool.run(arguments: ["score", "--transcript", try folder.file("log.json", log)])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let wrong = #"[{"speaker": "operator", "text": "Hello"}]"#
        let failed = CommandLineTool.run(arguments: ["score", "--transcript", try folder.file("bad.json", wrong)])
        #expect(failed.exitCode == 65 && failed.stderr.contains("speaker 'operator' is neither"))
    }

    @Test("A text log with a time before each speaker is a text log, not broken JSON")
    func timestampedLines() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let log = "[10:02] Customer: My phone says no SIM.\n"
            + "[10:03] Agent: I'm sorry, let's fix that. Switch the phone off.\n"
        let result = CommandLineTool.run(arguments: ["score", "--transcript", try folder.file("log.txt", log)])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Turn 2 (agent): “I'm sorry, let's fix that. Switch the phone off.”"))
        // A bracket that holds no time is text: a numbered step continuing a turn keeps its number.
        let steps = "Customer: How do I hide my number?\nAgent: Here is how.\n[1] Open Settings.\n"
        let numbered = CommandLineTool.run(arguments: ["score", "--transcript", try folder.file("steps.txt", steps)])
        #expect(numbered.stdout.contains("Here is how. [1] Open Settings."))
    }

    @Test("A log can be reported in Markdown, one section a turn")
    func markdownTranscript() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let log = "Customer: My phone says no SIM.\nAgent: Switch the phone off and put the new card in.\n"
        let result = CommandLineTool.run(
            arguments: ["score", "--transcript", try folder.file("log.txt", log), "--format", "markdown"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("## Turn 2 (agent)") && result.stdout.contains("## The whole call"))
        #expect(result.stdout.contains("| --- | ---: |"))
    }
}

@Suite("Simulated calls keep their JSON clean", .tags(.commandLine))
struct SimulateOutputTests {
    @Test("Typed turns with --format json print only JSON on standard output; the conversation goes to standard error")
    func interactiveJSON() throws {
        let input = "Hello, did a new SIM card come with your contract?\n"
        let result = CommandLineTool.run(
            arguments: ["simulate", "sim-after-porting", "--format", "json"], input: Array(input.utf8))
        #expect(result.exitCode == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        #expect(parsed is [String: Any])
        #expect(result.stderr.contains("Customer: "))
    }

    @Test("An action needs no spaces around its bar, while a bar inside words stays words")
    func actionBar() {
        #expect(SimulateCommand.splitActions("On its way.|/taxi A2") == ["On its way.", "/taxi A2"])
        #expect(SimulateCommand.splitActions("On its way. | /taxi A2") == ["On its way.", "/taxi A2"])
        #expect(SimulateCommand.splitActions("Press the | key") == ["Press the", "key"])
        #expect(SimulateCommand.splitActions("Type a|b in the box") == ["Type a|b in the box"])
    }

    @Test("A seed too big for the generator says what range it takes")
    func seedRange() {
        let result = CommandLineTool.run(arguments: ["simulate", "coded-call", "--seed", "99999999999999999999999"])
        #expect(result.exitCode == 64 && result.stderr.contains("from 0 to 18446744073709551615"))
    }
}

@Suite("Course commands follow the trainee's language", .tags(.commandLine))
struct TrainingLocaleTests {
    @Test("--locale, then FRONTLINE_LOCALE, then the language of the exercises started, then English")
    func chooseLanguage() throws {
        let course = try CourseLibrary(root: PackagePaths.root)
        let polish = course.exercises.filter { $0.locale == "pl" }
        let english = course.exercises.filter { $0.locale == "en" }
        #expect(!polish.isEmpty && english.count >= 2)
        func io(_ environment: [String: String]) -> CommandIO {
            CommandIO(
                input: .bytes([]), output: BufferedOutput(), errors: BufferedOutput(), environment: environment,
                outputIsTerminal: false, workingDirectory: PackagePaths.root.path)
        }
        let none = io([:])
        #expect(CourseProgress.trainingLocale(requested: nil, started: [], io: none) == "en")
        #expect(CourseProgress.trainingLocale(requested: nil, started: Array(polish.prefix(1)), io: none) == "pl")
        let mixed = Array(polish.prefix(1)) + Array(english.prefix(1))
        #expect(
            CourseProgress.trainingLocale(requested: nil, started: mixed, io: none) == "en", "a tie goes to English")
        #expect(CourseProgress.trainingLocale(requested: nil, started: [], io: io(["FRONTLINE_LOCALE": "da"])) == "da")
        #expect(CourseProgress.trainingLocale(requested: nil, started: [], io: io(["FRONTLINE_LOCALE": "xx"])) == "en")
        let danish = io(["FRONTLINE_LOCALE": "da_DK.UTF-8"])
        #expect(CourseProgress.trainingLocale(requested: nil, started: [], io: danish) == "da")
        let asked = CourseProgress.trainingLocale(requested: "pl", started: english, io: io(["FRONTLINE_LOCALE": "da"]))
        #expect(asked == "pl")
        let unknown = CommandLineTool.run(
            arguments: ["next", "--locale", "xx"], workingDirectory: PackagePaths.root.path)
        #expect(unknown.exitCode == 64)
    }

    @Test("The curriculum file is written back in its own layout, so a new exercise changes only its line")
    func curriculumLayout() throws {
        let path = PackagePaths.root.appendingPathComponent("Curriculum/curriculum.json")
        let text = try String(contentsOf: path, encoding: .utf8)
        var curriculum = try JSONDecoder().decode(Curriculum.self, from: Data(text.utf8))
        #expect(try Scaffold.encode(curriculum) == text)
        curriculum.modules[0].exercises.append("99-a-new-one")
        let changed = try Scaffold.encode(curriculum).split(separator: "\n", omittingEmptySubsequences: false)
        let before = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The module's one exercise line becomes a wrapped list at most; every other line stays as it was.
        let differing = Set(changed).symmetricDifference(before).count
        #expect(differing <= 5 && changed.count - before.count <= 3, "adding an exercise rewrote \(differing) lines")
    }
}
