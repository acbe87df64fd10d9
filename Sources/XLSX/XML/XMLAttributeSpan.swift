/// Where one attribute of the scanner's current start tag lies in its buffer: byte offsets, valid until the next
/// `XMLScanner.next()`.
struct XMLAttributeSpan {
    /// The start of the qualified name (`r:id`).
    var nameStart: Int
    /// The start of the local name (`id`); equal to `nameStart` when there is no prefix.
    var localStart: Int
    /// The end of the name.
    var nameEnd: Int
    /// The start of the value, after the opening quote.
    var valueStart: Int
    /// The end of the value, at the closing quote.
    var valueEnd: Int
    /// The value holds references or white space (tab, line end) that `decode` must fold.
    var needsDecoding: Bool
}
