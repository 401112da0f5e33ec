/// A fixed set of word forms that the rules test units against ("che", "perché", the verbs of
/// saying…): written and read as a `Set<String>` is, answering `contains` exactly as one would,
/// through a `FormTable` (bytes hashed with FNV-1a, not SipHash), several times faster.
struct FormSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let table: FormTable<Bool>

    /// The forms, as a set.
    var members: Set<String> { Set(table.dictionary.keys) }

    init(arrayLiteral forms: String...) {
        self.init(forms)
    }

    init<Forms: Sequence<String>>(_ forms: Forms) {
        var dictionary: [String: Bool] = [:]
        for form in forms { dictionary[form] = true }
        table = FormTable(dictionary)
    }

    /// Whether `form` is one of the set's forms (under canonical equivalence, as for a `Set<String>`).
    @inline(__always)
    func contains(_ form: String) -> Bool {
        table[form] != nil
    }

    /// This set with `other`'s forms added.
    func union<Forms: Sequence<String>>(_ other: Forms) -> FormSet {
        FormSet(Array(self) + Array(other))
    }

    var count: Int { table.dictionary.count }
    var isEmpty: Bool { table.dictionary.isEmpty }

    func makeIterator() -> Dictionary<String, Bool>.Keys.Iterator {
        table.dictionary.keys.makeIterator()
    }
}
