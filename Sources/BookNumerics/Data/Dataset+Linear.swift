extension Dataset {
    /// A noisy linear regression problem: y = w·x + b + σ·ε with ε standard normal.
    ///
    /// The book's example, y = 4 + 3x + noise with x uniform in [0, 2], is the default.
    ///
    /// Random draws, in order: all `count × weights.count` coordinates of x, row by row, each
    /// `range.lower + (range.upper − range.lower)·u` for a uniform u (``SeededGenerator/nextUniform()``);
    /// then `count` normal samples ε (``SeededGenerator/nextNormal()``), even when `noise` is 0.
    ///
    /// - Parameters:
    ///   - count: Number of samples, at least 1.
    ///   - weights: The true weights w; their number is the dimension of x (at least 1).
    ///   - bias: The true intercept b.
    ///   - range: Every coordinate of x is drawn uniformly from `[lower, upper)`; `lower ≤ upper`.
    ///   - noise: Standard deviation σ ≥ 0 of the Gaussian noise on y.
    ///   - seed: Seed of the ``SeededGenerator``.
    /// - Returns: Points x (`count × weights.count`) with ``targets`` y and no labels.
    /// - Throws: ``DataError/invalidParameter(parameter:value:requirement:)`` naming `count`,
    ///   `weights`, `range` or `noise`.
    public static func linear(
        count: Int,
        weights: [Double] = [3],
        bias: Double = 4,
        range: (lower: Double, upper: Double) = (0, 2),
        noise: Double = 1,
        seed: UInt64
    ) throws(DataError) -> Dataset {
        try requireCount(count)
        guard !weights.isEmpty, weights.allSatisfy(\.isFinite) else {
            throw .invalidParameter(
                parameter: "weights", value: "\(weights)", requirement: "a non-empty list of finite numbers")
        }
        guard bias.isFinite else {
            throw .invalidParameter(parameter: "bias", value: "\(bias)", requirement: "a finite number")
        }
        guard range.lower.isFinite, range.upper.isFinite, range.lower <= range.upper else {
            throw .invalidParameter(
                parameter: "range", value: "[\(range.lower), \(range.upper)]",
                requirement: "a finite interval [lower, upper] with lower ≤ upper")
        }
        try requireNoise(noise)
        var generator = SeededGenerator(seed: seed)
        let points = (0..<count).map { _ in
            weights.map { _ in generator.nextUniform(in: range.lower, range.upper) }
        }
        let targets = points.map { x in
            var y = bias
            for (weight, coordinate) in zip(weights, x) { y += weight * coordinate }
            return y + noise * generator.nextNormal()
        }
        return Dataset(validPoints: points, labels: nil, targets: targets)
    }

    /// Throws unless `count ≥ 1`.
    static func requireCount(_ count: Int) throws(DataError) {
        guard count >= 1 else {
            throw .invalidParameter(parameter: "count", value: "\(count)", requirement: "at least 1")
        }
    }

    /// Throws unless `noise` is finite and ≥ 0.
    static func requireNoise(_ noise: Double) throws(DataError) {
        guard noise.isFinite, noise >= 0 else {
            throw .invalidParameter(parameter: "noise", value: "\(noise)", requirement: "a finite number ≥ 0")
        }
    }

    /// Shuffles `points` and `labels` together by Fisher–Yates, drawing
    /// `nextIndex(below: i + 1)` for i = count−1 down to 1.
    static func shuffle(_ points: inout [[Double]], _ labels: inout [Int], with generator: inout SeededGenerator) {
        var i = points.count - 1
        while i > 0 {
            let j = generator.nextIndex(below: i + 1)
            points.swapAt(i, j)
            labels.swapAt(i, j)
            i -= 1
        }
    }

    /// Adds `noise·ε` to every coordinate, row by row (no draws when `noise` is 0).
    static func addNoise(_ noise: Double, to points: inout [[Double]], with generator: inout SeededGenerator) {
        guard noise > 0 else { return }
        for row in points.indices {
            for column in points[row].indices {
                points[row][column] += noise * generator.nextNormal()
            }
        }
    }

    /// numpy's `linspace(start, stop, count)`: `start + i·(stop − start)/(count − 1)`, the last
    /// value exactly `stop` (or `[start]` when `count` is 1, `[]` when it is 0).
    static func linspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [start] : [] }
        let step = (stop - start) / Double(count - 1)
        var values = (0..<count).map { start + Double($0) * step }
        values[count - 1] = stop
        return values
    }
}
