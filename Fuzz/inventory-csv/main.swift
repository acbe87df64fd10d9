// libFuzzer entry for the clerk's CSV inventories (InventoryCSV): any bytes, as text, read as websites,
// accounts and organizations. Each read ends in records plus located errors, or an `InventoryCSVError` —
// never a crash or a hang. Built by scripts/fuzz with DisclosureModel, DisclosureAggregation and CSV.swift.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func inventoryCSVFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let loaded = try? InventoryCSV.websites(text: text) {
        for error in loaded.errors where (error.line ?? 1) < 1 { abort() }
    }
    if let loaded = try? InventoryCSV.accounts(text: text) {
        for error in loaded.errors where (error.line ?? 1) < 1 { abort() }
    }
    if let loaded = try? InventoryCSV.organizations(text: text) {
        _ = loaded.diagnostics.count
    }
    return 0
}
