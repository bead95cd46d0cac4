/// Bottom-up hierarchical clustering with scipy's merge heights and scikit-learn's flat labels
/// (`scipy.cluster.hierarchy.linkage(X, method)`, `AgglomerativeClustering(n_clusters, linkage)`).
///
/// Starting from one cluster per point, the two closest clusters (by ``Linkage``) are merged
/// until one remains. The tree is built by the nearest-neighbour-chain algorithm (valid for all
/// four linkages, which are reducible) on the condensed Euclidean distance matrix, with
/// Lance–Williams updates, then its merges are sorted by height. Ties between equal distances
/// are broken by index, so the result is deterministic, but tied data may merge in another
/// order than scipy's. Cost: O(n²) time and O(n²) memory (n(n−1)/2 doubles).
public struct AgglomerativeClustering: Sendable {
    /// The number of flat clusters, 1 ≤ n_clusters ≤ number of points.
    public var clusters: Int
    /// The inter-cluster distance.
    public var linkage: Linkage

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - clusters: The number of flat clusters to cut the tree into.
    ///   - linkage: The inter-cluster distance (scikit-learn's default is ward).
    public init(clusters: Int, linkage: Linkage = .ward) {
        self.clusters = clusters
        self.linkage = linkage
    }

    /// Clusters `points` into ``clusters`` groups.
    ///
    /// - Parameter points: At least one point, all of one dimension, finite.
    /// - Returns: The flat labels (numbered by lowest point index) and the whole dendrogram.
    /// - Throws: ``DataError`` naming `points`, or `n_clusters` when it is below 1 or larger
    ///   than the number of points.
    public func fit(_ points: [[Double]]) throws(DataError) -> AgglomerativeResult {
        guard clusters >= 1 else {
            throw .invalidParameter(parameter: "n_clusters", value: "\(clusters)", requirement: "at least 1")
        }
        let matrix = try PointMatrix(points, parameter: "points")
        guard clusters <= matrix.count else {
            throw .tooMany(parameter: "n_clusters", requested: clusters, available: matrix.count, what: "points")
        }
        let dendrogram = Self.dendrogram(matrix, linkage: linkage)
        return AgglomerativeResult(labels: try dendrogram.labels(clusters: clusters), dendrogram: dendrogram)
    }

    /// The full dendrogram of `points` (for a dendrogram figure or several cuts).
    ///
    /// - Parameters:
    ///   - points: At least one point, all of one dimension, finite.
    ///   - linkage: The inter-cluster distance.
    /// - Returns: n − 1 merges, ascending by height.
    /// - Throws: ``DataError`` naming `points`.
    public static func dendrogram(_ points: [[Double]], linkage: Linkage) throws(DataError) -> Dendrogram {
        dendrogram(try PointMatrix(points, parameter: "points"), linkage: linkage)
    }

    /// The nearest-neighbour chain on a validated matrix, converted to scipy's convention.
    static func dendrogram(_ matrix: PointMatrix, linkage: Linkage) -> Dendrogram {
        let n = matrix.count
        guard n > 1 else { return Dendrogram(pointCount: n, merges: []) }
        // Condensed matrix: pair (i, j), i < j, at n·i − i(i+1)/2 + (j − i − 1).
        @inline(__always) func index(_ a: Int, _ b: Int) -> Int {
            let (i, j) = a < b ? (a, b) : (b, a)
            return n * i - i * (i + 1) / 2 + (j - i - 1)
        }
        var distances = [Double](repeating: 0, count: n * (n - 1) / 2)
        for i in 0..<n {
            for j in (i + 1)..<n { distances[index(i, j)] = matrix.distance(i, j) }
        }
        // size[i] > 0: slot i holds a live cluster that contains point i.
        var size = [Int](repeating: 1, count: n)
        var chain: [Int] = []
        chain.reserveCapacity(n)
        var raw: [(a: Int, b: Int, height: Double)] = []
        raw.reserveCapacity(n - 1)
        for _ in 0..<(n - 1) {
            if chain.isEmpty, let first = size.firstIndex(where: { $0 > 0 }) { chain.append(first) }
            var x = 0
            var y = -1
            var nearest = Double.infinity
            while true {
                x = chain[chain.count - 1]
                // Prefer the previous chain element on ties, so the chain cannot cycle.
                if chain.count > 1 {
                    y = chain[chain.count - 2]
                    nearest = distances[index(x, y)]
                } else {
                    y = -1
                    nearest = .infinity
                }
                for i in 0..<n where size[i] > 0 && i != x {
                    let distance = distances[index(x, i)]
                    if y < 0 || distance < nearest {
                        nearest = distance
                        y = i
                    }
                }
                if chain.count > 1 && y == chain[chain.count - 2] { break }
                chain.append(y)
            }
            chain.removeLast(2)
            let (a, b) = x < y ? (x, y) : (y, x)
            raw.append((a, b, nearest))
            let sizeA = size[a]
            let sizeB = size[b]
            size[a] = 0
            size[b] = sizeA + sizeB
            for i in 0..<n where size[i] > 0 && i != b {
                distances[index(i, b)] = linkage.updatedDistance(
                    distances[index(i, a)], distances[index(i, b)], nearest, sizeA, sizeB, size[i])
            }
        }
        let order = raw.indices.sorted { raw[$0].height != raw[$1].height ? raw[$0].height < raw[$1].height : $0 < $1 }
        // Relabel in scipy's convention: merge s creates cluster n + s.
        var sets = DisjointSets(count: n)
        var clusterID = Array(0..<n)  // by root point
        var clusterSize = [Int](repeating: 1, count: n)  // by root point
        var merges: [DendrogramMerge] = []
        merges.reserveCapacity(n - 1)
        for (step, rawIndex) in order.enumerated() {
            let rootA = sets.find(raw[rawIndex].a)
            let rootB = sets.find(raw[rawIndex].b)
            let idA = clusterID[rootA]
            let idB = clusterID[rootB]
            let merged = clusterSize[rootA] + clusterSize[rootB]
            merges.append(
                DendrogramMerge(left: min(idA, idB), right: max(idA, idB), height: raw[rawIndex].height, size: merged))
            sets.union(rootA, rootB)
            clusterID[rootA] = n + step
            clusterSize[rootA] = merged
        }
        return Dendrogram(pointCount: n, merges: merges)
    }
}
