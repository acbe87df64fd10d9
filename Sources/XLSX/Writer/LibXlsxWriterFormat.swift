internal import CXlsxWriter

// Turning a `CellFormat` value into a libxlsxwriter format.

extension WorkbookStorage {
    static func apply(_ format: CellFormat, to pointer: UnsafeMutablePointer<lxw_format>) {
        if let name = format.fontName { format_set_font_name(pointer, name) }
        if let size = format.fontSize { format_set_font_size(pointer, size) }
        if format.isBold { format_set_bold(pointer) }
        if format.isItalic { format_set_italic(pointer) }
        if format.isUnderlined { format_set_underline(pointer, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let color = format.fontColor { format_set_font_color(pointer, cColor(color)) }
        if let alignment = format.horizontalAlignment { format_set_align(pointer, cAlignment(alignment)) }
        if let alignment = format.verticalAlignment { format_set_align(pointer, cAlignment(alignment)) }
        if format.wrapsText { format_set_text_wrap(pointer) }
        if format.shrinksToFit { format_set_shrink(pointer) }
        if format.indent > 0 { format_set_indent(pointer, UInt8(clamping: format.indent)) }
        let borders = format.borders
        if let style = borders.top { format_set_top(pointer, cBorder(style)) }
        if let style = borders.bottom { format_set_bottom(pointer, cBorder(style)) }
        if let style = borders.left { format_set_left(pointer, cBorder(style)) }
        if let style = borders.right { format_set_right(pointer, cBorder(style)) }
        if let color = borders.color { format_set_border_color(pointer, cColor(color)) }
        if let color = format.fillColor {
            format_set_pattern(pointer, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(pointer, cColor(color))
        }
        if let code = format.numberFormat { format_set_num_format(pointer, code) }
        if !format.isLocked { format_set_unlocked(pointer) }
        if format.hidesFormula { format_set_hidden(pointer) }
    }

    /// libxlsxwriter reads colour 0 as "unset", so black is its own constant.
    private static func cColor(_ color: CellFormat.Color) -> lxw_color_t {
        color.rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(color.rgb)
    }

    private static func cAlignment(_ alignment: CellFormat.HorizontalAlignment) -> UInt8 {
        let value: lxw_format_alignments
        switch alignment {
        case .left: value = LXW_ALIGN_LEFT
        case .center: value = LXW_ALIGN_CENTER
        case .right: value = LXW_ALIGN_RIGHT
        case .fill: value = LXW_ALIGN_FILL
        case .justify: value = LXW_ALIGN_JUSTIFY
        case .centerAcross: value = LXW_ALIGN_CENTER_ACROSS
        case .distributed: value = LXW_ALIGN_DISTRIBUTED
        }
        return UInt8(value.rawValue)
    }

    private static func cAlignment(_ alignment: CellFormat.VerticalAlignment) -> UInt8 {
        let value: lxw_format_alignments
        switch alignment {
        case .top: value = LXW_ALIGN_VERTICAL_TOP
        case .center: value = LXW_ALIGN_VERTICAL_CENTER
        case .bottom: value = LXW_ALIGN_VERTICAL_BOTTOM
        case .justify: value = LXW_ALIGN_VERTICAL_JUSTIFY
        case .distributed: value = LXW_ALIGN_VERTICAL_DISTRIBUTED
        }
        return UInt8(value.rawValue)
    }

    private static func cBorder(_ style: CellFormat.BorderStyle) -> UInt8 {
        let value: lxw_format_borders
        switch style {
        case .thin: value = LXW_BORDER_THIN
        case .medium: value = LXW_BORDER_MEDIUM
        case .thick: value = LXW_BORDER_THICK
        case .dashed: value = LXW_BORDER_DASHED
        case .dotted: value = LXW_BORDER_DOTTED
        case .double: value = LXW_BORDER_DOUBLE
        case .hair: value = LXW_BORDER_HAIR
        }
        return UInt8(value.rawValue)
    }
}
