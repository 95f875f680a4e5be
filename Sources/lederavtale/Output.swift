#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgreementStore
import AgreementUI
import Foundation

/// Writing text for a terminal or a pipe, with every write checked: a full disk, a closed pipe
/// or a broken terminal is an `OutputError` (reported as "kunne ikke skrive utdata: …", exit 1),
/// never lost in silence and never a crash. Agreement text is made inert first, so a hostile
/// file cannot send escape sequences to the user's terminal.
enum Output {
    /// A line on standard output.
    static func line(_ text: String) throws(OutputError) {
        try write(Data((Inert.text(text) + "\n").utf8), to: STDOUT_FILENO)
    }

    /// Text of our own that spans lines (help, a usage error): each line made inert, the line
    /// breaks kept; on standard output, or standard error with `toError`.
    static func lines(_ text: String, toError: Bool = false) throws(OutputError) {
        let inert = text.split(separator: "\n", omittingEmptySubsequences: false).map { Inert.text(String($0)) }.joined(separator: "\n")
        try write(Data((inert + "\n").utf8), to: toError ? STDERR_FILENO : STDOUT_FILENO)
    }

    /// Bytes on standard output as they are (an export, already safe for a terminal).
    static func data(_ data: Data) throws(OutputError) {
        try write(data, to: STDOUT_FILENO)
    }

    /// A line on standard error.
    static func error(_ text: String) throws(OutputError) {
        try write(Data((Inert.text(text) + "\n").utf8), to: STDERR_FILENO)
    }

    /// Text padded to a display width (æøå and wide characters measured correctly).
    static func column(_ text: String, _ width: Int) -> String {
        TextLayout.pad(Inert.text(text), to: width)
    }

    /// Flushes C's buffered streams (anything a library printed with `print`) and reports an
    /// error met there; call before exiting. Output's own writes are unbuffered and checked.
    static func finish() throws(OutputError) {
        if fflush(nil) != 0 { throw OutputError(stream: STDOUT_FILENO, code: errno == 0 ? EIO : errno) }
    }

    /// write(2) until every byte is out, through EINTR.
    static func write(_ data: Data, to fd: Int32) throws(OutputError) {
        let failure: Int32? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, base + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if n == 0 { return EIO }
                offset += n
            }
            return nil
        }
        if let failure { throw OutputError(stream: fd, code: failure) }
    }
}

/// Standard output or error could not be written.
struct OutputError: Error {
    /// 1 or 2.
    var stream: Int32
    var code: Int32

    /// The reason as the store's file errors give it ("disken er full (No space left on device)").
    var fileSystemError: FileSystemError {
        FileSystemError(path: stream == STDOUT_FILENO ? "/dev/stdout" : "/dev/stderr", code: code)
    }
}
