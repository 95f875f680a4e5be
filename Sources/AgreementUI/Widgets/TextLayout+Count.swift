extension TextLayout {
    /// How many lines `wrap(string, width:)` gives, without making them: for text of simple
    /// scalars (see `DisplayWidth.simpleColumns`) and line breaks it is counted straight from
    /// the UTF-8 bytes, so measuring thousands of log entries costs little; other text is wrapped.
    public static func lineCount(_ string: String, width: Int) -> Int {
        guard width > 0 else { return 0 }
        var string = string
        if let n = string.withUTF8({ simpleLineCount(bytes: $0, width: width) }) { return n }
        return wrap(string, width: width).count
    }

    /// `wrap`'s rules on bytes: paragraphs at "\n", words at " ", a word wider than the line
    /// broken into lines of exactly `width` columns (every simple scalar is one column); nil
    /// when a byte is neither a simple scalar nor "\n".
    private static func simpleLineCount(bytes: UnsafeBufferPointer<UInt8>, width: Int) -> Int? {
        var lines = 0
        var lineWidth = 0
        var lineEmpty = true
        var wordWidth = 0
        var index = 0
        let count = bytes.count
        /// Places the word just read on the line as `wrapParagraph` does.
        func endWord() {
            guard wordWidth > 0 else { return }
            let gap = lineEmpty ? 0 : 1
            if lineWidth + gap + wordWidth <= width {
                lineWidth += gap + wordWidth
            } else {
                if !lineEmpty { lines += 1 }
                var rest = wordWidth
                while rest > width {
                    lines += 1
                    rest -= width
                }
                lineWidth = rest
            }
            lineEmpty = false
            wordWidth = 0
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 {
                endWord()
                index += 1
            } else if byte == 0x0A {
                endWord()
                lines += 1
                lineWidth = 0
                lineEmpty = true
                index += 1
            } else if byte > 0x20 && byte <= 0x7E {
                wordWidth += 1
                index += 1
            } else {
                // U+00A0…U+02FF: a lead byte 0xC2 (with a second byte of at least 0xA0) … 0xCB.
                guard byte >= 0xC2 && byte <= 0xCB, index + 1 < count else { return nil }
                let second = bytes[index + 1]
                guard second & 0xC0 == 0x80, byte != 0xC2 || second >= 0xA0 else { return nil }
                wordWidth += 1
                index += 2
            }
        }
        endWord()
        return lines + 1
    }
}
