import BookMarkdown
import BookSite
import BookTestSupport
import Testing

/// Every CommonMark 0.30 example, rendered through `bookgen render`'s code path with the
/// book's extensions switched on (math, callouts, smart punctuation), must equal libcmark's
/// own HTML renderer in unsafe mode with the same punctuation option.
@Suite struct CommonMarkSpecTests {
    static let examples = SpecExample.load()

    @Test func fixtureHasAllExamples() {
        #expect(Self.examples.count == 652)
    }

    @Test(arguments: examples)
    func rendersLikeLibcmark(_ example: SpecExample) {
        let ours = ChapterRenderer.render(example.markdown, file: "spec", options: .commonMark).html
        let libcmark = MarkdownDocument.libcmarkHTML(example.markdown, options: .book)
        #expect(ours == libcmark, "example \(example.example) (\(example.section))")
    }

    /// Without smart punctuation, libcmark's output is the spec's expected HTML; so is ours.
    @Test(arguments: examples)
    func matchesSpecWithoutSmartPunctuation(_ example: SpecExample) {
        let ours = ChapterRenderer.render(
            example.markdown, file: "spec", options: .commonMark, parseOptions: [.math, .callouts]
        ).html
        #expect(ours == MarkdownDocument.libcmarkHTML(example.markdown, options: []))
    }
}
