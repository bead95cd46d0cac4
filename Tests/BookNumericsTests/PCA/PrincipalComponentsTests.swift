import BookNumerics
import Testing

@Suite struct PrincipalComponentsTests {
    /// Points t·(0.6, 0.8) + s·(−0.8, 0.6) + (5, −3) with Σt·s = Σs = 0: the principal axis is
    /// (0.6, 0.8) with variance Σt²/(n−1) = 2.5, the second (0.8, −0.6) after the sign flip
    /// (its largest entry made positive) with variance 0.01.
    @Test func recoversAKnownPrincipalAxis() throws {
        let t: [Double] = [-2, -1, 0, 1, 2]
        let s: [Double] = [0.1, -0.1, 0, -0.1, 0.1]
        let points = zip(t, s).map { [5 + 0.6 * $0 - 0.8 * $1, -3 + 0.8 * $0 + 0.6 * $1] }
        let pca = try PrincipalComponents(points: points)
        #expect(close(pca.mean, [5, -3]))
        #expect(close(pca.components[0], [0.6, 0.8]))
        #expect(close(pca.components[1], [0.8, -0.6]))
        #expect(close(pca.explainedVariance, [2.5, 0.01]))
        #expect(close(pca.explainedVarianceRatio, [2.5 / 2.51, 0.01 / 2.51]))
        for (i, row) in pca.projected.enumerated() {
            #expect(close(row, [t[i], -s[i]]))
        }
        #expect(close(try #require(pca.project([5.6, -2.2])), [1, 0]))
        #expect(pca.project([1, 2, 3]) == nil)
    }

    @Test func threeDimensionalDataProjectsToTwoOrthonormalAxes() throws {
        let data = try Dataset.blobs(count: 200, centers: [[0, 0, 0], [6, 2, 1], [-3, 5, 2]], seed: 12)
        let pca = try PrincipalComponents(points: data.points, components: 2)
        #expect(pca.components.count == 2)
        #expect(pca.projected.allSatisfy { $0.count == 2 })
        let dot = zip(pca.components[0], pca.components[1]).map(*).reduce(0, +)
        #expect(abs(dot) < 1e-12)
        for axis in pca.components {
            #expect(abs(axis.map { $0 * $0 }.reduce(0, +) - 1) < 1e-12)
            let largest = axis.max { abs($0) < abs($1) }!
            #expect(largest > 0)
        }
        #expect(pca.explainedVariance[0] >= pca.explainedVariance[1])
        // The full set of ratios sums to 1; the top two of three carry most of it here.
        let all = try PrincipalComponents(points: data.points, components: 3)
        #expect(abs(all.explainedVarianceRatio.reduce(0, +) - 1) < 1e-12)
        #expect(pca.explainedVarianceRatio.reduce(0, +) > 0.8)
        // Variance of the projections equals the explained variance.
        for axis in 0..<2 {
            let values = pca.projected.map { $0[axis] }
            let variance = values.map { $0 * $0 }.reduce(0, +) / Double(values.count - 1)
            #expect(abs(variance - pca.explainedVariance[axis]) <= 1e-9 * variance)
        }
    }

    @Test func coincidentPointsHaveZeroRatios() throws {
        let pca = try PrincipalComponents(points: [[1, 2], [1, 2], [1, 2]])
        #expect(pca.explainedVarianceRatio == [0, 0])
        #expect(pca.projected == [[0, 0], [0, 0], [0, 0]])
    }

    @Test func badInputsAreNamed() {
        #expect(throws: DataError.invalidParameter(parameter: "points", value: "1 point", requirement: "at least 2 points")) {
            try PrincipalComponents(points: [[1, 2]])
        }
        #expect(throws: DataError.tooMany(parameter: "components", requested: 3, available: 2, what: "dimensions")) {
            try PrincipalComponents(points: [[1, 2], [3, 4], [5, 7]], components: 3)
        }
        #expect(throws: DataError.tooMany(parameter: "components", requested: 3, available: 2, what: "points")) {
            try PrincipalComponents(points: [[1, 2, 3], [3, 4, 5]], components: 3)
        }
        #expect(throws: DataError.invalidParameter(parameter: "components", value: "0", requirement: "at least 1")) {
            try PrincipalComponents(points: [[1, 2], [3, 4]], components: 0)
        }
        #expect(throws: DataError.raggedRow(parameter: "points", row: 1, expected: 2, found: 3)) {
            try PrincipalComponents(points: [[1, 2], [3, 4, 5]])
        }
    }
}

private func close(_ a: [Double], _ b: [Double], tolerance: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
}
