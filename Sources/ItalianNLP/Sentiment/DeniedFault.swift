/// Frame stance rule: a fault denied of a frame defends it (+1) — "il profitto non è una
/// parolaccia", "guadagnare bene non è un peccato", "la passione non è un difetto", "lo stipendio
/// non è male". Denying a bad predicate is litotes: the frame is valued, not rejected, though the
/// negation alone would read as `NegatedFrame`'s −1. A concern denied ("la retribuzione non è mai
/// stata un problema per lei") is no fault: the frame does not weigh, and `NegatedFrame` rejects it.
///
/// The term opens its clause as the subject (only determiners before it); within four units after
/// it a frame negator, then a copula ("mai" and "stato" may come with it); then, within three units
/// (an article or "affatto" may come first), a word whose prior polarity is negative (at most
/// `faultPolarity`). It runs right before `NegatedFrame`.
struct DeniedFault: Sendable {
    static let name = "DeniedFault"
    static let faultPolarity = -0.3
    static let copulas: FormSet = ["è", "sono", "era", "erano", "sarà", "saranno", "sia", "siano", "fosse", "fossero", "stato", "stata", "stati", "state", "mai"]

    /// Words of worry: denying them says the frame is no concern ("non è mai stata un problema").
    static let concerns: FormSet = ["problema", "problemi", "questione", "ostacolo", "preoccupazione", "pensiero", "cruccio", "assillo"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let units = state.units
        guard NegatedFrame.opensClause(occurrence.head, in: state) else { return nil }
        let end = units.count
        guard let negator = (occurrence.units.upperBound..<min(end, occurrence.units.upperBound + 4)).first(where: { NegatedFrame.isFrameNegator($0, in: state) }),
            !(occurrence.units.upperBound..<negator).contains(where: { units[$0].isClauseBoundary })
        else { return nil }
        var position = negator + 1
        var sawCopula = false
        while position < end && Self.copulas.contains(units[position].form) {
            sawCopula = true
            position += 1
        }
        guard sawCopula else { return nil }
        var steps = 0
        while position < end && steps < 3 && !units[position].isClauseBoundary {
            if state.base[position] <= Self.faultPolarity && !context.isFrameUnit(position) {
                // "La retribuzione non è mai stata un problema": a concern denied says the frame
                // does not weigh (`NegatedFrame`'s −1), not that it is good.
                return Self.concerns.contains(units[position].form) ? nil : FrameStanceVerdict(stance: 1, rule: Self.name)
            }
            // Only an article or "affatto" may stand before the predicate.
            guard units[position].isIn(.article) || units[position].form == "affatto" else { return nil }
            position += 1
            steps += 1
        }
        return nil
    }
}
