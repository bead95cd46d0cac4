/// Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method
/// (Golub & Van Loan, *Matrix Computations*, §8.5).
///
/// Sweeps rotate every off-diagonal pair (p, q), p < q in row order, to zero until the
/// off-diagonal sum of squares is at most (2⁻⁵²·‖A‖_F)² or 64 sweeps have run (the method
/// converges quadratically; a few sweeps suffice for the small matrices of PCA and Hessians).
/// Internal.
struct SymmetricEigendecomposition {
    /// The eigenvalues, in descending order (ties keep the diagonal order).
    let values: [Double]
    /// `vectors[i]` is the unit eigenvector of `values[i]` (sign as the rotations left it).
    let vectors: [[Double]]

    /// Decomposes `matrix`, which must be square and symmetric (only symmetry-consistent input
    /// is meaningful; the upper and lower triangles are both read and rotated).
    init(symmetric matrix: [[Double]]) {
        let d = matrix.count
        var a = matrix
        var v = (0..<d).map { row in (0..<d).map { $0 == row ? 1.0 : 0.0 } }
        var frobenius = 0.0
        for row in a { for value in row { frobenius += value * value } }
        let threshold = frobenius * Double.ulpOfOne * Double.ulpOfOne
        for _ in 0..<64 {
            var off = 0.0
            for p in 0..<d { for q in 0..<d where q != p { off += a[p][q] * a[p][q] } }
            if off <= threshold { break }
            for p in 0..<d {
                for q in (p + 1)..<d where a[p][q] != 0 {
                    let tau = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (tau >= 0 ? 1.0 : -1.0) / (abs(tau) + (1 + tau * tau).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot()
                    let s = t * c
                    for k in 0..<d {
                        let kp = a[k][p]
                        let kq = a[k][q]
                        a[k][p] = c * kp - s * kq
                        a[k][q] = s * kp + c * kq
                    }
                    for k in 0..<d {
                        let pk = a[p][k]
                        let qk = a[q][k]
                        a[p][k] = c * pk - s * qk
                        a[q][k] = s * pk + c * qk
                    }
                    for k in 0..<d {
                        let kp = v[k][p]
                        let kq = v[k][q]
                        v[k][p] = c * kp - s * kq
                        v[k][q] = s * kp + c * kq
                    }
                }
            }
        }
        let diagonal: [Double] = (0..<d).map { a[$0][$0] }
        let order = (0..<d).sorted { (i: Int, j: Int) -> Bool in
            diagonal[i] != diagonal[j] ? diagonal[i] > diagonal[j] : i < j
        }
        values = order.map { diagonal[$0] }
        vectors = order.map { column in (0..<d).map { v[$0][column] } }
    }
}
