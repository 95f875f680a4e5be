// swift-tools-version: 6.0
import PackageDescription

/// The Swift runtime and Foundation are linked statically into the executables: it halves
/// start-up time and peak memory (see README, "Ytelse"). Both flags are needed: the compile
/// flag makes the object files auto-link the static libraries. Each executable must itself
/// `import Foundation`, or the static Foundation's own dependencies are not linked.
let staticStdlib: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"])]
/// Linking position-dependent (`-no-pie`) spares the start-up the patching of ~77,000
/// relocations and the pages that touches (about 1.5 MB of peak memory).
let staticStdlibLink: [LinkerSetting] = [.unsafeFlags(["-static-stdlib", "-Xclang-linker", "-no-pie"])]
/// The app: in debug builds (what the tests run) as above; in release builds a fully static executable
/// (glibc, libstdc++, libgcc, libm, ncursesw and tinfo linked in, position-dependent, no ld.so): no shared
/// library pages or dynamic symbol lookups at start, and the start-up order file lays out the C and C++
/// functions too (README, "Minne": sample peak 16.5 → 12.8 MB). It reads no user database (the home
/// directory comes from $HOME), loads the locale from /usr/lib/locale and runs git with posix_spawn.
let appLink: [LinkerSetting] = [
    .unsafeFlags(["-static-stdlib", "-Xclang-linker", "-no-pie"], .when(configuration: .debug)),
    .unsafeFlags(["-static-executable", "-Xlinker", "-ltinfo"], .when(configuration: .release)),
]
/// The functions the interface runs from start to its first frames are laid out together (lld, with the
/// list `.ci/perf/order_symbols.py` writes): the kernel maps text 64 kB around each page it faults in,
/// so scattered start-up code kept 12 MB of the binary resident for 1 MB of functions (README, "Minne").
/// The list ends with every protocol conformance descriptor, which the runtime's first lookup reads all of.
let startOrderLink: [LinkerSetting] = [.unsafeFlags([
    "-use-ld=lld", "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/.ci/perf/lederavtale.order",
    "-Xlinker", "--no-warn-symbol-ordering",
])] + [
    // Release objects have a section per function (below); the start's functions that have no name of
    // their own — private closures and forwarders, copies defined in many files — go by section name
    // into one block before `.text` (the linker script `.ci/perf/order_symbols.py` writes with the list).
    .unsafeFlags(["-Xlinker", "--script=\(Context.packageDirectory)/.ci/perf/lederavtale.ld"], .when(configuration: .release)),
]

/// Release objects of our modules get a section per function (Swift leaves value witnesses, outlined
/// copies, witness thunks and coroutine continuations in one plain `.text` per file otherwise), so the
/// start-up order file can move every function it names, not the whole file around it.
let sections: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-function-sections"], .when(configuration: .release))]

let package = Package(
    name: "lederavtale",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lederavtale", targets: ["lederavtale"]),
        .executable(name: "lederavtale-bench", targets: ["lederavtale-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // Pure domain: value types, phases, rules, validation, roll-ups. Foundation only.
        .target(name: "AgreementKit", swiftSettings: sections),
        // Every user-visible text, one catalogue per language, typed message ids.
        .target(name: "Catalogue", dependencies: ["AgreementKit", "AgreementStore"], swiftSettings: sections),
        // JSON-file store: paths, load/save, atomic writes, schema versions, errors; embeds data/.
        .target(
            name: "AgreementStore",
            dependencies: ["AgreementKit"],
            resources: [.embedInCode("Samples")],
            swiftSettings: sections
        ),
        // The interface as pure code: state, update, render into a cell buffer, keymap, themes.
        .target(
            name: "AgreementUI",
            dependencies: ["AgreementKit", "AgreementStore", "Catalogue", "AgreementExport"],
            resources: [.embedInCode("Themes")],
            swiftSettings: sections
        ),
        // Exports: the agreement as Markdown, HTML, CSV and JSON, public or full; the log for reviews.
        .target(
            name: "AgreementExport",
            dependencies: ["AgreementKit", "AgreementStore", "Catalogue", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: sections
        ),
        // ncursesw with the wide-character API switched on (see README, design notes).
        .target(
            name: "CNcursesw",
            cSettings: [.define("NCURSES_WIDECHAR", to: "1"), .define("_XOPEN_SOURCE_EXTENDED", to: "1")],
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        // Realistic agreements from a seed: the bench's large stores and the demo municipality.
        .target(name: "AgreementGenerator", dependencies: ["AgreementKit", "AgreementStore"], swiftSettings: sections),
        // The one place that talks to ncurses.
        .target(name: "TerminalCurses", dependencies: ["CNcursesw", "AgreementUI"], swiftSettings: sections),
        .executableTarget(
            name: "lederavtale",
            dependencies: [
                "AgreementKit", "AgreementStore", "Catalogue", "AgreementUI", "AgreementExport", "TerminalCurses", "AgreementGenerator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: staticStdlib + sections,
            linkerSettings: appLink + startOrderLink
        ),
        // Benchmarks: generates large stores and measures load, save, render, keys and list in-process.
        .executableTarget(
            name: "lederavtale-bench",
            dependencies: [
                "AgreementKit", "AgreementStore", "AgreementUI", "AgreementGenerator", "Catalogue",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: staticStdlib,
            linkerSettings: staticStdlibLink
        ),
        // Helpers shared by the test targets: fixtures, temporary stores, snapshots, the tmux driver.
        .target(name: "TestSupport", dependencies: ["AgreementKit", "AgreementStore", "AgreementUI", "AgreementGenerator"], path: "Tests/TestSupport"),
        .testTarget(name: "AgreementKitTests", dependencies: ["AgreementKit", "TestSupport"]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "AgreementKit", "AgreementStore", "TestSupport"]),
        .testTarget(name: "AgreementStoreTests", dependencies: ["AgreementStore", "AgreementKit", "AgreementGenerator"], exclude: ["Fixtures", "__Versions__", "__Reference__"]),
        .testTarget(
            name: "AgreementUITests",
            dependencies: ["AgreementUI", "AgreementKit", "AgreementStore", "Catalogue", "TestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "AgreementExportTests",
            dependencies: ["AgreementExport", "AgreementKit", "AgreementStore", "Catalogue", "TestSupport", .product(name: "CSV", package: "CSV.swift")],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["AgreementKit", "AgreementStore", "TestSupport"]),
    ]
)
