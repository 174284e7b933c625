import Foundation

/// Validates JSON documents against a JSON Schema with Python's `jsonschema` package, a
/// reference implementation, run as a subprocess.
///
/// A test that validates never passes without validating: when no Python with `jsonschema` is
/// found, ``problems(schema:documents:interpreters:)`` throws ``ToolMissing``, and the test fails
/// with a sentence that says what to install. `.ci/run` installs it.
public enum JSONSchemaValidator {
    /// The Pythons tried, in order: the first on `PATH`, then the system's, where Debian's
    /// `python3-jsonschema` package installs (a `PATH` that starts with pyenv's or a virtual
    /// environment's Python would not see it).
    public static let defaultInterpreters = ["python3", "/usr/bin/python3"]

    /// No Python that can import `jsonschema` was found.
    public struct ToolMissing: Error, CustomStringConvertible {
        /// The Pythons that were tried.
        public var tried: [String]

        public var description: String {
            """
            validating against a JSON Schema needs Python 3 with the jsonschema package, and none of \
            \(tried.map { "'\($0)'" }.joined(separator: ", ")) can import it: install it with \
            'apt-get install python3-jsonschema' or 'python3 -m pip install jsonschema' (bash .ci/run does)
            """
        }
    }

    /// The first of `interpreters` that can import `jsonschema`, found once per list.
    public static func interpreter(among interpreters: [String] = defaultInterpreters) -> String? {
        if interpreters == defaultInterpreters { return defaultInterpreter }
        return interpreters.first { (try? run($0, ["-c", "import jsonschema"]).status) == 0 }
    }

    private static let defaultInterpreter: String? = defaultInterpreters.first { (try? run($0, ["-c", "import jsonschema"]).status) == 0 }

    /// Validates each document; returns one line per problem (`file: path: message`), empty when all are valid.
    /// The schema's own `$schema` picks the draft (draft-04 for SARIF, 2020-12 for policies).
    /// - Throws: ``ToolMissing`` when none of `interpreters` can import `jsonschema`.
    public static func problems(schema: String, documents: [String], interpreters: [String] = defaultInterpreters) throws -> [String] {
        guard let python = interpreter(among: interpreters) else { throw ToolMissing(tried: interpreters) }
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
        let result = try run(python, ["-c", script, schema] + documents)
        if result.status != 0 { return ["\(python) failed (\(result.status)): " + result.output] }
        return result.output.split(separator: "\n").map(String.init)
    }

    /// Writes text to a temporary file and returns its path.
    public static func temporaryFile(_ text: String, name: String) throws -> String {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(UUID().uuidString + "-" + name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs `python` (a path, or a name looked up on `PATH`).
    private static func run(_ python: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        if python.hasPrefix("/") {
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [python] + arguments
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
