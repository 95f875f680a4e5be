extension Screen {
    /// The cells `spans` make in a line of `width` columns, for a line laid out once and drawn
    /// again on later frames with `put(row:x:y:)` (measuring and cutting text is most of a frame).
    public static func row(of spans: [Span], width: Int) -> [Cell] {
        var line = Screen(width: width, height: 1)
        line.put(spans, x: 0, y: 0, width: width)
        return line.cells
    }

    /// The rows of an area drawn once off-screen, to be copied in on later frames with
    /// `put(row:x:y:)`.
    public var rows: [[Cell]] {
        (0..<height).map { y in Array(cells[y * width..<(y + 1) * width]) }
    }

    /// Copies a laid-out line to (x, y), clipped to the screen; never leaves half a wide grapheme
    /// at either edge.
    public mutating func put(row: [Cell], x: Int, y: Int) {
        guard y >= 0, y < height else { return }
        let start = max(x, 0), end = min(x + row.count, width)
        guard start < end else { return }
        breakWide(at: start, y: y, width: end - start)
        let base = y * width
        // One copy of the cells' memory (the array's replaceSubrange went element by element).
        row.withUnsafeBufferPointer { source in
            cells.withUnsafeMutableBufferPointer { target in
                guard let from = source.baseAddress, let to = target.baseAddress else { return }
                (to + base + start).update(from: from + (start - x), count: end - start)
            }
        }
        // A wide grapheme whose right half fell outside, or whose left half did, becomes a blank.
        if row[start - x].isContinuation { cells[base + start].blankText() }
        if end - x < row.count, row[end - x].isContinuation { cells[base + end - 1].blankText() }
    }
}
