import BookFigures
import Foundation

/// Deterministic sample figures shared by the golden tests, the size test and the gallery.
enum SampleFigures {
    /// A tiny linear congruential generator (Numerical Recipes constants) for test data.
    struct LCG {
        var state: UInt64
        mutating func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        mutating func normal() -> Double {
            let u = max(uniform(), 1e-300)
            let v = uniform()
            return (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * Double.pi * v)
        }
    }

    static func quadratic(_ x: Double, _ y: Double) -> Double { 0.5 * (x * x + 4 * y * y) }
    static func quadraticGradient(_ x: Double, _ y: Double) -> (Double, Double) { (x, 4 * y) }
    static func rosenbrock(_ x: Double, _ y: Double) -> Double { (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }

    /// Gradient descent with heavy-ball momentum (beta 0 = plain GD).
    static func descend(
        start: (Double, Double), lr: Double, beta: Double = 0, steps: Int,
        gradient: (Double, Double) -> (Double, Double) = quadraticGradient
    ) -> (x: [Double], y: [Double]) {
        var x = start.0
        var y = start.1
        var vx = 0.0
        var vy = 0.0
        var xs = [x]
        var ys = [y]
        for _ in 0..<steps {
            let g = gradient(x, y)
            vx = beta * vx + g.0
            vy = beta * vy + g.1
            x -= lr * vx
            y -= lr * vy
            xs.append(x)
            ys.append(y)
        }
        return (xs, ys)
    }

    /// Adam (PyTorch defaults for the betas and eps).
    static func adam(start: (Double, Double), lr: Double, steps: Int) -> (x: [Double], y: [Double]) {
        var p = [start.0, start.1]
        var m = [0.0, 0.0]
        var v = [0.0, 0.0]
        var xs = [p[0]]
        var ys = [p[1]]
        for t in 1...steps {
            let g = quadraticGradient(p[0], p[1])
            let gs = [g.0, g.1]
            for k in 0..<2 {
                m[k] = 0.9 * m[k] + 0.1 * gs[k]
                v[k] = 0.999 * v[k] + 0.001 * gs[k] * gs[k]
                let mh = m[k] / (1 - Foundation.pow(0.9, Double(t)))
                let vh = v[k] / (1 - Foundation.pow(0.999, Double(t)))
                p[k] -= lr * mh / (vh.squareRoot() + 1e-8)
            }
            xs.append(p[0])
            ys.append(p[1])
        }
        return (xs, ys)
    }

    static func quadraticGrid(n: Int = 61) -> ScalarGrid {
        try! ScalarGrid(x: -3...3, y: -3...3, nx: n, ny: n, quadratic)
    }

    /// 2×2 contour + trajectory panels, the size-budget figure.
    static func optimizerGrid(animate: Bool = false) -> Figure {
        let grid = quadraticGrid()
        let runs: [(String, (x: [Double], y: [Double]))] = [
            ("梯度下降 η = 0.1", descend(start: (2.5, 2.5), lr: 0.1, steps: 50)),
            ("梯度下降 η = 0.45", descend(start: (2.5, 2.5), lr: 0.45, steps: 50)),
            ("动量 η = 0.1, β = 0.9", descend(start: (2.5, 2.5), lr: 0.1, beta: 0.9, steps: 50)),
            ("Adam η = 0.3", adam(start: (2.5, 2.5), lr: 0.3, steps: 50)),
        ]
        let panels = runs.enumerated().map { k, run in
            Panel(
                title: run.0, x: Axis("x₁", range: -3...3), y: Axis("x₂", range: -3...3), equalAspect: true,
                legend: .none,
                series: [
                    .contour(grid, levels: .geometric(9), labels: k == 0),
                    .trajectory(
                        x: run.1.x, y: run.1.y, label: run.0, color: .palette(k), arrows: k == 2,
                        animate: animate && k == 0),
                ])
        }
        return Figure(id: "opt-grid", title: "四种优化器在 0.5(x₁² + 4x₂²) 上的轨迹", panels: panels)
    }

    static func filledRosenbrock() -> Figure {
        let grid = try! ScalarGrid(x: -2...2, y: -1...3, nx: 121, ny: 121, rosenbrock)
        let path = descend(start: (-1.5, 2.5), lr: 0.0015, beta: 0.9, steps: 300) { x, y in
            (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x))
        }
        return Figure(
            id: "rosen", title: "Rosenbrock 函数的填色等高图",
            panels: [
                Panel(
                    title: "f(x, y) = (1 − x)² + 100(y − x²)²", x: Axis("x"), y: Axis("y"),
                    series: [
                        .filledContour(grid, levels: .geometric(12), colormap: .viridis, colorbar: "f(x, y)"),
                        .trajectory(x: path.x, y: path.y, label: "动量 β = 0.9", color: .palette(1)),
                        .scatter(x: [1], y: [1], label: "最小值 (1, 1)", color: .palette(4), marker: .star, size: 9),
                    ])
            ])
    }

