import BookNumerics
import Testing

@Suite struct AgglomerativeClusteringTests {
    /// Points 0, 1, 3, 7 on a line; heights worked out by hand for each linkage.
    static let line: [[Double]] = [[0], [1], [3], [7]]

    @Test(arguments: [
        (Linkage.single, [1.0, 2, 4]),
        (.complete, [1.0, 3, 7]),
        (.average, [1.0, 2.5, 17.0 / 3]),
        // ward: √(2·2·1/3)·(3 − 0.5), then √(2·3·1/4)·(7 − 4/3)
        (.ward, [1.0, 5 / 3.0.squareRoot(), 1.5.squareRoot() * 17 / 3]),
    ])
    func mergeHeightsOnALine(linkage: Linkage, heights: [Double]) throws {
        let result = try AgglomerativeClustering(clusters: 2, linkage: linkage).fit(Self.line)
        #expect(result.mergeHeights.count == 3)
        for (got, expected) in zip(result.mergeHeights, heights) {
            #expect(abs(got - expected) <= 1e-12 * expected)
        }
        #expect(result.labels == [0, 0, 0, 1])
    }

    @Test func dendrogramUsesScipyClusterIds() throws {
        let dendrogram = try AgglomerativeClustering.dendrogram(Self.line, linkage: .single)
        #expect(
            dendrogram.merges == [
                DendrogramMerge(left: 0, right: 1, height: 1, size: 2),
                DendrogramMerge(left: 2, right: 4, height: 2, size: 3),
                DendrogramMerge(left: 3, right: 5, height: 4, size: 4),
            ])
        #expect(try dendrogram.labels(clusters: 1) == [0, 0, 0, 0])
        #expect(try dendrogram.labels(clusters: 3) == [0, 0, 1, 2])
        #expect(try dendrogram.labels(clusters: 4) == [0, 1, 2, 3])
    }

    /// Ward's height h satisfies h²/2 = increase of the within-cluster sum of squares, so the
    /// halves of the squared heights add up to the total sum of squares about the mean.
    @Test func wardHeightsAddUpToTheTotalSumOfSquares() throws {
        let data = try Dataset.blobs(count: 120, clusters: 3, seed: 6).dataset
        let result = try AgglomerativeClustering(clusters: 3, linkage: .ward).fit(data.points)
        let mean = [0, 1].map { axis in data.points.map { $0[axis] }.reduce(0, +) / Double(data.count) }
        let total = data.points.map { ($0[0] - mean[0]) * ($0[0] - mean[0]) + ($0[1] - mean[1]) * ($0[1] - mean[1]) }
            .reduce(0, +)
        let fromHeights = result.mergeHeights.map { $0 * $0 / 2 }.reduce(0, +)
        #expect(abs(fromHeights - total) <= 1e-9 * total)
        #expect(zip(result.mergeHeights, result.mergeHeights.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(samePartition(result.labels, try #require(data.labels)))
    }

    /// Single linkage heights are the edges of the minimum spanning tree: check against Prim.
    @Test func singleLinkageHeightsAreTheMinimumSpanningTree() throws {
        let points = try Dataset.moons(count: 60, noise: 0.1, seed: 2).points
        let heights = try AgglomerativeClustering.dendrogram(points, linkage: .single).heights
        var inTree = [true] + Array(repeating: false, count: points.count - 1)
        var best = points.map { distance($0, points[0]) }
        var edges: [Double] = []
        for _ in 1..<points.count {
            let next = (0..<points.count).filter { !inTree[$0] }.min { best[$0] < best[$1] }!
            edges.append(best[next])
            inTree[next] = true
            for i in points.indices where !inTree[i] { best[i] = min(best[i], distance(points[i], points[next])) }
        }
        #expect(heights == edges.sorted())
    }

    @Test func badClusterCountsAreNamed() {
        #expect(throws: DataError.tooMany(parameter: "n_clusters", requested: 5, available: 4, what: "points")) {
            try AgglomerativeClustering(clusters: 5).fit(Self.line)
        }
        #expect(throws: DataError.invalidParameter(parameter: "n_clusters", value: "0", requirement: "at least 1")) {
            try AgglomerativeClustering(clusters: 0).fit(Self.line)
        }
        #expect(throws: DataError.empty(parameter: "points")) { try AgglomerativeClustering(clusters: 1).fit([]) }
    }

    @Test func singlePointHasAnEmptyDendrogram() throws {
        let result = try AgglomerativeClustering(clusters: 1, linkage: .average).fit([[2, 3]])
        #expect(result.labels == [0])
        #expect(result.mergeHeights.isEmpty)
    }
}

private func distance(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
}
