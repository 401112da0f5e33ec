import CICU

/// A table from word forms to values that a document fills as it goes (the speaker registry's
/// names, the capitalised words of a document), answering every look-up exactly as a
/// `Dictionary<String, Value>` with the same assignments would: keys are equal under canonical
/// equivalence, as Strings are.
///
/// Why: the claim extractor's per-document tables are probed and grown for every mention, and a
/// `Dictionary<String, _>` hashes each key with SipHash (which for a String also checks its
/// normalisation), compares under canonical equivalence and rehashes every key as it grows from
/// empty; profiling put a few percent of the extractor's time there. This table hashes the key's
/// UTF-8 bytes (FNV-1a, as `FormTable` and `FormMemo` do) into an open-addressed array and
/// compares bytes.
///
/// Bytes decide equality exactly for strings in NFC. A key whose scalars are all "plain"
/// (`MarkList.isPlain`: below U+0300 or in U+2010–U+205E, the scalars of Italian words, names and
/// their apostrophes) is in NFC as it stands; any other key is brought to NFC first (ICU), and
/// filed in the open-addressed slots when its NFC form is plain, in a `Dictionary` otherwise (an
/// emoji, a letter with a mark of its own, or normalisation failing) — so two canonically
/// equivalent keys always meet in the same place.
struct FormIndex<Value> {
    /// The table itself, in an object of its own, nil until the first key is stored: a document
    /// makes several tables and many stay empty, and the table's arrays inline made the claim
    /// rules' context (six tables in its registry) hundreds of bytes larger, which Swift copies
    /// whole each time a mutating rule calls one of the context's plain methods. Copies of a
    /// `FormIndex` share the object until one of them is changed (copy on write).
    private var table: Table?
    /// The room the first store makes.
    private let minimumCapacity: Int

    /// An empty table with room for `minimumCapacity` keys before it grows (made when the first
    /// key is stored).
    init(minimumCapacity: Int = 0) {
        self.minimumCapacity = minimumCapacity
    }

    /// The number of keys.
    var count: Int { table?.count ?? 0 }

    var isEmpty: Bool { count == 0 }

    /// The value for `key` (nil when it has none); assigning nil removes the key.
    subscript(key: String) -> Value? {
        get {
            // An empty table answers without hashing the key.
            guard let table, table.count > 0 else { return nil }
            switch Self.placement(of: key) {
            case .slots(let form, let hash): return table.slotIndex(of: form, hash: hash).map { table.values[Int(table.slots[$0])] }
            case .others: return table.others[key]
            }
        }
        set {
            if newValue == nil, isEmpty { return }
            makeTableUnique()
            switch Self.placement(of: key) {
            case .slots(let form, let hash):
                if let newValue { table?.store(newValue, for: form, hash: hash) } else { table?.remove(form, hash: hash) }
            case .others:
                table?.others[key] = newValue
            }
        }
    }

    /// Whether `key` has a value.
    func contains(_ key: String) -> Bool {
        guard let table, table.count > 0 else { return false }
        switch Self.placement(of: key) {
        case .slots(let form, let hash): return table.slotIndex(of: form, hash: hash) != nil
        case .others: return table.others[key] != nil
        }
    }

    /// Makes the table if there is none, and copies it if another `FormIndex` shares it.
    private mutating func makeTableUnique() {
        if isKnownUniquelyReferenced(&table) { return }
        table = table.map { Table(copying: $0) } ?? Table(minimumCapacity: minimumCapacity)
    }

    /// Where a key is filed: in the slots under its NFC form and that form's hash, or in `others`.
    private enum Placement {
        case slots(String, UInt32)
        case others
    }

    @inline(__always)
    private static func placement(of key: String) -> Placement {
        if let hash = plainHash(key) { return .slots(key, hash) }
        let form = ICUNormalization.normalize(key, form: CICU_NORM_NFC)
        if let hash = plainHash(form) { return .slots(form, hash) }
        return .others
    }

    /// The FNV-1a hash of a plain string's bytes (`FormMemo.hash`), or nil when a scalar is not
    /// plain (`MarkList.isPlain`) or the bytes are not contiguous.
    @inline(__always)
    private static func plainHash(_ string: String) -> UInt32? {
        let hash: UInt32?? = string.utf8.withContiguousStorageIfAvailable { plainHash(of: $0) }
        return hash ?? nil
    }

