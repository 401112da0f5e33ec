/// The prior polarity of Italian lemmas (`Lexicons/sentiment/polarity.tsv`, derived from Sentix
/// 3.1.1), reached from any inflected form through a `LemmaBridge`.
struct PolarityLexicon: Sendable {
    /// A polarity found for a word form.
    struct Match: Sendable, Hashable {
        let lemma: String
        let polarity: Double
        let derivation: ItalianInflection.Derivation
    }

    private let polarity: [String: Double]
    /// Every form the lexicon reaches, direct or through the lemma bridge, with its match: one
    /// dictionary probe per word of text.
    private let forms: [String: Match]
    /// Forms that several lemmas generate: the other lemmas.
    let bridge: LemmaBridge

    /// - Parameters:
    ///   - table: lemma, POS and polarity rows.
    ///   - unscoredLemmas: words that are lemmas in their own right but carry no polarity here
    ///     (`Lexicons/sentiment/neutral-lemmas.tsv`): such a word is never read as a verb form of
    ///     another lemma ("tema", a theme, is no subjunctive of temere).
    init(table: TSVTable, unscoredLemmas: TSVTable? = nil) {
        var polarity: [String: Double] = [:]
        var lemmas: [(lemma: String, pos: String)] = []
        polarity.reserveCapacity(table.rows.count)
        for row in table.rows {
            guard let value = Double(row.column(2)) else { continue }
            let lemma = String(row.column(0))
            polarity[lemma] = value
            if !SentimentFunctionWords.contains(lemma) { lemmas.append((lemma, String(row.column(1)))) }
        }
        self.polarity = polarity
        // Read whole, below: no table for fast lookups.
        let bridge = LemmaBridge(lemmasWithPOS: lemmas, indexed: false)
        var forms: [String: Match] = [:]
        forms.reserveCapacity(bridge.count)
        // The lemmas' polarities probed by their bytes (`FormTable`: the dictionary's answers,
        // without SipHash), once for each of the bridge's hundred thousand forms.
        let lemmaPolarity = FormTable(polarity)
        for (form, entry) in bridge.allEntries where !SentimentFunctionWords.contains(form) {
            guard let value = lemmaPolarity[entry.lemma] else { continue }
            forms[form] = Match(lemma: entry.lemma, polarity: value, derivation: entry.derivation)
        }
        // An unscored lemma's own word loses the verb reading it got from another lemma: one
        // probe per listed word, no set built. Only verb forms: "chiara" is a noun in Sentix too,
        // but as the feminine of chiaro it is the adjective far more often; a verb form that is
        // also a word of its own ("tema") is that word.
        for row in unscoredLemmas?.rows ?? [] {
            let word = String(row.column(0))
            if let match = forms[word], match.derivation == .verbal || match.derivation == .singularPresent {
                forms[word] = nil
            }
        }
        self.forms = forms
        self.bridge = bridge
    }

    /// A singular present verb form (amo, teme, base, monti) is often a noun too; it reaches its
    /// verb only when the verb has a clear polarity (weakly scored verbs are mostly noise).
    static let singularPresentMinimum = 0.2

    /// The built-in lexicon.
    static let shared = PolarityLexicon(
        table: .embedded("sentiment/polarity.tsv"), unscoredLemmas: .embedded("sentiment/neutral-lemmas.tsv"))

    /// The polarity of a lower-case word form: the form's own entry, else (unless `directOnly`)
    /// its lemma's, through a singular present verb form only when `singularPresent` allows it.
    /// Function words never have one.
    func match(_ form: String, directOnly: Bool = false, singularPresent: Bool = true) -> Match? {
        guard let match = forms[form] else { return nil }
        return Self.accept(match, directOnly: directOnly, singularPresent: singularPresent)
    }

    /// Whether a match found for a form may be used under the lookup's restrictions.
    static func accept(_ match: Match, directOnly: Bool, singularPresent: Bool) -> Match? {
        if match.derivation == .lemma { return match }
        if directOnly { return nil }
        if match.derivation == .singularPresent && (!singularPresent || abs(match.polarity) < Self.singularPresentMinimum) { return nil }
        return match
    }

    /// Every form the lexicon reaches, with its match.
    var allForms: [String: Match] { forms }

    /// How many forms the lexicon reaches.
    var formCount: Int { forms.count }

    /// The number of lemmas.
    var count: Int { polarity.count }
}

