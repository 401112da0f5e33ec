import CICU

/// An ICU break iterator owned by one caller at a time.
///
/// ICU iterators are not thread-safe, so the library builds one prototype per kind and locale
/// (the expensive part: rules and dictionaries are loaded once) and clones it for every call,
/// which costs about a microsecond. The clone is closed when this value is released.
final class ICUBreakIterator {
    /// The ICU rule-status ranges of a word segment (UBRK_WORD_*).
    enum WordStatus {
        static let none = 0..<100
        static let number = 100..<200
        static let letter = 200..<300
    }

    private let handle: OpaquePointer
    // Batches of boundaries fetched from ICU at once. Small: an iterator is made per call, most
    // callers resume in short batches, and short documents need few boundaries at all.
    private var boundaries = [Int64](repeating: 0, count: 64)
    private var statuses = [Int32](repeating: 0, count: 64)
    private var count = 0
    private var index = 0
    private var exhausted = false
    /// How many boundaries the next sequential refill asks for: small after a resume, doubling
    /// while the caller keeps reading boundaries in order.
    private var batchSize = 64
    /// Whether a request far past ICU's position jumps there (`ubrk_following`) instead of
    /// iterating up to it. Only for word break: the sentence iterator with the `ss=standard`
    /// suppressions does not give the same boundaries from `following` as from `next`.
    var resumesAfterSkips = false

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        cicu_breaker_close(handle)
    }

    /// A fresh iterator cloned from a shared prototype, or nil if ICU failed (then the caller
    /// falls back to its own rules and reports a warning).
    static func make(_ prototype: ICUPrototype) -> ICUBreakIterator? {
        guard let source = prototype.handle else { return nil }
        var error: Int32 = 0
        guard let clone = cicu_breaker_clone(source, &error), error <= 0 else { return nil }
        return ICUBreakIterator(handle: clone)
    }

    /// Sets UTF-8 text; the buffer must stay alive and unmoved while the iterator is used.
    ///
    /// On failure (ICU's offsets are 32-bit: a text of 2 GB or more is refused) the iterator
    /// gives no boundaries at all: it must not go on reading the text it was set to before, which
    /// its last caller may have freed.
    func setText(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        count = 0
        index = 0
        exhausted = true
        guard buffer.count <= Int(Int32.max) else { return false }
        // A caller that skips plain text needs few boundaries; one that reads them all gets
        // batches that double up to the buffer's size.
        batchSize = resumesAfterSkips ? 8 : boundaries.count
        let status = buffer.withMemoryRebound(to: CChar.self) { chars in
            cicu_breaker_set_utf8(handle, chars.baseAddress, Int64(chars.count))
        }
        exhausted = status > 0
        return status <= 0
    }

    /// Sets UTF-16 text (the raw-ICU baseline of the benchmarks).
    func setText(utf16 buffer: UnsafeBufferPointer<UInt16>) -> Bool {
        count = 0
        index = 0
        exhausted = false
        batchSize = boundaries.count
        return cicu_breaker_set_utf16(handle, buffer.baseAddress, Int32(clamping: buffer.count)) <= 0
    }

    /// The first boundary strictly after `offset`, with the rule status of the segment it closes;
    /// nil at the end of the text. Calls must come with non-decreasing offsets.
    ///
    /// Offsets may skip ahead: when the caller settled a stretch of text without ICU, the
    /// iterator resumes at the new offset (`ubrk_following`) instead of computing every boundary
    /// in between.
    @inline(__always)
    func boundary(after offset: Int) -> (offset: Int, status: Int)? {
        while true {
            while index < count {
                let boundary = Int(boundaries[index])
                if boundary > offset { return (boundary, Int(statuses[index])) }
                index += 1
            }
            if exhausted { return nil }
            if resumesAfterSkips, count > 0, offset >= Int(boundaries[count - 1]) + Self.resumeDistance {
                resume(after: offset)
            } else {
                refill()
            }
        }
    }

    /// How far past ICU's position a request must be to resume there: any skip. A caller that
    /// reads segment after segment asks exactly at the last boundary and keeps iterating.
    private static let resumeDistance = 1

    private func refill() {
        let filled = boundaries.withUnsafeMutableBufferPointer { bounds in
            statuses.withUnsafeMutableBufferPointer { stats in
                cicu_breaker_next_batch(handle, bounds.baseAddress, stats.baseAddress, Int32(min(batchSize, bounds.count)))
            }
        }
        batchSize = min(batchSize * 2, boundaries.count)
        count = Int(filled)
        index = 0
        if filled == 0 { exhausted = true }
    }

    private func resume(after offset: Int) {
        // A short batch: a caller that skips text usually needs ICU for one segment at a time.
        let filled = boundaries.withUnsafeMutableBufferPointer { bounds in
            statuses.withUnsafeMutableBufferPointer { stats in
                cicu_breaker_following_batch(handle, Int64(offset), bounds.baseAddress, stats.baseAddress, 4)
            }
        }
        batchSize = 4
        count = Int(filled)
        index = 0
        if filled == 0 { exhausted = true }
    }

    /// Counts every boundary of the text that was set: raw ICU speed, for benchmarks.
    func countBoundaries() -> Int {
        Int(cicu_breaker_count(handle))
    }
}

/// A break iterator built once and only ever cloned (never iterated), so sharing it between
/// threads is safe.
final class ICUPrototype: @unchecked Sendable {
    let handle: OpaquePointer?
    let errorName: String?

    init(kind: cicu_break_kind, locale: String) {
        var error: Int32 = 0
        let created = cicu_breaker_create(kind, locale, &error)
        handle = created
        errorName = created == nil ? String(cString: cicu_error_name(error)) : nil
    }

    deinit {
        if let handle { cicu_breaker_close(handle) }
    }

    static let italianWords = ICUPrototype(kind: CICU_BREAK_WORD, locale: "it")
    static let italianSentences = ICUPrototype(kind: CICU_BREAK_SENTENCE, locale: "it@ss=standard")

    /// ICU's version, for reports.
    static var icuVersion: String {
        var buffer = [CChar](repeating: 0, count: 32)
        cicu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
