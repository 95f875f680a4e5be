extension Bokmal {
    public func theme(_ name: String, _ problem: ThemeProblem) -> String {
        let text = switch problem {
        case .unreadable: "filen kan ikke leses"
        case .unknown(let available): "finnes ikke (tilgjengelige: \(available.joined(separator: ", ")))"
        case .inheritsLoop: "«inherits» går i ring"
        case .invalidJSON(let detail): "ugyldig JSON: \(detail)"
        case .unknownKey(let key): "ukjent nøkkel «\(key)»"
        case .wrongType(let path): "feil type ved «\(path)»"
        case .inheritsNotBundled(let available): "«inherits» må være et innebygd tema (\(available.joined(separator: ", ")))"
        case .badColours: "«colours» må være 0, 8 eller 256"
        case .missingRoles(let roles): "mangler roller: \(roles.joined(separator: ", "))"
        case .missingRolesKey: "mangler «roles»"
        case .unknownRole(let key, let known): "ukjent rolle «\(key)» (kjente: \(known.joined(separator: ", ")))"
        case .badColour(let role, let key, let colours): "rollen «\(role)»: «\(key)» er ikke en farge dette temaet kan vise (\(colours) farger)"
        case .unknownFallback(let fallback): "«fallback» «\(fallback)» finnes ikke"
        }
        return "tema «\(name)»: \(text)"
    }
}
