/// Everything the sentiment rules know about one sentence while they run: its units, the
/// modifier phrases found in it, each unit's prior polarity and current valence, the rules that
/// changed it, and the structure the rules found (negation scopes, corrective roles, contrast
/// markers) — which the frame rules read afterwards.
struct SentenceSentimentState: Sendable {
    /// The role of a unit in a corrective construction ("non per X ma per Y").
    enum CorrectiveRole: Sendable, Hashable {
        /// X: the element the construction rejects or demotes.
        case rejected
        /// Y: the element it asserts instead.
        case asserted
        /// Both sides of "non solo X ma anche Y".
        case added
    }

    private(set) var units: [SentimentUnit]
    /// Whether capitals emphasise in this sentence (see `AllCapsEmphasis`).
    private(set) var capitalsEmphasise: Bool
    /// The word classes the sentence holds and what the lookup found in it, which the rules'
    /// gates read (see `SentenceClassSummary`): the word classes are gathered as the units are
    /// built, the findings by the scorer's lookup.
    var summary = SentenceClassSummary()
    /// The modifier phrase that starts at each unit (nil elsewhere).
    var modifier: UnitValues<SentimentModifierLexicon.Entry?>
    /// Whether the unit belongs to a modifier phrase (its first word included).
    var isModifierWord: UnitValues<Bool>
    /// The lexicon lemma of each unit, when it has a polarity.
    var lemma: UnitValues<String?>
    /// How the lemma was reached.
    var derivation: UnitValues<ItalianInflection.Derivation?>
    /// The prior polarity (0 when none).
    var base: UnitValues<Double>
    /// The valence after the rules applied so far.
    var valence: UnitValues<Double>
    /// Whether each unit is a word that reduces harm (see `HarmReduction`).
    var reducesHarm: UnitValues<Bool>
    /// The rules applied to each unit.
    var rules: UnitValues<[AppliedRule]>
    /// The negator whose scope covers each unit.
    var negatedBy: UnitValues<Int?>
    /// Corrective roles, with the index of the marker that assigned them.
    /// `explicit` marks a construction with its own marker ("non tanto", "anziché"); the plain
    /// "non X, ma Y" is recorded for the frame rules only.
    var corrective: UnitValues<(role: CorrectiveRole, marker: Int, explicit: Bool)?>
    /// Negators that belong to a corrective construction ("non" of "non tanto", "non per").
    var consumedNegators: Set<Int> = []
    /// Contrast markers that the corrective rule used ("ma" of "non per X ma per Y").
    var consumedContrasts: Set<Int> = []
    /// Sentence-level contributions that belong to no word (punctuation emphasis).
    var sentenceContributions: [(unit: Int, rule: AppliedRule)] = []

    init(units: [SentimentUnit]) {
        self.units = units
        capitalsEmphasise = AllCapsEmphasis.capitalsEmphasise(units)
        let count = units.count
        modifier = UnitValues(filledWith: nil, count: count)
        isModifierWord = UnitValues(filledWith: false, count: count)
        lemma = UnitValues(filledWith: nil, count: count)
        derivation = UnitValues(filledWith: nil, count: count)
        base = UnitValues(filledWith: 0, count: count)
        valence = UnitValues(filledWith: 0, count: count)
        rules = UnitValues(filledWith: [], count: count)
        reducesHarm = UnitValues(filledWith: false, count: count)
        negatedBy = UnitValues(filledWith: nil, count: count)
        corrective = UnitValues(filledWith: nil, count: count)
        summary.wordClasses = units.reduce(into: []) { $0.formUnion($1.facts.classes) }
    }

    /// Makes this the fresh state of another sentence (its units written into `units` by
    /// `makeUnits`), as `init(units:)` would, in the storage this state already has: the scorer
    /// keeps one state for a whole document, so that its arrays are allocated once, not
    /// allocated and freed for every sentence, and each per-unit column puts back only what the
    /// rules wrote (`UnitValues`). The storage is reused in place when nothing else holds it
    /// (the state of the sentence before is no longer read), else copied as usual.
    mutating func reset(makeUnits: (inout [SentimentUnit]) -> SentimentWordClasses) {
        summary = SentenceClassSummary(wordClasses: makeUnits(&units))
        capitalsEmphasise = AllCapsEmphasis.capitalsEmphasise(units)
        let count = units.count
        modifier.reset(count: count)
        isModifierWord.reset(count: count)
        lemma.reset(count: count)
        derivation.reset(count: count)
        base.reset(count: count)
        valence.reset(count: count)
        rules.reset(count: count)
        reducesHarm.reset(count: count)
        negatedBy.reset(count: count)
        corrective.reset(count: count)
        if !consumedNegators.isEmpty { consumedNegators = [] }
        if !consumedContrasts.isEmpty { consumedContrasts = [] }
        sentenceContributions.removeAll(keepingCapacity: true)
    }

    /// The state a thread last scored with, kept with its storage (see `take`).
    private static let spare = ThreadLocalSlot<SentenceSentimentState>()

    /// The thread's spare state, its storage as large as the longest sentence it has scored, or a
    /// fresh one (first call, or a nested call while the spare is taken). Scoring a claim or a
    /// clause on its own then costs no allocation of a dozen arrays and no freeing of them.
    static func take() -> SentenceSentimentState {
        spare.take() ?? SentenceSentimentState(units: [])
    }

    /// Keeps `state` as the thread's spare for its next call (what it holds is reset then).
    static func give(_ state: consuming SentenceSentimentState) {
        spare.give(state)
    }

    /// Multiplies a unit's valence and records the rule.
    mutating func scale(_ index: Int, by factor: Double, rule: String, trigger: String?) {
        guard valence[index] != 0 else { return }
        valence[index] *= factor
        rules[index].append(AppliedRule(name: rule, weight: factor, trigger: trigger))
    }

    /// Adds to a unit's valence, away from zero in the direction of its sign, and records the rule.
    mutating func intensify(_ index: Int, by amount: Double, rule: String, trigger: String?) {
        let value = valence[index]
        guard value != 0 else { return }
        let signed = value > 0 ? amount : -amount
        var updated = value + signed
        // A dampener weakens a word; it never turns it around.
        if (value > 0) != (updated > 0) { updated = 0 }
        valence[index] = updated
        rules[index].append(AppliedRule(name: rule, weight: amount, trigger: trigger))
    }

    /// Whether the unit is a word that can carry content (not a function word, not a rule word).
    func isContentWord(_ index: Int) -> Bool {
        units[index].kind == .word && !isModifierWord[index] && !units[index].isIn(.functionWord)
    }

    /// The type of the modifier phrase starting at `index`, if any.
    func modifierKind(_ index: Int) -> SentimentModifierLexicon.Kind? {
        modifier[index]?.kind
    }

    /// The index just after the modifier phrase that starts at `index`.
    func afterModifier(_ index: Int) -> Int {
        index + (modifier[index]?.words.count ?? 1)
    }

    /// The next clause boundary (punctuation) at or after `index`, or the end.
    func clauseEnd(from index: Int) -> Int {
        var position = index
        while position < units.count && !units[position].isClauseBoundary { position += 1 }
        return position
    }

    /// The start of the clause that contains `index` (just after the previous boundary).
    func clauseStart(before index: Int) -> Int {
        var position = index
        while position > 0 && !units[position - 1].isClauseBoundary { position -= 1 }
        return position
    }
}
