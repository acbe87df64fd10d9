/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, fully deterministic pseudo-random generator.
///
/// Sample data must be identical on every machine and every Swift release, so the generators never use
/// `SystemRandomNumberGenerator`, and they draw bounded integers through `int(in:)` (a fixed algorithm) rather than the
/// standard library's `Int.random(in:using:)`, whose algorithm may change between releases.
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
    /// The generator's state; equal states produce equal sequences.
    public private(set) var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed }

    /// Creates a generator whose seed mixes several numbers (a base seed, a unit index, a year …), so that each
    /// combination has its own independent stream.
    public init(mixing parts: UInt64...) {
        var s: UInt64 = 0x6A09_E667_F3BC_C909
        for p in parts {
            var g = SplitMix64(seed: s ^ p)
            s = g.next()
        }
        state = s
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (inclusive), by multiply-high reduction; an empty or inverted range gives its lower end.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) }  // the full 64-bit range
        let high = next().multipliedFullWidth(by: span).high
        return range.lowerBound &+ Int(truncatingIfNeeded: high)
    }

    /// True with probability `perMille`/1000.
    public mutating func chance(perMille: Int) -> Bool { int(in: 0...999) < perMille }

    /// A deterministic shuffle (Fisher–Yates over `int(in:)`).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var a = items
        guard a.count > 1 else { return a }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = int(in: 0...i)
            if i != j { a.swapAt(i, j) }
        }
        return a
    }
}
