import BookNumerics
import Testing

/// Inputs at the edge of what the clustering routines accept: they must give sensible,
/// deterministic answers, never crash.
@Suite struct DegenerateInputTests {
    static let same: [[Double]] = Array(repeating: [2, -1], count: 6)

    @Test func kMeansOnIdenticalPoints() throws {
        let result = try KMeans(initialization: .kMeansPlusPlus(k: 3, seed: 5)).fit(Self.same)
        #expect(result.inertia == 0)
        #expect(result.centroids.allSatisfy { $0 == [2, -1] })
        #expect(result.labels.allSatisfy { (0..<3).contains($0) })
        #expect(result.converged)
    }

    @Test func kMeansWithAsManyClustersAsPoints() throws {
        let points: [[Double]] = [[0], [5], [9]]
        let result = try KMeans(initialization: .kMeansPlusPlus(k: 3, seed: 1)).fit(points)
        #expect(Set(result.labels).count == 3)
        #expect(result.inertia == 0)
    }

    @Test func agglomerativeOnIdenticalPoints() throws {
        for linkage in Linkage.allCases {
            let result = try AgglomerativeClustering(clusters: 2, linkage: linkage).fit(Self.same)
            #expect(result.mergeHeights == Array(repeating: 0, count: 5))
            #expect(Set(result.labels).count == 2)
        }
    }

    @Test func dbscanOnASinglePoint() throws {
        #expect(try DBSCAN(eps: 1, minSamples: 1).fit([[0, 0]]).labels == [0])
        #expect(try DBSCAN(eps: 1, minSamples: 2).fit([[0, 0]]).labels == [-1])
    }

    @Test func silhouetteWithCoincidentClusterMembers() throws {
        // a = 0 for the coincident pair: s = (b − 0)/b = 1.
        let silhouette = try Silhouette(points: [[0], [0], [4], [6]], labels: [0, 0, 1, 1])
        #expect(silhouette.samples[0] == 1)
        #expect(silhouette.samples[1] == 1)
    }

    @Test func pcaOnOneDimensionalData() throws {
        let pca = try PrincipalComponents(points: [[1], [3], [5]], components: 1)
        #expect(pca.components == [[1]])
        #expect(pca.explainedVariance == [4])
        #expect(pca.explainedVarianceRatio == [1])
        #expect(pca.projected == [[-2], [0], [2]])
    }
}
