import DisclosureModel

extension ReportTextReader {
    /// Reads a report whose tables arrive as grids (a web page, a Word document): the title, year, body, sections,
    /// quoted figures and fees from `lines` (numbered by the source, e.g. the page's lines), the tables from
    /// `grids` through `GridRecognizer`, which also decides the edition unless `options.edition` is set.
    public func read(lines: [Line], grids: [ReportGrid], file: String? = nil) -> ReadResult {
        var proseOptions = options
        proseOptions.readsTables = false
        var result = ReportTextReader(options: proseOptions).read(lines: lines, file: file)
        let reading = GridRecognizer(file: file, formats: options.formats)
            .read(grids, fallback: options.edition ?? result.report.edition)
        var edition = options.edition ?? result.report.edition
        if options.edition == nil, reading.editionFromGrids {
            edition = reading.edition
            result.diagnostics.removeAll { $0.id == ReadingDiagnostics.editionByYear.id }
            let year = result.report.year
            if year > 0, let expected = options.formats.format(forReportYear: year)?.edition, expected != edition {
                result.diagnostics.append(
                    TextDiagnostic.editionMismatch(file: file, edition: edition, year: year, expected: expected))
            }
        }
        let tables =
            edition == reading.edition
            ? reading : GridRecognizer.read(grids, edition: edition, formats: options.formats, file: file)
        result.report.edition = edition
        for id in TableID.allCases { result.report[id] = tables.tables[id] ?? TableData(id) }
        result.diagnostics += tables.diagnostics
        return result
    }
}

extension GridRecognizer {
    /// Reads `grids` with one edition's forms only.
    static func read(_ grids: [ReportGrid], edition: Edition, formats: ReportFormats, file: String?) -> GridReading {
        GridRecognizer(file: file, formats: formats, editions: [edition]).read(grids, fallback: edition)
    }
}
