import DisclosureModel

/// The reports of a `count`-unit sample city, generated on the fly in tree order; holding the sequence costs
/// nothing, and iterating it keeps one report alive at a time.
public struct SampleReports: Sequence, Hashable, Sendable {
    /// How many reports (and units).
    public let count: Int
    /// The year reported on.
    public let year: Int
    /// The seed.
    public let seed: UInt64

    /// Creates the sequence; see `SampleCity.reports(count:year:seed:)`.
    public init(count: Int, year: Int, seed: UInt64) {
        self.count = Swift.max(0, count)
        self.year = year
        self.seed = seed
    }

    /// The organization tree the reports belong to.
    public var tree: SampleTree { SampleTree(units: Swift.max(1, count)) }

    /// Iterates the reports.
    public func makeIterator() -> Iterator { Iterator(tree: tree, generator: SampleReportGenerator(seed: seed), year: year, count: count) }

    /// Generates report after report.
    public struct Iterator: IteratorProtocol {
        let tree: SampleTree
        let generator: SampleReportGenerator
        let year: Int
        let count: Int
        var index = 0

        /// The next report, or nil after `count`.
        public mutating func next() -> AnnualReport? {
            guard index < count else { return nil }
            defer { index += 1 }
            return generator.report(for: tree.organization(at: index), unit: index, year: year)
        }
    }

    /// `count`.
    public var underestimatedCount: Int { count }
}
