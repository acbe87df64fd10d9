import DisclosureModel

extension AnnualReport {
    /// The description of one of this report's tables in its official format, for the tests' own walks over the
    /// cells (the library itself always takes the format from a `ReportFormats`).
    public func spec(_ table: TableID) -> TableSpec { (officialFormat ?? ReportFormat.current).spec(table) }
}
