/// Rule: a noun frozen in a prepositional locution is grammar, not sentiment — "in base a", "a causa di", "a favore di", "di fronte a",
/// "in vista di", "a proposito di", "in caso di", "in cerca di", "in seguito a", "in testa a",
/// "rispetto a" (compared to: "una miseria rispetto al costo della vita" is no respect).
/// Its words get no polarity. Not listed on purpose: "grazie a", which mostly introduces what
/// the writer is grateful for, and "a rischio di", which is bad news.
enum PrepositionalLocution {
    static let name = "PrepositionalLocution"

    /// Locutions as syntactic words (articulated prepositions expanded: "in base a" also matches
    /// "in base al", "in base alla").
    static let locutions: [[String]] = [
        ["in", "base", "a"], ["a", "base", "di"], ["sulla", "base", "di"], ["su", "la", "base", "di"],
        ["a", "causa", "di"], ["a", "favore", "di"], ["in", "favore", "di"], ["di", "fronte", "a"], ["in", "vista", "di"],
        ["a", "proposito", "di"], ["in", "caso", "di"], ["in", "cerca", "di"], ["in", "seguito", "a"], ["in", "testa", "a"],
        ["a", "fianco", "di"], ["in", "mezzo", "a"], ["per", "mezzo", "di"], ["nel", "corso", "di"], ["in", "il", "corso", "di"],
        ["a", "seconda", "di"], ["in", "grado", "di"], ["in", "modo", "da"], ["a", "patto", "che"], ["nei", "confronti", "di"],
        ["in", "i", "confronti", "di"], ["in", "termini", "di"], ["in", "qualità", "di"], ["rispetto", "a"],
    ]

    static let byFirstWord: [String: [[String]]] = Dictionary(grouping: locutions, by: { $0[0] })

    /// The units that belong to a locution.
    static func covered(_ units: [SentimentUnit]) -> Set<Int> {
        var covered: Set<Int> = []
        for start in units.indices {
            guard let candidates = byFirstWord[units[start].form] else { continue }
            for locution in candidates where start + locution.count <= units.count {
                if (1..<locution.count).allSatisfy({ units[start + $0].form == locution[$0] }) {
                    for offset in 0..<locution.count { covered.insert(start + offset) }
                }
            }
        }
        return covered
    }
}
