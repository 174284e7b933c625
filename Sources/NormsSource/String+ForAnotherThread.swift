extension String {
    /// The same text in storage of its own, for another thread. Every position made from a file's
    /// name retains the name's storage, and threads that retain and release the same storage
    /// contend for its reference count; a copy per worker or per chunk keeps each count to one
    /// thread. (Text of up to 15 bytes has no storage to share and is simply copied.)
    package func forAnotherThread() -> String { String(decoding: Array(utf8), as: UTF8.self) }
}
