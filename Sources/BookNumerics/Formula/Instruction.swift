/// One step of a compiled formula: the value of instruction `i` is stored in slot `i`, and
/// operands refer to earlier slots. The list is in evaluation order, so a forward sweep computes
/// values and a backward sweep accumulates adjoints (reverse-mode differentiation).
enum Instruction: Equatable, Sendable {
    case constant(Double)
    case variable(Int)
    case negate(Int)
    case add(Int, Int)
    case subtract(Int, Int)
    case multiply(Int, Int)
    case divide(Int, Int)
    /// a^n for a whole constant n, evaluated by binary exponentiation (as jax's `integer_pow`).
    case integerPower(Int, Int)
    /// a^p for a constant, non-integer p.
    case constantPower(Int, Double)
    /// a^b with both operands varying: exp(b·log a).
    case power(Int, Int)
    case function(ElementaryFunction, Int)
    /// min(a, b); on a tie the first argument is selected (also for the derivative).
    case minimum(Int, Int)
    /// max(a, b); on a tie the first argument is selected (also for the derivative).
    case maximum(Int, Int)
}

extension Instruction {
    /// a^n by binary exponentiation (the order of multiplications of jax's `integer_pow`);
    /// negative n gives 1/a^|n|.
    @inline(__always)
    static func integerPower(_ a: Double, _ n: Int) -> Double {
        if n == 2 { return a * a }
        var exponent = n.magnitude
        var base = a
        var accumulator: Double? = nil
        while exponent > 0 {
            if exponent & 1 == 1 { accumulator = accumulator.map { $0 * base } ?? base }
            exponent >>= 1
            if exponent > 0 { base = base * base }
        }
        let result = accumulator ?? 1
        return n < 0 ? 1 / result : result
    }
}
