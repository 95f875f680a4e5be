/// The files of one kind read from a folder of the store (wheels, guides, conversation
/// records): those that could be used, and every problem found, each with file, line and column.
/// A file with an error is left out of `items`, never rewritten, and the rest still works.
public struct LoadedFiles<Item: Sendable>: Sendable {
    public var items: [Item]
    public var errors: [StoreError]
    public var warnings: [StoreError]

    public init(items: [Item] = [], errors: [StoreError] = [], warnings: [StoreError] = []) {
        self.items = items
        self.errors = errors
        self.warnings = warnings
    }
}

extension LoadedFiles: Equatable where Item: Equatable {}
