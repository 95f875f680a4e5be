import Catalogue
import Foundation

/// Reads and validates theme files: `{ "name", "colours", "fallback"?, "inherits"?, "roles": { role: style } }`.
///
/// A style is `{ "fg": 33 | "#0072B2" | "blue", "bg": …, "bold": true, "underline": true, "reverse": true }`.
/// Hex colours are mapped to the nearest of the 256 xterm colours.
public enum ThemeLoader {
    /// Names of the themes built into the binary, from `themes/`.
    public static let bundledNames: [String] = bundledFiles.keys.sorted()

    static let bundledFiles: [String: [UInt8]] = [
        "default": PackageResources.default_json,
        "basic": PackageResources.basic_json,
        "mono": PackageResources.mono_json,
        "okabe-ito": PackageResources.okabe_ito_json,
    ]

    /// True when the name given is a theme file's path (containing "/" or ending in ".json"),
    /// which the executable reads and passes to `parse`.
    public static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.contains("/") || nameOrPath.hasSuffix(".json")
    }

    /// A bundled theme by name.
    public static func bundled(_ name: String) throws(ThemeError) -> Theme {
        guard let bytes = bundledFiles[name] else {
            throw ThemeError(theme: name, .unknown(available: bundledNames))
        }
        return try parse(Data(bytes), name: name)
    }

    /// Parses and validates one theme file; `inherits` is resolved among the bundled themes.
    public static func parse(_ data: Data, name: String, depth: Int = 0) throws(ThemeError) -> Theme {
        guard depth < 4 else { throw ThemeError(theme: name, .inheritsLoop) }
        let file: ThemeFile
        do {
            file = try JSONDecoder().decode(ThemeFile.self, from: data)
        } catch let error as ThemeFile.UnknownKey {
            throw ThemeError(theme: name, .unknownKey(error.key))
        } catch DecodingError.typeMismatch(_, let context) {
            throw ThemeError(theme: name, .wrongType(at: context.codingPath.map(\.stringValue).joined(separator: ".")))
        } catch {
            throw ThemeError(theme: name, .invalidJSON("\(error)"))
        }
        var styles: [Role: Style] = [:]
        if let parentName = file.inherits {
            guard let bytes = bundledFiles[parentName] else {
                throw ThemeError(theme: name, .inheritsNotBundled(available: bundledNames))
            }
            styles = try parse(Data(bytes), name: parentName, depth: depth + 1).styles
        }
        guard let colours = file.colours, [0, 8, 256].contains(colours) else {
            throw ThemeError(theme: name, .badColours)
        }
        guard let roles = file.roles else {
            throw ThemeError(theme: name, .missingRolesKey)
        }
        for (key, value) in roles {
            guard let role = Role(rawValue: key) else {
                throw ThemeError(theme: name, .unknownRole(key, known: Role.allCases.map(\.rawValue)))
            }
            styles[role] = try style(value, role: key, theme: name, colours: colours)
        }
        let missing = Role.allCases.filter { styles[$0] == nil }
        if !missing.isEmpty {
            throw ThemeError(theme: name, .missingRoles(missing.map(\.rawValue)))
        }
        if let fallback = file.fallback, bundledFiles[fallback] == nil {
            throw ThemeError(theme: name, .unknownFallback(fallback))
        }
        return Theme(name: file.name ?? name, colours: colours, fallback: file.fallback, styles: styles)
    }

    private static func style(_ value: ThemeFile.StyleFile, role: String, theme: String, colours: Int) throws(ThemeError) -> Style {
        func colour(_ raw: ThemeFile.ColourValue?, _ key: String) throws(ThemeError) -> Int? {
            guard let raw else { return nil }
            guard let index = ColourIndex.parse(raw.raw), index < max(colours, 1) else {
                throw ThemeError(theme: theme, .badColour(role: role, key: key, colours: colours))
            }
            return index
        }
        return Style(foreground: try colour(value.fg, "fg"), background: try colour(value.bg, "bg"),
                     bold: value.bold ?? false, underline: value.underline ?? false, reverse: value.reverse ?? false)
    }
}
