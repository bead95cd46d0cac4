import BookNumerics
import Testing

@Suite struct SeededGeneratorTests {
    @Test func sameSeedSameStreamDifferentSeedDifferentStream() {
        var a = SeededGenerator(seed: 42)
        var b = SeededGenerator(seed: 42)
        var c = SeededGenerator(seed: 43)
        let streamA = (0..<8).map { _ in a.next() }
        #expect(streamA == (0..<8).map { _ in b.next() })
        #expect(streamA != (0..<8).map { _ in c.next() })
    }

    /// Known-answer test: SplitMix64 seeding of seed 0 followed by xoshiro256** (values computed
    /// from the reference C implementations of both algorithms).
    @Test func knownAnswerForSeedZero() {
        var generator = SeededGenerator(seed: 0)
        #expect(generator.next() == 0x99EC_5F36_CB75_F2B4)
    }

    @Test func uniformAndNormalMoments() {
        var generator = SeededGenerator(seed: 7)
        let count = 200_000
        var sum = 0.0
        var sumSquares = 0.0
        for _ in 0..<count {
            let u = generator.nextUniform()
            #expect(u >= 0 && u < 1)
            sum += u
        }
        #expect(abs(sum / Double(count) - 0.5) < 0.005)
        sum = 0
        for _ in 0..<count {
            let z = generator.nextNormal()
            sum += z
            sumSquares += z * z
        }
        #expect(abs(sum / Double(count)) < 0.01)
        #expect(abs(sumSquares / Double(count) - 1) < 0.01)
    }

    @Test func indexStaysInRange() {
        var generator = SeededGenerator(seed: 1)
        var seen = Set<Int>()
        for _ in 0..<1000 {
            let i = generator.nextIndex(below: 7)
            #expect((0..<7).contains(i))
            seen.insert(i)
        }
        #expect(seen.count == 7)
    }
}
