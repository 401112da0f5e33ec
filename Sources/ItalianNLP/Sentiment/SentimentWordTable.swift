/// Everything the sentiment rules may need to know about a word form, gathered from every
/// lexicon once, so that scoring a word costs a single dictionary probe: the modifier phrases it
/// starts, its polarity match, whether it reduces harm (`HarmReduction`), and the prepositional
/// locutions it starts (`PrepositionalLocution`). What a form is (`Facts`) is remembered per
/// distinct form for the whole process, so a word of text costs one cheap probe of a memo.
struct SentimentWordTable: Sendable {
    struct Info: Sendable {
        var modifiers: [SentimentModifierLexicon.Entry]? = nil
        var polarity: PolarityLexicon.Match? = nil
        var reducesHarm = false
        var locutions: [[String]]? = nil
    }

    /// What the rules ask about a form, worked out once: its entry in the table and its classes.
    struct Facts: Sendable {
        /// The index of the form's `Info` (see `info(at:)`), or −1 when the table has none.
        let info: Int32
        let classes: SentimentWordClasses
    }

    private let table: [String: Int32]
    private let infos: [Info]
    /// 32,768 forms: news text of a few megabytes has fewer distinct forms, so that few of them
    /// evict one another from the direct-mapped slots.
    private let memo = FormMemo<Facts>(shardCount: 16, slotsPerShard: 2048)

    init(polarity: PolarityLexicon, modifiers: SentimentModifierLexicon, harmReduction: HarmReduction) {
        // The polarity forms' indices are mapped from the polarity lexicon's own dictionary
        // (`mapValues` keeps its keys where they are: no form is hashed again), their entries
        // appended in the same order; then the other lexicons' words find or add theirs. (A
        // dictionary of entries re-keyed into a dictionary of indices hashed every form twice.)
        var infos: [Info] = []
        infos.reserveCapacity(polarity.formCount + 500)
        var index: [String: Int32] = polarity.allForms.mapValues { match in
            infos.append(Info(polarity: match))
            return Int32(infos.count - 1)
        }
        /// The position in `infos` of `form`'s entry, made empty when it has none yet.
        func slot(_ form: String) -> Int {
            if let found = index[form] { return Int(found) }
            index[form] = Int32(infos.count)
            infos.append(Info())
            return infos.count - 1
        }
        for (word, entries) in modifiers.entriesByFirstWord {
            let position = slot(word)
            infos[position].modifiers = entries
        }
        for form in harmReduction.forms {
            let position = slot(form)
            infos[position].reducesHarm = true
        }
        for (word, locutions) in PrepositionalLocution.byFirstWord {
            let position = slot(word)
            infos[position].locutions = locutions
        }
        self.table = index
        self.infos = infos
        // The word classes are built with the table (a lexicon loaded at start), not during the
        // first sentence analysed.
        _ = SentimentWordClasses.table
    }

    func info(_ form: String) -> Info? {
        table[form].map { infos[Int($0)] }
    }

    /// The facts of a form, remembered.
    func facts(_ form: String) -> Facts {
        facts(form, hash: Self.hash(form))
    }

    /// The facts of a form whose memo hash (`hash(_:)`) the caller has worked out.
    func facts(_ form: String, hash: UInt32) -> Facts {
        if let facts = memo.value(hash: hash, matching: { $0 == form }) { return facts }
        let facts = Facts(info: table[form] ?? -1, classes: SentimentWordClasses.of(form))
        memo.store(facts, for: form, hash: hash)
        return facts
    }

    /// The memo's hash of a form, over its UTF-8 bytes in one buffer (iterating `utf8` of a
    /// String byte by byte costs several times more).
    @inline(__always)
    static func hash(_ form: String) -> UInt32 {
        form.utf8.withContiguousStorageIfAvailable { FormMemo<Facts>.hash($0) } ?? FormMemo<Facts>.hash(form.utf8)
    }

    /// The `Info` that `Facts.info` points at (nil for −1).
    func info(at index: Int32) -> Info? {
        index >= 0 ? infos[Int(index)] : nil
    }

    /// One field of the `Info` at `index` (≥ 0, from `Facts.info`), read in place: the scorer
    /// asks for one or two fields of a word's entry, and copying the whole entry retains all its
    /// arrays.
    func modifiers(at index: Int32) -> [SentimentModifierLexicon.Entry]? { infos[Int(index)].modifiers }
    /// See `modifiers(at:)`.
    func polarity(at index: Int32) -> PolarityLexicon.Match? { infos[Int(index)].polarity }
    /// See `modifiers(at:)`.
    func reducesHarm(at index: Int32) -> Bool { infos[Int(index)].reducesHarm }
    /// See `modifiers(at:)`.
    func locutions(at index: Int32) -> [[String]]? { infos[Int(index)].locutions }
}
