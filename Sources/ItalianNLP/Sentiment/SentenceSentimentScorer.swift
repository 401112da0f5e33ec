/// Scores one sentence (or any run of tokens): finds the modifier phrases, looks each word up in
/// the polarity lexicon through the lemma bridge, runs the rules in order, and sums.
///
/// Lookup: PrepositionalLocution and ProperNameGuard, then the polarity lexicon through the lemma bridge.
/// Order: EmoticonPolarity → SuperlativeIssimo → AllCapsEmphasis → PocoLitotes → BoosterDampener
/// → CorrectiveConstruction → RhetoricalNegativeQuestion → NegationScope → HarmReduction → ContrastClause → (sum) → PunctuationEmphasis.
struct SentenceSentimentScorer: Sendable {
    let polarity: PolarityLexicon
    let modifiers: SentimentModifierLexicon
    let emoticons: EmoticonPolarityLexicon
    let hashtags: HashtagWords
    let harmReduction: HarmReduction
    let words: SentimentWordTable

    init(polarity: PolarityLexicon = .shared, modifiers: SentimentModifierLexicon = .shared, emoticons: EmoticonPolarityLexicon = .shared) {
        self.polarity = polarity
        self.modifiers = modifiers
        self.emoticons = emoticons
        let harmReduction = HarmReduction()
        self.harmReduction = harmReduction
        words = SentimentWordTable(polarity: polarity, modifiers: modifiers, harmReduction: harmReduction)
        hashtags = HashtagWords(isKnownWord: { word in
            SentimentFunctionWords.contains(word) || polarity.match(word) != nil || modifiers.single(word) != nil
        })
    }

    /// The scorer with the built-in lexicons, built once.
    static let shared = SentenceSentimentScorer()

    /// Runs the rules over `tokens` and returns the state they leave.
    func analyze(_ tokens: [Token]) -> SentenceSentimentState {
        var state = SentenceSentimentState(units: [])
        analyze(tokens, into: &state)
        return state
    }

    /// Runs the rules over `tokens` in `state`, which is reset first: a caller that scores many
    /// sentences keeps one state, so that its arrays are allocated once (`SentenceSentimentState.reset`).
    /// The units' `tokenIndex` are indices of `tokens` (a slice keeps those of its array).
    /// `gated: false` runs every rule whatever the sentence holds, and leaves a summary that
    /// admits everything, so that the frame rules run ungated too: for the tests that check the
    /// gates change no answer (`SentenceClassSummary`).
    func analyze<Tokens: RandomAccessCollection<Token>>(_ tokens: Tokens, into state: inout SentenceSentimentState, gated: Bool = true)
    where Tokens.Index == Int {
        state.reset { SentimentUnit.replaceUnits(in: &$0, of: tokens, hashtags: hashtags, words: words) }
        let units = state.units
        // Each word's entry is read from the table where it is needed (`facts.info`), not copied
        // into an array of entries per sentence (an allocation and a retain of each entry's arrays).
        @inline(__always) func infoIndex(_ position: Int) -> Int32 {
            units[position].kind == .word ? units[position].facts.info : -1
        }
        // Modifier phrases, longest first; their words are neither modifiers alone nor sentiment
        // words. Prepositional locutions take their words out of scoring.
        // The units of prepositional locutions, in order (rare: most sentences have none).
        var locution: [Int] = []
        var index = 0
        while index < units.count {
            let info = infoIndex(index)
            if info >= 0 {
                if let locutions = words.locutions(at: info) {
                    for words in locutions where index + words.count <= units.count && (1..<words.count).allSatisfy({ StringIdentity.equals(units[index + $0].form, words[$0]) }) {
                        for offset in 0..<words.count { locution.append(index + offset) }
                    }
                }
                if let candidates = words.modifiers(at: info), let entry = SentimentModifierLexicon.longest(candidates, in: units, at: index) {
                    state.modifier[index] = entry
                    state.summary.findings.insert(SentenceFindings(modifierKind: entry.kind))
                    for offset in 0..<entry.words.count { state.isModifierWord[index + offset] = true }
                    index += entry.words.count
                    continue
                }
            }
            index += 1
        }
        for position in units.indices {
            let info = infoIndex(position)
            guard info >= 0 else {
                if units[position].kind == .symbol { state.summary.findings.insert(.symbol) }
                continue
            }
            if words.reducesHarm(at: info) {
                state.reducesHarm[position] = true
                state.summary.findings.insert(.harmReducer)
            }
            guard !state.isModifierWord[position], locution.isEmpty || !locution.contains(position), let found = words.polarity(at: info) else { continue }
            let lookup = ProperNameGuard.lookup(units, at: position)
            if case .none = lookup { continue }
            guard let match = PolarityLexicon.accept(found, directOnly: lookup == .directOnly, singularPresent: lookup == .full) else { continue }
            state.lemma[position] = match.lemma
            state.derivation[position] = match.derivation
            state.summary.findings.insert(match.derivation == .superlative ? [.polarityWord, .superlative] : .polarityWord)
            state.base[position] = match.polarity
            state.valence[position] = match.polarity
            if units[position].fromHashtag {
                state.rules[position].append(AppliedRule(name: HashtagWords.name, weight: 1, trigger: units[position].text))
            }
        }
        // Each rule runs only in a sentence that holds what it looks for (`SentenceClassSummary`).
        if !gated { state.summary = .admittingEverything }
        let summary = state.summary
        if summary.admits(EmoticonPolarity.gate) { EmoticonPolarity(lexicon: emoticons).apply(to: &state) }
        if summary.admits(SuperlativeIssimo.gate) { SuperlativeIssimo().apply(to: &state) }
        AllCapsEmphasis().apply(to: &state)
        if summary.admits(PocoLitotes.gate) { PocoLitotes().apply(to: &state) }
        if summary.admits(BoosterDampener.gate) { BoosterDampener().apply(to: &state) }
        if summary.admits(CorrectiveConstruction.gate) { CorrectiveConstruction().apply(to: &state) }
        if summary.admits(RhetoricalNegativeQuestion.gate) { RhetoricalNegativeQuestion().apply(to: &state) }
        if summary.admits(NegationScope.gate) { NegationScope().apply(to: &state) }
        if summary.admits(HarmReduction.gate) { harmReduction.apply(to: &state) }
        if summary.admits(ContrastClause.gate) { ContrastClause().apply(to: &state) }
    }

