/// The word classes of the forms a thread meets most often, in a small table of its own in front
/// of the process-wide memo of ``ClaimWordClasses``.
///
/// Profiling the claim extractor showed the memo's probe (a hash of the form's bytes, a lock, a
/// byte comparison, and a table of a megabyte that does not stay in a core's cache) as its
/// costliest per-token step. This table holds 16 K forms in 384 KB, two slots per hash (so that two
/// frequent forms whose hashes meet do not evict each other), and is found by the form's identity
/// (``StringIdentity``), so the forms of running text (Zipf: a few hundred make half of it) cost
/// two multiplications and a compare or two. (A direct-mapped table of 4 K forms still sent one
/// token in six to the memo.) One per thread (`take`/`give`), so it needs no
/// lock; its answers are the memo's, so a form's classes do not depend on which table gave them.
final class ClaimWordClassesCache {
    private struct Slot {
        var form: String
        var classes: ClaimWordClasses
    }

    /// Only used by the thread that took the cache (`take`/`give`), so the run-time exclusivity
    /// check of a class's stored property guards nothing.
    @exclusivity(unchecked) private var slots: [Slot]
    private let mask: Int

    private init() {
        let size = 16_384
        // Empty slots hold a String of their own storage, which no caller has: no form is
        // identical to it, so none finds an empty slot.
        let unmatchable = String(repeating: "\u{0}", count: 32)
        slots = Array(repeating: Slot(form: unmatchable, classes: []), count: size)
        mask = size - 1
    }

    /// The classes of every form of `forms`, in order.
    func classes(of forms: [String]) -> [ClaimWordClasses] {
        var result: [ClaimWordClasses] = []
        result.reserveCapacity(forms.count)
        for form in forms {
            // The pair of slots of the hash: the newer form first.
            let index = StringIdentity.hash(form) & mask & ~1
            let found: ClaimWordClasses? = slots.withUnsafeBufferPointer { slots in
                if StringIdentity.isIdentical(slots[index].form, form) { return slots[index].classes }
                if StringIdentity.isIdentical(slots[index + 1].form, form) { return slots[index + 1].classes }
                return nil
            }
            if let found {
                result.append(found)
            } else {
                let classes = ClaimWordClasses.of(form)
                slots.swapAt(index, index + 1)
                slots[index] = Slot(form: form, classes: classes)
                result.append(classes)
            }
        }
        return result
    }

    private static let slot = ThreadLocalSlot<ClaimWordClassesCache>()

    /// The thread's cache, or a fresh one when the thread has none at hand (first call, or a
    /// nested call while the thread's cache is taken).
    static func take() -> ClaimWordClassesCache {
        slot.take() ?? ClaimWordClassesCache()
    }

    /// Puts the cache back for the thread's next call.
    static func give(_ cache: ClaimWordClassesCache) {
        slot.give(cache)
    }
}
