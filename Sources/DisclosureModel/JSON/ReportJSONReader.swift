import Foundation

/// The fast path of `ReportJSON.decode` for an `AnnualReport`: our own parser (`JSONTape`) and a hand-written
/// decoder per model type, more than ten times faster than Foundation's `JSONDecoder` with the synthesised `Codable`
/// conformances (measured by json-bench), giving the same value and the same JSON paths in its errors
/// (`$.content.applications.rows.newReceived.total`). Keys it does not know are ignored, as `Codable` does; the
/// Foundation path stays for every other type and is what the tests compare against.
enum ReportJSONReader {
    /// The envelope's `kind` of an `AnnualReport`, made once (`String(describing:)` of a type costs more than
    /// reading a table).
    static let annualReportKind = ReportJSON.kind(of: AnnualReport.self)

    /// Decodes the envelope and an `AnnualReport` inside it.
    static func annualReport(from data: Data, file: String?) throws(JSONDocumentError) -> AnnualReport {
        do {
            return try JSONTape.withDocument(data) { (doc) throws(JSONDocumentError) -> AnnualReport in
                guard doc.kind(0) == .object else {
                    throw JSONDocumentError(file: file, path: "$", reason: .notJSON("顶层不是对象 — the document is not an object"))
                }
                let envelope = Node(doc: doc, index: 0, file: file)
                guard let version = try envelope.optionalInt("schemaVersion") else {
                    throw JSONDocumentError(file: file, path: "$.schemaVersion", reason: .missing("schemaVersion"))
                }
                guard version <= ReportJSON.schemaVersion else {
                    throw JSONDocumentError(file: file, path: "$.schemaVersion", reason: .unsupportedVersion(version))
                }
                let expected = annualReportKind
                if let kind = try envelope.optionalString("kind"), kind != expected {
                    throw JSONDocumentError(file: file, path: "$.kind", reason: .wrongKind(found: kind, expected: expected))
                }
                _ = try envelope.string("kind")  // required by the envelope, as in the Foundation path
                return try report(envelope.object("content"))
            }
        } catch {
            switch error {
            case .decode(let error): throw error
            case .parse(let failure): throw notJSON(failure, file: file)
            }
        }
    }

    /// The envelope's `kind`, read as Foundation's decoder reads the header `{schemaVersion: Int?, kind: String?}`:
    /// `.some(nil)` when the document is JSON but not one of ours (no `schemaVersion`, or a field of the wrong type),
    /// nil when the bytes are not JSON to this parser (the caller then asks Foundation).
    static func documentKind(of data: Data) -> String?? {
        do {
            return try JSONTape.withDocument(data) { (doc) throws(JSONDocumentError) -> String? in
                guard doc.kind(0) == .object else { return nil }
                guard let version = doc.value("schemaVersion", in: 0), doc.kind(version) != .null else { return nil }
                // Foundation's Int accepts any number equal to an integer that fits (1, 1.0, 1e0).
                guard doc.kind(version) == .number, let d = doc.decimal(version), d.isWholeNumber,
                    d >= Decimal(Int.min), d <= Decimal(Int.max)
                else { return nil }
                guard let kind = doc.value("kind", in: 0), doc.kind(kind) != .null else { return nil }
                guard doc.kind(kind) == .string else { return nil }
                return doc.string(kind)
            }
        } catch {
            return nil
        }
    }

    static func notJSON(_ failure: JSONTape.Failure, file: String?) -> JSONDocumentError {
        JSONDocumentError(file: file, path: "$", reason: .notJSON("\(failure.message)（第 \(failure.offset) 字节） — at byte \(failure.offset)"))
    }

    // MARK: The model's types, field by field (the names are the synthesised Codable keys)

