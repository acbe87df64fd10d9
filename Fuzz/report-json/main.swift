// libFuzzer entry for the report JSON decoder (`ReportJSON.decode`, the package's own parser and decoder): any
// bytes decode to an AnnualReport or throw a `JSONDocumentError` whose path starts at the root (`$`) — never a
// crash or a hang. Differential: when it and the Foundation path both decode, they must give the same report.
// Built by scripts/fuzz with the DisclosureModel sources (one module).
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func reportJSONFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    do {
        let report = try ReportJSON.decode(AnnualReport.self, from: bytes, file: "fuzz.json")
        if let foundation = try? ReportJSON.decodeWithFoundation(AnnualReport.self, from: bytes), foundation != report { abort() }
    } catch let error as JSONDocumentError {
        if !error.path.hasPrefix("$") || error.file != "fuzz.json" { abort() }
    } catch {
        abort()  // every failure must be a JSONDocumentError
    }
    _ = ReportJSON.documentKind(of: bytes)
    return 0
}
