import Foundation

/// The fast path of `ReportJSON.decode` for an `AnnualReport`: our own parser (`JSONParser`) and a hand-written
/// decoder per model type, about ten times faster than Foundation's `JSONDecoder` with the synthesised `Codable`
/// conformances (measured by json-bench), giving the same value and the same JSON paths in its errors
/// (`$.content.applications.rows.newReceived.total`). Keys it does not know are ignored, as `Codable` does; the
/// Foundation path stays for every other type and is what the tests compare against.
enum ReportJSONReader {
    /// Decodes the envelope and an `AnnualReport` inside it.
    static func annualReport(from data: Data, file: String?) throws(JSONDocumentError) -> AnnualReport {
        let root: JSONValue
        do {
            root = try JSONParser.parse(data)
        } catch {
            throw JSONDocumentError(file: file, path: "$", reason: .notJSON("\(error.message)（第 \(error.offset) 字节） — at byte \(error.offset)"))
        }
        guard case .object(let fields) = root else {
            throw JSONDocumentError(file: file, path: "$", reason: .notJSON("顶层不是对象 — the document is not an object"))
        }
        let envelope = Node(fields: fields, path: "$", file: file)
        guard let version = try envelope.optionalInt("schemaVersion") else {
            throw JSONDocumentError(file: file, path: "$.schemaVersion", reason: .missing("schemaVersion"))
        }
        guard version <= ReportJSON.schemaVersion else {
            throw JSONDocumentError(file: file, path: "$.schemaVersion", reason: .unsupportedVersion(version))
        }
        let expected = ReportJSON.kind(of: AnnualReport.self)
        if let kind = try envelope.optionalString("kind"), kind != expected {
            throw JSONDocumentError(file: file, path: "$.kind", reason: .wrongKind(found: kind, expected: expected))
        }
        _ = try envelope.string("kind")  // required by the envelope, as in the Foundation path
        return try report(envelope.object("content"))
    }

    // MARK: The model's types, field by field (the names are the synthesised Codable keys)

    static func report(_ n: Node) throws(JSONDocumentError) -> AnnualReport {
        let organizationNode = try n.object("organization")
        let organization = Organization(
            id: try organizationNode.string("id"), name: try organizationNode.string("name"),
            level: try organizationNode.rawValue("level", OrganizationLevel.self),
            parentID: try organizationNode.optionalString("parentID"))
        var sections: [SectionID: String] = [:]
        let sectionsNode = try n.object("sections")
        for (key, value) in sectionsNode.fields {
            guard let id = SectionID(rawValue: key) else {
                throw sectionsNode.error(key, .invalid("未知的章节 \(key) — unknown section"))
            }
            let text = try sectionsNode.string(key, value)
            if sections[id] == nil { sections[id] = text }  // a repeated key keeps its first value
        }
        var report = AnnualReport(
            organization: organization, year: try n.int("year"), edition: try n.rawValue("edition", Edition.self),
            title: try n.optionalString("title"), sections: sections)
        report.proactive = try table(n.object("proactive"))
        report.applications = try table(n.object("applications"))
        report.reviews = try table(n.object("reviews"))
        if let fees = try n.optionalObject("fees") {
            report.fees = ProcessingFees(
                noticesIssued: try fees.optionalInt("noticesIssued"),
                amountNotified: try fees.optionalObject("amountNotified").map(amount),
                amountCollected: try fees.optionalObject("amountCollected").map(amount))
        }
        report.quotedFigures = try n.array("quotedFigures").map(quotedFigure)
        return report
    }

    static func amount(_ n: Node) throws(JSONDocumentError) -> Amount {
        Amount(try n.decimal("value"), try n.rawValue("unit", MoneyUnit.self))
    }

    static func table(_ n: Node) throws(JSONDocumentError) -> TableData {
        let id = try n.rawValue("id", TableID.self)
        // The cells go into one dictionary sized once (growing it cell by cell was half of this function's time).
        var cells: [CellAddress: Figure] = [:]
        if let rows = try n.optionalObject("rows") {
            var count = 0
            for (_, value) in rows.fields { if case .object(let columns) = value { count += columns.count } }
            cells.reserveCapacity(count)
            // The hot loop matches the values directly; a `Node` (and its path string) is made only for an error.
            // A repeated key keeps its first value, as in Foundation: rows already seen are skipped, and a row's
            // columns are taken last to first so that the first one written wins (a first `null` clears).
            var seenRows: Set<String> = []
            for (row, value) in rows.fields where seenRows.insert(row).inserted {
                guard case .object(let columns) = value else { _ = try rows.object(row, value); continue }
                let rowKey = RowKey(row)
                for (column, cell) in columns.reversed() {
                    switch cell {
                    case .null: cells[CellAddress(rowKey, ColumnKey(column))] = nil
                    case .number(let number):
                        guard let d = number.decimal else { _ = try Node(fields: columns, path: "\(rows.path).\(row)", file: n.file).figure(column, cell); continue }
                        cells[CellAddress(rowKey, ColumnKey(column))] = .number(d)
                    default:
                        _ = try Node(fields: columns, path: "\(rows.path).\(row)", file: n.file).figure(column, cell)
                    }
                }
            }
        }
        var extraRows: [ExtraRow] = []
        if let extra = try n.optionalArray("extraRows") {
            extraRows = try extra.map { (row: Node) throws(JSONDocumentError) -> ExtraRow in
                var figures: [ColumnKey: Figure] = [:]
                let figuresNode = try row.object("figures")
                for (column, cell) in figuresNode.fields {
                    let figure = try figuresNode.figure(column, cell)
                    if figures[ColumnKey(column)] == nil { figures[ColumnKey(column)] = figure }  // first value wins
                }
                return ExtraRow(block: try row.optionalString("block"), label: try row.string("label"), figures: figures)
            }
        }
        return TableData(id, cells: cells, extraRows: extraRows)
    }

