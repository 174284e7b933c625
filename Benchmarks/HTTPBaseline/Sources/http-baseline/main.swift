import Hummingbird

// `POST /v1/policies/oncall/check` on 127.0.0.1:18600 (or the port given as the first argument):
// the body is read, as a decision service must, and a fixed answer of the decision's first fields
// is sent, so that what is measured is the HTTP stack alone.
let port = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 18600
let answer = ByteBuffer(string: "{\"needs_immediate_reply\":true,\"allowed\":true}\n")
let router = Router()
router.post("/v1/policies/oncall/check") { request, _ -> Response in
    _ = try await request.body.collect(upTo: 1 << 20)
    return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: answer))
}
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
try await app.runService()
