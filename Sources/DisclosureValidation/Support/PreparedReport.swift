import DisclosureModel
import Foundation

/// A report's table figures laid out in the form's cell order, whole numbers as `Int`, computed once per report.
///
/// Why: `Decimal` addition costs ~0.7 µs and a `CellAddress` dictionary lookup ~0.1 µs, so rules that each look up
/// and add cells cost ~300 µs per report. Reading every cell once into an array and summing `Int`s makes the rules
/// nearly free; the `Decimal` path remains for figures that are not whole or do not fit.
struct PreparedReport: Sendable {
    /// One cell's figure, with the fast case separated.
    enum Slot: Sendable, Equatable {
        /// Not filled.
        case blank
        /// A whole number that fits an `Int` (converted exactly).
        case whole(Int)
        /// Any other number, exactly as given.
        case other(Decimal)

        init(_ figure: Figure?) {
            guard case .number(let d)? = figure else {
                self = .blank
                return
            }
            if d.isZero {
                self = .whole(0)
                return
            }
            if d.exponent >= 0 {
                // int64Value is exact in range but wraps outside it; the round trip tells which.
                let i = Int(NSDecimalNumber(decimal: d).int64Value)
                if Decimal(i) == d {
                    self = .whole(i)
                    return
                }
            }
            self = .other(d)
        }

        /// True when both are numbers and equal (compared as `Int`s when both are whole).
        func sameNumber(as other: Slot) -> Bool {
            if case .whole(let a) = self, case .whole(let b) = other { return a == b }
            guard let a = decimal, let b = other.decimal else { return false }
            return a == b
        }

        /// True when the number is below zero.
        var isNegative: Bool {
            switch self {
            case .blank: false
            case .whole(let i): i < 0
            case .other(let d): d < 0
            }
        }

        /// The number, or nil when blank.
        var decimal: Decimal? {
            switch self {
            case .blank: nil
            case .whole(let i): Decimal(i)
            case .other(let d): d
            }
        }
    }

    /// One table's slots, by index into `FormIndex.Table.cells`.
    struct Table: Sendable {
        /// The figures in the form's reading order.
        let slots: [Slot]
        /// How many filled cells the data holds that are not on the form.
        let strayCount: Int

        init(_ data: TableData, _ form: FormIndex.Table) {
            var slots: [Slot] = []
            slots.reserveCapacity(form.cells.count)
            var onForm = 0
            for (address, _) in form.cells {
                let figure = data.cells[address]
                if figure != nil { onForm += 1 }
                slots.append(Slot(figure))
            }
            self.slots = slots
            strayCount =
                data.cells.count == onForm
                ? 0 : data.cells.filter { !$0.value.isBlank && form.index[$0.key] == nil }.count
        }

        /// Σ of the slots at `indices` (`.whole` while the sum fits an `Int`, else `.other`); nil when any is blank.
        func sum(_ indices: [Int]) -> Slot? {
            var total = 0
            var exact: Decimal?
            for i in indices {
                switch slots[i] {
                case .blank:
                    return nil
                case .whole(let v):
                    let (s, overflow) = total.addingReportingOverflow(v)
                    if overflow {
                        exact = (exact ?? 0) + Decimal(total) + Decimal(v)
                        total = 0
                    } else {
                        total = s
                    }
                case .other(let d):
                    exact = (exact ?? 0) + d
                }
            }
            return exact.map { .other($0 + Decimal(total)) } ?? .whole(total)
        }
    }

    /// The format of the report's edition.
    let format: ReportFormat
    /// Each table's form description with its slots, in report order.
    let tables: [(form: FormIndex.Table, data: Table)]

    init(_ report: AnnualReport, _ format: ReportFormat) {
        self.format = format
        tables = format.index.tables.map { ($0, Table(report[$0.spec.id], $0)) }
    }

    /// One table's slots.
    func table(_ id: TableID) -> Table { tables[TableID.allCases.firstIndex(of: id) ?? 0].data }
}

extension ValidationContext {
    /// The report's prepared figures: the ones `Validator` computed once for this run, else computed now; nil when
    /// the report's edition is not among `formats` (the `Validator` reports that as `FORM.unknownEdition`).
    func prepared(_ report: AnnualReport) -> PreparedReport? {
        if let preparedReport, preparedReport.format.edition == report.edition { return preparedReport }
        return formats[report.edition].map { PreparedReport(report, $0) }
    }
}
