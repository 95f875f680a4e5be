import Foundation

/// The languages lederavtale speaks: bokmål (the default), nynorsk and English. Each has a
/// complete catalogue; the user's own text is never translated, and sorting stays Norwegian.
public enum Language: String, CaseIterable, Sendable, Codable {
    case nb, nn, en

    /// The catalogue of every user-visible text in this language.
    public var words: any Wording {
        switch self {
        case .nb: Bokmal()
        case .nn: Nynorsk()
        case .en: English()
        }
    }

    /// The language after this one, for the key that switches on the fly: nb → nn → en → nb.
    public var next: Language {
        let all = Language.allCases
        let i = all.firstIndex(of: self) ?? 0
        return all[(i + 1) % all.count]
    }

    /// A language named as the user may name it: the id in any case (`NN`), a locale-like tag
    /// that starts with it (`nn_NO.UTF-8`, `en-GB`), or its name (`nynorsk`); `no` is bokmål.
    /// Nil for anything else.
    public init?(named text: String) {
        let lowered = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch lowered {
        case "bokmål", "bokmal": self = .nb; return
        case "nynorsk": self = .nn; return
        case "english", "engelsk": self = .en; return
        default: break
        }
        let code = lowered.prefix { $0.isLetter }
        guard code.count == 2, lowered.count == 2 || "_-.@".contains(lowered[code.endIndex]) else { return nil }
        if code == "no" { self = .nb; return }
        guard let language = Language(rawValue: String(code)) else { return nil }
        self = language
    }
}

extension Language: Hashable {
    /// Hashed by place, not by name (a raw-valued enum otherwise hashes its name's text): the
    /// memos of laid-out text are keyed by language on every frame.
    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(Int(unsafeBitCast(self, to: UInt8.self))) }
}
