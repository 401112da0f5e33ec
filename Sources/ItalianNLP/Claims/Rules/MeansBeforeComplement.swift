/// The means-before-complement rule: "Il ministro ha fatto sapere attraverso il suo portavoce che
/// …", "ha comunicato tramite una nota di …", "ha annunciato mediante un post che …". The channel
/// a speaker used may stand between the reporting verb and the clause it reports, as an indirect
/// object does ("ai giornalisti", "in una nota"). Without the rule the preposition ended the search
/// for the clause and the claim was missed. (The prepositions are ``meansPrepositions``, which the
/// relative-across-complement rule reads too.)
extension AttributionContext {
    /// Whether token `index` opens the channel of a report.
    func opensMeansComplement(_ index: Int, in range: Range<Int>) -> Bool {
        index < range.upperBound && Self.meansPrepositions.contains(document.form(index))
    }
}
