// swift-tools-version: 6.0
//
// GovDisclosure — 政府信息公开工作年度报告 and the standard statistical workbooks.
//
// Module layout (see README.md): the domain modules never see a cell, the XLSX layer never sees a report,
// and only XLSX imports the C libraries.
//
// Third-party choices:
// - swift-argument-parser: the command line.
// - yaslab/CSV.swift: streaming CSV for the inventories (keeps memory flat on 140,000 accounts; also writes CSV).
// - No XML package: the XLSX reader uses its own small streaming scanner over bytes (`XLSX/XML`). The options on
//   this platform are Foundation's XMLParser (libxml2 underneath, DTD and entity handling we must then switch off
//   and trust, and too slow for the ≥10× goal against openpyxl) or a DOM library (not streaming). An XLSX part is a
//   tiny, DTD-free XML vocabulary; a scanner that refuses DTDs outright is both safer and faster.
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
        .library(name: "XLSX", targets: ["XLSX"]),
        .library(name: "DisclosurePublished", targets: ["DisclosurePublished"]),
        .executable(name: "disclosure", targets: ["DisclosureCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
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
        // and entity options are switched off in the one file that calls it (DisclosurePublished/HTML/LibXML2.swift).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "XLSX", dependencies: ["CXlsxWriter", "CZip"], swiftSettings: swiftSettings),
        .target(name: "DisclosureModel", swiftSettings: swiftSettings),
        .target(name: "DisclosureValidation", dependencies: ["DisclosureModel"], swiftSettings: swiftSettings),
        .target(
            name: "DisclosureAggregation",
            dependencies: ["DisclosureModel", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: swiftSettings
        ),
        .target(name: "DisclosureText", dependencies: ["DisclosureModel"], swiftSettings: swiftSettings),
        // Reading reports as published: web pages (HTML, GBK) and Word .docx, turned into grids for the one
        // recognizer in DisclosureText. Only this module imports CLibXML2; the .docx zip/XML goes through XLSX.
        .target(
            name: "DisclosurePublished",
            dependencies: ["DisclosureModel", "DisclosureText", "XLSX", "CLibXML2"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DisclosureSamples",
            dependencies: ["DisclosureModel", "DisclosureAggregation"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DisclosureWorkbook",
            dependencies: ["DisclosureModel", "DisclosureValidation", "DisclosureAggregation", "XLSX"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "DisclosureCLI",
            dependencies: [
                "DisclosureModel", "DisclosureValidation", "DisclosureAggregation", "DisclosureText",
                "DisclosureWorkbook", "DisclosureSamples", "DisclosurePublished",
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
            dependencies: ["DisclosureAggregation", "DisclosureSamples", "DisclosureValidation", "TestSupport"]
        ),
        .testTarget(name: "DisclosureTextTests", dependencies: ["DisclosureText", "DisclosureValidation", "TestSupport"]),
        .testTarget(
            name: "DisclosurePublishedTests",
            dependencies: ["DisclosurePublished", "DisclosureText", "DisclosureValidation", "TestSupport"]),
        .testTarget(name: "DisclosureWorkbookTests", dependencies: ["DisclosureWorkbook", "DisclosureText", "DisclosureSamples", "XLSX", "TestSupport"]),
        // Runs the built `disclosure` binary; depending on the executable target makes `swift test` build it.
        .testTarget(name: "DisclosureCLITests", dependencies: ["DisclosureCLI", "TestSupport"]),

        // Examples/: small programs a user copies.
        .executableTarget(
            name: "build-report", dependencies: ["DisclosureModel", "DisclosureValidation", "DisclosureWorkbook"],
            path: "Examples/BuildReport"),
        .executableTarget(
            name: "check-folder",
            dependencies: ["DisclosureModel", "DisclosureText", "DisclosureValidation", "DisclosureWorkbook", "XLSX"],
            path: "Examples/CheckFolder"),
        .executableTarget(
            name: "roll-up-city",
            dependencies: ["DisclosureModel", "DisclosureAggregation", "DisclosureValidation", "DisclosureWorkbook"],
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
            name: "published-bench", dependencies: ["DisclosurePublished", "DisclosureModel", "BenchSupport"],
            path: "Benchmarks/published-bench", exclude: ["bs4_baseline.py"]),
        .executableTarget(
            name: "workbook-bench",
            dependencies: ["DisclosureWorkbook", "DisclosureSamples", "XLSX", "CXlsxWriter", "BenchSupport"],
            path: "Benchmarks/workbook-bench"),
    ]
)
