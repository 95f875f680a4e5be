/// A conflict the merge recorded on a value of the agreement, for a person to settle: the two
/// values (the field keeps `a` until then), who set each and when, and what it was before.
public struct FieldConflict: Identifiable, Equatable, Sendable, Codable {
    /// What kind of disagreement it is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Both sides changed the value, differently.
        case bothChanged
        /// One side removed the item, the other changed it: the item is kept.
        case changedAndRemoved
        /// A blue field was changed freely on one side while the other side signed the agreement
        /// or moved on from Inngåelse: the change is kept, to be confirmed as an amendment (with a
        /// reason) or taken back.
        case amendmentCandidate
    }

    /// Made from the conflict's content, so the same conflict met in two merges is one.
    public var id: ItemID
    public var kind: Kind
    /// Where the value is: `goalAreas/<id>/rows/<id>/target`.
    public var path: ChangePath
    /// The value before both changes; nil when there was none.
    public var base: JSONValue?
    /// The value kept in the field (this side's), nil when removed.
    public var a: JSONValue?
    /// The other value, nil when removed (and for an amendment candidate, which has one).
    public var b: JSONValue?
    /// Who set `a` and when, if known.
    public var aBy: ChangeStamp?
    /// Who set `b` and when, if known.
    public var bBy: ChangeStamp?
    /// When the merge met it.
    public var recorded: String

    public init(kind: Kind, path: ChangePath, base: JSONValue?, a: JSONValue?, b: JSONValue?, aBy: ChangeStamp? = nil,
                bBy: ChangeStamp? = nil, recorded: String) {
        self.kind = kind
        self.path = path
        self.base = base
        self.a = a
        self.b = b
        self.aBy = aBy
        self.bBy = bBy
        self.recorded = recorded
        // The two sides in a fixed order: the same conflict whichever side merged.
        let sides = [a, b].map { $0?.canonicalText ?? "-" }.sorted()
        id = FieldConflict.id(kind: kind, path: path, texts: [base?.canonicalText ?? "-"] + sides)
    }

    /// An id from the content (FNV-1a, 64 bits, in the item-id alphabet): the same conflict gets
    /// the same id whichever side merges, so the union of two lists holds it once.
    static func id(kind: Kind, path: ChangePath, texts: [String]) -> ItemID {
        let text = ([kind.rawValue, path.description] + texts).joined(separator: "\u{1F}")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var out = "k"
        for _ in 0..<9 {
            out.append(alphabet[Int(hash % UInt64(alphabet.count))])
            hash /= UInt64(alphabet.count)
        }
        return ItemID(out)
    }
}
