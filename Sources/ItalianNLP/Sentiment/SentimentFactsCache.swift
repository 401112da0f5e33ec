/// The facts of the word forms a thread scores most often (`SentimentWordTable.Facts`), in a small
/// table of its own in front of the process-wide memo.
///
/// Profiling showed the memo's probe as the sentiment scorer's costliest step: its table (32 K
/// forms, over a megabyte) is larger than a core's cache, so the probe of a word as common as
/// "di" waited for memory, and it took a lock. This table holds 4 K forms in 128 KB, so the
/// forms of running text (Zipf: a few hundred forms make half of it) stay in the core's cache;
/// a form it lacks is asked of the memo and kept. Direct-mapped like the memo, so its memory is
/// fixed. One per thread (`take`/`give`), so it needs no lock; the answers are the memo's, so
/// the facts of a form do not depend on which table gave them.
final class SentimentFactsCache {
    /// A form, its memo hash (compared first: two forms rarely share one) and its facts.
    private struct Slot {
        var hash: UInt32
        var info: Int32
        var classes: SentimentWordClasses
        var form: String
    }

    /// Only used by the thread that took the cache (`take`/`give`), so the run-time exclusivity
    /// check of a class's stored property guards nothing.
    @exclusivity(unchecked) private var slots: [Slot]
    private let mask: Int

    private init() {
        let size = 4096
        // Hash 0 and the empty form: no form matches an empty slot (the empty form hashes to the
        // FNV basis, not 0).
        slots = Array(repeating: Slot(hash: 0, info: -1, classes: [], form: ""), count: size)
        mask = size - 1
    }

    /// The facts of `form`, from this table or else from `words` (and then kept here).
    @inline(__always)
    func facts(_ form: String, words: SentimentWordTable) -> SentimentWordTable.Facts {
        let hash = SentimentWordTable.hash(form)
        let index = Int(hash) & mask
        let found: SentimentWordTable.Facts? = slots.withUnsafeBufferPointer { slots in
            let slot = slots[index]
            return slot.hash == hash && slot.form == form ? SentimentWordTable.Facts(info: slot.info, classes: slot.classes) : nil
        }
        if let found { return found }
        let facts = words.facts(form, hash: hash)
        slots[index] = Slot(hash: hash, info: facts.info, classes: facts.classes, form: form)
        return facts
    }

    private static let slot = ThreadLocalSlot<SentimentFactsCache>()

    /// The thread's cache, or a fresh one when the thread has none at hand (first call, or a
    /// nested call while the thread's cache is taken).
    static func take() -> SentimentFactsCache {
        slot.take() ?? SentimentFactsCache()
    }

    /// Puts the cache back for the thread's next call.
    static func give(_ cache: SentimentFactsCache) {
        slot.give(cache)
    }
}
