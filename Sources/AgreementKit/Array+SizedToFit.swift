extension Array {
    /// The elements in an array of their own size. What `append` grew by doubling holds up to
    /// twice the room it needs: for values kept by the thousand (every summary of the store's
    /// index) the room is copied away once they are made. (`Array(self[...])` would not do: a
    /// slice of every element gives back the same buffer.) Copied in one runtime call, not element
    /// by element, so a save's log days cost no more in a debug build either.
    public var sizedToFit: [Element] {
        guard capacity > count else { return self }
        return withUnsafeBufferPointer { source in
            [Element](unsafeUninitializedCapacity: source.count) { buffer, initialized in
                if let from = source.baseAddress, let to = buffer.baseAddress { to.initialize(from: from, count: source.count) }
                initialized = source.count
            }
        }
    }
}
