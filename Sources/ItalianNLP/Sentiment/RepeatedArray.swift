extension Array {
    /// `count` copies of `value`, as `init(repeating:count:)` makes them, but through the
    /// reserve-and-append path, which the compiler specialises for `Element`:
    /// `init(repeating:count:)` allocates through a runtime function that is not specialised and
    /// looks up the generic metadata of the array's storage on every call — several hundred
    /// instructions for each of the per-unit arrays the sentiment rules make for every sentence.
    @inline(__always)
    init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        // One bulk append: appending element by element called the runtime for each one.
        append(contentsOf: repeatElement(value, count: count))
    }
}
