import Foundation
import Frontline

/// `frontline leaderboard`: ranks a cohort from results files and folders, flagging anything suspicious.
struct LeaderboardCommand: FrontlineCommand {
    static let spec = CommandSpec(
        name: "leaderboard",
        abstract: "Rank trainees from results files or folders; bad, forged or foreign files are flagged, never dropped.",
        discussion: """
            Ranks by points in each trainee's latest results; ties go to more exercises completed, then to whoever
            reached the score first, then by name. Earlier results stay in each trainee's history. If a path is
            missing, --out is left as it was, so a typo never replaces a good board.
            """,
        arguments: [ArgumentSpec("paths", help: "Results files or folders (searched for .json files).", optional: false)],
        options: [
            .value(
                "format", short: "f", "format", help: "Output format.", choices: ["md", "markdown", "html", "csv", "json"]),
            .value("out", short: "o", "file", help: "Write to a file (atomically) instead of standard output."),
            .flag("anonymize", help: "Show stable nicknames instead of names."),
            .value("grader-digest", "hex", help: "The grader digest results must carry (default: this kit's)."),
        ])

    let paths: [String]
    let format: String
    let out: String?
    let anonymize: Bool
    let digest: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard !arguments.positionals.isEmpty else { throw UsageError("Give at least one results file or folder.") }
        paths = arguments.positionals
        format = arguments.value("format") ?? "md"
        out = arguments.value("out")
        anonymize = arguments.flag("anonymize")
        digest = arguments.value("grader-digest")
    }

    func run(_ io: CommandIO) throws -> Int32 {
        var files: [(source: String, data: Data)] = []
        var missing = 0
        var read: Set<String> = []
        for path in paths {
            let url = URL(fileURLWithPath: path.hasPrefix("/") ? path : io.workingDirectory + "/" + path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                io.errors.write("Error: no such file or folder: \(path)\n")
                missing += 1
                continue
            }
            let found = isDirectory.boolValue ? LeaderboardCommand.jsonFiles(in: url) : [url]
            // A file named twice (or found again through its folder) is read once.
            for file in found where read.insert(file.standardizedFileURL.resolvingSymlinksInPath().path).inserted {
                let source = file.path.hasPrefix(io.workingDirectory + "/") ? String(file.path.dropFirst(io.workingDirectory.count + 1)) : file.path
                let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
                if size > Leaderboard.maximumFileSize {
                    // Too big to read: pass a marker of the right size without reading it all.
                    files.append((source, Data(count: size)))
                } else if let data = try? Data(contentsOf: file) {
                    files.append((source, data))
                } else {
                    io.errors.write("Error: cannot read \(source)\n")
                    missing += 1
                }
            }
        }
        let expected = digest ?? CourseLibrary.findRoot(from: io.workingDirectory).map { GraderDigest.compute(root: $0) }
        if expected == nil {
            io.errors.write(
                "Note: not inside a Frontline kit, so results are not checked against its grader; "
                    + "run from the kit or pass --grader-digest.\n")
        }
        let board = Leaderboard.build(files: files, expectedDigest: expected, anonymize: anonymize)
        let report = LeaderboardReport(board)
        let text: String
        switch format {
        case "html": text = report.html()
        case "csv": text = report.csv()
        case "json":
            text = try CommandLineTool.jsonText(board)
        default: text = report.markdown()
        }
        if let out, missing > 0 {
            io.errors.write("Not writing \(out): \(missing) path(s) could not be read; fix them and run again.\n")
        } else if let out {
            try FileOutput.write(Data(text.utf8), to: out, in: io.workingDirectory)
            io.output.write("Wrote \(out): \(board.entries.count) trainees, \(board.flags.count) flag(s).\n")
        } else {
            io.output.write(text)
        }
        if !board.flags.isEmpty { io.errors.write("\(board.flags.count) file problem(s) flagged in the output.\n") }
        return missing > 0 ? CommandLineTool.ExitStatus.dataError : CommandLineTool.ExitStatus.success
    }

    /// Every .json file under a folder, in path order.
    static func jsonFiles(in folder: URL) -> [URL] {
        var found: [URL] = []
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "json" { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }
}
