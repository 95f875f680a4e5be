extension Array {
    /// The elements in an array of their own size. What `append` grew by doubling holds up to
    /// twice the room it needs: for values kept by the thousand (every summary of the store's
    /// index) the room is copied away once they are made.
    public var sizedToFit: [Element] { capacity > count ? Array(self[...]) : self }
}
