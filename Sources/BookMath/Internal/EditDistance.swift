/// Did-you-mean suggestions by edit distance.
enum EditDistance {
    /// The Levenshtein distance between two strings (by Unicode scalar).
    ///
    /// - Parameters:
    ///   - a: One string.
    ///   - b: The other.
    /// - Returns: The number of insertions, deletions and substitutions that turn `a` into `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The closest candidate to `word`, if it is close enough to be a likely typo (at most
    /// one edit for short words, two for words of five or more characters, three from ten).
    /// Ties go to the alphabetically first candidate, so the answer is deterministic.
    ///
    /// - Parameters:
    ///   - word: What was written.
    ///   - candidates: Known names, sorted.
    /// - Returns: The suggestion, or `nil`.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let limit = word.count >= 10 ? 3 : word.count >= 5 ? 2 : 1
        var best: (name: String, distance: Int)?
        for candidate in candidates where abs(candidate.count - word.count) <= limit {
            let d = distance(word, candidate)
            if d <= limit, d < (best?.distance ?? Int.max) {
                best = (candidate, d)
            }
        }
        return best?.name
    }
}
