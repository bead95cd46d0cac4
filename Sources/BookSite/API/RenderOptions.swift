/// How a Markdown document is turned into HTML.
public struct RenderOptions: Sendable, Equatable {
    /// Give headings ids (slugs that keep Chinese characters) and a `#` anchor link.
    public var headingAnchors: Bool
    /// When set, `##` headings are numbered `N.1`, `N.2`, … and `###` headings `N.1.1`, ….
    public var chapterNumber: Int?
    /// Take the first `#` heading out of the body as the page title.
    public var extractsTitle: Bool

    /// Creates render options.
    ///
    /// - Parameters:
    ///   - headingAnchors: Ids and anchor links on headings.
    ///   - chapterNumber: The chapter number used for section numbers, or `nil`.
    ///   - extractsTitle: Whether the first level-1 heading becomes the title.
    public init(headingAnchors: Bool = true, chapterNumber: Int? = nil, extractsTitle: Bool = false) {
        self.headingAnchors = headingAnchors
        self.chapterNumber = chapterNumber
        self.extractsTitle = extractsTitle
    }

    /// What `bookgen render` uses: every extension, no page context.
    public static let fragment = RenderOptions()

    /// Plain CommonMark output: exactly what libcmark's renderer writes for documents that
    /// use no bookgen syntax. Heading ids are the one extension that changes standard output.
    public static let commonMark = RenderOptions(headingAnchors: false)
}
