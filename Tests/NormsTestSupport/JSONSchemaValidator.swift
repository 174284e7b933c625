import Foundation

/// Validates JSON documents against a JSON Schema with Python's `jsonschema` package, a
/// reference implementation, run as a subprocess.
public enum JSONSchemaValidator {
    /// Whether `python3` with `jsonschema` can be run here; tests that need it are skipped otherwise.
    public static let isAvailable: Bool = (try? run(["-c", "import jsonschema"]).status) == 0

    /// Validates each document; returns one line per problem (`file: path: message`), empty when all are valid.
    /// The schema's own `$schema` picks the draft (draft-04 for SARIF, 2020-12 for policies).
    public static func problems(schema: String, documents: [String]) throws -> [String] {
        let script = """
            import json, sys
            import jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            cls = jsonschema.validators.validator_for(schema)
            cls.check_schema(schema)
            validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
            for path in sys.argv[2:]:
                document = json.load(open(path, encoding="utf-8"))
                for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
                    print(path + ": /" + "/".join(map(str, error.absolute_path)) + ": " + error.message)
            """
        let result = try run(["-c", script, schema] + documents)
        if result.status != 0 { return ["python3 failed (\(result.status)): " + result.output] }
        return result.output.split(separator: "\n").map(String.init)
    }

    /// Writes text to a temporary file and returns its path.
    public static func temporaryFile(_ text: String, name: String) throws -> String {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(UUID().uuidString + "-" + name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
