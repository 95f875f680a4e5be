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

    /// A bundled theme by name, or a theme file by path (containing "/" or ending in ".json").
    public static func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: nameOrPath) else {
                throw ThemeError(theme: nameOrPath, message: "filen kan ikke leses")
            }
            return try parse(data, name: nameOrPath)
        }
        guard let bytes = bundledFiles[nameOrPath] else {
            throw ThemeError.unknown(nameOrPath, available: bundledNames)
        }
        return try parse(Data(bytes), name: nameOrPath)
    }

    /// Parses and validates one theme file; `inherits` is resolved among the bundled themes.
    public static func parse(_ data: Data, name: String, depth: Int = 0) throws(ThemeError) -> Theme {
        guard depth < 4 else { throw ThemeError(theme: name, message: "«inherits» går i ring") }
        let file: ThemeFile
        do {
            file = try JSONDecoder().decode(ThemeFile.self, from: data)
        } catch let error as ThemeFile.UnknownKey {
            throw ThemeError(theme: name, message: "ukjent nøkkel «\(error.key)»")
        } catch DecodingError.typeMismatch(_, let context) {
            throw ThemeError(theme: name, message: "feil type ved «\(context.codingPath.map(\.stringValue).joined(separator: "."))»")
        } catch {
            throw ThemeError(theme: name, message: "ugyldig JSON: \(error)")
        }
        var styles: [Role: Style] = [:]
        if let parentName = file.inherits {
            guard let bytes = bundledFiles[parentName] else {
                throw ThemeError(theme: name, message: "«inherits» må være et innebygd tema (\(bundledNames.joined(separator: ", ")))")
            }
            styles = try parse(Data(bytes), name: parentName, depth: depth + 1).styles
        }
        guard let colours = file.colours, [0, 8, 256].contains(colours) else {
            throw ThemeError(theme: name, message: "«colours» må være 0, 8 eller 256")
        }
        guard let roles = file.roles else {
            throw ThemeError(theme: name, message: "mangler «roles»")
        }
        for (key, value) in roles {
            guard let role = Role(rawValue: key) else {
                throw ThemeError(theme: name, message: "ukjent rolle «\(key)» (kjente: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            styles[role] = try style(value, role: key, theme: name, colours: colours)
        }
        let missing = Role.allCases.filter { styles[$0] == nil }
        if !missing.isEmpty {
            throw ThemeError(theme: name, message: "mangler roller: \(missing.map(\.rawValue).joined(separator: ", "))")
        }
        if let fallback = file.fallback, bundledFiles[fallback] == nil {
            throw ThemeError(theme: name, message: "«fallback» «\(fallback)» finnes ikke")
        }
        return Theme(name: file.name ?? name, colours: colours, fallback: file.fallback, styles: styles)
    }

    private static func style(_ value: ThemeFile.StyleFile, role: String, theme: String, colours: Int) throws(ThemeError) -> Style {
        func colour(_ raw: ThemeFile.ColourValue?, _ key: String) throws(ThemeError) -> Int? {
            guard let raw else { return nil }
            guard let index = ColourIndex.parse(raw.raw), index < max(colours, 1) else {
                throw ThemeError(theme: theme, message: "rollen «\(role)»: «\(key)» er ikke en farge dette temaet kan vise (\(colours) farger)")
            }
            return index
        }
        return Style(foreground: try colour(value.fg, "fg"), background: try colour(value.bg, "bg"),
                     bold: value.bold ?? false, underline: value.underline ?? false, reverse: value.reverse ?? false)
    }
}
