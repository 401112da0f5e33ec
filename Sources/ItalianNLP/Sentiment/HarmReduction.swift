/// Rule: reducing, preventing or fighting something bad is good — "riduce il rischio di
/// infarto", "prevenire l'inquinamento", "fermare ed eliminare gli abusi", "la lotta al
/// terrorismo", "contro la fame". A negative word up to four words after such a word, in the same
/// clause, is turned around at half weight (× −0.5). The reducing words are verbs (in any form),
/// a few nouns and "contro".
struct HarmReduction: Sendable {
    static let name = "HarmReduction"
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

    let bridge: LemmaBridge

    init() {
        bridge = LemmaBridge(lemmasWithPOS: Self.verbs.map { ($0, "v") })
    }

    func apply(to state: inout SentenceSentimentState) {
        guard state.valence.contains(where: { $0 < 0 }) else { return }
        let count = state.units.count
        for index in 0..<count where state.units[index].kind == .word && isReducer(state.units[index].form) {
            var position = index + 1
            var words = 0
            var flipped = false
            while position < count && words < 4 && !state.units[position].isClauseBoundary {
                if state.units[position].kind == .word { words += 1 }
                if state.valence[position] < 0 && state.negatedBy[position] == nil {
                    state.scale(position, by: Self.factor, rule: Self.name, trigger: state.units[index].text)
                    flipped = true
                }
                position += 1
            }
            // The reducing verb's own polarity (combattere, lotta) is not what the clause means.
            if flipped && state.valence[index] < 0 {
                state.scale(index, by: 0, rule: Self.name, trigger: state.units[index].text)
            }
        }
    }

    private func isReducer(_ form: String) -> Bool {
        if Self.words.contains(form) { return true }
        guard let entry = bridge.entry(for: form) else { return false }
        return Self.verbs.contains(entry.lemma)
    }
}
