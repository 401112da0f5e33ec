import Foundation

/// A process-wide cache of word forms behind the per-call `WordFormCache`, so that a stream of
/// short documents (tweets, news items) does not recompute the forms of "della" and "dichiarato"
/// for every document.
///
/// It is direct-mapped like the per-call cache (fixed memory, about 1 MB at most) and split into
/// shards with a lock each, so that parallel batches (`--jobs`) rarely wait on one another.
final class SharedWordForms: @unchecked Sendable {
    static let shared = SharedWordForms()

    private static let shardCount = 16
    private static let slotsPerShard = 1024

    private final class Shard {
        let lock = NSLock()
        var slots: [(hash: UInt32, forms: WordFormCache.Forms)?] = Array(repeating: nil, count: SharedWordForms.slotsPerShard)
    }

    private let shards: [Shard] = (0..<SharedWordForms.shardCount).map { _ in Shard() }

    /// The cached forms of `bytes` (whose FNV-1a hash is `hash`), if any.
    func forms(hash: UInt32, bytes: UnsafeBufferPointer<UInt8>) -> WordFormCache.Forms? {
        let shard = shards[Int(hash >> 28) & (Self.shardCount - 1)]
        let slot = Int(hash) & (Self.slotsPerShard - 1)
        shard.lock.lock()
        let entry = shard.slots[slot]
        shard.lock.unlock()
        guard let entry, entry.hash == hash else { return nil }
        var surface = entry.forms.surface
        return surface.withUTF8 { WordFormCache.sameBytes($0, bytes) } ? entry.forms : nil
    }

    /// Remembers the forms of a word, evicting whatever shared its slot.
    func store(hash: UInt32, forms: WordFormCache.Forms) {
        let shard = shards[Int(hash >> 28) & (Self.shardCount - 1)]
        let slot = Int(hash) & (Self.slotsPerShard - 1)
        shard.lock.lock()
        shard.slots[slot] = (hash, forms)
        shard.lock.unlock()
    }
}
