/// Principal component analysis (PCA) of a point set, for 2-D projections of higher-dimensional
/// data, with scikit-learn's conventions (`PCA(n_components)` with the full solver).
///
/// The points are centred on their mean; the covariance matrix C = XᵀX/(n − 1) of the centred
/// data is diagonalised by the Jacobi method (see the eigenvalue tolerance there, 2⁻⁵² relative);
/// the components are its unit eigenvectors by decreasing eigenvalue.
///
/// **Sign convention** (scikit-learn's `svd_flip` on the components): each component is
/// multiplied by ±1 so that its coordinate of largest magnitude is positive (the first such
/// coordinate on exact ties). Components whose eigenvalues are equal are not unique; any
/// orthonormal basis of that eigenspace is a correct answer.
public struct PrincipalComponents: Sendable, Equatable {
    /// The mean of the points (the centre of the projection).
    public let mean: [Double]
    /// The principal axes, unit vectors, one row per component, by decreasing variance.
    public let components: [[Double]]
    /// The variance of the data along each component (eigenvalue of the n − 1 covariance, ≥ 0).
    public let explainedVariance: [Double]
    /// ``explainedVariance`` divided by the total variance (all eigenvalues); all 0 when the
    /// points coincide.
    public let explainedVarianceRatio: [Double]
    /// Each point's coordinates on the components: (x − mean)·component.
    public let projected: [[Double]]

    /// Computes the top principal components and projects the points on them.
    ///
    /// - Parameters:
    ///   - points: At least 2 points, all of one dimension, finite.
    ///   - components: How many components to keep (default 2), 1 ≤ components ≤ min(points,
    ///     dimension).
    /// - Throws: ``DataError`` naming `points` (empty, ragged, non-finite, a single point) or
    ///   `components` (below 1, or above the dimension or the number of points).
    public init(points: [[Double]], components: Int = 2) throws(DataError) {
        let matrix = try PointMatrix(points, parameter: "points")
        let n = matrix.count
        let d = matrix.dimension
        guard n >= 2 else {
            throw .invalidParameter(parameter: "points", value: "1 point", requirement: "at least 2 points")
        }
        guard components >= 1 else {
            throw .invalidParameter(parameter: "components", value: "\(components)", requirement: "at least 1")
        }
        guard components <= d else {
            throw .tooMany(parameter: "components", requested: components, available: d, what: "dimensions")
        }
        guard components <= n else {
            throw .tooMany(parameter: "components", requested: components, available: n, what: "points")
        }
        var mean = [Double](repeating: 0, count: d)
        for i in 0..<n { for c in 0..<d { mean[c] += matrix.values[i * d + c] } }
        mean = mean.map { $0 / Double(n) }
        var centered = matrix.values
        for i in 0..<n { for c in 0..<d { centered[i * d + c] -= mean[c] } }
        var covariance = [[Double]](repeating: [Double](repeating: 0, count: d), count: d)
        for i in 0..<n {
            for r in 0..<d {
                let x = centered[i * d + r]
                for c in r..<d { covariance[r][c] += x * centered[i * d + c] }
            }
        }
        for r in 0..<d {
            for c in r..<d {
                covariance[r][c] /= Double(n - 1)
                covariance[c][r] = covariance[r][c]
            }
        }
        let eigen = SymmetricEigendecomposition(symmetric: covariance)
        let variances = eigen.values.map { max($0, 0) }
        let total = variances.reduce(0, +)
        let axes = eigen.vectors.prefix(components).map { vector in
            var largest = 0
            for index in vector.indices where abs(vector[index]) > abs(vector[largest]) { largest = index }
            return vector[largest] < 0 ? vector.map { -$0 } : vector
        }
        self.mean = mean
        self.components = Array(axes)
        self.explainedVariance = Array(variances.prefix(components))
        self.explainedVarianceRatio = variances.prefix(components).map { total > 0 ? $0 / total : 0 }
        self.projected = (0..<n).map { i in
            axes.map { axis in
                var sum = 0.0
                for c in 0..<d { sum += centered[i * d + c] * axis[c] }
                return sum
            }
        }
    }

    /// Projects a further point onto the components.
    ///
    /// - Parameter point: A point of the fitted dimension.
    /// - Returns: Its coordinates (x − mean)·component, or `nil` if the dimension differs.
    public func project(_ point: [Double]) -> [Double]? {
        guard point.count == mean.count else { return nil }
        return components.map { axis in
            var sum = 0.0
            for c in axis.indices { sum += (point[c] - mean[c]) * axis[c] }
            return sum
        }
    }
}
