// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "TeamNorms",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "TeamNorms", targets: ["TeamNorms"]),
        // The lint rules and the linter, for tools beside the command line (the fuzzers in Fuzz/).
        .library(name: "NormsLint", targets: ["NormsLint"]),
        .executable(name: "norms", targets: ["norms"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Property-based tests of the time arithmetic (NormsEngineTests only).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // `swift package generate-documentation --target TeamNorms` (the DocC catalogue in
        // Sources/TeamNorms/TeamNorms.docc); CI builds it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // CSV message logs for `norms audit`, read as a stream (NormsAudit only).
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // The HTTP decision service (`norms serve`, NormsServe and its tests only).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // The libyaml C library, found through pkg-config.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The libical C library (RFC 5545 parsing, time zones, recurrences).
        .systemLibrary(
            name: "CICal",
            pkgConfig: libicalPkgConfig,
            providers: [.apt(["libical-dev"]), .brew(["libical"])]
        ),
        // Source files, positions, spans and diagnostics: the bottom layer.
        .target(name: "NormsSource"),
        // A positioned YAML node tree over libyaml's event API, hardened against hostile input.
        .target(name: "NormsYAML", dependencies: ["NormsSource", "CYAML"]),
        // iCalendar files read through libical: positioned diagnostics and bounded expansion into instances.
        .target(name: "NormsCalendar", dependencies: ["NormsSource", "CICal"]),
        // The typed policy model, value grammars and the loader.
        .target(name: "NormsPolicy", dependencies: ["NormsSource", "NormsYAML", "NormsCalendar"]),
        // Business time and the evaluation of a message against a policy.
        .target(name: "NormsEngine", dependencies: ["NormsSource", "NormsYAML", "NormsPolicy"]),
        // The public library: what a user needs to load, evaluate and read a decision, by name.
        .target(name: "TeamNorms", dependencies: ["NormsSource", "NormsYAML", "NormsPolicy", "NormsEngine"]),
        // Lint rules as self-documenting types.
        .target(name: "NormsLint", dependencies: ["NormsSource", "NormsYAML", "NormsPolicy"]),
        // Policy unit tests (`norms test`) and behavioural diffs between policy versions (`norms diff`).
        .target(name: "NormsTesting", dependencies: ["NormsSource", "NormsYAML", "NormsPolicy", "NormsEngine"]),
        // Replaying a message log against a policy: log readers and the audit's figures.
        .target(
            name: "NormsAudit",
            dependencies: ["NormsSource", "NormsYAML", "NormsPolicy", "NormsEngine", .product(name: "CSV", package: "CSV.swift")]
        ),
        // One reporter per output format. `norms init`'s templates (EmbeddedPolicies) are generated
        // at build time from policies/ and examples/messages/ by the EmbedPolicies plugin.
        .target(
            name: "NormsReporting",
            dependencies: ["NormsSource", "NormsYAML", "NormsPolicy", "NormsEngine", "NormsLint", "NormsAudit"],
            plugins: ["EmbedPolicies"]
        ),
        // Writes EmbeddedPolicies.swift from the package's policies/ and example messages.
        .executableTarget(name: "EmbeddedPoliciesGenerator"),
        .plugin(name: "EmbedPolicies", capability: .buildTool(), dependencies: ["EmbeddedPoliciesGenerator"]),
        // The HTTP decision service behind `norms serve`: routes, policy reloads, the decision log, metrics.
        .target(
            name: "NormsServe",
            dependencies: [
                "NormsSource", "NormsYAML", "NormsPolicy", "NormsEngine", "NormsReporting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "norms",
            dependencies: [
                "NormsSource", "NormsYAML", "NormsPolicy", "NormsEngine", "NormsLint", "NormsReporting", "NormsTesting", "TeamNorms", "NormsAudit",
                "NormsServe", "NormsCalendar",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        .target(name: "NormsTestSupport", dependencies: ["NormsSource"], path: "Tests/NormsTestSupport"),
        .testTarget(name: "NormsSourceTests", dependencies: ["NormsSource", "NormsTestSupport"]),
        .testTarget(
            name: "NormsYAMLTests",
            dependencies: ["NormsYAML", "NormsTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NormsCalendarTests",
            dependencies: ["NormsCalendar", "NormsTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "NormsPolicyTests", dependencies: ["NormsPolicy", "NormsYAML", "NormsTestSupport"]),
        .testTarget(
            name: "NormsEngineTests",
            dependencies: [
                "NormsEngine", "NormsPolicy", "NormsTestSupport", "TeamNorms",
                // Lint's condition logic, checked against the engine by a property test.
                "NormsLint",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "NormsLintTests", dependencies: ["NormsLint", "NormsPolicy", "NormsTestSupport"]),
        .testTarget(
            name: "NormsReportingTests",
            dependencies: ["NormsReporting", "NormsLint", "NormsEngine", "NormsPolicy", "NormsYAML", "NormsTestSupport"],
            exclude: ["Snapshots", "Fixtures"]
        ),
        .testTarget(name: "NormsTestingTests", dependencies: ["NormsTesting", "NormsEngine", "NormsPolicy", "NormsTestSupport"]),
        // The library as a user sees it: `import TeamNorms` and nothing else.
        .testTarget(name: "TeamNormsTests", dependencies: ["TeamNorms"]),
        .testTarget(
            name: "NormsAuditTests", dependencies: ["NormsAudit", "NormsEngine", "NormsPolicy", "NormsReporting", "NormsTestSupport"]
        ),
        .testTarget(
            name: "NormsServeTests",
            dependencies: [
                "NormsServe", "NormsSource", "NormsYAML", "NormsPolicy", "NormsEngine", "NormsLint", "NormsReporting",
                "NormsTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "NormsCLITests", dependencies: ["NormsSource", "NormsTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "NormsCommandLineTests",
            dependencies: ["norms", "NormsTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

/// Where the build finds libical. On Linux its headers are in the system's include path and the
/// module map links libical alone: pkg-config would add libicalss and libicalvcal, which nothing
/// here uses and which, with the Berkeley DB they load, cost every `norms` process about a million
/// instructions in the dynamic loader. Elsewhere (Homebrew on macOS) pkg-config gives the paths.
var libicalPkgConfig: String? {
    #if os(Linux)
    nil
    #else
    "libical"
    #endif
}
