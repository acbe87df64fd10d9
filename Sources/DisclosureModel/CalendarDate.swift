/// A calendar date without time or zone (`2020-12-31`), as kept in inventories and forms.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Year.
    public var year: Int
    /// Month, 1–12.
    public var month: Int
    /// Day, 1–31.
    public var day: Int

    /// Creates a date; nil when the day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2020-12-31`, `2020/12/31`, `2020.12.31` or `2020年12月31日`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split { "-/.年月日 ".contains($0) }.map { Int($0) }
        guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2] else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences between dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// Chronological order.
    public static func < (a: Self, b: Self) -> Bool { a.dayNumber < b.dayNumber }

    /// `2020-12-31`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension CalendarDate: Codable {
    /// Decodes `"2020-12-31"`; any other text is a decoding error naming the expected form.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let d = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "日期应为 YYYY-MM-DD（\"\(text)\"） — expected a date YYYY-MM-DD")
        }
        self = d
    }

    /// Encodes `"2020-12-31"`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
