/// A seeded pseudo-random generator whose every output is specified, so that a figure drawn
/// from random data is the same on every machine and every Swift version.
///
/// The algorithm is **xoshiro256\*\*** (Blackman & Vigna, 2018). Its 256-bit state is filled from
/// the 64-bit seed with **SplitMix64**, as the authors recommend. Derived values:
/// - ``nextUniform()``: the top 53 bits of the next output times 2⁻⁵³, a double in [0, 1).
/// - ``nextNormal()``: the Box–Muller transform of two uniforms u₁, u₂ (u₁ taken as 1 − u so
///   it is never 0): √(−2 ln u₁)·cos(2πu₂); the sine partner is kept and returned next.
///
/// The generator is a value type: copying it forks the stream.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)
    private var spareNormal: Double?

    /// Creates a generator from a 64-bit seed.
    ///
    /// - Parameter seed: Any value; equal seeds give equal streams.
    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
        spareNormal = nil
    }

    /// The next 64 random bits (xoshiro256\*\*).
    ///
    /// - Returns: A uniformly distributed 64-bit value.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, by: 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, by: 45)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    ///
    /// - Returns: A value `u` with `0 <= u < 1`.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in [lower, upper).
    ///
    /// - Parameters:
    ///   - lower: The inclusive lower bound.
    ///   - upper: The exclusive upper bound; must be ≥ `lower`.
    /// - Returns: `lower + (upper − lower)·u` for the next uniform `u`.
    public mutating func nextUniform(in lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * nextUniform()
    }

    /// A standard normal sample (mean 0, variance 1) by the Box–Muller transform.
    ///
    /// - Returns: A finite normally distributed value.
    public mutating func nextNormal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let u1 = 1 - nextUniform()  // in (0, 1], so the logarithm is finite
        let u2 = nextUniform()
        let radius = (-2 * _log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        spareNormal = radius * _sin(angle)
        return radius * _cos(angle)
    }

    /// A uniformly chosen integer in `0..<upperBound` by Lemire's unbiased multiply-shift.
    ///
    /// - Parameter upperBound: A positive count.
    /// - Returns: An index `i` with `0 <= i < upperBound`.
    public mutating func nextIndex(below upperBound: Int) -> Int {
        precondition(upperBound > 0, "upperBound must be positive")
        let bound = UInt64(upperBound)
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return Int(product.high)
    }

    private func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }
}
