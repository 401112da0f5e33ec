/// Frame rule across sentences: a fragment that dismisses what came before — "Rivoluzione?
/// Innovazione? Parole.", "Meritocrazia? Chiacchiere.", "Il guadagno? Secondario.", or an answer that calls the question's
/// subject an excuse, "Il merito? Una scusa per…" — debunks the frames of the one or two
/// sentences before it (−1), and leaves the opposite frame open for the sentence after it
/// (`AlternativeMotive`).
enum DismissiveFragment {
    static let name = "DismissiveFragment"
    static let cues: FormSet = [
        "parole", "chiacchiere", "fuffa", "balle", "propaganda", "slogan", "retorica", "fumo", "favole", "illusioni",
        "bugie", "niente", "nulla", "marketing",
        // What is set aside as minor: "Il guadagno? Secondario."
        "secondario", "secondaria", "secondari", "secondarie", "irrilevante", "irrilevanti", "marginale", "marginali",
        "dettagli",
        // The plain meaning of a euphemism, given after a colon: "Offriamo un ambiente giovane e
        // stimolante. Tradotto: paghiamo poco."
        "tradotto", "traduzione",
    ]
    /// Cues that dismiss only as a fragment that ends with a colon ("Tradotto:"; not "Tradotto
    /// in inglese.").
    static let colonCues: Set<String> = ["tradotto", "traduzione"]

    /// Whether the sentence is such a fragment: at most three words, one of them a cue.
    static func isDismissive(_ state: SentenceSentimentState) -> Bool {
        var words = 0
        var cue = false
        for unit in state.units where unit.kind == .word {
            words += 1
            if words > 3 { return false }
            if unit.isIn(.dismissiveCue) && (!colonCues.contains(unit.form) || state.units.last?.form == ":") { cue = true }
        }
        return cue
    }

    /// Whether the sentence answers a question by calling its subject an excuse: one of its first
    /// three words is an excuse word ("Lo spirito di squadra? Una scusa per non pagare gli
    /// straordinari.", "La meritocrazia? Solo un alibi."). The caller checks that the sentence
    /// before ended with a question mark; the purpose after the excuse is `PretextFrame`'s.
    static func isExcuseAnswer(_ state: SentenceSentimentState) -> Bool {
        var words = 0
        for unit in state.units where unit.kind == .word {
            words += 1
            if words > 3 { return false }
            if PretextFrame.excuses.contains(unit.form) { return true }
        }
        return false
    }

    /// The frames of an earlier sentence, debunked.
    static func debunk(_ frames: [String: FrameScore]) -> [String: FrameScore] {
        frames.mapValues { score in
            FrameScore(salience: score.salience, stance: -1,
                       evidence: score.evidence.map {
                           FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: -1, rule: name)
                       })
        }
    }
}
