/// Sense rule: a goal word whose content is money names a money goal, not a mission — "il tuo
/// unico obiettivo è diventare ricco", "il suo sogno era un contratto milionario", "lo scopo:
/// massimizzare il profitto". The goal word (obiettivo, scopo, sogno, traguardo, ambizione) is
/// taken out of the mission frame when a money term follows it within five words of the same
/// clause, after a copula, a colon or "di"; the money term stays.
enum GoalAsMoney {
    static let name = "GoalAsMoney"
    static let goalWords: FormSet = ["obiettivo", "obiettivi", "scopo", "scopi", "sogno", "sogni", "traguardo", "ambizione", "ambizioni"]
    static let links: FormSet = ["è", "era", "sono", "erano", "sarà", "resta", "rimane", ":", "di", "diventare"]

    static func filter(_ occurrences: [FrameOccurrence], in state: SentenceSentimentState) -> [FrameOccurrence] {
        guard occurrences.count >= 2 else { return occurrences }
        let moneyHeads = occurrences.filter { $0.term.frame == "money" }.map(\.head)
        guard !moneyHeads.isEmpty else { return occurrences }
        return occurrences.filter { occurrence in
            guard occurrence.term.frame == "mission", occurrence.term.words.count == 1,
                goalWords.contains(state.units[occurrence.head].form)
            else { return true }
            let start = occurrence.units.upperBound
            var position = start
            var words = 0
            var linked = false
            while position < state.units.count && words <= 5 {
                let unit = state.units[position]
                if links.contains(unit.form) { linked = true }
                if unit.isClauseBoundary && unit.form != ":" { break }
                if linked && moneyHeads.contains(position) { return false }
                if unit.kind == .word { words += 1 }
                position += 1
            }
            return true
        }
    }
}
