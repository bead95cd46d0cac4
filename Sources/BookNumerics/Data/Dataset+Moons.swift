extension Dataset {
    /// Two interleaving half circles (scikit-learn's `make_moons`).
    ///
    /// With `outer = count / 2` and `inner = count − outer`, and tᵢ = numpy's
    /// `linspace(0, π, n)`: the outer moon is (cos t, sin t) with label 0, the inner moon is
    /// (1 − cos t, 0.5 − sin t) with label 1, listed outer first.
    ///
    /// Random draws, in order: when `shuffle` is on, the Fisher–Yates swaps
    /// (`nextIndex(below: i + 1)` for i = count−1 … 1); then, when `noise > 0`, one normal
    /// sample per coordinate, row by row, scaled by `noise` and added.
    ///
    /// - Parameters:
    ///   - count: Number of points, at least 1 (with 1 point the inner moon is empty).
    ///   - noise: Standard deviation (≥ 0) of the Gaussian noise added to every coordinate.
    ///   - shuffle: Whether to shuffle the points.
    ///   - seed: Seed of the ``SeededGenerator``.
    /// - Returns: 2-D points with ``labels`` 0 (outer) and 1 (inner).
    /// - Throws: ``DataError`` naming `count` or `noise`.
    public static func moons(count: Int, noise: Double = 0, shuffle: Bool = true, seed: UInt64) throws(DataError)
        -> Dataset
    {
        try requireCount(count)
        try requireNoise(noise)
        let outerCount = count / 2
        let innerCount = count - outerCount
        var points: [[Double]] = []
        points.reserveCapacity(count)
        for t in linspace(0, Double.pi, count: outerCount) {
            points.append([_cos(t), _sin(t)])
        }
        for t in linspace(0, Double.pi, count: innerCount) {
            points.append([1 - _cos(t), 1 - _sin(t) - 0.5])
        }
        var labels = Array(repeating: 0, count: outerCount) + Array(repeating: 1, count: innerCount)
        var generator = SeededGenerator(seed: seed)
        if shuffle { Dataset.shuffle(&points, &labels, with: &generator) }
        addNoise(noise, to: &points, with: &generator)
        return Dataset(validPoints: points, labels: labels, targets: nil)
    }
}
