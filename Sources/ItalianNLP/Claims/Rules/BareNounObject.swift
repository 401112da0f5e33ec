/// The bare noun object rule: "ha annunciato ricorso al Tar", "ha chiesto chiarimenti sui costi",
/// "hanno promesso battaglia", "ha minacciato dimissioni", "ha escluso modifiche al testo" — the
/// noun object of a verb of announcing, asking, promising, threatening or admitting, written
/// without an article, is the claim as an object with its article is ("ha annunciato un
/// ricorso"). Without it the claim was missed.
///
/// Only a lower-case noun-like word opens it: no article, preposition, pronoun, adverb, verb form
/// or connective, and not the idioms in which the noun reports nothing ("ha chiesto scusa", "ha
/// chiesto aiuto", "ha chiesto giustizia").
extension AttributionContext {
    /// Verbs that report a bare noun object only: "ha minacciato dimissioni" (with an article the
    /// object is usually the person threatened), "ha ammesso ritardi".
    static let bareNounObjectOnlyLemmas: Set<String> = ["minacciare", "ammettere"]

    /// Nouns that make an idiom with the verbs above, not a reported claim.
    static let bareNounIdioms: Set<String> = [
        "scusa", "scuse", "aiuto", "giustizia", "permesso", "parola", "tempo", "conto", "udienza", "perdono", "pietà",
        "soccorso", "asilo", "addio", "spazio", "notizie", "informazioni", "silenzio", "fiducia", "attenzione",
    ]

    /// Words that may look like a noun after the verb and are not one.
    static let bareNounNonNouns: Set<String> = [
        "tutto", "tutti", "tutte", "niente", "nulla", "qualcosa", "molto", "poco", "tanto", "questo", "quello", "ciò", "quanto",
        "altro", "lui", "lei", "loro", "noi", "voi", "esso", "essa", "essi", "esse", "sé", "stesso", "stessa", "entrambi",
        "sempre", "mai", "prima", "dopo", "ora", "adesso", "stamane", "stanotte", "stasera", "domani", "ieri", "oggi",
        // Adverbs of quantity before a number or a pronoun's count ("ne chiede almeno venticinque").
        "almeno", "circa", "oltre", "quasi", "appena", "solo", "soltanto", "fino", "sino", "invano",
    ]

    /// Where a bare noun object starts at token `index`, right after a cue of `lemma` (adverbs
    /// already skipped), or nil.
    func bareNounObjectStart(at index: Int, lemma: String, in range: Range<Int>) -> Int? {
        guard Self.nounObjectLemmas.contains(lemma) || Self.bareNounObjectOnlyLemmas.contains(lemma), index < range.upperBound,
            document.isWord(index), !document.isCapitalized(index), !isInsideQuotation(index)
        else { return nil }
        let form = document.form(index)
        guard form.count >= 4, !form.hasSuffix("mente"), !Self.bareNounIdioms.contains(form), !Self.bareNounNonNouns.contains(form),
            !MultiwordExpansion.infinitives.contains(form), !SpeakerMentionFinder.isInfinitiveForm(form)
        else { return nil }
        // A past participle right after the cue's own participle is a noun ("ha annunciato esposto
        // alla procura", "ricorso"): the verb group has already ended.
        let participleNoun = ["to", "so"].contains(where: { form.hasSuffix($0) })
        if document.has(.article, index) || document.has(.determiner, index) || (document.has(.cueForm, index) && !participleNoun)
            || document.has(.auxiliary, index) || document.has(.clitic, index) || document.has(.interveningAdverb, index)
            || document.has(.clauseOpener, index) || document.has(.complementizer, index) || document.has(.notName, index)
            || document.has(.locativePreposition, index) || document.has(.fusedPreposition, index) || document.has(.pronoun, index)
        {
            return nil
        }
        // A gerund or a finite verb in -rà/-ranno is no noun ("ha garantito sarà pronto").
        if form.hasSuffix("ando") || form.hasSuffix("endo") || form.hasSuffix("rà") || form.hasSuffix("ranno") { return nil }
        return index
    }
}
