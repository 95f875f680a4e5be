import Catalogue
import Synchronization

/// What a screen laid out for one version of the agreement, kept across frames by key (a goals
/// line, the detail of a selection, a pane entry): a key that only moves a cursor lays out no
/// text again — cutting, wrapping and measuring text by display width was most of a main-screen
/// frame. The owner makes a new memo whenever the agreement changes; a new size, language or
/// glyph set starts the memo over, and so does passing `capacity` keys.
final class LayoutMemo<Key: Hashable & Sendable, Value: Sendable>: Equatable, Sendable {
    /// What a layout depends on besides the agreement and the key.
    struct Layout: Equatable, Sendable {
        var width: Int
        var height: Int
        var language: Language
        var glyphs: Glyphs
    }

    private struct Contents {
        var layout: Layout?
        var values: [Key: Value] = [:]
    }

    private let capacity: Int
    private let contents = Mutex(Contents())

    init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// The value of `key` laid out for `layout`, made by `make` the first time.
    func value(for key: Key, in layout: Layout, make: () -> Value) -> Value {
        if let kept = contents.withLock({ $0.layout == layout ? $0.values[key] : nil }) { return kept }
        let made = make()
        contents.withLock { memo in
            if memo.layout != layout || memo.values.count >= capacity { memo = Contents(layout: layout) }
            memo.values[key] = made
        }
        return made
    }

    /// How many keys are kept (for tests).
    var count: Int { contents.withLock { $0.values.count } }

    /// A memo holds nothing a screen shows that the agreement does not: every memo is equal, so
    /// two screens compare by what they show.
    static func == (a: LayoutMemo, b: LayoutMemo) -> Bool { true }
}
