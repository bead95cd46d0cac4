/// |a − b| ≤ absolute + relative·max(|a|, |b|).
func isClose(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 1e-12) -> Bool {
    abs(a - b) <= absolute + relative * max(abs(a), abs(b))
}

/// Element-wise ``isClose(_:_:relative:absolute:)`` of equally long vectors.
func isClose(_ a: [Double], _ b: [Double], relative: Double = 1e-12, absolute: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { isClose($0, $1, relative: relative, absolute: absolute) }
}

/// Element-wise ``isClose(_:_:relative:absolute:)`` of equally shaped matrices.
func isClose(_ a: [[Double]], _ b: [[Double]], relative: Double = 1e-12, absolute: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { isClose($0, $1, relative: relative, absolute: absolute) }
}
