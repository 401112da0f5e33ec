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
///
/// A token's forms object remembers its answer too (`classes(ofToken:)`): the tokens of running
/// text then find it on the object they are read from, and this table serves the first meeting
/// of each forms object (and callers that hold only a String).
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
        for form in forms { result.append(classes(of: form)) }
        return result
    }

    /// The classes of one form, from this table or else from the memo (and then kept here).
    @inline(__always)
    func classes(of form: String) -> ClaimWordClasses {
        // The pair of slots of the hash: the newer form first.
        let index = StringIdentity.hash(form) & mask & ~1
        let found: ClaimWordClasses? = slots.withUnsafeBufferPointer { slots in
            if StringIdentity.isIdentical(slots[index].form, form) { return slots[index].classes }
            if StringIdentity.isIdentical(slots[index + 1].form, form) { return slots[index + 1].classes }
            return nil
        }
        if let found { return found }
        let classes = ClaimWordClasses.of(form)
        slots.swapAt(index, index + 1)
        slots[index] = Slot(form: form, classes: classes)
        return classes
    }

    /// The classes of a token's matching form (see ``classesAndCapital(ofToken:)``).
    @inline(__always)
    func classes(ofToken forms: TokenForms) -> ClaimWordClasses {
        classesAndCapital(ofToken: forms).classes
    }

    /// The bit of a token's remembered word that says its surface starts with a capital letter
    /// (`ClaimDocument.startsWithCapital`), next to the flag that says the word is remembered.
    static let capitalizedFlag: UInt64 = 1 << 62

    /// The classes of a token's matching form, and whether its surface starts with a capital
    /// letter: remembered on its shared forms object (see `TokenForms`), which the caller is
    /// reading anyway, so that a form met before costs one load and no probe of this table nor
    /// look at its text; the first time, from this table or the memo, and remembered.
    @inline(__always)
    func classesAndCapital(ofToken forms: TokenForms) -> (classes: ClaimWordClasses, capitalized: Bool) {
        let word = forms.claimMemoWord
        if word & TokenForms.rememberedFlag != 0 {
            return (ClaimWordClasses(rawValue: word & ~(TokenForms.rememberedFlag | Self.capitalizedFlag)), word & Self.capitalizedFlag != 0)
        }
        let found = self.classes(of: forms.normalized)
        let capitalized = ClaimDocument.startsWithCapital(forms.surface)
        // A class in the flags' bits (a 63rd or 64th class) could not be told from them: such
        // answers are not remembered on the object (the tables above still answer them).
        if found.rawValue & (TokenForms.rememberedFlag | Self.capitalizedFlag) == 0 {
            forms.rememberClaimMemoWord(found.rawValue | TokenForms.rememberedFlag | (capitalized ? Self.capitalizedFlag : 0))
        }
        return (found, capitalized)
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
