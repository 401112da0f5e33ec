/// The manner-adverb rule: "ha escluso categoricamente nuove tasse", "ha chiesto formalmente al
/// Comune di …", "ha ufficialmente annunciato che …". An adverb in -mente may stand wherever the
/// listed adverbs (``CueFinder/interveningAdverbs``) may: between an auxiliary and its participle,
/// and between a reporting verb and its object or clause. The list cannot hold every such adverb,
/// and without the rule one it lacked ended the search and the claim was missed.
extension ClaimDocument {
    /// Whether token `index` is a lower-case adverb in -mente ("categoricamente", "ufficialmente";
    /// not the noun "mente", nor a capitalised name such as "Clemente").
    func isMannerAdverb(_ index: Int) -> Bool {
        guard isWord(index), !isCapitalized(index) else { return false }
        let form = form(index)
        return form.utf8.count >= 8 && form.hasSuffix("mente")
    }
}
