import DisclosureModel
import Foundation

/// A figure read from a line of prose.
struct ProseHit: Hashable, Sendable {
    var target: ProseTarget
    var value: Decimal
    var unit: MoneyUnit?
    var approximate: Bool
    var location: TextLocation
}

/// Reads the figures quoted in a line of prose with `ProsePatterns`. Hand scanning over Unicode scalars: no regular
/// expressions, linear in the line's length times the number of patterns.
enum ProseScanner {
    typealias Scalars = [Unicode.Scalar]

    /// Sentence ends; coarse clauses also end at commas; fine clauses also at the enumeration comma.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", ";", "!", "?", "\n"]
    static let approximateAfter: Set<Unicode.Scalar> = ["余", "多"]
    static let approximateBefore: [Scalars] = ["约", "近", "超过", "逾"].map { Array($0.unicodeScalars) }

    struct CompiledPattern {
        var pattern: ProsePattern
        var before: [[Scalars]]
        var after: [Scalars]
        var context: [Scalars]
        var excluding: [Scalars]
        var units: Set<String>
    }

    struct CompiledZero {
        var phrase: ZeroPhrase
        var triggers: [Scalars]
        var keywords: [Scalars]
    }

    static let compiled: [CompiledPattern] = ProsePatterns.patterns.map { p in
        CompiledPattern(
            pattern: p, before: p.before.map { $0.map(scalars) }, after: p.after.map(scalars),
            context: p.context.map(scalars), excluding: p.excluding.map(scalars), units: Set(p.units))
    }
    static let compiledZeros: [CompiledZero] = ProsePatterns.zeroPhrases.map { z in
        CompiledZero(phrase: z, triggers: z.triggers.map(scalars), keywords: z.keywords.map(scalars))
    }
    /// The first scalars of every zero-phrase trigger: a line with none of them has no zero phrase.
    static let zeroTriggerStarts: Set<Unicode.Scalar> = Set(compiledZeros.flatMap { $0.triggers.compactMap(\.first) })
    /// `zeroTriggerStarts` as a small sorted array of scalar values: a linear probe beats hashing every scalar.
    static let zeroTriggerStartValues: [UInt32] = zeroTriggerStarts.map(\.value).sorted()

