/// Frame stance rule: a frame evaluated by the sentiment words next to it takes their sign —
/// "stipendi da fame", "il compenso offerto è offensivo", "un'azienda che paga bene", "stipendi
/// all'altezza dei migliori centri", "una visione … rivelata un'utopia fallimentare". The window
/// is four words on each side within the clause; the words' valences are those left by the
/// sentiment rules (so "poco attraente" counts as negative).
struct EvaluatedFrame: Sendable {
    static let name = "EvaluatedFrame"
    static let window = 4
    static let threshold = 0.2

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        // "guadagnare meno", "meno soldi" / "uno stipendio più alto", "guadagnare di più".
        let before = context.form(occurrence.head - 1)
        let after = context.form(occurrence.units.upperBound)
        if before == "meno" || after == "meno" { return FrameStanceVerdict(stance: -1, rule: Self.name) }
        if after == "più" || (after == "di" && context.form(occurrence.units.upperBound + 1) == "più") {
            return FrameStanceVerdict(stance: 1, rule: Self.name)
        }
        var sum = 0.0
        for index in occurrence.units { sum += state.valence[index] * 0.5 }
        var position = occurrence.head - 1
        var words = 0
        while position >= 0 && words < Self.window && !state.units[position].isClauseBoundary {
            if !context.isFrameUnit(position) { sum += state.valence[position] }
            if state.units[position].kind == .word { words += 1 }
            position -= 1
        }
        position = occurrence.units.upperBound
        words = 0
        while position < state.units.count && words < Self.window && !state.units[position].isClauseBoundary {
            if !context.isFrameUnit(position) { sum += state.valence[position] }
            if state.units[position].kind == .word { words += 1 }
            position += 1
        }
        guard abs(sum) >= Self.threshold else { return nil }
        return FrameStanceVerdict(stance: sum > 0 ? 1 : -1, rule: Self.name)
    }
}
