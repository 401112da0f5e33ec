/// Rule: boosters strengthen and dampeners weaken the sentiment word they modify ("molto bello",
/// "estremamente deludente", "abbastanza buono", "un po' triste"), by the weight the modifier
/// lexicon gives, decaying with distance as in VADER (1, 0.95, 0.9 for one, two, three words
/// before). Italian also puts the adverb after a verb or adjective ("mi piace molto", "bello
/// davvero"): a booster right after the word counts at 0.9 when it does not precede another
/// sentiment word. "più", "meno", "ben", "così" count only right before the word.
struct BoosterDampener: Sendable {
    static let name = "BoosterDampener"
    /// It needs a booster or dampener phrase and a polarity word (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyFinding: [.booster, .dampener], allFindings: .polarityWord)
    static let decay = [1.0, 0.95, 0.9]
    static let adjacentOnly: FormSet = ["più", "meno", "ben", "così", "tanto", "proprio", "troppo"]

    func apply(to state: inout SentenceSentimentState) {
        let capsEmphasise = state.capitalsEmphasise
        for index in state.units.indices where state.valence[index] != 0 && state.units[index].kind == .word {
            // Look back over up to three words in the same clause.
            var distance = 0
            var position = index - 1
            while position >= 0 && distance < 3 {
                let unit = state.units[position]
                if unit.isClauseBoundary { break }
                if unit.kind == .word { distance += 1 }
                if let entry = state.modifier[position], entry.kind == .booster || entry.kind == .dampener {
                    let adjacent = position + entry.words.count == index
                    if (Self.adjacentOnly.contains(entry.phrase) && !adjacent) || PocoLitotes.claims(state, modifier: position, word: index) {
                        position -= 1
                        continue
                    }
                    var amount = entry.weight * Self.decay[min(distance, 3) - 1]
                    if capsEmphasise && unit.isAllCaps {
                        amount += entry.weight > 0 ? AllCapsEmphasis.weight : -AllCapsEmphasis.weight
                    }
                    state.intensify(index, by: amount, rule: Self.name, trigger: entry.phrase)
                }
                position -= 1
            }
            // A booster right after the word ("mi piace molto").
            let next = index + 1
            if next < state.units.count, let entry = state.modifier[next], entry.kind == .booster || entry.kind == .dampener,
                !Self.adjacentOnly.contains(entry.phrase)
            {
                let after = next + entry.words.count
                let followedBySentiment = after < state.units.count && state.base[after] != 0
                if !followedBySentiment {
                    state.intensify(index, by: entry.weight * 0.9, rule: Self.name, trigger: entry.phrase)
                }
            }
        }
    }
}
