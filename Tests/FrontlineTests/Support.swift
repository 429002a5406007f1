import Foundation
import Testing

@testable import Frontline

extension Tag {
    @Tag static var empathy: Self
    @Tag static var clarity: Self
    @Tag static var resolution: Self
    @Tag static var textAnalysis: Self
    @Tag static var commandLine: Self
    @Tag static var fuzz: Self
}

/// Paths of the package, found from this file, so tests read fixtures and sources in place.
enum PackagePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/FrontlineTests/Fixtures")
    static let sources = root.appendingPathComponent("Sources")

    /// The built `frontline` binary next to the test bundle.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("frontline")
    }
}

func analyze(_ text: String, _ language: LanguagePack = Languages.english) -> AnalyzedText {
    AnalyzedText(text, language: language)
}
