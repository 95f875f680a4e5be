import Synchronization

/// The grapheme clusters of more than one scalar that cells have held, each kept once and
/// numbered, so that a `Cell` stays four bytes. Such clusters are rare (flags, combining marks,
/// emoji sequences) and few distinct ones occur in a session; the table only grows.
final class GraphemeTable: Sendable {
    static let shared = GraphemeTable()

    private struct Contents {
        var texts: [String] = []
        var numbers: [String: UInt32] = [:]
    }

    private let contents = Mutex(Contents())

    /// The most clusters kept: a cell's code has room for numbers below this.
    let limit: Int

    init(limit: Int = Int(Cell.clusterLimit)) {
        self.limit = limit
    }

    /// The number of a cluster, given one the first time it is seen; nil once the table is full
    /// (millions of distinct clusters drawn: the cell then shows the cluster's first scalar).
    func number(_ text: String) -> UInt32? {
        contents.withLock { table in
            if let number = table.numbers[text] { return number }
            guard table.texts.count < limit else { return nil }
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
