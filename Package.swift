// swift-tools-version:6.0
import PackageDescription

/// RadFindings: chest CT report → structured lung and pleural findings.
///
/// Module flow (arrows point one way):
/// CLibXML2 → RadXML → RadLexicon → RadGrammar → RadFindings → radfind
/// CICU → CRadICU → RadText ↗           RadIO (readers/writers) ↗   CAllocator ↗ (radfind only)
let package = Package(
    name: "RadFindings",
    products: [
        .executable(name: "radfind", targets: ["radfind"]),
        .library(name: "RadFindings", targets: ["RadFindings"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // glibc allocator settings for batch runs (a header only).
        .systemLibrary(name: "CAllocator"),
        // ICU behind a C facade whose header has only plain C types: Swift never sees <unicode/*.h>.
        .target(name: "CRadICU", dependencies: ["CICU"]),
        .target(name: "RadXML", dependencies: ["CLibXML2"]),
        .target(name: "RadText", dependencies: ["CRadICU"]),
        .target(name: "RadLexicon", dependencies: ["RadXML", "RadText"]),
        .target(name: "RadGrammar", dependencies: ["RadLexicon", "RadText", "RadXML"]),
        .target(name: "RadFindings", dependencies: ["RadGrammar", "RadLexicon", "RadText", "RadXML", "RadIO"]),
        .target(name: "RadIO", dependencies: []),
        .executableTarget(
            name: "radfind",
            dependencies: [
                "RadFindings", "RadIO", "CAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "RadTestSupport", dependencies: ["RadFindings", "RadLexicon", "RadText"], path: "Tests/RadTestSupport"),
        .testTarget(name: "RadTextTests", dependencies: ["RadText", "RadLexicon", "RadTestSupport"]),
        .testTarget(name: "RadXMLTests", dependencies: ["RadXML", "RadLexicon", "RadTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "RadIOTests", dependencies: ["RadIO"]),
        .testTarget(name: "RadFindingsTests", dependencies: ["RadFindings", "RadIO", "RadTestSupport"]),
        .testTarget(name: "RadFindCLITests", dependencies: ["radfind", "RadTestSupport"]),
    ]
)
