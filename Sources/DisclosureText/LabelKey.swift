import DisclosureModel
/// A label reduced for matching: its canonical enumerator and its body, both folded and without notes.
struct LabelKey: Hashable, Sendable {
    /// `(三)`, `1.`, `一,` or empty.
    let enumerator: String
    /// The rest (`不予公开`).
    let body: String
    /// Enumerator and body together (`(三)不予公开`), joined once: the recognizers look labels up by it at every
    /// cell, and joining it on each use was a string allocation per look-up.
    let full: String
    /// The body's length in characters, counted once (the prefix match compares it against every form label).
    let bodyCount: Int

    /// Reduces a label as written.
    init(_ label: some StringProtocol) {
        let (e, b) = LabelNormalizer.splitEnumerator(LabelNormalizer.core(label))
        enumerator = e
        body = b
        full = e + b
        bodyCount = b.count
    }

    /// The shortest body that may match without its enumerator (`重复申请`); shorter ones (`其他`, `总计`) need it.
    static let minimumBareBody = 4
    /// The shortest form label that may match as a prefix of a longer label (`规章` of `规章设区的市…`).
    static let minimumPrefix = 2
}
