/// Legend labels for a set of runs: the author's `label` where given, else the method's name
/// and whatever differs between the runs, e.g. `gd, η = 0.1` and `gd, η = 0.5`.
enum RunLabels {
    static let symbols = [
        "lr": "η", "beta": "β", "beta1": "β₁", "beta2": "β₂", "eps": "ε", "weight_decay": "λ", "decay": "ρ",
        "start": "x₀", "steps": "步数", "T0": "T₀", "cooling": "冷却系数", "seed": "种子", "form": "形式",
        "batch_size": "批量", "epochs": "轮数", "k": "K", "min_samples": "min_samples", "l2": "λ",
    ]
    static let order = [
        "algorithm", "lr", "beta", "beta1", "beta2", "form", "decay", "eps", "weight_decay", "schedule", "T0",
        "cooling", "proposal_scale", "seed", "start", "steps", "epochs", "batch_size", "l2", "k", "min_samples",
        "linkage", "initial_accumulator", "initial_scale", "eps_placement", "line_search",
    ]

    /// Keys compared across all runs; the others only between runs of the same method.
    static let sharedKeys: Set<String> = [
        "lr", "schedule", "start", "steps", "epochs", "batch_size", "l2", "seed", "k",
    ]

    /// `items` with their labels filled in from `make(given:names:varying:)`.
    static func apply<Item>(
        _ items: [(item: Item, name: String, varying: [String: String])], label: WritableKeyPath<Item, String>
    ) -> [Item] {
        let labels = make(
            given: items.map { $0.item[keyPath: label] }, names: items.map(\.name), varying: items.map(\.varying))
        return zip(items, labels).map { entry, text in
            var item = entry.item
            item[keyPath: label] = text
            return item
        }
    }

    static func make(given: [String], names: [String], varying: [[String: String]]) -> [String] {
        func differs(_ key: String, among indices: [Int]) -> Bool {
            Set(indices.map { varying[$0][key] ?? "" }).count > 1
        }
        let all = Array(given.indices)
        return given.indices.map { index in
            guard given[index].isEmpty else { return given[index] }
            let sameMethod = all.filter { names[$0] == names[index] }
            let shown = order.filter { key in
                key != "algorithm"
                    && (differs(key, among: sameMethod) || (sharedKeys.contains(key) && differs(key, among: all)))
            }
            var parts = [names[index]]
            if shown.isEmpty, Set(names).count == 1, let lr = varying[index]["lr"] { parts.append("η = \(lr)") }
            for key in shown {
                guard let value = varying[index][key] else { continue }
                parts.append(key == "schedule" || key == "linkage" ? value : "\(symbols[key] ?? key) = \(value)")
            }
            return parts.joined(separator: ", ")
        }
    }
}
