/// The lexicons the speaker finder uses: role nouns and given names (Lexicons/claims/).
struct SpeakerLexicons: Sendable {
    struct Role: Sendable {
        let gender: Character?
        let plural: Bool
        let kind: String  // person, group, source
    }

    /// Roles by their lower-case words ("ministro", "amministratore delegato"). A `FormTable`
    /// (the answers of a dictionary, without SipHash): the speaker finder probes it for the
    /// words that may start a role, tens of thousands of times per megabyte of text.
    let roles: FormTable<Role>
    /// The longest role, in words.
    let longestRole: Int
    /// The first word of every role.
    let roleFirstWords: Set<String>
    /// The first words of every role longer than them ("vigili", "vigili del" for "vigili del
    /// fuoco"): the speaker finder extends a phrase only while it is one. A `FormSet`, probed as
    /// often as `roles`.
    let roleProperPrefixes: FormSet
    /// Given names with their gender; a `FormTable`, probed for every capitalised token.
    let givenNames: FormTable<Character>
    /// Roles that name the same office as another ("pm" → "pubblico ministero"), from
    /// Lexicons/claims/role-synonyms.tsv.
    let roleSynonyms: [String: String]
    /// Nouns of places and bodies named after a person ("ospedale", "liceo", "via"), and the
    /// adjectives that may follow them before the name ("comprensivo", "primaria"), from
    /// Lexicons/claims/eponym-nouns.tsv (see ``SpeakerMentionFinder/eponymousNameTokens(in:givenNameTokens:lexicons:)``).
    let eponymNouns: FormSet
    let eponymQualifiers: FormSet

    static let shared = SpeakerLexicons()

    /// Group nouns for a kind of organisation, which news writing uses for the organisation it
    /// has just named ("Termoplast … l'azienda", "il Sole 24 Ore … il quotidiano"), unlike the
    /// institutions that name themselves ("la Provincia", "il governo", "la procura").
    static let anaphoricGroupNouns: Set<String> = [
        "azienda", "società", "gruppo", "istituto", "associazione", "quotidiano", "giornale", "testata", "agenzia", "ente",
        "organizzazione", "sindacato", "federazione", "impresa", "compagnia", "banca", "consorzio", "fondazione", "comitato",
        "club", "squadra", "partito", "emittente", "settimanale", "amministrazione", "giunta", "fondo", "multinazionale",
        "colosso", "tenuta", "cantina", "cooperativa", "startup", "concessionaria", "holding", "catena", "vettore", "sigla",
        "organismo",
        // The office or command of an institution named before ("la Procura di Caserta … l'ufficio",
        // "la Polizia locale … il comando").
        "ufficio", "comando",
        // A university named before ("l'Università della Calabria … Secondo l'ateneo").
        "università", "ateneo",
    ]

