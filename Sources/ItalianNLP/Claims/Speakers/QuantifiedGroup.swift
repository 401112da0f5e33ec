/// The quantified-group rule: "molti osservatori", "alcuni diplomatici", "diversi consiglieri della
/// maggioranza", "tutti gli analisti". A quantifier stands where an article would before a plural
/// role or person noun, and the group it names is a source of its own ("Secondo alcuni editori, …",
/// "Per molti residenti …"). Without it the mention started at the noun, after the word that
/// the according-to rule expects the source at, and the group was not found at all. The
/// quantifier belongs to the source's name ("molti critici", as the guidelines write it).
extension SpeakerMentionFinder {
    /// Quantifiers that open a plural noun phrase naming some people of a kind.
    static let groupQuantifiers: FormSet = [
        "molti", "molte", "alcuni", "alcune", "diversi", "diverse", "numerosi", "numerose", "parecchi", "parecchie",
        "vari", "varie", "svariati", "svariate", "tanti", "tante", "taluni", "talune", "pochi", "poche",
    ]

    /// Quantifiers that take a definite article before the noun: "tutti gli analisti".
    static let articleQuantifiers: FormSet = ["tutti", "tutte"]

    /// Partitive quantifiers, before "dei"/"degli"/"delle": "gran parte degli analisti", "la
    /// maggior parte degli economisti", "la maggioranza dei residenti", "metà dei sindaci" (and any
    /// quantifier above: "molti dei presenti").
    static let partitiveQuantifiers: [[String]] = [
        ["gran", "parte"], ["buona", "parte"], ["larga", "parte"], ["la", "maggior", "parte"], ["la", "maggioranza"],
        ["la", "metà"], ["metà"], ["una", "parte"], ["parte"],
    ]

    /// The fused prepositions that close a partitive quantifier.
    static let partitivePrepositions: FormSet = ["dei", "degli", "delle"]

    /// The number of tokens of a quantifier opening a group at token `index` ("molti" → 1, "tutti
    /// gli" → 2), or nil when none does. The noun after it must still be a plural role or person
    /// noun, which ``role(at:in:)`` checks.
    func groupQuantifierLength(at index: Int, in range: Range<Int>) -> Int? {
        // Every quantifier below (the first word of each partitive phrase too) carries the
        // `.groupQuantifier` bit: one test of it answers nil for nearly every token that
        // `role(at:in:)` asks about, before any form is compared.
        guard document.has(.groupQuantifier, index) else { return nil }
        guard index + 1 < range.upperBound, document.isWord(index), document.isWord(index + 1) else { return nil }
        // "Non tutti i medici sono convinti …", "non molti analisti": a negated quantity names no
        // group that speaks.
        if index > range.lowerBound, document.form(index - 1) == "non" { return nil }
        let form = document.form(index)
        // "molti dei presenti", "gran parte degli analisti": the quantifier and "dei".
        if Self.groupQuantifiers.contains(form), index + 2 < range.upperBound, Self.partitivePrepositions.contains(document.form(index + 1)) {
            return 2
        }
        for phrase in Self.partitiveQuantifiers where phrase.first == form && index + phrase.count + 1 < range.upperBound {
            if (0..<phrase.count).allSatisfy({ document.form(index + $0) == phrase[$0] }),
                Self.partitivePrepositions.contains(document.form(index + phrase.count))
            {
                return phrase.count + 1
            }
        }
        if Self.groupQuantifiers.contains(form) { return 1 }
        if Self.articleQuantifiers.contains(form), index + 2 < range.upperBound, ["i", "gli", "le"].contains(document.form(index + 1)) {
            return 2
        }
        return nil
    }
}
