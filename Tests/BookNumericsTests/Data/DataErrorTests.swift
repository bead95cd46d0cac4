import BookNumerics
import Testing

@Suite struct DataErrorTests {
    @Test(arguments: [
        (DataError.empty(parameter: "points"), "points", "points is empty: give at least one point"),
        (
            .noCoordinates(parameter: "points"), "points",
            "points[0] has no coordinates: every point needs at least one"
        ),
        (
            .raggedRow(parameter: "points", row: 3, expected: 2, found: 1), "points",
            "points[3] has 1 coordinate, but points[0] has 2: all points need the same dimension"
        ),
        (.nonFinite(parameter: "targets", row: 4, column: 0), "targets", "targets[4][0] is not a finite number"),
        (
            .countMismatch(parameter: "labels", expected: 10, found: 9), "labels",
            "labels has 9 entries but there are 10 points: give one per point"
        ),
        (
            .dimensionMismatch(parameter: "init_centroids", row: 0, expected: 2, found: 3), "init_centroids",
            "init_centroids[0] has 3 coordinates, but the points have 2"
        ),
        (
            .tooMany(parameter: "k", requested: 12, available: 10, what: "points"), "k",
            "k = 12 is larger than the number of points (10)"
        ),
        (
            .invalidParameter(parameter: "eps", value: "0.0", requirement: "a finite number > 0"), "eps",
            "eps = 0.0 is invalid: it must be a finite number > 0"
        ),
        (
            .clusterCount(parameter: "labels", found: 1, points: 10), "labels",
            "labels name 1 cluster; the silhouette needs between 2 and 9 clusters for 10 points"
        ),
    ])
    func messageNamesTheParameter(error: DataError, parameter: String, message: String) {
        #expect(error.parameter == parameter)
        #expect(error.description == message)
    }
}
