internal import CXlsxWriter

// Charts: created in the workbook, configured, and inserted on a sheet in one step, so a chart is never left
// uninserted or inserted twice.

extension WorkbookStorage {
    /// Creates the chart and inserts it at `cell`; nil when libxlsxwriter returned NULL for the chart or a series.
    func insertChart(_ chart: Chart, on sheet: SheetHandle, at cell: CellReference) -> LibraryResult? {
        guard let book, let pointer = workbook_add_chart(book, UInt8(Self.cType(chart.kind).rawValue)) else { return nil }
        for series in chart.series {
            let categories = series.categories?.formula
            guard let s = series.values.formula.withCString({ values in
                if let categories {
                    return categories.withCString { chart_add_series(pointer, $0, values) }
                }
                return chart_add_series(pointer, nil, values)
            }) else { return nil }
            if let name = series.name { chart_series_set_name(s, name) }
        }
        if let title = chart.title { chart_title_set_name(pointer, title) }
        if chart.kind != .pie && chart.kind != .doughnut {
            if let title = chart.categoryAxisTitle { chart_axis_set_name(pointer.pointee.x_axis, title) }
            if let title = chart.valueAxisTitle { chart_axis_set_name(pointer.pointee.y_axis, title) }
        }
        chart_legend_set_position(pointer, UInt8(Self.cLegend(chart.legend).rawValue))
        var options = lxw_chart_options()
        options.x_scale = chart.scaleX
        options.y_scale = chart.scaleY
        return LibraryResult(worksheet_insert_chart_opt(sheet.pointer, lxw_row_t(cell.row), lxw_col_t(cell.column), pointer, &options))
    }

    private static func cType(_ kind: Chart.Kind) -> lxw_chart_type {
        switch kind {
        case .bar: LXW_CHART_BAR
        case .barStacked: LXW_CHART_BAR_STACKED
        case .column: LXW_CHART_COLUMN
        case .columnStacked: LXW_CHART_COLUMN_STACKED
        case .line: LXW_CHART_LINE
        case .pie: LXW_CHART_PIE
        case .doughnut: LXW_CHART_DOUGHNUT
        }
    }

    private static func cLegend(_ position: Chart.LegendPosition) -> lxw_chart_legend_position {
        switch position {
        case .none: LXW_CHART_LEGEND_NONE
        case .right: LXW_CHART_LEGEND_RIGHT
        case .left: LXW_CHART_LEGEND_LEFT
        case .top: LXW_CHART_LEGEND_TOP
        case .bottom: LXW_CHART_LEGEND_BOTTOM
        }
    }
}
