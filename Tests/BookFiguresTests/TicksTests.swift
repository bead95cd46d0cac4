import Foundation
import Testing

@testable import BookFigures

@Suite struct TicksTests {
    static let ranges: [ClosedRange<Double>] = [
        0...1, -3...3, 0...10, 0.15...0.95, -7.3...(-2.1), 1...1.000001, 0...1e-9, -1e-9...3e-9,
        0...1e12, 3.7e11...9.1e11, -1e6...1e6, 1234...1299, 0.001...0.0015, -0.5...1e-3, 99.5...100.5,
    ]

    @Test(arguments: ranges)
    func ticksAreNice(range: ClosedRange<Double>) {
        let (values, step) = Ticks.linear(range, maxCount: 7)
        #expect(values.count >= 2 && values.count <= 7, "\(range): \(values)")
        // The step is 1, 2 or 5 times a power of ten.
        let exponent = log10(step).rounded(.down)
        let mantissa = step / pow(10, exponent)
        #expect([1.0, 2, 5, 10].contains { abs($0 - mantissa) < 1e-9 }, "step \(step)")
        let span = range.upperBound - range.lowerBound
        for v in values {
            #expect(v >= range.lowerBound - 1e-9 * span && v <= range.upperBound + 1e-9 * span)
            // Each tick is an integer multiple of the step.
            let k = v / step
            #expect(abs(k - k.rounded()) < 1e-6, "\(v) is not a multiple of \(step)")
        }
        for k in values.indices.dropFirst() {
            #expect(abs(values[k] - values[k - 1] - step) <= 1e-9 * abs(step) + 1e-12 * abs(values[k]))
        }
        // Labels are distinct and use no exponent notation of the form 1e-09.
        let labels = Ticks.labels(values, step: step)
        #expect(Set(labels).count == labels.count, "\(labels)")
        #expect(labels.allSatisfy { !$0.contains("e") })
    }

    @Test func singleValueAndNonFinite() {
        #expect(Ticks.linear(3...3).values == [3])
        #expect(Ticks.linear(-Double.infinity...0).values.isEmpty)
    }

    @Test func knownTickSets() {
        #expect(Ticks.linear(0...1).values == [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1])
        #expect(Ticks.labels(Ticks.linear(0...1).values, step: 0.2) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
        #expect(Ticks.labels([-2, -1, 0, 1], step: 1) == ["−2", "−1", "0", "1"])
        #expect(
            Ticks.labels(Ticks.linear(0...1e12).values, step: Ticks.linear(0...1e12).step) == [
                "0", "2×10¹¹", "4×10¹¹", "6×10¹¹", "8×10¹¹", "10¹²",
            ])
        #expect(
            Ticks.labels(Ticks.linear(0...1e-9).values, step: Ticks.linear(0...1e-9).step) == [
                "0", "2×10⁻¹⁰", "4×10⁻¹⁰", "6×10⁻¹⁰", "8×10⁻¹⁰", "10⁻⁹",
            ])
    }

    @Test func logTicks() {
        #expect(Self.close(Ticks.logarithmic(1e-6...10, maxCount: 7), [1e-6, 1e-4, 1e-2, 1]))
        #expect(Self.close(Ticks.logarithmic(1e-3...1), [1e-3, 1e-2, 1e-1, 1]))
        #expect(Self.close(Ticks.logarithmic(2...30), [2, 5, 10, 20]))
        #expect(Ticks.logLabels([1e-6, 0.01, 1, 100, 1e5]) == ["10⁻⁶", "10⁻²", "10⁰", "10²", "10⁵"])
        #expect(Ticks.logLabels([0.01, 0.1, 1, 10, 100]) == ["0.01", "0.1", "1", "10", "100"])
        #expect(Ticks.logarithmic(0...1).isEmpty)
    }

    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-12 * abs($1) }
    }

    @Test func numberFormatting() {
        #expect(NumberFormat.fixed(0.05, decimals: 1) == "0.1")
        #expect(NumberFormat.fixed(-0.04, decimals: 1) == "0")
        #expect(NumberFormat.fixed(-1.25, decimals: 1) == "-1.3")
        #expect(NumberFormat.fixed(0.5, decimals: 1, leadingZero: false) == ".5")
        #expect(NumberFormat.fixed(-0.5, decimals: 1, leadingZero: false) == "-.5")
        #expect(NumberFormat.fixed(1234.5678, decimals: 2) == "1234.57")
        #expect(NumberFormat.fixed(100, decimals: 3) == "100")
        #expect(NumberFormat.scientific(2.5e-9, significant: 2) == "2.5×10⁻⁹")
        #expect(NumberFormat.fixed(.nan, decimals: 1) == "NaN")
    }
}
