// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "bookgen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "refcheck", targets: ["refcheck"]),
        .executable(name: "figures-bench", targets: ["figures-bench"]),
    ],
    dependencies: [],
    targets: [
        // MARK: - Pure targets (no I/O)
        .target(name: "BookHTML"),
        .target(name: "BookNumerics", linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .target(name: "BookFigures", dependencies: ["BookHTML"], linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),

        // MARK: - Tools
        .executableTarget(name: "refcheck", dependencies: ["BookNumerics"]),
        .executableTarget(name: "figures-bench", dependencies: ["BookFigures"], path: "benchmarks/figures", exclude: ["README.md"]),

        // MARK: - Tests
        .testTarget(name: "BookHTMLTests", dependencies: ["BookHTML"]),
        .testTarget(name: "BookNumericsTests", dependencies: ["BookNumerics"]),
        .testTarget(name: "BookFiguresTests", dependencies: ["BookFigures"], exclude: ["Golden", "README.md"]),
    ]
)
