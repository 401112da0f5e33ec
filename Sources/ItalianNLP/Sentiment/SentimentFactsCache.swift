/// The facts of the word forms a thread scores most often (`SentimentWordTable.Facts`), in a small
/// table of its own in front of the process-wide memo.
///
/// Profiling showed the memo's probe as the sentiment scorer's costliest step: its table (32 K
/// forms, over a megabyte) is larger than a core's cache, so the probe of a word as common as
/// "di" waited for memory, and it took a lock. This table holds 4 K forms in 160 KB, so the
/// forms of running text (Zipf: a few hundred forms make half of it) stay in the core's cache;
/// a form it lacks is asked of the memo and kept. Direct-mapped like the memo, so its memory is
/// fixed. One per thread (`take`/`give`), so it needs no lock; the answers are the memo's, so
/// the facts of a form do not depend on which table gave them.
///
/// Each slot also keeps two other pure functions of the form that every unit asks for: its
/// letter case (a word written as its matching form has the form's case, so most words of
/// running text need no scan of their letters) and whether it opens with a clause-ending mark.
/// A second, smaller table keeps the matching forms of the words of multiword tokens ("l’" of
/// "dell’", "lo" of "portarlo"): a closed set of articles and clitics, whose matching form costs
/// a scan and often a new String.
final class SentimentFactsCache {
    /// A form, its memo hash (compared first: two forms rarely share one), its facts, and the
    /// other answers kept with them.
    private struct Slot {
        var hash: UInt32
        var info: Int32
        var classes: SentimentWordClasses
        var form: String
        var letterCase: SentimentUnit.Case
        var opensWithClausePunctuation: Bool
    }

    /// A word as written and its matching form.
    private struct FormSlot {
        var hash: UInt32
        var word: String
        var form: String
    }

    /// What a unit needs to know about its form: its facts, its letter case and whether its first
    /// scalar is clause punctuation (`SentimentUnit.isClausePunctuation`).
    struct Entry {
        let facts: SentimentWordTable.Facts
        let letterCase: SentimentUnit.Case
        let opensWithClausePunctuation: Bool
    }

    /// Only used by the thread that took the cache (`take`/`give`), so the run-time exclusivity
    /// check of a class's stored property guards nothing.
    @exclusivity(unchecked) private var slots: [Slot]
    @exclusivity(unchecked) private var formSlots: [FormSlot]
    private let mask: Int
    private let formMask: Int

    private init() {
        let size = 4096
        // Hash 0 and the empty form: no form matches an empty slot (the empty form hashes to the
        // FNV basis, not 0).
        slots = Array(repeating: Slot(hash: 0, info: -1, classes: [], form: "", letterCase: .lower, opensWithClausePunctuation: false), count: size)
        mask = size - 1
        let formSize = 512
        formSlots = Array(repeating: FormSlot(hash: 0, word: "", form: ""), count: formSize)
        formMask = formSize - 1
    }

    /// The facts of `form`, from this table or else from `words` (and then kept here).
    @inline(__always)
    func facts(_ form: String, words: SentimentWordTable) -> SentimentWordTable.Facts {
        entry(form, words: words).facts
    }

    /// The facts, letter case and opening scalar of `form`, from this table or else worked out
    /// (the facts from `words`) and kept here.
    @inline(__always)
    func entry(_ form: String, words: SentimentWordTable) -> Entry {
        let hash = SentimentWordTable.hash(form)
        let index = Int(hash) & mask
        let found: Entry? = slots.withUnsafeBufferPointer { slots in
            let slot = slots[index]
            guard slot.hash == hash && slot.form == form else { return nil }
            return Entry(
                facts: SentimentWordTable.Facts(info: slot.info, classes: slot.classes), letterCase: slot.letterCase,
                opensWithClausePunctuation: slot.opensWithClausePunctuation)
        }
        if let found { return found }
        let facts = words.facts(form, hash: hash)
        let letterCase = SentimentUnit.letterCase(of: form)
        let opens = SentimentUnit.isClausePunctuation(form.unicodeScalars.first ?? " ")
        slots[index] = Slot(hash: hash, info: facts.info, classes: facts.classes, form: form, letterCase: letterCase, opensWithClausePunctuation: opens)
        return Entry(facts: facts, letterCase: letterCase, opensWithClausePunctuation: opens)
    }

    /// `MatchingForm.of(word, foldingAccents: false)`, remembered.
    @inline(__always)
    func matchingForm(_ word: String) -> String {
        let hash = SentimentWordTable.hash(word)
        let index = Int(hash) & formMask
        let found: String? = formSlots.withUnsafeBufferPointer { slots in
            slots[index].hash == hash && slots[index].word == word ? slots[index].form : nil
        }
        if let found { return found }
        let form = MatchingForm.of(word, foldingAccents: false)
        formSlots[index] = FormSlot(hash: hash, word: word, form: form)
        return form
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
