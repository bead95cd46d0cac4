/// An update rule with its hyper-parameters (everything but the learning rate).
///
/// The exact recursions are those of the reference README (`shared/reference/README.md`); g is
/// the gradient, all state starts at 0 unless stated, operations are element-wise:
/// - `gd`: x ← x − lr·g.
/// - `momentum`: see ``MomentumForm``.
/// - `nesterov`: see ``NesterovForm``.
/// - `adagrad`: G ← G + g² (G₀ = initial accumulator); inside: x ← x − lr·g/√(G+ε), with a zero
///   step where G = 0 (optax's guard); outside: x ← x − lr·g/(√G + ε) (torch).
/// - `rmsprop`: s ← ρs + (1−ρ)g² (s₀ = initial scale); inside: x ← x − lr·g/√(s+ε);
///   outside: x ← x − lr·g/(√s + ε).
/// - `adam`: m ← β₁m + (1−β₁)g ; v ← β₂v + (1−β₂)g² ; m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ), t = k+1 ;
///   x ← x − lr·m̂/(√v̂ + ε).
/// - `adamw`: as adam, plus x ← x − lr·(m̂/(√v̂+ε) + wd·x) (decoupled decay scaled by lr).
public enum OptimizerRule: Sendable, Equatable {
    /// Plain gradient descent.
    case gd
    /// Heavy-ball momentum with factor β ∈ [0, 1).
    case momentum(beta: Double, form: MomentumForm)
    /// Nesterov momentum with factor β ∈ [0, 1).
    case nesterov(beta: Double, form: NesterovForm)
    /// Adagrad with ε ≥ 0, G₀ ≥ 0 and the ε placement.
    case adagrad(eps: Double, initialAccumulator: Double, placement: EpsilonPlacement)
    /// RMSprop with decay ρ ∈ [0, 1], ε ≥ 0, s₀ ≥ 0 and the ε placement.
    case rmsprop(decay: Double, eps: Double, initialScale: Double, placement: EpsilonPlacement)
    /// Adam with β₁, β₂ ∈ [0, 1) and ε ≥ 0 outside the square root.
    case adam(beta1: Double, beta2: Double, eps: Double)
    /// AdamW: Adam plus decoupled weight decay wd ≥ 0 scaled by lr.
    case adamw(beta1: Double, beta2: Double, eps: Double, weightDecay: Double)

    /// The author-facing optimizer names (`sgd` is a synonym of `gd`).
    public static let names = ["gd", "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw"]

    /// The hyper-parameter keys each optimizer takes (besides `lr`).
    public static func parameterKeys(of name: String) -> [String] {
        switch name {
        case "gd", "sgd": []
        case "momentum", "nesterov": ["beta", "form"]
        case "adagrad": ["eps", "initial_accumulator", "eps_placement"]
        case "rmsprop": ["decay", "eps", "initial_scale", "eps_placement"]
        case "adam": ["beta1", "beta2", "eps"]
        case "adamw": ["beta1", "beta2", "eps", "weight_decay"]
        default: []
        }
    }

    /// The default learning rate of each optimizer when the author gives none: torch.optim's
    /// (SGD 1e-3, Adagrad 1e-2, RMSprop 1e-2, Adam and AdamW 1e-3).
    public static func defaultLearningRate(of name: String) -> Double {
        switch name {
        case "adagrad", "rmsprop": 0.01
        default: 0.001
        }
    }

    /// Creates a rule from an author's optimizer name and hyper-parameters.
    ///
    /// Omitted parameters default to PyTorch's documented `torch.optim` values:
    /// - momentum, nesterov: β = 0.9 (**our choice**: torch's default momentum 0 would be plain
    ///   gd), form `classic` / `optax` (torch's recursions).
    /// - adagrad: eps = 1e-10, initial_accumulator = 0, eps_placement = outside_sqrt.
    /// - rmsprop: decay (torch's alpha) = 0.99, eps = 1e-8, initial_scale = 0, eps_placement = outside_sqrt.
    /// - adam: beta1 = 0.9, beta2 = 0.999, eps = 1e-8. adamw: the same plus weight_decay = 0.01.
    ///
    /// - Parameters:
    ///   - name: One of ``names``.
    ///   - parameters: Hyper-parameters; `lr` and `lr_schedule` are not handled here.
    /// - Throws: ``ParameterError`` for an unknown name or key (with a did-you-mean), a wrong
    ///   type, or a value out of range (β outside [0, 1), negative eps, decay outside [0, 1]).
    public init(name: String, parameters: [String: ParameterValue]) throws(ParameterError) {
        guard Self.names.contains(name) else {
            throw .unknownName(
                kind: "optimizer", name: name, suggestion: DidYouMean.suggestion(for: name, among: Self.names),
                valid: Self.names)
        }
        let p = try ParameterReader(parameters, component: "optimizer '\(name)'", known: Self.parameterKeys(of: name))
        func fraction(_ key: String, _ fallback: Double, closed: Bool = false) throws(ParameterError) -> Double {
            let value = try p.number(key, default: fallback)
            try p.require(key, value, closed ? "in [0, 1]" : "in [0, 1)") { $0 >= 0 && (closed ? $0 <= 1 : $0 < 1) }
            return value
        }
        func nonNegative(_ key: String, _ fallback: Double) throws(ParameterError) -> Double {
            let value = try p.number(key, default: fallback)
            try p.require(key, value, "≥ 0") { $0 >= 0 }
            return value
        }
        func placement() throws(ParameterError) -> EpsilonPlacement {
            let word = try p.word(
                "eps_placement", default: "outside_sqrt", among: EpsilonPlacement.allCases.map(\.rawValue))
            return EpsilonPlacement(rawValue: word) ?? .outsideSqrt
        }
        switch name {
        case "gd", "sgd":
            self = .gd
        case "momentum":
            let form = try p.word("form", default: "classic", among: MomentumForm.allCases.map(\.rawValue))
            self = .momentum(beta: try fraction("beta", 0.9), form: MomentumForm(rawValue: form) ?? .classic)
        case "nesterov":
            let form = try p.word("form", default: "optax", among: NesterovForm.allCases.map(\.rawValue))
            self = .nesterov(beta: try fraction("beta", 0.9), form: NesterovForm(rawValue: form) ?? .optax)
        case "adagrad":
            self = .adagrad(
                eps: try nonNegative("eps", 1e-10), initialAccumulator: try nonNegative("initial_accumulator", 0),
                placement: try placement())
        case "rmsprop":
            self = .rmsprop(
                decay: try fraction("decay", 0.99, closed: true), eps: try nonNegative("eps", 1e-8),
                initialScale: try nonNegative("initial_scale", 0), placement: try placement())
        case "adam":
            self = .adam(
                beta1: try fraction("beta1", 0.9), beta2: try fraction("beta2", 0.999),
                eps: try nonNegative("eps", 1e-8))
        default:
            self = .adamw(
                beta1: try fraction("beta1", 0.9), beta2: try fraction("beta2", 0.999),
                eps: try nonNegative("eps", 1e-8),
                weightDecay: try nonNegative("weight_decay", 0.01))
        }
    }

    /// The author-facing name of the rule.
    public var name: String {
        switch self {
        case .gd: "gd"
        case .momentum: "momentum"
        case .nesterov: "nesterov"
        case .adagrad: "adagrad"
        case .rmsprop: "rmsprop"
        case .adam: "adam"
        case .adamw: "adamw"
        }
    }
}
