/// The two momentum recursions of the book.
///
/// - `classic`: m ← g + βm ; x ← x − lr·m (optax `sgd(momentum=β)`, torch `SGD(momentum=β)`).
///   With a constant lr this is exactly v ← βv − lr·g ; x ← x + v. With a schedule, the current
///   lr scales the whole accumulated m (optax and torch do the same).
/// - `ema`: v ← βv + (1−β)g ; x ← x − lr·v (an exponential moving average, no bias correction).
public enum MomentumForm: String, Sendable, Equatable, CaseIterable {
    /// m ← g + βm ; x ← x − lr·m.
    case classic
    /// v ← βv + (1−β)g ; x ← x − lr·v.
    case ema
}
