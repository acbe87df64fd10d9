// libFuzzer entry for the JSON documents of ours that are not reports, read through `ReportJSON` (Foundation's
// decoder inside the versioned envelope): `website-forms.json` (`[WebsiteAnnualForm]`, as `disclosure website-forms`
// and `publish --website-forms` read it, then validated as the command does), a roll-up's JSON (`RollupResult`) and
// an inventory snapshot (`InventorySnapshot.decode`: a snapshot or a bare list of websites or accounts). Any bytes
// decode or throw a `JSONDocumentError` whose path starts at the root (`$`) — never a crash or a hang.
//
// Seeds: `FUZZ_DOCUMENT_SEEDS=DIR .build-fuzz/document-json/fuzz-document-json` writes small documents of each kind
// (from a three-unit sample city) into DIR and exits; Fuzz/document-json/compact.py then strips the pretty-printing.
import Foundation

let validator = Validator()

func expectDocumentError(_ body: () throws -> Void) {
    do {
        try body()
    } catch let error as JSONDocumentError {
        if !error.path.hasPrefix("$") || error.file != "fuzz.json" || error.description.isEmpty { abort() }
    } catch {
        abort()  // every failure must be a JSONDocumentError
    }
}

@_cdecl("LLVMFuzzerInitialize")
public func documentFuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>) -> CInt {
    if let seeds = ProcessInfo.processInfo.environment["FUZZ_DOCUMENT_SEEDS"] { writeSeeds(into: seeds); exit(0) }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func documentJSONFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    // Only the kind the envelope names is decoded in full (as a caller that checked `documentKind` would); the other
    // readers then see the same bytes and must refuse them with a located error.
    let kind = ReportJSON.documentKind(of: bytes)
    expectDocumentError {
        let forms = try ReportJSON.decode([WebsiteAnnualForm].self, from: bytes, file: "fuzz.json")
        for (index, form) in forms.prefix(8).enumerated() {
            for diagnostic in validator.validate(form, in: ValidationContext(unit: "[\(index)]", fileName: "fuzz.json"))
            where diagnostic.id.isEmpty { abort() }
        }
    }
    if kind == nil || kind == ReportJSON.kind(of: RollupResult.self) {
        expectDocumentError { _ = try ReportJSON.decode(RollupResult.self, from: bytes, file: "fuzz.json") }
    }
    if kind != ReportJSON.kind(of: RollupResult.self) && kind != ReportJSON.kind(of: [WebsiteAnnualForm].self) {
        expectDocumentError { _ = try InventorySnapshot.decode(from: bytes, file: "fuzz.json") }
    }
    return 0
}

/// Small documents of each kind, from a three-unit sample city.
func writeSeeds(into seeds: String) {
    let city = SampleCity.generate(year: 2021, units: 3)
    func write(_ name: String, _ data: Data?) {
        guard let data else { print("seed \(name): not encoded"); exit(1) }
        FileManager.default.createFile(atPath: (seeds as NSString).appendingPathComponent(name), contents: data)
    }
    write("website-forms.json", try? ReportJSON.encode(Array(city.websiteForms.prefix(2))))
    let totalsOnly = ReportRollup.Options(keepsBreakdown: false, keepsLevelSubtotals: false, keepsBranchSubtotals: false)
    write("rollup.json", try? ReportJSON.encode(ReportRollup.rollUp(city.reports.prefix(2), options: totalsOnly)))
    write("rollup-breakdown.json", try? ReportJSON.encode(ReportRollup.rollUp(city.reports.prefix(1))))
    write("inventory.json", try? InventorySnapshot(websites: Array(city.websites.prefix(2)), accounts: Array(city.accounts.prefix(2))).encoded())
    write("websites.json", try? ReportJSON.encode(Array(city.websites.prefix(2))))
    write("accounts.json", try? ReportJSON.encode(Array(city.accounts.prefix(3))))
}
