/// One character of a page's text layer and its box, in points from the page's top-left corner (Poppler's
/// coordinates: y grows downwards).
struct PDFGlyph: Hashable, Sendable {
    /// The character (one Unicode scalar of the page text).
    var scalar: Unicode.Scalar
    /// Left edge.
    var x0: Double
    /// Top edge.
    var y0: Double
    /// Right edge.
    var x1: Double
    /// Bottom edge.
    var y1: Double
}

/// One page's text layer: its size and each character with its box. The layout reconstruction works on these
/// alone (no C), so it can be tested and fuzzed over generated boxes.
struct PDFPageText: Hashable, Sendable {
    /// The page number (1-based).
    var number: Int
    /// Width in points.
    var width: Double
    /// Height in points.
    var height: Double
    /// The characters, in the text layer's order (line breaks included, with their own boxes).
    var glyphs: [PDFGlyph]
}
