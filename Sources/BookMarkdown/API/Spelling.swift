/// "Did you mean …?" suggestions for misspelled names.
public enum Spelling {
    /// The candidate closest to `word` by edit distance (insertions, deletions, substitutions
    /// and transpositions of adjacent characters), if it is close enough to be a likely typo:
    /// at most one edit for words up to four characters, and at most a third of the word's
    /// length beyond that. Ties go to the earlier candidate; comparison ignores case.
    ///
    /// - Parameters:
    ///   - word: What the author wrote.
    ///   - candidates: The valid names, in order of preference.
    /// - Returns: The suggestion, or `nil` when nothing is close.
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased())
        let limit = max(1, target.count / 3)
        var best: (name: String, distance: Int)? = nil
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// The optimal-string-alignment distance between two character sequences.
    ///
    /// - Parameters:
    ///   - a: The first sequence.
    ///   - b: The second sequence.
    /// - Returns: The number of edits that turn `a` into `b`.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    /// ` (did you mean 'x'?)` when a suggestion exists, else an empty string; for appending
    /// to a diagnostic message.
    ///
    /// - Parameters:
    ///   - word: What the author wrote.
    ///   - candidates: The valid names.
    /// - Returns: The parenthesised hint or `""`.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        guard let suggestion = suggestion(for: word, among: candidates) else { return "" }
        return " (did you mean '\(suggestion)'?)"
    }
}
