/// Did-you-mean suggestions by edit distance.
enum EditDistance {
    /// The optimal-string-alignment distance between two strings (by Unicode scalar):
    /// insertions, deletions, substitutions and swaps of two adjacent characters each cost one,
    /// so the common typo `\alpah` is one edit from `\alpha`.
    ///
    /// - Parameters:
    ///   - a: One string.
    ///   - b: The other.
    /// - Returns: The number of edits that turn `a` into `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[x.count][y.count]
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
