import AgreementKit
import Foundation

/// The user's own settings (never in a store): who they are and how the app looks.
/// `$XDG_CONFIG_HOME/lederavtale/config.json` (`~/.config/lederavtale/config.json`).
public struct Config: Equatable, Sendable, Codable {
    /// The schema version of the config file.
    public static let currentVersion = 1

    public var version: Int = Config.currentVersion
    /// The person's name, recorded with what they do (amendments, sign-offs, comments).
    public var name: String?
    /// The role the app opens with; `--as` overrides it for one session.
    public var role: Party?
    /// A language id (`nb`); bokmål when unset.
    public var language: String?
    /// A theme name or theme file.
    public var theme: String?

    public init(name: String? = nil, role: Party? = nil, language: String? = nil, theme: String? = nil) {
        self.name = name
        self.role = role
        self.language = language
        self.theme = theme
    }
}

/// Reads and writes the config file, strictly like every store file, atomically through the writer.
public struct ConfigStore: Sendable {
    public let path: String
    public let fileSystem: any FileSystem

    public init(path: String, fileSystem: any FileSystem = LiveFileSystem()) {
        self.path = path
        self.fileSystem = fileSystem
    }

    /// The config file for an environment: `$XDG_CONFIG_HOME/lederavtale/config.json`, else
    /// `$HOME/.config/lederavtale/config.json`.
    public static func location(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return "\(xdg)/lederavtale/config.json" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return "\(home)/.config/lederavtale/config.json"
    }

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(path: Self.location(environment: environment))
    }

    /// The settings; empty when there is no file. A broken file is an error with line and column.
    public func load() throws(StoreError) -> Config {
        let data: Data
        do { data = try fileSystem.read(path, limit: 1024 * 1024) } catch {
            if error.reason == .notFound { return Config() }
            throw StoreError(file: path, problem: .unreadable(error))
        }
        let decoder = FileDecoder(migration: SchemaMigration(steps: [:], currentVersion: Config.currentVersion))
        return try decoder.decode(Config.self, kind: .agreement, from: data, file: path, version: \.version)
    }

    /// Writes the settings (mode 0600: a name is personal), creating the folder if needed.
    public func save(_ config: Config) throws(StoreError) {
        var config = config
        config.version = Config.currentVersion
        do {
            try fileSystem.createDirectory(AtomicWriter.split(path).directory, permissions: 0o700)
            let data = try StoreCoding.encode(config)
            try fileSystem.write(data, to: path, options: WriteOptions(permissions: .exactly(0o600), followsSymlink: true))
        } catch let error as FileSystemError {
            throw StoreError(file: error.path, problem: .writeFailed(error))
        } catch {
            throw StoreError(file: path, problem: .encodingFailed(detail: "\(error)"))
        }
    }
}
