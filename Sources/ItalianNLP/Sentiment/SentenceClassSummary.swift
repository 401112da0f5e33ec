/// What one sentence holds, gathered once while its units are built and its words looked up:
/// the union of its units' word classes (`SentimentWordClasses`) and what the lookup found
/// (`SentenceFindings`: modifier phrases by kind, polarity words, emoticons…).
///
/// Why: each of the sentiment and frame rules looks for its own few words ("peccato", a
/// negator, a serving verb…), and most sentences hold none of them; a rule that scanned every
/// unit of every sentence to find nothing cost little alone, but there are dozens of them. A
/// rule declares what it needs as a `SentenceRuleGate` (`static let gate`, next to the words
/// it looks for), and its caller runs it only when `admits` says the sentence may hold them:
///
///     if state.summary.admits(NegationScope.gate) { NegationScope().apply(to: &state) }
///
/// A gate must only turn away sentences where the rule does nothing (its words are absent), so
/// that skipping changes no answer; `SentenceClassSummaryTests` runs every gated rule on
/// sentences that its gate turns away and checks exactly that. To gate a rule on a new word,
/// give the word a class in `SentimentWordClasses.byForm` (the class lists exactly the forms
/// the rule compares with) and name the class in the rule's gate.
struct SentenceClassSummary: Sendable, Equatable {
    /// The union of the word classes of the sentence's units.
    var wordClasses: SentimentWordClasses = []
    /// What the scorer's lookup found in the sentence.
    var findings: SentenceFindings = []

    /// A summary that every gate admits (see `SentenceSentimentScorer.analyze(_:into:gated:)`).
    static let admittingEverything = SentenceClassSummary(
        wordClasses: SentimentWordClasses(rawValue: .max), findings: SentenceFindings(rawValue: .max))

    /// Whether the sentence may hold what a rule with `gate` needs (see `SentenceRuleGate`).
    @inline(__always)
    func admits(_ gate: SentenceRuleGate) -> Bool {
        guard findings.isSuperset(of: gate.allFindings) else { return false }
        if gate.anyWordClass.isEmpty && gate.anyFinding.isEmpty { return true }
        return !wordClasses.isDisjoint(with: gate.anyWordClass) || !findings.isDisjoint(with: gate.anyFinding)
    }

    /// The summary of a scored state, worked out again from its columns (for tests: the scorer
    /// gathers it as it goes, and the two must agree).
    static func recomputed(from state: SentenceSentimentState) -> SentenceClassSummary {
        var summary = SentenceClassSummary()
        for index in state.units.indices {
            let unit = state.units[index]
            summary.wordClasses.formUnion(unit.facts.classes)
            if unit.kind == .symbol { summary.findings.insert(.symbol) }
            if let kind = state.modifier[index]?.kind { summary.findings.insert(SentenceFindings(modifierKind: kind)) }
            if state.lemma[index] != nil && unit.kind == .word { summary.findings.insert(.polarityWord) }
            if state.derivation[index] == .superlative { summary.findings.insert(.superlative) }
            if state.reducesHarm[index] { summary.findings.insert(.harmReducer) }
        }
        return summary
    }
}

/// What the scorer's lookup found in a sentence, as bits of its `SentenceClassSummary`.
struct SentenceFindings: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// A modifier phrase of kind `negator` starts in the sentence ("non", "mica", "senza"…).
    static let negator = SentenceFindings(rawValue: 1 << 0)
    /// A modifier phrase of kind `negator_booster` ("affatto", "per niente").
    static let negatorBooster = SentenceFindings(rawValue: 1 << 1)
    /// A modifier phrase of kind `booster`.
    static let booster = SentenceFindings(rawValue: 1 << 2)
    /// A modifier phrase of kind `dampener`.
    static let dampener = SentenceFindings(rawValue: 1 << 3)
    /// A modifier phrase of kind `contrast_after` ("ma", "però").
    static let contrastAfter = SentenceFindings(rawValue: 1 << 4)
    /// A modifier phrase of kind `contrast_before` ("anche se", "sebbene").
    static let contrastBefore = SentenceFindings(rawValue: 1 << 5)
    /// A modifier phrase of kind `corrective` ("non tanto", "anziché").
    static let corrective = SentenceFindings(rawValue: 1 << 6)
    /// A word with a polarity from the lexicon (a word whose valence can be non-zero).
    static let polarityWord = SentenceFindings(rawValue: 1 << 7)
    /// A word reached as a superlative (`SuperlativeIssimo`).
    static let superlative = SentenceFindings(rawValue: 1 << 8)
    /// A word that reduces harm (`HarmReduction`).
    static let harmReducer = SentenceFindings(rawValue: 1 << 9)
    /// An emoji or emoticon unit.
    static let symbol = SentenceFindings(rawValue: 1 << 10)

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// The bit of a modifier phrase's kind.
    init(modifierKind kind: SentimentModifierLexicon.Kind) {
        switch kind {
        case .negator: self = .negator
        case .negatorBooster: self = .negatorBooster
        case .booster: self = .booster
        case .dampener: self = .dampener
        case .contrastAfter: self = .contrastAfter
        case .contrastBefore: self = .contrastBefore
        case .corrective: self = .corrective
        }
    }
}

/// What a rule needs to find in a sentence before it can do anything (see
/// `SentenceClassSummary`): every one of `allFindings`, and at least one of `anyWordClass` or
/// `anyFinding` (when both are empty, `allFindings` alone decides).
struct SentenceRuleGate: Sendable {
    let anyWordClass: SentimentWordClasses
    let anyFinding: SentenceFindings
    let allFindings: SentenceFindings

    init(anyWordClass: SentimentWordClasses = [], anyFinding: SentenceFindings = [], allFindings: SentenceFindings = []) {
        self.anyWordClass = anyWordClass
        self.anyFinding = anyFinding
        self.allFindings = allFindings
    }

    /// The gate of a rule that may act in any sentence.
    static let always = SentenceRuleGate()
}
