/// Maps a word form of running text to a lemma of a lexicon: the form itself when the lexicon
/// lists it, otherwise the lemma whose generated inflection it is (`ItalianInflection`):
/// bellissime → bello, ricchi → ricco, stipendi → stipendio, pagati → pagare, guadagnano →
/// guadagnare, delusa → deluso.
///
/// The forms are generated once, when the bridge is built, so a lookup is one probe of a table.
/// When two lemmas generate the same form the lexicon's own forms win, then noun and adjective
/// inflections, then verb forms, then superlatives, then the singular present of verbs.
struct LemmaBridge: Sendable {
    struct Entry: Sendable, Hashable {
        let lemma: String
        let derivation: ItalianInflection.Derivation
    }

    private let entries: [String: Entry]
    /// `entries` as a `FormTable`, which the rules probe many times per sentence (the same
    /// answers, faster); nil for a bridge that is only read whole (the polarity lexicon's,
    /// whose hundreds of thousands of forms would take a while to index at start).
    private let table: FormTable<Entry>?
    /// The other lemmas of forms that several lemmas generate (pagati: pagato, pagare).
    private let alternatives: [String: [Entry]]
    /// `alternatives` as a `FormTable` (nil where `table` is): `hasLemma` asks it whenever a
    /// form's first lemma is not the one sought — for the frame matcher, at most words that
    /// inflect a term word — and the dictionary hashed the form with SipHash each time.
    private let alternativeTable: FormTable<[Entry]>?

    /// Builds the bridge for the lemmas of a lexicon without parts of speech: words in -are,
    /// -ere, -ire (and -arsi, -ersi, -irsi) are taken for verbs, the others inflect as nouns and
    /// adjectives.
    init<Lemmas: Sequence<String>>(lemmas: Lemmas) {
        self.init(lemmasWithPOS: lemmas.map { ($0, ItalianInflection.verbInfinitive($0) != nil ? "v" : "") })
    }

    /// Builds the bridge for lemmas with a part of speech (n, v, a, r or empty: see
    /// `ItalianInflection.forms(of:pos:)`). `indexed` false leaves out the table behind fast
    /// lookups, for a bridge that is only read whole.
    init(lemmasWithPOS lemmas: [(lemma: String, pos: String)], indexed: Bool = true) {
        var generated: [[(String, Entry)]] = [[], [], [], []]
        for (lemma, pos) in lemmas {
            for (form, derivation) in ItalianInflection.forms(of: lemma, pos: pos) where derivation != .lemma {
                let rank: Int
                switch derivation {
                case .nominal: rank = 0
                case .verbal: rank = 1
                case .superlative: rank = 2
                default: rank = 3
                }
                generated[rank].append((form, Entry(lemma: lemma, derivation: derivation)))
            }
        }
        // The lemmas first, then the generated forms by rank (the lemmas' entries do not depend
        // on the forms, so they are put in after generating all forms), into a dictionary sized
        // for them all at once: growing it step by step rehashed every form several times.
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(lemmas.count + generated.reduce(0) { $0 + $1.count })
        for (lemma, _) in lemmas {
            entries[lemma] = Entry(lemma: lemma, derivation: .lemma)
        }
        var alternatives: [String: [Entry]] = [:]
        for group in generated {
            for (form, entry) in group {
                // One probe for a new form (most are): put the entry in, and only when the form
                // had one already put that back (the dictionary keeps its first key either way).
                if let existing = entries.updateValue(entry, forKey: form) {
                    entries[form] = existing
                    if existing.lemma != entry.lemma && !(alternatives[form]?.contains(where: { $0.lemma == entry.lemma }) ?? false) {
                        alternatives[form, default: []].append(entry)
                    }
                }
            }
        }
        self.entries = entries
        table = indexed ? FormTable(entries) : nil
        self.alternatives = alternatives
        alternativeTable = indexed ? FormTable(alternatives) : nil
    }

    /// The lemma behind `form`, or nil when no lemma generates it.
    func entry(for form: String) -> Entry? {
        if let table { return table[form] }
        return entries[form]
    }

    /// Whether `lemma` is one of the lemmas behind `form` (`entries(for:)` holds it), without
    /// building the list.
    func hasLemma(_ lemma: String, for form: String) -> Bool {
        guard let first = entry(for: form) else { return false }
        if first.lemma == lemma { return true }
        let others = alternativeTable.map { $0[form] } ?? alternatives[form]
        return others?.contains { $0.lemma == lemma } ?? false
    }

    /// Every lemma behind `form`, the preferred one first.
    func entries(for form: String) -> [Entry] {
        guard let first = entry(for: form) else { return [] }
        return [first] + (alternatives[form] ?? [])
    }

    /// Every form with its preferred lemma.
    var allEntries: [String: Entry] { entries }

    /// How many forms the bridge knows.
    var count: Int { entries.count }
}
