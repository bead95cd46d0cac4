import BookExperiments
import Testing

/// Every bad spec gets one error at the key or value at fault, naming the key.
@Suite struct ExperimentSpecErrorTests {
    private func parseError(_ spec: String) -> ExperimentError? {
        do {
            _ = try Experiment.parse(spec)
            return nil
        } catch {
            return error
        }
    }

    static let cases: [(spec: String, line: Int, column: Int, message: String)] = [
        ("objective: x^2\nstart: [1\nsteps: 3\n", 3, 6, "invalid YAML"),
        (
            "objective: x^2\nstart: [1]\nsteps: 3\nrunz: []\n", 4, 1,
            "unknown key 'runz' in an optimization experiment (did you mean 'runs'?)"
        ),
        (
            "objective: x^2\nstart: [1]\nsteps: 3\noptimizer: adamm\n", 4, 12,
            "unknown optimizer 'adamm' (did you mean 'adam'?)"
        ),
        ("objective: x^2\nstart: [1]\nsteps: 3\nlr: 0\n", 4, 5, "'lr' must be positive, not 0"),
        ("objective: x^2\nstart: [1]\nsteps: 3\nruns:\n  - {lr: -0.5}\n", 5, 10, "'lr' must be positive, not -0.5"),
        (
            "objective: x^2\nstart: [1]\nsteps: 1000000000000\n", 3, 8,
            "'steps' = 1000000000000 is out of range: it must be a whole number from 1 to 1000000"
        ),
        (
            "objective: \"x^2 + sine(x)\"\nstart: [1]\nsteps: 3\n", 1, 19,
            "objective does not parse: unknown function 'sine' — did you mean 'sin'?"
        ),
        ("objective: x^2 + (x\nstart: [1]\nsteps: 3\n", 1, 20, "objective does not parse"),
        ("objective: x^2\nstart: [1, 2]\nsteps: 3\n", 2, 8, "'start' has 2 coordinates but the objective is 1-D (x)"),
        (
            "objective: x^2\nstart: [1]\nsteps: 3\ndomain: {x: [-1, 1], y: [0, 1]}\n", 4, 22,
            "'domain' has 'y' but the objective is 1-D"
        ),
        (
            "objective: x^2\nstart: [1]\nsteps: 3\noptimizer: adam\nbeta: 0.9\nruns:\n  - {beta: 0.5}\n", 7, 6,
            "optimizer 'adam' has no parameter 'beta'"
        ),
        ("objective: x^2\nstart: [1]\n", 1, 1, "missing 'steps'"),
        (
            "algorithm: kmeans\nk: 12\ndata: {points: [[0, 0], [1, 1], [2, 2]]}\n", 2, 4,
            "'k' = 12 is larger than the number of points (3)"
        ),
        (
            "algorithm: kmeanz\nk: 2\ndata: {kind: blobs, n: 20}\n", 1, 12,
            "unknown algorithm 'kmeanz' (did you mean 'kmeans'?)"
        ),
        ("algorithm: dbscan\neps: 0\ndata: {kind: moons}\n", 2, 6, "'eps' must be positive, not 0"),
        (
            "algorithm: kmeans\nk: 2\ndata: {kind: blob, n: 20}\n", 3, 14,
            "unknown dataset 'blob' (did you mean 'blobs'?)"
        ),
        (
            "plot: contur\nobjective: x^2\nstart: [1]\nsteps: 3\n", 1, 7,
            "unknown plot 'contur' (did you mean 'contour'?)"
        ),
        ("caption: 空\n", 1, 1, "the experiment computes nothing"),
        (
            "network: {layers: [3, 1]}\ndata: {kind: moons}\nepochs: 5\n", 1, 19,
            "the first layer has 3 inputs but the data points have 2 coordinates"
        ),
    ]

    @Test(arguments: cases)
    func badSpec(_ testCase: (spec: String, line: Int, column: Int, message: String)) throws {
        let error = try #require(parseError(testCase.spec))
        #expect((error.line, error.column) == (testCase.line, testCase.column), "\(error)")
        #expect(error.message.contains(testCase.message), "\(error)")
    }
}
