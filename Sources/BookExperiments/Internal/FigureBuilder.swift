import BookFigures
import BookNumerics

/// Draws an experiment's result with the figures library, one plot kind at a time.
struct FigureBuilder {
    let experiment: Experiment
    let result: ExperimentResult
    /// The id of the figure's root element.
    let id: String

    var options: FigureOptions { experiment.figure }

    func figure() throws(FigureError) -> Figure {
        let panels: [Panel]
        switch (options.plot, experiment.task, result.data) {
        case ("contour", .optimization(let plan), .optimization(let runs)): panels = try contour(plan, runs)
        case ("surface", .optimization(let plan), .optimization(let runs)):
            panels =
                options.layout == .separate
                ? try runs.indices.map { index throws(FigureError) in try surface(plan, runs, only: index) }
                : [try surface(plan, runs)]
        case ("curve", .optimization(let plan), .optimization(let runs)): panels = try curve(plan, runs)
        case ("loss", _, .optimization(let runs)):
            panels = lossPanels(runs.map { ($0.label, $0.loss) }, x: "迭代次数 t")
        case ("schedule", _, .optimization(let runs)):
            panels = [schedulePanel(runs.map { ($0.label, $0.learningRate) })]
        case ("schedule", _, .schedules(let runs)):
            panels = [schedulePanel(runs.map { ($0.label, $0.learningRate) })]
        case ("regression", _, .regression(let regression)): panels = regressionPanels(regression)
        case ("loss", _, .regression(let regression)):
            panels = lossPanels(regression.runs.map { ($0.label, $0.loss) }, x: "迭代次数 t")
        case ("clusters", _, .clustering(let clustering)): panels = clusterPanels(clustering)
        case ("scatter", _, .clustering(let clustering)):
            panels = [
                scatterPanel(
                    clustering.points,
                    labels: clustering.trueLabels ?? Array(repeating: 0, count: clustering.points.count), title: "",
                    centroids: nil)
            ]
        case ("training", _, .network(let runs)): panels = trainingPanels(runs)
        case ("loss", _, .network(let runs)):
            panels = [lossPanel(runs.map { ($0.label, $0.loss) }, title: "", x: "训练轮数")]
        case ("histogram", _, .network(let runs)): panels = histogramPanels(runs)
        case ("activation", _, .activation(let functions)): panels = activationPanels(functions)
        default: panels = []
        }
        let columns = panels.count >= 5 && panels.count != 6 ? 3 : min(2, max(1, panels.count))
        let width: Double = panels.count == 1 ? 480 : 400
        return Figure(
            id: id, title: experiment.caption ?? "", summary: experiment.caption ?? "", columns: columns, panelWidth: width,
            panelHeight: Self.equalAspectHeight(panels, width: width), panels: panels)
    }

    /// For panels drawn with equal axis scales, the panel height that fits the data's shape, so a
    /// wide domain does not leave an empty band above and below the plot; `nil` otherwise.
    /// (Axis labels and the title take about 70 px across and 75 px down.)
    static func equalAspectHeight(_ panels: [Panel], width: Double) -> Double? {
        guard !panels.isEmpty, panels.allSatisfy({ $0.equalAspect && $0.surface == nil }) else { return nil }
        let aspects = panels.compactMap { panel -> Double? in
            guard let x = panel.x.range, let y = panel.y.range, x.upperBound > x.lowerBound else { return nil }
            return (y.upperBound - y.lowerBound) / (x.upperBound - x.lowerBound)
        }
        guard aspects.count == panels.count, let aspect = aspects.max() else { return nil }
        return min(max(75 + (width - 70) * aspect, 180), width * 1.1).rounded()
    }

    // MARK: - Optimization

    private func domain(_ plan: OptimizationPlan, _ runs: [OptimizationResult], dimension: Int) -> [ClosedRange<Double>]
    {
        if let domain = plan.domain { return domain }
        return (0..<dimension).map { axis in
            let starts = runs.compactMap { $0.trajectory.first?[axis] }
            let values =
                runs.flatMap { run in run.trajectory.prefix(run.diverged ? 1 : run.trajectory.count).map { $0[axis] } }
                + starts
            let low = values.min() ?? -1
            let high = values.max() ?? 1
            let margin = max((high - low) * 0.2, 0.5)
            return (low - margin)...(high + margin)
        }
    }

