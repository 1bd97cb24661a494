// swift-tools-version: 6.0
import PackageDescription

// Module layout and one-way dependencies: LabCLI → LabKit → CloudSim → Warehouse (see README).
let package = Package(
    name: "RedshiftLab",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lab", targets: ["LabCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(name: "CReadline", path: "Sources/CReadline", providers: [.apt(["libreadline-dev"])]),
        // zlib and libbzip2 inflate COPY's GZIP and BZIP2 input, and zlib's deflate stands in for the
        // LZO and ZSTD column encodings (both -dev packages are on the image).
        .systemLibrary(name: "CCompression", path: "Sources/CCompression", providers: [.apt(["zlib1g-dev", "libbz2-dev"])]),
        .target(name: "Warehouse", dependencies: ["CCompression"]),
        .target(name: "CloudSim", dependencies: ["Warehouse", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "LabKit", dependencies: [
            "CloudSim",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(name: "LabCLI", dependencies: [
            "LabKit",
            "CReadline",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "WarehouseTests", dependencies: ["Warehouse"], exclude: ["SQLLogic/scripts", "Persistence/Fixtures"]),
        // The moto_server harness both differential test targets use (a test target cannot import another).
        .target(name: "MotoSupport", path: "Tests/MotoSupport"),
        .testTarget(name: "CloudSimTests", dependencies: ["CloudSim", "MotoSupport"]),
        .testTarget(name: "LabKitTests", dependencies: ["LabKit", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "LabCLITests", dependencies: ["LabCLI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["MotoSupport"]),
    ]
)
