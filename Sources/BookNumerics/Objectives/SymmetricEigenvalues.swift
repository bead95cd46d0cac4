/// Eigenvalues of small symmetric matrices (Hessians), for curvature and step-size bounds.
public enum SymmetricEigenvalues {
    /// All eigenvalues in ascending order.
    ///
    /// 1×1 and 2×2 matrices use the closed form; larger ones the cyclic Jacobi method (rotations
    /// until the off-diagonal mass is below 1e-15 of the total, at most 100 sweeps). The input is
    /// assumed symmetric; only its upper triangle is read for the 2×2 form.
    ///
    /// - Parameter matrix: A square symmetric matrix.
    /// - Returns: The eigenvalues, ascending; empty for an empty matrix.
    public static func eigenvalues(of matrix: [[Double]]) -> [Double] {
        let n = matrix.count
        if n == 0 { return [] }
        if n == 1 { return [matrix[0][0]] }
        if n == 2 {
            let (a, b, d) = (matrix[0][0], matrix[0][1], matrix[1][1])
            let mean = 0.5 * (a + d)
            let half = 0.5 * (a - d)
            let radius = (half * half + b * b).squareRoot()
            return [mean - radius, mean + radius]
        }
        var m = matrix
        for _ in 0..<100 {
            var off = 0.0
            var total = 0.0
            for i in 0..<n {
                for j in 0..<n {
                    total += m[i][j] * m[i][j]
                    if i != j { off += m[i][j] * m[i][j] }
                }
            }
            if off <= 1e-30 * Swift.max(total, 1e-300) { break }
            for p in 0..<(n - 1) {
                for q in (p + 1)..<n where m[p][q] != 0 {
                    let theta = (m[q][q] - m[p][p]) / (2 * m[p][q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for k in 0..<n {
                        let mkp = m[k][p]
                        let mkq = m[k][q]
                        m[k][p] = c * mkp - s * mkq
                        m[k][q] = s * mkp + c * mkq
                    }
                    for k in 0..<n {
                        let mpk = m[p][k]
                        let mqk = m[q][k]
                        m[p][k] = c * mpk - s * mqk
                        m[q][k] = s * mpk + c * mqk
                    }
                }
            }
        }
        return (0..<n).map { m[$0][$0] }.sorted()
    }

    /// The largest absolute eigenvalue (spectral radius).
    ///
    /// - Parameter matrix: A square symmetric matrix.
    /// - Returns: max |λᵢ|, 0 for an empty matrix, NaN if an entry is NaN.
    public static func spectralRadius(of matrix: [[Double]]) -> Double {
        let values = eigenvalues(of: matrix)
        if values.contains(where: \.isNaN) { return .nan }
        return values.map(abs).max() ?? 0
    }
}
