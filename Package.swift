// swift-tools-version: 6.0
//
// GovDisclosure — 政府信息公开工作年度报告 and the standard statistical workbooks.
//
// Module layout (see README.md): the domain modules never see a cell, the XLSX layer never sees a report,
// and only XLSX imports the C libraries.
//
// Third-party choices:
// - swift-argument-parser: the command line.
// - swiftlang/swift-docc-plugin: `swift package generate-documentation`; a plugin only, nothing is linked.
// - yaslab/CSV.swift: streaming CSV for the inventories (keeps memory flat on 140,000 accounts; also writes CSV).
// - No XML package: the XLSX reader uses its own small streaming scanner over bytes (`XLSX/XML`). The options on
//   this platform are Foundation's XMLParser (libxml2 underneath, DTD and entity handling we must then switch off
//   and trust, and too slow for the ≥10× goal against openpyxl) or a DOM library (not streaming). An XLSX part is a
//   tiny, DTD-free XML vocabulary; a scanner that refuses DTDs outright is both safer and faster.
// - groue/GRDB.swift: several years of reports in one SQLite file (DisclosureHistory) — the Swift SQLite library the
//   ecosystem trusts: `DatabaseMigrator` named migrations, `DatabasePool` (WAL: readers beside one writer), Codable
//   records, one transaction per imported file. SQLite itself is Debian's libsqlite3-dev.
// - apple/swift-crypto: SHA-256 of each imported file's bytes (DisclosureHistory). Foundation on Linux has no digest
//   and CryptoKit is Apple-only; swift-crypto is its API-compatible, kept counterpart.
import PackageDescription

let swiftSettings: [SwiftSetting] = []

