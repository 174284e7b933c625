// swift-tools-version: 6.0
import PackageDescription

// The floor under `norms serve`: a Hummingbird 2 service whose one route reads the body and answers
// a fixed document, measured with the same wrk command as scripts/loadtest.sh (docs/performance.md,
// "Service"). Its own package, so that neither the main package nor the benchmarks build it.
let package = Package(
    name: "HTTPBaseline",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .executableTarget(
            name: "http-baseline",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
