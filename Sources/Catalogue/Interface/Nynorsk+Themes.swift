extension Nynorsk {
    public func theme(_ name: String, _ problem: ThemeProblem) -> String {
        let text = switch problem {
        case .unreadable: "fila kan ikkje lesast"
        case .unknown(let available): "finst ikkje (tilgjengelege: \(available.joined(separator: ", ")))"
        case .inheritsLoop: "«inherits» går i ring"
        case .invalidJSON(let detail): "ugyldig JSON: \(detail)"
        case .unknownKey(let key): "ukjend nøkkel «\(key)»"
        case .wrongType(let path): "feil type ved «\(path)»"
        case .inheritsNotBundled(let available): "«inherits» må vere eit innebygd tema (\(available.joined(separator: ", ")))"
        case .badColours: "«colours» må vere 0, 8 eller 256"
        case .missingRoles(let roles): "manglar roller: \(roles.joined(separator: ", "))"
        case .missingRolesKey: "manglar «roles»"
        case .unknownRole(let key, let known): "ukjend rolle «\(key)» (kjende: \(known.joined(separator: ", ")))"
        case .badColour(let role, let key, let colours): "rolla «\(role)»: «\(key)» er ikkje ein farge dette temaet kan vise (\(colours) fargar)"
        case .unknownFallback(let fallback): "«fallback» «\(fallback)» finst ikkje"
        }
        return "tema «\(name)»: \(text)"
    }
}
