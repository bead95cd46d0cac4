import Testing

@testable import BookNumerics

@Suite struct SymmetricEigenvaluesTests {
    @Test func closedFormAndJacobiAgree() {
        #expect(SymmetricEigenvalues.eigenvalues(of: [[2, 1], [1, 2]]) == [1, 3])
        let matrix: [[Double]] = [[4, 1, 2], [1, 3, 0], [2, 0, 5]]
        let values = SymmetricEigenvalues.eigenvalues(of: matrix)
        // Trace and determinant are preserved by the rotations.
        #expect(isClose(values.reduce(0, +), 12, relative: 1e-14))
        let determinant: Double = 4 * 15 - 1 * 5 + 2 * (-6)
        #expect(isClose(values.reduce(1, *), determinant, relative: 1e-13))
        for lambda in values {
            // det(A − λI) = 0 for every eigenvalue.
            let a = matrix.enumerated().map { i, row in row.enumerated().map { j, v in i == j ? v - lambda : v } }
            let det =
                a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
            #expect(abs(det) < 1e-10)
        }
        #expect(SymmetricEigenvalues.spectralRadius(of: [[-5, 0], [0, 1]]) == 5)
        #expect(SymmetricEigenvalues.eigenvalues(of: []) == [])
    }
}
