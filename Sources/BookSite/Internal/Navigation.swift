/// A chapter's entry in the sidebar, rendered once from `sidebar-item.mustache` in both of
/// its forms, so that building a page's sidebar is string concatenation.
struct SidebarEntry: Sendable {
    var plain: String
    var current: String
}

/// The chapter list shown beside every page.
///
/// Repeating a 1 000-entry list in each of 1 000 pages makes the site grow with the square of
/// the book; instead every page carries a window of at most ``window`` chapters around its
/// own (the whole list for books up to that size), plus links to the full contents on the
/// cover. The site then grows linearly, and needs no script.
enum Navigation {
    static let window = 41

    /// The sidebar of the page of chapter `current` (0-based), or of the cover when `nil`.
    static func sidebar(for current: Int?, entries: [SidebarEntry]) -> [String: Any] {
        let count = entries.count
        var range = 0..<count
        if count > window {
            let center = current ?? 0
            let lower = max(0, min(center - window / 2, count - window))
            range = lower..<(lower + window)
        }
        var html = ""
        for index in range {
            html += index == current ? entries[index].current : entries[index].plain
        }
        return [
            "itemsHTML": html,
            "moreBefore": range.lowerBound > 0 ? "… 前 \(range.lowerBound) 章见目录" : false,
            "moreAfter": range.upperBound < count ? "… 后 \(count - range.upperBound) 章见目录" : false,
        ]
    }

    /// The context of `sidebar-item.mustache` for a chapter.
    static func item(_ chapter: Chapter, current: Bool) -> [String: Any] {
        var item: [String: Any] = ["label": chapter.label, "title": chapter.title, "href": chapter.pageName]
        if current {
            let sections = sections(of: chapter, href: "")
            item["current"] = true
            item["sections"] = sections
            item["hasSections"] = !sections.isEmpty
        }
        return item
    }

    static func sections(of chapter: Chapter, href page: String) -> [[String: Any]] {
        chapter.fragment.headings.filter { $0.level == 2 && !$0.id.isEmpty }.map {
            ["number": $0.number, "text": $0.text, "href": page + "#" + $0.id]
        }
    }

    static func link(to chapter: Chapter?) -> Any {
        guard let chapter else { return false }
        return ["href": chapter.pageName, "label": chapter.label, "title": chapter.title]
    }
}
