import Foundation
import Testing

@testable import FrontlineCLI

@Suite("frontline score", .tags(.commandLine))
struct ScoreCommandTests {
    func run(_ arguments: [String], input: [UInt8] = []) -> (exitCode: Int32, stdout: String, stderr: String) {
        CommandLineTool.run(arguments: arguments, input: input)
    }

    func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test("A reply given as an argument prints the three scores and the findings with their advice")
    func humanReport() {
        let result = run(["score", "Obviously you need the new SIM.", "--customer", "My phone says no SIM"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("Empathy") && result.stdout.contains("Clarity") && result.stdout.contains("Resolution"))
        #expect(result.stdout.contains("[talks-down]") && result.stdout.contains("“Obviously”"))
        #expect(result.stdout.contains("→ "))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when not writing to a terminal")
    }

    @Test("JSON Lines: one result per line, in order, with the contract's fields")
    func jsonLinesContract() throws {
        let input = """
            {"id": "a", "reply": "I'll order a taxi now.", "customer": "My car broke down"}
            {"id": "b", "reply": "Obviously.", "locale": "en"}
            {"id": 7, "reply": ""}
            """
        let result = run(["score", "--format", "jsonl", "-"], input: Array(input.utf8))
        #expect(result.exitCode == 0)
        let lines = try jsonLines(result.stdout)
        #expect(lines.map { "\($0["id"]!)" } == ["a", "b", "7"])
        for line in lines {
            for key in ["empathy", "clarity", "resolution"] {
                let score = try #require(line[key] as? Int)
                #expect((0...100).contains(score))
            }
            let findings = try #require(line["findings"] as? [[String: Any]])
            for finding in findings {
                for key in ["dimension", "criterion", "points", "evidence", "advice"] {
                    #expect(finding[key] != nil, "finding lacks \(key)")
                }
            }
        }
        let talksDown = try #require((lines[1]["findings"] as? [[String: Any]])?.first { $0["criterion"] as? String == "talks-down" })
        #expect(talksDown["evidence"] as? String == "Obviously")
        #expect(talksDown["points"] as? Int == -15)
    }

    @Test(
        "Strings and numbers are written as JSON requires, wherever an escaped character falls",
        arguments: Array(0..<0x20) + [0x22, 0x5C])
    func jsonWriterEscapes(byte: UInt8) throws {
        // Every position in and around an eight-byte block, so whole-block checks and the tail are both exercised.
        for position in 0..<19 {
            var bytes = Array(repeating: UInt8(ascii: "a"), count: 18)
            bytes.insert(byte, at: position)
            let text = String(decoding: bytes, as: UTF8.self) + "ø✓"
            var writer = JSONWriter()
            writer.raw("[")
            writer.string(text)
            writer.raw(",")
            writer.number(-(position * 1_000 + Int(byte)))
            writer.raw("]")
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [Any])
            #expect(parsed.first as? String == text)
            #expect(parsed.last as? Int == -(position * 1_000 + Int(byte)))
        }
    }