    static func quotedFigure(_ n: Node) throws(JSONDocumentError) -> QuotedFigure {
        var source: TextLocation?
        if let s = try n.optionalObject("source") {
            source = TextLocation(file: try s.optionalString("file"), line: try s.int("line"), excerpt: try s.string("excerpt"))
        }
        return QuotedFigure(
            QuotedFigure.Kind(rawValue: try n.string("kind")), try n.decimal("value"),
            unit: try n.optionalRawValue("unit", MoneyUnit.self), approximate: try n.bool("approximate"), source: source)
    }

    // MARK: Reading one object, with its JSON path

    /// A JSON object and where it is; the accessors throw `JSONDocumentError`s at `path.key`, with the reasons the
    /// Foundation path gives (missing key, wrong type, invalid value).
    struct Node {
        let fields: [(key: String, value: JSONValue)]
        let path: String
        let file: String?

        /// The value of `key`; the first one when a key repeats, as with Foundation's decoder (found by the
        /// report-json fuzz target's differential check).
        func value(_ key: String) -> JSONValue? {
            for field in fields where field.key == key { return field.value }
            return nil
        }

        func error(_ key: String, _ reason: JSONDocumentError.Reason) -> JSONDocumentError {
            JSONDocumentError(file: file, path: "\(path).\(key)", reason: reason)
        }

        func required(_ key: String) throws(JSONDocumentError) -> JSONValue {
            guard let v = value(key) else { throw JSONDocumentError(file: file, path: "\(path).\(key)", reason: .missing(key)) }
            return v
        }

        func string(_ key: String) throws(JSONDocumentError) -> String { try string(key, try required(key)) }
        func string(_ key: String, _ v: JSONValue) throws(JSONDocumentError) -> String {
            guard case .string(let s) = v else { throw error(key, .wrongType(expected: "String")) }
            return s
        }
        func optionalString(_ key: String) throws(JSONDocumentError) -> String? {
            guard let v = value(key), !v.isNull else { return nil }
            return try string(key, v)
        }

        func int(_ key: String) throws(JSONDocumentError) -> Int { try int(key, try required(key)) }
        func int(_ key: String, _ v: JSONValue) throws(JSONDocumentError) -> Int {
            guard case .number(let n) = v else { throw error(key, .wrongType(expected: "Int")) }
            guard let i = n.int else { throw error(key, .invalid("数字不是整数或超出范围 — the number does not fit in Int")) }
            return i
        }
        func optionalInt(_ key: String) throws(JSONDocumentError) -> Int? {
            guard let v = value(key), !v.isNull else { return nil }
            return try int(key, v)
        }

        func bool(_ key: String) throws(JSONDocumentError) -> Bool {
            guard case .bool(let b) = try required(key) else { throw error(key, .wrongType(expected: "Bool")) }
            return b
        }

        func decimal(_ key: String) throws(JSONDocumentError) -> Decimal { try decimal(key, try required(key)) }
        func decimal(_ key: String, _ v: JSONValue) throws(JSONDocumentError) -> Decimal {
            guard case .number(let n) = v else { throw error(key, .wrongType(expected: "Decimal")) }
            guard let d = n.decimal else { throw error(key, .invalid("数字超出范围 — the number is out of range")) }
            return d
        }

        /// A table cell: a number, or `null` for blank.
        func figure(_ key: String, _ v: JSONValue) throws(JSONDocumentError) -> Figure {
            if v.isNull { return .blank }
            return .number(try decimal(key, v))
        }

        func rawValue<T: RawRepresentable>(_ key: String, _ type: T.Type) throws(JSONDocumentError) -> T where T.RawValue == String {
            let text = try string(key)
            guard let value = T(rawValue: text) else {
                throw error(key, .invalid("Cannot initialize \(T.self) from invalid String value \(text)"))
            }
            return value
        }
        func optionalRawValue<T: RawRepresentable>(_ key: String, _ type: T.Type) throws(JSONDocumentError) -> T? where T.RawValue == String {
            guard let v = value(key), !v.isNull else { return nil }
            return try rawValue(key, type)
        }

        func object(_ key: String) throws(JSONDocumentError) -> Node { try object(key, try required(key)) }
        func object(_ key: String, _ v: JSONValue) throws(JSONDocumentError) -> Node {
            guard case .object(let f) = v else { throw error(key, .wrongType(expected: "Dictionary<String, Any>")) }
            return Node(fields: f, path: "\(path).\(key)", file: file)
        }
        func optionalObject(_ key: String) throws(JSONDocumentError) -> Node? {
            guard let v = value(key), !v.isNull else { return nil }
            return try object(key, v)
        }

        /// The objects of the array at `key`, each with its `[i]` path.
        func array(_ key: String) throws(JSONDocumentError) -> [Node] { try array(key, try required(key)) }
        func array(_ key: String, _ v: JSONValue) throws(JSONDocumentError) -> [Node] {
            guard case .array(let items) = v else { throw error(key, .wrongType(expected: "Array<Any>")) }
            var nodes: [Node] = []
            nodes.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                guard case .object(let f) = item else {
                    throw JSONDocumentError(file: file, path: "\(path).\(key)[\(i)]", reason: .wrongType(expected: "Dictionary<String, Any>"))
                }
                nodes.append(Node(fields: f, path: "\(path).\(key)[\(i)]", file: file))
            }
            return nodes
        }
        func optionalArray(_ key: String) throws(JSONDocumentError) -> [Node]? {
            guard let v = value(key), !v.isNull else { return nil }
            return try array(key, v)
        }
    }
}

extension JSONValue {
    var isNull: Bool { if case .null = self { true } else { false } }
}
