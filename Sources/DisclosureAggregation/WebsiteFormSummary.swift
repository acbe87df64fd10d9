import DisclosureModel
import Foundation

/// The 政府网站工作年度报表 summed across sites, driven by the spec's field kinds: count fields summed, measures
/// summarised (a sum of 平均办理时间 means nothing), yes/no fields counted, options tallied; text fields skipped.
public struct WebsiteFormSummary: Hashable, Sendable, Codable {
    /// 是 / 否 / blank tallies of a yes/no field.
    public struct YesNoCount: Hashable, Sendable, Codable {
        /// Forms answering 是.
        public var yes = 0
        /// Forms answering 否.
        public var no = 0
        /// Forms leaving it blank (or holding something else).
        public var blank = 0
    }

    /// Minimum, maximum and mean of a measure over the forms that filled it.
    public struct MeasureSummary: Hashable, Sendable, Codable {
        /// Forms that filled it.
        public var count = 0
        /// Their sum.
        public var sum: Decimal = 0
        /// The smallest value.
        public var minimum: Decimal?
        /// The largest value.
        public var maximum: Decimal?
        /// The mean (sum / count), nil when none filled it.
        public var mean: Decimal? { count == 0 ? nil : sum / Decimal(count) }
    }

    /// The spec the summary follows.
    public var spec: WebsiteFormSpec
    /// How many forms were summed.
    public var formCount = 0
    /// The year of the first form summed.
    public var year: Int?
    /// Count fields: the sum over the forms that filled them.
    public var sums: [WebsiteFormSpec.FieldKey: Decimal] = [:]
    /// Count and measure fields: how many forms left them blank (or not a number).
    public var blankCounts: [WebsiteFormSpec.FieldKey: Int] = [:]
    /// Measure fields.
    public var measures: [WebsiteFormSpec.FieldKey: MeasureSummary] = [:]
    /// Yes/no fields.
    public var yesNo: [WebsiteFormSpec.FieldKey: YesNoCount] = [:]
    /// Choice and multi-choice fields: how many forms chose each option.
    public var choices: [WebsiteFormSpec.FieldKey: [String: Int]] = [:]

    /// An empty summary for `spec`.
    public init(spec: WebsiteFormSpec = .standard) { self.spec = spec }

    /// The summary of `forms`.
    public init(_ forms: some Sequence<WebsiteAnnualForm>, spec: WebsiteFormSpec = .standard) {
        self.init(spec: spec)
        for f in forms { add(f) }
    }

    /// Adds one form.
    public mutating func add(_ form: WebsiteAnnualForm) {
        formCount += 1
        if year == nil { year = form.year }
        for field in spec.fields {
            let value = form[field.key]
            switch field.kind {
            case .count:
                if let d = value.number { sums[field.key, default: 0] += d } else { blankCounts[field.key, default: 0] += 1 }
            case .measure:
                guard let d = value.number else { blankCounts[field.key, default: 0] += 1; continue }
                var m = measures[field.key] ?? MeasureSummary()
                m.count += 1
                m.sum += d
                m.minimum = Swift.min(m.minimum ?? d, d)
                m.maximum = Swift.max(m.maximum ?? d, d)
                measures[field.key] = m
            case .yesNo:
                var t = yesNo[field.key] ?? YesNoCount()
                if case .yesNo(let b) = value { if b { t.yes += 1 } else { t.no += 1 } } else { t.blank += 1 }
                yesNo[field.key] = t
            case .choice, .multiChoice:
                let picked: [String]
                switch value {
                case .text(let s): picked = [s]
                case .choices(let list): picked = list
                default: picked = []
                }
                for option in picked { choices[field.key, default: [:]][option, default: 0] += 1 }
            case .text:
                continue
            }
        }
    }

    /// The summed counts as a form (count fields only, blank where no form filled them), for the same exporter that
    /// renders one site's form.
    public var totalsForm: WebsiteAnnualForm {
        var f = WebsiteAnnualForm(year: year ?? 0)
        for (key, sum) in sums { f[key] = .number(sum) }
        return f
    }
}
