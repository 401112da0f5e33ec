/// One `WordFormCache` per thread, kept between calls, so that a stream of short documents (a
/// paragraph, a tweet) starts warm instead of from an empty table and does not take the shared
/// memo's locks for its common words.
///
/// The cache is moved out for the length of a call (`take`) and moved back (`give`), so no two
/// calls ever share it and no copy of its table is made. Its memory is fixed (64 K forms) and is
/// freed when the thread exits.
enum ThreadFormCache {
    private static let slot = ThreadLocalSlot<WordFormCache>()

    /// The thread's cache, or a fresh one when the thread has none at hand (first call, or a
    /// nested call while the thread's cache is taken).
    static func take() -> WordFormCache {
        slot.take() ?? WordFormCache()
    }

    /// Puts the cache back for the thread's next call.
    static func give(_ cache: WordFormCache) {
        slot.give(cache)
    }
}
