// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so the main package stays lean.
// Run them with: cd Benchmarks && swift package benchmark
// A path dependency is named after its folder, so the main package's name is the clone's folder name.
let mainPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init)?.lowercased() ?? "main"

let package = Package(
    name: "TeamNormsBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Evaluation",
            dependencies: [
                .product(name: "TeamNorms", package: mainPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Evaluation",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Scaling",
            dependencies: [
                .product(name: "TeamNorms", package: mainPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Scaling",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
