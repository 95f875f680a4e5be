/// CSS string literals for text that comes from the agreement (the running header of the print
/// copy). Quotes and backslashes are escaped, and so are `<`, `&` and `>`, so the stylesheet
/// can never end its `<style>` element and the page stays well-formed XML.
enum CSSText {
    /// The text as a double-quoted CSS string.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in SafeText.inert(text).unicodeScalars {
            switch scalar {
            case "\"", "\\": out += "\\" + String(scalar)
            case "<", "&", ">", "\n", "\t": out += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
