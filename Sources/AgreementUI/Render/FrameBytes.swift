/// The bytes of a frame, kept by `FrameEncoder` from frame to frame so that a frame allocates
/// nothing once the buffer has grown to the largest frame sent. Written through `FrameBytes.Writer`,
/// which holds the pointer and the count in local variables while a frame is made.
final class FrameBytes {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// Bytes of the last frame (set when its writer finishes).
    fileprivate(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The last frame's bytes.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Room for at least `needed` bytes, the first `kept` of them carried over.
    fileprivate func reserve(_ needed: Int, keeping kept: Int) {
        guard needed > capacity else { return }
        let grown = max(needed, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.initialize(from: base, count: kept)
        base.deallocate()
        base = larger
        capacity = grown
    }

    /// Appends bytes at the end of the buffer; checks its room at every byte (one compare) and grows
    /// it when full, so no bound on a frame's size has to be worked out beforehand.
    struct Writer {
        private let storage: FrameBytes
        private var base: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        private(set) var count = 0

        /// A writer that starts the buffer's next frame from empty.
        init(into storage: FrameBytes) {
            self.storage = storage
            base = storage.base
            capacity = storage.capacity
        }

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            if count == capacity { grow(to: count + 1) }
            base[count] = byte
            count &+= 1
        }

        mutating func append(_ bytes: [UInt8]) {
            if count + bytes.count > capacity { grow(to: count + bytes.count) }
            bytes.withUnsafeBufferPointer { source in
                if let start = source.baseAddress { (base + count).initialize(from: start, count: source.count) }
            }
            count += bytes.count
        }

        /// The low byte of `count` cells from `start` (printable ASCII codes): room made once, then
        /// a loop the compiler narrows many cells at a time.
        mutating func appendLowBytes(of cells: UnsafeBufferPointer<Cell>, from start: Int, count n: Int) {
            if count + n > capacity { grow(to: count + n) }
            guard let source = cells.baseAddress else { return }
            let from = source + start, to = base + count
            for i in 0..<n { to[i] = UInt8(truncatingIfNeeded: from[i].bits) }
            count &+= n
        }

        @inline(never)
        private mutating func grow(to needed: Int) {
            storage.reserve(needed, keeping: count)
            base = storage.base
            capacity = storage.capacity
        }

        /// Ends the frame: the buffer's bytes are what was written.
        func finish() { storage.count = count }
    }
}
