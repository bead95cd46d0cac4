// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "bookgen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "refcheck", targets: ["refcheck"]),
        .executable(name: "mathcheck-adapter", targets: ["mathcheck-adapter"]),
    ],
    dependencies: [],
    targets: [
        // MARK: - Pure targets (no I/O)
        .target(name: "BookHTML"),
        .target(name: "BookNumerics", linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .target(name: "BookMath", dependencies: ["BookHTML"]),

        // MARK: - Tools
        .executableTarget(name: "refcheck", dependencies: ["BookNumerics"]),
        .executableTarget(name: "mathcheck-adapter", dependencies: ["BookMath"]),

        // MARK: - Tests
        .testTarget(name: "BookHTMLTests", dependencies: ["BookHTML"]),
        .testTarget(name: "BookNumericsTests", dependencies: ["BookNumerics"]),
        .testTarget(name: "BookMathTests", dependencies: ["BookMath"]),
    ]
)
