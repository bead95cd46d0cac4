/// How k-means chooses its starting centroids.
public enum KMeansInitialization: Sendable, Equatable {
    /// Exactly these centroids (k = their count), as scikit-learn's `init=array`. Row `j` becomes
    /// cluster `j`, so labels are indices into this list.
    case centroids([[Double]])

    /// k-means++ seeding (Arthur & Vassilvitskii, 2007), as scikit-learn's `init="k-means++"`.
    ///
    /// From a ``SeededGenerator`` seeded with `seed`: the first centroid is the point
    /// `nextIndex(below: n)`. Every further centroid: let D(x)² be each point's squared distance to
    /// its nearest chosen centroid and φ = Σ D(x)²; draw `localTrials` candidates, each the first
    /// point (in index order) whose running sum of D² exceeds `nextUniform()·φ` (the last point if
    /// rounding leaves none); keep the candidate that makes the new φ smallest (the first on ties).
    /// `localTrials = 1` is the original algorithm; `nil` means scikit-learn's greedy default
    /// 2 + ⌊ln k⌋. Points already chosen have D = 0 and are never drawn again, unless every
    /// point coincides with a centroid (φ = 0), in which case the last point is repeated.
    case kMeansPlusPlus(k: Int, seed: UInt64, localTrials: Int? = nil)

    /// k distinct points chosen uniformly at random (scikit-learn's `init="random"`, Forgy's
    /// method): a partial Fisher–Yates shuffle of the indices, drawing `i + nextIndex(below: n − i)`
    /// for i = 0 … k−1; the first k indices, in that order, are the centroids.
    case randomPoints(k: Int, seed: UInt64)
}
