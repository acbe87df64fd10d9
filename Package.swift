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

        .target(name: "XLSX", dependencies: ["CXlsxWriter", "CZip"], swiftSettings: swiftSettings),
        .target(name: "DisclosureModel", swiftSettings: swiftSettings),
        .target(name: "DisclosureValidation", dependencies: ["DisclosureModel"], swiftSettings: swiftSettings),
        .target(
            name: "DisclosureAggregation",
            dependencies: ["DisclosureModel", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: swiftSettings
        ),
        .target(name: "DisclosureText", dependencies: ["DisclosureModel"], swiftSettings: swiftSettings),
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
                "DisclosureWorkbook", "DisclosureSamples",
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
            name: "json-bench", dependencies: ["DisclosureModel", "DisclosureSamples", "BenchSupport"],
            path: "Benchmarks/json-bench"),
        .executableTarget(
            name: "csv-bench", dependencies: ["DisclosureAggregation", "DisclosureModel", "DisclosureSamples", "BenchSupport"],
            path: "Benchmarks/csv-bench"),
        .executableTarget(
            name: "workbook-bench",
            dependencies: ["DisclosureWorkbook", "DisclosureSamples", "XLSX", "CXlsxWriter", "BenchSupport"],
            path: "Benchmarks/workbook-bench"),
    ]
)
