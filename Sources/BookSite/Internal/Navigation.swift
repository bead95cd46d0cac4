/// The chapter list shown beside every page.
///
/// Repeating a 1 000-entry list in each of 1 000 pages makes the site grow with the square of
/// the book; instead every page carries a window of at most ``window`` chapters around its
/// own (the whole list for books up to that size), plus links to the first chapter and to the
/// full contents on the cover. The site then grows linearly, and needs no script.
enum Navigation {
    static let window = 41

    static func sidebar(for current: Int?, chapters: [Chapter]) -> [String: Any] {
        let count = chapters.count
        var range = 0..<count
        if count > window {
            let center = (current ?? 1) - 1
            let lower = max(0, min(center - window / 2, count - window))
            range = lower..<(lower + window)
        }
        let items: [[String: Any]] = chapters[range].map { chapter in
            var item: [String: Any] = [
                "label": chapter.label, "title": chapter.title, "href": chapter.pageName,
            ]
            if chapter.number == current {
                let sections = sections(of: chapter, href: "")
                item["current"] = true
                item["sections"] = sections
                item["hasSections"] = !sections.isEmpty
            }
            return item
        }
        return [
            "items": items,
            "moreBefore": range.lowerBound > 0 ? "… 前 \(range.lowerBound) 章见目录" : false,
            "moreAfter": range.upperBound < count ? "… 后 \(count - range.upperBound) 章见目录" : false,
        ]
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
