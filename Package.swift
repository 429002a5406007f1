// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Frontline",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Frontline", targets: ["Frontline"]),
        .library(name: "FrontlineTesting", targets: ["FrontlineTesting"]),
        .executable(name: "frontline", targets: ["frontline"]),
    ],
    targets: [
        // The grading library: text analysis, criteria, evaluators, scorecards and renderers.
        .target(name: "Frontline", linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        // Helpers that Swift Testing grading suites use to grade trainees' work.
        .target(name: "FrontlineTesting", dependencies: ["Frontline"]),
        // The commands of the `frontline` tool, kept in a library so tests can run them in-process.
        .target(name: "FrontlineCLI", dependencies: ["Frontline"]),
        // The thin executable over FrontlineCLI.
        .executableTarget(name: "frontline", dependencies: ["FrontlineCLI"]),
        // Release-mode benchmarks: `swift run -c release frontline-benchmark`.
        .executableTarget(name: "frontline-benchmark", dependencies: ["Frontline"], path: "Sources/FrontlineBenchmarks"),
        .testTarget(
            name: "FrontlineTests",
            dependencies: ["Frontline", "FrontlineCLI", "FrontlineTesting"],
            exclude: ["Fixtures"]
        ),
    ]
)
