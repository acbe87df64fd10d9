internal import CXlsxWriter
import Foundation

/// A libxlsxwriter worksheet pointer and the C calls made on it. Callers have checked indices and text already.
struct SheetHandle {
    let pointer: UnsafeMutablePointer<lxw_worksheet>

    // MARK: Cells (hot path)

    @inline(__always)
    func writeString(_ row: Int, _ column: Int, _ text: UnsafePointer<CChar>, _ format: UnsafeMutablePointer<lxw_format>?) -> LibraryResult {
        LibraryResult(worksheet_write_string(pointer, lxw_row_t(truncatingIfNeeded: row), lxw_col_t(truncatingIfNeeded: column), text, format))
    }

    @inline(__always)
    func writeNumber(_ row: Int, _ column: Int, _ value: Double, _ format: UnsafeMutablePointer<lxw_format>?) -> LibraryResult {
        LibraryResult(worksheet_write_number(pointer, lxw_row_t(truncatingIfNeeded: row), lxw_col_t(truncatingIfNeeded: column), value, format))
    }

    func writeBoolean(_ row: Int, _ column: Int, _ value: Bool, _ format: UnsafeMutablePointer<lxw_format>?) -> LibraryResult {
        LibraryResult(worksheet_write_boolean(pointer, lxw_row_t(truncatingIfNeeded: row), lxw_col_t(truncatingIfNeeded: column), value ? 1 : 0, format))
    }

    func writeBlank(_ row: Int, _ column: Int, _ format: UnsafeMutablePointer<lxw_format>?) -> LibraryResult {
        LibraryResult(worksheet_write_blank(pointer, lxw_row_t(truncatingIfNeeded: row), lxw_col_t(truncatingIfNeeded: column), format))
    }

    func writeFormula(_ row: Int, _ column: Int, _ formula: String, number: Double, _ format: UnsafeMutablePointer<lxw_format>?) -> LibraryResult {
        LibraryResult(worksheet_write_formula_num(pointer, lxw_row_t(truncatingIfNeeded: row), lxw_col_t(truncatingIfNeeded: column), formula, format, number))
    }

    func writeFormula(_ row: Int, _ column: Int, _ formula: String, text: String, _ format: UnsafeMutablePointer<lxw_format>?) -> LibraryResult {
        LibraryResult(worksheet_write_formula_str(pointer, lxw_row_t(truncatingIfNeeded: row), lxw_col_t(truncatingIfNeeded: column), formula, format, text))
    }

    // MARK: Layout

    func merge(_ range: CellRange, text: String, _ format: UnsafeMutablePointer<lxw_format>?) -> LibraryResult {
        LibraryResult(worksheet_merge_range(pointer, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                                            lxw_row_t(range.last.row), lxw_col_t(range.last.column), text, format))
    }

    func setColumns(_ columns: ClosedRange<Int>, width: Double, _ format: UnsafeMutablePointer<lxw_format>?, hidden: Bool) -> LibraryResult {
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        return LibraryResult(worksheet_set_column_opt(pointer, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, format, &options))
    }

    func setRow(_ row: Int, height: Double, _ format: UnsafeMutablePointer<lxw_format>?, hidden: Bool) -> LibraryResult {
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        return LibraryResult(worksheet_set_row_opt(pointer, lxw_row_t(row), height, format, &options))
    }

    func freezePanes(rows: Int, columns: Int) {
        worksheet_freeze_panes(pointer, lxw_row_t(rows), lxw_col_t(columns))
    }

    func hide() { worksheet_hide(pointer) }

    func activate() { worksheet_activate(pointer) }

    // MARK: Print set-up

