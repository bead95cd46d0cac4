/// Turns a syntax tree into an instruction tape, folding constant sub-expressions and
/// recognising constant exponents.
struct TapeCompiler {
    private(set) var tape: [Instruction] = []

    /// Emits the instructions of `node` and returns the slot holding its value.
    mutating func emit(_ node: ExpressionNode) -> Int {
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

    /// The value of a sub-tree without variables, computed exactly as evaluation would.
    static func constantValue(_ node: ExpressionNode) -> Double? {
        guard node.highestVariable < 0 else { return nil }
        var compiler = TapeCompiler()
        _ = compiler.emitUnfolded(node)
        let expression = compiler.tape
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: expression.count) { slots in
            Expression.evaluate(expression, slots: slots)
        }
    }

    /// Emits without folding (used to evaluate constant sub-trees once).
    private mutating func emitUnfolded(_ node: ExpressionNode) -> Int {
        switch node {
        case .number(let value): return push(.constant(value))
        case .variable(let index): return push(.variable(index))
        case .negate(let a): return push(.negate(emitUnfolded(a)))
        case .call(let function, let a): return push(.function(function, emitUnfolded(a)))
        case .minimum(let a, let b):
            let left = emitUnfolded(a)
            return push(.minimum(left, emitUnfolded(b)))
        case .maximum(let a, let b):
            let left = emitUnfolded(a)
            return push(.maximum(left, emitUnfolded(b)))
        case .binary(let op, let a, let b):
            let left = emitUnfolded(a)
            let right = emitUnfolded(b)
            switch op {
            case .add: return push(.add(left, right))
            case .subtract: return push(.subtract(left, right))
            case .multiply: return push(.multiply(left, right))
            case .divide: return push(.divide(left, right))
            case .power:
                if case .constant(let p) = tape[right], p.rounded() == p, abs(p) <= 64 {
                    return push(.integerPower(left, Int(p)))
                }
                return push(.constantPower(left, tapeConstant(right)))
            }
        }
    }

    private func tapeConstant(_ slot: Int) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: slot + 1) { slots in
            Expression.evaluate(Array(tape[0...slot]), slots: slots)
        }
    }
}

extension Expression {
    /// Evaluates a variable-free tape.
    static func evaluate(_ tape: [Instruction], slots: UnsafeMutableBufferPointer<Double>) -> Double {
        let expression = Expression(compiledTape: tape)
        return expression.forward([], slots: slots, seed: { _ in 0 })
    }

    init(compiledTape: [Instruction]) {
        self.source = ""
        self.variables = []
        self.tape = compiledTape
    }
}
