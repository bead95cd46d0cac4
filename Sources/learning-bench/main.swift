// learning-bench: times BookNumerics k-means on seeded blobs (see benchmarks/numerics/kmeans.sh).
//
//   learning-bench data  POINTS K SEED   prints {"points": [...], "init": [...]} (JSON) for the NumPy side
//   learning-bench run   POINTS K SEED REPEAT   prints the iterations, inertia and timings
//
// The initial centroids are K distinct data points chosen by KMeans' `.randomPoints` rule with
// the same seed, so both sides start from identical centroids.
import BookNumerics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func fail(_ message: String) -> Never {
    var line = "learning-bench: \(message)\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count >= 5, let count = Int(arguments[2]), let k = Int(arguments[3]), let seed = UInt64(arguments[4])
else {
    fail("usage: learning-bench data|run POINTS K SEED [REPEAT]")
}

do {
    let points = try Dataset.blobs(count: count, clusters: k, seed: seed).dataset.points
    let initial = try KMeans(initialization: .randomPoints(k: k, seed: seed), maxIterations: 1).fit(points)
        .initialCentroids
    switch arguments[1] {
    case "data":
        func json(_ rows: [[Double]]) -> String {
            "[" + rows.map { "[" + $0.map(\.description).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        }
        print("{\"points\":\(json(points)),\"init\":\(json(initial))}")
    case "run":
        let repeats = arguments.count > 5 ? Int(arguments[5]) ?? 20 : 20
        let kmeans = KMeans(initialization: .centroids(initial), recordsHistory: false)
        let clock = ContinuousClock()
        var times: [Double] = []
        var result = try kmeans.fit(points)  // warm-up
        for _ in 0..<repeats {
            let elapsed = try clock.measure { result = try kmeans.fit(points) }
            times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15)
        }
        times.sort()
        print("iterations \(result.iterations)")
        print("inertia \(result.inertia)")
        print("best_ms \(times[0])")
        print("median_ms \(times[times.count / 2])")
    default:
        fail("unknown mode '\(arguments[1])' (use data or run)")
    }
} catch {
    fail("\(error)")
}
