import Hummingbird
import NormsReporting
import NormsSource

/// An error answer: its HTTP status, and the body
/// `{"error": {"code": CODE, "message": TEXT, "line": N, "column": N}}` (`line` and `column` only
/// when the problem has a position in the request body). docs/openapi.yaml describes each status.
package struct ServiceError: HTTPResponseError, Sendable {
    package var status: HTTPResponse.Status
    /// A stable, dotted code: the diagnostic's own (`json.syntax`, `message.unknown-recipient`), or
    /// one of the service's (`serve.unknown-policy`, `serve.body-too-large`, ...).
    package var code: String
    /// The problem and its fix, as `norms check` words them.
    package var message: String
    package var line: Int?
    package var column: Int?
    /// Extra response headers, such as `WWW-Authenticate`.
    package var headers: HTTPFields = [:]

    package init(_ status: HTTPResponse.Status, code: String, message: String, line: Int? = nil, column: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.line = line
        self.column = column
    }

    /// The first diagnostic's code and position, and every diagnostic's sentence and fix.
    package init(_ status: HTTPResponse.Status, diagnostics: [Diagnostic]) {
        let first = diagnostics.first
        let span = first?.span.flatMap { $0.isSynthetic ? nil : $0 }
        self.init(status, code: first?.code ?? "serve.invalid-input", message: BatchLineChecker.errorText(diagnostics),
                  line: span?.start.line, column: span?.start.column)
    }

    /// The body: one compact JSON object and a line feed.
    package var json: JSONValue {
        var members: [(String, JSONValue)] = [("code", .string(code)), ("message", .string(message))]
        if let line { members.append(("line", .int(line))) }
        if let column { members.append(("column", .int(column))) }
        return .object([("error", .object(members))])
    }

    package func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: responseFields, body: ResponseBody(byteBuffer: responseBody))
    }

    /// The answer's header fields: ``headers`` and the content type.
    var responseFields: HTTPFields {
        var fields = headers
        fields[.contentType] = "application/json"
        return fields
    }

    /// The answer's body: ``json``, compact, and a line feed.
    var responseBody: ByteBuffer {
        ByteBuffer(string: json.compact + "\n")
    }
}

extension ServiceError {
    /// 404 for a policy the service does not hold, with a did-you-mean.
    package static func unknownPolicy(_ name: String, known: [String]) -> ServiceError {
        let hint = Suggestions.didYouMean(name, in: known)
            ?? (known.isEmpty ? "the service holds no policy" : "the policies served are: \(known.joined(separator: ", "))")
        return ServiceError(.notFound, code: "serve.unknown-policy", message: "unknown policy \(quoted: name) — \(hint)")
    }

    /// 503 for a policy whose file has never loaded.
    package static func policyNotLoaded(_ policy: ServedPolicy) -> ServiceError {
        let errors = policy.lastAttempt.diagnostics.filter { $0.severity == .error }
        return ServiceError(.serviceUnavailable, code: "serve.policy-not-loaded",
                            message: "policy \(quoted: policy.name) has not loaded: "
                                + BatchLineChecker.errorText(errors) + "; fix the file and reload (SIGHUP)")
    }

    /// 413 for a body over the limit.
    package static func bodyTooLarge(limit: Int) -> ServiceError {
        ServiceError(.contentTooLarge, code: "serve.body-too-large",
                     message: "the request body is larger than \(limit) bytes — send one message per request, "
                        + "or many as JSON lines to /check/batch")
    }

    /// 401 for a request without the bearer token.
    package static let unauthorized: ServiceError = {
        var error = ServiceError(.unauthorized, code: "serve.unauthorized",
                                 message: "this route needs the header 'Authorization: Bearer TOKEN' with the service's token")
        error.headers[.wwwAuthenticate] = "Bearer"
        return error
    }()

    /// 404 for a path that is no route.
    package static func unknownRoute(_ path: String) -> ServiceError {
        ServiceError(.notFound, code: "serve.unknown-route",
                     message: "no route \(quoted: path) — see docs/openapi.yaml for the routes")
    }
}
