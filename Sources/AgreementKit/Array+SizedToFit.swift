extension Array {
    /// The elements in an array of their own size. What `append` grew by doubling holds up to
    /// twice the room it needs: for values kept by the thousand (every summary of the store's
    /// index) the room is copied away once they are made. (`Array(self[...])` would not do: a
    /// slice of every element gives back the same buffer.)
    public var sizedToFit: [Element] {
        guard capacity > count else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
