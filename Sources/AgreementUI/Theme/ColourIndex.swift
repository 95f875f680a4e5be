/// Colours in theme files: a 256-colour index, a basic colour name, or "#RRGGBB".
public enum ColourIndex {
    static let names = ["black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7]

    /// The colour index for a JSON value, or nil if it names no colour.
    public static func parse(_ value: Any) -> Int? {
        if let n = value as? Int { return (0...255).contains(n) ? n : nil }
        guard let s = value as? String else { return nil }
        if let n = names[s] { return n }
        guard s.count == 7, s.hasPrefix("#"), let rgb = Int(s.dropFirst(), radix: 16) else { return nil }
        return nearest(red: (rgb >> 16) & 0xFF, green: (rgb >> 8) & 0xFF, blue: rgb & 0xFF)
    }

    /// The xterm-256 index (cube 16–231 or grey ramp 232–255) nearest to an RGB colour.
    public static func nearest(red: Int, green: Int, blue: Int) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func level(_ c: Int) -> Int { levels.indices.min { abs(levels[$0] - c) < abs(levels[$1] - c) }! }
        let (r, g, b) = (level(red), level(green), level(blue))
        let cube = 16 + 36 * r + 6 * g + b
        let cubeDistance = sq(levels[r] - red) + sq(levels[g] - green) + sq(levels[b] - blue)
        let average = (red + green + blue) / 3
        let greyStep = max(0, min(23, (average - 8 + 5) / 10))
        let grey = 8 + 10 * greyStep
        let greyDistance = sq(grey - red) + sq(grey - green) + sq(grey - blue)
        return greyDistance < cubeDistance ? 232 + greyStep : cube
    }

    private static func sq(_ x: Int) -> Int { x * x }
}
