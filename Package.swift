// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "bookgen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "refcheck", targets: ["refcheck"]),
    ],
    dependencies: [],
    targets: [
        // MARK: - Pure targets (no I/O)
        .target(name: "BookHTML"),
        .target(name: "BookNumerics", linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),

        // MARK: - Tools
        .executableTarget(name: "refcheck", dependencies: ["BookNumerics"]),
        .executableTarget(name: "numerics-bench", dependencies: ["BookNumerics"]),

        // MARK: - Tests
        .testTarget(name: "BookHTMLTests", dependencies: ["BookHTML"]),
        .testTarget(name: "BookNumericsTests", dependencies: ["BookNumerics"]),
    ]
)
