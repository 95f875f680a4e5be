import Synchronization

/// The grapheme clusters of more than one scalar that cells have held, each kept once and
/// numbered, so that a `Cell` stays eight bytes. Such clusters are rare (flags, combining marks,
/// emoji sequences) and few distinct ones occur in a session; the table only grows.
final class GraphemeTable: Sendable {
    static let shared = GraphemeTable()

    private struct Contents {
        var texts: [String] = []
        var numbers: [String: UInt32] = [:]
    }

    private let contents = Mutex(Contents())

    /// The number of a cluster, given one the first time it is seen.
    func number(_ text: String) -> UInt32 {
        contents.withLock { table in
            if let number = table.numbers[text] { return number }
            let number = UInt32(table.texts.count)
            table.texts.append(text)
            table.numbers[text] = number
            return number
        }
    }

    /// The cluster of a number this table gave ("" for one it never gave).
    func text(_ number: UInt32) -> String {
        contents.withLock { table in
            Int(number) < table.texts.count ? table.texts[Int(number)] : ""
        }
    }
}
