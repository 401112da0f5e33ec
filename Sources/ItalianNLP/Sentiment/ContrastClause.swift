/// Rule: contrast shifts the weight of a sentence to one side.
///
/// - After "ma", "però", "tuttavia", "eppure", "anzi", "invece", "comunque"… the part after the
///   marker counts `weight` times (1.2–1.5) and the part before `2 − weight` times: "il film è
///   bello ma lungo" leans negative (VADER's "but").
/// - A concessive clause opened by "sebbene", "benché", "anche se", "nonostante", "pur",
///   "malgrado"… counts `weight` times (0.5) up to the next clause boundary: "anche se costoso,
///   è bellissimo" leans positive.
///
/// With several markers each one weighs only its neighbouring parts ("A ma B ma C": A × 0.5,
/// B × 1.5 × 0.5, C × 1.5). A "ma" that belongs to a corrective construction is left to it.
struct ContrastClause: Sendable {
    static let name = "ContrastClause"
    /// It needs a contrast phrase, after or before (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyFinding: [.contrastAfter, .contrastBefore])
    /// The sides also need a contrast phrase, or a corrective one whose "ma per" may be a plain
    /// contrast (`isUnusedCorrectiveMa`).
    static let sidesGate = SentenceRuleGate(anyFinding: [.contrastAfter, .contrastBefore, .corrective])

    func apply(to state: inout SentenceSentimentState) {
        let count = state.units.count
        let markers = (0..<count).filter {
            state.modifierKind($0) == .contrastAfter && !state.consumedContrasts.contains($0)
                && !(state.modifier[$0]?.phrase == "invece" && $0 + 1 < count && (state.units[$0 + 1].form == "di" || state.units[$0 + 1].form == "che"))
        }
        for (number, marker) in markers.enumerated() {
            guard let entry = state.modifier[marker] else { continue }
            let previous = number > 0 ? state.afterModifier(markers[number - 1]) : 0
            let next = number + 1 < markers.count ? markers[number + 1] : count
            for position in previous..<marker {
                state.scale(position, by: 2 - entry.weight, rule: Self.name, trigger: entry.phrase)
            }
            for position in state.afterModifier(marker)..<next {
                state.scale(position, by: entry.weight, rule: Self.name, trigger: entry.phrase)
            }
        }
        for index in 0..<count where Self.isConcession(index, in: state) {
            guard let entry = state.modifier[index] else { continue }
            let start = state.afterModifier(index)
            let end = state.clauseEnd(from: start)
            guard start < end else { continue }
            for position in start..<end {
                state.scale(position, by: entry.weight, rule: Self.name, trigger: entry.phrase)
            }
        }
    }

    /// Whether a concessive marker starts at `index`: "pur di" + infinitive is a purpose ("ha
    /// ridotto l'ingaggio pur di restare": in order to stay), not a concession.
    static func isConcession(_ index: Int, in state: SentenceSentimentState) -> Bool {
        guard let entry = state.modifier[index], entry.kind == .contrastBefore else { return false }
        return !(entry.phrase == "pur" && index + 1 < state.units.count && state.units[index + 1].form == "di")
    }

    /// Whether the unit opens a "ma per" that no corrective construction took ("giura di non
    /// lavorare per i soldi, ma per un tatuaggio chiede duemila euro"): its "ma" is a plain
    /// contrast. (The modifier lexicon lists "ma per" as the closer of "non per X ma per Y", which
    /// hides the "ma" of the contrast.)
    static func isUnusedCorrectiveMa(_ index: Int, in state: SentenceSentimentState) -> Bool {
        guard let entry = state.modifier[index], entry.kind == .corrective else { return false }
        return StringIdentity.equals(entry.phrase, "ma per") && state.corrective[index] == nil
    }

    /// For each unit, the side of the nearest contrast it lies on: −1 before a contrast marker
    /// (demoted), +1 after one (promoted), −1 inside a concessive clause, 0 elsewhere. The frame
    /// rules read it.
    static func sides(of state: SentenceSentimentState) -> [Int8] {
        let count = state.units.count
        var sides = [Int8](filledWith: 0, count: count)
        // No contrast phrase, no side (`gate`); a "ma per" is a corrective phrase (`sidesGate`).
        guard state.summary.admits(sidesGate) else { return sides }
        let markers = (0..<count).filter {
            (state.modifierKind($0) == .contrastAfter || isUnusedCorrectiveMa($0, in: state)) && !state.consumedContrasts.contains($0)
                && state.units[$0].form != "comunque"
                && !(state.modifier[$0]?.phrase == "invece" && $0 + 1 < count && (state.units[$0 + 1].form == "di" || state.units[$0 + 1].form == "che"))
        }
        for (number, marker) in markers.enumerated() {
            let previous = number > 0 ? state.afterModifier(markers[number - 1]) : 0
            let next = number + 1 < markers.count ? markers[number + 1] : count
            for position in previous..<marker { sides[position] = -1 }
            for position in state.afterModifier(marker)..<next { sides[position] = 1 }
        }
        for index in 0..<count where isConcession(index, in: state) {
            let start = state.afterModifier(index)
            let end = state.clauseEnd(from: start)
            guard start < end else { continue }
            for position in start..<end { sides[position] = -1 }
            // The main clause after a sentence-initial concession is promoted: the concession must
            // open the sentence (a conjunction may come first). A concession that ends a clause
            // ("ha scelto di restare, anche se guadagna meno") leaves what follows it alone.
            if !(0..<index).contains(where: { state.units[$0].kind == .word && !NegatedFrame.conjunctions.contains(state.units[$0].form) }) {
                var after = end + 1
                while after < count && sides[after] == 0 {
                    sides[after] = 1
                    after += 1
                }
            }
        }
        return sides
    }
}
