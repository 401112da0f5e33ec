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

    /// Two-way set-associative: each hash owns a pair of slots, the newest form in the even one.
    /// A slot is a hash and a reference (16 bytes), so the 16 K slots take 256 KB and stay in the
    /// processor's cache while the token arrays stream past; a miss here costs a trip to the shared
    /// memo, behind a lock and far in memory.
    private var slots: [(hash: UInt32, forms: Forms)?]
    private let mask: Int

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
        var surface = forms.surface
        return surface.withUTF8 { sameBytes($0, bytes) }
    }

    /// A cache of 16 K forms: one per thread, kept between calls (`ThreadFormCache`).
    init() {
        let size = 16_384
        slots = Array(repeating: nil, count: size)
        mask = (size - 1) & ~1
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
        let hash = FormMemo<Forms>.hash(bytes, seed: isWord ? 1 : 0)
        let slot = Int(hash) & mask
        if let entry = slots[slot], entry.hash == hash, Self.spells(entry.forms, bytes) { return entry.forms }
        if let entry = slots[slot + 1], entry.hash == hash, Self.spells(entry.forms, bytes) {
            // The older slot hit: it becomes the newer one.
            slots.swapAt(slot, slot + 1)
            return entry.forms
        }
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
        slots[slot] = (hash, forms)
        return forms
    }
}
