/// Where the store is: `--store DIR`, else `LEDERAVTALE_STORE`, else `$XDG_DATA_HOME/lederavtale`
/// (`~/.local/share/lederavtale`).
public struct StoreLocation: Equatable, Sendable {
    public var path: String
    /// True when neither the option nor the variable chose it: the default store, seeded on first run.
    public var isDefault: Bool

    public init(path: String, isDefault: Bool) {
        self.path = path
        self.isDefault = isDefault
    }

    /// Resolves the store from the option and the environment.
    public static func resolve(option: String?, environment: [String: String]) -> StoreLocation {
        if let option, !option.isEmpty { return StoreLocation(path: option, isDefault: false) }
        if let variable = environment["LEDERAVTALE_STORE"], !variable.isEmpty {
            return StoreLocation(path: variable, isDefault: false)
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return StoreLocation(path: "\(xdg)/lederavtale", isDefault: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return StoreLocation(path: "\(home)/.local/share/lederavtale", isDefault: true)
    }
}
