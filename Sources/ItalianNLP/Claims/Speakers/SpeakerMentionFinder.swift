/// Finds speaker mentions in a sentence, with rules and no parser:
///
/// - **Names**: runs of capitalised words, with the particles that live inside names (di, de,
///   da, van, von, of, del, della, dos…): "Mark Zuckerberg", "Times of India", "Ruoming Pang".
///   A capitalised word opening the sentence counts only if it is not an ordinary word.
/// - **Roles**: an optional article, "ex", a role noun from Lexicons/claims/roles.tsv and its
///   complement: "il ministro dell'Interno", "l'ex capo dell'IA di Apple", "la portavoce della
///   Procura". A name right after a role ("il ministro Carlo Neri") makes one mention, named by
///   the name.
/// - **Pronouns**: lui, lei, loro, egli, ella, essi, esse.
struct SpeakerMentionFinder {
    let document: ClaimDocument
    let lexicons: SpeakerLexicons
    /// Words the document capitalises in the middle of a sentence: its names.
    let midSentenceCapitals: Set<String>

    init(document: ClaimDocument, lexicons: SpeakerLexicons) {
        self.document = document
        self.lexicons = lexicons
        var capitals = Set<String>()
        for range in document.sentences {
            for index in range where index > range.lowerBound + 1 && document.isWord(index) && document.isCapitalized(index) {
                let previous = document.tokens[index - 1]
                if previous.kind == .punctuation && [".", "!", "?", "«", "“", "\"", ":"].contains(previous.text) { continue }
                capitals.insert(document.tokens[index].text)
            }
        }
        self.midSentenceCapitals = capitals
    }

    static let nameParticles: Set<String> = [
        "di", "de", "da", "del", "della", "van", "von", "der", "den", "of", "the", "dos", "das", "do", "la", "le", "al", "el", "bin",
        "lo", "li", "dal", "dalla", "dello", "dei", "degli", "d'", "mac", "mc", "ibn", "ten", "ter",
    ]

    static let pronouns: [String: (gender: Character?, plural: Bool)] = [
        "lui": ("m", false), "lei": ("f", false), "egli": ("m", false), "ella": ("f", false), "loro": (nil, true),
        "essi": ("m", true), "esse": ("f", true),
    ]

    /// Capitalised words that open sentences without being names.
    static let notNames: Set<String> = [
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "questo", "questa", "questi", "queste", "quel",
        "quello", "quella", "ma", "e", "ed", "o", "se", "quando", "mentre", "poi", "anche", "però", "per", "secondo", "in",
        "a", "da", "di", "con", "su", "tra", "fra", "non", "ci", "si", "ne", "già", "ora", "oggi", "ieri", "domani",
        "intanto", "inoltre", "infatti", "dopo", "prima", "alla", "al", "nel", "nella", "del", "della", "dal", "dalla",
        "sul", "sulla", "ai", "agli", "alle", "nei", "negli", "nelle", "così", "come", "dove", "chi", "che", "cosa",
        "perché", "eppure", "tuttavia", "invece", "infine", "alla", "stando", "insomma", "certo", "sì", "no", "ecco",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "gennaio", "febbraio", "marzo",
        "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre", "nessuno",
        "tutti", "tutto", "molti", "alcuni", "ogni", "qui", "lì", "là", "allora", "quindi", "dunque", "neanche",
        "nemmeno", "sempre", "mai", "forse", "soprattutto", "proprio", "solo", "ancora", "pure", "evidenziando",
        "costruire", "conclusione", "alla", "fonti", "nell'", "dell'", "all'", "sull'", "dall'", "c'", "è", "era",
        "sono", "ha", "hanno", "aveva", "secondo", "cosa", "qualcuno", "lui", "lei", "loro", "egli", "ella", "essi",
        "esse", "io", "tu", "noi", "voi",
    ]

