/// The exhortation and accusation rule of ``RuleID/subjectCueClause``: "accusa la giunta di aver
/// sottovalutato l'impatto", "I sindacati accusano l'azienda di aver deciso …", "invita a non
/// drammatizzare", "invita i cittadini a restare in casa" — verbs whose object (when there is
/// one) comes before the reported infinitive. The content starts at the infinitive, as after
/// "ha promesso di".
extension AttributionContext {
    static let objectInfinitiveLemmas: Set<String> = ["accusare", "invitare", "esortare", "diffidare", "incolpare", "sollecitare"]

    /// Where the reported infinitive starts after the cue's object, or nil.
    func objectInfinitiveStart(after position: Int, cue: CueGroup, sentence: Int) -> Int? {
        guard !cue.passive, Self.objectInfinitiveLemmas.contains(cue.lemma) else { return nil }
        let range = document.sentences[sentence]
        var index = position
        while index < range.upperBound, document.has(.interveningAdverb, index), !document.has(.article, index) { index += 1 }
        // An object of a few words, opened by an article ("la giunta", "i cittadini del quartiere").
        var scan = index
        if document.has(.article, index), !document.has(.fusedPreposition, index) {
            scan = index + 1
            while scan < range.upperBound, scan - index <= 6, document.isWord(scan), !["di", "a", "ad"].contains(document.form(scan)),
                !document.has(.cueForm, scan), !document.has(.auxiliary, scan), !document.has(.complementizer, scan)
            {
                scan += 1
            }
        }
        guard scan + 1 < range.upperBound, ["di", "a", "ad"].contains(document.form(scan)), isInfinitiveLike(scan + 1) else { return nil }
        return scan + 1
    }
}
