import Foundation

extension ExperimentResult {
    /// The computed data as CSV (RFC 4180, comma-separated, header row first), numbers in
    /// shortest round-trip form.
    public var csv: String {
        var rows: [[String]] = []
        switch data {
        case .optimization(let runs):
            let dimension = runs.first?.trajectory.first?.count ?? 1
            rows.append(["run", "step"] + ["x", "y", "z"].prefix(dimension).map { $0 } + ["loss", "grad_norm", "lr"])
            for run in runs {
                for (step, point) in run.trajectory.enumerated() {
                    let gradient = step < run.gradientNorm.count ? number(run.gradientNorm[step]) : ""
                    let rate = step < run.learningRate.count ? number(run.learningRate[step]) : ""
                    rows.append(
                        [run.label, String(step)] + point.map(number) + [number(run.loss[step]), gradient, rate])
                }
            }
        case .schedules(let runs):
            rows.append(["run", "step", "lr"])
            for run in runs {
                for (step, rate) in run.learningRate.enumerated() {
                    rows.append([run.label, String(step), number(rate)])
                }
            }
        case .clustering(let clustering):
            let dimension = clustering.points.first?.count ?? 2
            var header = (1...max(dimension, 1)).map { "x\($0)" }
            if clustering.trueLabels != nil { header.append("true_label") }
            header += clustering.runs.map(\.label)
            rows.append(header)
            for (index, point) in clustering.points.enumerated() {
                var row = point.map(number)
                if let trueLabels = clustering.trueLabels { row.append(String(trueLabels[index])) }
                row += clustering.runs.map { index < $0.labels.count ? String($0.labels[index]) : "" }
                rows.append(row)
            }
        case .regression(let regression):
            let count = regression.runs.first?.parameters.first?.count ?? 2
            rows.append(["run", "step"] + (1..<max(count, 2)).map { "w\($0)" } + ["b", "loss"])
            for run in regression.runs {
                for (step, parameters) in run.parameters.enumerated() {
                    rows.append(
                        [run.label, String(step)] + parameters.map(number) + [
                            step < run.loss.count ? number(run.loss[step]) : ""
                        ])
                }
            }
        case .network(let runs):
            rows.append(["run", "epoch", "loss", "accuracy"])
            for run in runs {
                for (epoch, loss) in run.loss.enumerated() {
                    rows.append([
                        run.label, String(epoch), number(loss),
                        epoch < run.accuracy.count ? number(run.accuracy[epoch]) : "",
                    ])
                }
            }
        case .activation(let functions):
            rows.append(["z"] + functions.flatMap { [$0.name] + ($0.derivative.isEmpty ? [] : [$0.name + "'"]) })
            for index in (functions.first?.x ?? []).indices {
                var row = [number(functions[0].x[index])]
                for function in functions {
                    row.append(number(function.value[index]))
                    if !function.derivative.isEmpty { row.append(number(function.derivative[index])) }
                }
                rows.append(row)
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private func number(_ value: Double) -> String { JSONValue.format(value) }

    private func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
