/// The syntax tree of a parsed formula. Variables are referred to by their index in the
/// formula's variable list.
indirect enum FormulaNode: Equatable, Sendable {
    enum BinaryOperator: Equatable, Sendable {
        case add, subtract, multiply, divide, power
    }

    case number(Double)
    case variable(Int)
    case negate(FormulaNode)
    case binary(BinaryOperator, FormulaNode, FormulaNode)
    case call(ElementaryFunction, FormulaNode)
    case minimum(FormulaNode, FormulaNode)
    case maximum(FormulaNode, FormulaNode)

    /// The highest variable index used, or -1 when the formula is constant.
    var highestVariable: Int {
        switch self {
        case .number: -1
        case .variable(let index): index
        case .negate(let a), .call(_, let a): a.highestVariable
        case .binary(_, let a, let b), .minimum(let a, let b), .maximum(let a, let b):
            Swift.max(a.highestVariable, b.highestVariable)
        }
    }
}
