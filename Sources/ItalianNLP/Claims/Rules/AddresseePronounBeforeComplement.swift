/// The addressee-pronoun rule: "ha chiesto loro di tenere chiusi i parchi", "ha spiegato loro che
/// …". The unstressed "loro" after a reporting verb is its indirect object, like "ai sindaci" or
/// the clitic "gli" before the verb; without the rule the pronoun ended the search for the reported
/// clause and the request was missed.
extension AttributionContext {
    /// Whether token `index` is an addressee pronoun that may stand between a reporting verb and
    /// the clause it reports.
    func isAddresseePronoun(_ index: Int, in range: Range<Int>) -> Bool {
        index < range.upperBound && document.form(index) == "loro"
    }
}
