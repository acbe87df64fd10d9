import Foundation

// `localizedDescription` of the XLSX layer's errors is their own bilingual description, not Foundation's
// "The operation could not be completed".

extension XLSXWriterError: LocalizedError {
    /// The same as `description`.
    public var errorDescription: String? { description }
}

extension XLSXReadError: LocalizedError {
    /// The same as `description`.
    public var errorDescription: String? { description }
}

extension ZipError: LocalizedError {
    /// The same as `description`.
    public var errorDescription: String? { description }
}