    private func contour(_ plan: OptimizationPlan, _ runs: [OptimizationResult]) throws(FigureError) -> [Panel] {
        let ranges = domain(plan, runs, dimension: 2)
        let objective = plan.objective
        let grid = try ScalarGrid(x: ranges[0], y: ranges[1], nx: 90, ny: 90) { objective.value(at: [$0, $1]) }
        let levels: ContourLevels = (grid.finiteRange?.lowerBound ?? 0) >= 0 ? .geometric(12) : .automatic(14)
        let field = Series.contour(grid, levels: levels)
        let trajectories = runs.enumerated().map { index, run in
            Series.trajectory(
                x: run.trajectory.map { $0[0] }, y: run.trajectory.map { $0[1] }, label: run.label,
                color: .palette(index),
                animate: options.animate)
        }
        let x = Axis("x", range: ranges[0])
        let y = Axis("y", range: ranges[1])
        if options.layout == .separate {
            return trajectories.enumerated().map { index, series in
                Panel(title: runs[index].label, x: x, y: y, equalAspect: true, legend: .none, series: [field, series])
            }
        }
        return [Panel(x: x, y: y, equalAspect: true, series: [field] + trajectories)]
    }

    /// A 3-D surface with the paths of all runs, or of run `only` (titled with its label).
    private func surface(_ plan: OptimizationPlan, _ runs: [OptimizationResult], only: Int? = nil) throws(FigureError) -> Panel {
        let ranges = domain(plan, runs, dimension: 2)
        let objective = plan.objective
        let grid = try ScalarGrid(x: ranges[0], y: ranges[1], nx: 40, ny: 40) { objective.value(at: [$0, $1]) }
        let shown = runs.enumerated().filter { only == nil || $0.offset == only }
        let paths = shown.map { index, run in
            Surface.Path3(
                zip(run.trajectory, run.loss).filter { ranges[0].contains($0.0[0]) && ranges[1].contains($0.0[1]) }
                    .map { Point3($0.0[0], $0.0[1], $0.1) },
                label: run.label, color: .palette(index))
        }
        let title = only.map { runs[$0].label } ?? ""
        return Panel(title: title, x: Axis("x"), y: Axis("y"), surface: Surface(grid, paths: paths, zLabel: "f"))
    }