    static func lossCurves() -> Figure {
        func losses(_ run: (x: [Double], y: [Double])) -> [Double] { zip(run.x, run.y).map { quadratic($0, $1) } }
        let gd = losses(descend(start: (2.5, 2.5), lr: 0.1, steps: 60))
        let gd2 = losses(descend(start: (2.5, 2.5), lr: 0.3, steps: 60))
        let mom = losses(descend(start: (2.5, 2.5), lr: 0.1, beta: 0.9, steps: 60))
        let ad = losses(adam(start: (2.5, 2.5), lr: 0.3, steps: 60))
        return Figure(
            id: "loss", title: "损失随迭代下降",
            panels: [
                Panel(
                    title: "损失曲线（对数纵轴）", x: Axis("迭代次数 t"), y: Axis("损失 f(θₜ)", scale: .log),
                    series: [
                        .line(gd, label: "GD η = 0.1"),
                        .line(gd2, label: "GD η = 0.3", dash: .dashed),
                        .line(mom, label: "动量 β = 0.9"),
                        .line(ad, label: "Adam", dash: .dotted),
                        .horizontalLine(y: 1e-6, label: "容差 10⁻⁶"),
                    ]),
                Panel(
                    title: "学习率调度", x: Axis("迭代次数 t"), y: Axis("学习率 η"),
                    series: [
                        .line(
                            x: (0...100).map(Double.init),
                            y: (0...100).map { 0.1 * 0.5 * (1 + Foundation.cos(Double.pi * Double($0) / 100)) },
                            label: "余弦退火"),
                        .line(
                            x: (0...100).map(Double.init),
                            y: (0...100).map { 0.1 * Foundation.pow(0.5, Double($0 / 25)) }, label: "阶梯衰减",
                            dash: .dashed),
                        .verticalLine(x: 50, label: "t = 50", dash: .dotted),
                    ]),
            ])
    }

