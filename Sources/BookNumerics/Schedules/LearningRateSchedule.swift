/// A learning rate as a function of the update index t = 0, 1, 2, … (the update that produces
/// x₁ from x₀ uses lr(0)).
///
/// Formulas (those of optax; the torch equivalents are noted):
/// - `constant`: lr0.
/// - `step`: lr0·γ^⌊t/step_size⌋ (optax `exponential_decay(staircase=True)`, torch `StepLR`).
/// - `exponential`: lr0·e^(−k·t) (optax `exponential_decay(lr0, 1, e^−k)`, torch `ExponentialLR`).
/// - `cosine`: η_min + (lr0 − η_min)·½(1 + cos(π·min(t, T)/T)). t is **clamped at T** as optax
///   does, so lr stays at η_min afterwards (torch's `CosineAnnealingLR` would rise again).
/// - `warmup`: for t < W, a linear ramp start + (target(0) − start)·t/W; from t = W on, the
///   wrapped schedule at t − W (optax `join_schedules` of a linear warm-up and the schedule, as
///   in `warmup_cosine_decay_schedule`). With start = 0 the first update uses lr 0.
public indirect enum LearningRateSchedule: Sendable, Equatable {
    /// lr0 at every step.
    case constant(Double)
    /// lr0·γ^⌊t/stepSize⌋ (stepSize ≥ 1).
    case step(initial: Double, gamma: Double, stepSize: Int)
    /// lr0·e^(−rate·t).
    case exponential(initial: Double, rate: Double)
    /// Cosine decay from lr0 to minimum over period steps, then constant.
    case cosine(initial: Double, minimum: Double, period: Int)
    /// A linear ramp from start over `steps` updates, then `then` shifted by `steps`.
    case warmup(steps: Int, start: Double, then: LearningRateSchedule)

    /// Every schedule type name an author may write.
    public static let typeNames = ["constant", "step", "exponential", "cosine"]

    /// Creates a schedule from an author's type and parameters.
    ///
    /// Keys: `lr0` (all types); `step`: `gamma`, `step_size`; `exponential`: `k`; `cosine`:
    /// `T_max`, `eta_min` (default 0). Any type may add `warmup_steps` (W ≥ 0) and
    /// `warmup_start` (default 0) to prepend a linear warm-up.
    ///
    /// - Parameters:
    ///   - type: One of ``typeNames``.
    ///   - parameters: The keys above.
    /// - Throws: ``ParameterError`` for an unknown type or key (with a did-you-mean), a missing
    ///   key, or a value out of range (negative lr0, γ ≤ 0, step_size or T_max < 1).
    public init(type: String, parameters: [String: ParameterValue]) throws(ParameterError) {
        let component = "schedule '\(type)'"
        let warmupKeys = ["warmup_steps", "warmup_start"]
        let base: LearningRateSchedule
        let p: ParameterReader
        switch type {
        case "constant":
            p = try ParameterReader(parameters, component: component, known: ["lr0"] + warmupKeys)
            base = .constant(try p.number("lr0"))
        case "step":
            p = try ParameterReader(
                parameters, component: component, known: ["lr0", "gamma", "step_size"] + warmupKeys)
            let gamma = try p.number("gamma")
            try p.require("gamma", gamma, "> 0") { $0 > 0 }
            let stepSize = try p.integer("step_size")
            try p.require("step_size", Double(stepSize), "at least 1") { $0 >= 1 }
            base = .step(initial: try p.number("lr0"), gamma: gamma, stepSize: stepSize)
        case "exponential":
            p = try ParameterReader(parameters, component: component, known: ["lr0", "k"] + warmupKeys)
            let rate = try p.number("k")
            try p.require("k", rate, "a finite number") { _ in true }
            base = .exponential(initial: try p.number("lr0"), rate: rate)
        case "cosine":
            p = try ParameterReader(parameters, component: component, known: ["lr0", "eta_min", "T_max"] + warmupKeys)
            let period = try p.integer("T_max")
            try p.require("T_max", Double(period), "at least 1") { $0 >= 1 }
            let minimum = try p.number("eta_min", default: 0)
            try p.require("eta_min", minimum, "≥ 0") { $0 >= 0 }
            base = .cosine(initial: try p.number("lr0"), minimum: minimum, period: period)
        default:
            throw .unknownName(
                kind: "schedule", name: type, suggestion: DidYouMean.suggestion(for: type, among: Self.typeNames),
                valid: Self.typeNames)
        }
        try p.require("lr0", try p.number("lr0"), "≥ 0") { $0 >= 0 }
        let warmupSteps = try p.integer("warmup_steps", default: 0)
        try p.require("warmup_steps", Double(warmupSteps), "≥ 0") { $0 >= 0 }
        let warmupStart = try p.number("warmup_start", default: 0)
        try p.require("warmup_start", warmupStart, "≥ 0") { $0 >= 0 }
        self = warmupSteps > 0 ? .warmup(steps: warmupSteps, start: warmupStart, then: base) : base
    }

    /// lr(t).
    ///
    /// - Parameter t: The update index, t ≥ 0 (negative t is treated as 0).
    /// - Returns: The learning rate for that update.
    public func callAsFunction(_ t: Int) -> Double {
        let t = Swift.max(t, 0)
        switch self {
        case .constant(let lr):
            return lr
        case .step(let initial, let gamma, let stepSize):
            return initial * Elementary.pow(gamma, Double(t / stepSize))
        case .exponential(let initial, let rate):
            return initial * Elementary.exp(-rate * Double(t))
        case .cosine(let initial, let minimum, let period):
            let progress = Double(Swift.min(t, period)) / Double(period)
            return minimum + (initial - minimum) * 0.5 * (1 + Elementary.cos(Double.pi * progress))
        case .warmup(let steps, let start, let then):
            if t >= steps { return then(t - steps) }
            return start + (then(0) - start) * Double(t) / Double(steps)
        }
    }

    /// lr(0), …, lr(count − 1).
    ///
    /// - Parameter count: The number of values (≥ 0).
    /// - Returns: The learning rates.
    public func values(count: Int) -> [Double] {
        (0..<Swift.max(count, 0)).map { self($0) }
    }
}
