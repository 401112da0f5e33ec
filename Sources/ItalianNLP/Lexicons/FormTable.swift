import CICU

/// A fixed map from word forms to values, probed many times per sentence by the sentiment and
/// frame rules ("is this form a preposition?", "which lemma does this form inflect?"), that
/// answers exactly as a `Dictionary<String, Value>` of the same entries does, at a fraction of
/// its cost.
///
/// Profiling showed a quarter of a million such probes per megabyte of text, each hashing the
/// form with SipHash (which for a String also checks its normalisation) and then comparing it
/// under canonical equivalence: some 400 instructions for a five-letter word. This table hashes
/// the form's UTF-8 bytes (FNV-1a, as `FormMemo` does) into an open-addressed array and compares
/// bytes.
///
/// Bytes equal exactly when canonical equivalence does only for strings in NFC, so the table
/// answers the forms it can vouch for and hands the rest to the dictionary: a form whose scalars
/// are all below U+0300 (every byte below 0xCC) is in NFC (those scalars have NFC_QC=Yes and
/// combining class 0), and it is keyed by the NFC form of each entry; any other form — one
/// with a combining mark, an emoji, a letter of another script — is looked up in the
/// dictionary, as before.
struct FormTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var hash: UInt32
        /// The entry's index in `values`, or −1 for an empty slot.
        var entry: Int32
        var form: String
    }

    /// The entries, with the semantics of a dictionary (and the answer for forms the slots cannot vouch for).
    let dictionary: [String: Value]
    private let values: [Value]
    private let slots: [Slot]
    private let mask: Int

    /// A table of `dictionary`'s entries.
    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var values: [Value] = []
        values.reserveCapacity(dictionary.count)
        var size = 8
        while size < dictionary.count * 2 { size *= 2 }
        var slots = Array(repeating: Slot(hash: 0, entry: -1, form: ""), count: size)
        let mask = size - 1
        for (key, value) in dictionary {
            // The NFC form under which a query in NFC finds the entry (an entry already in NFC,
            // as every Italian word of the lexicons is, is its own).
            let form = key.utf8.allSatisfy({ $0 < 0xCC }) ? key : ICUNormalization.normalize(key, form: CICU_NORM_NFC)
            guard form.utf8.allSatisfy({ $0 < 0xCC }) else { continue }
            let hash = FormMemo<Value>.hash(form.utf8)
            var index = Int(hash) & mask
            while slots[index].entry >= 0 && !(slots[index].hash == hash && slots[index].form == form) { index = (index + 1) & mask }
            // Two entries with one NFC form are one key of the dictionary; keep the first.
            guard slots[index].entry < 0 else { continue }
            slots[index] = Slot(hash: hash, entry: Int32(values.count), form: form)
            values.append(value)
        }
        self.values = values
        self.slots = slots
        self.mask = mask
    }

    /// The number of entries (`dictionary.count`).
    var count: Int { dictionary.count }

    /// The value for the form whose UTF-8 is `bytes`, as `dictionary[String(decoding: bytes, as:
    /// UTF8.self)]` gives it, without building the String (a prefix of a longer name is looked up
    /// as it stands).
    func value(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            // A byte that may start a scalar from U+0300 on: the slots cannot vouch for the answer.
            if byte >= 0xCC { return dictionary[String(decoding: bytes, as: UTF8.self)] }
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return slots.withUnsafeBufferPointer { slots -> Value? in
            var index = Int(hash) & mask
            while true {
                let entry = slots[index].entry
                if entry < 0 { return nil }
                if slots[index].hash == hash,
                    slots[index].form.utf8.withContiguousStorageIfAvailable({ WordFormCache.sameBytes($0, bytes) })
                        ?? slots[index].form.utf8.elementsEqual(bytes)
                {
                    return values[Int(entry)]
                }
                index = (index + 1) & mask
            }
        }
    }

    /// The value for `form`, as `dictionary[String(form)]` gives it (a slice of a longer string is
    /// looked up without being copied).
    subscript(form: Substring) -> Value? {
        let hash: UInt32?? = form.utf8.withContiguousStorageIfAvailable { bytes -> UInt32? in
            var hash: UInt32 = 2_166_136_261
            for byte in bytes {
                if byte >= 0xCC { return nil }
                hash = (hash ^ UInt32(byte)) &* 16_777_619
            }
            return hash
        }
        guard case .some(.some(let hash)) = hash else { return dictionary[String(form)] }
        return slots.withUnsafeBufferPointer { slots -> Value? in
            var index = Int(hash) & mask
            while true {
                let entry = slots[index].entry
                if entry < 0 { return nil }
                if slots[index].hash == hash && slots[index].form == form { return values[Int(entry)] }
                index = (index + 1) & mask
            }
        }
    }

    /// The value for `form`, as `dictionary[form]` gives it.
    @inline(__always)
    subscript(form: String) -> Value? {
        // One pass over the bytes: the hash, or nil (no answer) at the first byte that may start
        // a scalar from U+0300 on.
        let hash: UInt32?? = form.utf8.withContiguousStorageIfAvailable { bytes -> UInt32? in
            var hash: UInt32 = 2_166_136_261
            for byte in bytes {
                if byte >= 0xCC { return nil }
                hash = (hash ^ UInt32(byte)) &* 16_777_619
            }
            return hash
        }
        guard case .some(.some(let hash)) = hash else { return dictionary[form] }
        return slots.withUnsafeBufferPointer { slots -> Value? in
            var index = Int(hash) & mask
            while true {
                let entry = slots[index].entry
                if entry < 0 { return nil }
                if slots[index].hash == hash && slots[index].form == form { return values[Int(entry)] }
                index = (index + 1) & mask
            }
        }
    }
}
