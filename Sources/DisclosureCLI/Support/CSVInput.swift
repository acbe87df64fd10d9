import DisclosureAggregation
import Foundation

/// Reading the clerk's CSV files, each failure a located zh+en error.
enum CSVInput {
    /// Reads one CSV file with `read`; a failure names the file and `what` it was.
    static func load<T>(_ path: String, _ what: String, _ read: (URL) throws -> T) throws -> T {
        do {
            return try read(URL(fileURLWithPath: path))
        } catch {
            throw CLIError(CLIError.describe(error), "\(what) cannot be read", file: path)
        }
    }

    /// The organization tree in `organizations.csv` form (单位编码,单位名称,层级,上级单位编码).
    static func tree(_ path: String) throws -> OrganizationTree {
        OrganizationTree(try load(path, "the organization tree") { try InventoryCSV.organizations(contentsOf: $0) }.records)
    }
}
