/// A failure reported as one line on standard error (already worded), with exit code 1 or 2.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    var code: Int32 = 1

    init(_ description: String, code: Int32 = 1) {
        self.description = description
        self.code = code
    }
}
