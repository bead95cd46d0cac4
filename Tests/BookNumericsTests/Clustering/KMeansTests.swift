import BookNumerics
import Testing

@Suite struct KMeansTests {
    @Test func twoObviousClustersConvergeInTwoIterations() throws {
        let points: [[Double]] = [[0, 0], [0, 1], [10, 0], [10, 1]]
        let result = try KMeans(initialization: .centroids([[0, 0], [10, 0]])).fit(points)
        #expect(result.labels == [0, 0, 1, 1])
        #expect(close(result.centroids, [[0, 0.5], [10, 0.5]]))
        #expect(abs(result.inertia - 1) < 1e-12)
        #expect(result.iterations == 2)
        #expect(result.converged)
        #expect(result.initialCentroids == [[0, 0], [10, 0]])
        #expect(result.history.count == 2)
        #expect(result.history[0].centroids == [[0, 0], [10, 0]])
        #expect(result.history[0].labels == [0, 0, 1, 1])
        #expect(abs(result.history[0].inertia - 2) < 1e-12)
    }

    /// 1-D hand computation: from centroids 0 and 1 the points 0,1,2 | 10,11,12 are found after
    /// the second centroid has moved to 7.2 and then to 11.
    @Test func centroidsMoveUntilTheAssignmentIsStable() throws {
        let points: [[Double]] = [[0], [1], [2], [10], [11], [12]]
        let result = try KMeans(initialization: .centroids([[0], [1]])).fit(points)
        #expect(result.history.map(\.labels) == [[0, 1, 1, 1, 1, 1], [0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1]])
        #expect(close(result.history[1].centroids, [[0], [7.2]]))
        #expect(result.labels == [0, 0, 0, 1, 1, 1])
        #expect(close(result.centroids, [[1], [11]]))
        #expect(abs(result.inertia - 4) < 1e-12)
        #expect(result.iterations == 3)
    }

    @Test func iterationCapReassignsToTheLastCentroids() throws {
        let points: [[Double]] = [[0], [1], [2], [10], [11], [12]]
        let result = try KMeans(initialization: .centroids([[0], [1]]), maxIterations: 1).fit(points)
        #expect(!result.converged)
        #expect(result.iterations == 1)
        #expect(close(result.centroids, [[0], [7.2]]))
        #expect(result.labels == [0, 0, 0, 1, 1, 1])  // labels match the reported centroids
        let expectedInertia = 0.0 + 1 + 4 + 2.8 * 2.8 + 3.8 * 3.8 + 4.8 * 4.8
        #expect(abs(result.inertia - expectedInertia) < 1e-12)
    }

    /// Every point goes to centroid 0 first; cluster 1 is empty and takes the point farthest
    /// from its centroid (x = 4), as scikit-learn relocates empty clusters.
    @Test func emptyClusterTakesTheFarthestPoint() throws {
        let points: [[Double]] = [[0], [1], [2], [4]]
        let result = try KMeans(initialization: .centroids([[0], [100]])).fit(points)
        #expect(result.history[0].labels == [0, 0, 0, 0])
        #expect(close(result.history[1].centroids, [[1], [4]]))
        #expect(result.labels == [0, 0, 0, 1])
        #expect(close(result.centroids, [[1], [4]]))
        #expect(abs(result.inertia - 2) < 1e-12)
    }

    @Test func toleranceStopsWhenCentroidsBarelyMove() throws {
        let data = try Dataset.blobs(count: 400, centers: [[0, 0], [3, 0], [0, 3]], seed: 4)
        let strict = try KMeans(initialization: .kMeansPlusPlus(k: 3, seed: 1)).fit(data.points)
        let loose = try KMeans(initialization: .kMeansPlusPlus(k: 3, seed: 1), tolerance: 1e9).fit(data.points)
        #expect(loose.iterations == 1)
        #expect(loose.converged)
        #expect(strict.iterations >= loose.iterations)
        #expect(strict.converged)
    }

