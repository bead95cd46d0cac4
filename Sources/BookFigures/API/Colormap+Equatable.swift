extension Colormap: Equatable {
    /// Two colour maps are equal when their names and anchors are equal.
    ///
    /// - Parameters:
    ///   - lhs: A colour map.
    ///   - rhs: Another colour map.
    /// - Returns: Whether they are the same map.
    public static func == (lhs: Colormap, rhs: Colormap) -> Bool {
        lhs.name == rhs.name && lhs.anchors.count == rhs.anchors.count
            && zip(lhs.anchors, rhs.anchors).allSatisfy { $0.position == $1.position && $0.color == $1.color }
    }
}
