/// Frame rule across a colon: a short evaluative fragment on one side of a colon passes its
/// verdict to the frames on the other side — "fa il cameriere per quattro euro l'ora, in nero:
/// vergognoso." (money −1), "Ottima notizia per i dottorandi: la borsa di studio sale a 1.500
/// euro" (money +1), "il premio di produzione è stato dimezzato: una beffa per chi…" (money −1).
///
/// The sentence splitter ends a sentence at a colon, so the rule joins the two sentences: the
/// fragment names no frame, has at most ten words and an evaluative word among its first three
/// (|valence| ≥ 0.35) that gives the verdict's sign, which the fragment as a whole must not
/// contradict; before the colon it must announce news ("Ottima notizia", "buone notizie"); the
/// frames it judges keep their stance where a rule of rejection, correction or contrast decided
/// it or "meno"/"più" right beside the term evaluates it ("un lavoro meno pagato vicino a casa:
/// bellissimo" praises the choice), and take the verdict's sign where they were only asserted,
/// evaluated in a window or mentioned.
enum VerdictFragment {
    static let name = "VerdictFragment"
    static let maximumWords = 10
    /// Words that make a fragment a headline judging what follows it ("Ottima notizia: …").
    static let headlineWords: FormSet = ["notizia", "notizie", "novità"]
    /// Nouns of contempt for an amount ("un'elemosina", "una mancia").
    static let contemptHeads: FormSet = ["elemosina", "mancia", "miseria", "schiaffo", "beffa", "vergogna", "insulto"]
    static let threshold = 0.25
    /// The rules whose stance a verdict replaces.
    static let replaceable: FormSet = [AssertedFrame.name, EvaluatedFrame.name, NeutralMention.name, PlainMoneyMention.name]

    /// How strong the word that opens a verdict must be.
    static let headStrength = 0.35

    /// The sign of the verdict a sentence gives, if it is such a fragment: it names no frame, has
    /// few words, and an evaluative word among its first three words that the whole does not
    /// contradict ("vergognoso", "una beffa per chi…", "finalmente una buona notizia"; not
    /// "così il servizio pubblico perde i suoi giovani migliori").
    static func verdict(_ sentiment: Sentiment, state: SentenceSentimentState, frames: [String: FrameScore], words: Int) -> Double? {
        guard frames.isEmpty, words >= 1, words <= maximumWords else { return nil }
        // "una presa in giro", "un'elemosina": idioms of contempt for what was offered.
        // Among the first four words, read in place (no array of them for every short sentence).
        var firstWords = 0
        var beforePrevious = ""
        var previous = ""
        for index in state.units.indices where state.units[index].kind == .word {
            let form = state.units[index].form
            if contemptHeads.contains(form) || beforePrevious == "presa" && StringIdentity.equals(previous, "in") && StringIdentity.equals(form, "giro") { return -1 }
            beforePrevious = previous
            previous = form
            firstWords += 1
            if firstWords == 4 { break }
        }
        var seen = 0
        for (index, unit) in state.units.enumerated() where unit.kind == .word {
            if abs(state.valence[index]) >= headStrength {
                let sign: Double = state.valence[index] > 0 ? 1 : -1
                // The fragment as a whole must not say the opposite.
                return sentiment.score * sign <= -threshold ? nil : sign
            }
            seen += 1
            if seen == 3 { break }
        }
        return nil
    }

    /// Whether a fragment before a colon judges what follows: it announces news. Elsewhere such a
    /// fragment usually sums up what came before ("I valori appesi in corridoio? Carta da parati:
    /// qui si viene premiati…") or only introduces ("Lo dico chiaro: …").
    static func judgesForward(_ state: SentenceSentimentState) -> Bool {
        state.units.contains { headlineWords.contains($0.form) }
    }

    /// Whether a sentence ends with a colon (the splitter's boundary the rule joins across).
    static func endsWithColon(_ tokens: [Token]) -> Bool {
        tokens.last?.text == ":"
    }

    /// The frames judged by a verdict; `rule` names the rule that found it in their evidence.
    static func judge(_ frames: [String: FrameScore], verdict: Double, rule: String = name) -> [String: FrameScore] {
        frames.mapValues { score in
            guard !score.evidence.isEmpty, score.evidence.allSatisfy({ replaceable.contains($0.rule) }) else { return score }
            return FrameScore(salience: score.salience, stance: verdict, evidence: score.evidence.map {
                FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: verdict, rule: rule)
            })
        }
    }
}
