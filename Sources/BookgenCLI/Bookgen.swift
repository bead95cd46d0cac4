public import ArgumentParser

/// The `bookgen` command: builds a static HTML book from Markdown chapters.
public struct Bookgen: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bookgen",
        abstract: "Build a static HTML book from Chinese Markdown chapters.",
        subcommands: [Build.self, Render.self, Experiment.self, Math.self]
    )

    public init() {}
}
