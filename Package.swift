// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "bookgen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "bookgen", targets: ["bookgen"]),
        .executable(name: "refcheck", targets: ["refcheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.0.0"),
    ],
    targets: [
        // MARK: - C

        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),

        // MARK: - Pure targets (no I/O)

        .target(name: "BookHTML"),
        .target(name: "BookNumerics", linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .target(name: "BookMath", dependencies: ["BookHTML"]),
        .target(name: "BookFigures", dependencies: ["BookHTML"], linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),

        // MARK: - Pipeline

        .target(name: "BookMarkdown", dependencies: ["CCMark"]),
        .target(name: "BookExperiments", dependencies: ["BookNumerics", "BookFigures", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "BookSite",
            dependencies: [
                "BookMarkdown", "BookHTML", "BookMath", "BookExperiments",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "BookgenCLI",
            dependencies: [
                "BookSite", "BookExperiments", "BookMath",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "bookgen", dependencies: ["BookgenCLI"]),

        // MARK: - Tools

        .executableTarget(name: "refcheck", dependencies: ["BookNumerics"]),
        .executableTarget(name: "learning-bench", dependencies: ["BookNumerics"]),
        .executableTarget(name: "numerics-bench", dependencies: ["BookNumerics"]),
        .executableTarget(name: "figures-bench", dependencies: ["BookFigures"], path: "benchmarks/figures", exclude: ["README.md"]),

        // MARK: - Tests

        .target(name: "BookTestSupport", dependencies: ["BookSite", "BookExperiments"], path: "Tests/BookTestSupport"),
        .testTarget(name: "BookHTMLTests", dependencies: ["BookHTML"]),
        .testTarget(name: "BookNumericsTests", dependencies: ["BookNumerics"]),
        .testTarget(name: "BookMarkdownTests", dependencies: ["BookMarkdown"]),
        .testTarget(name: "BookExperimentsTests", dependencies: ["BookExperiments"]),
        .testTarget(name: "BookSiteTests", dependencies: ["BookSite", "BookTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "BookgenCLITests", dependencies: ["BookgenCLI", "BookTestSupport"]),
        .testTarget(name: "BookFiguresTests", dependencies: ["BookFigures"], exclude: ["Golden", "README.md"]),
        .testTarget(name: "BookMathTests", dependencies: ["BookMath"]),
    ]
)
