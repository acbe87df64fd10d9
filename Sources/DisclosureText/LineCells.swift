/// One cell of a text line, with its classification.
struct Cell: Sendable {
    /// The cell's text, trimmed.
    var text: Substring
    /// What it holds.
    var kind: CellKind
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
        if line.contains("\t") {
            pieces = line.split(separator: "\t", omittingEmptySubsequences: false).map(trim)
        } else if line.contains("|") {
            var parts = line.split(separator: "|", omittingEmptySubsequences: false).map(trim)
            if parts.count > 1, parts.first?.isEmpty == true { parts.removeFirst() }
            if parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
            if parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { return [] }
            pieces = parts
        } else {
            pieces = splitOnWideSpace(line)
        }
        var cells = pieces.map { Cell(text: $0, kind: FigureText.classify($0)) }
        if cells.count == 1, cells[0].kind == .label { cells = splitTrailingFigures(cells[0].text) }
        return cells
    }

    static func trim(_ s: Substring) -> Substring {
        var t = s
        while let f = t.first, f.isWhitespace { t.removeFirst() }
        while let l = t.last, l.isWhitespace { t.removeLast() }
        return t
    }

    /// Splits on runs of ≥ 2 spaces or on U+3000; a line without such runs is one cell.
    static func splitOnWideSpace(_ line: Substring) -> [Substring] {
        let trimmed = trim(line)
        guard trimmed.contains("  ") || trimmed.contains("\u{3000}") else { return [trimmed] }
        var out: [Substring] = []
        var start = trimmed.startIndex
        var i = trimmed.startIndex
        while i < trimmed.endIndex {
            let c = trimmed[i]
            let next = trimmed.index(after: i)
            let wide = c == "\u{3000}" || (c == " " && next < trimmed.endIndex && trimmed[next] == " ")
            if wide {
                if start < i { out.append(trimmed[start..<i]) }
                var j = i
                while j < trimmed.endIndex, trimmed[j] == " " || trimmed[j] == "\u{3000}" { j = trimmed.index(after: j) }
                start = j
                i = j
            } else {
                i = next
            }
        }
        if start < trimmed.endIndex { out.append(trimmed[start...]) }
        return out.isEmpty ? [trimmed] : out
    }

    /// `规章 1 1 48` → `规章`, 1, 1, 48; `1 1 0 2` → four figures. Prose (long, or with sentence punctuation) stays one cell.
    static func splitTrailingFigures(_ text: Substring) -> [Cell] {
        let words = text.split(separator: " ")
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