    static let articles: Set<String> = [
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "questo", "questa", "quel", "quello", "quella",
        "del", "dello", "della", "dell'", "dei", "degli", "delle", "al", "allo", "alla", "all'", "ai", "agli", "alle",
        "dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle", "nel", "nella", "sul", "sulla", "suo", "sua", "nostro",
    ]

    static let complementPrepositions: Set<String> = [
        "di", "del", "dello", "della", "dell'", "dei", "degli", "delle", "per", "alla", "al", "alle", "agli", "ai", "all'",
    ]

    func mentions(in sentence: Int) -> [SpeakerMention] {
        let range = document.sentences[sentence]
        var result: [SpeakerMention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let mention = role(at: index, in: range) ?? name(at: index, in: range) ?? pronoun(at: index) {
                result.append(mention)
                index = mention.tokens.upperBound + 1
            } else {
                index += 1
            }
        }
        return result
    }

    // MARK: Names

    func isNameWord(_ index: Int, sentenceStart: Int) -> Bool {
        guard document.isWord(index), document.isCapitalized(index) else { return false }
        let form = document.form(index)
        if form.count < 2 && !(document.tokens[index].text.hasSuffix(".")) { return false }
        if index == sentenceStart || isAfterOpeningPunctuation(index) {
            if lexicons.givenNames[document.tokens[index].text] != nil { return true }
            // A capitalised opener is a name only if the document writes it capitalised elsewhere
            // too, or another capitalised word follows ("Zuckerberg", "Times of India"); "Nessun",
            // "Torna", "Pochi" are ordinary words.
            let followedByCapital = document.isWord(index + 1) && document.isCapitalized(index + 1)
            // …or it is followed by what follows a speaker: "Salvini:", "Zuckerberg sostiene",
            // "Rossi ha detto".
            let next = document.form(index + 1)
            let followedBySpeech = next == ":" || next == "," || !ReportingVerbLexicon.shared.cueForms(next).isEmpty
                || ReportingVerbLexicon.auxiliary(next) != nil
            if !followedByCapital && !followedBySpeech && !midSentenceCapitals.contains(document.tokens[index].text) { return false }
            if Self.notNames.contains(form) { return false }
            if ReportingVerbLexicon.shared.cueForms(form).isEmpty == false { return false }
            // An ordinary word opening the sentence: known to the polarity or verb lexicons.
            if CommonWords.contains(form) { return false }
        }
        return !Self.notNames.contains(form) || index != sentenceStart
    }

    private func isAfterOpeningPunctuation(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = document.tokens[index - 1]
        return previous.kind == .punctuation && ["«", "“", "\"", "(", "-", "–", "—", ":", "‘", "„"].contains(previous.text)
    }

    func name(at index: Int, in range: Range<Int>) -> SpeakerMention? {
        guard isNameWord(index, sentenceStart: range.lowerBound) else { return nil }
        var end = index
        while end + 1 < range.upperBound {
            if isNameWord(end + 1, sentenceStart: range.lowerBound) && !Self.notNames.contains(document.form(end + 1)) {
                end += 1
            } else if document.tokens[end + 1].kind == .number, end + 2 < range.upperBound, document.isCapitalized(end + 2),
                document.isWord(end + 2)
            {
                end += 2  // "Il Sole 24 Ore", "Canale 5 News"
            } else if Self.nameParticles.contains(document.form(end + 1)), end + 2 < range.upperBound,
                document.isCapitalized(end + 2), document.isWord(end + 2)
            {
                end += 2
            } else {
                break
            }
        }
        // "Lecce Antonio Carluccio": a given name inside the run starts the person's name (the
        // words before it are a place or an organisation).
        if end > index, lexicons.givenNames[document.tokens[index].text] == nil,
            let split = ((index + 1)...end).first(where: { lexicons.givenNames[document.tokens[$0].text] != nil })
        {
            end = split - 1
        }
        // A dateline ("AGRIGENTO –", "Agrigento, 12 marzo –") opens a paragraph: a place, not a speaker.
        if index == range.lowerBound, end + 1 < range.upperBound {
            let next = document.tokens[end + 1].text
            if ["–", "-", "—"].contains(next) { return nil }
            if next == ",", end + 2 < range.upperBound, document.tokens[end + 2].kind == .number { return nil }
            let text = document.tokens[index].text
            if text.count > 2, text == text.uppercased(), lexicons.givenNames[text] == nil { return nil }
        }
        let words = (index...end).map { document.tokens[$0].text }
        let given = lexicons.givenNames[words[0]]
        return SpeakerMention(
            tokens: index...end, core: index...end, kind: .name,
            gender: given == "u" ? nil : given, plural: false,
            name: document.text(index, end), hasGivenName: given != nil && words.count > 1)
    }

