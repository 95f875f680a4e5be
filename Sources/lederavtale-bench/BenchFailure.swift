/// A failure of the bench tool, reported as one line on standard error with its exit code.
struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    var code: Int32

    init(_ description: String, code: Int32 = 1) {
        self.description = description
        self.code = code
    }
}
