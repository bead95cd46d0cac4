/// A parsed objective formula in a few variables, compiled to a flat instruction tape, with
/// exact derivatives by automatic differentiation.
///
/// - Value: one forward sweep over the tape.
/// - Gradient: **reverse mode** — a forward sweep storing every intermediate value, then one
///   backward sweep accumulating adjoints. Cost ≈ 2–3 evaluations whatever the dimension.
/// - Hessian: **forward mode with hyper-dual numbers** (``HyperDual``), one sweep per pair
///   i ≤ j, so n(n+1)/2 sweeps; exact to rounding (no finite-difference step).
///
/// Constant sub-expressions are folded when compiling, `a^n` with a whole constant n is
/// evaluated by repeated multiplication (so `x^2` is exactly `x*x`), and scratch storage for the
/// sweeps lives on the stack: evaluating allocates nothing on the heap.
///
/// Domain errors are not thrown: `log(-1)` is NaN and `1/0` is ∞, which trajectory runs report
/// as divergence.
public struct Formula: Sendable, CustomStringConvertible {
    /// The formula as written.
    public let source: String
    /// The variable names, in coordinate order (index 0 is the first coordinate).
    public let variables: [String]
    let tape: [Instruction]

    /// The default variable names: `x`, `y`, `z`.
    public static let standardVariables = ["x", "y", "z"]

    /// Parses and compiles a formula.
    ///
    /// - Parameters:
    ///   - source: The formula, e.g. `0.5*(x^2 + 2*y^2)`.
    ///   - variables: The names allowed as variables, in coordinate order. With the default,
    ///     the dimension is inferred from the highest variable used (`x` → 1, `y` → 2, `z` → 3).
    ///   - dimension: Fixes the number of coordinates: only the first `dimension` names are
    ///     variables, so `y` in a 1-D formula is an unknown variable. `nil` infers it (at least 1).
    ///     Values above `variables.count` are clamped to it.
    /// - Throws: ``FormulaError`` with the 1-based column and a suggestion.
    public init(
        _ source: String, variables: [String] = Formula.standardVariables, dimension: Int? = nil
    ) throws(FormulaError) {
        let allowed = dimension.map { Array(variables.prefix(Swift.max(0, $0))) } ?? variables
        let tree = try FormulaParser.parse(source, variables: allowed)
        self.source = source
        let used = dimension ?? Swift.max(1, tree.highestVariable + 1)
        self.variables = Array(allowed.prefix(used))
        var compiler = TapeCompiler()
        _ = compiler.emit(tree)
        self.tape = compiler.tape
    }

    /// The number of coordinates the formula takes.
    public var dimension: Int { variables.count }

    /// The formula as written.
    public var description: String { source }