    /// `MarkList.isPlain(bytes) ? FormMemo.hash(bytes) : nil` in one pass over the bytes: every
    /// look-up and store hashes its key, and the registry asks of each mention's name in several
    /// tables (two loops over the key cost twice the one).
    @inline(__always)
    static func plainHash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var hash: UInt32 = 2_166_136_261
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0xCC {
                // The plain scalars from U+0300 on: U+2010–U+205E (E2 80 90–BF, E2 81 80–9E).
                guard byte == 0xE2, index + 2 < bytes.count else { return nil }
                let second = bytes[index + 1]
                let third = bytes[index + 2]
                guard (second == 0x80 && third >= 0x90 && third <= 0xBF) || (second == 0x81 && third >= 0x80 && third <= 0x9E) else {
                    return nil
                }
                hash = (hash ^ UInt32(byte)) &* 16_777_619
                hash = (hash ^ UInt32(second)) &* 16_777_619
                hash = (hash ^ UInt32(third)) &* 16_777_619
                index += 3
                continue
            }
            hash = (hash ^ UInt32(byte)) &* 16_777_619
            index += 1
        }
        return hash
    }

    /// Whether a filed key spells `form` (both plain, so bytes decide).
    @inline(__always)
    fileprivate static func same(_ key: String, _ form: String) -> Bool {
        if StringIdentity.isIdentical(key, form) { return true }
        let same: Bool?? = key.utf8.withContiguousStorageIfAvailable { keyBytes in
            form.utf8.withContiguousStorageIfAvailable { formBytes in WordFormCache.sameBytes(keyBytes, formBytes) }
        }
        // Filed keys and plain queries are contiguous (`plainHash` read them so): this is not reached.
        return (same ?? nil) ?? key.utf8.elementsEqual(form.utf8)
    }

    /// Open addressing with linear probing over entry numbers (−1: empty). The entries themselves
    /// are dense arrays in insertion order (a removal moves the last entry into the gap): a
    /// table of plain integers and arrays of keys and values cost little to build and to free,
    /// where an array of optional generic slots was destroyed slot by slot through the generic
    /// value witnesses (which cost more than the hashing saved). (Its properties are only
    /// reached through its one `FormIndex`, never by two accesses at once: the run-time
    /// exclusivity checks of a class's stored properties would guard nothing.)
    private final class Table {
        @exclusivity(unchecked) var slots: [Int32]
        @exclusivity(unchecked) var mask: Int
        @exclusivity(unchecked) var hashes: [UInt32] = []
        @exclusivity(unchecked) var keys: [String] = []
        @exclusivity(unchecked) var values: [Value] = []
        /// The keys whose NFC form is not plain, with the semantics of a dictionary.
        @exclusivity(unchecked) var others: [String: Value] = [:]

        var count: Int { keys.count + others.count }

        /// An empty table with room for `minimumCapacity` keys.
        init(minimumCapacity: Int) {
            var size = 8
            while size < minimumCapacity * 2 { size *= 2 }
            slots = Array(repeating: -1, count: size)
            mask = size - 1
            if minimumCapacity > 0 {
                hashes.reserveCapacity(minimumCapacity)
                keys.reserveCapacity(minimumCapacity)
                values.reserveCapacity(minimumCapacity)
            }
        }

        /// A table with `other`'s entries.
        init(copying other: Table) {
            slots = other.slots
            mask = other.mask
            hashes = other.hashes
            keys = other.keys
            values = other.values
            others = other.others
        }

        /// The slot that holds `form`'s entry, if any.
        @inline(__always)
        func slotIndex(of form: String, hash: UInt32) -> Int? {
            var index = Int(hash) & mask
            while slots[index] >= 0 {
                let entry = Int(slots[index])
                if hashes[entry] == hash && FormIndex.same(keys[entry], form) { return index }
                index = (index + 1) & mask
            }
            return nil
        }

        func store(_ value: Value, for form: String, hash: UInt32) {
            if let index = slotIndex(of: form, hash: hash) {
                values[Int(slots[index])] = value
                return
            }
            // At most half full, so that probes stay short.
            if (keys.count + 1) * 2 > slots.count { grow() }
            var index = Int(hash) & mask
            while slots[index] >= 0 { index = (index + 1) & mask }
            slots[index] = Int32(keys.count)
            hashes.append(hash)
            keys.append(form)
            values.append(value)
        }

        /// Removes `form`: its slot is emptied and the slots after it in its run moved back (linear
        /// probing needs no marks), and the last entry moves into its place in the dense arrays.
        func remove(_ form: String, hash: UInt32) {
            guard var hole = slotIndex(of: form, hash: hash) else { return }
            let entry = Int(slots[hole])
            slots[hole] = -1
            var index = (hole + 1) & mask
            while slots[index] >= 0 {
                let home = Int(hashes[Int(slots[index])]) & mask
                // The slot may move into the hole when its home is not after the hole (cyclically).
                if (index - home) & mask >= (index - hole) & mask {
                    slots[hole] = slots[index]
                    slots[index] = -1
                    hole = index
                }
                index = (index + 1) & mask
            }
            let last = keys.count - 1
            if entry != last {
                // The slot of the last entry now names the gap it moves into.
                var slot = Int(hashes[last]) & mask
                while slots[slot] != Int32(last) { slot = (slot + 1) & mask }
                slots[slot] = Int32(entry)
                hashes[entry] = hashes[last]
                keys[entry] = keys[last]
                values[entry] = values[last]
            }
            hashes.removeLast()
            keys.removeLast()
            values.removeLast()
        }

        private func grow() {
            slots = Array(repeating: -1, count: slots.count * 2)
            mask = slots.count - 1
            for entry in hashes.indices {
                var index = Int(hashes[entry]) & mask
                while slots[index] >= 0 { index = (index + 1) & mask }
                slots[index] = Int32(entry)
            }
        }
    }
}
