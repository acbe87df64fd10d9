import DisclosureModel
import Foundation

extension KeyFigure {
    /// The figure in `report`: the sum of its cells that are filled; nil when all are blank.
    public func value(in report: AnnualReport) -> Decimal? { source.figure(in: report).decimal }

    /// The key figures of `to` that mean the same in `from` (the same cells of the same table), in `to`'s order: what
    /// a comparison across the two years may compare. (规范性文件 is 本年新公开 in the 2019 form and 本年制发 in the
    /// 2021 form, so it is compared only between years of one form.)
    public static func comparable(from a: ReportFormat, to b: ReportFormat) -> [KeyFigure] {
        b.keyFigures.filter { a.keyFigure($0.id)?.source == $0.source }
    }
}

extension ReportPair {
    /// This year's and last year's descriptions of `table`, from `formats`; nil when either edition is unknown.
    func specs(_ table: TableID, _ formats: ReportFormats) -> (current: TableSpec, previous: TableSpec)? {
        guard let now = formats[current.edition], let before = formats[previous.edition] else { return nil }
        return (now.spec(table), before.spec(table))
    }
}
