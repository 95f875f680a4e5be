/// What a type-to-filter list showed for each shorter filter on the way to the current one, so
/// Backspace widens back to it without testing every entry again (the picker and the overview).
/// A cache of what the filter already decides: two trails are always equal, so it never makes
/// two screen states differ.
struct NarrowingTrail: Equatable, Sendable {
    private struct Step: Sendable {
        var text: String
        var visible: [Int]
    }

    private var steps: [Step] = []

    /// Before the filter grows from `text`: what it shows now.
    mutating func push(text: String, visible: [Int]) {
        steps.append(Step(text: text, visible: visible))
    }

    /// After the filter shrank to `text`: what it showed then, when it was on the trail; the
    /// steps of longer filters are dropped either way.
    mutating func widen(to text: String) -> [Int]? {
        while let last = steps.last, last.text.utf8.count > text.utf8.count { steps.removeLast() }
        guard let last = steps.last, last.text == text else { return nil }
        steps.removeLast()
        return last.visible
    }

    /// Forgets every step (the filter cleared, the entries or their texts changed).
    mutating func clear() {
        steps.removeAll()
    }

    static func == (_: NarrowingTrail, _: NarrowingTrail) -> Bool { true }
}
