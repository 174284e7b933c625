import NormsYAML
import Testing

/// Scalar styles, and typing by the YAML 1.2 core schema (not YAML 1.1: `yes` is a string).
@Suite struct ScalarTypingTests {
    @Test func stylesAndTheirValues() throws {
        let text = """
            plain: a b
            single: 'it''s'
            double: "tab\\there"
            literal: |
              line 1
              line 2
            folded: >
              line 1
              line 2

            """
        let root = try #require(try Loading.load(text))
        let expected: [(String, ScalarStyle, String)] = [
            ("plain", .plain, "a b"),
            ("single", .singleQuoted, "it's"),
            ("double", .doubleQuoted, "tab\there"),
            ("literal", .literal, "line 1\nline 2\n"),
            ("folded", .folded, "line 1 line 2\n"),
        ]
        for (key, style, value) in expected {
            let scalar = try #require(root[key]?.scalar, "\(key)")
            #expect(scalar.style == style, "\(key)")
            #expect(scalar.value == value, "\(key)")
            #expect(scalar.resolved == .string(value), "\(key)")
        }
    }

    @Test(arguments: [
        ("yes", ResolvedScalar.string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
        ("y", .string("y")), ("09:00", .string("09:00")), ("1_000", .string("1_000")), ("0b101", .string("0b101")),
        ("true", .bool(true)), ("True", .bool(true)), ("FALSE", .bool(false)),
        ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null),
        ("12", .int(12)), ("-3", .int(-3)), ("+4", .int(4)), ("0x1F", .int(31)), ("0o17", .int(15)), ("09", .int(9)),
        ("1e3", .float(1000)), ("1.5", .float(1.5)), ("-.5", .float(-0.5)), ("2.", .float(2)),
        (".inf", .float(.infinity)), ("-.Inf", .float(-.infinity)),
    ])
    func plainScalarsResolveByTheCoreSchema(_ text: String, _ expected: ResolvedScalar) throws {
        let root = try #require(try Loading.load("v: \(text)\n"))
        #expect(root["v"]?.scalar?.resolved == expected)
    }

    @Test func notANumber() throws {
        let root = try #require(try Loading.load("v: .nan\n"))
        guard case .float(let value)? = root["v"]?.scalar?.resolved else {
            Issue.record("'.nan' is not a float")
            return
        }
        #expect(value.isNaN)
    }

    @Test func emptyValueIsNull() throws {
        let root = try #require(try Loading.load("v:\nw: \n"))
        #expect(root["v"]?.scalar?.resolved == .null)
        #expect(root["w"]?.scalar?.resolved == .null)
    }

    @Test(arguments: ["'true'", "\"12\"", "'~'", "\"\""])
    func quotedScalarsAreStrings(_ text: String) throws {
        let root = try #require(try Loading.load("v: \(text)\n"))
        #expect(root["v"]?.scalar?.string != nil)
    }

    @Test func integersBeyondSixtyFourBitsKeepTheirValueAsAFloat() throws {
        let root = try #require(try Loading.load("v: 1000000000000000000000\n"))
        #expect(root["v"]?.scalar?.resolved == .float(1e21))
    }
}
