import DisclosureModel

/// `count` accounts generated on the fly for statistics benchmarks (140,000 like the country), in blocks of 324 with
/// the seed city's platform split; account *k* of a platform in block *b* is hosted by unit `b × 191 + k` of
/// `tree`, so no unit has two accounts on one platform and every host resolves in the tree.
public struct SampleAccounts: Sequence, Hashable, Sendable {
    /// How many accounts.
    public let count: Int
    /// The seed.
    public let seed: UInt64
    /// The hosting units' tree (`hostUnits` units).
    public var tree: SampleTree { SampleTree(units: hostUnits) }
    /// How many host units the accounts need.
    public var hostUnits: Int { Swift.max(1, (count + 323) / 324 * 191) }

    /// Creates the sequence; see `SampleCity.accounts(count:seed:)`.
    public init(count: Int, seed: UInt64) {
        self.count = Swift.max(0, count)
        self.seed = seed
    }

    /// Iterates the accounts.
    public func makeIterator() -> Iterator { Iterator(tree: tree, seed: seed, year: 2020, count: count) }

    /// Generates account after account.
    public struct Iterator: IteratorProtocol {
        let tree: SampleTree
        let seed: UInt64
        let year: Int
        let count: Int
        var index = 0

        /// The next account, or nil after `count`.
        public mutating func next() -> NewMediaAccount? {
            guard index < count else { return nil }
            defer { index += 1 }
            let block = index / 324
            var position = index % 324
            var platformIndex = 0
            for (pi, q) in SampleInventoryGenerator.seedPlatformQuotas.enumerated() {
                if position < q.count { platformIndex = pi; break }
                position -= q.count
            }
            let host = tree.organization(at: block * 191 + position)
            var rng = SplitMix64(mixing: seed, UInt64(index), 0xACC0)
            let generator = SampleInventoryGenerator(seed: seed, year: year, tree: tree)
            var account = generator.account(
                platform: SampleInventoryGenerator.seedPlatformQuotas[platformIndex].platform,
                platformIndex: platformIndex, serial: index, host: host, &rng)
            // about 3% closed or cancelled, as real inventories carry them
            let roll = rng.int(in: 0...999)
            if roll < 20 { account.status = .cancelled } else if roll < 30 { account.status = .suspended }
            return account
        }
    }

    /// `count`.
    public var underestimatedCount: Int { count }
}
