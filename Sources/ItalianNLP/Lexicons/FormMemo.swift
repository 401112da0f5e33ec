import Foundation

/// Remembers the answer of an expensive pure function of a word form (its readings as a
/// reporting verb, say), shared by every document and every thread.
///
/// Word forms repeat across documents, so most questions have been asked before. The table is
/// direct-mapped (a hash of the form picks one slot; a newer form evicts an older one), so its
/// memory is fixed, and it is split into shards with a lock each so that parallel batches rarely
/// wait on one another.
final class FormMemo<Value: Sendable>: @unchecked Sendable {
    private final class Shard {
        let lock = NSLock()
        var slots: [(form: String, value: Value)?]

        init(size: Int) {
            slots = Array(repeating: nil, count: size)
        }
    }

    private let shards: [Shard]
    private let slotMask: Int

    /// A memo of `shardCount × slotsPerShard` entries (both powers of two).
    init(shardCount: Int = 16, slotsPerShard: Int = 1024) {
        shards = (0..<shardCount).map { _ in Shard(size: slotsPerShard) }
        slotMask = slotsPerShard - 1
    }

    /// The value for `form`, computed by `compute` the first time (and again after an eviction).
    @inline(__always)
    func value(for form: String, compute: (String) -> Value) -> Value {
        var hash: UInt32 = 2_166_136_261
        for byte in form.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let shard = shards[Int(hash >> 24) % shards.count]
        let slot = Int(hash) & slotMask
        shard.lock.lock()
        let entry = shard.slots[slot]
        shard.lock.unlock()
        if let entry, entry.form == form { return entry.value }
        let value = compute(form)
        shard.lock.lock()
        shard.slots[slot] = (form, value)
        shard.lock.unlock()
        return value
    }
}
