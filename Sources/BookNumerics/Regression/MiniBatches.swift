/// Which rows each update sees: all of them (full batch), or seeded shuffled mini-batches.
///
/// Mini-batch order: at the start of every epoch the row indices 0..<m are shuffled by
/// Fisher–Yates with ``SeededGenerator/nextIndex(below:)`` (i from m−1 down to 1, swap i with
/// j = nextIndex(below: i+1)); the epoch is then cut into consecutive batches of `batchSize`
/// rows, the last one possibly smaller. A batch size ≥ m (or `nil`) means full batch with no
/// shuffling.
public struct MiniBatches: Sendable {
    /// The number of rows m.
    public let rowCount: Int
    /// The batch size B (m for full batch).
    public let batchSize: Int
    private var order: [Int]
    private var position: Int
    private var generator: SeededGenerator

    /// Creates a batch plan.
    ///
    /// - Parameters:
    ///   - rowCount: m ≥ 1.
    ///   - batchSize: B ≥ 1, or `nil` for full batch.
    ///   - seed: Seed of the shuffling generator.
    public init(rowCount: Int, batchSize: Int?, seed: UInt64) {
        self.rowCount = rowCount
        self.batchSize = Swift.min(Swift.max(batchSize ?? rowCount, 1), Swift.max(rowCount, 1))
        order = Array(0..<rowCount)
        position = rowCount
        generator = SeededGenerator(seed: seed)
        if isFullBatch { position = 0 }
    }

    /// Whether every update uses all rows in their original order.
    public var isFullBatch: Bool { batchSize >= rowCount }

    /// The number of updates that make one epoch, ⌈m/B⌉.
    public var batchesPerEpoch: Int { (rowCount + batchSize - 1) / Swift.max(batchSize, 1) }

    /// The row indices of the next update.
    ///
    /// - Returns: The indices (all rows, in order, for full batch).
    public mutating func next() -> ArraySlice<Int> {
        if isFullBatch { return order[...] }
        if position >= rowCount {
            var i = rowCount - 1
            while i > 0 {
                let j = generator.nextIndex(below: i + 1)
                order.swapAt(i, j)
                i -= 1
            }
            position = 0
        }
        let end = Swift.min(position + batchSize, rowCount)
        defer { position = end }
        return order[position..<end]
    }
}