let package = Package(
    name: "GovDisclosure",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DisclosureModel", targets: ["DisclosureModel"]),
        .library(name: "DisclosureValidation", targets: ["DisclosureValidation"]),
        .library(name: "DisclosureAggregation", targets: ["DisclosureAggregation"]),
        .library(name: "DisclosureText", targets: ["DisclosureText"]),
        .library(name: "DisclosureSamples", targets: ["DisclosureSamples"]),
        .library(name: "DisclosureWorkbook", targets: ["DisclosureWorkbook"]),
        .library(name: "DisclosureInput", targets: ["DisclosureInput"]),
        .library(name: "XLSX", targets: ["XLSX"]),
        .library(name: "DisclosurePublish", targets: ["DisclosurePublish"]),
        .library(name: "DisclosureHistory", targets: ["DisclosureHistory"]),
        .library(name: "DisclosureDocuments", targets: ["DisclosureDocuments"]),
        .executable(name: "disclosure", targets: ["DisclosureCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // `swift package generate-documentation` (DocC catalogs in every public module).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C libraries: Debian's libxlsxwriter-dev and libzip-dev, found through pkg-config.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
        ),
        .systemLibrary(
            name: "CZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]
        ),

        // libxml2's HTML parser (Debian libxml2-dev), for saved report pages. Chosen over gumbo: libxml2 is kept by
        // GNOME and every distribution, parses GB-family pages after our exact transcoding, recovers from the broken
        // markup CMS editors produce, and records each node's source line (locations a clerk can find); its network
        // and entity options are switched off in the one file that calls it (DisclosureDocuments/HTML/LibXML2.swift).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Poppler's GLib binding (Debian libpoppler-glib-dev), for PDF reports: the text layer of each page with one box
        // per character (poppler_page_get_text_layout), which the table reconstruction needs, and typed GErrors for
        // encrypted and damaged files. Poppler is the PDF library every Linux desktop keeps (Evince, pdftotext), so
        // its text layer is the one our tests can check against `pdftotext -bbox`. Not MuPDF (libmupdf-dev): its
        // AGPL would bind every tool that links the package, Debian ships it as static libraries with no pkg-config
        // file (SwiftPM cannot link it cleanly), and its API reports failures by longjmp (fz_try), which Swift cannot
        // cross. All Poppler calls sit in DisclosureDocuments/PDF/Poppler.swift.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"]), .brew(["poppler"])]
        ),
        .target(name: "XLSX", dependencies: ["CXlsxWriter", "CZip"], swiftSettings: swiftSettings),
        .target(name: "DisclosureModel", swiftSettings: swiftSettings),
        .target(name: "DisclosureValidation", dependencies: ["DisclosureModel"], swiftSettings: swiftSettings),
        .target(
            name: "DisclosureAggregation",
            // DisclosureText for its GB18030 transcoding: a clerk's CSV saved by Excel as “CSV (逗号分隔)” is GBK.
            dependencies: ["DisclosureModel", "DisclosureText", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: swiftSettings
        ),
        .target(name: "DisclosureText", dependencies: ["DisclosureModel"], swiftSettings: swiftSettings),
        // Reading reports as published: web pages (HTML, GBK), Word .docx and PDF, turned into grids for the one
        // recognizer in DisclosureText. Only this module imports CLibXML2 and CPoppler; the .docx zip/XML goes
        // through XLSX.
        .target(
            name: "DisclosureDocuments",
            dependencies: ["DisclosureModel", "DisclosureText", "XLSX", "CLibXML2", "CPoppler"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DisclosureSamples",
            dependencies: ["DisclosureModel", "DisclosureAggregation"],
            swiftSettings: swiftSettings
        ),
        // DisclosureText: a workbook in a layout of its own (not our template) is read by the grid recognizer the
        // HTML and Word readers use (ForeignWorkbookReader), its merged ranges being the grid's spans.
        .target(
            name: "DisclosureWorkbook",
            dependencies: ["DisclosureModel", "DisclosureValidation", "DisclosureAggregation", "DisclosureText", "XLSX"],
            swiftSettings: swiftSettings
        ),
        // The one way in for report files and folders: recognised by content, read, located, checked.
        .target(
            name: "DisclosureInput",
            dependencies: [
                "DisclosureModel", "DisclosureValidation", "DisclosureAggregation", "DisclosureText", "DisclosureWorkbook",
                "DisclosurePublish", "DisclosureDocuments", "XLSX",
            ],
            swiftSettings: swiftSettings
        ),
        // Publishing: the report as an HTML page/fragment and a Word document from the printed layout. No HTML or
        // OOXML package: the markup is a small fixed vocabulary written from our own model, and the .docx zip goes
        // through the XLSX layer's libzip writer (ZipPackageWriter), so C stays in XLSX.
        .target(
            name: "DisclosurePublish", dependencies: ["DisclosureModel", "DisclosureValidation", "XLSX"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DisclosureHistory",
            dependencies: [
                "DisclosureModel", "DisclosureValidation", "DisclosureAggregation", "XLSX",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "DisclosureCLI",
            dependencies: [
                "DisclosureModel", "DisclosureValidation", "DisclosureAggregation", "DisclosureText",
                "DisclosureWorkbook", "DisclosureSamples", "DisclosureInput", "DisclosurePublish", "DisclosureHistory", "DisclosureDocuments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // Tests mirror the modules; shared fixtures live in TestSupport.
        .target(
            name: "TestSupport",
            dependencies: ["DisclosureModel"],
            path: "Tests/TestSupport",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "XLSXTests", dependencies: ["XLSX", "TestSupport"]),
        .testTarget(name: "DisclosureModelTests", dependencies: ["DisclosureModel", "TestSupport"]),
        .testTarget(name: "DisclosureValidationTests", dependencies: ["DisclosureValidation", "TestSupport"]),
        .testTarget(
            name: "DisclosureAggregationTests",
            dependencies: ["DisclosureAggregation", "DisclosureSamples", "DisclosureText", "DisclosureValidation", "TestSupport"]
        ),
        .testTarget(name: "DisclosureTextTests", dependencies: ["DisclosureText", "DisclosureValidation", "TestSupport"]),
        .testTarget(
            name: "DisclosureDocumentsTests",
            dependencies: ["DisclosureDocuments", "DisclosureText", "DisclosureValidation", "XLSX", "TestSupport"]),
        .testTarget(name: "DisclosureWorkbookTests", dependencies: ["DisclosureWorkbook", "DisclosureText", "DisclosureSamples", "XLSX", "TestSupport"]),
        .testTarget(
            name: "DisclosurePublishTests",
            dependencies: ["DisclosurePublish", "DisclosureText", "DisclosureSamples", "XLSX", "TestSupport"]),
        // Runs the built `disclosure` binary; depending on the executable target makes `swift test` build it.
        .testTarget(name: "DisclosureCLITests", dependencies: ["DisclosureCLI", "DisclosureHistory", "TestSupport"]),
        .testTarget(
            name: "DisclosureInputTests",
            dependencies: [
                "DisclosureInput", "DisclosureSamples", "DisclosureWorkbook", "DisclosureAggregation", "DisclosureText",
                "DisclosureHistory", "DisclosurePublish", "XLSX", "TestSupport",
            ]),
        .testTarget(
            name: "DisclosureHistoryTests",
            dependencies: [
                "DisclosureHistory", "DisclosureSamples", "DisclosureText", "XLSX", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),

        // Examples/: small programs a user copies.
        .executableTarget(
            name: "build-report", dependencies: ["DisclosureModel", "DisclosureValidation", "DisclosureWorkbook"],
            path: "Examples/BuildReport"),
        .executableTarget(
            name: "check-folder",
            dependencies: ["DisclosureInput", "DisclosureModel", "DisclosureValidation", "DisclosureWorkbook", "XLSX"],
            path: "Examples/CheckFolder"),
        .executableTarget(
            name: "roll-up-city",
            dependencies: [
                "DisclosureInput", "DisclosureModel", "DisclosureAggregation", "DisclosureValidation", "DisclosureWorkbook",
            ],
            path: "Examples/RollUpCity"),

        // Benchmarks: release-mode executables that print ratios against a baseline measured in the same run.
        .target(name: "BenchSupport", path: "Benchmarks/BenchSupport"),
        .executableTarget(name: "xlsx-bench", dependencies: ["XLSX", "CXlsxWriter", "BenchSupport"], path: "Benchmarks/xlsx-bench"),
        .executableTarget(
            name: "validation-bench", dependencies: ["DisclosureValidation", "DisclosureSamples", "BenchSupport"],
            path: "Benchmarks/validation-bench"),
        .executableTarget(
            name: "text-bench", dependencies: ["DisclosureText", "BenchSupport"], path: "Benchmarks/text-bench"),
        .executableTarget(
            name: "aggregation-bench", dependencies: ["DisclosureAggregation", "DisclosureSamples", "BenchSupport"],
            path: "Benchmarks/aggregation-bench"),
        .executableTarget(
            name: "published-bench", dependencies: ["DisclosureDocuments", "DisclosureModel", "BenchSupport"],
            path: "Benchmarks/published-bench", exclude: ["bs4_baseline.py"]),
        .executableTarget(
            name: "json-bench", dependencies: ["DisclosureModel", "DisclosureSamples", "BenchSupport"],
            path: "Benchmarks/json-bench"),
        .executableTarget(
            name: "csv-bench", dependencies: ["DisclosureAggregation", "DisclosureModel", "DisclosureText", "DisclosureSamples", "BenchSupport"],
            path: "Benchmarks/csv-bench"),
        .executableTarget(
            name: "workbook-bench",
            dependencies: ["DisclosureWorkbook", "DisclosureSamples", "XLSX", "CXlsxWriter", "BenchSupport"],
            path: "Benchmarks/workbook-bench"),
        .executableTarget(
            name: "publish-bench", dependencies: ["DisclosurePublish", "DisclosureSamples", "BenchSupport"],
            path: "Benchmarks/publish-bench", exclude: ["python_publish.py"]),
        .executableTarget(
            name: "pdf-bench", dependencies: ["DisclosureDocuments", "DisclosureModel", "BenchSupport"],
            path: "Benchmarks/pdf-bench", exclude: ["pdfplumber_baseline.py"]),
        .executableTarget(
            name: "rollup-bench",
            dependencies: [
                "DisclosureInput", "DisclosureWorkbook", "DisclosureAggregation", "DisclosureSamples", "DisclosureValidation",
                "DisclosureModel", "BenchSupport",
            ],
            path: "Benchmarks/rollup-bench", exclude: ["python_rollup.py"]),
        .executableTarget(
            name: "history-bench", dependencies: ["DisclosureHistory", "DisclosureSamples", "BenchSupport"],
            path: "Benchmarks/history-bench"),
    ]
)
