#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One `WordFormCache` per thread, kept between calls, so that a stream of short documents (a
/// paragraph, a tweet) starts warm instead of from an empty table and does not take the shared
/// memo's locks for its common words.
///
/// The cache is moved out of the thread's holder for the length of a call (`take`) and moved back
/// (`give`), so no two calls ever share it and no copy of its table is made. Its memory is fixed
/// (16 K forms) and is freed when the thread exits.
final class ThreadFormCache {
    private var cache: WordFormCache?

    private init() {}

    /// The thread's cache, or a fresh one when the thread has none at hand (first call, or a
    /// nested call while the thread's cache is taken).
    static func take() -> WordFormCache {
        guard let holder = current(), let cache = holder.cache else { return WordFormCache() }
        holder.cache = nil
        return cache
    }

    /// Puts the cache back for the thread's next call.
    static func give(_ cache: WordFormCache) {
        current()?.cache = cache
    }

    private static let key: pthread_key_t? = {
        var key = pthread_key_t()
        // The destructor releases the holder when its thread exits.
        let status = pthread_key_create(&key) { pointer in
            #if canImport(Darwin)
                Unmanaged<ThreadFormCache>.fromOpaque(pointer).release()
            #else
                if let pointer { Unmanaged<ThreadFormCache>.fromOpaque(pointer).release() }
            #endif
        }
        return status == 0 ? key : nil
    }()

    private static func current() -> ThreadFormCache? {
        guard let key else { return nil }
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<ThreadFormCache>.fromOpaque(pointer).takeUnretainedValue()
        }
        let holder = ThreadFormCache()
        guard pthread_setspecific(key, Unmanaged.passRetained(holder).toOpaque()) == 0 else {
            Unmanaged.passUnretained(holder).release()
            return nil
        }
        return holder
    }
}
