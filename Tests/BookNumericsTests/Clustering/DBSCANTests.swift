import BookNumerics
import Testing

@Suite struct DBSCANTests {
    /// 0 and 3 are border points (2 neighbours each with min_samples 3), 10 is noise, 22 a border
    /// point of the second cluster.
    @Test func coreBorderAndNoisePoints() throws {
        let points: [[Double]] = [[0], [1], [2], [3], [10], [20], [21], [22]]
        let result = try DBSCAN(eps: 1.5, minSamples: 3).fit(points)
        #expect(result.labels == [0, 0, 0, 0, -1, 1, 1, 1])
        #expect(result.coreIndices == [1, 2, 6])
        #expect(result.clusterCount == 2)
        #expect(result.noiseCount == 1)
    }

    /// The border point 2.0 is within eps of a core point of each cluster; it belongs to the
    /// cluster whose first core point comes first in index order (scikit-learn's rule), here
    /// cluster 0 made of the points 3.0 … 4.0 listed first.
    @Test func sharedBorderPointGoesToTheFirstCluster() throws {
        let points: [[Double]] = [[3.0], [3.4], [3.7], [4.0], [2.0], [0], [0.3], [0.6], [1.0], [10]]
        let result = try DBSCAN(eps: 1.05, minSamples: 4).fit(points)
        #expect(result.labels == [0, 0, 0, 0, 0, 1, 1, 1, 1, -1])
        #expect(result.coreIndices == [0, 1, 2, 3, 5, 6, 7, 8])

        let reversed = Array(points.reversed())
        let other = try DBSCAN(eps: 1.05, minSamples: 4).fit(reversed)
        // Reversed, the cluster 0 … 1.0 comes first and takes the border point.
        #expect(other.labels == [-1, 0, 0, 0, 0, 0, 1, 1, 1, 1])
    }

    @Test func neighbourhoodIncludesThePointItselfAndTheBoundary() throws {
        // With min_samples 1 every point is core; distance exactly eps counts as a neighbour.
        let points: [[Double]] = [[0, 0], [3, 4], [20, 0]]
        #expect(try DBSCAN(eps: 5, minSamples: 1).fit(points).labels == [0, 0, 1])
        #expect(try DBSCAN(eps: 4.999, minSamples: 1).fit(points).labels == [0, 1, 2])
        #expect(try DBSCAN(eps: 5, minSamples: 2).fit(points).labels == [0, 0, -1])
        #expect(try DBSCAN(eps: 5, minSamples: 3).fit(points).labels == [-1, -1, -1])
    }

    @Test func separatesTheMoons() throws {
        let moons = try Dataset.moons(count: 200, noise: 0.05, seed: 3)
        let result = try DBSCAN(eps: 0.3, minSamples: 5).fit(moons.points)
        #expect(result.clusterCount == 2)
        #expect(samePartition(result.labels, try #require(moons.labels)))
    }

    @Test func badParametersAreNamed() {
        let points: [[Double]] = [[0], [1]]
        #expect(throws: DataError.invalidParameter(parameter: "eps", value: "0.0", requirement: "a finite number > 0"))
        {
            try DBSCAN(eps: 0, minSamples: 2).fit(points)
        }
        #expect(throws: DataError.invalidParameter(parameter: "eps", value: "-1.0", requirement: "a finite number > 0"))
        {
            try DBSCAN(eps: -1, minSamples: 2).fit(points)
        }
        #expect(throws: DataError.invalidParameter(parameter: "eps", value: "nan", requirement: "a finite number > 0"))
        {
            try DBSCAN(eps: .nan, minSamples: 2).fit(points)
        }
        let minSamples = DataError.invalidParameter(parameter: "min_samples", value: "0", requirement: "at least 1")
        #expect(minSamples.description == "min_samples = 0 is invalid: it must be at least 1")
        #expect(throws: minSamples) { try DBSCAN(eps: 1, minSamples: 0).fit(points) }
        #expect(throws: DataError.empty(parameter: "points")) { try DBSCAN(eps: 1, minSamples: 1).fit([]) }
    }
}
