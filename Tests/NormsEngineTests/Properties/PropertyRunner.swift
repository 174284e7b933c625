import Foundation
import PropertyBased
import Testing

/// Runs properties over generated inputs with a fixed seed, so that every run checks the same
/// cases and a failure is reproduced by running the test again.
///
/// PropertyBased's own `propertyCheck` draws a new seed on every run (and its `.fixedSeed` trait
/// replays only one case), so the fixed-seed loop here drives its generators directly. Set
/// `PROPERTY_RANDOM=1` to run the same properties through `propertyCheck` instead: fresh seeds on
/// every run, with shrinking and a `.fixedSeed(...)` hint on a failure.
enum Property {
    /// The seed every property starts from; each property mixes in its own name, so that two
    /// properties over the same generator still see different cases.
    static let seed: UInt64 = 0x7EA3_2026_0000_0001

    /// Whether to use fresh random seeds (`PROPERTY_RANDOM=1`).
    static var randomSeeds: Bool { ProcessInfo.processInfo.environment["PROPERTY_RANDOM"] == "1" }

    /// A property that does not hold for an input: why, in words.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Fails the property with `message` unless `condition` holds.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(Failure) {
        if !condition { throw Failure(description: message()) }
    }

    /// Checks `body` on `count` inputs drawn from `input`; the first few failures are recorded with
    /// the input and the case number, and the check stops after them.
    static func check<Value, Shrinks>(
        _ name: String, count: Int = 300, input: Generator<Value, Shrinks>,
        sourceLocation: SourceLocation = #_sourceLocation,
        _ body: (Value) throws -> Void
    ) async {
        if randomSeeds {
            await propertyCheck(count: count, input: input, perform: { value in
                do { try body(value) } catch { Issue.record("\(error)\ninput: \(value)", sourceLocation: sourceLocation) }
            }, sourceLocation: sourceLocation)
            return
        }
        var rng = Xoshiro(seed: (seed, fnv1a(name), 0x9E37_79B9_7F4A_7C15, UInt64(count)))
        var failures = 0
        for index in 0..<count {
            let value = input.run(using: &rng)
            do {
                try body(value)
            } catch {
                Issue.record("\(name), case \(index + 1) of \(count): \(error)\ninput: \(value)", sourceLocation: sourceLocation)
                failures += 1
                if failures == 3 { return }
            }
        }
    }

    /// FNV-1a of the property's name: a stable number on every platform (unlike `Hasher`).
    private static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }
}
