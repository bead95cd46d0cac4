/// Plain doubles: evaluation without derivatives.
extension Double: DifferentiableScalar {
    init(constant: Double) { self = constant }
    @inline(__always) func applying(_ function: ElementaryFunction) -> Double { function(self) }
    @inline(__always) func integerPower(_ n: Int) -> Double { Instruction.integerPower(self, n) }
    @inline(__always) func constantPower(_ p: Double) -> Double { Elementary.pow(self, p) }
    var real: Double { self }
}
