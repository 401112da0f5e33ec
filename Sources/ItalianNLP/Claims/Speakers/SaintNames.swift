/// The saint-name rule: a given name after "San", "Santa", "Sant'" or "Santo" names a saint, and
/// with it a place ("Santa Maria Capua Vetere", "San Giovanni Rotondo", "Sant'Agata de' Goti") or
/// a body named after the saint ("l'ospedale San Gerardo", "il Policlinico Sant'Orsola") — not a
/// person. Without it the given name opened a person's name inside the run ("la Procura di Santa
/// Maria Capua Vetere" gave a speaker "Maria Capua Vetere"), and the place took the role of the
/// name in apposition ("il sindaco di San Vito di Cadore" → "Vito di Cadore").
///
/// "Santo" is itself a given name ("Santo Pellegrino"): it is read as the saint's title only
/// before another given name ("Santo Stefano di Cadore"), where a person's name would be two
/// given names with no surname.
extension SpeakerMentionFinder {
    /// The titles of a saint, as written before the saint's name (upper-case in datelines).
    static let saintTitles: Set<String> = [
        "San", "Santa", "Sant'", "Sant’", "Santo", "SAN", "SANTA", "SANT'", "SANT’", "SANTO",
    ]

    /// The tokens among `titles` (tokens whose text is in ``saintTitles``) that title a saint, each
    /// with the token of the saint's name after it: the name is no given name, and "Santo" before
    /// a given name is no given name either. `isGivenName` answers from the given-name table.
    static func saintNames(after titles: [Int], in document: ClaimDocument, isGivenName: (Int) -> Bool) -> [(title: Int, name: Int)] {
        titles.compactMap { title in
            let name = title + 1
            guard name < document.tokens.count, document.isWord(name), document.isCapitalized(name) else { return nil }
            if ["Santo", "SANTO"].contains(document.tokens[title].text), !isGivenName(name) { return nil }
            return (title, name)
        }
    }
}
