import Synchronization

/// The spelled forms of a token: its surface, its matching form and its multiword expansion.
///
/// One instance is shared by every token with the same spelling (the per-thread form cache hands
/// out the same object), so a `Token` holds one reference instead of two strings and an array:
/// one retain and one release a token instead of three, and a smaller token (a long document holds
/// millions of them, and their size decides how much memory a tokenisation writes and reads back).
///
/// The object also remembers, once asked, the answers of the analyses' pure functions of its
/// forms (the claim word classes of the matching form, the sentiment facts of the form): see
/// ``claimMemo`` and ``sentimentMemo``. The claim and sentiment analyses read these answers for
/// every token of every document, and the object is already in the processor's cache when its
/// matching form is read, where the per-thread tables they would probe otherwise (hundreds of
/// kilobytes each) are not: a probe there waited for memory more often than not.
final class TokenForms: Sendable {
    /// The token as written (NFC).
    let surface: String
    /// The matching form (`MatchingForm`).
    let normalized: String
    /// The syntactic words of a multiword token; empty for an ordinary token.
    let expansion: [String]

    /// The claim word classes of `normalized` (`ClaimWordClasses`) with `rememberedFlag` set, or 0
    /// before anyone asked. Atomic because the objects are shared between threads (the shared form
    /// memo hands one object to every thread): two threads that both miss compute the same value
    /// (a pure function of the form) and store it, so the race is harmless; relaxed ordering
    /// suffices, as the one word is the whole answer. On x86-64 and arm64 the load and the store
    /// are plain moves.
    private let claimMemo = Atomic<UInt64>(0)
    /// The sentiment facts of the token (see `SentimentFactsCache.entry(ofToken:words:)`): the first word
    /// (with `rememberedFlag`, or 0 before anyone asked) and their word classes. The classes are
    /// stored first and the first word is published after them (release, read with acquire), so a
    /// reader that sees the flag sees the classes stored with it.
    private let sentimentMemo = Atomic<UInt64>(0)
    private let sentimentClassesMemo = Atomic<UInt64>(0)

    /// The bit that marks a memo word as set (so that an answer of all zero bits is remembered too).
    static let rememberedFlag: UInt64 = 1 << 63

    init(surface: String, normalized: String, expansion: [String]) {
        self.surface = surface
        self.normalized = normalized
        self.expansion = expansion
    }

    /// Whether two form sets spell the same: the same object, or equal fields.
    @inline(__always)
    static func same(_ left: TokenForms, _ right: TokenForms) -> Bool {
        left === right
            || (left.surface == right.surface && left.normalized == right.normalized && left.expansion == right.expansion)
    }

    /// The remembered claim word classes word (`rememberedFlag` set), or 0 when none is.
    @inline(__always)
    var claimMemoWord: UInt64 { claimMemo.load(ordering: .relaxed) }

    /// Remembers a claim word classes word (which must have `rememberedFlag` set).
    @inline(__always)
    func rememberClaimMemoWord(_ word: UInt64) {
        claimMemo.store(word, ordering: .relaxed)
    }

    /// The remembered sentiment facts words, or nil when none are.
    @inline(__always)
    var sentimentMemoWords: (first: UInt64, classes: UInt64)? {
        let first = sentimentMemo.load(ordering: .acquiring)
        guard first & Self.rememberedFlag != 0 else { return nil }
        return (first, sentimentClassesMemo.load(ordering: .relaxed))
    }

    /// Remembers the sentiment facts words (`first` must have `rememberedFlag` set).
    @inline(__always)
    func rememberSentimentMemoWords(first: UInt64, classes: UInt64) {
        sentimentClassesMemo.store(classes, ordering: .relaxed)
        sentimentMemo.store(first, ordering: .releasing)
    }
}
