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
///
/// Each slot also keeps two other pure functions of the form that every unit asks for: its
/// letter case (a word written as its matching form has the form's case, so most words of
/// running text need no scan of their letters) and whether it opens with a clause-ending mark.
/// A second, smaller table keeps the matching forms of the words of multiword tokens ("l’" of
/// "dell’", "lo" of "portarlo"): a closed set of articles and clitics, whose matching form costs
/// a scan and often a new String.
final class SentimentFactsCache {
    /// A form, its facts, and the other answers kept with them.
    private struct Slot {
        var info: Int32
        var letterCase: SentimentUnit.Case
        var opensWithClausePunctuation: Bool
        var classes: SentimentWordClasses
        var form: String
    }

    /// A word as written and its matching form.
    private struct FormSlot {
        var word: String
        var form: String
    }

    /// What a unit needs to know about its form: its facts, its letter case and whether its first
    /// scalar is clause punctuation (`SentimentUnit.isClausePunctuation`).
    struct Entry {
        let facts: SentimentWordTable.Facts
        let letterCase: SentimentUnit.Case
        let opensWithClausePunctuation: Bool
        /// `SentimentUnit.frameList`: known for a token's entry (`entry(ofToken:words:)`), −2 (not
        /// looked up) for a form's.
        var frameList: Int32 = -2
    }

    /// Only used by the thread that took the cache (`take`/`give`), so the run-time exclusivity
    /// check of a class's stored property guards nothing.
    @exclusivity(unchecked) private var slots: [Slot]
    @exclusivity(unchecked) private var formSlots: [FormSlot]
    private let mask: Int
    private let formMask: Int

    private init() {
        let size = 4096
        // Empty slots hold a String of their own storage, which no caller has: no form is
        // identical to it, so none finds an empty slot.
        let unmatchable = String(repeating: "\u{0}", count: 32)
        slots = Array(
            repeating: Slot(info: -1, letterCase: .lower, opensWithClausePunctuation: false, classes: [], form: unmatchable), count: size)
        mask = size - 1
        let formSize = 512
        formSlots = Array(repeating: FormSlot(word: unmatchable, form: ""), count: formSize)
        formMask = formSize - 1
    }

    /// The facts of `form`, from this table or else from `words` (and then kept here).
    @inline(__always)
    func facts(_ form: String, words: SentimentWordTable) -> SentimentWordTable.Facts {
        entry(form, words: words).facts
    }

    /// The facts, letter case and opening scalar of `form`, from this table or else worked out
    /// (the facts from `words`) and kept here.
    ///
    /// A slot is found by the form's identity, not its bytes: the two words of the String value
    /// (`SentimentUnit.isIdentical`), hashed with two multiplications. The forms of running text
    /// are short, and a String of up to 15 bytes holds them inline, so equal forms are identical
    /// values and no byte needs reading. A longer form is identical to another only when both
    /// share one storage, which the slot keeps alive; an equal form in another storage misses,
    /// and is asked of `words` (by its bytes) and kept, with the same answers.
    @inline(__always)
    func entry(_ form: String, words: SentimentWordTable) -> Entry {
        let index = Self.identityHash(form) & mask
        let found: Entry? = slots.withUnsafeBufferPointer { slots in
            guard SentimentUnit.isIdentical(slots[index].form, form) else { return nil }
            let slot = slots[index]
            return Entry(
                facts: SentimentWordTable.Facts(info: slot.info, classes: slot.classes), letterCase: slot.letterCase,
                opensWithClausePunctuation: slot.opensWithClausePunctuation)
        }
        if let found { return found }
        let slot = Self.answers(for: form, words: words)
        slots[index] = slot
        return Entry(
            facts: SentimentWordTable.Facts(info: slot.info, classes: slot.classes), letterCase: slot.letterCase,
            opensWithClausePunctuation: slot.opensWithClausePunctuation)
    }