    static func scatterMarkers() -> Figure {
        var rng = LCG(state: 42)
        let centres = [(-2.0, -1.5), (1.8, -1.2), (0.0, 1.8), (-2.2, 2.0), (2.3, 2.2)]
        let markers = Marker.allCases
        var series: [Series] = []
        for (k, c) in centres.enumerated() {
            let xs = (0..<30).map { _ in c.0 + 0.55 * rng.normal() }
            let ys = (0..<30).map { _ in c.1 + 0.55 * rng.normal() }
            series.append(.scatter(x: xs, y: ys, label: "簇 \(k + 1)（\(markers[k].rawValue)）", marker: markers[k]))
        }
        var hist = LCG(state: 7)
        let samples = (0..<600).map { _ in hist.normal() * 0.8 + 0.3 }
        let samples2 = (0..<600).map { _ in hist.normal() * 0.5 - 1.2 }
        return Figure(
            id: "scatter", title: "散点、直方图与柱状图", columns: 2,
            panels: [
                Panel(title: "k-means 的五个簇", x: Axis("x₁"), y: Axis("x₂"), equalAspect: true, series: series),
                Panel(
                    title: "梯度噪声的直方图", x: Axis("∇f 的分量"), y: Axis("频数"),
                    series: [
                        .histogram(samples, bins: 30, label: "mini-batch 32"),
                        .histogram(samples2, bins: 30, label: "mini-batch 256"),
                    ]),
                Panel(
                    title: "每个 epoch 的用时",
                    x: Axis(
                        "优化器", grid: false, ticks: [Tick(0, "GD"), Tick(1, "动量"), Tick(2, "RMSprop"), Tick(3, "Adam")]),
                    y: Axis("秒"),
                    series: [
                        .bars(x: [0, 1, 2, 3], heights: [1.2, 1.25, 1.6, 1.7], label: "用时")
                    ]),
                Panel(
                    title: "注释与箭头", x: Axis("θ"), y: Axis("f(θ)"),
                    series: [
                        .line(
                            x: (0...200).map { -2 + 4 * Double($0) / 200 },
                            y: (0...200).map {
                                let t = -2 + 4 * Double($0) / 200
                                return t * t * t * t - 2 * t * t + 0.3 * t
                            }, label: "f(θ) = θ⁴ − 2θ² + 0.3θ")
                    ],
                    annotations: [
                        .arrow(from: Point(-0.2, 3.2), to: Point(-1.03, -1.25), text: "全局最小值"),
                        .arrow(from: Point(1.2, 3.0), to: Point(0.96, -0.72), text: "局部最小值"),
                        .text("∇f = 0", at: Point(0.1, 0.6), anchor: .middle),
                    ]),
            ])
    }

    static func colormaps() -> Figure {
        let saddle = try! ScalarGrid(x: -2...2, y: -2...2, nx: 41, ny: 41) { x, y in x * x - y * y }
        let bumps = try! ScalarGrid(x: -3...3, y: -3...3, nx: 30, ny: 30) { x, y in
            Foundation.exp(-((x - 1) * (x - 1) + y * y)) + 0.7
                * Foundation.exp(-((x + 1.2) * (x + 1.2) + (y - 1) * (y - 1)) / 0.6)
        }
        return Figure(
            id: "cmaps", title: "三种色图", columns: 3, panelWidth: 300, panelHeight: 260,
            panels: [
                Panel(
                    title: "viridis 热图", x: Axis("x"), y: Axis("y"), equalAspect: true,
                    series: [.heatmap(bumps, colormap: .viridis)]),
                Panel(
                    title: "plasma 热图", x: Axis("x"), y: Axis("y"), equalAspect: true,
                    series: [.heatmap(bumps, colormap: .plasma)]),
                Panel(
                    title: "coolwarm：x² − y²", x: Axis("x"), y: Axis("y"), equalAspect: true,
                    series: [.heatmap(saddle, colormap: .coolwarm, range: -4...4)]),
            ])
    }

    static func labelledContours() -> Figure {
        let grid = try! ScalarGrid(x: -2...2, y: -2...2, nx: 81, ny: 81) { x, y in
            Foundation.sin(1.5 * x) * Foundation.cos(1.2 * y) + 0.2 * x * x
        }
        return Figure(
            id: "labels", title: "带数值标注的等高线",
            panels: [
                Panel(
                    title: "彩色等高线与标注", x: Axis("x"), y: Axis("y"), equalAspect: true,
                    series: [
                        .contour(grid, levels: .automatic(9), labels: true, colormap: .plasma)
                    ]),
                Panel(
                    title: "coolwarm 填色（发散色图）", x: Axis("x"), y: Axis("y"), equalAspect: true,
                    series: [
                        .filledContour(grid, levels: .automatic(12), colormap: .coolwarm, colorbar: "f")
                    ]),
            ])
    }

