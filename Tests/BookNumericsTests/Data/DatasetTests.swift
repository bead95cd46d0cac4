import BookNumerics
import Testing

@Suite struct DatasetTests {
    @Test func explicitDatasetKeepsItsValues() throws {
        let dataset = try Dataset(points: [[1, 2], [3, 4]], labels: [0, 1], targets: [0.5, -1])
        #expect(dataset.points == [[1, 2], [3, 4]])
        #expect(dataset.labels == [0, 1])
        #expect(dataset.targets == [0.5, -1])
        #expect(dataset.count == 2)
        #expect(dataset.dimension == 2)
    }

    @Test func explicitDatasetRejectsBadShapes() {
        #expect(throws: DataError.empty(parameter: "points")) { try Dataset(points: []) }
        #expect(throws: DataError.noCoordinates(parameter: "points")) { try Dataset(points: [[]]) }
        #expect(throws: DataError.raggedRow(parameter: "points", row: 1, expected: 2, found: 1)) {
            try Dataset(points: [[1, 2], [3]])
        }
        #expect(throws: DataError.nonFinite(parameter: "points", row: 0, column: 1)) {
            try Dataset(points: [[1, .nan]])
        }
        #expect(throws: DataError.countMismatch(parameter: "labels", expected: 2, found: 1)) {
            try Dataset(points: [[1], [2]], labels: [0])
        }
        #expect(throws: DataError.countMismatch(parameter: "targets", expected: 2, found: 3)) {
            try Dataset(points: [[1], [2]], targets: [1, 2, 3])
        }
        #expect(throws: DataError.nonFinite(parameter: "targets", row: 1, column: 0)) {
            try Dataset(points: [[1], [2]], targets: [1, .infinity])
        }
    }

    @Test func generatorsAreDeterministicPerSeed() throws {
        #expect(try Dataset.linear(count: 50, seed: 3) == Dataset.linear(count: 50, seed: 3))
        #expect(try Dataset.linear(count: 50, seed: 3) != Dataset.linear(count: 50, seed: 4))
        #expect(try Dataset.moons(count: 50, noise: 0.1, seed: 3) == Dataset.moons(count: 50, noise: 0.1, seed: 3))
        #expect(try Dataset.moons(count: 50, noise: 0.1, seed: 3) != Dataset.moons(count: 50, noise: 0.1, seed: 4))
        #expect(
            try Dataset.circles(count: 50, noise: 0.1, seed: 3) == Dataset.circles(count: 50, noise: 0.1, seed: 3))
        let blobsA = try Dataset.blobs(count: 60, clusters: 3, seed: 9)
        let blobsB = try Dataset.blobs(count: 60, clusters: 3, seed: 9)
        #expect(blobsA.dataset == blobsB.dataset)
        #expect(blobsA.centers == blobsB.centers)
    }

    @Test func linearWithoutNoiseLiesOnTheLine() throws {
        let dataset = try Dataset.linear(count: 100, noise: 0, seed: 1)
        let targets = try #require(dataset.targets)
        #expect(dataset.count == 100)
        #expect(dataset.dimension == 1)
        #expect(dataset.labels == nil)
        for (point, y) in zip(dataset.points, targets) {
            #expect(point[0] >= 0 && point[0] < 2)
            #expect(y == 4 + 3 * point[0])
        }
    }

    @Test func linearNoiseHasTheRequestedStatistics() throws {
        let count = 20_000
        let dataset = try Dataset.linear(count: count, weights: [3, -2], bias: 4, range: (-1, 1), noise: 0.5, seed: 11)
        let targets = try #require(dataset.targets)
        #expect(dataset.dimension == 2)
        var sum = 0.0
        var sumSquares = 0.0
        for (x, y) in zip(dataset.points, targets) {
            #expect(x.allSatisfy { $0 >= -1 && $0 < 1 })
            let residual = y - (4 + 3 * x[0] - 2 * x[1])
            sum += residual
            sumSquares += residual * residual
        }
        let mean = sum / Double(count)
        let standardDeviation = (sumSquares / Double(count) - mean * mean).squareRoot()
        #expect(abs(mean) < 0.02)
        #expect(abs(standardDeviation - 0.5) < 0.02)
    }

    @Test func blobsSplitThePointsEvenlyAroundTheirCenters() throws {
        let centers: [[Double]] = [[0, 0], [10, 10], [-5, 5]]
        let exact = try Dataset.blobs(count: 10, centers: centers, standardDeviation: 0, shuffle: false, seed: 1)
        #expect(exact.labels == [0, 0, 0, 0, 1, 1, 1, 2, 2, 2])
        #expect(
            exact.points == [
                [0, 0], [0, 0], [0, 0], [0, 0], [10, 10], [10, 10], [10, 10], [-5, 5], [-5, 5], [-5, 5],
            ])

        let noisy = try Dataset.blobs(count: 3000, centers: centers, standardDeviation: 2, seed: 5)
        let labels = try #require(noisy.labels)
        #expect(labels.filter { $0 == 1 }.count == 1000)
        #expect(labels.prefix(10) != [0, 0, 0, 0, 0, 0, 0, 0, 0, 0])  // shuffled
        for (cluster, center) in centers.enumerated() {
            let members = zip(noisy.points, labels).filter { $0.1 == cluster }.map(\.0)
            for axis in 0..<2 {
                let values = members.map { $0[axis] }
                let mean = values.reduce(0, +) / Double(values.count)
                let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
                #expect(abs(mean - center[axis]) < 0.2)
                #expect(abs(variance.squareRoot() - 2) < 0.15)
            }
        }
    }

    @Test func randomBlobCentersLieInTheBox() throws {
        let (dataset, centers) = try Dataset.blobs(count: 40, clusters: 4, dimension: 3, box: (-2, 2), seed: 8)
        #expect(centers.count == 4)
        #expect(centers.allSatisfy { $0.count == 3 && $0.allSatisfy { $0 >= -2 && $0 < 2 } })
        #expect(dataset.dimension == 3)
        #expect(dataset.count == 40)
    }

    @Test func moonsFollowScikitLearnsConstruction() throws {
        let moons = try Dataset.moons(count: 7, shuffle: false, seed: 0)
        #expect(moons.labels == [0, 0, 0, 1, 1, 1, 1])
        // outer: (cos t, sin t), t = 0, π/2, π; inner: (1 − cos t, 0.5 − sin t), t = 0, π/3, 2π/3, π.
        #expect(close(moons.points[0], [1, 0]))
        #expect(close(moons.points[1], [0, 1]))
        #expect(close(moons.points[2], [-1, 0]))
        #expect(close(moons.points[3], [0, 0.5]))
        #expect(close(moons.points[4], [0.5, 0.5 - 0.75.squareRoot()]))
        #expect(close(moons.points[6], [2, 0.5]))
        let shuffled = try Dataset.moons(count: 7, shuffle: true, seed: 0)
        #expect(
            Set(shuffled.points.map { $0.map { ($0 * 1e9).rounded() } })
                == Set(moons.points.map { $0.map { ($0 * 1e9).rounded() } }))
    }

    @Test func circlesHaveTheirRadii() throws {
        let circles = try Dataset.circles(count: 101, factor: 0.3, seed: 2)
        let labels = try #require(circles.labels)
        #expect(labels.filter { $0 == 0 }.count == 50)
        for (point, label) in zip(circles.points, labels) {
            let radius = (point[0] * point[0] + point[1] * point[1]).squareRoot()
            #expect(abs(radius - (label == 0 ? 1 : 0.3)) < 1e-12)
        }
        let noisy = try Dataset.circles(count: 101, factor: 0.3, noise: 0.05, seed: 2)
        #expect(noisy.labels == circles.labels)
        #expect(noisy.points != circles.points)
    }

    @Test func generatorsRejectBadParameters() {
        #expect(throws: DataError.invalidParameter(parameter: "count", value: "0", requirement: "at least 1")) {
            try Dataset.moons(count: 0, seed: 1)
        }
        #expect(
            throws: DataError.invalidParameter(parameter: "noise", value: "-0.1", requirement: "a finite number ≥ 0")
        ) {
            try Dataset.circles(count: 10, noise: -0.1, seed: 1)
        }
        #expect(throws: DataError.invalidParameter(parameter: "factor", value: "1.0", requirement: "in [0, 1)")) {
            try Dataset.circles(count: 10, factor: 1, seed: 1)
        }
        #expect(throws: DataError.invalidParameter(parameter: "std", value: "-1.0", requirement: "a finite number ≥ 0"))
        {
            try Dataset.blobs(count: 10, centers: [[0]], standardDeviation: -1, seed: 1)
        }
        #expect(throws: DataError.empty(parameter: "centers")) { try Dataset.blobs(count: 10, centers: [], seed: 1) }
        #expect(throws: DataError.invalidParameter(parameter: "clusters", value: "0", requirement: "at least 1")) {
            try Dataset.blobs(count: 10, clusters: 0, seed: 1)
        }
        #expect(throws: DataError.self) { try Dataset.linear(count: 10, weights: [], seed: 1) }
        #expect(throws: DataError.self) { try Dataset.linear(count: 10, range: (2, 0), seed: 1) }
    }
}

private func close(_ a: [Double], _ b: [Double], tolerance: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
}
