/// One cell of a text line, with its classification.
struct Cell: Sendable {
    /// The cell's text, trimmed.
    var text: Substring
    /// What it holds.
    var kind: CellKind
    /// The label's matching key, for labels short enough to be table labels (computed once per cell).
    var key: LabelKey?

    /// The longest label given a key; longer cells are prose.
    static let maxLabelLength = 200

    /// Classifies `text` and keys it when it is a label.
    init(text: Substring, kind: CellKind) {
        self.text = text
        self.kind = kind
        key = kind == .label && text.utf8.count <= Cell.maxLabelLength * 3 ? LabelKey(text) : nil
    }

    /// A cell whose key is already known (`nil`: not computed, as for prose).
    init(text: Substring, kind: CellKind, key: LabelKey?) {
        self.text = text
        self.kind = kind
        self.key = key
    }
}

/// Splits one line of pasted table text into cells: on tabs, on `|` (markdown or " | " pipes), on runs of two or
/// more spaces (or the ideographic space), and finally splits trailing numbers off a lone label written with single
/// spaces (`规章 1 1 48`).
enum LineCells {
    /// The longest label from which trailing numbers are split off when a line has a single cell; longer text is prose.
    static let maxSplitLabel = 80

    /// The cells of `line`. A markdown separator row (`|---|---|`) gives no cells.
    static func cells(_ line: Substring) -> [Cell] {
        let pieces: [Substring]
        // Byte-level splitting: tab and `|` are ASCII, always on character boundaries, and scanning bytes avoids
        // grapheme breaking over long CJK lines.
        if line.utf8.contains(tab) {
            pieces = split(line, on: tab).map(trim)
        } else if line.utf8.contains(pipe) {
            var parts = split(line, on: pipe).map(trim)
            if parts.count > 1, parts.first?.isEmpty == true { parts.removeFirst() }
            if parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
            if parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { return [] }
            pieces = parts
        } else {
            pieces = splitOnWideSpace(line)
        }
        // A lone label is split (or kept whole) by `splitTrailingFigures`, which keys its cells: keying it here too
        // normalised every prose line twice.
        if pieces.count == 1 {
            let kind = FigureText.classify(pieces[0])
            return kind == .label ? splitTrailingFigures(pieces[0]) : [Cell(text: pieces[0], kind: kind, key: nil)]
        }
        return pieces.map { Cell(text: $0, kind: FigureText.classify($0)) }
    }

    static let tab = UInt8(ascii: "\t")
    static let pipe = UInt8(ascii: "|")
    static let space = UInt8(ascii: " ")

    /// `line` split at every `byte` (an ASCII byte), empty pieces kept.
    static func split(_ line: Substring, on byte: UInt8) -> [Substring] {
        line.utf8.split(separator: byte, omittingEmptySubsequences: false).map { line[$0.startIndex..<$0.endIndex] }
    }

    /// `s` without leading and trailing white space (by scalars: cheaper than by characters).
    static func trim(_ s: Substring) -> Substring {
        // ASCII fast path: most cells start and end with a visible character, and a property look-up per end
        // scalar showed in the profile.
        if let first = s.utf8.first, let last = s.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return s
        }
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return s[s.endIndex...] }
        return s[first...last]
    }

    /// Splits on runs of ≥ 2 spaces or on U+3000; a line without such runs is one cell.
    static func splitOnWideSpace(_ line: Substring) -> [Substring] {
        let trimmed = trim(line)
        guard TextSearch.contains("  ", in: trimmed) || TextSearch.contains("\u{3000}", in: trimmed) else { return [trimmed] }
        let scalars = trimmed.unicodeScalars
        func isSpace(_ i: Substring.UnicodeScalarView.Index) -> Bool { scalars[i] == " " || scalars[i] == "\u{3000}" }
        var out: [Substring] = []
        var start = scalars.startIndex
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let next = scalars.index(after: i)
            let wide = scalars[i] == "\u{3000}" || (scalars[i] == " " && next < scalars.endIndex && isSpace(next))
            if wide {
                if start < i { out.append(trimmed[start..<i]) }
                var j = i
                while j < scalars.endIndex, isSpace(j) { j = scalars.index(after: j) }
                start = j
                i = j
            } else {
                i = next
            }
        }
        if start < scalars.endIndex { out.append(trimmed[start...]) }
        return out.isEmpty ? [trimmed] : out
    }

    /// `规章 1 1 48` → `规章`, 1, 1, 48; `1 1 0 2` → four figures. Prose (long, or with sentence punctuation) stays one cell.
    static func splitTrailingFigures(_ text: Substring) -> [Cell] {
        // A label longer than `maxSplitLabel` is prose anyway; skip splitting it into words.
        guard text.utf8.count <= maxSplitLabel * 4, text.utf8.contains(space) else {
            return [Cell(text: text, kind: .label)]
        }
        let words = split(text, on: space).filter { !$0.isEmpty }
        guard words.count > 1 else { return [Cell(text: text, kind: .label)] }
        var firstFigure = words.count
        var kinds: [CellKind] = []
        for word in words.reversed() {
            let kind = FigureText.classify(word)
            guard kind != .label else { break }
            kinds.append(kind)
            firstFigure -= 1
        }
        guard firstFigure < words.count else { return [Cell(text: text, kind: .label)] }
        var cells: [Cell] = []
        if firstFigure > 0 {
            let labelEnd = words[firstFigure - 1].endIndex
            let label = text[text.startIndex..<labelEnd]
            guard label.count <= maxSplitLabel, !label.contains(where: { "。；;".contains($0) }) else {
                return [Cell(text: text, kind: .label)]
            }
            cells.append(Cell(text: label, kind: .label))
        }
        for (word, kind) in zip(words[firstFigure...], kinds.reversed()) { cells.append(Cell(text: word, kind: kind)) }
        return cells
    }
}
