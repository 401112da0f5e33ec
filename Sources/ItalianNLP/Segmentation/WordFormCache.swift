import CICU

/// The matching form and multiword expansion of word forms, computed once per distinct form and
/// kept by one thread across its calls (`ThreadFormCache`).
///
/// Word forms repeat (Zipf: a few hundred forms make half of running text), and computing a
/// matching form or trying the clitic rules costs far more than finding an earlier answer. A hash
/// of the bytes picks a pair of slots (a newer form evicts the older of the two), so a lookup is
/// a hash and one or two comparisons, and its memory is fixed whatever the text (a text of random
/// words keeps flat memory).
struct WordFormCache {
    /// What the cache gives for a token: one shared object per distinct spelling.
    typealias Forms = TokenForms

    /// The process-wide table behind the per-thread ones, so that the threads of a parallel batch
    /// do not each recompute the forms of "della" and "dichiarato" (fixed memory).
    /// Words and other tokens apart: the same bytes may be a word in one text and not in another.
    private static let sharedWords = FormMemo<Forms>(shardCount: 16, slotsPerShard: 4096)
    private static let sharedOthers = FormMemo<Forms>(shardCount: 4, slotsPerShard: 256)

    /// A slot: a hash, the object's address (for prefetching) and a reference: 24 bytes.
    /// `address` is the forms object's address, read (never dereferenced) to prefetch it.
    typealias Slot = (hash: UInt32, address: UInt, forms: Forms)?

    /// The slots and the hashes ahead, in memory the cache allocates once and owns alone.
    ///
    /// They were arrays, stored properties of this struct: every `withUnsafeBufferPointer` of
    /// the prefetches retained and released the array's buffer (atomic operations, three pairs
    /// a token, a tenth of the time spent building tokens). Reached through this object's
    /// pointers, a probe touches no reference count. Every index is masked into its table (the
    /// slot pair by `mask`, the ring by `ringMask`), so no text reaches outside them; the struct
    /// is never shared between threads (`ThreadFormCache` moves it in and out of one thread's slot).
    private final class Storage {
        let slots: UnsafeMutablePointer<Slot>
        let slotCount: Int
        let ahead: UnsafeMutablePointer<UInt32>
        static let aheadCount = 32

        init(slotCount: Int) {
            self.slotCount = slotCount
            slots = .allocate(capacity: slotCount)
            slots.initialize(repeating: nil, count: slotCount)
            ahead = .allocate(capacity: Self.aheadCount)
            ahead.initialize(repeating: 0, count: Self.aheadCount)
        }

        deinit {
            slots.deinitialize(count: slotCount)
            slots.deallocate()
            ahead.deinitialize(count: Self.aheadCount)
            ahead.deallocate()
        }
    }

    /// Two-way set-associative: each hash owns a pair of slots, the newest form in the even one.
    private let storage: Storage
    private let mask: Int
    /// The hashes of the tokens ahead of the one being looked up (`forms(at:of:in:)`) are kept in
    /// `storage.ahead`, by token index modulo its count; this is how many tokens of the text
    /// have been hashed.
    private var hashedUpTo = 0
    /// How far ahead of its lookup a token's slot pair, then its forms object, are prefetched.
    /// The lookups are random reads in a table and objects that the token arrays streaming past
    /// keep pushing out of the processor's cache; waiting for them was a third of the time spent
    /// building tokens.
    private static let slotDistance = 16
    private static let formsDistance = 8

