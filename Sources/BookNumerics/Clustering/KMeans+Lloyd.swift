extension KMeans {
    /// Lloyd's iterations on centred data (see ``KMeans`` for the rules).
    ///
    /// - Parameters:
    ///   - data: The centred points.
    ///   - mean: The column means that were subtracted (added back to every reported centroid).
    ///   - initial: The k × d starting centroids, centred, flat.
    ///   - initialRows: The starting centroids as reported (uncentred, exactly as given or chosen).
    ///   - maxIterations: Iteration cap (≥ 1).
    ///   - shiftTolerance: Absolute bound on Σ‖Δc‖² that counts as converged (0: never, unless
    ///     the centroids do not move at all).
    ///   - recordsHistory: Whether to record each iteration.
    static func lloyd(
        _ data: PointMatrix, mean: [Double], initial: [Double], initialRows: [[Double]], maxIterations: Int,
        shiftTolerance: Double,
        recordsHistory: Bool
    ) -> KMeansResult {
        let n = data.count
        let d = data.dimension
        let k = initial.count / d
        var centers = initial
        var sums = [Double](repeating: 0, count: k * d)
        var counts = [Int](repeating: 0, count: k)
        var labels = [Int](repeating: -1, count: n)
        var previous = [Int](repeating: -1, count: n)
        var nearest = [Double](repeating: 0, count: n)
        var history: [KMeansIteration] = []
        var strictlyConverged = false
        var converged = false
        var iterations = 0

        func uncentred(_ flat: [Double]) -> [[Double]] {
            (0..<(flat.count / d)).map { j in (0..<d).map { flat[j * d + $0] + mean[$0] } }
        }

        while iterations < maxIterations {
            iterations += 1
            let inertia = assign(data, centers: centers, k: k, labels: &labels, nearest: &nearest)
            if recordsHistory {
                let reported = iterations == 1 ? initialRows : uncentred(centers)
                history.append(KMeansIteration(centroids: reported, labels: labels, inertia: inertia))
            }
            let updated = update(
                data, centers: centers, k: k, labels: labels, nearest: nearest, sums: &sums, counts: &counts)
            var shift = 0.0
            for index in 0..<(k * d) {
                let move = updated[index] - centers[index]
                shift += move * move
            }
            centers = updated
            if labels == previous {
                strictlyConverged = true
                converged = true
                break
            }
            if shift <= shiftTolerance {
                converged = true
                break
            }
            swap(&labels, &previous)
        }
        if !strictlyConverged {
            _ = assign(data, centers: centers, k: k, labels: &labels, nearest: &nearest)
        }
        var inertia = 0.0
        for i in 0..<n {
            var sum = 0.0
            for column in 0..<d {
                let difference = data.values[i * d + column] - centers[labels[i] * d + column]
                sum += difference * difference
            }
            inertia += sum
        }
        return KMeansResult(
            labels: labels, centroids: uncentred(centers), inertia: inertia, iterations: iterations,
            converged: converged, initialCentroids: initialRows, history: history)
    }

    /// Assigns every point to its nearest centre (ties: lowest index).
    ///
    /// - Returns: The sum of the squared distances to the assigned centres; `nearest[i]` holds
    ///   each point's own squared distance.
    private static func assign(
        _ data: PointMatrix, centers: [Double], k: Int, labels: inout [Int], nearest: inout [Double]
    ) -> Double {
        let n = data.count
        let d = data.dimension
        var total = 0.0
        data.values.withUnsafeBufferPointer { x in
            centers.withUnsafeBufferPointer { c in
                labels.withUnsafeMutableBufferPointer { label in
                    nearest.withUnsafeMutableBufferPointer { best in
                        if d == 2 {
                            // The common case of the book's figures, without the inner loop.
                            for i in 0..<n {
                                let x0 = x[2 * i]
                                let x1 = x[2 * i + 1]
                                var bestDistance = Double.infinity
                                var bestIndex = 0
                                for j in 0..<k {
                                    let d0 = x0 - c[2 * j]
                                    let d1 = x1 - c[2 * j + 1]
                                    let sum = d0 * d0 + d1 * d1
                                    if sum < bestDistance {
                                        bestDistance = sum
                                        bestIndex = j
                                    }
                                }
                                label[i] = bestIndex
                                best[i] = bestDistance
                                total += bestDistance
                            }
                            return
                        }
                        for i in 0..<n {
                            let row = i * d
                            var bestDistance = Double.infinity
                            var bestIndex = 0
                            for j in 0..<k {
                                let centre = j * d
                                var sum = 0.0
                                for column in 0..<d {
                                    let difference = x[row + column] - c[centre + column]
                                    sum += difference * difference
                                }
                                if sum < bestDistance {
                                    bestDistance = sum
                                    bestIndex = j
                                }
                            }
                            label[i] = bestIndex
                            best[i] = bestDistance
                            total += bestDistance
                        }
                    }
                }
            }
        }
        return total
    }

    /// The new centres: the mean of each cluster, with scikit-learn's relocation of empty clusters.
    private static func update(
        _ data: PointMatrix, centers: [Double], k: Int, labels: [Int], nearest: [Double], sums: inout [Double],
        counts: inout [Int]
    ) -> [Double] {
        let n = data.count
        let d = data.dimension
        for index in sums.indices { sums[index] = 0 }
        for index in counts.indices { counts[index] = 0 }
        data.values.withUnsafeBufferPointer { x in
            labels.withUnsafeBufferPointer { label in
                sums.withUnsafeMutableBufferPointer { sum in
                    counts.withUnsafeMutableBufferPointer { count in
                        for i in 0..<n {
                            let cluster = label[i]
                            count[cluster] += 1
                            for column in 0..<d { sum[cluster * d + column] += x[i * d + column] }
                        }
                    }
                }
            }
        }
        let empty = (0..<k).filter { counts[$0] == 0 }
        if !empty.isEmpty {
            // The points farthest from their own centre, farthest first (ties: lower index).
            let far = (0..<n).sorted { nearest[$0] != nearest[$1] ? nearest[$0] > nearest[$1] : $0 < $1 }
            for (cluster, point) in zip(empty, far) {
                let old = labels[point]
                for column in 0..<d {
                    let value = data.values[point * d + column]
                    sums[old * d + column] -= value
                    sums[cluster * d + column] = value
                }
                counts[old] -= 1
                counts[cluster] = 1
            }
        }
        var updated = centers
        for j in 0..<k where counts[j] > 0 {
            let scale = 1 / Double(counts[j])
            for column in 0..<d { updated[j * d + column] = sums[j * d + column] * scale }
        }
        return updated
    }
}