    // MARK: Roles

    /// "il ministro dell'Interno", "l'ex capo dell'IA di Apple", "la sindaca", "fonti vicine al
    /// governo", "il ministro Carlo Neri".
    func role(at index: Int, in range: Range<Int>) -> SpeakerMention? {
        var start = index
        var article: String? = nil
        if Self.articles.contains(document.form(index)) {
            article = document.form(index)
            start = index + 1
        }
        var roleStart = start
        if document.form(roleStart) == "ex" || document.form(roleStart) == "neo" { roleStart += 1 }
        // Most words start no role: one set look-up rules them out before any string is built.
        guard lexicons.roleFirstWords.contains(document.form(roleStart)) || (article != nil && personNoun(at: roleStart) != nil)
        else { return nil }
        // The longest role noun starting here.
        var matched: (end: Int, role: SpeakerLexicons.Role)? = nil
        var words: [String] = []
        var position = roleStart
        while position < range.upperBound, position - roleStart < lexicons.longestRole, document.isWord(position) {
            words.append(document.form(position))
            if let role = lexicons.roles[words.joined(separator: " ")] { matched = (position, role) }
            position += 1
        }
        if matched == nil, article != nil, roleStart < range.upperBound, let role = personNoun(at: roleStart) {
            matched = (roleStart, role)
        }
        guard let found = matched else { return nil }
        // A role noun must not be the start of a name ("Presidente" in a title is still a role).
        var end = found.end
        // The complement: "dell'Interno", "della Procura di Milano", "di Apple", "vicine al governo".
        var steps = 0
        while end + 2 < range.upperBound, steps < 3 {
            let next = document.form(end + 1)
            if Self.complementPrepositions.contains(next), document.isWord(end + 2) {
                end += 2
                // Keep a capitalised run ("Procura di Milano" is taken step by step), but stop at a
                // given name: "il ministro dell'Economia Paolo Serra" is a role and then a name.
                while end + 1 < range.upperBound, document.isWord(end + 1), document.isCapitalized(end + 1),
                    lexicons.givenNames[document.tokens[end + 1].text] == nil
                {
                    end += 1
                }
                steps += 1
            } else if ["vicine", "vicini", "vicino", "vicina", "delegato", "delegata", "generale", "esecutivo", "esecutiva",
                       "italiano", "italiana", "europeo", "europea", "regionale", "comunale", "nazionale", "uscente",
                       "americano", "americana", "francese", "tedesco", "tedesca", "russo", "russa", "cinese"].contains(next) {
                end += 1
                steps += 1
            } else {
                break
            }
        }
        var kind: SpeakerMention.Kind = found.role.kind == "group" ? .group : found.role.kind == "source" ? .anonymous : .role
        var gender = found.role.gender
        if gender == nil, let article {
            if ["la", "una", "questa", "quella", "della", "alla", "dalla", "nella", "sulla"].contains(article) { gender = "f" }
            if ["il", "lo", "un", "uno", "questo", "quel", "quello", "del", "dello", "al", "dal", "nel", "sul"].contains(article) { gender = "m" }
        }
        var core = roleStart...end
        var name = document.text(roleStart, end)
        var hasGiven = false
        // "il ministro Carlo Neri": the name that follows names the mention.
        if end + 1 < range.upperBound, let person = self.name(at: end + 1, in: range),
            kind == .role || person.hasGivenName || lexicons.givenNames[document.tokens[end + 1].text] != nil
        {
            end = person.tokens.upperBound
            core = person.core
            name = person.name
            hasGiven = person.hasGivenName
            gender = person.gender ?? gender
            kind = .name
        }
        return SpeakerMention(
            tokens: index...end, core: core, kind: kind, gender: gender, plural: found.role.plural, name: name,
            hasGivenName: hasGiven)
    }

