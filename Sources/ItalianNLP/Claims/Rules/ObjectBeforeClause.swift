/// ``RuleID/objectBeforeClause``: a verb that names the person it addresses or blames as its
/// direct object before the reported clause — "ha accusato la giunta di aver …", "invita gli
/// anziani a prenotare …", "ha avvertito l'aula che …". The plain clause search stops at a direct
/// object (it means the verb reports no clause: "ha sottolineato la visione dell'azienda di …"),
/// so these verbs, which always take one, get their own search.
extension AttributionContext {
    /// Verbs whose direct object is the addressee (or the accused) and whose clause follows it
    /// with "di" + infinitive.
    static let objectThenDiLemmas: FormSet = [
        "accusare", "invitare", "esortare", "sollecitare", "pregare", "rimproverare", "diffidare", "implorare", "supplicare",
        "scongiurare", "incolpare", "ammonire", "avvertire", "avvisare",
    ]

    /// Verbs whose clause may open with "a" + infinitive, with or without the addressee before it:
    /// "invita i cittadini a …", "ha esortato a non …".
    static let objectThenALemmas: FormSet = ["invitare", "esortare", "sollecitare", "incoraggiare", "richiamare"]

    /// Verbs whose clause may open with "che" after the addressee: "ha avvertito i tifosi che …",
    /// "ha rassicurato le famiglie che …".
    static let objectThenCheLemmas: FormSet = ["avvertire", "avvisare", "rassicurare", "informare", "ammonire"]

    /// The longest addressee this rule skips, in tokens: a noun phrase with a modifier or two
    /// ("i residenti della zona rossa"); a longer stretch is more likely a clause of its own.
    static let longestAddressee = 7

    /// Where the reported clause starts after the addressee, or nil: the words from `position`
    /// must be a noun phrase (no punctuation, no other cue, no finite verb the lexicon knows) that
    /// ends at "di"/"a"/"ad" + infinitive or at "che", as the verb's class allows. With "a" the
    /// addressee may be missing ("invita a non drammatizzare").
    func objectBeforeClauseStart(after position: Int, cue: CueGroup, sentence: Int) -> Int? {
        let lemma = cue.lemma
        let takesDi = Self.objectThenDiLemmas.contains(lemma)
        let takesA = Self.objectThenALemmas.contains(lemma)
        let takesChe = Self.objectThenCheLemmas.contains(lemma)
        guard !cue.passive, takesDi || takesA || takesChe else { return nil }
        let range = document.sentences[sentence]
        var index = position
        // Adverbs and clitics first: "ha poi invitato", "invita però".
        while index < range.upperBound, index - position < 3,
            document.has(.interveningAdverb, index) || document.has(.clitic, index)
        {
            index += 1
        }
        let objectStart = index
        while index < range.upperBound, index - objectStart <= Self.longestAddressee {
            let form = document.form(index)
            if (form == "a" || form == "ad") && takesA, index + 1 < range.upperBound, isInfinitiveLike(index + 1) {
                return index + 1
            }
            if form == "di" && takesDi && index > objectStart, index + 1 < range.upperBound,
                isInfinitiveLike(index + 1)
            {
                return index + 1
            }
            if form == "che" && takesChe && index > objectStart {
                return index + 1 < range.upperBound ? index + 1 : nil
            }
            // The object is words only; a comma, a colon or another verb of saying ends the search.
            // (A noun after its article may share a form with a participle: "la giunta".)
            guard document.isWord(index), !document.has(.auxiliary, index),
                !document.has(.cueForm, index) || (index > objectStart && document.has(.article, index - 1))
            else { return nil }
            index += 1
        }
        return nil
    }
}
