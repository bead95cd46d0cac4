extension Dataset {
    /// Two concentric circles (scikit-learn's `make_circles`).
    ///
    /// With `outer = count / 2` and `inner = count − outer`: the outer circle has the points
    /// (cos tᵢ, sin tᵢ), tᵢ = 2πi/outer, label 0; the inner one `factor·(cos tⱼ, sin tⱼ)`,
    /// tⱼ = 2πj/inner, label 1; listed outer first.
    ///
    /// Random draws, in order: when `shuffle` is on, the Fisher–Yates swaps
    /// (`nextIndex(below: i + 1)` for i = count−1 … 1); then, when `noise > 0`, one normal
    /// sample per coordinate, row by row, scaled by `noise` and added.
    ///
    /// - Parameters:
    ///   - count: Number of points, at least 1.
    ///   - factor: Radius of the inner circle relative to the outer one, in [0, 1).
    ///   - noise: Standard deviation (≥ 0) of the Gaussian noise added to every coordinate.
    ///   - shuffle: Whether to shuffle the points.
    ///   - seed: Seed of the ``SeededGenerator``.
    /// - Returns: 2-D points with ``labels`` 0 (outer) and 1 (inner).
    /// - Throws: ``DataError`` naming `count`, `factor` or `noise`.
    public static func circles(
        count: Int, factor: Double = 0.8, noise: Double = 0, shuffle: Bool = true, seed: UInt64
    ) throws(DataError) -> Dataset {
        try requireCount(count)
        guard factor >= 0, factor < 1 else {
            throw .invalidParameter(parameter: "factor", value: "\(factor)", requirement: "in [0, 1)")
        }
        try requireNoise(noise)
        let outerCount = count / 2
        let innerCount = count - outerCount
        var points: [[Double]] = []
        points.reserveCapacity(count)
        for i in 0..<outerCount {
            let t = 2 * Double.pi * Double(i) / Double(outerCount)
            points.append([_cos(t), _sin(t)])
        }
        for j in 0..<innerCount {
            let t = 2 * Double.pi * Double(j) / Double(innerCount)
            points.append([factor * _cos(t), factor * _sin(t)])
        }
        var labels = Array(repeating: 0, count: outerCount) + Array(repeating: 1, count: innerCount)
        var generator = SeededGenerator(seed: seed)
        if shuffle { Dataset.shuffle(&points, &labels, with: &generator) }
        addNoise(noise, to: &points, with: &generator)
        return Dataset(validPoints: points, labels: labels, targets: nil)
    }
}
