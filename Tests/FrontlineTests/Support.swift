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

/// A seeded random number generator (SplitMix64): the same seed gives the same sequence on every machine.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func analyze(_ text: String, _ language: LanguagePack = Languages.english) -> AnalyzedText {
    AnalyzedText(text, language: language)
}
