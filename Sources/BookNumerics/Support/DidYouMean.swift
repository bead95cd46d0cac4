/// Spelling suggestions for unknown names ("did you mean 'sin'?").
public enum DidYouMean {
    /// The candidate closest to `name` by Levenshtein distance, when it is close enough to be a
    /// plausible typo.
    ///
    /// A candidate qualifies when its distance is at most 2 and smaller than the length of
    /// `name` (so a one-letter name never gets a suggestion: every other letter is one edit
    /// away). Ties go to the earlier candidate. The comparison is case-insensitive.
    ///
    /// - Parameters:
    ///   - name: The unknown name as written.
    ///   - candidates: The valid names, in order of preference.
    /// - Returns: The best candidate, or `nil` when none is close.
    public static func suggestion(for name: String, among candidates: [String]) -> String? {
        let lowered = Array(name.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = levenshtein(lowered, Array(candidate.lowercased()))
            guard distance <= 2, distance < lowered.count, distance > 0 || candidate != name else { continue }
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The Levenshtein edit distance (insertions, deletions, substitutions each cost 1).
    ///
    /// - Parameters:
    ///   - a: The first sequence.
    ///   - b: The second sequence.
    /// - Returns: The minimal number of edits turning `a` into `b`.
    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = Swift.min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
