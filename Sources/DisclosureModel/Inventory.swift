/// The life-cycle status of a website or account in the inventory (全国政务新媒体信息报送系统 开设/变更/注销/关停 备案).
public enum InventoryStatus: String, Sendable, Codable, CaseIterable, Hashable {
    /// 开设 — open and running.
    case open = "开设"
    /// 关停 — shut down (may reopen).
    case suspended = "关停"
    /// 注销 — cancelled.
    case cancelled = "注销"
    /// 整合 — merged into another site or account.
    case merged = "整合"

    /// Reads the usual spellings (`正常`, `运行`, `在用` → 开设; `已关停` → 关停 …).
    public init?(chinese text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let exact = InventoryStatus(rawValue: t) { self = exact; return }
        switch t {
        case "正常", "运行", "正常运行", "在用", "运营", "开通", "open": self = .open
        case "已关停", "停用", "暂停", "suspended": self = .suspended
        case "已注销", "撤销", "cancelled": self = .cancelled
        case "已整合", "迁移", "合并", "merged": self = .merged
        default: return nil
        }
    }

    /// True when the site or account counts as running.
    public var isActive: Bool { self == .open }
}

/// The type of a government website (网站类型).
public enum WebsiteType: String, Sendable, Codable, CaseIterable, Hashable {
    /// 政府门户网站.
    case portal = "政府门户网站"
    /// 部门网站.
    case department = "部门网站"
    /// 专项网站.
    case special = "专项网站"

    /// Reads `门户`, `部门`, `专项` and the full names.
    public init?(chinese text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let exact = WebsiteType(rawValue: t) { self = exact; return }
        if t.contains("门户") { self = .portal } else if t.contains("部门") { self = .department } else if t.contains("专项") {
            self = .special
        } else { return nil }
    }
}

/// A government website in the inventory.
public struct Website: Hashable, Sendable, Codable {
    /// 网站名称.
    public var name: String
    /// 首页网址.
    public var url: String
    /// 政府网站标识码 (10 characters, e.g. `4103000001`).
    public var siteCode: String?
    /// ICP备案号.
    public var icpRecord: String?
    /// 公安机关备案号.
    public var publicSecurityRecord: String?
    /// 主办单位 — the `Organization.id` of the host unit (or its name).
    public var hostUnit: String
    /// 网站类型.
    public var type: WebsiteType
    /// Status.
    public var status: InventoryStatus

    /// Creates a website record.
    public init(
        name: String, url: String, siteCode: String? = nil, icpRecord: String? = nil,
        publicSecurityRecord: String? = nil, hostUnit: String, type: WebsiteType, status: InventoryStatus = .open
    ) {
        self.name = name
        self.url = url
        self.siteCode = siteCode
        self.icpRecord = icpRecord
        self.publicSecurityRecord = publicSecurityRecord
        self.hostUnit = hostUnit
        self.type = type
        self.status = status
    }
}

/// The counting category of a 政务新媒体 account (微博 / 微信 / 移动客户端 / 其他).
public enum NewMediaCategory: String, Sendable, Codable, CaseIterable, Hashable {
    /// 微信 (公众号).
    case weChat = "微信"
    /// 微博.
    case weibo = "微博"
    /// 移动客户端 (APP).
    case mobileApp = "移动客户端"
    /// 其他 — 抖音, 今日头条, 百家号, 快手 … (named in `NewMediaAccount.platform`).
    case other = "其他"

    /// The category a platform name belongs to: `微信公众号` → 微信, `APP`/`客户端` → 移动客户端, anything else → 其他.
    public init(platform: String) {
        let t = platform.trimmingCharacters(in: .whitespaces).lowercased()
        if t.hasPrefix("微信") || t == "wechat" {
            self = .weChat
        } else if t.hasPrefix("微博") || t == "weibo" {
            self = .weibo
        } else if t.contains("客户端") || t == "app" || t == "移动app" {
            self = .mobileApp
        } else {
            self = .other
        }
    }
}

/// A 政务新媒体 account in the inventory.
public struct NewMediaAccount: Hashable, Sendable, Codable {
    /// 账号名称.
    public var name: String
    /// Counting category.
    public var category: NewMediaCategory
    /// The platform's name (`微信`, `新浪微博`, `抖音`, `今日头条` …); for 其他 it says which.
    public var platform: String
    /// 账号 ID / 原始 ID, if kept.
    public var accountID: String?
    /// 主办单位 — the `Organization.id` of the host unit (or its name).
    public var hostUnit: String
    /// Status.
    public var status: InventoryStatus
    /// 最近更新日期, if kept.
    public var lastUpdated: CalendarDate?
    /// 开设日期, if kept.
    public var opened: CalendarDate?
    /// Whether the account offers a working interaction channel (互动功能), if known.
    public var hasInteraction: Bool?

    /// Creates an account record; `category` defaults to the one `platform` belongs to.
    public init(
        name: String, platform: String, category: NewMediaCategory? = nil, accountID: String? = nil,
        hostUnit: String, status: InventoryStatus = .open, lastUpdated: CalendarDate? = nil,
        opened: CalendarDate? = nil, hasInteraction: Bool? = nil
    ) {
        self.name = name
        self.platform = platform
        self.category = category ?? NewMediaCategory(platform: platform)
        self.accountID = accountID
        self.hostUnit = hostUnit
        self.status = status
        self.lastUpdated = lastUpdated
        self.opened = opened
        self.hasInteraction = hasInteraction
    }
}

import Foundation
