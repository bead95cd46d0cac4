extension DataError: CustomStringConvertible {
    /// A one-sentence message naming the parameter, what is wrong and what is allowed.
    public var description: String {
        switch self {
        case .empty(let parameter):
            "\(parameter) is empty: give at least one point"
        case .noCoordinates(let parameter):
            "\(parameter)[0] has no coordinates: every point needs at least one"
        case .raggedRow(let parameter, let row, let expected, let found):
            "\(parameter)[\(row)] has \(found) coordinate\(found == 1 ? "" : "s"), but \(parameter)[0] has \(expected): "
                + "all points need the same dimension"
        case .nonFinite(let parameter, let row, let column):
            "\(parameter)[\(row)][\(column)] is not a finite number"
        case .countMismatch(let parameter, let expected, let found):
            "\(parameter) has \(found) entr\(found == 1 ? "y" : "ies") but there are \(expected) points: give one per point"
        case .dimensionMismatch(let parameter, let row, let expected, let found):
            "\(parameter)[\(row)] has \(found) coordinate\(found == 1 ? "" : "s"), but the points have \(expected)"
        case .tooMany(let parameter, let requested, let available, let what):
            "\(parameter) = \(requested) is larger than the number of \(what) (\(available))"
        case .invalidParameter(let parameter, let value, let requirement):
            "\(parameter) = \(value) is invalid: it must be \(requirement)"
        case .clusterCount(let parameter, let found, let points):
            "\(parameter) name \(found) cluster\(found == 1 ? "" : "s"); the silhouette needs between 2 and "
                + "\(max(points - 1, 2)) clusters for \(points) points"
        }
    }
}