    /// Nouns for people that the role lexicon lacks, recognised by their suffix after an article
    /// ("il curatore", "gli analisti", "l'insegnante", "i ricorrenti").
    func personNoun(at index: Int) -> SpeakerLexicons.Role? {
        guard document.isWord(index), !document.isCapitalized(index) else { return nil }
        let form = document.form(index)
        guard form.count >= 6, !Self.inanimateLookalikes.contains(form) else { return nil }
        for (suffix, plural) in Self.personSuffixes where form.hasSuffix(suffix) {
            let gender: Character? = suffix.hasSuffix("trice") || suffix.hasSuffix("trici") ? "f" : nil
            return SpeakerLexicons.Role(gender: gender, plural: plural, kind: "person")
        }
        return nil
    }

    static let personSuffixes: [(String, Bool)] = [
        ("tore", false), ("tori", true), ("trice", false), ("trici", true), ("ista", false), ("isti", true), ("iste", true),
        ("ante", false), ("anti", true), ("ente", false), ("enti", true), ("iere", false), ("ieri", true), ("ologo", false),
        ("ologi", true), ("ologa", false), ("iatra", false), ("iatri", true),
    ]

    static let inanimateLookalikes: Set<String> = [
        "settore", "settori", "motore", "motori", "fattore", "fattori", "vettore", "reattore", "trattore", "contatore",
        "acceleratore", "generatore", "indicatore", "indicatori", "ascensore", "territori", "ambiente", "ambienti", "presente",
        "corrente", "correnti", "torrente", "continente", "incidente", "incidenti", "precedente", "precedenti", "componente",
        "componenti", "contante", "contanti", "ristorante", "ristoranti", "volante", "diamante", "carburante", "conquista",
        "intervista", "interviste", "vista", "pista", "conquiste", "cantiere", "cantieri", "quartiere", "quartieri",
        "mestiere", "sentiere", "sentieri", "pensiero", "pensieri", "forestiere", "paniere", "bicchiere", "messaggero",
        "dicastero", "importante", "importanti", "seguente", "seguenti", "attuale", "durante", "mediante", "rilevante",
        "sufficiente", "evidente", "recente", "recenti", "seguenti", "frequente", "permanente", "urgente", "urgenti",
        "dirigenziale", "elemento", "momento", "parlamento", "documento", "strumento", "argomento", "aumento",
        "procedimento", "ministero", "istante", "distante", "costante", "restante", "restanti", "mancante", "mancanti",
        "brillante", "gigante", "giganti", "elefante",
    ]

    // MARK: Pronouns

    func pronoun(at index: Int) -> SpeakerMention? {
        guard let pronoun = Self.pronouns[document.form(index)] else { return nil }
        return SpeakerMention(
            tokens: index...index, core: index...index, kind: .pronoun, gender: pronoun.gender, plural: pronoun.plural,
            name: document.tokens[index].text, hasGivenName: false)
    }
}

/// Ordinary Italian words, to tell a capitalised sentence opener from a name: the polarity
/// lexicon's lemmas and the verb infinitives.
enum CommonWords {
    static let words: Set<String> = {
        var set = Set(TSVTable.embedded("sentiment/polarity.tsv").rows.map { String($0.column(0)) })
        set.formUnion(MultiwordExpansion.infinitives)
        return set
    }()

    static func contains(_ form: String) -> Bool { words.contains(form) }
}
