#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One value per thread, kept between calls: the per-thread caches in front of the shared
/// memos (`ThreadFormCache`, `SentimentFactsCache`) live in one of these.
///
/// A caller moves the value out for the length of a call (`take`) and back when done (`give`),
/// so no two calls ever share it and no copy of its tables is made; a nested call on the same
/// thread finds the slot empty and makes a fresh value. The value is released when its thread
/// exits (the slot's pthread key destructor).
final class ThreadLocalSlot<Value>: @unchecked Sendable {
    /// What the thread's key points at.
    private final class Box {
        var value: Value?
    }

    private let key: pthread_key_t?

    /// A slot with its own pthread key (make one per kind of value, as a `static let`: keys are
    /// a limited resource).
    init() {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { pointer in
            #if canImport(Darwin)
                Unmanaged<AnyObject>.fromOpaque(pointer).release()
            #else
                if let pointer { Unmanaged<AnyObject>.fromOpaque(pointer).release() }
            #endif
        }
        self.key = status == 0 ? key : nil
    }

    /// The thread's value, moved out of the slot; nil the first time, while a call up the stack
    /// holds it, or when the system has no key to give.
    func take() -> Value? {
        // Moved, not copied: a value of many parts (a sentence state's dozen arrays) would
        // otherwise be retained part by part, then released from the slot.
        box()?.value.take()
    }

    /// Puts the value back for the thread's next call (moved in, not copied).
    func give(_ value: consuming Value) {
        box()?.value = consume value
    }

    private func box() -> Box? {
        guard let key else { return nil }
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<Box>.fromOpaque(pointer).takeUnretainedValue()
        }
        let box = Box()
        guard pthread_setspecific(key, Unmanaged.passRetained(box).toOpaque()) == 0 else {
            Unmanaged.passUnretained(box).release()
            return nil
        }
        return box
    }
}