    /// True when `line` holds a digit (ASCII or full-width) or the first scalar of a zero phrase.
    static func mayQuote(_ line: Substring) -> Bool {
        let starts = zeroTriggerStartValues
        for scalar in line.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x30 && v <= 0x39 { return true }
                continue
            }
            if v >= 0xFF10 && v <= 0xFF19 { return true }
            if starts.contains(v) { return true }
        }
        return false
    }

    static let units: [(String, Scalars)] = ProsePatterns.allUnits.map { ($0, scalars($0)) }
    static let moneyUnits: [String: MoneyUnit] = Dictionary(uniqueKeysWithValues: MoneyUnit.allCases.map { ($0.rawValue, $0) })

    static func scalars(_ s: String) -> Scalars { Array(s.unicodeScalars) }

    /// Full-width ASCII folded to ASCII, U+3000 to a space; everything else kept, so positions stay meaningful.
    static func fold(_ line: Substring) -> Scalars {
        line.unicodeScalars.map { s in
            switch s.value {
            case 0xFF01...0xFF5E: Unicode.Scalar(s.value - 0xFEE0) ?? s
            case 0x3000: " "
            default: s
            }
        }
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    /// The figures of one line.
    static func scan(_ line: Substring, lineNumber: Int, file: String?) -> [ProseHit] {
        // Most lines quote nothing: without a digit or the first scalar of a zero phrase there is nothing to find,
        // and the line is neither folded nor given a location (profiled: the fold, the per-scalar set look-up and
        // the excerpt string were a seventh of reading a report).
        guard mayQuote(line) else { return [] }
        let s = fold(line)
        guard !s.isEmpty else { return [] }
        var hits: [ProseHit] = []
        var hitClauses: [(start: Int, target: ProseTarget)] = []
        let location = TextLocation(file: file, line: lineNumber, excerpt: String(LineCells.trim(line)))
        var i = 0
        while i < s.count {
            guard isDigit(s[i]), i == 0 || !(isDigit(s[i - 1]) || s[i - 1] == "." || s[i - 1].isASCIILetter) else {
                i += 1
                continue
            }
            let (end, text) = numberRun(s, from: i)
            defer { i = max(end, i + 1) }
            guard let value = FigureText.decimal(Substring(text)) else { continue }
            var k = skipSpaces(s, end)
            var approximate = false
            if k < s.count, approximateAfter.contains(s[k]) {
                approximate = true
                k = skipSpaces(s, k + 1)
            }
            guard let (unit, unitEnd) = unit(at: k, in: s) else { continue }
            if !approximate { approximate = hasApproximateBefore(s, i) }
            guard let target = bestTarget(s, number: i, unit: unit, afterUnit: unitEnd) else { continue }
            hits.append(
                ProseHit(target: target, value: value, unit: moneyUnits[unit], approximate: approximate, location: location))
            hitClauses.append((coarseStart(s, i), target))
        }
        if s.contains(where: { zeroTriggerStartValues.contains($0.value) }) {
            hits += zeroHits(s, location: location, excluding: hitClauses)
        }
        return hits
    }

    /// The digits (with thousands commas and a decimal point) from `start`; returns the end and the ASCII text.
    static func numberRun(_ s: Scalars, from start: Int) -> (Int, String) {
        var j = start
        var text = String.UnicodeScalarView()
        while j < s.count {
            if isDigit(s[j]) {
                text.append(s[j])
                j += 1
            } else if (s[j] == "," || s[j] == "."), j + 1 < s.count, isDigit(s[j + 1]) {
                text.append(s[j])
                j += 1
            } else {
                break
            }
        }
        return (j, String(text))
    }

    static func skipSpaces(_ s: Scalars, _ from: Int) -> Int {
        var k = from
        while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
        return k
    }

    static func unit(at k: Int, in s: Scalars) -> (String, Int)? {
        for (name, u) in units where matches(s, u, at: k) { return (name, k + u.count) }
        return nil
    }

    static func matches(_ s: Scalars, _ word: Scalars, at k: Int) -> Bool {
        guard k >= 0, k + word.count <= s.count else { return false }
        for (offset, w) in word.enumerated() where s[k + offset] != w { return false }
        return true
    }

    /// The end of the last occurrence of any of `words` in `s[range]`, or nil.
    static func lastEnd(of words: [Scalars], in s: Scalars, _ range: Range<Int>) -> Int? {
        var best: Int?
        for w in words where !w.isEmpty && w.count <= range.count {
            var k = range.upperBound - w.count
            while k >= range.lowerBound {
                if matches(s, w, at: k) {
                    best = max(best ?? 0, k + w.count)
                    break
                }
                k -= 1
            }
        }
        return best
    }

    static func hasApproximateBefore(_ s: Scalars, _ i: Int) -> Bool {
        var k = i
        while k > 0, s[k - 1] == " " { k -= 1 }
        return approximateBefore.contains { matches(s, $0, at: k - $0.count) }
    }

    static func start(_ s: Scalars, _ i: Int, _ isEnd: (Int) -> Bool) -> Int {
        var k = i
        while k > 0, !isEnd(k - 1) { k -= 1 }
        return k
    }

    static func isComma(_ s: Scalars, _ k: Int) -> Bool {
        guard s[k] == "," || s[k] == ":" else { return false }
        // A comma between digits is a thousands separator.
        return !(s[k] == "," && k > 0 && k + 1 < s.count && isDigit(s[k - 1]) && isDigit(s[k + 1]))
    }

    static func sentenceStart(_ s: Scalars, _ i: Int) -> Int { start(s, i) { sentenceEnds.contains(s[$0]) } }
    static func coarseStart(_ s: Scalars, _ i: Int) -> Int {
        start(s, i) { sentenceEnds.contains(s[$0]) || isComma(s, $0) }
    }
    static func fineStart(_ s: Scalars, _ i: Int) -> Int {
        start(s, i) { sentenceEnds.contains(s[$0]) || isComma(s, $0) || s[$0] == "、" }
    }

    /// The pattern whose keyword is nearest the number, among those that fit; nil when none fits.
    static func bestTarget(_ s: Scalars, number i: Int, unit: String, afterUnit: Int) -> ProseTarget? {
        let clause = fineStart(s, i)..<i
        let sentence = sentenceStart(s, i)..<i
        let afterStart = skipSpaces(s, afterUnit)
        var best: (score: Int, target: ProseTarget)?
        for p in compiled where p.units.contains(unit) {
            if lastEnd(of: p.excluding, in: s, clause) != nil { continue }
            if !p.context.isEmpty, lastEnd(of: p.context, in: s, sentence) == nil { continue }
            var score = 0
            var fits = true
            for group in p.before {
                guard let end = lastEnd(of: group, in: s, clause) else { fits = false; break }
                score = max(score, end)
            }
            guard fits else { continue }
            if !p.after.isEmpty {
                guard p.after.contains(where: { matches(s, $0, at: afterStart) }) else { continue }
                score = i + 1
            }
            if score > best?.score ?? -1 { best = (score, p.pattern.target) }
        }
        return best?.target
    }

    /// Zero figures stated in words, one per clause and target, unless that clause already gave a number for it.
    static func zeroHits(_ s: Scalars, location: TextLocation, excluding: [(start: Int, target: ProseTarget)]) -> [ProseHit] {
        var hits: [ProseHit] = []
        var clauseStart = 0
        var k = 0
        while k <= s.count {
            let atEnd = k == s.count || sentenceEnds.contains(s[k]) || isComma(s, k)
            if atEnd {
                let clause = clauseStart..<k
                for z in compiledZeros where zeroPhrase(z, in: s, clause) {
                    let target = z.phrase.target
                    if excluding.contains(where: { $0.start == clauseStart && $0.target == target }) { continue }
                    if hits.contains(where: { $0.target == target && $0.location == location && $0.value == 0 }) { continue }
                    let unit: MoneyUnit? = if case .fee(let f) = target, f != .noticesIssued { .yuan } else { nil }
                    hits.append(ProseHit(target: target, value: 0, unit: unit, approximate: false, location: location))
                }
                clauseStart = k + 1
            }
            k += 1
        }
        return hits
    }

    static func zeroPhrase(_ z: CompiledZero, in s: Scalars, _ clause: Range<Int>) -> Bool {
        for t in z.triggers {
            var p = clause.lowerBound
            while p + t.count <= clause.upperBound {
                if matches(s, t, at: p) {
                    let from = p + t.count
                    let to = min(from + z.phrase.maxGap, clause.upperBound)
                    for keyword in z.keywords {
                        var q = from
                        while q <= to, q + keyword.count <= clause.upperBound {
                            if matches(s, keyword, at: q) { return true }
                            q += 1
                        }
                    }
                }
                p += 1
            }
        }
        return false
    }
}

extension Unicode.Scalar {
    /// An ASCII letter.
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
