import Testing

@testable import BookNumerics

/// Each rule on f = x² (gradient 2x) from x₀ = 1 with lr 0.1, against values computed by hand.
@Suite struct OptimizerStateTests {
    static let square = Objective(.quadratic(c: [2]))

    func run(_ rule: OptimizerRule, steps: Int = 2, start: Double = 1) throws -> [Double] {
        try Optimizer(rule: rule, learningRate: 0.1).run(on: Self.square, from: [start], steps: steps).iterates.map {
            $0[0]
        }
    }

    @Test func gradientDescent() throws {
        #expect(isClose(try run(.gd), [1, 0.8, 0.64]))
    }

    @Test func classicMomentum() throws {
        // m₁ = 2, x₁ = 0.8; g₁ = 1.6, m₂ = 1.6 + 0.9·2 = 3.4, x₂ = 0.8 − 0.34.
        #expect(isClose(try run(.momentum(beta: 0.9, form: .classic)), [1, 0.8, 0.46]))
    }

    @Test func emaMomentum() throws {
        // v₁ = 0.1·2 = 0.2, x₁ = 0.98; g₁ = 1.96, v₂ = 0.18 + 0.196 = 0.376, x₂ = 0.98 − 0.0376.
        #expect(isClose(try run(.momentum(beta: 0.9, form: .ema)), [1, 0.98, 0.9424]))
    }

    @Test func nesterovOptaxForm() throws {
        // m₁ = 2, x₁ = 1 − 0.1·(2 + 0.9·2) = 0.62; g₁ = 1.24, m₂ = 1.24 + 1.8 = 3.04,
        // x₂ = 0.62 − 0.1·(1.24 + 2.736) = 0.2224.
        #expect(isClose(try run(.nesterov(beta: 0.9, form: .optax)), [1, 0.62, 0.2224]))
    }

    @Test func nesterovLookaheadForm() throws {
        // v₁ = −0.1·f′(1) = −0.2, x₁ = 0.8; look-ahead 0.8 − 0.18 = 0.62, f′ = 1.24,
        // v₂ = −0.18 − 0.124 = −0.304, x₂ = 0.496.
        #expect(isClose(try run(.nesterov(beta: 0.9, form: .lookahead)), [1, 0.8, 0.496]))
    }

    @Test func lookaheadIteratesAreTheOptaxIteratesShiftedByLrBetaM() throws {
        // x_k(look-ahead) = y_k(optax) + lr·β·m_k, where m_k = −v_k/lr, i.e. y_k = x_k + β v_k.
        let objective = Objective(.rosenbrock(a: 1, b: 100))
        let lookahead = try Optimizer(rule: .nesterov(beta: 0.9, form: .lookahead), learningRate: 2e-4)
            .run(on: objective, from: [-1.5, 2], steps: 30).iterates
        let optax = try Optimizer(rule: .nesterov(beta: 0.9, form: .optax), learningRate: 2e-4)
            .run(on: objective, from: [-1.5, 2], steps: 30).iterates
        for k in 1..<30 {
            let velocity = zip(lookahead[k], lookahead[k - 1]).map { $0 - $1 }
            let shifted = zip(lookahead[k], velocity).map { $0 + 0.9 * $1 }
            #expect(isClose(shifted, optax[k], relative: 1e-12))
        }
    }

    @Test func adagradBothPlacements() throws {
        // G₁ = 0 + 4: outside with eps 0 → x₁ = 1 − 0.1·2/2.
        #expect(isClose(try run(.adagrad(eps: 0, initialAccumulator: 0, placement: .outsideSqrt), steps: 1), [1, 0.9]))
        // inside with G₀ = 0.1 and eps 1e-7 → x₁ = 1 − 0.1·2/√(4.1 + 1e-7).
        let inside = try run(.adagrad(eps: 1e-7, initialAccumulator: 0.1, placement: .insideSqrt), steps: 1)
        #expect(isClose(inside[1], 1 - 0.2 / (4.1 + 1e-7).squareRoot()))
        // outside with eps: 1 − 0.1·2/(2 + 1e-3).
        let outside = try run(.adagrad(eps: 1e-3, initialAccumulator: 0, placement: .outsideSqrt), steps: 1)
        #expect(isClose(outside[1], 1 - 0.2 / 2.001))
    }

    @Test func adagradInsideGuardsAZeroAccumulator() throws {
        // At x = 0 the gradient is 0 and G stays 0: optax takes a zero step instead of 0/0.
        let path = try run(.adagrad(eps: 0, initialAccumulator: 0, placement: .insideSqrt), steps: 3, start: 0)
        #expect(path == [0, 0, 0, 0])
    }

    @Test func rmspropBothPlacements() throws {
        // s₁ = 0.1·4 = 0.4.
        let outside = try run(.rmsprop(decay: 0.9, eps: 1e-3, initialScale: 0, placement: .outsideSqrt), steps: 1)
        #expect(isClose(outside[1], 1 - 0.2 / (0.4.squareRoot() + 1e-3)))
        let inside = try run(.rmsprop(decay: 0.9, eps: 1e-3, initialScale: 0, placement: .insideSqrt), steps: 1)
        #expect(isClose(inside[1], 1 - 0.2 / (0.4 + 1e-3).squareRoot()))
        // s₀ = 1 (TF1 style): s₁ = 0.9 + 0.4.
        let tf1 = try run(.rmsprop(decay: 0.9, eps: 0, initialScale: 1, placement: .outsideSqrt), steps: 1)
        #expect(isClose(tf1[1], 1 - 0.2 / 1.3.squareRoot()))
    }

    @Test func adamAndAdamW() throws {
        // Step 1: m̂ = g, v̂ = g², so x₁ = 1 − lr·g/(|g| + eps).
        let adam = try run(.adam(beta1: 0.9, beta2: 0.999, eps: 1e-8), steps: 2)
        #expect(isClose(adam[1], 1 - 0.1 * 2 / (2 + 1e-8)))
        // Step 2 by hand: g = 2·x₁.
        let g1 = 2 * adam[1]
        let m = 0.9 * 0.1 * 2 + 0.1 * g1
        let v = 0.999 * 0.001 * 4 + 0.001 * g1 * g1
        let mHat = m / (1 - 0.81)
        let vHat = v / (1 - 0.999 * 0.999)
        let second: Double = adam[1] - 0.1 * mHat / (vHat.squareRoot() + 1e-8)
        #expect(isClose(adam[2], second, relative: 1e-14))
        let adamw = try run(.adamw(beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.1), steps: 1)
        let decayed: Double = 1 - 0.1 * (2 / (2 + 1e-8) + 0.1 * 1)
        #expect(isClose(adamw[1], decayed))
    }

    @Test func stateIsReusableOutsideTrajectories() {
        var state = OptimizerState(rule: .momentum(beta: 0.5, form: .classic), dimension: 2)
        var x = [1.0, -1.0]
        state.step(&x, gradient: [1, 2], learningRate: 0.1)
        state.step(&x, gradient: [1, 2], learningRate: 0.1)
        #expect(isClose(x, [1 - 0.1 - 0.15, -1 - 0.2 - 0.3]))
        #expect(state.updateCount == 2)
    }
}
