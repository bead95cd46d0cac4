/// Turns a syntax tree into an instruction tape, folding constant sub-expressions and
/// recognising constant exponents.
struct TapeCompiler {
    private(set) var tape: [Instruction] = []

    /// Emits the instructions of `node` and returns the slot holding its value.
    mutating func emit(_ node: FormulaNode) -> Int {
        if let constant = Self.constantValue(node) { return push(.constant(constant)) }
        switch node {
        case .number(let value):
            return push(.constant(value))
        case .variable(let index):
            return push(.variable(index))
        case .negate(let a):
            return push(.negate(emit(a)))
        case .call(let function, let a):
            return push(.function(function, emit(a)))
        case .minimum(let a, let b):
            let left = emit(a)
            return push(.minimum(left, emit(b)))
        case .maximum(let a, let b):
            let left = emit(a)
            return push(.maximum(left, emit(b)))
        case .binary(let op, let a, let b):
            if op == .power, let exponent = Self.constantValue(b) {
                let base = emit(a)
                if exponent.rounded() == exponent, abs(exponent) <= 64 {
                    return push(.integerPower(base, Int(exponent)))
                }
                return push(.constantPower(base, exponent))
            }
            let left = emit(a)
            let right = emit(b)
            switch op {
            case .add: return push(.add(left, right))
            case .subtract: return push(.subtract(left, right))
            case .multiply: return push(.multiply(left, right))
            case .divide: return push(.divide(left, right))
            case .power: return push(.power(left, right))
            }
        }
    }

    private mutating func push(_ instruction: Instruction) -> Int {
        tape.append(instruction)
        return tape.count - 1
    }

    /// The value of a sub-tree without variables, or `nil` when it uses one. Powers with a whole
    /// exponent are products (as on the tape); other powers use libm's `pow`.
    static func constantValue(_ node: FormulaNode) -> Double? {
        node.highestVariable < 0 ? evaluateConstant(node) : nil
    }

    private static func evaluateConstant(_ node: FormulaNode) -> Double {
        switch node {
        case .number(let value): return value
        case .variable: return .nan  // not reached: callers check highestVariable first
        case .negate(let a): return -evaluateConstant(a)
        case .call(let function, let a): return function(evaluateConstant(a))
        case .minimum(let a, let b):
            let (left, right) = (evaluateConstant(a), evaluateConstant(b))
            return right < left ? right : left
        case .maximum(let a, let b):
            let (left, right) = (evaluateConstant(a), evaluateConstant(b))
            return right > left ? right : left
        case .binary(let op, let a, let b):
            let (left, right) = (evaluateConstant(a), evaluateConstant(b))
            switch op {
            case .add: return left + right
            case .subtract: return left - right
            case .multiply: return left * right
            case .divide: return left / right
            case .power:
                if right.rounded() == right, abs(right) <= 64 { return Instruction.integerPower(left, Int(right)) }
                return Elementary.pow(left, right)
            }
        }
    }
}