    /// The positive and negative sums of a state, punctuation emphasis included, and the
    /// explanation.
    func sums<Tokens: RandomAccessCollection<Token>>(_ state: inout SentenceSentimentState, tokens: Tokens, explain: Bool = true) -> (
        positive: Double, negative: Double, explanation: [SentimentContribution]
    ) where Tokens.Index == Int {
        var positive = 0.0
        var negative = 0.0
        for value in state.valence {
            if value > 0 { positive += value } else { negative -= value }
        }
        var explanation: [SentimentContribution] = []
        if explain {
            for index in state.units.indices where state.base[index] != 0 {
                let unit = state.units[index]
                let token = tokens[unit.tokenIndex]
                explanation.append(SentimentContribution(
                    text: unit.text, lemma: state.lemma[index], scalars: token.span.scalars, utf8: token.span.utf8,
                    basePolarity: state.base[index], rules: state.rules[index], valence: state.valence[index]))
            }
        }
        if let emphasis = PunctuationEmphasis().emphasis(for: state, sum: positive - negative) {
            if emphasis.amount > 0 { positive += emphasis.amount } else { negative -= emphasis.amount }
            let rule = AppliedRule(name: PunctuationEmphasis.name, weight: emphasis.amount, trigger: emphasis.text)
            state.sentenceContributions.append((emphasis.unit, rule))
            if explain {
                let token = tokens[state.units[emphasis.unit].tokenIndex]
                explanation.append(SentimentContribution(
                    text: emphasis.text, lemma: nil, scalars: token.span.scalars, utf8: token.span.utf8,
                    basePolarity: 0, rules: [rule], valence: emphasis.amount))
            }
        }
        return (positive, negative, explanation)
    }

    /// The sentiment of a run of tokens.
    func sentiment(of tokens: [Token], explain: Bool = true) -> (Sentiment, SentenceSentimentState) {
        var state = SentenceSentimentState(units: [])
        let sentiment = sentiment(of: tokens, explain: explain, into: &state)
        return (sentiment, state)
    }

    /// The sentiment of a run of tokens, scored in `state` (reset first; see `analyze(_:into:)`),
    /// which holds the rules' findings afterwards.
    func sentiment<Tokens: RandomAccessCollection<Token>>(of tokens: Tokens, explain: Bool, into state: inout SentenceSentimentState) -> Sentiment
    where Tokens.Index == Int {
        analyze(tokens, into: &state)
        let (positive, negative, explanation) = sums(&state, tokens: tokens, explain: explain)
        let words = state.units.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        return SentimentScale.sentiment(positiveSum: positive, negativeSum: negative, words: words, explanation: explanation)
    }
}
