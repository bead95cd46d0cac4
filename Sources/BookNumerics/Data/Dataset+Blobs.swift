extension Dataset {
    /// Isotropic Gaussian blobs around given centers (scikit-learn's `make_blobs`).
    ///
    /// The `count` points are split as evenly as possible: every center gets `count / k` points
    /// and the first `count % k` centers one more. Point coordinates are
    /// `center + standardDeviation·ε`.
    ///
    /// Random draws, in order: the normal samples ε, blob by blob and coordinate by coordinate;
    /// then, when `shuffle` is on, the Fisher–Yates swaps (`nextIndex(below: i + 1)` for
    /// i = count−1 … 1).
    ///
    /// - Parameters:
    ///   - count: Number of points, at least 1.
    ///   - centers: At least one center; all of the same dimension (≥ 1), finite.
    ///   - standardDeviation: Per-coordinate standard deviation (≥ 0) of every blob.
    ///   - shuffle: Whether to shuffle the points (otherwise they come blob by blob).
    ///   - seed: Seed of the ``SeededGenerator``.
    /// - Returns: The points with ``labels`` = the index of each point's center.
    /// - Throws: ``DataError`` naming `count`, `centers` or `std`.
    public static func blobs(
        count: Int,
        centers: [[Double]],
        standardDeviation: Double = 1,
        shuffle: Bool = true,
        seed: UInt64
    ) throws(DataError) -> Dataset {
        try requireCount(count)
        _ = try PointMatrix(centers, parameter: "centers")
        var generator = SeededGenerator(seed: seed)
        return try blobs(
            count: count, centers: centers, standardDeviation: standardDeviation, shuffle: shuffle,
            generator: &generator)
    }

    /// Isotropic Gaussian blobs around `clusters` random centers drawn uniformly from a box.
    ///
    /// Random draws, in order: the `clusters × dimension` center coordinates (uniform in
    /// `[box.lower, box.upper)`, center by center), then everything
    /// ``blobs(count:centers:standardDeviation:shuffle:seed:)`` draws, from the same generator.
    ///
    /// - Parameters:
    ///   - count: Number of points, at least 1.
    ///   - clusters: Number of centers, at least 1.
    ///   - dimension: Coordinates per point, at least 1.
    ///   - box: The range of every center coordinate; scikit-learn's default is (−10, 10).
    ///   - standardDeviation: Per-coordinate standard deviation (≥ 0) of every blob.
    ///   - shuffle: Whether to shuffle the points.
    ///   - seed: Seed of the ``SeededGenerator``.
    /// - Returns: The points with ``labels`` = the index of each point's center, and the centers.
    /// - Throws: ``DataError`` naming `count`, `clusters`, `dimension`, `box` or `std`.
    public static func blobs(
        count: Int,
        clusters: Int,
        dimension: Int = 2,
        box: (lower: Double, upper: Double) = (-10, 10),
        standardDeviation: Double = 1,
        shuffle: Bool = true,
        seed: UInt64
    ) throws(DataError) -> (dataset: Dataset, centers: [[Double]]) {
        guard clusters >= 1 else {
            throw .invalidParameter(parameter: "clusters", value: "\(clusters)", requirement: "at least 1")
        }
        guard dimension >= 1 else {
            throw .invalidParameter(parameter: "dimension", value: "\(dimension)", requirement: "at least 1")
        }
        guard box.lower.isFinite, box.upper.isFinite, box.lower <= box.upper else {
            throw .invalidParameter(
                parameter: "box", value: "[\(box.lower), \(box.upper)]",
                requirement: "a finite interval [lower, upper] with lower ≤ upper")
        }
        try requireCount(count)
        var generator = SeededGenerator(seed: seed)
        let centers = (0..<clusters).map { _ in
            (0..<dimension).map { _ in generator.nextUniform(in: box.lower, box.upper) }
        }
        // Continue the same stream: derive the blob draws from the generator state, not a new seed.
        let dataset = try blobs(
            count: count, centers: centers, standardDeviation: standardDeviation, shuffle: shuffle,
            generator: &generator)
        return (dataset, centers)
    }

    /// The body of ``blobs(count:centers:standardDeviation:shuffle:seed:)`` on a given generator.
    static func blobs(
        count: Int, centers: [[Double]], standardDeviation: Double, shuffle: Bool,
        generator: inout SeededGenerator
    ) throws(DataError) -> Dataset {
        guard standardDeviation.isFinite, standardDeviation >= 0 else {
            throw .invalidParameter(
                parameter: "std", value: "\(standardDeviation)", requirement: "a finite number ≥ 0")
        }
        var points: [[Double]] = []
        var labels: [Int] = []
        points.reserveCapacity(count)
        labels.reserveCapacity(count)
        let perBlob = count / centers.count
        let remainder = count % centers.count
        for (index, center) in centers.enumerated() {
            for _ in 0..<(perBlob + (index < remainder ? 1 : 0)) {
                points.append(center.map { $0 + standardDeviation * generator.nextNormal() })
                labels.append(index)
            }
        }
        if shuffle { Dataset.shuffle(&points, &labels, with: &generator) }
        return Dataset(validPoints: points, labels: labels, targets: nil)
    }
}
