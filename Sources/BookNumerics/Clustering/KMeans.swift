/// k-means clustering by Lloyd's algorithm, with scikit-learn's semantics
/// (`KMeans(init=…, n_init=1, algorithm="lloyd", tol=…)`).
///
/// **Algorithm.** The data and the initial centroids are first shifted by the column means (as
/// scikit-learn does, for accuracy; results are shifted back). Then, for iteration 1, 2, …:
/// 1. *Assign* every point to its nearest centroid by squared Euclidean distance; ties go to
///    the lowest centroid index.
/// 2. *Update* every centroid to the mean of its points. A cluster left **empty** is moved, as in
///    scikit-learn, onto a point far from its own centroid: the empty clusters, in index order,
///    take the points with the largest distance to their assigned centroid, in decreasing order
///    (ties: lower point index first); each such point is removed from its old cluster's mean
///    (if that leaves its old cluster empty, that cluster keeps its previous centroid).
/// 3. *Stop* when the assignment equals the previous one (strict convergence), or when the sum of
///    squared centroid moves is ≤ `tolerance × mean per-coordinate variance` of the data, or
///    after `maxIterations`. Except after strict convergence, the points are assigned once more
///    so that the labels match the final centroids.
///
/// With `tolerance = 0` (the default) this is exactly "iterate until the assignment stops
/// changing", the reference cases' rule. `inertia` is computed from the final labels and
/// centroids. Cost: O(n·k·d) time per iteration, O(n + k·d) memory besides the history.
public struct KMeans: Sendable {
    /// How the starting centroids are chosen.
    public var initialization: KMeansInitialization
    /// The iteration cap (scikit-learn's `max_iter`, default 300), at least 1.
    public var maxIterations: Int
    /// Relative centroid-shift tolerance (scikit-learn's `tol`), ≥ 0; 0 means strict convergence.
    public var tolerance: Double
    /// Whether to keep each iteration's centroids, labels and inertia in the result.
    public var recordsHistory: Bool

    /// Creates a k-means configuration.
    ///
    /// - Parameters:
    ///   - initialization: Given centroids, k-means++ or random points.
    ///   - maxIterations: Iteration cap, at least 1.
    ///   - tolerance: Relative tolerance on the squared centroid shift, ≥ 0.
    ///   - recordsHistory: Whether to record every iteration (costs n integers per iteration).
    public init(
        initialization: KMeansInitialization, maxIterations: Int = 300, tolerance: Double = 0,
        recordsHistory: Bool = true
    ) {
        self.initialization = initialization
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.recordsHistory = recordsHistory
    }

    /// Clusters `points`.
    ///
    /// - Parameter points: At least k points, all of one dimension (≥ 1), finite.
    /// - Returns: Labels, centroids, inertia, iteration count and history.
    /// - Throws: ``DataError`` naming `points` (empty, ragged, non-finite), `k` (below 1 or more
    ///   than the points, e.g. `k = 12 is larger than the number of points (10)`),
    ///   `init_centroids` (empty, ragged, wrong dimension, more rows than points), `local_trials`,
    ///   `max_iter` or `tol`.
    public func fit(_ points: [[Double]]) throws(DataError) -> KMeansResult {
        let matrix = try PointMatrix(points, parameter: "points")
        guard maxIterations >= 1 else {
            throw .invalidParameter(parameter: "max_iter", value: "\(maxIterations)", requirement: "at least 1")
        }
        guard tolerance.isFinite, tolerance >= 0 else {
            throw .invalidParameter(parameter: "tol", value: "\(tolerance)", requirement: "a finite number ≥ 0")
        }
        let mean = Self.columnMeans(matrix)
        var centered = matrix
        for i in 0..<matrix.count {
            for column in 0..<matrix.dimension { centered.values[i * matrix.dimension + column] -= mean[column] }
        }
        let initial = try initialCentroids(centered: centered, original: matrix, mean: mean)
        return Self.lloyd(
            centered, mean: mean, initial: initial.centered, initialRows: initial.rows, maxIterations: maxIterations,
            shiftTolerance: tolerance * Self.meanVariance(centered), recordsHistory: recordsHistory)
    }

