/// Rule: reducing, preventing or fighting something bad is good — "riduce il rischio di
/// infarto", "prevenire l'inquinamento", "fermare ed eliminare gli abusi", "la lotta al
/// terrorismo", "contro la fame". A negative word up to four words after such a word, in the same
/// clause, is turned around at half weight (× −0.5). The reducing words are verbs (in any form),
/// a few nouns and "contro".
struct HarmReduction: Sendable {
    static let name = "HarmReduction"
    /// It needs a word that reduces harm and a polarity word (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(allFindings: [.harmReducer, .polarityWord])
    static let factor = -0.5
    static let verbs: Set<String> = [
        "ridurre", "diminuire", "abbassare", "dimezzare", "prevenire", "evitare", "combattere", "contrastare",
        "eliminare", "fermare", "sconfiggere", "debellare", "eradicare", "curare", "alleviare", "limitare",
        "abbattere", "arginare", "frenare", "impedire", "scongiurare", "sradicare", "vincere", "superare",
        "risolvere", "proteggere", "salvare", "difendere", "lottare", "battere", "ridurne",
    ]
    static let words: Set<String> = [
        "contro", "lotta", "riduzione", "prevenzione", "calo", "diminuzione", "cura", "cure", "rimedio", "rimedi",
        "antidoto", "fine", "meno",
    ]

    /// Every form of the reducing words.
    let forms: Set<String>

    init() {
        var forms = Self.words
        for verb in Self.verbs {
            for (form, _) in ItalianInflection.forms(of: verb, pos: "v") { forms.insert(form) }
        }
        self.forms = forms
    }

    func apply(to state: inout SentenceSentimentState) {
        let count = state.units.count
        for target in 0..<count where state.valence[target] < 0 && state.negatedBy[target] == nil && state.units[target].kind == .word {
            // A reducing word up to four words before, in the same clause.
            var position = target - 1
            var words = 0
            while position >= 0 && words < 4 && !state.units[position].isClauseBoundary {
                if state.units[position].kind == .word {
                    words += 1
                    if state.reducesHarm[position] {
                        state.scale(target, by: Self.factor, rule: Self.name, trigger: state.units[position].text)
                        // The reducing word's own polarity (combattere, lotta) is not what the clause means.
                        if state.valence[position] < 0 {
                            state.scale(position, by: 0, rule: Self.name, trigger: state.units[position].text)
                        }
                        break
                    }
                }
                position -= 1
            }
        }
    }
}
