/// The two ways of recording Nesterov momentum.
///
/// - `optax`: m ← g + βm ; x ← x − lr·(g + βm), with g taken at the recorded iterate
///   (optax `sgd(nesterov=True)`, identical to torch `SGD(nesterov=True)`).
/// - `lookahead`: v ← βv − lr·∇f(x + βv) ; x ← x + v (Sutskever et al. 2013). The gradient is
///   taken at the look-ahead point x + βv, which the runner asks for through
///   ``OptimizerState/gradientPoint(for:into:)``. The iterates differ from the optax form's by βv.
public enum NesterovForm: String, Sendable, Equatable, CaseIterable {
    /// Gradient at the recorded iterate; x ← x − lr·(g + βm).
    case optax
    /// Gradient at x + βv; v ← βv − lr·g ; x ← x + v.
    case lookahead
}