    private func curve(_ plan: OptimizationPlan, _ runs: [OptimizationResult]) throws(FigureError) -> [Panel] {
        let range = domain(plan, runs, dimension: 1)[0]
        let xs = (0..<301).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / 300 }
        let values = xs.map { plan.objective.value(at: [$0]) }
        let function = Series.line(x: xs, y: values, label: "f(x)", color: .ink)
        // The y range is the function's over the domain: iterates that leave it are clipped at
        // the frame and marked, instead of stretching the axis.
        let finite = values.filter(\.isFinite)
        let low = finite.min() ?? 0
        let high = finite.max() ?? 1
        let margin = max(high - low, 1e-9) * 0.06
        let paths = runs.enumerated().map { index, run in
            Series.trajectory(
                x: run.trajectory.map { $0[0] }, y: run.loss, label: run.label, color: .palette(index),
                animate: options.animate)
        }
        let x = Axis("x", range: range)
        let y = Axis("f(x)", range: (low - margin)...(high + margin))
        if options.layout == .separate {
            return paths.enumerated().map { index, series in
                Panel(title: runs[index].label, x: x, y: y, legend: .none, series: [function, series])
            }
        }
        return [Panel(x: x, y: y, series: [function] + paths)]
    }

    /// Loss curves on one panel, or one panel per run with `panels: separate` (sharing the
    /// y range, so the panels compare at a glance).
    private func lossPanels(_ curves: [(String, [Double])], x: String) -> [Panel] {
        guard options.layout == .separate, curves.count > 1 else { return [lossPanel(curves, title: "", x: x)] }
        let positive = curves.allSatisfy { $0.1.allSatisfy { $0 > 0 } }
        let log = options.logScale ?? positive
        let values = curves.flatMap { $0.1.filter { $0.isFinite && (!log || $0 > 0) } }
        let range = (values.min() ?? 0)...(values.max() ?? 1)
        return curves.enumerated().map { index, curve in
            var panel = lossPanel([curve], title: curve.0, x: x, colorOffset: index)
            panel.legend = .none
            if range.lowerBound < range.upperBound { panel.y.range = range }
            return panel
        }
    }

    private func lossPanel(_ curves: [(String, [Double])], title: String, x: String = "迭代次数 t", colorOffset: Int = 0) -> Panel {
        let positive = curves.allSatisfy { $0.1.allSatisfy { $0 > 0 } }
        let log = options.logScale ?? positive
        let series = curves.enumerated().map { index, curve in
            // On a log axis a loss of exactly 0 has no place; the other points keep their step.
            let steps = curve.1.indices.filter { !log || curve.1[$0] > 0 }
            return Series.line(
                x: steps.map(Double.init), y: steps.map { curve.1[$0] }, label: curve.0, color: .palette(index + colorOffset))
        }
        return Panel(title: title, x: Axis(x), y: Axis("损失", scale: log ? .log : .linear), series: series)
    }

    private func schedulePanel(_ curves: [(String, [Double])]) -> Panel {
        Panel(
            x: Axis("迭代次数 t"), y: Axis("学习率 η"),
            series: curves.enumerated().map { Series.line($1.1, label: $1.0, color: .palette($0)) })
    }

    // MARK: - Regression, clustering, networks

    private func regressionPanels(_ regression: RegressionResult) -> [Panel] {
        var panels: [Panel] = []
        if regression.model == "linear_regression", regression.points.first?.count == 1,
            let run = regression.runs.first,
            !run.parameters.isEmpty
        {
            let xs = regression.points.map { $0[0] }
            let low = xs.min() ?? 0
            let high = xs.max() ?? 1
            let last = run.parameters.count - 1
            let steps = (options.iterations ?? [0, last / 20, last / 5, last]).map { min($0, last) }
            var series = [Series.scatter(x: xs, y: regression.targets, label: "样本", color: .ink, size: 4)]
            for (index, step) in Array(Set(steps)).sorted().enumerated() {
                let w = run.parameters[step][0]
                let b = run.parameters[step][1]
                series.append(
                    .line(
                        x: [low, high], y: [w * low + b, w * high + b], label: "第 \(step) 步", color: .palette(index),
                        dash: step == last ? .solid : .dashed))
            }
            panels.append(Panel(title: "拟合直线", x: Axis("x"), y: Axis("y"), series: series))
        }
        panels.append(lossPanel(regression.runs.map { ($0.label, $0.loss) }, title: "损失 J"))
        if regression.model == "logistic_regression" {
            panels.append(
                Panel(
                    title: "准确率", x: Axis("迭代次数 t"), y: Axis("准确率", range: 0...1),
                    series: regression.runs.enumerated().map {
                        Series.line($1.accuracy, label: $1.label, color: .palette($0))
                    }))
        }
        return panels
    }

    private func clusterPanels(_ clustering: ClusteringResult) -> [Panel] {
        if let iterations = options.iterations, let run = clustering.runs.first, !run.history.isEmpty {
            return iterations.map { requested in
                let state = run.history[min(requested, run.history.count - 1)]
                return scatterPanel(
                    clustering.points, labels: state.labels, title: "第 \(requested) 次迭代", centroids: state.centroids)
            }
        }
        return clustering.runs.map { run in
            var title = run.label
            if let silhouette = run.silhouette {
                title += " · 轮廓系数 \(Expectation.format((silhouette * 100).rounded() / 100))"
            }
            return scatterPanel(clustering.points, labels: run.labels, title: title, centroids: run.centroids)
        }
    }

    private func scatterPanel(_ points: [[Double]], labels: [Int], title: String, centroids: [[Double]]?) -> Panel {
        let markers: [Marker] = [.circle, .square, .triangle, .cross, .star]
        var series: [Series] = []
        for label in Set(labels).sorted() {
            let members = points.indices.filter { labels[$0] == label }
            let name = label < 0 ? "噪声" : "簇 \(label + 1)"
            series.append(
                .scatter(
                    x: members.map { points[$0][0] }, y: members.map { points[$0].count > 1 ? points[$0][1] : 0 },
                    label: name,
                    color: label < 0 ? .ink : .palette(label),
                    marker: label < 0 ? .cross : markers[label % markers.count], size: 4))
        }
        if let centroids {
            series.append(
                .scatter(
                    x: centroids.map { $0[0] }, y: centroids.map { $0.count > 1 ? $0[1] : 0 }, label: "质心", color: .ink,
                    marker: .star, size: 11))
        }
        let legend: Panel.LegendPosition = Set(labels).count > 6 ? .none : .automatic
        return Panel(
            title: title, x: Axis("x₁", range: Self.paddedRange(points.map { $0[0] })),
            y: Axis("x₂", range: Self.paddedRange(points.map { $0.count > 1 ? $0[1] : 0 })), equalAspect: true, legend: legend,
            series: series)
    }

    /// The range of `values` widened by 6 % on each side.
    static func paddedRange(_ values: [Double]) -> ClosedRange<Double>? {
        guard let low = values.min(), let high = values.max(), low.isFinite, high.isFinite else { return nil }
        let margin = max((high - low) * 0.06, 1e-9)
        return (low - margin)...(high + margin)
    }

    private func trainingPanels(_ runs: [NetworkResult]) -> [Panel] {
        var panels = [lossPanel(runs.map { ($0.label, $0.loss) }, title: "损失", x: "训练轮数")]
        if runs.contains(where: { !$0.accuracy.isEmpty }) {
            panels.append(
                Panel(
                    title: "准确率", x: Axis("训练轮数"), y: Axis("准确率", range: 0...1),
                    series: runs.enumerated().map { Series.line($1.accuracy, label: $1.label, color: .palette($0)) }))
        }
        if let run = runs.first, let layers = run.gradientNorms.first?.count {
            let series = (0..<layers).map { layer in
                Series.line(
                    run.gradientNorms.map { max($0[layer], 1e-300) }, label: "第 \(layer + 1) 层", color: .palette(layer))
            }
            panels.append(Panel(title: "各层梯度范数", x: Axis("训练轮数"), y: Axis("‖∂L/∂W‖", scale: .log), series: series))
        }
        return panels
    }

    /// Weight histograms before and after training on shared bins, drawn as side-by-side bars
    /// so that both distributions stay visible even when one is much narrower.
    private func histogramPanels(_ runs: [NetworkResult]) -> [Panel] {
        guard let run = runs.first else { return [] }
        let binCount = 24
        return run.initialWeights.indices.map { layer in
            let before = run.initialWeights[layer]
            let after = run.finalWeights[layer]
            let low = min(before.min() ?? 0, after.min() ?? 0)
            let high = max(before.max() ?? 1, after.max() ?? 1)
            let width = max(high - low, 1e-12) / Double(binCount)
            func counts(_ values: [Double]) -> [Double] {
                var bins = [Double](repeating: 0, count: binCount)
                for value in values { bins[min(Int((value - low) / width), binCount - 1)] += 1 }
                return bins
            }
            let centers = (0..<binCount).map { low + (Double($0) + 0.5) * width }
            return Panel(
                title: "第 \(layer + 1) 层权重", x: Axis("权重"), y: Axis("个数"),
                series: [
                    .bars(
                        x: centers.map { $0 - width / 4 }, heights: counts(before), width: width / 2, label: "训练前",
                        color: .palette(0)),
                    .bars(
                        x: centers.map { $0 + width / 4 }, heights: counts(after), width: width / 2, label: "训练后",
                        color: .palette(1)),
                ])
        }
    }

    private func activationPanels(_ functions: [ActivationResult]) -> [Panel] {
        var panels = [
            Panel(
                title: "激活函数", x: Axis("z"), y: Axis("f(z)"),
                series: functions.enumerated().map {
                    Series.line(x: $1.x, y: $1.value, label: $1.name, color: .palette($0))
                })
        ]
        if functions.contains(where: { !$0.derivative.isEmpty }) {
            panels.append(
                Panel(
                    title: "导数", x: Axis("z"), y: Axis("f′(z)"),
                    series: functions.enumerated().map {
                        Series.line(x: $1.x, y: $1.derivative, label: $1.name, color: .palette($0))
                    }))
        }
        return panels
    }
}
