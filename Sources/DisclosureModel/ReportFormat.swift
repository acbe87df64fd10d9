/// One edition of the official 《政府信息公开工作年度报告格式》, described whole: its three tables and every fact
/// the edition implies — the years it covers, whether and how the 信息处理费 are stated, the cover's fields, the key
/// figures, the cells each kind of quoted prose figure is checked against, and the flattened index of its cells.
///
/// Every entry point (validator, roll-up, readers, exporter, importer, template writer) takes its formats as a
/// `ReportFormats` value defaulting to `.official`, so a user-corrected or provincial form built here works end to
/// end; no code path branches on an edition.
///
/// ```swift
/// var tables = ReportFormat.y2021.tables
/// tables[1].blocks[0].rows.insert(RowSpec("provincialExtra", "（八）省级补充", groups: ["三、本年度办理结果"]), at: 25)
/// let provincial = try ReportFormat(basedOn: .y2021, edition: "2021-湖北", tables: tables)
/// let formats = ReportFormats.official.adding(provincial)
/// ```
public struct ReportFormat: Sendable {
    /// The edition this format describes (the report's `edition` names it).
    public let edition: Edition
    /// The format's official name (`《中华人民共和国政府信息公开工作年度报告格式》`).
    public let name: String
    /// The issuing notice as cited (`国办公开办函〔2021〕30号`).
    public let notice: String
    /// The first report year the format applies to.
    public let firstYear: Int
    /// The last report year it applies to; nil while in force.
    public let lastYear: Int?
    /// 表二, 表三, 表四, in that order.
    public let tables: [TableSpec]
    /// How the 信息处理费 are stated (section 六 in 元, 2021 on); nil when the format does not ask for them.
    public let fees: FeeStatement?
    /// The cover's fields, in drawing order.
    public let coverFields: [CoverField]
    /// The key figures a roll-up breaks down per unit and a comparison follows across years, in column order.
    public let keyFigures: [KeyFigure]
    /// The cells each kind of figure quoted in the prose is compared with (`收到申请` ↔ 表三 一 × 总计); a kind not
    /// listed is not compared.
    public let quotedFigureCells: [QuotedFigure.Kind: FigureCells]
    /// The three tables flattened once (cells numbered, identities expanded).
    public let index: FormIndex

    /// What is wrong with a format being built.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        /// Chinese, with the English gloss after ` — `.
        public var description: String
    }

    /// Creates a format; the tables must be 表二, 表三, 表四 in that order, each stating this edition, and every cell
    /// named by a key figure or a quoted-figure target must be on its table.
    public init(
        edition: Edition, name: String, notice: String, firstYear: Int, lastYear: Int?, tables: [TableSpec],
        fees: FeeStatement?, coverFields: [CoverField], keyFigures: [KeyFigure],
        quotedFigureCells: [QuotedFigure.Kind: FigureCells]
    ) throws(Problem) {
        guard tables.map(\.id) == TableID.allCases else {
            throw Problem(description: "格式须依次包含表二、表三、表四 — a format holds 表二, 表三 and 表四 in that order")
        }
        if let stray = tables.first(where: { $0.edition != edition }) {
            throw Problem(
                description: "\(stray.id)的说明属于\(stray.edition)，不是\(edition) — \(stray.id) describes edition \(stray.edition.rawValue), not \(edition.rawValue)")
        }
        let named = keyFigures.map(\.source) + quotedFigureCells.values
        for cells in named {
            let spec = tables[TableID.allCases.firstIndex(of: cells.table) ?? 0]
            if let missing = cells.cells.first(where: { !spec.contains($0) }) {
                throw Problem(
                    description: "\(spec.id.shortName)没有单元格 \(missing) — \(spec.id.shortName) has no cell \(missing)")
            }
        }
        self.edition = edition
        self.name = name
        self.notice = notice
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.tables = tables
        self.fees = fees
        self.coverFields = coverFields
        self.keyFigures = keyFigures
        self.quotedFigureCells = quotedFigureCells
        index = FormIndex(tables)
    }

    /// A format like `base` under another edition, with other tables (and anything else given); the cover, fees,
    /// key figures and quoted-figure cells are `base`'s unless given. The tables are re-labelled with `edition`.
    public init(
        basedOn base: ReportFormat, edition: Edition, name: String? = nil, notice: String? = nil,
        firstYear: Int? = nil, lastYear: Int?? = nil, tables: [TableSpec]? = nil, fees: FeeStatement?? = nil,
        coverFields: [CoverField]? = nil, keyFigures: [KeyFigure]? = nil,
        quotedFigureCells: [QuotedFigure.Kind: FigureCells]? = nil
    ) throws(Problem) {
        let relabelled = (tables ?? base.tables).map { spec -> TableSpec in
            var spec = spec
            spec.edition = edition
            return spec
        }
        try self.init(
            edition: edition, name: name ?? base.name, notice: notice ?? base.notice,
            firstYear: firstYear ?? base.firstYear, lastYear: lastYear ?? base.lastYear, tables: relabelled,
            fees: fees ?? base.fees, coverFields: coverFields ?? base.coverFields,
            keyFigures: keyFigures ?? base.keyFigures, quotedFigureCells: quotedFigureCells ?? base.quotedFigureCells)
    }

    /// The description of one table.
    public func spec(_ table: TableID) -> TableSpec { index.table(table).spec }

    /// True when the format applies to a report on `year`.
    public func covers(year: Int) -> Bool { year >= firstYear && lastYear.map { year <= $0 } ?? true }

    /// A key figure by its key.
    public func keyFigure(_ id: KeyFigure.ID) -> KeyFigure? { keyFigures.first { $0.id == id } }

    /// `2021年版（国办公开办函〔2021〕30号）`.
    public var citation: String { "\(edition)（\(notice)）" }
}

