import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over all cores; results keep the order of the input, so output built
    /// from them is the same whatever the scheduling.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = ResultSlots<Result>(count: count)
        self.withUnsafeBufferPointer { elements in
            let input = UnsafeSendableBuffer(buffer: elements)
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                results.store(transform(input.buffer[index]), at: index)
            }
        }
        return results.collect()
    }
}

/// One slot per index, each written by exactly one iteration of `concurrentPerform`; the
/// slots live in raw memory so that concurrent writes to different indices never touch a
/// shared Swift array (whose exclusivity checks would trap).
private final class ResultSlots<Result>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Result?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<Result?>.allocate(capacity: Swift.max(count, 1))
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ result: Result, at index: Int) {
        slots[index] = result
    }

    func collect() -> [Result] {
        (0..<count).map { slots[$0]! }
    }
}

private struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>
}