    /// Nouns for a person in general ("la donna", "l'uomo", "il ragazzo", "la vittima"), which news
    /// uses for the person it has just introduced, whether by name or by role ("una pensionata di
    /// Rovato … La donna, 84 anni, ha raccontato").
    static let genericPersonNouns: Set<String> = [
        "donna", "uomo", "ragazzo", "ragazza", "signora", "anziano", "anziana", "vittima", "pensionato", "pensionata",
        // Age nouns: "Il ventenne ha detto che …" after "Nicolò Sarti, autore della doppietta".
        "ventenne", "trentenne", "quarantenne", "cinquantenne", "sessantenne", "settantenne", "ottantenne", "novantenne",
        "diciottenne", "diciassettenne", "diciannovenne", "sedicenne", "quindicenne", "quattordicenne", "tredicenne",
        "dodicenne", "undicenne",
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
        self.roles = FormTable(roles)
        self.longestRole = longest
        self.roleFirstWords = Set(roles.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        var prefixes = Set<String>()
        for role in roles.keys {
            let words = role.split(separator: " ")
            for count in stride(from: 1, to: words.count, by: 1) { prefixes.insert(words[..<count].joined(separator: " ")) }
        }
        self.roleProperPrefixes = FormSet(prefixes)
        var names: [String: Character] = [:]
        for row in TSVTable.embedded("claims/first-names.tsv").rows {
            let gender = row.column(1)
            if let first = gender.first, first == "m" || first == "f" { names[String(row.column(0))] = first }
            else { names[String(row.column(0))] = "u" }
        }
        self.givenNames = FormTable(names)
        var synonyms: [String: String] = [:]
        for row in TSVTable.embedded("claims/role-synonyms.tsv").rows {
            synonyms[String(row.column(0))] = String(row.column(1))
        }
        self.roleSynonyms = synonyms
        let eponyms = TSVTable.embedded("claims/eponym-nouns.tsv").rows
        self.eponymNouns = FormSet(Set(eponyms.filter { $0.column(1) == "noun" }.map { String($0.column(0)) }))
        self.eponymQualifiers = FormSet(Set(eponyms.filter { $0.column(1) == "qualifier" }.map { String($0.column(0)) }))
    }

    /// The office a role mention names, compared across synonyms and genders: the longest role of
    /// the lexicon its name starts with ("presidente della Corte d'appello" → "presidente"; "pm" →
    /// "pubblico ministero"; "assessora al Lavoro" → "assessore"), nil when it starts with none.
    /// "il sindaco, Elena Giordano" and a later "la prima cittadina" then name one person.
    func roleKey(ofRoleName name: String) -> String? {
        Self.roleKeyMemo.value(for: name) { computeRoleKey(ofRoleName: $0) }
    }

    /// The office of a role with its complement ("tecnico del Parma" → "allenatore del parma",
    /// "sindaca di Cornuda" → "sindaco di cornuda"): ``roleKey(ofRoleName:)`` and the lower-cased
    /// words after the role noun; nil for a role without a complement or no role at all. Two
    /// mentions with this key name the same office of the same place or body.
    func officeKey(ofRoleName name: String) -> String? {
        Self.officeKeyMemo.value(for: name) { name in
            // The words after the role are the rest of the lower-cased name, after its space.
            let full = EntityRegistry.LowercasedName(name).full
            guard let head = longestRole(startingWords: full, of: name), head < full.utf8.endIndex,
                let key = roleKey(ofRoleName: name)
            else { return nil }
            return key + " " + String(full[full.utf8.index(after: head)...])
        }
    }

    private static let officeKeyMemo = FormMemo<String?>(shardCount: 8, slotsPerShard: 512)

    /// Offices one person holds in a place or body at a time, whose holder a report names by the
    /// office: a bare "il sindaco" is not the president of Confartigianato named just before.
    static let uniqueOffices: Set<String> = [
        "sindaco", "ministro", "presidente", "assessore", "prefetto", "questore", "procuratore", "rettore", "allenatore",
        "vescovo", "segretario", "direttore", "amministratore delegato", "presidente del consiglio", "presidente della regione",
        "pubblico ministero", "avvocato", "giudice", "commissario", "primario", "preside",
    ]

    /// Role names recur from document to document: each is worked out once.
    private static let roleKeyMemo = FormMemo<String?>(shardCount: 8, slotsPerShard: 512)

    private func computeRoleKey(ofRoleName name: String) -> String? {
        let full = EntityRegistry.LowercasedName(name).full
        guard let end = longestRole(startingWords: full, of: name) else { return nil }
        let head = String(full[..<end])
        if let synonym = roleSynonyms[head] { return synonym }
        return masculine(of: head).map { roleSynonyms[$0] ?? $0 } ?? head
    }

    /// Where the longest role of the lexicon that the words of the role name `name` start with
    /// ends in `full`, its lower-cased words joined by single spaces (``EntityRegistry/LowercasedName``),
    /// or nil when no role starts it. Where every space of `full` stands alone (the usual case),
    /// the prefixes are slices of `full` cut at its spaces and looked up as they are: building each
    /// phrase word by word, and the words themselves, cost more than the look-ups. Otherwise (a
    /// combining mark after a space joins it to a Character) the words are taken one by one.
    private func longestRole(startingWords full: String, of name: String) -> String.Index? {
        guard !full.isEmpty else { return nil }
        let utf8 = full.utf8
        guard EntityRegistry.spacesStandAlone(full) else {
            // (`full` joins these very words, so a phrase of them ends where its bytes do.)
            var best: String.Index? = nil
            var phrase = ""
            for (count, word) in EntityRegistry.lowercasedWords(name).prefix(longestRole).enumerated() {
                phrase += count == 0 ? word : " " + word
                if roles[phrase] != nil { best = utf8.index(utf8.startIndex, offsetBy: phrase.utf8.count) }
            }
            return best
        }
        // The phrases are the bytes up to each space, looked up as they stand.
        let bestLength: Int?? = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var best: Int? = nil
            var end = 0
            var count = 0
            while count < longestRole {
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                count += 1
                if roles.value(utf8: UnsafeBufferPointer(rebasing: bytes[..<end])) != nil { best = end }
                guard end < bytes.count else { break }
                end += 1
            }
            return best
        }
        if case .some(let length) = bestLength { return length.map { utf8.index(utf8.startIndex, offsetBy: $0) } }
        // (A name's lower-cased form is a native String, whose bytes are contiguous: not reached.)
        var best: String.Index? = nil
        var start = utf8.startIndex
        var count = 0
        while count < longestRole {
            let end = utf8[start...].firstIndex(of: 0x20) ?? utf8.endIndex
            count += 1
            if roles[full[..<end]] != nil { best = end }
            guard end < utf8.endIndex else { break }
            start = utf8.index(after: end)
        }
        return best
    }

    /// The masculine role of a feminine one the lexicon lists ("ministra" → "ministro",
    /// "direttrice" → "direttore", "presidentessa" → "presidente", "assessora" → "assessore"), or
    /// nil. Only one-word roles: a multiword role is listed with its own gender.
    private func masculine(of role: String) -> String? {
        // (`role` is a role of the lexicon, whose spaces are plain bytes: no Foundation search.)
        guard !role.utf8.contains(0x20), roles[role]?.gender == "f" else { return nil }
        var candidates: [String] = []
        if role.hasSuffix("trice") { candidates.append(String(role.dropLast(5)) + "tore") }
        if role.hasSuffix("essa") { candidates.append(String(role.dropLast(3))) }
        if role.hasSuffix("a") {
            candidates.append(String(role.dropLast()) + "o")
            candidates.append(String(role.dropLast()) + "e")
        }
        return candidates.first { roles[$0] != nil && roles[$0]?.gender != "f" }
    }
}
