/// Frame stance rule: in a corrective construction the rejected element's frame is rejected (−1)
/// and the asserted one asserted (+1): "non è lo stipendio, ma la missione" (money −1, mission
/// +1), "non tanto il guadagno quanto il desiderio di lasciare un segno", "più che la scienza,
/// gli interessano le consulenze", "anziché puntare sulle stock option…", "per i soldi, non per
/// gli ideali". Both sides of "non solo X ma anche Y" are asserted. "X rispetto a Y" promotes X
/// unless X's clause demotes it ("il guadagno passa in secondo piano rispetto alla missione").
struct CorrectiveFrameRole: Sendable {
    static let name = "CorrectiveFrameRole"

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        for index in occurrence.units {
            guard let mark = context.state.corrective[index] else { continue }
            // "rispetto a" and "oltre" weigh two motives only when the other side names another
            // frame: "è una miseria rispetto al costo della vita" compares amounts.
            if !mark.explicit, ["rispetto", "oltre"].contains(context.form(mark.marker)) {
                let opposite: SentenceSentimentState.CorrectiveRole = mark.role == .rejected ? .asserted : .rejected
                let weighed = context.occurrences.contains { other in
                    other.term.frame != occurrence.term.frame
                        && other.units.contains { context.state.corrective[$0]?.role == opposite && context.state.corrective[$0]?.marker == mark.marker }
                }
                if !weighed { return nil }
            }
            // "Il guadagno passa in secondo piano rispetto alla missione": the clause before
            // "rispetto a" demotes its subject, so the roles are the other way round.
            let flip: Double = !mark.explicit && context.form(mark.marker) == "rispetto" && demotes(before: mark.marker, in: context) ? -1 : 1
            switch mark.role {
            case .rejected: return FrameStanceVerdict(stance: -1 * flip, rule: Self.name)
            case .asserted, .added: return FrameStanceVerdict(stance: 1 * flip, rule: Self.name)
            }
        }
        return nil
    }

    /// Words that demote what their clause is about ("passa in secondo piano", "è secondario",
    /// "conta meno", "viene dopo").
    static let demotion: FormSet = ["secondario", "secondaria", "secondari", "secondarie", "marginale", "marginali", "meno", "dopo"]

    /// Whether the clause before `marker` holds a demotion ("secondo piano", or a `demotion` word).
    private func demotes(before marker: Int, in context: FrameStanceContext) -> Bool {
        let state = context.state
        let start = state.clauseStart(before: marker)
        return (start..<marker).contains { index in
            let form = state.units[index].form
            return Self.demotion.contains(form) || (form == "secondo" && context.form(index + 1) == "piano")
        }
    }
}