    /// The value f(x).
    ///
    /// - Parameter x: The point; must have ``dimension`` coordinates (missing ones read as 0).
    /// - Returns: f(x), possibly NaN or ±∞ outside the formula's domain.
    public func value(at x: [Double]) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: tape.count) { slots in
            forward(x, slots: slots, seed: { Double(constant: x[$0]) })
        }
    }

    /// The value and the gradient by reverse-mode automatic differentiation.
    ///
    /// - Parameters:
    ///   - x: The point; must have ``dimension`` coordinates.
    ///   - gradient: Receives ∇f(x); resized to ``dimension`` when its count differs.
    /// - Returns: f(x).
    public func valueAndGradient(at x: [Double], into gradient: inout [Double]) -> Double {
        if gradient.count != dimension { gradient = [Double](repeating: 0, count: dimension) }
        let count = tape.count
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * count) { buffer in
            let slots = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
            let adjoints = UnsafeMutableBufferPointer(rebasing: buffer[count..<(2 * count)])
            let value = forward(x, slots: slots, seed: { Double(constant: x[$0]) })
            backward(slots: slots, adjoints: adjoints, gradient: &gradient)
            return value
        }
    }

    /// The gradient ∇f(x) by reverse-mode automatic differentiation.
    ///
    /// - Parameter x: The point; must have ``dimension`` coordinates.
    /// - Returns: The ``dimension`` partial derivatives.
    public func gradient(at x: [Double]) -> [Double] {
        var gradient = [Double](repeating: 0, count: dimension)
        _ = valueAndGradient(at: x, into: &gradient)
        return gradient
    }

    /// The Hessian matrix ∇²f(x) by hyper-dual forward mode (exact to rounding).
    ///
    /// - Parameter x: The point; must have ``dimension`` coordinates.
    /// - Returns: The symmetric ``dimension`` × ``dimension`` matrix of second derivatives.
    public func hessian(at x: [Double]) -> [[Double]] {
        let n = dimension
        var result = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        withUnsafeTemporaryAllocation(of: HyperDual.self, capacity: tape.count) { slots in
            for i in 0..<n {
                for j in i..<n {
                    let output = forward(x, slots: slots) { k in
                        HyperDual(x[k], k == i ? 1 : 0, k == j ? 1 : 0, 0)
                    }
                    result[i][j] = output.e12
                    result[j][i] = output.e12
                }
            }
        }
        return result
    }

    /// Forward sweep over the tape with any scalar type; the seed supplies variable values.
    @inline(__always)
    func forward<T: DifferentiableScalar>(
        _ x: [Double], slots: UnsafeMutableBufferPointer<T>, seed: (Int) -> T
    ) -> T {
        for (i, instruction) in tape.enumerated() {
            let value: T
            switch instruction {
            case .constant(let c): value = T(constant: c)
            case .variable(let k): value = k < x.count ? seed(k) : T(constant: 0)
            case .negate(let a): value = -slots[a]
            case .add(let a, let b): value = slots[a] + slots[b]
            case .subtract(let a, let b): value = slots[a] - slots[b]
            case .multiply(let a, let b): value = slots[a] * slots[b]
            case .divide(let a, let b): value = slots[a] / slots[b]
            case .integerPower(let a, let n): value = slots[a].integerPower(n)
            case .constantPower(let a, let p): value = slots[a].constantPower(p)
            case .power(let a, let b): value = (slots[b] * slots[a].applying(.log)).applying(.exp)
            case .function(let f, let a): value = slots[a].applying(f)
            case .minimum(let a, let b): value = slots[b].real < slots[a].real ? slots[b] : slots[a]
            case .maximum(let a, let b): value = slots[b].real > slots[a].real ? slots[b] : slots[a]
            }
            slots.initializeElement(at: i, to: value)
        }
        return slots[tape.count - 1]
    }

    /// Backward sweep: adjoints of every slot from the values of a forward sweep.
    @inline(__always)
    private func backward(
        slots: UnsafeMutableBufferPointer<Double>, adjoints: UnsafeMutableBufferPointer<Double>,
        gradient: inout [Double]
    ) {
        let count = tape.count
        for i in 0..<count { adjoints[i] = 0 }
        for k in 0..<gradient.count { gradient[k] = 0 }
        adjoints[count - 1] = 1
        var i = count - 1
        while i >= 0 {
            let adjoint = adjoints[i]
            if adjoint != 0 {
                switch tape[i] {
                case .constant: break
                case .variable(let k): if k < gradient.count { gradient[k] += adjoint }
                case .negate(let a): adjoints[a] -= adjoint
                case .add(let a, let b):
                    adjoints[a] += adjoint
                    adjoints[b] += adjoint
                case .subtract(let a, let b):
                    adjoints[a] += adjoint
                    adjoints[b] -= adjoint
                case .multiply(let a, let b):
                    adjoints[a] += adjoint * slots[b]
                    adjoints[b] += adjoint * slots[a]
                case .divide(let a, let b):
                    let inverse = 1 / slots[b]
                    adjoints[a] += adjoint * inverse
                    adjoints[b] -= adjoint * slots[i] * inverse
                case .integerPower(let a, let n):
                    let derivative: Double =
                        switch n {
                        case 0: 0
                        case 1: 1
                        case 2: 2 * slots[a]
                        default: Double(n) * Instruction.integerPower(slots[a], n - 1)
                        }
                    adjoints[a] += adjoint * derivative
                case .constantPower(let a, let p):
                    adjoints[a] += adjoint * p * Elementary.pow(slots[a], p - 1)
                case .power(let a, let b):
                    adjoints[a] += adjoint * slots[b] * Elementary.pow(slots[a], slots[b] - 1)
                    adjoints[b] += adjoint * slots[i] * Elementary.log(slots[a])
                case .function(let f, let a):
                    adjoints[a] += adjoint * f.firstDerivative(at: slots[a], value: slots[i])
                case .minimum(let a, let b):
                    if slots[b] < slots[a] { adjoints[b] += adjoint } else { adjoints[a] += adjoint }
                case .maximum(let a, let b):
                    if slots[b] > slots[a] { adjoints[b] += adjoint } else { adjoints[a] += adjoint }
                }
            }
            i -= 1
        }
    }
}
