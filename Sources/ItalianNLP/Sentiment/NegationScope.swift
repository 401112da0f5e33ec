/// Rule: a negator (non, mai, né, nessuno, niente, nulla, senza, neanche, nemmeno, neppure,
/// mica, "privo di", "tutt'altro che"…) turns the sentiment words in its scope around at VADER's
/// weight (the lexicon's −0.74): "non è bello", "senza problemi", "niente di buono". The scope is
/// the next two content words (function words such as è, mi, lo, stato do not count), and ends earlier at a clause boundary (punctuation) or a contrast or
/// corrective marker (ma, però, anche se, invece di). Italian negative concord is one negation,
/// not two: in "non mi piace niente" or "non è mai stato bello" the second negator extends the
/// first scope and flips nothing again. A negator booster in or right after the scope ("non è
/// affatto bello", "non mi piace per niente") makes the negation full (× −1).
struct NegationScope: Sendable {
    static let name = "NegationScope"
    /// It needs a negator (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(allFindings: .negator)
    /// VADER's N_SCALAR, used when the modifier lexicon gives no weight.
    static let factor = -0.74
    /// A boosted negation is full, never more.
    static let boostedFactor = -1.0
    /// VADER looks three tokens back from a word for a negator; with function words skipped that
    /// is about two content words forward from the negator.
    static let scopeContentWords = 2

    func apply(to state: inout SentenceSentimentState) {
        let count = state.units.count
        var boosted: [Int: Bool] = [:]
        var index = 0
        while index < count {
            guard state.modifierKind(index) == .negator, !state.consumedNegators.contains(index) else {
                index += 1
                continue
            }
            // Concord: a negator inside an earlier scope extends that scope.
            let governor = state.negatedBy[index] ?? index
            var contentWords = 0
            var position = state.afterModifier(index)
            var sawBooster = false
            while position < count && contentWords < Self.scopeContentWords {
                let unit = state.units[position]
                if unit.isClauseBoundary { break }
                if let kind = state.modifierKind(position) {
                    if kind == .contrastAfter || kind == .contrastBefore || kind == .corrective { break }
                    if kind == .negatorBooster { sawBooster = true }
                    if kind == .negator {
                        // Mark the concord negator itself so that it extends this scope.
                        state.negatedBy[position] = governor
                    }
                }
                if let role = state.corrective[position], role.explicit, role.role != .added { break }
                // A short ASCII form is neither (every spelling of "perché" holds a non-ASCII
                // scalar): most units are passed over without the two comparisons.
                if !StringIdentity.isShortASCII(unit.form) && (unit.form == "perché" || unit.form == "poiché") { break }
                if state.modifierKind(position) != .negator { state.negatedBy[position] = governor }
                if state.isContentWord(position) { contentWords += 1 }
                position = state.modifier[position] != nil ? state.afterModifier(position) : position + 1
            }
            // A negator booster right after the scope: "non mi piace per niente".
            var look = position
            var steps = 0
            while look < count && steps < 2 && !state.units[look].isClauseBoundary {
                if state.modifierKind(look) == .negatorBooster { sawBooster = true }
                look += 1
                steps += 1
            }
            if sawBooster { boosted[governor] = true }
            index += 1
        }
        for position in 0..<count where state.units[position].kind == .word && state.valence[position] != 0 {
            guard let negator = state.negatedBy[position] else { continue }
            let weight = state.modifier[negator]?.weight ?? Self.factor
            let factor = boosted[negator] == true ? Self.boostedFactor : weight
            state.scale(position, by: factor, rule: Self.name, trigger: state.modifier[negator]?.phrase ?? state.units[negator].text)
        }
    }
}
