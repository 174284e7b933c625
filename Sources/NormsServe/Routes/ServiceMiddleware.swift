import Hummingbird

/// The first middleware every request passes: it requires the bearer token where one is set,
/// turns every error into the service's JSON error answer, and counts each answer by route pattern
/// and status.
struct ServiceMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The token's bytes, when routes require one.
    let token: [UInt8]?
    let metrics: ServiceMetrics

    /// Whether `path` is open without a token: the health checks load balancers and orchestrators call.
    static func isOpen(_ path: String) -> Bool {
        path == "/healthz" || path == "/readyz"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response: Response
        do {
            try authorize(request)
            response = try await next(request, context)
        } catch {
            let answer = Self.serviceError(error, path: request.uri.path)
            count(request, context: context, status: answer.status.code)
            return try answer.response(from: request, context: context)
        }
        count(request, context: context, status: response.status.code)
        return response
    }

    private func authorize(_ request: Request) throws(ServiceError) {
        guard !Self.isOpen(request.uri.path) else { return }
        try BearerToken.authorize(request.headers, token: token)
    }

    private func count(_ request: Request, context: Context, status: Int) {
        metrics.countRequest(endpoint: context.endpointPath, method: Self.methodLabel(request.method), status: status)
    }

    /// The method's label: methods are open-ended tokens, so any but the standard ones count as `OTHER`.
    static func methodLabel(_ method: HTTPRequest.Method) -> String {
        switch method {
        case .get, .head, .post, .put, .patch, .delete, .options: method.rawValue
        default: "OTHER"
        }
    }

    /// The JSON error answer for whatever a route threw.
    static func serviceError(_ error: any Error, path: String) -> ServiceError {
        switch error {
        case let error as ServiceError:
            return error
        case let error as HTTPError where error.status == .notFound:
            return .unknownRoute(path)
        case let error as HTTPError where error.status == .methodNotAllowed:
            return ServiceError(.methodNotAllowed, code: "serve.method-not-allowed",
                                message: "this route does not take that method — see docs/openapi.yaml")
        case let error as any HTTPResponseError:
            return ServiceError(error.status, code: "serve.http-error",
                                message: error.status.reasonPhrase.lowercased())
        default:
            return ServiceError(.internalServerError, code: "serve.internal-error",
                                message: "the service could not answer this request; it keeps serving others")
        }
    }
}

/// The service's token in a request's `Authorization: Bearer TOKEN` header.
enum BearerToken {
    /// Whether the header fields carry `token`, compared in constant time.
    static func isCarried(in fields: HTTPFields, token: [UInt8]) -> Bool {
        let prefix = "Bearer "
        guard let header = fields[.authorization], header.hasPrefix(prefix) else { return false }
        return ContentHash.constantTimeEquals(header.utf8.dropFirst(prefix.utf8.count), token)
    }

    /// Lets a request to a route that needs the token through when its fields carry it, or when
    /// the service has no token.
    /// - Throws: ``ServiceError/unauthorized`` otherwise.
    static func authorize(_ fields: HTTPFields, token: [UInt8]?) throws(ServiceError) {
        guard let token else { return }
        guard isCarried(in: fields, token: token) else { throw ServiceError.unauthorized }
    }
}