extension ReportFormat: Hashable {
    /// Formats are equal when every stated fact is (the index is derived from the tables).
    public static func == (a: ReportFormat, b: ReportFormat) -> Bool {
        a.edition == b.edition && a.name == b.name && a.notice == b.notice && a.firstYear == b.firstYear
            && a.lastYear == b.lastYear && a.tables == b.tables && a.fees == b.fees && a.coverFields == b.coverFields
            && a.keyFigures == b.keyFigures && a.quotedFigureCells == b.quotedFigureCells
    }

    /// Hashes the edition and tables.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(edition)
        hasher.combine(tables)
    }
}

extension ReportFormat: Codable {
    private enum CodingKeys: String, CodingKey {
        case edition, name, notice, firstYear, lastYear, tables, fees, coverFields, keyFigures, quotedFigureCells
    }

    /// Decodes a format saved as JSON (a user's corrected form) and checks it as `init` does.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                edition: c.decode(Edition.self, forKey: .edition), name: c.decode(String.self, forKey: .name),
                notice: c.decode(String.self, forKey: .notice), firstYear: c.decode(Int.self, forKey: .firstYear),
                lastYear: c.decodeIfPresent(Int.self, forKey: .lastYear),
                tables: c.decode([TableSpec].self, forKey: .tables),
                fees: c.decodeIfPresent(FeeStatement.self, forKey: .fees),
                coverFields: c.decode([CoverField].self, forKey: .coverFields),
                keyFigures: c.decode([KeyFigure].self, forKey: .keyFigures),
                quotedFigureCells: c.decode([QuotedFigure.Kind: FigureCells].self, forKey: .quotedFigureCells))
        } catch let problem as Problem {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: problem.description))
        }
    }

    /// Encodes every stated fact (not the derived index).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(edition, forKey: .edition)
        try c.encode(name, forKey: .name)
        try c.encode(notice, forKey: .notice)
        try c.encode(firstYear, forKey: .firstYear)
        try c.encodeIfPresent(lastYear, forKey: .lastYear)
        try c.encode(tables, forKey: .tables)
        try c.encodeIfPresent(fees, forKey: .fees)
        try c.encode(coverFields, forKey: .coverFields)
        try c.encode(keyFigures, forKey: .keyFigures)
        try c.encode(quotedFigureCells, forKey: .quotedFigureCells)
    }
}
