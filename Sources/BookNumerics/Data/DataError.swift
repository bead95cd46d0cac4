/// An input that the dataset, clustering or PCA routines cannot use.
///
/// Every case names the offending parameter (``parameter``) with the key an experiment spec
/// uses for it (`points`, `k`, `eps`, `min_samples`, …), so the layer that reads the spec can
/// point at the right line; ``description`` (in `DataError+CustomStringConvertible.swift`) is a
/// complete, actionable sentence.
public enum DataError: Error, Equatable, Sendable {
    /// A list that needs at least one entry is empty (e.g. no points at all).
    case empty(parameter: String)
    /// The first row of a point list has no coordinates.
    case noCoordinates(parameter: String)
    /// Row `row` has `found` coordinates while the first row has `expected`.
    case raggedRow(parameter: String, row: Int, expected: Int, found: Int)
    /// Entry `column` of row `row` is NaN or infinite.
    case nonFinite(parameter: String, row: Int, column: Int)
    /// A per-point list (labels, targets) has `found` entries for `expected` points.
    case countMismatch(parameter: String, expected: Int, found: Int)
    /// Row `row` of a second point list (e.g. initial centroids) has `found` coordinates but the
    /// points have `expected`.
    case dimensionMismatch(parameter: String, row: Int, expected: Int, found: Int)
    /// More clusters (or components) were asked for than there are points (or dimensions).
    case tooMany(parameter: String, requested: Int, available: Int, what: String)
    /// A parameter value outside its allowed range; `requirement` says what is allowed.
    case invalidParameter(parameter: String, value: String, requirement: String)
    /// The labels given to the silhouette name `found` distinct clusters; it needs 2…points−1.
    case clusterCount(parameter: String, found: Int, points: Int)

    /// The spec key of the offending input, e.g. `"eps"`.
    public var parameter: String {
        switch self {
        case .empty(let parameter), .noCoordinates(let parameter):
            parameter
        case .raggedRow(let parameter, _, _, _), .nonFinite(let parameter, _, _),
            .dimensionMismatch(let parameter, _, _, _):
            parameter
        case .countMismatch(let parameter, _, _), .clusterCount(let parameter, _, _):
            parameter
        case .tooMany(let parameter, _, _, _), .invalidParameter(let parameter, _, _):
            parameter
        }
    }
}
