// figures-bench: times BookFigures on the two heavy cases of issue 4.
//
//   swift build -c release --product figures-bench && .build/release/figures-bench
//
// Prints the median of several runs in milliseconds and the output size in bytes.
import BookFigures

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
}

/// Runs `body` several times; `body` returns the output whose size is reported, or a
/// ready-made description when `describe` is false.
func measure(_ name: String, runs: Int = 7, describe: Bool = false, _ body: () throws -> String) rethrows {
    var times: [Double] = []
    var bytes = 0
    var last = ""
    for _ in 0..<runs {
        let t0 = now()
        let out = try body()
        times.append(now() - t0)
        bytes = out.utf8.count
        last = out
    }
    times.sort()
    let median = times[times.count / 2]
    print(
        "\(name): median \(String(Int(median.rounded()))) ms (min \(String(Int(times[0].rounded()))) ms) over \(runs) runs, \(describe ? last : "\(bytes) bytes")"
    )
}

func rosenbrock(_ x: Double, _ y: Double) -> Double { (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }

do {
    // 20 levels spaced geometrically from 0.1 to 2500, so every band shows up.
    let levels = ContourLevels.values((0..<20).map { pow(10, -1 + 4.4 * Double($0) / 19) })
    let grid200 = try ScalarGrid(x: -2...2, y: -1...3, nx: 200, ny: 200, rosenbrock)
    try measure("filled contour 200×200, 20 levels") {
        try Figure(
            id: "bench-filled",
            panels: [
                Panel(
                    title: "Rosenbrock", x: Axis("x"), y: Axis("y"),
                    series: [
                        .filledContour(grid200, levels: levels, colormap: .viridis, colorbar: "f", lines: false)
                    ])
            ]
        ).svg()
    }
    try measure("filled contour 200×200, 20 levels + lines") {
        try Figure(
            id: "bench-filled-lines",
            panels: [
                Panel(
                    title: "Rosenbrock", x: Axis("x"), y: Axis("y"),
                    series: [
                        .filledContour(grid200, levels: levels, colormap: .viridis, colorbar: "f", lines: true)
                    ])
            ]
        ).svg()
    }
    let grid40 = try ScalarGrid(x: -3...3, y: -3...3, nx: 40, ny: 40) { x, y in 0.5 * (x * x + 4 * y * y) }
    try measure("surface 40×40") {
        try Figure(id: "bench-surface", panels: [Panel(title: "surface", surface: Surface(grid40, zLabel: "f"))]).svg()
    }
} catch {
    print("error: \(error)")
}

// Breakdown: the band computation alone (no SVG), for the same grid and levels.
do {
    let levels = (0..<20).map { pow(10, -1 + 4.4 * Double($0) / 19) }
    let grid200 = try ScalarGrid(x: -2...2, y: -1...3, nx: 200, ny: 200, rosenbrock)
    measure("  of which Contouring.bands (no SVG)", describe: true) {
        let bands = Contouring.bands(grid200, levels: levels)
        return String(bands.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }) + " ring points"
    }
} catch {
    print("error: \(error)")
}