    @Test func kMeansPlusPlusIsDeterministicAndSpreadsTheSeeds() throws {
        let centers: [[Double]] = [[0, 0], [1000, 0], [0, 1000]]
        let data = try Dataset.blobs(count: 300, centers: centers, seed: 2)
        let labels = try #require(data.labels)
        for trials in [nil, 1] as [Int?] {
            let a = try KMeans(initialization: .kMeansPlusPlus(k: 3, seed: 42, localTrials: trials)).fit(data.points)
            let b = try KMeans(initialization: .kMeansPlusPlus(k: 3, seed: 42, localTrials: trials)).fit(data.points)
            #expect(a == b)
            // Every seed is a data point, one from each far-apart blob.
            let seedBlobs = a.initialCentroids.map { seed in labels[data.points.firstIndex(of: seed) ?? -1] }
            #expect(Set(seedBlobs) == [0, 1, 2])
            // Then k-means recovers the blobs exactly (up to renaming).
            #expect(samePartition(a.labels, labels))
        }
        let other = try KMeans(initialization: .kMeansPlusPlus(k: 3, seed: 43)).fit(data.points)
        #expect(
            other.initialCentroids
                != (try KMeans(initialization: .kMeansPlusPlus(k: 3, seed: 42)).fit(data.points)).initialCentroids)
    }

    @Test func randomPointsAreDistinctDataPoints() throws {
        let points = (0..<20).map { [Double($0)] }
        let result = try KMeans(initialization: .randomPoints(k: 5, seed: 7)).fit(points)
        #expect(Set(result.initialCentroids).count == 5)
        #expect(result.initialCentroids.allSatisfy { points.contains($0) })
    }

    @Test func elbowStartsAtTheTotalSumOfSquaresAndEndsAtZero() throws {
        let points: [[Double]] = [[0], [1], [2], [10], [11]]
        let inertias = try KMeans.elbow(points, maxK: 5, seed: 3)
        #expect(inertias.count == 5)
        // k = 1: the sum of squares about the mean 4.8; k = 2: {0, 1, 2} and {10, 11}.
        #expect(abs(inertias[0] - (4.8 * 4.8 + 3.8 * 3.8 + 2.8 * 2.8 + 5.2 * 5.2 + 6.2 * 6.2)) < 1e-12)
        #expect(abs(inertias[1] - (2 + 0.5)) < 1e-12)
        #expect(inertias[4] == 0)
    }

    @Test func badInputsAreNamed() {
        let ten = (0..<10).map { [Double($0)] }
        let tooMany = DataError.tooMany(parameter: "k", requested: 12, available: 10, what: "points")
        #expect(tooMany.description == "k = 12 is larger than the number of points (10)")
        #expect(tooMany.parameter == "k")
        #expect(throws: tooMany) { try KMeans(initialization: .kMeansPlusPlus(k: 12, seed: 1)).fit(ten) }
        #expect(throws: tooMany) { try KMeans(initialization: .randomPoints(k: 12, seed: 1)).fit(ten) }
        #expect(throws: tooMany) {
            try KMeans(initialization: .centroids(Array(repeating: [0], count: 12))).fit(ten)
        }
        #expect(throws: DataError.invalidParameter(parameter: "k", value: "0", requirement: "at least 1")) {
            try KMeans(initialization: .kMeansPlusPlus(k: 0, seed: 1)).fit(ten)
        }
        #expect(throws: DataError.empty(parameter: "points")) {
            try KMeans(initialization: .kMeansPlusPlus(k: 1, seed: 1)).fit([])
        }
        #expect(throws: DataError.empty(parameter: "init_centroids")) {
            try KMeans(initialization: .centroids([])).fit(ten)
        }
        #expect(throws: DataError.dimensionMismatch(parameter: "init_centroids", row: 0, expected: 1, found: 2)) {
            try KMeans(initialization: .centroids([[0, 0]])).fit(ten)
        }
        #expect(throws: DataError.invalidParameter(parameter: "max_iter", value: "0", requirement: "at least 1")) {
            try KMeans(initialization: .centroids([[0]]), maxIterations: 0).fit(ten)
        }
        #expect(throws: DataError.invalidParameter(parameter: "tol", value: "-1.0", requirement: "a finite number ≥ 0"))
        {
            try KMeans(initialization: .centroids([[0]]), tolerance: -1).fit(ten)
        }
        #expect(throws: DataError.invalidParameter(parameter: "local_trials", value: "0", requirement: "at least 1")) {
            try KMeans(initialization: .kMeansPlusPlus(k: 2, seed: 1, localTrials: 0)).fit(ten)
        }
        #expect(throws: DataError.tooMany(parameter: "k", requested: 11, available: 10, what: "points")) {
            try KMeans.elbow(ten, maxK: 11, seed: 1)
        }
    }
}

/// Whether two labelings describe the same partition (equal up to renaming).
func samePartition(_ a: [Int], _ b: [Int]) -> Bool {
    guard a.count == b.count else { return false }
    var forward: [Int: Int] = [:]
    var backward: [Int: Int] = [:]
    for (x, y) in zip(a, b) {
        if forward[x, default: y] != y || backward[y, default: x] != x { return false }
        forward[x] = y
        backward[y] = x
    }
    return true
}

private func close(_ a: [[Double]], _ b: [[Double]], tolerance: Double = 1e-12) -> Bool {
    a.count == b.count
        && zip(a, b).allSatisfy { $0.count == $1.count && zip($0, $1).allSatisfy { abs($0 - $1) <= tolerance } }
}
