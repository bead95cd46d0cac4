/// A function to minimise: a built-in family or a parsed formula, optionally with an L2 term
/// (λ/2)‖x‖², evaluated with exact gradients and Hessians.
///
/// Gradients of built-ins are hand-derived; gradients of formulas come from reverse-mode
/// automatic differentiation (``Formula``). Hessians always come from hyper-dual forward
/// mode. The L2 term adds λx to the gradient and λI to the Hessian.
public struct Objective: Sendable {
    /// Where the function comes from.
    public enum Source: Sendable {
        /// A named test function.
        case builtin(BuiltinObjective)
        /// A formula typed by the author.
        case formula(Formula)
    }

    /// The function without its L2 term.
    public let source: Source
    /// λ of the L2 term (λ/2)‖x‖²; 0 means none.
    public let l2: Double

    /// Wraps a built-in function.
    ///
    /// - Parameters:
    ///   - builtin: The function.
    ///   - l2: λ ≥ 0 of the added (λ/2)‖x‖²; default 0.
    public init(_ builtin: BuiltinObjective, l2: Double = 0) {
        self.source = .builtin(builtin)
        self.l2 = l2
    }

    /// Wraps a parsed formula.
    ///
    /// - Parameters:
    ///   - formula: The formula.
    ///   - l2: λ ≥ 0 of the added (λ/2)‖x‖²; default 0.
    public init(_ formula: Formula, l2: Double = 0) {
        self.source = .formula(formula)
        self.l2 = l2
    }

    /// Resolves what an author writes after `objective:`: a built-in name (with default
    /// parameters) or a formula in x (1-D) / x, y (2-D) / x, y, z.
    ///
    /// - Parameters:
    ///   - text: A name from ``BuiltinObjective/names`` or a formula.
    ///   - dimension: The expected number of coordinates, or `nil` to infer it from the formula.
    ///   - l2: λ of the L2 term.
    /// - Returns: The objective.
    /// - Throws: ``FormulaError`` when the text is not a built-in name and does not parse.
    public static func resolve(_ text: String, dimension: Int? = nil, l2: Double = 0) throws(FormulaError)
        -> Objective
    {
        let trimmed = text.trimmingSpaces
        if BuiltinObjective.names.contains(trimmed), let builtin = try? BuiltinObjective(name: trimmed) {
            return Objective(builtin, l2: l2)
        }
        return Objective(try Formula(text, dimension: dimension), l2: l2)
    }

    /// The number of coordinates.
    public var dimension: Int {
        switch source {
        case .builtin(let builtin): builtin.dimension
        case .formula(let formula): formula.dimension
        }
    }

    /// A short label: the built-in name or the formula.
    public var label: String {
        switch source {
        case .builtin(let builtin): builtin.name
        case .formula(let formula): formula.source
        }
    }

    /// f(x) + (λ/2)‖x‖².
    ///
    /// In every evaluation method, missing coordinates of a too-short x read as 0 and extra
    /// coordinates are ignored by the function (the L2 term sees all of them).
    ///
    /// - Parameter x: A point with ``dimension`` coordinates.
    /// - Returns: The value (NaN or ±∞ outside the function's domain).
    public func value(at x: [Double]) -> Double {
        if x.count < dimension { return value(at: padded(x)) }
        let base: Double
        switch source {
        case .builtin(let builtin): base = builtin.value(at: x)
        case .formula(let formula): base = formula.value(at: x)
        }
        return l2 == 0 ? base : base + 0.5 * l2 * Self.squaredNorm(x)
    }

    /// The value and the gradient in one evaluation (the hot path of every optimizer run).
    ///
    /// - Parameters:
    ///   - x: A point with ``dimension`` coordinates.
    ///   - gradient: Receives ∇f(x) + λx; resized to ``dimension`` if needed.
    /// - Returns: f(x) + (λ/2)‖x‖².
    @inline(__always)
    public func valueAndGradient(at x: [Double], into gradient: inout [Double]) -> Double {
        if x.count < dimension { return valueAndGradient(at: padded(x), into: &gradient) }
        var value: Double
        switch source {
        case .builtin(let builtin):
            if gradient.count != builtin.dimension { gradient = [Double](repeating: 0, count: builtin.dimension) }
            value = builtin.valueAndGradient(at: x, into: &gradient)
        case .formula(let formula):
            value = formula.valueAndGradient(at: x, into: &gradient)
        }
        if l2 != 0 {
            value += 0.5 * l2 * Self.squaredNorm(x)
            for i in 0..<gradient.count { gradient[i] += l2 * x[i] }
        }
        return value
    }

    /// ∇f(x) + λx.
    ///
    /// - Parameter x: A point with ``dimension`` coordinates.
    /// - Returns: The gradient.
    public func gradient(at x: [Double]) -> [Double] {
        var gradient = [Double](repeating: 0, count: dimension)
        _ = valueAndGradient(at: x, into: &gradient)
        return gradient
    }

    /// The Hessian ∇²f(x) + λI by hyper-dual automatic differentiation.
    ///
    /// - Parameter x: A point with ``dimension`` coordinates.
    /// - Returns: The symmetric matrix of second derivatives.
    public func hessian(at x: [Double]) -> [[Double]] {
        if x.count < dimension { return hessian(at: padded(x)) }
        var result: [[Double]]
        switch source {
        case .formula(let formula):
            result = formula.hessian(at: x)
        case .builtin(let builtin):
            let n = builtin.dimension
            result = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
            for i in 0..<n {
                for j in i..<n {
                    let seeded = (0..<n).map { k in HyperDual(x[k], k == i ? 1 : 0, k == j ? 1 : 0, 0) }
                    let second = builtin.formula(seeded).e12
                    result[i][j] = second
                    result[j][i] = second
                }
            }
        }
        if l2 != 0 {
            for i in 0..<result.count { result[i][i] += l2 }
        }
        return result
    }

    /// The Lipschitz constant L of the gradient near x: the spectral radius (largest |λ|) of the
    /// Hessian at x. For a quadratic the Hessian is constant, so L is global and gradient
    /// descent converges for every step size below the critical 2/L (see ``criticalStepSize(at:)``).
    ///
    /// - Parameter x: The point where the curvature is measured.
    /// - Returns: L ≥ 0 (NaN if the Hessian is not finite).
    public func gradientLipschitzConstant(at x: [Double]) -> Double {
        SymmetricEigenvalues.spectralRadius(of: hessian(at: x))
    }

    /// 2/L, the step size above which gradient descent diverges on a quadratic.
    ///
    /// - Parameter x: The point where the curvature is measured.
    /// - Returns: 2/L, or +∞ when L = 0 (a flat function).
    public func criticalStepSize(at x: [Double]) -> Double {
        let lipschitz = gradientLipschitzConstant(at: x)
        return lipschitz == 0 ? .infinity : 2 / lipschitz
    }

    /// x extended with zeros to ``dimension`` coordinates.
    private func padded(_ x: [Double]) -> [Double] {
        x + [Double](repeating: 0, count: dimension - x.count)
    }

    @inline(__always)
    static func squaredNorm(_ x: [Double]) -> Double {
        var sum = 0.0
        for value in x { sum += value * value }
        return sum
    }
}
