/// The article-before-an-institution rule: a capitalised "La", "Lo", "Della" opening a sentence
/// before an institution's or a body's noun ("La Conferenza delle Regioni ha chiesto …", "La
/// Federazione ha escluso …") is the article, not the particle of a surname like "La Torre" or
/// "Della Valle" — even where the document writes the noun after a particle inside a longer name
/// ("il coordinatore della commissione Salute della Conferenza"), which made "Conferenza" a
/// surname of the document and the source "La Conferenza".
extension SpeakerMentionFinder {
    /// Whether the particle at `index` stands before a noun that opens an organisation's name
    /// or names a body in the role lexicon ("Conferenza", "Regione", "Procura").
    func isArticleBeforeInstitution(_ index: Int) -> Bool {
        let next = index + 1
        guard next < document.tokens.count, document.isWord(next) else { return false }
        return document.has(.organisationHead, next) || lexicons.roles[document.form(next)]?.kind == "group"
    }
}
