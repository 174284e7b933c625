extension ResolvedScalar {
    /// Types a scalar by the YAML 1.2 core schema.
    ///
    /// Only plain scalars without a tag are typed by their text; quoted and block scalars, and
    /// scalars tagged `!` or `!!str`, are strings. A scalar tagged `!!int`, `!!float`, `!!bool` or
    /// `!!null` is typed as that tag says when its text fits, and stays a string otherwise (the
    /// parser rejects such a mismatch before it gets here).
    static func resolve(_ scalar: YAMLScalar) -> ResolvedScalar {
        let text = scalar.value
        switch scalar.tag {
        case nil where scalar.style == .plain:
            guard mayBeTyped(text) else { return .string(text) }
            return null(text) ?? bool(text) ?? int(text) ?? float(text) ?? .string(text)
        case YAMLTag.null?: return null(text) ?? .string(text)
        case YAMLTag.bool?: return bool(text) ?? .string(text)
        case YAMLTag.int?: return int(text) ?? .string(text)
        case YAMLTag.float?: return float(text) ?? int(text).map { if case .int(let i) = $0 { .float(Double(i)) } else { $0 } } ?? .string(text)
        default: return .string(text)
        }
    }

    /// Whether a plain scalar's text may be something other than a string: only the empty text and
    /// texts that start like a null (`~`, `null`), a boolean, or a number (a digit, a sign or `.`)
    /// can be; every other text is a string without trying each type in turn.
    static func mayBeTyped(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }

    private static func null(_ text: String) -> ResolvedScalar? {
        switch text {
        case "", "~", "null", "Null", "NULL": .null
        default: nil
        }
    }

    private static func bool(_ text: String) -> ResolvedScalar? {
        switch text {
        case "true", "True", "TRUE": .bool(true)
        case "false", "False", "FALSE": .bool(false)
        default: nil
        }
    }

    private static func int(_ text: String) -> ResolvedScalar? {
        if text.hasPrefix("0x"), let value = Int(text.dropFirst(2), radix: 16), text.count > 2,
           text.dropFirst(2).allSatisfy(\.isHexDigit) {
            return .int(value)
        }
        if text.hasPrefix("0o"), text.count > 2, text.dropFirst(2).allSatisfy({ ("0"..."7").contains($0) }),
           let value = Int(text.dropFirst(2), radix: 8) {
            return .int(value)
        }
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        // Integers too large for 64 bits keep their value as a float rather than failing.
        if let value = Int(text.first == "+" ? String(text.dropFirst()) : text) { return .int(value) }
        return Double(text).map(ResolvedScalar.float)
    }

    private static func float(_ text: String) -> ResolvedScalar? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        // [-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        var scalars = Substring(text).unicodeScalars[...]
        func digits() -> Int {
            var count = 0
            while let first = scalars.first, ("0"..."9").contains(first) { scalars.removeFirst(); count += 1 }
            return count
        }
        if scalars.first == "-" || scalars.first == "+" { scalars.removeFirst() }
        let integerDigits = digits()
        var fractionDigits = 0
        if scalars.first == "." {
            scalars.removeFirst()
            fractionDigits = digits()
            if integerDigits == 0 && fractionDigits == 0 { return nil }
        } else if integerDigits == 0 {
            return nil
        }
        if scalars.first == "e" || scalars.first == "E" {
            scalars.removeFirst()
            if scalars.first == "-" || scalars.first == "+" { scalars.removeFirst() }
            if digits() == 0 { return nil }
        }
        guard scalars.isEmpty, let value = Double(text) else { return nil }
        return .float(value)
    }
}

/// The expanded core-schema tags.
public enum YAMLTag {
    public static let str = "tag:yaml.org,2002:str"
    public static let int = "tag:yaml.org,2002:int"
    public static let float = "tag:yaml.org,2002:float"
    public static let bool = "tag:yaml.org,2002:bool"
    public static let null = "tag:yaml.org,2002:null"
    public static let seq = "tag:yaml.org,2002:seq"
    public static let map = "tag:yaml.org,2002:map"
    /// The non-specific tag `!`.
    public static let nonSpecific = "!"
}
