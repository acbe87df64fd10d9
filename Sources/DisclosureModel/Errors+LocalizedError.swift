import Foundation

// `localizedDescription` of the model's errors is their own bilingual description.

extension JSONDocumentError: LocalizedError {
    /// The same as `description`.
    public var errorDescription: String? { description }
}

extension ReportFormat.Problem: LocalizedError {
    /// The same as `description`.
    public var errorDescription: String? { description }
}
