/// The workbook's document properties (File ▸ Properties): title, author, company, ….
///
/// nil members are left out of the file.
public struct DocumentProperties: Hashable, Sendable, Codable {
    /// Title (标题).
    public var title: String?
    /// Subject (主题).
    public var subject: String?
    /// Author (作者).
    public var author: String?
    /// Manager (主管).
    public var manager: String?
    /// Company (单位).
    public var company: String?
    /// Category (类别).
    public var category: String?
    /// Keywords (关键词).
    public var keywords: String?
    /// Comments (备注).
    public var comments: String?
    /// Status (状态).
    public var status: String?

    /// Creates document properties.
    public init(title: String? = nil, subject: String? = nil, author: String? = nil, manager: String? = nil,
                company: String? = nil, category: String? = nil, keywords: String? = nil,
                comments: String? = nil, status: String? = nil) {
        self.title = title
        self.subject = subject
        self.author = author
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.status = status
    }
}
