/// Frame stance rule: a subject whose negated predicate comes after a parenthetical between
/// commas is rejected (−1) — "Lo stipendio, che pure arriva puntuale e non è nemmeno basso, non è
/// mai stato il motivo per cui mi alzo alle cinque", "La borsa di ricerca, sia chiaro a chi ha
/// scritto il contrario, non c'entra nulla con la mia scelta". Italian puts relative clauses,
/// asides and speech tags between a subject and its verb; `NegatedFrame` stops at the first
/// comma, so the negation far from the frame word went unread.
///
/// The term opens its clause (only determiners or a conjunction before it); a comma within four
/// units after it opens a parenthetical of at most `parentheticalUnits` units that closes at the
/// next comma (no full stop, colon or semicolon in it); a frame negator follows at once (a
/// connective such as "però" may come first). The parenthetical's own negation ("non è nemmeno
/// basso") is not the subject's. It runs right after `NegatedFrame`; it is no rejection that
/// evokes the other frame (`AlternativeMotive`), since what follows the negation is the
/// predicate, not an alternative.
struct ParentheticalNegation: Sendable {
    static let name = "ParentheticalNegation"
    /// How far a parenthetical may run between its commas.
    static let parentheticalUnits = 30
    static let connectives: FormSet = ["però", "invece", "comunque", "tuttavia", "poi"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let units = state.units
        guard NegatedFrame.opensClause(occurrence.head, in: state) else { return nil }
        let end = occurrence.units.upperBound
        guard let open = (end..<min(units.count, end + 4)).first(where: { units[$0].isClauseBoundary }), units[open].form == "," else { return nil }
        var close = open + 1
        while close < units.count && close - open <= Self.parentheticalUnits {
            if units[close].form == "," { break }
            if units[close].isClauseBoundary { return nil }
            close += 1
        }
        guard close < units.count, units[close].form == ",", close > open + 1 else { return nil }
        var next = close + 1
        if next < units.count && Self.connectives.contains(units[next].form) { next += 1 }
        guard next < units.count, NegatedFrame.isFrameNegator(next, in: state) else { return nil }
        return FrameStanceVerdict(stance: -1, rule: Self.name)
    }
}