    static func report(_ n: Node) throws(JSONDocumentError) -> AnnualReport {
        let doc = n.doc
        let organizationNode = try n.object("organization")
        let organization = Organization(
            id: try organizationNode.string("id"), name: try organizationNode.string("name"),
            level: try organizationNode.rawValue("level", OrganizationLevel.self),
            parentID: try organizationNode.optionalString("parentID"))
        var sections: [SectionID: String] = [:]
        let sectionsNode = try n.object("sections")
        for (keyIndex, value) in sectionsNode.fields {
            let key = doc.string(keyIndex)
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
        let doc = n.doc
        let id = try n.rawValue("id", TableID.self)
        var cells: [CellAddress: Figure] = [:]
        if let rows = try n.optionalObject("rows") {
            // The cells go into one dictionary sized once (growing it cell by cell was half of this function's time).
            var count = 0
            for (_, value) in rows.fields where doc.kind(value) == .object { count += (doc.end(value) - value) / 2 }
            cells.reserveCapacity(count)
            // A repeated key keeps its first value, as in Foundation (`FirstKeys`). Column keys repeat in every row:
            // each is made a `ColumnKey` once per table (`KeyCache`).
            var firstRows = FirstKeys(doc: doc, object: rows.index)
            var columnKeys = KeyCache()
            for (rowIndex, value) in rows.fields where firstRows.isFirst(rowIndex) {
                // The official forms' row keys are found by their bytes, not made again for every report.
                let rowKey = doc.rawBytes(rowIndex).flatMap(OfficialKeys.rows.key) ?? RowKey(doc.string(rowIndex))
                let row = rowKey.rawValue
                guard doc.kind(value) == .object else { throw rows.error(row, .wrongType(expected: "Dictionary<String, Any>")) }
                var firstColumns = FirstKeys(doc: doc, object: value)
                var i = value + 1
                let end = doc.end(value)
                var keysSoFar = 0
                while i < end {
                    let column = i
                    let cell = i + 1
                    i = doc.end(cell)
                    let position = keysSoFar
                    keysSoFar += 1
                    guard firstColumns.isFirst(column) else { continue }
                    switch doc.kind(cell) {
                    case .null:
                        continue  // blank: absent from the cells
                    case .number:
                        guard let d = doc.decimal(cell) else {
                            throw rows.child(value).error(doc.string(column), .invalid("数字超出范围 — the number is out of range"))
                        }
                        cells[CellAddress(rowKey, columnKeys.key(doc, column, position: position))] = .number(d)
                    default:
                        throw rows.child(value).error(doc.string(column), .wrongType(expected: "Decimal"))
                    }
                }
            }
        }
        var extraRows: [ExtraRow] = []
        if let extra = try n.optionalArray("extraRows") {
            extraRows = try extra.map { (row: Node) throws(JSONDocumentError) -> ExtraRow in
                var figures: [ColumnKey: Figure] = [:]
                let figuresNode = try row.object("figures")
                for (keyIndex, cell) in figuresNode.fields {
                    let column = doc.string(keyIndex)
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

    /// A JSON object on the tape; the accessors throw `JSONDocumentError`s at `path.key`, with the reasons the
    /// Foundation path gives (missing key, wrong type, invalid value). A value's key is looked up among the object's
    /// keys by its bytes; the first one wins when a key repeats, as with Foundation's decoder (found by the report-json
    /// fuzz target's differential check).
    ///
    /// The object's JSON path is worked out from the tape only when an error needs it (`JSONTape.Document.path(to:)`):
    /// building it for every object read was a tenth of the decoding time.
    struct Node {
        let doc: JSONTape.Document
        /// The object's token.
        let index: Int
        let file: String?

        /// The object's fields: each key's and value's token.
        var fields: JSONTape.Fields { JSONTape.Fields(doc: doc, object: index) }

        /// The object's JSON path (`$.content.applications`).
        var path: String { doc.path(to: index) }

        func error(_ key: String, _ reason: JSONDocumentError.Reason) -> JSONDocumentError {
            JSONDocumentError(file: file, path: "\(path).\(key)", reason: reason)
        }
        func error(_ key: StaticString, _ reason: JSONDocumentError.Reason) -> JSONDocumentError {
            error(Node.text(key), reason)
        }

        /// A key's text (`StaticString.description` goes through `String(describing:)`, slower than the lookup).
        static func text(_ key: StaticString) -> String {
            String(decoding: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount), as: UTF8.self)
        }

        /// The object at token `v`, a value of this one.
        func child(_ v: Int) -> Node { Node(doc: doc, index: v, file: file) }

        /// The value's token, when present and not `null`.
        func present(_ key: StaticString) -> Int? {
            guard let v = doc.value(key, in: index), doc.kind(v) != .null else { return nil }
            return v
        }

        func required(_ key: StaticString) throws(JSONDocumentError) -> Int {
            guard let v = doc.value(key, in: index) else { throw error(key, .missing(Node.text(key))) }
            return v
        }

        // Each accessor below names its key by a `StaticString` (a field of the model) or, in the overloads taking
        // the value's token, by an autoclosure: the key's text is made only for an error.

        func string(_ key: StaticString) throws(JSONDocumentError) -> String { try string(Node.text(key), try required(key)) }
        func string(_ key: @autoclosure () -> String, _ v: Int) throws(JSONDocumentError) -> String {
            guard doc.kind(v) == .string else { throw error(key(), .wrongType(expected: "String")) }
            return doc.string(v)
        }
        func optionalString(_ key: StaticString) throws(JSONDocumentError) -> String? {
            guard let v = present(key) else { return nil }
            return try string(Node.text(key), v)
        }

        func int(_ key: StaticString) throws(JSONDocumentError) -> Int { try int(key, try required(key)) }
        func int(_ key: StaticString, _ v: Int) throws(JSONDocumentError) -> Int {
            guard doc.kind(v) == .number else { throw error(key, .wrongType(expected: "Int")) }
            guard let i = doc.int(v) else { throw error(key, .invalid("数字不是整数或超出范围 — the number does not fit in Int")) }
            return i
        }
        func optionalInt(_ key: StaticString) throws(JSONDocumentError) -> Int? {
            guard let v = present(key) else { return nil }
            return try int(key, v)
        }

        func bool(_ key: StaticString) throws(JSONDocumentError) -> Bool {
            let v = try required(key)
            guard doc.kind(v) == .bool else { throw error(key, .wrongType(expected: "Bool")) }
            return doc.bool(v)
        }

        func decimal(_ key: StaticString) throws(JSONDocumentError) -> Decimal { try decimal(Node.text(key), try required(key)) }
        func decimal(_ key: @autoclosure () -> String, _ v: Int) throws(JSONDocumentError) -> Decimal {
            guard doc.kind(v) == .number else { throw error(key(), .wrongType(expected: "Decimal")) }
            guard let d = doc.decimal(v) else { throw error(key(), .invalid("数字超出范围 — the number is out of range")) }
            return d
        }

        /// A table cell: a number, or `null` for blank.
        func figure(_ key: @autoclosure () -> String, _ v: Int) throws(JSONDocumentError) -> Figure {
            if doc.kind(v) == .null { return .blank }
            return .number(try decimal(key(), v))
        }

        func rawValue<T: RawRepresentable>(_ key: StaticString, _ type: T.Type) throws(JSONDocumentError) -> T where T.RawValue == String {
            let text = try string(key)
            guard let value = T(rawValue: text) else {
                throw error(key, .invalid("Cannot initialize \(T.self) from invalid String value \(text)"))
            }
            return value
        }
        func optionalRawValue<T: RawRepresentable>(_ key: StaticString, _ type: T.Type) throws(JSONDocumentError) -> T? where T.RawValue == String {
            guard present(key) != nil else { return nil }
            return try rawValue(key, type)
        }

        func object(_ key: StaticString) throws(JSONDocumentError) -> Node { try object(key, try required(key)) }
        func object(_ key: StaticString, _ v: Int) throws(JSONDocumentError) -> Node {
            guard doc.kind(v) == .object else { throw error(key, .wrongType(expected: "Dictionary<String, Any>")) }
            return child(v)
        }
        func optionalObject(_ key: StaticString) throws(JSONDocumentError) -> Node? {
            guard let v = present(key) else { return nil }
            return try object(key, v)
        }

        /// The objects of the array at `key`.
        func array(_ key: StaticString) throws(JSONDocumentError) -> [Node] { try array(key, try required(key)) }
        func array(_ key: StaticString, _ v: Int) throws(JSONDocumentError) -> [Node] {
            guard doc.kind(v) == .array else { throw error(key, .wrongType(expected: "Array<Any>")) }
            var nodes: [Node] = []
            var i = v + 1
            let end = doc.end(v)
            while i < end {
                guard doc.kind(i) == .object else {
                    throw JSONDocumentError(file: file, path: doc.path(to: i), reason: .wrongType(expected: "Dictionary<String, Any>"))
                }
                nodes.append(child(i))
                i = doc.end(i)
            }
            return nodes
        }
        func optionalArray(_ key: StaticString) throws(JSONDocumentError) -> [Node]? {
            guard let v = present(key) else { return nil }
            return try array(key, v)
        }
    }
}

extension JSONTape.Document {
    /// The JSON path of the value at token `target` (`$.content.rows.granted`, `$.content.quotedFigures[2]`), found by
    /// walking down from the root through the containers that hold it (each container's `end` says which child does).
    func path(to target: Int) -> String {
        var path = "$"
        var i = 0
        while i != target, i < tokens.count {
            switch kind(i) {
            case .object:
                var key = i + 1
                while key < end(i), !(key + 1..<end(key + 1)).contains(target) { key = end(key + 1) }
                guard key < end(i) else { return path }
                path += ".\(string(key))"
                i = key + 1
            case .array:
                var element = i + 1, n = 0
                while element < end(i), !(element..<end(element)).contains(target) { element = end(element); n += 1 }
                guard element < end(i) else { return path }
                path += "[\(n)]"
                i = element
            default:
                return path
            }
        }
        return path
    }
}

extension JSONTape {
    /// An object's fields in order: the token of each key and of its value.
    struct Fields: Sequence, IteratorProtocol {
        let doc: Document
        private var i: Int
        private let end: Int

        init(doc: Document, object: Int) {
            self.doc = doc
            i = object + 1
            end = doc.end(object)
        }

        mutating func next() -> (key: Int, value: Int)? {
            guard i < end else { return nil }
            let field = (key: i, value: i + 1)
            i = doc.end(i + 1)
            return field
        }
    }
}

extension ReportJSONReader {
    /// Which of an object's keys are first occurrences (a repeated key keeps its first value, as in Foundation).
    /// While the keys come in strictly increasing byte order, as `ReportJSON.encode` writes them, none can repeat and
    /// nothing is remembered; from the first key out of order on, the keys seen are kept in a set.
    struct FirstKeys {
        let doc: JSONTape.Document
        let object: Int
        private var previous: UnsafeBufferPointer<UInt8>?
        private var seen: Set<String>?

        init(doc: JSONTape.Document, object: Int) {
            self.doc = doc
            self.object = object
        }

        /// True when the key at token `key` (the next key of the object) has not appeared before in it.
        mutating func isFirst(_ key: Int) -> Bool {
            if seen == nil {
                if let raw = doc.rawBytes(key), previous.map({ JSONTape.precedes($0, raw) }) ?? true {
                    previous = raw
                    return true
                }
                // Out of order: the keys before this one were all different (strictly increasing).
                var keys: Set<String> = []
                var i = object + 1
                while i < key {
                    keys.insert(doc.string(i))
                    i = doc.end(i + 1)
                }
                seen = keys
            }
            return seen?.insert(doc.string(key)).inserted ?? true
        }
    }

    /// Column keys made once per table: the same few keys label every row's cells, mostly in the same order. The key
    /// at each position of the previous row is tried first (one comparison of bytes), then the keys seen so far.
    struct KeyCache {
        private var entries: [(prefix: UInt64, bytes: UnsafeBufferPointer<UInt8>, key: ColumnKey)] = []
        /// The key read at each position of a row (the last row that had one there).
        private var byPosition: [(bytes: UnsafeBufferPointer<UInt8>, key: ColumnKey)] = []
        /// More distinct keys than a table has columns are made each time (a hostile file gains nothing).
        private static let capacity = 32

        /// The column key of the string at token `i`, the `position`-th key of its row.
        mutating func key(_ doc: JSONTape.Document, _ i: Int, position: Int) -> ColumnKey {
            guard let raw = doc.rawBytes(i) else { return ColumnKey(doc.string(i)) }
            if position < byPosition.count, JSONTape.equal(byPosition[position].bytes, raw) { return byPosition[position].key }
            let key = lookUp(raw, doc, i)
            if position < byPosition.count {
                byPosition[position] = (raw, key)
            } else if position == byPosition.count, position < Self.capacity {
                if byPosition.isEmpty { byPosition.reserveCapacity(Self.capacity) }
                byPosition.append((raw, key))
            }
            return key
        }

        private mutating func lookUp(_ raw: UnsafeBufferPointer<UInt8>, _ doc: JSONTape.Document, _ i: Int) -> ColumnKey {
            let prefix = Self.prefix(raw)
            for entry in entries where entry.prefix == prefix && JSONTape.equal(entry.bytes, raw) { return entry.key }
            let key = OfficialKeys.columns.key(raw) ?? ColumnKey(doc.string(i))
            if entries.count < Self.capacity {
                if entries.isEmpty { entries.reserveCapacity(Self.capacity) }
                entries.append((prefix, raw, key))
            }
            return key
        }

        /// The length and first seven bytes in one word: most keys differ there, so few need comparing in full.
        private static func prefix(_ raw: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var word = UInt64(truncatingIfNeeded: raw.count)
            for k in 0..<Swift.min(7, raw.count) { word |= UInt64(raw[k]) << (8 * (k + 1)) }
            return word
        }
    }
}

/// The row and column keys of the official forms, made once and found by their bytes: every report's JSON names the
/// same few dozen keys, so reading one makes and hashes no `String` per row, and its keys share their text with the
/// forms' (comparing them when the cells are looked up is then a pointer comparison).
enum OfficialKeys {
    /// Every row key of the official formats' tables.
    static let rows = KnownKeys(ReportFormats.official.all.flatMap { $0.index.tables.flatMap { $0.rows.map { $0.key } } })
    /// Every column key of the official formats' tables.
    static let columns = KnownKeys(ReportFormats.official.all.flatMap { $0.index.tables.flatMap { $0.cells.map { $0.address.column } } })
}

/// A fixed set of keys, found by their UTF-8 bytes: 256 slots by an FNV-1a hash of the bytes, the keys of each slot
/// side by side in flat arrays (no array per slot or per key to retain while looking).
struct KnownKeys<Key: StringKey>: Sendable {
    /// Slot `s` holds the entries `slotStart[s]..<slotStart[s + 1]`.
    private let slotStart: [Int]
    private let keys: [Key]
    /// Each entry's bytes, as the range `offsets[e]..<offsets[e] + lengths[e]` of `bytes`.
    private let offsets: [Int]
    private let lengths: [Int]
    private let bytes: [UInt8]

    init(_ given: [Key]) {
        var seen: Set<Key> = []
        var bySlot = [[Key]](repeating: [], count: 256)
        for key in given where seen.insert(key).inserted {
            bySlot[Array(key.rawValue.utf8).withUnsafeBufferPointer(Self.slot)].append(key)
        }
        var slotStart: [Int] = [0]
        var keys: [Key] = [], offsets: [Int] = [], lengths: [Int] = [], bytes: [UInt8] = []
        for slot in bySlot {
            for key in slot {
                keys.append(key)
                offsets.append(bytes.count)
                lengths.append(key.rawValue.utf8.count)
                bytes += key.rawValue.utf8
            }
            slotStart.append(keys.count)
        }
        (self.slotStart, self.keys, self.offsets, self.lengths, self.bytes) = (slotStart, keys, offsets, lengths, bytes)
    }

    /// The key spelled by `raw`, when it is one of the set.
    func key(_ raw: UnsafeBufferPointer<UInt8>) -> Key? {
        let slot = Self.slot(raw)
        return bytes.withUnsafeBufferPointer { all -> Key? in
            for e in slotStart[slot]..<slotStart[slot + 1] where lengths[e] == raw.count {
                if JSONTape.equal(UnsafeBufferPointer(rebasing: all[offsets[e]..<(offsets[e] + lengths[e])]), raw) {
                    return keys[e]
                }
            }
            return nil
        }
    }

    private static func slot(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt32 = 2_166_136_261
        for b in raw { h = (h ^ UInt32(b)) &* 16_777_619 }
        return Int(h & 255)
    }
}

extension JSONTape {
    /// True when `a` sorts strictly before `b`, byte by byte.
    static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = Swift.min(a.count, b.count)
        if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let c = memcmp(pa, pb, n)
            if c != 0 { return c < 0 }
        }
        return a.count < b.count
    }

    /// True when `a` and `b` hold the same bytes.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard a.count > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return true }
        return memcmp(pa, pb, a.count) == 0
    }
}