    /// The starting centroids: in centred coordinates (k × d, flat) and as given / as data rows.
    private func initialCentroids(centered: PointMatrix, original: PointMatrix, mean: [Double]) throws(DataError)
        -> (centered: [Double], rows: [[Double]])
    {
        let n = centered.count
        let d = centered.dimension
        func rows(_ indices: [Int]) -> (centered: [Double], rows: [[Double]]) {
            (
                indices.flatMap { centered.values[($0 * d)..<(($0 + 1) * d)] },
                indices.map { Array(original.values[($0 * d)..<(($0 + 1) * d)]) }
            )
        }
        switch initialization {
        case .centroids(let given):
            let centroids = try PointMatrix(given, parameter: "init_centroids")
            guard centroids.dimension == d else {
                throw .dimensionMismatch(parameter: "init_centroids", row: 0, expected: d, found: centroids.dimension)
            }
            guard centroids.count <= n else {
                throw .tooMany(parameter: "k", requested: centroids.count, available: n, what: "points")
            }
            var values = centroids.values
            for j in 0..<centroids.count {
                for column in 0..<d { values[j * d + column] -= mean[column] }
            }
            return (values, given)
        case .kMeansPlusPlus(let k, let seed, let localTrials):
            try Self.requireClusterCount(k, points: n)
            let trials = localTrials ?? (2 + Int(_log(Double(k))))
            guard trials >= 1 else {
                throw .invalidParameter(parameter: "local_trials", value: "\(trials)", requirement: "at least 1")
            }
            return rows(Self.plusPlusIndices(centered, k: k, seed: seed, localTrials: trials))
        case .randomPoints(let k, let seed):
            try Self.requireClusterCount(k, points: n)
            var generator = SeededGenerator(seed: seed)
            var indices = Array(0..<n)
            for i in 0..<k {
                indices.swapAt(i, i + generator.nextIndex(below: n - i))
            }
            return rows(Array(indices[0..<k]))
        }
    }

    /// Throws unless 1 ≤ k ≤ points.
    static func requireClusterCount(_ k: Int, points: Int) throws(DataError) {
        guard k >= 1 else { throw .invalidParameter(parameter: "k", value: "\(k)", requirement: "at least 1") }
        guard k <= points else { throw .tooMany(parameter: "k", requested: k, available: points, what: "points") }
    }

    /// The mean of every column.
    static func columnMeans(_ matrix: PointMatrix) -> [Double] {
        var sums = [Double](repeating: 0, count: matrix.dimension)
        for i in 0..<matrix.count {
            for column in 0..<matrix.dimension { sums[column] += matrix.values[i * matrix.dimension + column] }
        }
        return sums.map { $0 / Double(matrix.count) }
    }

    /// The mean over columns of the (population) variance of each column of centred data.
    static func meanVariance(_ centered: PointMatrix) -> Double {
        var total = 0.0
        for value in centered.values { total += value * value }
        return total / Double(centered.count * centered.dimension)
    }

    /// k-means++ seeding (see ``KMeansInitialization/kMeansPlusPlus(k:seed:localTrials:)``).
    static func plusPlusIndices(_ matrix: PointMatrix, k: Int, seed: UInt64, localTrials: Int) -> [Int] {
        let n = matrix.count
        var generator = SeededGenerator(seed: seed)
        var chosen = [generator.nextIndex(below: n)]
        var closest = (0..<n).map { matrix.squaredDistance($0, chosen[0]) }
        var potential = closest.reduce(0, +)
        var cumulative = [Double](repeating: 0, count: n)
        var candidateDistances = [Double](repeating: 0, count: n)
        var bestDistances = [Double](repeating: 0, count: n)
        while chosen.count < k {
            var running = 0.0
            for i in 0..<n {
                running += closest[i]
                cumulative[i] = running
            }
            var bestCandidate = -1
            var bestPotential = Double.infinity
            for _ in 0..<localTrials {
                let target = generator.nextUniform() * potential
                // First index whose running sum exceeds the target (binary search).
                var low = 0
                var high = n
                while low < high {
                    let middle = (low + high) / 2
                    if cumulative[middle] > target { high = middle } else { low = middle + 1 }
                }
                let candidate = min(low, n - 1)
                var candidatePotential = 0.0
                for i in 0..<n {
                    let distance = min(closest[i], matrix.squaredDistance(i, candidate))
                    candidateDistances[i] = distance
                    candidatePotential += distance
                }
                if candidatePotential < bestPotential {
                    bestPotential = candidatePotential
                    bestCandidate = candidate
                    swap(&bestDistances, &candidateDistances)
                }
            }
            chosen.append(bestCandidate)
            swap(&closest, &bestDistances)
            potential = bestPotential
        }
        return chosen
    }
}
