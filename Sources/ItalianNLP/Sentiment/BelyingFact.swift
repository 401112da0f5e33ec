/// Frame rule: an ideal followed by a fact of money that happened "meanwhile" is belied (−1) —
/// "L'azienda parla di «famiglia», ma intanto gli azionisti si sono spartiti 40 milioni",
/// "La loro missione è «rendere il mondo migliore»; nel frattempo i fattorini sono pagati a
/// cottimo", "Ci ha scritto dei «valori che ci uniscono». Lo stesso giorno ha venduto le sue
/// azioni". The frame fixture's guidelines: "dicono X, ma Y" demotes X; a frame shown to be empty
/// is −1. The money keeps the stance its own rules give it (dividends shared out are the motive,
/// piecework pay is poor pay).
///
/// A marker of simultaneity (`markers`: "intanto", "nel frattempo", "lo stesso giorno", "il giorno
/// dopo", "la stessa settimana") opening a clause or the half of one after "e", "ma", "però" or
/// "mentre" ("vi chiamiamo eroi e intanto vi paghiamo come stagisti") — followed
/// in that clause by a money term. In the same sentence a mission term before the marker is
/// belied; across a full stop, ";" or ":" (`CrossSentenceFrames`), the previous sentence's
/// mission, when it was only asserted, evaluated or mentioned there and the marker's sentence
/// names no mission.
struct BelyingFact: Sendable {
    static let name = "BelyingFact"
    /// Words that may open a marker of simultaneity (checked by `marker(at:in:)`).
    static let markers: FormSet = ["intanto", "frattempo", "stesso", "stessa", "giorno"]
    static let openers: FormSet = ["ma", "e", "però", "mentre"]

    /// Whether a marker of simultaneity starts at `index`: "intanto", "nel frattempo", "lo stesso
    /// giorno" (stessa settimana, stesso mese), "il giorno dopo".
    static func isMarker(at index: Int, in units: [SentimentUnit]) -> Bool {
        let form = units[index].form
        let next = index + 1 < units.count ? units[index + 1].form : ""
        switch form {
        case "intanto": return true
        // "nel" may be split into "in il".
        case "frattempo": return index > 0 && (units[index - 1].form == "nel" || units[index - 1].form == "il")
        case "stesso", "stessa": return ["giorno", "mese", "settimana", "anno", "sera", "mattina", "momento"].contains(next)
        case "giorno": return next == "dopo" || next == "seguente"
        default: return false
        }
    }

    /// The position of a marker that opens a clause (within its first four units), if any.
    static func openingMarker(in state: SentenceSentimentState, from start: Int = 0) -> Int? {
        let units = state.units
        guard start < units.count else { return nil }
        for index in start..<units.count where units[index].kind == .word && markers.contains(units[index].form) && isMarker(at: index, in: units) {
            // "vi chiamiamo eroi e intanto vi paghiamo…": the marker may open the clause's second
            // half, after "e", "ma", "però" or "mentre".
            let clauseStart = state.clauseStart(before: index)
            let clause = (clauseStart..<index).last { openers.contains(units[$0].form) } ?? clauseStart
            let lead = (clause..<index).filter { units[$0].kind == .word && !openers.contains(units[$0].form) && !FrameTermMatcher.articles.contains(units[$0].form) && units[$0].form != "nel" && units[$0].form != "in" }
            if lead.isEmpty { return index }
        }
        return nil
    }

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "mission" else { return nil }
        // The cheap test first: most sentences name no money after the mission term.
        guard context.occurrences.contains(where: { $0.term.frame == "money" && $0.head > occurrence.head }) else { return nil }
        guard let marker = Self.openingMarker(in: context.state, from: occurrence.units.upperBound) else { return nil }
        let end = context.state.clauseEnd(from: marker)
        guard context.occurrences.contains(where: { $0.term.frame == "money" && $0.head > marker && $0.head < end }) else { return nil }
        return FrameStanceVerdict(stance: -1, rule: Self.name)
    }

    /// Whether this sentence opens with a marker and names money but no mission: it belies the
    /// previous sentence's mission.
    static func belies(_ state: SentenceSentimentState, frames: [String: FrameScore]) -> Bool {
        guard frames["money"] != nil, frames["mission"] == nil, let marker = openingMarker(in: state) else { return false }
        return state.clauseStart(before: marker) == 0
    }

    /// The previous sentence's frames with a mission only asserted, evaluated or mentioned belied (−1).
    static func belie(_ previous: [String: FrameScore]) -> [String: FrameScore]? {
        guard let mission = previous["mission"], !mission.evidence.isEmpty,
            mission.evidence.allSatisfy({ VerdictFragment.replaceable.contains($0.rule) })
        else { return nil }
        var result = previous
        result["mission"] = FrameScore(salience: mission.salience, stance: -1, evidence: mission.evidence.map {
            FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: -1, rule: name)
        })
        return result
    }
}
