/// Where a value is in an agreement's file, by stable ids: `goalAreas/ga1/rows/r1/target`.
/// Object keys and item ids alternate as the file nests them; an id stands for the item with
/// that `id` in the list before it, wherever the item has moved. Written with `/` between the
/// parts (`~` and `/` inside a part as `~0` and `~1`, as JSON Pointer does).
public struct ChangePath: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var components: [String]

    public init(_ components: [String] = []) {
        self.components = components
    }

    /// Parses the written form; "" is the root.
    public init(text: String) {
        components = text.isEmpty ? [] : text.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    public var description: String {
        components.map { $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined(separator: "/")
    }

    /// The path one step further down.
    public func appending(_ component: String) -> ChangePath {
        ChangePath(components + [component])
    }

    /// The last part: a field's key or an item's id.
    public var last: String? { components.last }

    /// The path without its last part.
    public var parent: ChangePath { ChangePath(Array(components.dropLast())) }

    /// True if `self` is `other` or lies inside it.
    public func isWithin(_ other: ChangePath) -> Bool {
        components.count >= other.components.count && Array(components.prefix(other.components.count)) == other.components
    }

    /// The value at this path in a tree: keys in objects, ids in item lists.
    public func value(in tree: JSONValue) -> JSONValue? {
        var current = tree
        for component in components {
            switch current {
            case .object(let members):
                guard let next = members[component] else { return nil }
                current = next
            case .array(let elements):
                guard let next = elements.first(where: { $0.itemID == component }) else { return nil }
                current = next
            default:
                return nil
            }
        }
        return current
    }

    /// The tree with the value at this path replaced; nil removes it (a key, or an item from
    /// its list). Returns nil when the path leads nowhere.
    public func setting(_ value: JSONValue?, in tree: JSONValue) -> JSONValue? {
        guard let first = components.first else { return value ?? .null }
        let rest = ChangePath(Array(components.dropFirst()))
        switch tree {
        case .object(var members):
            if rest.components.isEmpty {
                members[first] = value
                return .object(members)
            }
            guard let child = members[first], let changed = rest.setting(value, in: child) else { return nil }
            members[first] = changed
            return .object(members)
        case .array(var elements):
            guard let index = elements.firstIndex(where: { $0.itemID == first }) else {
                // An item put back (a removal taken back) goes at the end of its list.
                guard rest.components.isEmpty, let value else { return rest.components.isEmpty ? .array(elements) : nil }
                return .array(elements + [value])
            }
            if rest.components.isEmpty {
                if let value { elements[index] = value } else { elements.remove(at: index) }
                return .array(elements)
            }
            guard let changed = rest.setting(value, in: elements[index]) else { return nil }
            elements[index] = changed
            return .array(elements)
        default:
            return nil
        }
    }

    public static func < (lhs: ChangePath, rhs: ChangePath) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }

    public init(from decoder: Decoder) throws {
        self.init(text: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
