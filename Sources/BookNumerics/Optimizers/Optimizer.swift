/// A complete optimizer: an update rule, a learning-rate schedule and, for gradient descent, an
/// optional backtracking line search. Runs on an ``Objective`` and records a ``Trajectory``.
public struct Optimizer: Sendable, Equatable {
    /// The largest step count a run accepts.
    public static let maximumSteps = 10_000_000
    /// The default divergence box: a run stops when some |xᵢ| exceeds it.
    public static let defaultDivergenceBound = 1e12

    /// The update rule.
    public var rule: OptimizerRule
    /// lr(k) for update k.
    public var schedule: LearningRateSchedule
    /// A backtracking line search (gradient descent only), or `nil`.
    public var lineSearch: ArmijoLineSearch?

    /// Creates an optimizer.
    ///
    /// - Parameters:
    ///   - rule: The update rule.
    ///   - schedule: The learning rate per update.
    ///   - lineSearch: Backtracking from lr(k); only allowed with `.gd`.
    /// - Throws: ``OptimizationError/invalid(_:)`` when a line search is combined with another rule.
    public init(rule: OptimizerRule, schedule: LearningRateSchedule, lineSearch: ArmijoLineSearch? = nil)
        throws(OptimizationError)
    {
        if lineSearch != nil, rule != .gd {
            throw .invalid("line_search applies only to gd, not to \(rule.name)")
        }
        self.rule = rule
        self.schedule = schedule
        self.lineSearch = lineSearch
    }

    /// Creates an optimizer with a constant learning rate.
    ///
    /// - Parameters:
    ///   - rule: The update rule.
    ///   - learningRate: The constant lr.
    public init(rule: OptimizerRule, learningRate: Double) {
        self.rule = rule
        self.schedule = .constant(learningRate)
        self.lineSearch = nil
    }

    /// Creates an optimizer from what an author writes: a name, hyper-parameters including an
    /// optional `lr`, and an optional schedule.
    ///
    /// - Parameters:
    ///   - name: One of ``OptimizerRule/names``.
    ///   - parameters: Hyper-parameters, `lr` (default: torch's lr for that optimizer) and
    ///     optionally `line_search: armijo` (gd only; default constants of ``ArmijoLineSearch``).
    ///   - schedule: A schedule replacing `lr`; giving both is an error.
    ///   - lineSearch: Backtracking for gd.
    /// - Throws: ``ParameterError`` (unknown name/key, negative or non-finite lr, lr together
    ///   with a schedule, line search with a rule other than gd).
    public init(
        name: String, parameters: [String: ParameterValue], schedule: LearningRateSchedule? = nil,
        lineSearch: ArmijoLineSearch? = nil
    ) throws(ParameterError) {
        var hyper = parameters
        let lrValue = hyper.removeValue(forKey: "lr")
        var lineSearch = lineSearch
        switch hyper.removeValue(forKey: "line_search") {
        case nil: break
        case .text("armijo")?: lineSearch = lineSearch ?? ArmijoLineSearch()
        case .text("none")?: lineSearch = nil
        case .text(let other)?:
            throw .unknownName(
                kind: "line_search", name: other,
                suggestion: DidYouMean.suggestion(for: other, among: ["armijo", "none"]),
                valid: ["armijo", "none"])
        case let other?:
            throw .wrongType(
                component: "optimizer '\(name)'", key: "line_search", expected: "armijo or none",
                found: other.typeDescription)
        }
        rule = try OptimizerRule(name: name, parameters: hyper)
        let component = "optimizer '\(name)'"
        if let schedule {
            if lrValue != nil {
                throw .outOfRange(
                    component: component, key: "lr", value: .nan, requirement: "left out when lr_schedule is given")
            }
            self.schedule = schedule
        } else {
            let p = try ParameterReader(lrValue.map { ["lr": $0] } ?? [:], component: component, known: ["lr"])
            let lr = try p.number("lr", default: OptimizerRule.defaultLearningRate(of: name))
            try p.require("lr", lr, "a finite number ≥ 0") { $0 >= 0 }
            self.schedule = .constant(lr)
        }
        if lineSearch != nil, rule != .gd {
            throw .outOfRange(component: component, key: "line_search", value: .nan, requirement: "used only with gd")
        }
        self.lineSearch = lineSearch
    }

