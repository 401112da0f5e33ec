/// Frame stance rule: pay weighed against someone else's is evaluated by the comparison — "un
/// ricercatore prende meno di un cassiere", "guadagnano la metà dei colleghi tedeschi" (−1),
/// "guadagno il triplo che a Bari", "prende più di un primario" (+1). The frame fixture's
/// guideline: a purely evaluative mention follows the sign of the evaluation.
///
/// A money term followed within three units in its clause by "meno", "la metà" or a smaller
/// fraction ("un terzo", "un quarto": "il cachet era un quarto del solito") (−1), or by
/// "più" or "il doppio" (triplo, quadruplo) (+1), where what follows is the other side of a
/// comparison: "di" (del, della…) and no figure ("più di 3.000 euro" is an amount, not a
/// comparison), "che", "rispetto", or the end of the clause ("guadagna di meno"). A negation
/// just before the term ("non guadagna più") is no comparison.
struct ComparedPay: Sendable {
    static let name = "ComparedPay"
    static let less: FormSet = ["meno", "metà", "terzo", "quarto"]
    static let more: FormSet = ["più", "doppio", "triplo", "quadruplo", "quintuplo", "decuplo"]
    /// Words that open the other side of a comparison.
    static let comparedWith: FormSet = [
        "di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "che", "rispetto",
    ]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money", occurrence.evokedBy == nil else { return nil }
        let state = context.state
        let units = state.units
        let end = min(state.clauseEnd(from: occurrence.head), occurrence.units.upperBound + 3)
        guard occurrence.head + 1 < end else { return nil }
        for position in (occurrence.head + 1)..<end where units[position].kind == .word {
            let form = units[position].form
            let isLess = Self.less.contains(form)
            guard isLess || Self.more.contains(form) else { continue }
            // "la metà", "un terzo", "il doppio": a multiple or a fraction needs its article; "più", "meno" stand alone.
            if form != "più" && form != "meno" && !FrameTermMatcher.articles.contains(context.form(position - 1)) { continue }
            let next = context.form(position + 1)
            let closes = position + 1 >= units.count || units[position + 1].isClauseBoundary
            if !closes {
                guard Self.comparedWith.contains(next) else { continue }
                // "più di 3.000 euro": an amount.
                let after = FrameTermMatcher.articles.contains(context.form(position + 2)) ? context.form(position + 3) : context.form(position + 2)
                if PlainMoneyMention.isNumber(context.form(position + 2)) || PlainMoneyMention.isNumber(after) { continue }
            }
            // "non guadagna più": no longer, not more.
            let clauseStart = state.clauseStart(before: occurrence.head)
            if (max(clauseStart, occurrence.head - 3)..<occurrence.head).contains(where: { state.modifierKind($0) == .negator }) { return nil }
            return FrameStanceVerdict(stance: isLess ? -1 : 1, rule: Self.name)
        }
        return nil
    }
}
