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

    /// Known answer from numpy 2.4.6: `np.linalg.svd` of the centred points, signs flipped as
    /// scikit-learn's `svd_flip`, variances S²/(n − 1) (what `sklearn.decomposition.PCA` reports).
    @Test func matchesNumpySingularValueDecomposition() throws {
        let points: [[Double]] = [
            [2.5, 2.4, 0.5], [0.5, 0.7, 1.1], [2.2, 2.9, -0.3], [1.9, 2.2, 0.8],
            [3.1, 3.0, 0.2], [2.3, 2.7, 1.5], [2.0, 1.6, -0.7], [1.0, 1.1, 0.4],
        ]
        let pca = try PrincipalComponents(points: points)
        #expect(close(pca.components[0], [0.6914520009343854, 0.7024280709707085, -0.16878665680735486]))
        #expect(close(pca.components[1], [0.013566593279116806, 0.22097303324456008, 0.9751855547153565]))
        #expect(close(pca.explainedVariance, [1.386458646205355, 0.4980174989746656]))
        #expect(close(pca.explainedVarianceRatio, [0.7171779437234427, 0.2576111208440909]))
        let projected: [[Double]] = [
            [0.6066817075406125, 0.140396541693695], [-2.0716220090627755, 0.3227205314489233],
            [0.8854894681915352, -0.5333353634400452], [0.0006888957436332181, 0.38061764549191995],
            [1.4936457477258753, -0.011435348806705785], [0.5103330718375931, 1.1791606877265963],
            [-0.09844276153432104, -1.213387847199939], [-1.326774120442151, -0.26473684691444394],
        ]
        for (got, expected) in zip(pca.projected, projected) { #expect(close(got, expected)) }
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
        #expect(
            throws: DataError.invalidParameter(parameter: "points", value: "1 point", requirement: "at least 2 points")
        ) {
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
