import DisclosureModel

extension WebsiteAnnualForm {
    /// A text field's value, if it holds text.
    func text(_ key: WebsiteFormSpec.FieldKey) -> String? {
        if case .text(let s) = self[key], !s.isEmpty { return s }
        return nil
    }

    /// `政府网站工作年度报表 2020 洛阳市人民政府（www.ly.gov.cn）` — how diagnostics name a form.
    func formName(_ spec: WebsiteFormSpec) -> String {
        var name = "\(spec.title) \(year)"
        if let site = text(.siteName) { name += " \(site)" }
        if let url = text(.homepageURL) { name += "（\(url)）" }
        return name
    }
}

extension WebsiteFormSpec {
    /// A field's label with the group or block that tells same-named fields apart (`办件量▸总数`); the key when the
    /// spec has no such field.
    func qualifiedLabel(_ key: FieldKey) -> String {
        guard let field = field(key) else { return key.rawValue }
        guard let outer = field.group ?? field.block, outer != field.label else { return field.label }
        return "\(outer)▸\(field.label)"
    }
}

extension ValidationContext {
    /// A location for a website form: the context's file, the form's host unit, the form and the field.
    func location(form: WebsiteAnnualForm, field: String) -> Diagnostic.Location {
        Diagnostic.Location(
            file: fileName, unit: unit ?? form.text(.hostUnit),
            detail: "\(form.formName(websiteFormSpec)) \(field)")
    }
}