    /// Byte equality, as a plain loop (the generic `elementsEqual` is several times slower here).
    @inline(__always)
    static func sameBytes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        guard left.count == right.count else { return false }
        var index = 0
        while index < left.count {
            if left[index] != right[index] { return false }
            index += 1
        }
        return true
    }

    /// Whether `forms` spells `bytes`.
    @inline(__always)
    static func spells(_ forms: Forms, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Borrowed, not copied into a `var` for `withUTF8`: no retain of the string per probe.
        if let same = forms.surface.utf8.withContiguousStorageIfAvailable({ sameBytes($0, bytes) }) { return same }
        return forms.surface.utf8.elementsEqual(bytes)
    }

    /// A cache of 64 K forms (1.5 MB): one per thread, kept between calls (`ThreadFormCache`).
    /// A news corpus has more distinct forms than 16 K slots held, and each form that missed
    /// here went to the shared memo, behind a lock and far in memory.
    init() {
        let size = 65_536
        storage = Storage(slotCount: size)
        mask = (size - 1) & ~1
    }

    /// The hash a token's forms are filed under (see `forms(of:isWord:make:)`).
    @inline(__always)
    static func hash(of bytes: UnsafeBufferPointer<UInt8>, token: RawToken) -> UInt32 {
        FormMemo<Forms>.hash(UnsafeBufferPointer(rebasing: bytes[token.start..<min(token.end, token.start + 25)]), seed: token.kind == .word ? 1 : 0)
    }

    /// Prefetches the slot pair of `hash`.
    @inline(__always)
    private func prefetchSlots(hash: UInt32) {
        let slot = Int(hash) & mask
        cicu_prefetch(storage.slots + slot)
        cicu_prefetch(storage.slots + slot + 1)
    }

    /// Prefetches the forms object in the newer slot of `hash`'s pair when the slot holds that
    /// hash. The slot is read as raw bytes (the hash at offset 0, the address at 8, the tuple's
    /// layout), so that no reference is retained: a stale or empty slot only prefetches a line
    /// for nothing, which never faults.
    @inline(__always)
    private func prefetchForms(hash: UInt32) {
        // The layout read below: anything else (no platform Swift runs on) only skips the hint.
        guard MemoryLayout<Slot>.size == 24, MemoryLayout<Slot>.stride == 24 else { return }
        let raw = UnsafeRawPointer(storage.slots)
        // Both slots of the pair: the form may be the older of the two. (The pair lies inside
        // the table: `mask` keeps its even slot below the last.)
        let offset = (Int(hash) & mask) * MemoryLayout<Slot>.stride
        if raw.load(fromByteOffset: offset, as: UInt32.self) == hash {
            cicu_prefetch(UnsafeRawPointer(bitPattern: raw.load(fromByteOffset: offset + 8, as: UInt.self)))
        } else if raw.load(fromByteOffset: offset + MemoryLayout<Slot>.stride, as: UInt32.self) == hash {
            cicu_prefetch(UnsafeRawPointer(bitPattern: raw.load(fromByteOffset: offset + MemoryLayout<Slot>.stride + 8, as: UInt.self)))
        }
    }

    /// Starts a text: `forms(at:of:in:)` will be asked for its tokens in order from the first.
    mutating func beginText() {
        hashedUpTo = 0
    }

    /// The forms of token `index` of `tokens`, asked in order (`beginText` first): as
    /// `forms(of:token:)`, with the slots of the tokens ahead prefetched while this one is looked up.
    @inline(__always)
    mutating func forms(at index: Int, of tokens: UnsafeBufferPointer<RawToken>, in bytes: UnsafeBufferPointer<UInt8>) -> Forms {
        let token = tokens[index]
        guard token.end - token.start <= 24 else { return forms(of: bytes, token: token) }
        if hashedUpTo <= index { hashedUpTo = index }
        let last = min(index + Self.slotDistance, tokens.count - 1)
        let ahead = storage.ahead
        let ringMask = Storage.aheadCount - 1
        while hashedUpTo <= last {
            let hash = Self.hash(of: bytes, token: tokens[hashedUpTo])
            ahead[hashedUpTo & ringMask] = hash
            prefetchSlots(hash: hash)
            hashedUpTo += 1
        }
        if index + Self.formsDistance < tokens.count { prefetchForms(hash: ahead[(index + Self.formsDistance) & ringMask]) }
        let isWord = token.kind == .word
        return forms(of: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), isWord: isWord, hash: ahead[index & ringMask]) { surface in
            (MatchingForm.of(surface, foldingAccents: false), isWord ? (MultiwordExpansion.expand(surface) ?? []) : [])
        }
    }

    /// The forms of a token of the NFC text in `buffer`: its surface, its matching form and, for a
    /// word, its multiword expansion.
    @inline(__always)
    mutating func forms(of buffer: UnsafeBufferPointer<UInt8>, token: RawToken) -> Forms {
        let isWord = token.kind == .word
        return forms(of: UnsafeBufferPointer(rebasing: buffer[token.start..<token.end]), isWord: isWord) { surface in
            (MatchingForm.of(surface, foldingAccents: false), isWord ? (MultiwordExpansion.expand(surface) ?? []) : [])
        }
    }

    /// The forms of the token spelled by `bytes`, computing them on a miss with `make`.
    @inline(__always)
    mutating func forms(
        of bytes: UnsafeBufferPointer<UInt8>, isWord: Bool, make: (String) -> (normalized: String, expansion: [String])
    ) -> Forms {
        // Long tokens (URLs, compounds) rarely repeat: computed directly, not cached.
        guard bytes.count <= 24 else {
            let surface = String(decoding: bytes, as: UTF8.self)
            let made = make(surface)
            return Forms(surface: surface, normalized: made.normalized, expansion: made.expansion)
        }
        return forms(of: bytes, isWord: isWord, hash: FormMemo<Forms>.hash(bytes, seed: isWord ? 1 : 0), make: make)
    }

    /// As `forms(of:isWord:make:)`, with the hash of `bytes` already known.
    @inline(__always)
    private mutating func forms(
        of bytes: UnsafeBufferPointer<UInt8>, isWord: Bool, hash: UInt32, make: (String) -> (normalized: String, expansion: [String])
    ) -> Forms {
        let slot = Int(hash) & mask
        let slots = storage.slots
        if let entry = slots[slot], entry.hash == hash, Self.spells(entry.forms, bytes) { return entry.forms }
        // The older slot stays where it is on a hit: swapping the pair cost more (two references
        // retained and released) than the occasional eviction it would save.
        if let entry = slots[slot + 1], entry.hash == hash, Self.spells(entry.forms, bytes) { return entry.forms }
        let memo = isWord ? Self.sharedWords : Self.sharedOthers
        let forms: Forms
        if let found = memo.value(hash: hash, matching: { stored in
            var stored = stored
            return stored.withUTF8 { Self.sameBytes($0, bytes) }
        }) {
            forms = found
        } else {
            let surface = String(decoding: bytes, as: UTF8.self)
            let made = make(surface)
            forms = Forms(surface: surface, normalized: made.normalized, expansion: made.expansion)
            memo.store(forms, for: surface, hash: hash)
        }
        slots[slot + 1] = slots[slot]
        slots[slot] = (hash, UInt(bitPattern: Unmanaged.passUnretained(forms).toOpaque()), forms)
        return forms
    }
}
