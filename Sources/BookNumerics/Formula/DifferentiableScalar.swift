/// The arithmetic a formula needs, so that one compiled tape (or one built-in formula) can be
/// evaluated with plain doubles (values) or with hyper-dual numbers (exact second derivatives).
protocol DifferentiableScalar {
    init(constant: Double)
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    /// f applied with the chain rule to all derivative parts.
    func applying(_ function: ElementaryFunction) -> Self
    func integerPower(_ n: Int) -> Self
    func constantPower(_ p: Double) -> Self
    /// The real (value) part, used to pick the branch of `min`/`max`.
    var real: Double { get }
}

extension DifferentiableScalar {
    @inline(__always) func sin() -> Self { applying(.sin) }
    @inline(__always) func cos() -> Self { applying(.cos) }
    @inline(__always) func squared() -> Self { self * self }
}