    func apply(_ setup: PageSetup) -> LibraryResult {
        worksheet_set_paper(pointer, UInt8(setup.paper.rawValue))
        switch setup.orientation {
        case .portrait: worksheet_set_portrait(pointer)
        case .landscape: worksheet_set_landscape(pointer)
        }
        if setup.fitsToPageWidth { worksheet_fit_to_pages(pointer, 1, 0) }
        if let margins = setup.margins {
            worksheet_set_margins(pointer, margins.left, margins.right, margins.top, margins.bottom)
        }
        if setup.centersHorizontally { worksheet_center_horizontally(pointer) }
        if setup.centersVertically { worksheet_center_vertically(pointer) }
        worksheet_gridlines(pointer, UInt8((setup.printsGridlines ? LXW_SHOW_ALL_GRIDLINES : LXW_SHOW_SCREEN_GRIDLINES).rawValue))
        if let rows = setup.repeatedRows {
            let result = LibraryResult(worksheet_repeat_rows(pointer, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)))
            if result.failed { return result }
        }
        if let header = setup.header {
            let result = LibraryResult(worksheet_set_header(pointer, header))
            if result.failed { return result }
        }
        if let footer = setup.footer {
            let result = LibraryResult(worksheet_set_footer(pointer, footer))
            if result.failed { return result }
        }
        return LibraryResult(LXW_NO_ERROR)
    }

    // MARK: Validation and protection

    func addValidation(_ validation: DataValidation, to range: CellRange) -> LibraryResult {
        var v = lxw_data_validation()
        var owned: [UnsafeMutablePointer<CChar>?] = []
        defer { owned.forEach { free($0) } }
        func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
            guard let text else { return nil }
            let c = strdup(text)
            owned.append(c)
            return c
        }
        var list: [UnsafeMutablePointer<CChar>?] = []
        switch validation.rule {
        case .wholeNumber(let criterion):
            v.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            // "Any integer": Excel needs bounds; ±10^15 covers every integer a double holds exactly in practice.
            Self.set(criterion, on: &v, any: (-1e15, 1e15))
        case .decimal(let criterion):
            v.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            Self.set(criterion, on: &v, any: (-1e300, 1e300))
        case .list(let items):
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            list = items.map { copy($0) } + [nil]
        case .listFromRange(let formula):
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            v.value_formula = copy(formula.hasPrefix("=") ? formula : "=" + formula)
        }
        v.ignore_blank = UInt8(validation.ignoresBlank ? LXW_VALIDATION_ON.rawValue : LXW_VALIDATION_OFF.rawValue)
        v.input_title = copy(validation.inputTitle)
        v.input_message = copy(validation.inputMessage)
        v.error_title = copy(validation.errorTitle)
        v.error_message = copy(validation.errorMessage)
        switch validation.errorStyle {
        case .stop: v.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        case .warning: v.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
        case .information: v.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_INFORMATION.rawValue)
        }
        let hasList = !list.isEmpty
        return list.withUnsafeMutableBufferPointer { buffer in
            if hasList { v.value_list = buffer.baseAddress }
            return LibraryResult(worksheet_data_validation_range(
                pointer, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                lxw_row_t(range.last.row), lxw_col_t(range.last.column), &v))
        }
    }

    private static func set(_ criterion: DataValidation.Criterion, on v: inout lxw_data_validation, any: (Double, Double)) {
        let criteria: lxw_validation_criteria
        let bounds: [Decimal]
        switch criterion {
        case .any:
            v.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            (v.minimum_number, v.maximum_number) = any
            return
        case .between(let a, let b): (criteria, bounds) = (LXW_VALIDATION_CRITERIA_BETWEEN, [a, b])
        case .notBetween(let a, let b): (criteria, bounds) = (LXW_VALIDATION_CRITERIA_NOT_BETWEEN, [a, b])
        case .equalTo(let a): (criteria, bounds) = (LXW_VALIDATION_CRITERIA_EQUAL_TO, [a])
        case .notEqualTo(let a): (criteria, bounds) = (LXW_VALIDATION_CRITERIA_NOT_EQUAL_TO, [a])
        case .greaterThan(let a): (criteria, bounds) = (LXW_VALIDATION_CRITERIA_GREATER_THAN, [a])
        case .lessThan(let a): (criteria, bounds) = (LXW_VALIDATION_CRITERIA_LESS_THAN, [a])
        case .atLeast(let a): (criteria, bounds) = (LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO, [a])
        case .atMost(let a): (criteria, bounds) = (LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO, [a])
        }
        v.criteria = UInt8(criteria.rawValue)
        let numbers = bounds.map { CellValue.storedDouble($0) ?? 0 }
        if numbers.count == 2 {
            (v.minimum_number, v.maximum_number) = (numbers[0], numbers[1])
        } else {
            v.value_number = numbers[0]
        }
    }

    func protect(password: String?, _ options: SheetProtection) {
        var p = lxw_protection()
        p.no_select_locked_cells = options.allowsSelectingLockedCells ? 0 : 1
        p.no_select_unlocked_cells = options.allowsSelectingUnlockedCells ? 0 : 1
        p.format_cells = options.allowsFormattingCells ? 1 : 0
        p.format_columns = options.allowsFormattingColumns ? 1 : 0
        p.format_rows = options.allowsFormattingRows ? 1 : 0
        p.insert_rows = options.allowsInsertingRows ? 1 : 0
        p.insert_columns = options.allowsInsertingColumns ? 1 : 0
        p.delete_rows = options.allowsDeletingRows ? 1 : 0
        p.delete_columns = options.allowsDeletingColumns ? 1 : 0
        p.sort = options.allowsSorting ? 1 : 0
        p.autofilter = options.allowsAutoFilter ? 1 : 0
        if let password {
            worksheet_protect(pointer, password, &p)
        } else {
            worksheet_protect(pointer, nil, &p)
        }
    }
}