    /// Runs `steps` updates from `start` and records the trajectory.
    ///
    /// Each step evaluates f and ∇f once at x_k (plus once at the look-ahead point for
    /// look-ahead Nesterov, plus the trial points of a line search). The run stops early, with
    /// ``Trajectory/diverged`` set, as soon as an iterate, its loss or its gradient is
    /// non-finite or some |xᵢ| exceeds `divergenceBound`; the bad iterate is not recorded.
    ///
    /// - Parameters:
    ///   - objective: The function to minimise.
    ///   - start: x₀, with `objective.dimension` coordinates.
    ///   - steps: The number of updates N (0…``maximumSteps``).
    ///   - divergenceBound: The box half-width, default 1e12.
    /// - Returns: The trajectory x₀ … x_N (fewer rows when it diverged).
    /// - Throws: ``OptimizationError`` for a start of the wrong dimension or a bad step count.
    public func run(
        on objective: Objective, from start: [Double], steps: Int,
        divergenceBound: Double = Optimizer.defaultDivergenceBound
    ) throws(OptimizationError) -> Trajectory {
        let n = objective.dimension
        guard start.count == n else { throw .dimensionMismatch(what: "start", expected: n, found: start.count) }
        guard steps >= 0, steps <= Self.maximumSteps else { throw .stepsOutOfRange(steps, limit: Self.maximumSteps) }
        var trajectory = Trajectory(dimension: n, capacity: steps + 1)
        var state = OptimizerState(rule: rule, dimension: n)
        var x = start
        var gradient = [Double](repeating: 0, count: n)
        var lookahead = [Double](repeating: 0, count: n)
        var lookaheadGradient = [Double](repeating: 0, count: n)
        var trial = [Double](repeating: 0, count: n)
        for k in 0...steps {
            let loss = objective.valueAndGradient(at: x, into: &gradient)
            var squaredNorm = 0.0
            for value in gradient { squaredNorm += value * value }
            guard loss.isFinite, squaredNorm.isFinite, Self.inside(x, divergenceBound) else {
                trajectory.markDiverged(at: k)
                return trajectory
            }
            trajectory.append(x, loss: loss, gradientNorm: squaredNorm.squareRoot())
            if k == steps { break }
            var lr = schedule(k)
            if let search = lineSearch {
                lr = Self.backtrack(objective, x, loss, gradient, squaredNorm, lr, search, &trial)
            }
            trajectory.appendLearningRate(lr)
            if state.gradientPoint(for: x, into: &lookahead) {
                _ = objective.valueAndGradient(at: lookahead, into: &lookaheadGradient)
                guard lookaheadGradient.allSatisfy(\.isFinite) else {
                    trajectory.markDiverged(at: k + 1)
                    return trajectory
                }
                state.step(&x, gradient: lookaheadGradient, learningRate: lr)
            } else {
                state.step(&x, gradient: gradient, learningRate: lr)
            }
        }
        return trajectory
    }

    @inline(__always)
    static func inside(_ x: [Double], _ bound: Double) -> Bool {
        for value in x where !(abs(value) <= bound) { return false }
        return true
    }

    private static func backtrack(
        _ objective: Objective, _ x: [Double], _ loss: Double, _ g: [Double], _ squaredNorm: Double, _ initial: Double,
        _ search: ArmijoLineSearch, _ trial: inout [Double]
    ) -> Double {
        var t = initial
        for _ in 0..<Swift.max(search.maximumShrinks, 0) {
            for i in 0..<x.count { trial[i] = x[i] - t * g[i] }
            let value = objective.value(at: trial)
            if value.isFinite, value <= loss - search.sufficientDecrease * t * squaredNorm { return t }
            t *= search.shrink
        }
        return t
    }
}
