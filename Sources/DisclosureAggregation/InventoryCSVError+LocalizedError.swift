import Foundation

extension InventoryCSVError: LocalizedError {
    /// The same as `description`: the file and line, then Chinese and English.
    public var errorDescription: String? { description }
}
