import BookNumerics
import Testing

@Suite struct SilhouetteTests {
    /// Points 0, 2 | 6, 8: a = 2 everywhere; b = 7, 5, 5, 7.
    @Test func handComputedTwoClusters() throws {
        let silhouette = try Silhouette(points: [[0], [2], [6], [8]], labels: [0, 0, 1, 1])
        let expected = [5.0 / 7, 3.0 / 5, 3.0 / 5, 5.0 / 7]
        #expect(zip(silhouette.samples, expected).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(abs(silhouette.score - 46.0 / 70) < 1e-15)
    }

    @Test func singletonClusterScoresZero() throws {
        let silhouette = try Silhouette(points: [[0], [1], [10]], labels: [4, 4, 9])
        #expect(silhouette.samples[2] == 0)
        #expect(abs(silhouette.samples[0] - 0.9) < 1e-15)
        #expect(abs(silhouette.samples[1] - 8.0 / 9) < 1e-15)
        #expect(abs(silhouette.score - (0.9 + 8.0 / 9) / 3) < 1e-15)
    }

    @Test func noiseLabelIsAnOrdinaryCluster() throws {
        let points: [[Double]] = [[0], [2], [6], [8], [30]]
        let withNoise = try Silhouette(points: points, labels: [-1, -1, 1, 1, -1])
        let renamed = try Silhouette(points: points, labels: [0, 0, 1, 1, 0])
        #expect(withNoise == renamed)
    }

    @Test func badLabelsAreNamed() {
        let points: [[Double]] = [[0], [1], [2]]
        #expect(throws: DataError.countMismatch(parameter: "labels", expected: 3, found: 2)) {
            try Silhouette(points: points, labels: [0, 1])
        }
        let one = DataError.clusterCount(parameter: "labels", found: 1, points: 3)
        #expect(one.description == "labels name 1 cluster; the silhouette needs between 2 and 2 clusters for 3 points")
        #expect(throws: one) { try Silhouette(points: points, labels: [0, 0, 0]) }
        #expect(throws: DataError.clusterCount(parameter: "labels", found: 3, points: 3)) {
            try Silhouette(points: points, labels: [0, 1, 2])
        }
        #expect(throws: DataError.empty(parameter: "points")) { try Silhouette(points: [], labels: []) }
    }
}
