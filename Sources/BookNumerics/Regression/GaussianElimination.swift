/// Small dense linear systems.
enum GaussianElimination {
    /// Solves A·x = c given the augmented matrix [A | c] (n rows of n + 1 numbers) by Gaussian
    /// elimination with partial pivoting.
    ///
    /// - Returns: x, or `nil` when a pivot is below 1e-12 times the largest entry (singular).
    static func solve(augmented: [[Double]]) -> [Double]? {
        var a = augmented
        let n = a.count
        let scale = a.flatMap { $0 }.map(abs).max() ?? 0
        guard scale > 0 else { return nil }
        for column in 0..<n {
            var pivot = column
            for row in (column + 1)..<n where abs(a[row][column]) > abs(a[pivot][column]) { pivot = row }
            guard abs(a[pivot][column]) > 1e-12 * scale else { return nil }
            a.swapAt(column, pivot)
            for row in (column + 1)..<n {
                let factor = a[row][column] / a[column][column]
                if factor == 0 { continue }
                for c in column...n { a[row][c] -= factor * a[column][c] }
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = a[row][n]
            for c in (row + 1)..<n { sum -= a[row][c] * x[c] }
            x[row] = sum / a[row][row]
        }
        return x
    }
}
