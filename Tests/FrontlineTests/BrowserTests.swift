import Foundation
import Testing

@testable import Frontline

/// Finds a headless Chromium on the machine (Debian's `chromium` package).
enum Browser {
    static let executable: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// CI sets FRONTLINE_REQUIRE_BROWSER=1 after installing Chromium, so a missing browser fails there.
    static var required: Bool { ProcessInfo.processInfo.environment["FRONTLINE_REQUIRE_BROWSER"] == "1" }

    /// Runs Chromium headless with arguments and returns what it printed.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

@Suite("The leaderboard page in a real browser", .tags(.commandLine))
struct BrowserTests {
    @Test(
        "Headless Chromium renders the page: table, awards, three charts, escaped names, no script run",
        .enabled(if: Browser.executable != nil || Browser.required, "Chromium is not installed (apt-get install chromium)"))
    func rendersInChromium() throws {
        try #require(Browser.executable != nil, "FRONTLINE_REQUIRE_BROWSER=1 but Chromium is not installed")
        var files: [(source: String, data: Data)] = []
        for (index, name) in ["ana", "<script>document.title='pwned'</script>", "=cmd|' /C calc'!A0", "ben"].enumerated() {
            for day in 1...3 {
                let results = ResultsFixture.results(
                    name, scores: [[40 + index * 10 + day, 60, 50], [50, 70 - index, 60]], passed: day % 2,
                    timestamp: "2026-11-2\(day)T10:00:00Z")
                files.append(("\(index)-\(day).json", ResultsFixture.data(results)))
            }
        }
        let board = Leaderboard.build(files: files, expectedDigest: ResultsFixture.digest, anonymize: false)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("leaderboard.html")
        try LeaderboardReport(board).html().write(to: page, atomically: true, encoding: .utf8)

        let dom = try Browser.run(["--dump-dom", page.absoluteString])
        #expect(dom.status == 0)
        #expect(dom.output.contains("<title>Frontline leaderboard</title>"), "the script in a name must not run and change the title")
        #expect(dom.output.components(separatedBy: "<svg").count - 1 == 3, "three charts")
        #expect(dom.output.contains("&lt;script&gt;"))
        #expect(dom.output.components(separatedBy: "<tr>").count - 1 == 1 + board.entries.count)
        #expect(dom.output.contains("Most empathetic"))

        let screenshot = folder.appendingPathComponent("page.png")
        let shot = try Browser.run(["--screenshot=\(screenshot.path)", "--window-size=1000,1400", page.absoluteString])
        #expect(shot.status == 0)
        let png = try Data(contentsOf: screenshot)
        #expect(png.count > 10_000 && png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]), "a rendered PNG")
    }
}
