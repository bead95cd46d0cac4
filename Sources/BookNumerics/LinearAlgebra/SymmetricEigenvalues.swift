/// Eigenvalues of small symmetric matrices (Hessians), for curvature and step-size bounds.
public enum SymmetricEigenvalues {
    /// All eigenvalues in ascending order.
    ///
    /// 1×1 and 2×2 matrices use the closed form; larger ones the cyclic Jacobi method of
    /// `SymmetricEigendecomposition` (the one PCA uses). The input is assumed symmetric; only
    /// its upper triangle is read for the 2×2 form.
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
        return SymmetricEigendecomposition(symmetric: matrix).values.reversed()
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
