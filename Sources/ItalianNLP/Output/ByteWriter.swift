/// A growable byte buffer written through a raw pointer, for writers that append many pieces of
/// one to twenty bytes: the CoNLL-U writer appends about a dozen per token, and `Array.append`'s
/// per-call uniqueness and capacity checks cost more there than the copies themselves (a fifth of
/// `itnlp tokenize --format conllu`'s time). Whole sentences then go into the caller's array with
/// one copy each.
///
/// Non-copyable, so the memory it owns has exactly one owner and is freed in `deinit`.
struct ByteWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written since the last `flush`.
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Makes room for `extra` more bytes, doubling the buffer as often as needed.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        guard count &+ extra > capacity else { return }
        grow(toAtLeast: count + extra)
    }

    @inline(never)
    private mutating func grow(toAtLeast needed: Int) {
        var newCapacity = capacity
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count &+= bytes.count
    }

    @inline(__always)
    mutating func append(_ piece: StaticString) {
        append(UnsafeBufferPointer(start: piece.utf8Start, count: piece.utf8CodeUnitCount))
    }

    /// Appends `bytes` with each tab, line feed and carriage return replaced by a space.
    @inline(__always)
    mutating func appendReplacingLineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        // Locals, so the loop does not reload `count` after every store through `base`.
        let destination = base
        var position = count
        for byte in bytes {
            destination[position] = byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0x20 : byte
            position &+= 1
        }
        count = position
    }

    /// Appends the decimal digits of `value`.
    mutating func appendInteger(_ value: Int) {
        if value >= 0 && value < 10 {
            append(UInt8(truncatingIfNeeded: 48 + value))
            return
        }
        // Int.min has 19 digits and a sign: 20 bytes always suffice.
        reserve(20)
        if value < 0 {
            base[count] = UInt8(ascii: "-")
            count &+= 1
        }
        var remaining = value.magnitude
        var digits = 0
        var probe = remaining
        repeat {
            digits += 1
            probe /= 10
        } while probe > 0
        var position = count &+ digits
        count = position
        repeat {
            position &-= 1
            base[position] = UInt8(truncatingIfNeeded: 48 &+ remaining % 10)
            remaining /= 10
        } while remaining > 0
    }

    /// Moves everything written so far to the end of `output` and empties the buffer.
    mutating func flush(into output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        count = 0
    }
}
