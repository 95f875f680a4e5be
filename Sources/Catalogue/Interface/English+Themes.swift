extension English {
    public func theme(_ name: String, _ problem: ThemeProblem) -> String {
        let text = switch problem {
        case .unreadable: "the file cannot be read"
        case .unknown(let available): "does not exist (available: \(available.joined(separator: ", ")))"
        case .inheritsLoop: "“inherits” goes round in a circle"
        case .invalidJSON(let detail): "invalid JSON: \(detail)"
        case .unknownKey(let key): "unknown key “\(key)”"
        case .wrongType(let path): "wrong type at “\(path)”"
        case .inheritsNotBundled(let available): "“inherits” must be a built-in theme (\(available.joined(separator: ", ")))"
        case .badColours: "“colours” must be 0, 8 or 256"
        case .missingRoles(let roles): "roles missing: \(roles.joined(separator: ", "))"
        case .missingRolesKey: "“roles” is missing"
        case .unknownRole(let key, let known): "unknown role “\(key)” (known: \(known.joined(separator: ", ")))"
        case .badColour(let role, let key, let colours): "role “\(role)”: “\(key)” is not a colour this theme can show (\(colours) colours)"
        case .unknownFallback(let fallback): "“fallback” “\(fallback)” does not exist"
        }
        return "theme “\(name)”: \(text)"
    }
}
