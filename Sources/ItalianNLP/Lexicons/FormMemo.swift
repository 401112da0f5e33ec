import Foundation

/// Remembers the answer of an expensive pure function of a word form (its readings as a
/// reporting verb, say), shared by every document and every thread.
///
/// Word forms repeat across documents, so most questions have been asked before. The table is
/// direct-mapped (a hash of the form picks one slot; a newer form evicts an older one), so its
/// memory is fixed, and it is split into shards with a lock each so that parallel batches rarely
/// wait on one another. A two-way memo (``init(shardCount:slotsPerShard:twoWay:)``) gives each
/// hash a pair of slots instead: two frequent forms whose hashes meet no longer evict each other
/// on every turn, which in a direct-mapped table of a news vocabulary cost a few percent of
/// lookups a recomputation.
final class FormMemo<Value: Sendable>: @unchecked Sendable {
    private final class Shard {
        let lock = NSLock()
        /// Only read and written under `lock`, so the run-time exclusivity check of a class's
        /// stored property (two runtime calls per probe) guards nothing.
        @exclusivity(unchecked) var slots: [(form: String, value: Value)?]

        init(size: Int) {
            slots = Array(repeating: nil, count: size)
        }
    }

    private let shards: [Shard]
    private let slotMask: Int
    /// Whether each hash owns a pair of slots (the even slot and the odd one after it).
    private let twoWay: Bool

    /// A memo of `shardCount × slotsPerShard` entries (both powers of two).
    convenience init(shardCount: Int = 16, slotsPerShard: Int = 1024) {
        self.init(shardCount: shardCount, slotsPerShard: slotsPerShard, twoWay: false)
    }

    /// A memo of `shardCount × slotsPerShard` entries (both powers of two, `slotsPerShard` at
    /// least 2), two-way set-associative when `twoWay` is true: the same memory, with the newest
    /// form in the first slot of its pair and the one before it kept in the second.
    init(shardCount: Int, slotsPerShard: Int, twoWay: Bool) {
        shards = (0..<shardCount).map { _ in Shard(size: slotsPerShard) }
        self.twoWay = twoWay && slotsPerShard >= 2
        slotMask = self.twoWay ? (slotsPerShard - 1) & ~1 : slotsPerShard - 1
    }

    /// The FNV-1a hash of a form's UTF-8 bytes, the one every lookup uses (callers that hold
    /// bytes rather than a String compute it once and pass it in). `seed` keeps apart tables that
    /// share a memo under different meanings.
    @inline(__always)
    static func hash<Bytes: Sequence>(_ bytes: Bytes, seed: UInt32 = 0) -> UInt32 where Bytes.Element == UInt8 {
        var hash: UInt32 = 2_166_136_261 ^ seed
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// The value for `form`, computed by `compute` the first time (and again after an eviction).
    @inline(__always)
    func value(for form: String, compute: (String) -> Value) -> Value {
        let hash = Self.hash(form.utf8)
        if let value = value(hash: hash, matching: { $0 == form }) { return value }
        let value = compute(form)
        store(value, for: form, hash: hash)
        return value
    }

    /// The remembered value in `hash`'s slot, if the form stored there passes `matches`.
    @inline(__always)
    func value(hash: UInt32, matching matches: (String) -> Bool) -> Value? {
        let shard = shards[Int(hash >> 24) % shards.count]
        let slot = Int(hash) & slotMask
        guard twoWay else {
            shard.lock.lock()
            let entry = shard.slots[slot]
            shard.lock.unlock()
            guard let entry, matches(entry.form) else { return nil }
            return entry.value
        }
        shard.lock.lock()
        let newer = shard.slots[slot]
        let older = shard.slots[slot + 1]
        shard.lock.unlock()
        if let newer, matches(newer.form) { return newer.value }
        if let older, matches(older.form) { return older.value }
        return nil
    }

    /// Remembers `value` for `form` (whose hash is `hash`), evicting whatever shared its slot.
    @inline(__always)
    func store(_ value: Value, for form: String, hash: UInt32) {
        let shard = shards[Int(hash >> 24) % shards.count]
        let slot = Int(hash) & slotMask
        shard.lock.lock()
        // Two-way: the form that was newest moves to the second slot, evicting the older one.
        if twoWay { shard.slots[slot + 1] = shard.slots[slot] }
        shard.slots[slot] = (form, value)
        shard.lock.unlock()
    }
}
