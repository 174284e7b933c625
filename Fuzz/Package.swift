// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets live in their own package so the main package stays lean.
// Build and run them with `bash run.sh [SECONDS]`; README.md has the recipe.

// A path dependency is known by the last component of its path: the name of the folder the
// repository is checked out in, which is not always the same.
let mainPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init)?.lowercased() ?? "main"

func fuzzer(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: mainPackage) }
    )
}

let package = Package(
    name: "TeamNormsFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // The fixed policy, messages and the folder no base file can come from, shared by the fuzzers.
        .target(name: "FuzzSupport", dependencies: [.product(name: "TeamNorms", package: mainPackage)]),
        fuzzer("FuzzYAML", ["TeamNorms"]),
        fuzzer("FuzzPolicy", ["TeamNorms"]),
        fuzzer("FuzzMessage", ["TeamNorms"]),
        fuzzer("FuzzLint", ["TeamNorms", "NormsLint"]),
        fuzzer("FuzzCalendar", ["TeamNorms"]),
    ],
    swiftLanguageModes: [.v6]
)
