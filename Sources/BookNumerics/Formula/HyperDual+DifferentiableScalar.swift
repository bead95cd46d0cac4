/// Hyper-dual arithmetic: every operation applies the chain rule to the ε parts.
extension HyperDual: DifferentiableScalar {
    init(constant: Double) { self.init(constant) }

    static func + (a: HyperDual, b: HyperDual) -> HyperDual {
        HyperDual(a.value + b.value, a.e1 + b.e1, a.e2 + b.e2, a.e12 + b.e12)
    }

    static func - (a: HyperDual, b: HyperDual) -> HyperDual {
        HyperDual(a.value - b.value, a.e1 - b.e1, a.e2 - b.e2, a.e12 - b.e12)
    }

    static func * (a: HyperDual, b: HyperDual) -> HyperDual {
        HyperDual(
            a.value * b.value, a.value * b.e1 + a.e1 * b.value, a.value * b.e2 + a.e2 * b.value,
            a.value * b.e12 + a.e1 * b.e2 + a.e2 * b.e1 + a.e12 * b.value)
    }

    static func / (a: HyperDual, b: HyperDual) -> HyperDual {
        let inverse = 1 / b.value
        let reciprocal = b.chain(inverse, -inverse * inverse, 2 * inverse * inverse * inverse)
        var product = a * reciprocal
        product.value = a.value / b.value
        return product
    }

    static prefix func - (a: HyperDual) -> HyperDual {
        HyperDual(-a.value, -a.e1, -a.e2, -a.e12)
    }

    func applying(_ function: ElementaryFunction) -> HyperDual {
        let (f, d1, d2) = function.derivatives(at: value)
        return chain(f, d1, d2)
    }

    func integerPower(_ n: Int) -> HyperDual {
        switch n {
        case 0: return HyperDual(1)
        case 1: return self
        case 2: return self * self
        default:
            let a = value
            return chain(
                Instruction.integerPower(a, n), Double(n) * Instruction.integerPower(a, n - 1),
                Double(n * (n - 1)) * Instruction.integerPower(a, n - 2))
        }
    }

    func constantPower(_ p: Double) -> HyperDual {
        let a = value
        return chain(Elementary.pow(a, p), p * Elementary.pow(a, p - 1), p * (p - 1) * Elementary.pow(a, p - 2))
    }

    var real: Double { value }
}
