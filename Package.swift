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
    traits: [
        .trait(
            name: "Solutions",
            description: "Grade every exercise's reference solution and anti-solutions instead of the trainee's work."),
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
        // The trainee's exercise files, reference solutions and anti-solutions (Exercises/<NN-slug>/).
        .target(name: "Exercises", dependencies: ["Frontline"], path: "Exercises"),
        // The grading suites trainees run with `swift test`; with `--traits Solutions` they verify the course itself.
        .testTarget(
            name: "ExerciseTests",
            dependencies: ["Exercises", "Frontline", "FrontlineTesting"],
            swiftSettings: [.define("SOLUTIONS", .when(traits: ["Solutions"]))]
        ),
        .testTarget(
            name: "FrontlineTests",
            dependencies: ["Frontline", "FrontlineCLI", "FrontlineTesting"],
            exclude: ["Fixtures"]
        ),
    ]
)
