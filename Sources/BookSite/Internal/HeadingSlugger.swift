/// Makes heading ids that keep Chinese characters and are unique within one page:
/// `学习率的选择` → `学习率的选择`, `Adam 与 AdamW` → `adam-与-adamw`, a second `小结` → `小结-2`.
struct HeadingSlugger {
    private var used: Set<String> = []

    /// A slug for `text`, unique among the slugs this slugger has handed out.
    mutating func uniqueSlug(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Marks an id as taken (e.g. an id the page template uses).
    mutating func reserve(_ id: String) {
        used.insert(id)
    }

    /// Lower-cases ASCII, keeps letters and digits of any script plus `-` and `_`, turns runs
    /// of spaces and other punctuation into one `-`, and trims `-` at both ends.
    static func slug(_ text: String) -> String {
        var output = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let keep = properties.isAlphabetic || properties.numericType != nil || scalar == "_" || scalar == "-"
            if keep && !(scalar.properties.generalCategory == .otherSymbol) {
                if pendingDash && !output.isEmpty { output += "-" }
                pendingDash = false
                output.unicodeScalars.append(
                    contentsOf: scalar.isASCII
                        ? String(scalar).lowercased().unicodeScalars : String(scalar).unicodeScalars)
            } else {
                pendingDash = true
            }
        }
        while output.hasSuffix("-") { output.removeLast() }
        return output.isEmpty ? "section" : output
    }
}
