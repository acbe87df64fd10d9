import DisclosureModel
import Foundation

/// A figure read from a line of prose.
struct ProseHit: Hashable, Sendable {
    var target: ProseTarget
    var value: Decimal
    var unit: MoneyUnit?
    var approximate: Bool
    var location: TextLocation
    /// The share printed right after the figure ("，占66.48%").
    var share: QuotedFigure.Share? = nil
    /// The statement within the line (a sentence and the "其中…" sentences after it).
    var statement: Int = 0
    /// The sentence's subject may be wider than the reporting body ("全市各部门…").
    var uncertainSubject: Bool = false
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
        var notInSentence: [Scalars]
        var units: Set<String>
    }

    struct CompiledOutcome {
        var phrase: OutcomePhrase
        var phrases: [Scalars]
        var subjects: [Scalars]
        var unless: [Scalars]
    }

    struct CompiledZero {
        var phrase: ZeroPhrase
        var triggers: [Scalars]
        var keywords: [Scalars]
    }

    static let compiled: [CompiledPattern] = ProsePatterns.patterns.map { p in
        CompiledPattern(
            pattern: p, before: p.before.map { $0.map(scalars) }, after: p.after.map(scalars),
            context: p.context.map(scalars), excluding: p.excluding.map(scalars),
            notInSentence: p.notInSentence.map(scalars), units: Set(p.units))
    }
    static let compiledOutcomes: [CompiledOutcome] = ProsePatterns.outcomePhrases.map { o in
        CompiledOutcome(
            phrase: o, phrases: o.phrases.map(scalars), subjects: o.subjects.map(scalars), unless: o.unless.map(scalars))
    }
    static let widerSubject: [Scalars] = ProsePatterns.widerSubject.map(scalars)
    /// Ends of a statement: a sentence ends at "。！？" (not at "；", which separates the parts of one statement).
    static let statementEnds: Set<Unicode.Scalar> = ["。", "!", "?", "\n"]
    static let continuation = scalars("其中")
    static let shareWord: Unicode.Scalar = "占"
    static let yearWords: [Scalars] = ["年度", "年"].map(scalars)
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
        // Keywords before an earlier figure are that figure's ("不予公开3件（其中属于国家秘密1件…"): a clause starts
        // no earlier than the end of the figure before it.
        var lastFigureEnd = 0
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
            if let year = workYear(s, number: i, end: end, text: text) {
                hits.append(
                    ProseHit(
                        target: .quoted(.workYear), value: year, unit: nil, approximate: false, location: location,
                        statement: statement(s, i)))
                continue
            }
            var k = skipSpaces(s, end)
            var approximate = false
            if k < s.count, approximateAfter.contains(s[k]) {
                approximate = true
                k = skipSpaces(s, k + 1)
            }
            guard let (unit, unitEnd) = unit(at: k, in: s) else { continue }
            if !approximate { approximate = hasApproximateBefore(s, i) }
            guard let target = bestTarget(s, number: i, unit: unit, afterUnit: unitEnd, after: lastFigureEnd) else {
                continue
            }
            lastFigureEnd = unitEnd
            hits.append(
                ProseHit(
                    target: target, value: value, unit: moneyUnits[unit], approximate: approximate, location: location,
                    share: share(s, afterUnit: unitEnd), statement: statement(s, i),
                    uncertainSubject: lastEnd(of: widerSubject, in: s, sentenceStart(s, i)..<i) != nil))
            hitClauses.append((coarseStart(s, i), target))
        }
        if s.contains(where: { zeroTriggerStartValues.contains($0.value) }) {
            hits += zeroHits(s, location: location, excluding: hitClauses)
        }
        hits += outcomeHits(s, location: location)
        return hits
    }

    /// The statement number of position `i`: sentences counted from the line's start, a sentence opening with
    /// "其中" continuing the one before.
    static func statement(_ s: Scalars, _ i: Int) -> Int {
        var count = 0
        var k = 0
        while k < i {
            if statementEnds.contains(s[k]) {
                let next = skipSpaces(s, k + 1)
                if next < i, !matches(s, continuation, at: next) { count += 1 }
            }
            k += 1
        }
        return count
    }

    /// A year opening a sentence as the time of its work ("2020 年，…", "2019年度,"): a four-digit number at the
    /// sentence's start followed by 年 or 年度 and a comma; nil otherwise ("2019年以来", "2020年政务公开工作要点").
    static func workYear(_ s: Scalars, number i: Int, end: Int, text: String) -> Decimal? {
        guard end - i == 4, let year = Int(text), (1990...2100).contains(year) else { return nil }
        var k = i
        while k > 0, s[k - 1] == " " { k -= 1 }
        guard k == 0 || sentenceEnds.contains(s[k - 1]) else { return nil }
        let afterNumber = skipSpaces(s, end)
        guard let word = yearWords.first(where: { matches(s, $0, at: afterNumber) }) else { return nil }
        let after = skipSpaces(s, afterNumber + word.count)
        guard after < s.count, s[after] == "," else { return nil }
        return Decimal(year)
    }

    /// The share printed right after a figure: "，占66.48%", "（占比4.6%）", "，占答复总数的 66%".
    static func share(_ s: Scalars, afterUnit: Int) -> QuotedFigure.Share? {
        var k = skipSpaces(s, afterUnit)
        if k < s.count, s[k] == "," || s[k] == "(" { k = skipSpaces(s, k + 1) }
        guard k < s.count, s[k] == shareWord else { return nil }
        k += 1
        let limit = min(s.count, k + 12)
        while k < limit, !isDigit(s[k]), !sentenceEnds.contains(s[k]), !isComma(s, k) { k += 1 }
        guard k < limit, isDigit(s[k]) else { return nil }
        let (end, text) = numberRun(s, from: k)
        let percentAt = skipSpaces(s, end)
        guard percentAt < s.count, s[percentAt] == "%", !text.contains(","), let percent = FigureText.decimal(Substring(text))
        else { return nil }
        let digits = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        return QuotedFigure.Share(percent: percent, digits: digits)
    }

    /// Outcomes stated in words ("行政复议2件，均获维持"): one zero figure per phrase and target in a sentence.
    static func outcomeHits(_ s: Scalars, location: TextLocation) -> [ProseHit] {
        var hits: [ProseHit] = []
        for o in compiledOutcomes {
            for phrase in o.phrases {
                // The phrase's first scalar is compared in line (calling `matches` at every position of the line,
                // for each of some thirty phrases, was half of the prose scan).
                guard let first = phrase.first else { continue }
                var p = 0
                while p + phrase.count <= s.count {
                    defer { p += 1 }
                    guard s[p] == first, matches(s, phrase, at: p) else { continue }
                    let sentence = sentenceStart(s, p)..<(p + phrase.count)
                    if !o.subjects.isEmpty, lastEnd(of: o.subjects, in: s, sentence) == nil { continue }
                    if lastEnd(of: o.unless, in: s, sentence) != nil { continue }
                    let statement = statement(s, p)
                    if hits.contains(where: { $0.target == o.phrase.target && $0.statement == statement }) { continue }
                    hits.append(
                        ProseHit(
                            target: o.phrase.target, value: 0, unit: nil, approximate: false, location: location,
                            statement: statement,
                            uncertainSubject: lastEnd(of: widerSubject, in: s, sentence) != nil))
                }
            }
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
    static func bestTarget(_ s: Scalars, number i: Int, unit: String, afterUnit: Int, after previous: Int) -> ProseTarget? {
        let clause = max(fineStart(s, i), min(previous, i))..<i
        let sentence = sentenceStart(s, i)..<i
        let afterStart = skipSpaces(s, afterUnit)
        var best: (score: Int, target: ProseTarget)?
        for p in compiled where p.units.contains(unit) {
            if lastEnd(of: p.excluding, in: s, clause) != nil { continue }
            if !p.notInSentence.isEmpty, lastEnd(of: p.notInSentence, in: s, sentence) != nil { continue }
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
                    hits.append(
                        ProseHit(
                            target: target, value: 0, unit: unit, approximate: false, location: location,
                            statement: statement(s, clauseStart)))
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