    @Test("Bad lines get an error object in their place, good lines are still scored, and the exit status is 65")
    func malformedLines() throws {
        var input: [UInt8] = []
        input += Array(#"{"id": "ok1", "reply": "Thanks, I'll fix it today."}"#.utf8) + [0x0A]
        input += Array(#"{"id": "broken", "reply": "#.utf8) + [0x0A]
        input += [0x0A, 0x20, 0x0A]  // empty and blank lines are skipped
        input += Array(#"{"id": "noreply"}"#.utf8) + [0x0A]
        input += Array(#"{"id": "bad", "reply": "caf"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8) + [0x0A]
        input += Array(#"{"id": "num", "reply": 12}"#.utf8) + [0x0A]
        input += Array(#"[1, 2]"#.utf8) + [0x0A]
        input += Array(#"{"id": "loc", "reply": "Hi", "locale": "xx"}"#.utf8) + [0x0A]
        input += Array(#"{"id": "ok2", "reply": "Sorry about that."}"#.utf8)  // no final newline
        let result = run(["score", "--format", "jsonl"], input: input)
        #expect(result.exitCode == 65)
        let lines = try jsonLines(result.stdout)
        #expect(lines.count == 8)
        #expect(lines.map { $0["id"] as? String } == ["ok1", nil, "noreply", nil, "num", nil, "loc", "ok2"])
        #expect(lines.map { $0["line"] as? Int } == [nil, 2, 5, 6, 7, 8, 9, nil])
        #expect((lines[1]["error"] as? String)?.contains("not valid JSON") == true)
        #expect((lines[2]["error"] as? String)?.contains("missing \"reply\"") == true)
        #expect((lines[3]["error"] as? String)?.contains("UTF-8") == true)
        #expect((lines[4]["error"] as? String)?.contains("must be a string") == true)
        #expect((lines[6]["error"] as? String)?.contains("unknown locale") == true)
        #expect(lines[1]["id"] is NSNull)
        #expect(lines[7]["empathy"] != nil)
    }

    @Test("A 1 MB reply streams through and is scored")
    func megabyteReply() throws {
        let reply = String(repeating: "Please restart the phone and I'll check the line for you. ", count: 18_000)
        #expect(reply.utf8.count > 1_000_000)
        let line = try JSONSerialization.data(withJSONObject: ["id": "big", "reply": reply])
        let result = run(["score", "--format", "jsonl"], input: Array(line) + [0x0A])
        #expect(result.exitCode == 0)
        let lines = try jsonLines(result.stdout)
        #expect(lines.count == 1 && lines[0]["id"] as? String == "big")
        #expect((lines[0]["findings"] as? [[String: Any]])?.contains { $0["criterion"] as? String == "rambling" } == true)
    }

    @Test("Help is the same from -h, --help and help <command>, with the standard sections")
    func help() {
        let short = run(["score", "-h"])
        let long = run(["score", "--help"])
        let named = run(["help", "score"])
        #expect(short.stdout == long.stdout && long.stdout == named.stdout)
        for section in ["OVERVIEW:", "USAGE: frontline score", "ARGUMENTS:", "OPTIONS:"] {
            #expect(long.stdout.contains(section))
        }
        let root = run(["--help"])
        #expect(root.stdout.contains("SUBCOMMANDS:") && root.stdout.contains("score"))
    }

    @Test("Usage mistakes exit 64 with the error, the usage line and a pointer to help")
    func usageErrors() {
        let typo = run(["score", "hi", "--custmer", "x"])
        #expect(typo.exitCode == 64)
        #expect(typo.stderr.hasPrefix("Error: Unknown option '--custmer'. Did you mean '--customer'?"))
        #expect(typo.stderr.contains("Usage: frontline score") && typo.stderr.contains("See 'frontline score --help'"))
        #expect(run(["score", "hi", "--format", "yaml"]).exitCode == 64)
        #expect(run(["score", "hi", "--locale", "xx"]).exitCode == 64)
        #expect(run(["score", "hi", "--customer"]).exitCode == 64)
        let unknown = run(["scroe"])
        #expect(unknown.exitCode == 64 && unknown.stderr.contains("Did you mean 'score'?"))
    }

    @Test("A missing input file is bad input data: exit 65 with the file named")
    func missingFile() {
        let result = run(["score", "--format", "jsonl", "/nonexistent/replies.jsonl"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("/nonexistent/replies.jsonl"))
    }
}

@Suite("The real frontline binary", .tags(.commandLine))
struct BinaryTests {
    @Test("The built binary scores JSON Lines from standard input, reports bad lines and exits 65")
    func realBinary() throws {
        let binary = PackagePaths.binary
        try #require(
            FileManager.default.isExecutableFile(atPath: binary.path),
            "build the package first (swift build --build-tests): \(binary.path) is missing")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["score", "--format", "jsonl", "-"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        var lines = Data(#"{"id": "x", "reply": "I'll call the driver now and ring you back in 10 minutes."}"#.utf8) + Data([0x0A])
        lines += Data("not json\n".utf8)
        let big = String(repeating: "Thank you for waiting, the card is on its way today. ", count: 20_000)
        lines += try JSONSerialization.data(withJSONObject: ["id": "big", "reply": big]) + Data([0x0A])
        // Write from another thread so a full pipe cannot block the reader.
        let payload = lines
        let writer = Thread {
            input.fileHandleForWriting.write(payload)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 65)
        let text = String(decoding: data, as: UTF8.self)
        let results = text.split(separator: "\n")
        #expect(results.count == 3)
        #expect(results[0].contains(#""id":"x""#) && results[0].contains(#""resolution":"#))
        #expect(results[1].contains(#""line":2"#) && results[1].contains(#""error":"#))
        #expect(results[2].contains(#""id":"big""#))
    }
}

@Suite("frontline personas and simulate", .tags(.commandLine))
struct PersonasAndSimulateTests {
    @Test("personas lists every persona; one persona shows the call; JSON is valid")
    func personas() throws {
        let list = CommandLineTool.run(arguments: ["personas"])
        #expect(list.exitCode == 0)
        #expect(list.stdout.contains("coded-call") && list.stdout.contains("taxi-roof"))
        let one = CommandLineTool.run(arguments: ["personas", "taxi-roof"])
        #expect(one.stdout.contains("Never:") && one.stdout.contains("privacy"))
        let json = CommandLineTool.run(arguments: ["personas", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.count >= 13)
        let typo = CommandLineTool.run(arguments: ["personas", "taxi-rof"])
        #expect(typo.exitCode == 64 && typo.stderr.contains("Did you mean 'taxi-roof'?"))
    }

    @Test("simulate plays a script, reports a bad action line and still plays the rest")
    func scriptedCall() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("call.txt")
        try """
            # The coded call, played well.
            Hi love, I'm listening and I'll play along. You only need to say yes or no. Are you in danger right now?
            Okay. | /teleport home
            Okay. Are you at home, at the address on your account? Just yes or no.
            I'm sending the police to you now. Stay on the line with me. | /police address on the account
            """.write(to: script, atomically: true, encoding: .utf8)
        let result = CommandLineTool.run(arguments: ["simulate", "coded-call", "--script", script.path])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("line 3: unknown action '/teleport'"))
        #expect(result.stdout.contains("Outcome: resolved"))
        let json = CommandLineTool.run(arguments: ["simulate", "coded-call", "--script", script.path, "--format", "json", "--seed", "7"])
        let again = CommandLineTool.run(arguments: ["simulate", "coded-call", "--script", script.path, "--format", "json", "--seed", "7"])
        #expect(json.stdout == again.stdout, "same seed, same transcript")
        #expect(json.stdout.contains("\"outcome\" : \"resolved\""))
    }

    @Test("simulate takes turns typed at the terminal and ends on an empty line")
    func interactiveCall() {
        let input = "Hello, did a new SIM card come with your contract?\nFirst, switch the phone off. Then put the new card in. | /send-instructions new SIM\n"
        let result = CommandLineTool.run(arguments: ["simulate", "sim-after-porting"], input: Array(input.utf8))
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("Customer: Hello, sorry to bother you."))
        #expect(result.stdout.contains("Outcome: resolved"))
    }

    @Test("simulate answers each turn as it is typed, before the input ends")
    func interactiveBinary() throws {
        let binary = PackagePaths.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the package first")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["simulate", "sim-after-porting"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        // A binary that waits for the end of input would never answer: stop it after 15 seconds so the test fails.
        DispatchQueue.global().asyncAfter(deadline: .now() + 15) { if process.isRunning { process.terminate() } }
        input.fileHandleForWriting.write(Data("Hello, did a new SIM card come with your contract?\n".utf8))
        // The customer's answer must arrive while standard input is still open.
        var seen = ""
        let deadline = Date().addingTimeInterval(20)
        while !seen.contains("envelope") && Date() < deadline {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        #expect(seen.contains("envelope"), "no answer before the input ended: \(seen)")
    }
}