    static func surface() -> Figure {
        let grid = try! ScalarGrid(x: -3...3, y: -3...3, nx: 40, ny: 40, quadratic)
        let run = descend(start: (2.5, 2.5), lr: 0.1, beta: 0.8, steps: 40)
        let path = zip(run.x, run.y).map { Point3($0, $1, quadratic($0, $1)) }
        let run2 = descend(start: (-2.8, 2.0), lr: 0.1, steps: 40)
        let path2 = zip(run2.x, run2.y).map { Point3($0, $1, quadratic($0, $1)) }
        return Figure(
            id: "surf", title: "损失曲面", panelWidth: 480, panelHeight: 380,
            panels: [
                Panel(
                    title: "f(x, y) = 0.5(x² + 4y²) 的曲面", x: Axis("x"), y: Axis("y"),
                    surface: Surface(
                        grid, colormap: .viridis,
                        paths: [
                            .init(path, label: "动量"), .init(path2, label: "梯度下降", color: .palette(4)),
                        ], zLabel: "f"))
            ])
    }

    static func diverging() -> Figure {
        let grid = quadraticGrid()
        let good = descend(start: (2.5, 1.5), lr: 0.2, steps: 30)
        var bad = descend(start: (2.5, 1.5), lr: 0.55, steps: 400)
        // Let it overflow to ∞ and NaN like a real diverging run.
        bad.x = bad.x.map { $0 }
        let loss = zip(bad.x, bad.y).map { quadratic($0, $1) }
        return Figure(
            id: "diverge", title: "学习率过大时发散",
            panels: [
                Panel(
                    title: "η = 0.55：沿 x₂ 方向发散", x: Axis("x₁", range: -3...3), y: Axis("x₂", range: -3...3),
                    equalAspect: true,
                    series: [
                        .contour(grid, levels: .geometric(9)),
                        .trajectory(x: good.x, y: good.y, label: "η = 0.2", color: .palette(0)),
                        .trajectory(x: bad.x, y: bad.y, label: "η = 0.55", color: .palette(1)),
                    ]),
                Panel(
                    title: "损失", x: Axis("迭代次数 t"), y: Axis("f(θₜ)", scale: .log, range: 1e-8...1e4),
                    series: [
                        .line(zip(good.x, good.y).map { quadratic($0, $1) }, label: "η = 0.2"),
                        .line(loss, label: "η = 0.55"),
                    ]),
            ])
    }

    static func animated() -> Figure {
        let grid = quadraticGrid()
        let run = descend(start: (-2.5, 2.2), lr: 0.08, beta: 0.85, steps: 60)
        return Figure(
            id: "anim", title: "迭代点沿轨迹移动",
            panels: [
                Panel(
                    title: "动量法（动画）", x: Axis("x₁", range: -3...3), y: Axis("x₂", range: -3...3), equalAspect: true,
                    series: [
                        .contour(grid, levels: .geometric(9)),
                        .trajectory(x: run.x, y: run.y, label: "动量 β = 0.85", arrows: true, animate: true),
                    ])
            ])
    }

    static func variants() -> FigureVariants {
        let grid = quadraticGrid(n: 41)
        let rates = [0.01, 0.05, 0.1, 0.3, 0.45]
        let items = rates.map { lr -> FigureVariants.Variant in
            let run = descend(start: (2.5, 2.5), lr: lr, steps: 40)
            let label = "η = \(lr)"
            let f = Figure(
                id: "tmp", title: "学习率 \(lr) 的梯度下降",
                panels: [
                    Panel(
                        title: label, x: Axis("x₁", range: -3...3), y: Axis("x₂", range: -3...3), equalAspect: true,
                        legend: .none,
                        series: [
                            .contour(grid, levels: .geometric(8)),
                            .trajectory(x: run.x, y: run.y, label: label, color: .palette(0)),
                        ]),
                    Panel(
                        title: "损失", x: Axis("t"), y: Axis("f", scale: .log), legend: .none,
                        series: [
                            .line(zip(run.x, run.y).map { quadratic($0, $1) }, label: label, color: .palette(0))
                        ]),
                ])
            return .init("\(lr)", f)
        }
        return FigureVariants(id: "lr-slider", prompt: "学习率 η", variants: items, defaultIndex: 2)
    }
}
