import BookExperiments
import Foundation
import Testing

@Suite struct ExperimentRunTests {
    private func run(_ spec: String) throws -> ExperimentResult {
        try Experiment.parse(spec).run()
    }

    @Test func gradientDescentOnXSquaredPrintsExactJSON() throws {
        let result = try run("id: x2\nobjective: x^2\nstart: [5]\nsteps: 3\nlr: 0.25\n")
        #expect(
            result.json.rendered
                == #"{"id":"x2","kind":"optimization","runs":[{"label":"gd, η = 0.25","optimizer":"gd","trajectory":[[5],[2.5],[1.25],[0.625]],"loss":[25,6.25,1.5625,0.390625],"grad_norm":[10,5,2.5,1.25],"lr":[0.25,0.25,0.25],"diverged":false,"diverged_at":null,"lipschitz_at_start":2}]}"#
        )
    }

    @Test func divergingRunStopsWithAFlagAndNoNaN() throws {
        let result = try run("objective: x^2\nstart: [5]\nsteps: 1000\nlr: 1.1\n")
        guard case .optimization(let runs) = result.data else {
            Issue.record("wrong kind")
            return
        }
        #expect(runs[0].diverged)
        #expect(runs[0].divergedAt != nil)
        #expect(runs[0].loss.allSatisfy { $0.isFinite })
    }

    @Test func runsOverrideTheTopLevelAndLabelWhatDiffers() throws {
        let spec = """
            objective: "0.5*(x^2 + 2*y^2)"
            start: [2.5, 2.5]
            steps: 20
            optimizer: momentum
            beta: 0.9
            runs:
              - {lr: 0.01}
              - {lr: 0.1, beta: 0.5}
              - {optimizer: adam, lr: 0.1}
              - {label: 我的运行, lr: 0.1}
            """
        guard case .optimization(let runs) = try run(spec).data else {
            Issue.record("wrong kind")
            return
        }
        #expect(
            runs.map(\.label) == ["momentum, η = 0.01, β = 0.9", "momentum, η = 0.1, β = 0.5", "adam, η = 0.1", "我的运行"])
        #expect(runs.map(\.trajectory.count) == [21, 21, 21, 21])
    }

    @Test func multiStartAndAnnealing() throws {
        let spec = """
            objective: "x^4 - 4*x^3 + 4*x^2 + x^2*sin(2*pi*x)"
            starts: [[-0.2], [0.8], [1.5]]
            steps: 100
            lr: 0.01
            """
        guard case .optimization(let runs) = try run(spec).data else {
            Issue.record("wrong kind")
            return
        }
        #expect(runs.map(\.label) == ["gd, x₀ = (-0.2)", "gd, x₀ = (0.8)", "gd, x₀ = (1.5)"])
        let annealing = try run("objective: x^2\nstart: [3]\nsteps: 50\noptimizer: annealing\nT0: 2\nseed: 7\n")
        guard case .optimization(let annealed) = annealing.data else {
            Issue.record("wrong kind")
            return
        }
        #expect(annealed[0].accepted.count == 50)
        #expect(annealed[0].trajectory.count == 51)
        let again = try run("objective: x^2\nstart: [3]\nsteps: 50\noptimizer: annealing\nT0: 2\nseed: 7\n")
        #expect(again.json == annealing.json)
    }

    @Test func schedules() throws {
        let spec = "steps: 3\nruns:\n  - {schedule: {type: step, lr0: 0.1, gamma: 0.5, step_size: 2}}\n"
        guard case .schedules(let runs) = try run(spec).data else {
            Issue.record("wrong kind")
            return
        }
        #expect(runs[0].learningRate == [0.1, 0.1, 0.05])
        #expect(runs[0].label == "step")
    }

    @Test func kMeansAndADBSCANGrid() throws {
        let kMeans = try run("algorithm: kmeans\nk: 4\ndata: {kind: blobs, n: 200, centers: 4, std: 0.5, seed: 3}\n")
        guard case .clustering(let clusters) = kMeans.data else {
            Issue.record("wrong kind")
            return
        }
        #expect(clusters.points.count == 200)
        #expect(clusters.runs[0].clusterCount == 4)
        #expect(clusters.runs[0].history.count >= 1)
        #expect((clusters.runs[0].silhouette ?? 0) > 0.5)

        let grid = try run(
            "algorithm: dbscan\ndata: {kind: moons, n: 100, noise: 0.05, seed: 1}\ngrid: {eps: [0.2, 0.3], min_samples: [3, 5]}\n"
        )
        guard case .clustering(let cells) = grid.data else {
            Issue.record("wrong kind")
            return
        }
        #expect(
            cells.runs.map(\.label) == [
                "dbscan, ε = 0.2, min_samples = 3", "dbscan, ε = 0.2, min_samples = 5",
                "dbscan, ε = 0.3, min_samples = 3", "dbscan, ε = 0.3, min_samples = 5",
            ])
    }

    @Test func linearRegressionApproachesTheClosedForm() throws {
        let spec =
            "model: linear_regression\ndata: {kind: linear, n: 100, w: 3, b: 4, noise: 1, seed: 42}\nlr: 0.1\nsteps: 2000\n"
        guard case .regression(let regression) = try run(spec).data else {
            Issue.record("wrong kind")
            return
        }
        let exact = try #require(regression.closedForm)
        let final = try #require(regression.runs[0].parameters.last)
        #expect(abs(final[0] - exact.weights[0]) < 1e-6)
        #expect(abs(final[1] - exact.bias) < 1e-6)
        #expect(regression.runs[0].loss.first! > regression.runs[0].loss.last!)
    }

    @Test func networkTrainingLowersTheLoss() throws {
        let spec = """
            network: {layers: [2, 8, 1], activations: [tanh, sigmoid]}
            data: {kind: moons, n: 100, noise: 0.1, seed: 2}
            optimizer: adam
            lr: 0.05
            epochs: 100
            """
        guard case .network(let runs) = try run(spec).data else {
            Issue.record("wrong kind")
            return
        }
        #expect(runs[0].loss.count == 101)
        #expect(runs[0].loss.last! < runs[0].loss.first! * 0.7)
        #expect(runs[0].initialWeights.map(\.count) == [16, 8])
        #expect(runs[0].initialWeights != runs[0].finalWeights)
    }

    @Test func jsonSpecsWorkToo() throws {
        let result = try run(#"{"objective": "x^2", "start": [1], "steps": 1, "lr": 0.5}"#)
        guard case .optimization(let runs) = result.data else {
            Issue.record("wrong kind")
            return
        }
        #expect(runs[0].trajectory == [[1], [0]])
    }
}

extension ExperimentRunTests {
    @Test func lipschitzConstantOfAQuadraticIsCheckedAndReported() throws {
        let spec =
            "objective: \"0.5*(x^2 + 2*y^2)\"\nstart: [2.5, 2.5]\nsteps: 5\nlr: 0.1\nexpect:\n  - {lipschitz: \"= 2\"}\n"
        let result = try Experiment.parse(spec).render(figureID: "fig-l")
        #expect(result.csv.hasPrefix("run,step,x,y,loss"))
        #expect(try Experiment.parse(spec).run().json.rendered.contains("\"lipschitz_at_start\":2"))
        #expect(throws: ExperimentError.self) {
            _ = try Experiment.parse(spec.replacingOccurrences(of: "= 2", with: "= 3")).render(figureID: "fig-l")
        }
    }
}
