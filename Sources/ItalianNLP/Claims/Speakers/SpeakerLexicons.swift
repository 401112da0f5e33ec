/// The lexicons the speaker finder uses: role nouns and given names (Lexicons/claims/).
struct SpeakerLexicons: Sendable {
    struct Role: Sendable {
        let gender: Character?
        let plural: Bool
        let kind: String  // person, group, source
    }

    /// Roles by their lower-case words ("ministro", "amministratore delegato").
    let roles: [String: Role]
    /// The longest role, in words.
    let longestRole: Int
    /// The first word of every role.
    let roleFirstWords: Set<String>
    /// Given names with their gender.
    let givenNames: [String: Character]

    static let shared = SpeakerLexicons()

    /// Group nouns for a kind of organisation, which news writing uses for the organisation it
    /// has just named ("Termoplast … l'azienda", "il Sole 24 Ore … il quotidiano"), unlike the
    /// institutions that name themselves ("la Provincia", "il governo", "la procura").
    static let anaphoricGroupNouns: Set<String> = [
        "azienda", "società", "gruppo", "istituto", "associazione", "quotidiano", "giornale", "testata", "agenzia", "ente",
        "organizzazione", "sindacato", "federazione", "impresa", "compagnia", "banca", "consorzio", "fondazione", "comitato",
        "club", "squadra", "partito", "emittente", "settimanale", "amministrazione", "giunta",
    ]

    init() {
        var roles: [String: Role] = [:]
        var longest = 1
        for row in TSVTable.embedded("claims/roles.tsv").rows {
            let form = String(row.column(0)).lowercased()
            let genderText = row.column(1)
            let gender: Character? = genderText == "m" ? "m" : genderText == "f" ? "f" : nil
            roles[form] = Role(gender: gender, plural: row.column(2) == "p", kind: String(row.column(3)))
            longest = max(longest, form.split(separator: " ").count)
        }
        self.roles = roles
        self.longestRole = longest
        self.roleFirstWords = Set(roles.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        var names: [String: Character] = [:]
        for row in TSVTable.embedded("claims/first-names.tsv").rows {
            let gender = row.column(1)
            if let first = gender.first, first == "m" || first == "f" { names[String(row.column(0))] = first }
            else { names[String(row.column(0))] = "u" }
        }
        self.givenNames = names
    }
}