    /// The entry of a token that is one unit whose form is its matching form (a word without
    /// expansion, a punctuation mark, a number…), with `letterCase` the case the unit has when it
    /// is a word (the surface's case; the form's when the surface is the form).
    ///
    /// Remembered on the token's shared forms object (`TokenForms`), which the caller reads anyway:
    /// a token whose forms object was met before costs a load from that object and no probe of
    /// this table (a probe that, in a table larger than the processor's first cache, often waited
    /// for memory). Every answer is a pure function of the two forms, and every analyzer scores
    /// with the one shared word table (`SentenceSentimentScorer.shared`, as this cache assumes
    /// too), so the remembered answer is the one this table would give.
    @inline(__always)
    func entry(ofToken forms: TokenForms, words: SentimentWordTable) -> Entry {
        if let remembered = forms.sentimentMemoWords {
            let frameField = (remembered.first >> Self.frameListShift) & Self.frameListMask
            return Entry(
                facts: SentimentWordTable.Facts(
                    info: Int32(bitPattern: UInt32(truncatingIfNeeded: remembered.first)),
                    classes: SentimentWordClasses(rawValue: remembered.classes)),
                letterCase: Self.letterCase(code: remembered.first >> 32),
                opensWithClausePunctuation: remembered.first & Self.clausePunctuationBit != 0,
                frameList: frameField == 0 ? -2 : Int32(truncatingIfNeeded: frameField) - 2)
        }
        let formEntry = entry(forms.normalized, words: words)
        let letterCase = SentimentUnit.isIdentical(forms.surface, forms.normalized) ? formEntry.letterCase : SentimentUnit.letterCase(of: forms.surface)
        // The matcher asks the built-in lexicon only at units of this class (`FrameTermMatcher`):
        // elsewhere "none" is its answer too. (The word classes are built from that lexicon, so
        // looking it up here initialises nothing new.)
        let frameList: Int32 =
            formEntry.facts.classes.contains(.builtInFrameStart)
            ? FrameLexicon.default.candidateList(forForm: forms.normalized).map { Int32(truncatingIfNeeded: $0) } ?? -1 : -1
        var first = UInt64(UInt32(bitPattern: formEntry.facts.info)) | Self.code(of: letterCase) << 32 | TokenForms.rememberedFlag
        if formEntry.opensWithClausePunctuation { first |= Self.clausePunctuationBit }
        // A list index too large for its bits is not remembered (field 0: the matcher probes).
        if Int64(frameList) + 2 <= Int64(Self.frameListMask) {
            first |= UInt64(Int64(frameList) + 2) << Self.frameListShift
        }
        forms.rememberSentimentMemoWords(first: first, classes: formEntry.facts.classes.rawValue)
        return Entry(
            facts: formEntry.facts, letterCase: letterCase, opensWithClausePunctuation: formEntry.opensWithClausePunctuation,
            frameList: frameList)
    }

    /// Bits 32–33 of a remembered first word hold the letter case, bit 34 the clause punctuation,
    /// bits 35–62 the frame list plus 2 (0 when it is not remembered).
    private static let clausePunctuationBit: UInt64 = 1 << 34
    private static let frameListShift: UInt64 = 35
    private static let frameListMask: UInt64 = (1 << 28) - 1

    @inline(__always)
    private static func code(of letterCase: SentimentUnit.Case) -> UInt64 {
        switch letterCase {
        case .lower: return 0
        case .title: return 1
        case .allCaps: return 2
        case .other: return 3
        }
    }

    @inline(__always)
    private static func letterCase(code: UInt64) -> SentimentUnit.Case {
        switch code & 3 {
        case 0: return .lower
        case 1: return .title
        case 2: return .allCaps
        default: return .other
        }
    }

    /// The answers for `form`, worked out.
    private static func answers(for form: String, words: SentimentWordTable) -> Slot {
        let facts = words.facts(form)
        return Slot(
            info: facts.info, letterCase: SentimentUnit.letterCase(of: form),
            opensWithClausePunctuation: SentimentUnit.isClausePunctuation(form.unicodeScalars.first ?? " "), classes: facts.classes,
            form: form)
    }

    /// The slot hash of a form: its identity (``StringIdentity``), not its bytes.
    @inline(__always)
    private static func identityHash(_ string: String) -> Int {
        StringIdentity.hash(string)
    }

    /// `MatchingForm.of(word, foldingAccents: false)`, remembered (found by the word's identity,
    /// as in `entry(_:words:)`).
    @inline(__always)
    func matchingForm(_ word: String) -> String {
        let index = Self.identityHash(word) & formMask
        let found: String? = formSlots.withUnsafeBufferPointer { slots in
            SentimentUnit.isIdentical(slots[index].word, word) ? slots[index].form : nil
        }
        if let found { return found }
        let form = MatchingForm.of(word, foldingAccents: false)
        formSlots[index] = FormSlot(word: word, form: form)
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
