/// How agglomerative clustering measures the distance between two clusters A and B.
///
/// The names and heights are scipy's (`scipy.cluster.hierarchy.linkage(X, method)`), all on
/// Euclidean distances; all four are monotone, so merge heights never decrease.
public enum Linkage: String, Sendable, CaseIterable {
    /// √(2|A||B|/(|A|+|B|))·‖c_A − c_B‖ (c = centroid): the Euclidean distance for two single
    /// points; half its square is the increase of the within-cluster sum of squares.
    case ward
    /// The largest distance between a point of A and a point of B.
    case complete
    /// The mean distance over all pairs (a ∈ A, b ∈ B) (UPGMA).
    case average
    /// The smallest distance between a point of A and a point of B.
    case single

    /// The Lance–Williams update: the distance from cluster I to the union of A and B.
    ///
    /// - Parameters:
    ///   - distanceIA: d(I, A).
    ///   - distanceIB: d(I, B).
    ///   - distanceAB: d(A, B), the merge height.
    ///   - sizeA: |A|.
    ///   - sizeB: |B|.
    ///   - sizeI: |I|.
    /// - Returns: d(I, A ∪ B); for ward a rounding-negative square is clamped to 0.
    func updatedDistance(
        _ distanceIA: Double, _ distanceIB: Double, _ distanceAB: Double, _ sizeA: Int, _ sizeB: Int, _ sizeI: Int
    ) -> Double {
        switch self {
        case .single:
            return min(distanceIA, distanceIB)
        case .complete:
            return max(distanceIA, distanceIB)
        case .average:
            return (Double(sizeA) * distanceIA + Double(sizeB) * distanceIB) / Double(sizeA + sizeB)
        case .ward:
            let a = Double(sizeA)
            let b = Double(sizeB)
            let i = Double(sizeI)
            let t = 1 / (a + b + i)
            let square =
                (i + a) * t * distanceIA * distanceIA + (i + b) * t * distanceIB * distanceIB
                - i * t * distanceAB * distanceAB
            return max(square, 0).squareRoot()
        }
    }
}
