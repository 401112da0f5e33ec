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
    /// Words the document capitalises in the middle of a sentence: its names. (`FormIndex`s, for
    /// a set's answers without SipHash: filled for every capitalised token, asked by the name rules.)
    let midSentenceCapitals: FormIndex<Bool>
    /// Capitalised words the document writes after a particle inside a longer name ("Lello" in
    /// "Enzo Di Lello"): surnames that open with that particle, so that "Di Lello" opening a
    /// sentence is the same person and not the preposition "di".
    let particleSurnames: FormIndex<Bool>
    /// Where particles and a surname follow the first word of a name (`writesInsideFullName`).
    let particleNameStarts: [String: [Int]]
    /// Capitalised organisation heads the document writes before a proper name ("Regione" of
    /// "Regione Marche", "Federazione" of "Federazione italiana nuoto"): alone, they name that
    /// organisation short (``isShortFormBeforeComplement(_:in:)``).
    let headsNamedInFull: FormIndex<Bool>
    /// For every capitalised token, its text's entry in `lexicons.givenNames` (see
    /// ``GivenNameCode``), looked up once: the rules ask it of the same token again and again.
    private let givenNameCodes: [GivenNameCode]

    /// What the given-name table says of a capitalised token's text.
    private enum GivenNameCode: UInt8 {
        /// Not a given name, or a token that is not capitalised (the table is asked each time).
        case unknown
        case masculine
        case feminine
        /// Any other gender mark ("u"): the table is asked for it.
        case other
    }

    init(document: ClaimDocument, lexicons: SpeakerLexicons) {
        self.document = document
        self.lexicons = lexicons
        var capitals = FormIndex<Bool>(minimumCapacity: 64)
        var particleSurnames = FormIndex<Bool>()
        var headsNamedInFull = FormIndex<Bool>()
        var codes = [GivenNameCode](repeating: .unknown, count: document.tokens.count)
        var saintTitles: [Int] = []
        var givenNameTokens: [Int] = []
        for range in document.sentences {
            for index in range where document.isCapitalized(index) {
                // (One byte rules out nearly every token before the set is asked.)
                if document.tokens[index].text.utf8.first == 0x53, Self.saintTitles.contains(document.tokens[index].text) {
                    saintTitles.append(index)
                }
                switch lexicons.givenNames[document.tokens[index].text] {
                case nil: codes[index] = .unknown
                case "m": codes[index] = .masculine
                case "f": codes[index] = .feminine
                default: codes[index] = .other
                }
                if codes[index] != .unknown { givenNameTokens.append(index) }
                // ``opensNameInFull(_:in:range:isGivenName:)``: "Regione Marche", "Federazione italiana".
                if document.isWord(index),
                    Self.opensNameInFull(index, in: document, range: range, isGivenName: { lexicons.givenNames[document.tokens[$0].text] != nil })
                {
                    headsNamedInFull[document.tokens[index].text] = true
                }
                guard index > range.lowerBound + 1, document.isWord(index) else { continue }
                // "Enzo Di Lello", "Marco de Luca": a name word, a particle, this word. (Not a word
                // that opens sentences without being a name: in "Secondo la Soprintendenza" the
                // particle is an article, and "La Soprintendenza" opening a sentence no surname.)
                if document.has(.nameParticle, index - 1), document.isWord(index - 2), document.isCapitalized(index - 2),
                    !document.has(.notName, index - 2)
                {
                    particleSurnames[document.tokens[index].text] = true
                }
                if document.tokens[index - 1].kind == .punctuation && Self.sentenceOpeningMarks.contains(document.tokens[index - 1].text) {
                    continue
                }
                // ``closesDateline(_:in:)``: "12 MAR – Undici indagati" opens the item's first sentence.
                if Self.closesDateline(index - 1, in: document) { continue }
                capitals[document.tokens[index].text] = true
            }
        }
        // ``saintNames(after:in:isGivenName:)``: "Santa Maria Capua Vetere", "San Gerardo" are no persons.
        if !saintTitles.isEmpty {
            for (title, name) in Self.saintNames(after: saintTitles, in: document, isGivenName: { lexicons.givenNames[document.tokens[$0].text] != nil }) {
                codes[title] = .unknown
                codes[name] = .unknown
            }
        }
        // ``eponymousNameTokens(in:givenNameTokens:lexicons:)``: "l'ospedale Vito Fazzi" is no person.
        if !givenNameTokens.isEmpty {
            for index in Self.eponymousNameTokens(in: document, givenNameTokens: givenNameTokens, lexicons: lexicons) {
                codes[index] = .unknown
            }
        }
        self.midSentenceCapitals = capitals
        self.particleSurnames = particleSurnames
        self.headsNamedInFull = headsNamedInFull
        self.givenNameCodes = codes
        self.particleNameStarts = Self.particleNameStarts(in: document) { index in
            switch codes[index] {
            case .masculine, .feminine: return true
            case .unknown where document.isCapitalized(index): return false
            case .unknown, .other: return lexicons.givenNames[document.tokens[index].text] != nil
            }
        }
    }

    /// `lexicons.givenNames[document.tokens[index].text]`, remembered for capitalised tokens.
    func givenName(_ index: Int) -> Character? {
        guard index >= 0, index < givenNameCodes.count else { return nil }
        switch givenNameCodes[index] {
        case .masculine: return "m"
        case .feminine: return "f"
        case .unknown where document.isCapitalized(index): return nil
        case .unknown, .other: return lexicons.givenNames[document.tokens[index].text]
        }
    }

    /// The indefinite articles: "un'altra dottoressa" is someone new.
    static let indefiniteArticles: FormSet = ["un", "uno", "una", "un'"]

    /// "altro" and its forms: "l'altro imputato" is another person than the one just named.
    static let otherPronounForms: FormSet = ["altro", "altra", "altri", "altre"]

    static let nameParticles: Set<String> = [
        "di", "de", "da", "del", "della", "van", "von", "der", "den", "of", "the", "dos", "das", "do", "la", "le", "al", "el", "bin",
        "lo", "li", "dal", "dalla", "dello", "dei", "degli", "d'", "mac", "mc", "ibn", "ten", "ter", "dell'", "dall'",
    ]

    /// The particles that are also prepositions: after a full name ("Giorgio Aimar della Fiom di
    /// Torino") they open its complement, not a longer name.
    static let prepositionParticles: Set<String> = [
        "di", "de", "da", "del", "della", "dello", "dei", "degli", "dal", "dalla", "d'", "dell'", "dall'",
    ]

    /// "lo stesso Sarti", "la stessa sindaca": the person named, stressed.
    static let sameAdjectives: Set<String> = ["stesso", "stessa", "stessi", "stesse"]

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
        "esse", "io", "tu", "noi", "voi", "più", "meno",
    ]

    static let articles: Set<String> = [
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "questo", "questa", "quel", "quello", "quella",
        "del", "dello", "della", "dell'", "dei", "degli", "delle", "al", "allo", "alla", "all'", "ai", "agli", "alle",
        "dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle", "nel", "nella", "sul", "sulla", "suo", "sua", "nostro",
    ]

    static let complementPrepositions: Set<String> = [
        "di", "d'", "del", "dello", "della", "dell'", "dei", "degli", "delle", "per", "alla", "al", "alle", "agli", "ai", "all'",
        "allo",
    ]

    /// The words a mention may start at besides a capitalised token: `role(at:in:)` needs an
    /// article, "ex"/"neo" or a role's first word at `index`; `pronoun(at:)` a pronoun;
    /// `stressedMention(at:in:)` a definite article; `name(at:in:)` a capitalised token (each of
    /// its three ways in asks `isCapitalized(index)` first) or a lower-case particle before one
    /// (`opensWithLowercaseParticleSurname`, tested apart in `mentions(in:)`); a quantified group
    /// (`groupQuantifierLength`) a quantifier. A rule that lets a mention start elsewhere must
    /// add its word class here.
    static let mentionOpeners: ClaimWordClasses = [.article, .rolePrefix, .roleFirstWord, .pronoun, .definiteArticle, .groupQuantifier]

    func mentions(in sentence: Int) -> [SpeakerMention] {
        let range = document.sentences[sentence]
        var result: [SpeakerMention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            // Most tokens (lower-case words that open nothing, punctuation, numbers) start no
            // mention: one test of the token's bits skips the four finders, each a large function
            // whose calls for every token of the document cost more than its work.
            if !document.isCapitalized(index), !document.hasAny(Self.mentionOpeners, index),
                !(document.has(.nameParticle, index) && index + 1 < range.upperBound
                    && (document.isCapitalized(index + 1) || document.has(.nameParticle, index + 1)))
            {
                index += 1
                continue
            }
            if let mention = role(at: index, in: range) ?? name(at: index, in: range) ?? pronoun(at: index)
                ?? stressedMention(at: index, in: range)
            {
                result.append(mention)
                index = mention.tokens.upperBound + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// "lo stesso Sarti", "la stessa Bianchi", "lo stesso ministro": an article and "stesso"
    /// before a name or a role only stress who it is. The mention is the name or role, its tokens
    /// starting at the article; "stesso" gives the gender a bare surname lacks.
    func stressedMention(at index: Int, in range: Range<Int>) -> SpeakerMention? {
        guard index + 2 < range.upperBound, document.has(.definiteArticle, index), document.has(.sameAdjective, index + 1),
            var mention = role(at: index + 2, in: range) ?? name(at: index + 2, in: range)
        else { return nil }
        mention.tokens = index...mention.tokens.upperBound
        if mention.gender == nil, !mention.plural {
            // Read only here, after the bit: "stessa" is feminine, "stesso" masculine.
            let form = document.form(index + 1)
            mention.gender = form == "stessa" ? "f" : form == "stesso" ? "m" : nil
        }
        return mention
    }

    // MARK: Names

    func isNameWord(_ index: Int, sentenceStart: Int) -> Bool {
        guard document.isWord(index), document.isCapitalized(index) else { return false }
        let form = document.form(index)
        // `form.count < 2`, with the Character count kept per form.
        if (form.isEmpty || document.has(.singleCharacter, index)) && !(document.tokens[index].text.hasSuffix(".")) { return false }
        if index == sentenceStart || isAfterOpeningPunctuation(index) {
            if givenName(index) != nil { return true }
            // A capitalised opener is a name only if the document writes it capitalised elsewhere
            // too, or another capitalised word follows ("Zuckerberg", "Times of India"); "Nessun",
            // "Torna", "Pochi" are ordinary words.
            let followedByCapital = document.isWord(index + 1) && document.isCapitalized(index + 1)
            // …or it is followed by what follows a speaker: "Salvini:", "Zuckerberg sostiene",
            // "Rossi ha detto".
            let next = document.form(index + 1)
            let followedBySpeech = next == ":" || next == "," || document.has(.cueForm, index + 1)
                || document.has(.auxiliary, index + 1)
            if !followedByCapital && !followedBySpeech && !midSentenceCapitals.contains(document.tokens[index].text) { return false }
            if document.has(.notName, index) || document.has(.clitic, index) { return false }
            if document.has(.cueForm, index) { return false }
            // An ordinary word opening the sentence: known to the polarity or verb lexicons —
            // unless the document capitalises it mid-sentence too ("Galli, 19 anni," after
            // "Michele Galli").
            if document.has(.commonWord, index) && !midSentenceCapitals.contains(document.tokens[index].text) { return false }
        }
        return !document.has(.notName, index) || index != sentenceStart
    }

    private func isAfterOpeningPunctuation(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        // The previous token's fields are read in place: a copy of the token (asked for nearly
        // every token by the name rules) retained and released its forms object each time.
        guard document.tokens[index - 1].kind == .punctuation else { return false }
        let text = document.tokens[index - 1].text
        // Every mark below starts with one of these bytes: one test rules out commas and full stops.
        guard let first = text.utf8.first, [0xC2, 0xE2, 0x22, 0x28, 0x2D, 0x3A].contains(first) else { return false }
        return Self.openingPunctuation.contains(text)
    }

    /// The marks after which a capitalised word opens a clause (`isAfterOpeningPunctuation`): a
    /// stored `MarkList`, where a literal in the function built and freed an array on every call
    /// and compared each mark through the general String equality.
    private static let openingPunctuation = MarkList(["«", "“", "\"", "(", "-", "–", "—", ":", "‘", "„"])

    /// The marks after which a capitalised word is not counted among the document's mid-sentence
    /// capitals (`init(document:lexicons:)`), stored for the reason above.
    private static let sentenceOpeningMarks = MarkList([".", "!", "?", "«", "“", "\"", ":"])

    /// Whether a capitalised particle opening a sentence starts a surname: "Di Lello ha
    /// spiegato", "Lo Russo:", "Dal Molin ha detto". So when the document writes the same word
    /// after a particle inside a full name ("Enzo Di Lello"), or, for a particle that is also a
    /// preposition, when a reporting verb, "ha" or a colon follows the surname at once and the
    /// word is no ordinary word, role or institution ("Da Roma arriva…", "Dal Comune ha…" stay
    /// prepositions).
    func opensWithParticleSurname(_ index: Int, in range: Range<Int>) -> Bool {
        guard index + 1 < range.upperBound, document.has(.nameParticle, index), document.isCapitalized(index),
            index == range.lowerBound || isAfterOpeningPunctuation(index),
            document.isWord(index + 1), document.isCapitalized(index + 1), givenName(index + 1) == nil,
            !isArticleBeforeInstitution(index)
        else { return false }
        if particleSurnames.contains(document.tokens[index + 1].text) { return true }
        guard document.has(.prepositionParticle, index), index + 2 < range.upperBound,
            !document.has(.commonWord, index + 1), !document.has(.roleFirstWord, index + 1),
            !document.has(.organisationHead, index + 1), !document.has(.placeNoun, index + 1)
        else { return false }
        let next = index + 2
        return document.has(.cueForm, next) || document.has(.colon, next) || document.form(next) == "ha"
    }

    /// The capitalised word after one to three particles starting at `start` ("di Lello", "von der
    /// Leyen", "van den Berg"), or nil.
    private func surnameAfterParticles(from start: Int, in range: Range<Int>) -> Int? {
        var position = start
        while position < range.upperBound, position - start < 3, document.has(.nameParticle, position) { position += 1 }
        guard position > start, position < range.upperBound, document.isWord(position), document.isCapitalized(position) else {
            return nil
        }
        return position
    }

    /// Whether token `index` is a hyphen joining two capitalised words with no space ("Jean-Luc").
    private func isHyphenInName(_ index: Int, in range: Range<Int>) -> Bool {
        guard index > range.lowerBound, index + 1 < range.upperBound, document.tokens[index].kind == .punctuation,
            document.isWord(index + 1), document.isCapitalized(index + 1), document.tokens[index].text == "-"
        else { return false }
        let hyphen = document.tokens[index].span.utf8
        return document.tokens[index - 1].span.utf8.upperBound == hyphen.lowerBound
            && document.tokens[index + 1].span.utf8.lowerBound == hyphen.upperBound
    }

    /// Whether the particle after token `end` opens a complement of the person named from
    /// `start`: a lower-case preposition after a given name and a surname ("Giorgio Aimar della
    /// Fiom di Torino" is Giorgio Aimar of the Fiom; "Leonardo da Vinci", "Marco de Luca" and
    /// "Maria Grazia di Benedetto" keep theirs).
    private func particleOpensComplement(after end: Int, from start: Int) -> Bool {
        document.has(.prepositionParticle, end + 1) && !document.isCapitalized(end + 1) && end > start
            && givenName(start) != nil && givenName(end) == nil
    }

    /// Whether a capitalised ordinary word opening a sentence starts an organisation's name that
    /// a description in apposition follows: "Aeroporti di Puglia, la società che gestisce lo
    /// scalo,", "Autostrade per l'Italia, il gruppo …" — the capitalised run (with its particles)
    /// is followed by a comma, a definite article and a group noun.
    func opensOrganisationBeforeApposition(_ index: Int, in range: Range<Int>) -> Bool {
        guard index == range.lowerBound || isAfterOpeningPunctuation(index), document.isWord(index), document.isCapitalized(index),
            !document.has(.notName, index), !document.has(.clitic, index), !document.has(.cueForm, index),
            !document.has(.auxiliary, index), givenName(index) == nil
        else { return false }
        var end = index
        while end + 1 < range.upperBound {
            if document.isWord(end + 1), document.isCapitalized(end + 1) {
                end += 1
            } else if end + 2 < range.upperBound, document.has(.nameParticle, end + 1), !document.isCapitalized(end + 1),
                document.isWord(end + 2), document.isCapitalized(end + 2)
            {
                end += 2
            } else {
                break
            }
        }
        guard end > index, end + 3 < range.upperBound, document.has(.definiteArticle, end + 2), document.isWord(end + 3),
            document.tokens[end + 1].text == ","
        else { return false }
        return lexicons.roles[document.form(end + 3)]?.kind == "group"
    }

    func name(at index: Int, in range: Range<Int>) -> SpeakerMention? {
        var particleStart = !isNameWord(index, sentenceStart: range.lowerBound)
        if particleStart, opensOrganisationBeforeApposition(index, in: range) { particleStart = false }
        guard !particleStart || opensWithParticleSurname(index, in: range) || opensWithLowercaseParticleSurname(index, in: range) else {
            return nil
        }
        var end = particleStart ? index + 1 : index
        while end + 1 < range.upperBound {
            if isNameWord(end + 1, sentenceStart: range.lowerBound) && !document.has(.notName, end + 1) {
                end += 1
            } else if document.tokens[end + 1].kind == .number, end + 2 < range.upperBound, document.isCapitalized(end + 2),
                document.isWord(end + 2)
            {
                end += 2  // "Il Sole 24 Ore", "Canale 5 News"
            } else if document.has(.nameParticle, end + 1), !particleOpensComplement(after: end, from: index),
                let surname = surnameAfterParticles(from: end + 1, in: range)
            {
                end = surname
            } else if isHyphenInName(end + 1, in: range) {
                end += 2  // "Jean-Luc Mélenchon", "Anna-Maria": written without spaces around the hyphen
            } else {
                break
            }
        }
        // "Lecce Antonio Carluccio": a given name inside the run starts the person's name (the
        // words before it are a place or an organisation).
        // (Not after a capitalised particle: "Del Piero", "De Rosa" are surnames.)
        if end > index, givenName(index) == nil, !document.has(.nameParticle, index),
            let split = ((index + 1)...end).first(where: { givenName($0) != nil })
        {
            end = split - 1
        }
        // ``insideNameEnd(after:from:in:)``: "Franca Marinelli in Bartoccini", "il comitato Genitori in Rete".
        if let inside = insideNameEnd(after: end, from: index, in: range) { end = inside }
        // A dateline ("AGRIGENTO –", "Agrigento, 12 marzo –") opens a paragraph: a place, not a speaker.
        if index == range.lowerBound, end + 1 < range.upperBound {
            let next = document.tokens[end + 1].text
            if ["–", "-", "—"].contains(next) { return nil }
            // "Agrigento, 12 marzo –" — but not an age: "Giovanna Rinaldi, 71 anni,".
            if next == ",", end + 2 < range.upperBound, document.tokens[end + 2].kind == .number,
                !["anni", "anno", "enne"].contains(document.form(end + 3))
            {
                return nil
            }
            let text = document.tokens[index].text
            if text.count > 2, text == text.uppercased(), givenName(index) == nil { return nil }
        }
        if isWireDateline(from: index, to: end, in: range) { return nil }
        var given = givenName(index)
        // The organisation name tail: "l'Aeronautica militare,", "la Confederazione italiana
        // agricoltori di Pavia sostiene", "l'Autorità di bacino distrettuale del fiume Po".
        // ``institutionTail(of:after:in:coordinatedOnly:beyondOrganisationTail:)``: "la Soprintendenza
        // archeologia, belle arti e paesaggio per le province di Caserta e Benevento".
        // (Not after a head standing for an organisation named in full, ``isShortFormBeforeComplement(_:in:)``,
        // nor a topic after an institution, ``takesTopicField(_:)``: "la Regione sulle assunzioni".)
        if given == nil, document.has(.organisationHead, index),
            end > index || !(isShortFormBeforeComplement(index, in: range)
                || (index + 1 < range.upperBound && Self.topicPrepositions.contains(document.form(index + 1)) && !takesTopicField(index))),
            let tailEnd = institutionTail(of: index, after: end, in: range, beyondOrganisationTail: true)
                ?? organisationTail(of: index, after: end, in: range)
        {
            end = tailEnd
        }
        // "la Caritas diocesana,", "i Paesi industrializzati avrebbero": an organisation's name
        // (no given name) takes the adjectives that close it.
        if given == nil, let adjectivesEnd = adjectiveRun(after: end, in: range, beforeName: false) {
            end = adjectivesEnd
            given = nil
        }
        return SpeakerMention(
            tokens: index...end, core: index...end, kind: .name,
            gender: given == "u" ? nil : given, plural: false,
            name: document.text(index, end), hasGivenName: given != nil && end > index)
    }

    /// Nouns that open an organisation's name written in capitals only at its start ("Aeronautica
    /// militare", "Unione italiana food", "Ufficio studi di Confcommercio", "Genio civile"), in
    /// lower case as `ClaimWordClasses` looks them up.
    static let organisationHeads: Set<String> = [
        "ufficio", "confederazione", "autorità", "programma", "aeronautica", "unione", "istituto", "agenzia", "associazione",
        "federazione", "consorzio", "fondazione", "ordine", "comitato", "ente", "servizio", "centro", "osservatorio",
        "ispettorato", "dipartimento", "direzione", "coordinamento", "movimento", "genio", "guardia", "corpo", "protezione",
        "croce", "banca", "cassa", "camera", "corte", "tribunale", "commissione", "organizzazione", "collegio", "accademia",
        "azienda", "conferenza", "lega", "forum", "rete", "sindacato", "società", "soprintendenza", "sovrintendenza", "capitaneria",
        "provveditorato", "assessorato", "avvocatura", "ragioneria", "comando", "nucleo", "reparto", "distretto",
        // "la Cantina sociale Colli Berici", "la Cooperativa sociale Il Germoglio".
        "cantina", "cooperativa",
    ]

    /// The longest organisation name tail, in tokens: "l'Autorità di sistema portuale del Mar
    /// Tirreno settentrionale" takes seven after "Autorità", "l'Istituto di ricerca sulle acque
    /// montane" five.
    static let organisationTailLength = 9

    /// "su" and its forms with the article, which open the field of a body's name ("Istituto di
    /// ricerca sulle acque montane", "Osservatorio sul lavoro") — but only there: after a person's
    /// role they open the topic of the verb ("ha detto il ministro sulla vicenda").
    static let topicPrepositions: Set<String> = ["su", "sul", "sullo", "sulla", "sull'", "sui", "sugli", "sulle"]

    /// The organisation name tail after a capitalised run that opens with an organisation noun:
    /// lower-case adjectives and nouns, "di"/"per" complements and capitalised words, at most
    /// seven tokens and two lower-case words outside a complement, closed by punctuation, a cue or
    /// an auxiliary — so that "il Ministero vuole chiudere il centro" takes nothing. After "per"
    /// or "secondo" a definite article closes it too: the attributed clause's subject ("Per l'Asl
    /// Toscana centro le attese …"). Past a capitalised word after the head, one lower-case word
    /// at most ("l'Asl Toscana centro"): a name of capitalised words is a proper name already, and
    /// the lower-case words after it go on the sentence ("ha chiesto a Rete Idrica Lucana tempi
    /// certi"). The last token of the tail, or nil.
    func organisationTail(of start: Int, after end: Int, in range: Range<Int>) -> Int? {
        var position = end + 1
        var last: Int? = nil
        var freeWords = 0
        var afterPreposition = false
        var afterProperName = hasCapitalisedWordPastHead(start, end)
        var sawPreposition = false
        var wordsAfterProperName = 0
        while position < range.upperBound, position - end <= Self.organisationTailLength {
            let token = document.tokens[position]
            // ("per" opens a multiword cue, "per bocca di", but inside a body's name its field:
            // "la Lega per la Difesa del Cane".)
            if token.kind == .punctuation || document.has(.cueForm, position) || document.has(.auxiliary, position)
                || (document.has(.multiwordCueStart, position) && document.form(position) != "per")
            {
                break
            }
            guard document.isWord(position) else { return nil }
            let form = document.form(position)
            if document.isCapitalized(position) {
                if givenName(position) != nil { return nil }
                last = position
                if !sawPreposition {
                    afterProperName = true
                    wordsAfterProperName = 0
                }
                afterPreposition = false
            } else if document.has(.complementPreposition, position) || form == "di" || form == "per"
                || Self.topicPrepositions.contains(form)
            {
                afterPreposition = true
                sawPreposition = true
            } else if afterPreposition && document.has(.definiteArticle, position) {
                // "per i diritti del malato": the article after the preposition.
            } else {
                // An article outside a complement opens the next phrase.
                if document.has(.definiteArticle, position) { break }
                if document.has(.clitic, position) || document.has(.interveningAdverb, position) || document.has(.clauseOpener, position)
                    || document.has(.notName, position) || document.has(.article, position) || ["e", "ed", "o"].contains(form)
                {
                    return nil
                }
                if !afterPreposition {
                    freeWords += 1
                    if freeWords > 2 { return nil }
                    if afterProperName {
                        wordsAfterProperName += 1
                        if wordsAfterProperName > Self.freeWordsAfterProperName { return nil }
                    }
                }
                last = position
                afterPreposition = false
            }
            position += 1
        }
        // Closed by punctuation, a cue or an auxiliary (or the sentence's end), after a word.
        guard let last, !afterPreposition, position - end <= Self.organisationTailLength || position >= range.upperBound else {
            return nil
        }
        if position < range.upperBound, !closesNameTail(at: position, nameStart: start, in: range) { return nil }
        return last
    }

    /// Whether token `stop` closes the tail of a body's name that opens at token `start`:
    /// punctuation, a reporting verb, an auxiliary, "e" before another subject, or — after "per"
    /// or "secondo" — a definite article, which opens the attributed clause ("Per l'Asl Toscana
    /// centro le attese …"). Shared by ``organisationTail(of:after:in:)`` and
    /// ``institutionTail(of:after:in:coordinatedOnly:beyondOrganisationTail:afterComplement:afterComplementNoun:)``.
    func closesNameTail(at stop: Int, nameStart start: Int, in range: Range<Int>) -> Bool {
        let token = document.tokens[stop]
        if token.kind == .punctuation { return [",", ".", ":", ";", "–", "-", "—", ")", "("].contains(token.text) }
        if document.has(.cueForm, stop) || document.has(.auxiliary, stop) || document.has(.multiwordCueStart, stop)
            || AttributionContext.isAnd(document.form(stop))
        {
            return true
        }
        var before = start - 1
        if before > range.lowerBound, document.has(.definiteArticle, before) { before -= 1 }
        let attributed = before >= range.lowerBound && ["per", "secondo"].contains(document.form(before))
        return attributed && document.has(.definiteArticle, stop)
    }

    /// Lower-case words outside a complement that a body's name takes after a capitalised word
    /// past its head ("Asl Toscana centro").
    static let freeWordsAfterProperName = 1

    /// Whether a capitalised word stands past the head `start`, up to `end` and before any
    /// complement ("Rete Idrica", "Asl Toscana"; not "Autorità di sistema portuale del mar
    /// Tirreno"): the name read so far is a proper name.
    func hasCapitalisedWordPastHead(_ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        for index in start + 1...end {
            let form = document.form(index)
            if document.has(.complementPreposition, index) || form == "di" || form == "per" || Self.topicPrepositions.contains(form) {
                return false
            }
            if document.isCapitalized(index) { return true }
        }
        return false
    }

    // MARK: Roles

    /// "il ministro dell'Interno", "l'ex capo dell'IA di Apple", "la sindaca", "fonti vicine al
    /// governo", "il ministro Carlo Neri".
    func role(at index: Int, in range: Range<Int>) -> SpeakerMention? {
        var start = index
        // The token of the article (or of the quantifier's last word); its form is read after the
        // guard below, which most tokens fail.
        var articleToken: Int? = nil
        // ``groupQuantifierLength(at:in:)``: "molti osservatori", "tutti gli analisti".
        let quantifier = groupQuantifierLength(at: index, in: range)
        if let quantifier {
            articleToken = index + quantifier - 1
            start = index + quantifier
        } else if document.has(.article, index) {
            articleToken = index
            start = index + 1
        }
        var roleStart = start
        // "un'altra dottoressa", "l'altro imputato": another person than the one just named.
        // (An indefinite article is asked after the guard below, which most tokens fail.)
        var indefinite = quantifier != nil
        // (The source's name keeps the quantifier, not an article before it: "maggior parte degli …".)
        var nameStart: Int? = quantifier.map { $0 > 1 && document.has(.article, index) ? index + 1 : index }
        if articleToken != nil, document.has(.otherPronoun, roleStart) {
            if quantifier == nil { nameStart = roleStart }
            roleStart += 1
            indefinite = true
        }
        if document.has(.rolePrefix, roleStart) { roleStart += 1 }
        // Most words start no role: one set look-up rules them out before any string is built.
        // (`SpeakerLexicons` has one source, the embedded lists: the bit, computed from the shared
        // lexicons, is the finder's `lexicons.roleFirstWords`.)
        guard document.has(.roleFirstWord, roleStart) || (articleToken != nil && personNoun(at: roleStart) != nil)
            || (roleStart == index + 1 && isTitleBeforeFullName(roleStart, in: range))
        else { return nil }
        let article = articleToken.map { document.form($0) }
        if !indefinite, let article, Self.indefiniteArticles.contains(article) { indefinite = true }
        // The longest role noun starting here.
        var matched: (end: Int, role: SpeakerLexicons.Role)? = nil
        // The words so far joined by spaces, built word by word.
        var phrase = ""
        var position = roleStart
        while position < range.upperBound, position - roleStart < lexicons.longestRole, document.isWord(position) {
            if position > roleStart { phrase += " " }
            phrase += document.form(position)
            if let role = lexicons.roles[phrase] { matched = (position, role) }
            // Most roles are one word: stop unless a longer role goes on from here.
            if !lexicons.roleProperPrefixes.contains(phrase) { break }
            position += 1
        }
        if matched == nil, article != nil, roleStart < range.upperBound, let role = personNoun(at: roleStart) {
            matched = (roleStart, role)
        }
        if matched == nil, roleStart == index + 1, isTitleBeforeFullName(roleStart, in: range) {
            matched = (roleStart, SpeakerLexicons.Role(gender: nil, plural: false, kind: "person"))
        }
        guard let found = matched else { return nil }
        // A quantifier counts people: a plural noun, and no name after it.
        if quantifier != nil, !found.role.plural { return nil }
        // "l'ad", but "ad Aerolinea Tirrena": a role that is also a preposition needs its article.
        if article == nil, found.end == roleStart, Self.prepositionRoles.contains(document.form(roleStart)) { return nil }
        // A role noun must not be the start of a name ("Presidente" in a title is still a role).
        var end = found.end
        // ``isShortFormBeforeComplement(_:in:)``: "la Federazione per le comunicazioni" after "la
        // Federazione italiana nuoto" takes no complement.
        let shortForm = found.end == roleStart && document.isCapitalized(roleStart) && isShortFormBeforeComplement(roleStart, in: range)
        // The complement: "dell'Interno", "della Procura di Milano", "di Apple", "vicine al governo".
        var steps = 0
        while end + 2 < range.upperBound, steps < 5, !(shortForm && end == found.end) {
            let next = document.form(end + 1)
            // A capitalised body's field: "l'Istituto di ricerca sulle acque montane".
            // (``takesTopicField(_:)``: not "la Regione sulle assunzioni".)
            let bodyField = document.isCapitalized(roleStart) && found.role.kind == "group" && Self.topicPrepositions.contains(next)
                && document.isWord(end + 2) && takesTopicField(found.end)
            if bodyField {
                end += 1
                while end + 1 < range.upperBound, document.isWord(end + 1), !document.isCapitalized(end + 1),
                    !document.has(.cueForm, end + 1), !document.has(.auxiliary, end + 1), !document.has(.clauseOpener, end + 1),
                    !document.has(.multiwordCueStart, end + 1), end - found.end < 6
                {
                    end += 1
                }
                steps += 1
            } else if document.has(.complementPreposition, end + 1), document.isWord(end + 2),
                // An infinitive follows a bare preposition ("di fare"), not one fused with an
                // article: "del quartiere" is a noun whatever its ending.
                document.has(.fusedPreposition, end + 1) || !Self.isInfinitiveForm(document.form(end + 2)),
                isRoleComplement(after: end)
            {
                // "per la ricostruzione": the article and its noun; "della stessa maggioranza": the
                // adjective and its noun (``isPrenominalComplementAdjective(_:in:)``).
                if document.has(.definiteArticle, end + 2) || isPrenominalComplementAdjective(end + 2, in: range),
                    end + 3 < range.upperBound, document.isWord(end + 3)
                {
                    end += 1
                }
                end += 2
                let complementNoun = end
                // Keep a capitalised run ("Procura di Milano" is taken step by step), but stop at a
                // given name: "il ministro dell'Economia Paolo Serra" is a role and then a name. After
                // a group's lower-case complement a run that closes the phrase is the group's own name
                // ("il sindacato dei medici Anaao Assomed,"; but "il gruppo dei piccoli Stati insulari").
                // (After a bare "di" the phrase is a kind of body that the name keeps: "il consorzio di
                // bonifica Est Ticino Villoresi".)
                // (``isInstitutionComplementNoun(_:)``: "dell'ospedale San Gerardo" keeps its name.)
                if found.role.kind == "group", !document.isCapitalized(end), document.has(.fusedPreposition, end - 1),
                    !isInstitutionComplementNoun(end), closesGroupName(after: end, in: range)
                {
                    break
                }
                while end + 1 < range.upperBound, document.isWord(end + 1), document.isCapitalized(end + 1),
                    givenName(end + 1) == nil
                {
                    end += 1
                }
                // ``districtTailEnd(after:in:)``: "dell'Asl Roma 2", "dell'Asl Toscana nord ovest".
                if let district = districtTailEnd(after: end, in: range) { end = district }
                // ``complementNameEnd(from:after:in:)``: "della Cantina sociale Colli Berici".
                else if let name = complementNameEnd(from: complementNoun, after: end, in: range) { end = name }
                // ``corpsOfUnitEnd(afterUnit:in:)``: "del gruppo carabinieri forestali di Treviso".
                else if end == complementNoun, let corps = corpsOfUnitEnd(afterUnit: end, in: range) { end = corps }
                // "la segretaria dell'Usb trasporti, Marta Oddone": a lower-case sector after a
                // body's capitalised name belongs to it when the person's name follows in
                // apposition (the role and the name are one mention only if they meet).
                if end + 3 < range.upperBound, document.isCapitalized(end), document.isWord(end + 1), !document.isCapitalized(end + 1),
                    !document.has(.cueForm, end + 1), !document.has(.auxiliary, end + 1), !document.has(.article, end + 1),
                    !document.has(.notName, end + 1), !document.has(.clitic, end + 1), !document.has(.complementPreposition, end + 1),
                    givenName(end + 3) != nil, document.tokens[end + 2].text == ","
                {
                    end += 1
                }
                steps += 1
            } else if document.has(.roleAdjective, end + 1) || (end > found.end && isGeographicAdjective(end + 1)) {
                // "il segretario generale"; "i penalisti del foro napoletano": an adjective of
                // origin after the complement's noun belongs to it, whatever follows.
                end += 1
                steps += 1
            } else if next == "in", end + 3 < range.upperBound, document.isWord(end + 2), !document.isCapitalized(end + 2),
                givenName(end + 3) != nil
            {
                // "il generale in congedo Fabrizio Landi".
                end += 2
                steps += 1
            } else if let adjectivesEnd = adjectiveRun(after: end, in: range, beforeName: true, beforeOrganisation: found.role.kind == "group") {
                // "l'assessore lombardo Giorgio Mantegazza", "il gestore del servizio idrico,".
                end = adjectivesEnd
                steps += 1
            } else {
                break
            }
        }
        // ``institutionTail(of:after:in:coordinatedOnly:beyondOrganisationTail:)``: a capitalised group
        // noun opens a body's name ("la Commissione arbitri nazionale", "l'Associazione nazionale
        // presidi"); a lower-case one goes on past a coordinated complement ("il ministero
        // dell'Economia e delle finanze").
        if found.role.kind == "group", quantifier == nil, !(shortForm && end == found.end),
            let tail = institutionTail(
                of: roleStart, after: end, in: range, coordinatedOnly: !document.isCapitalized(roleStart),
                afterComplement: end > found.end && (found.end + 1...end).contains { document.has(.complementPreposition, $0) },
                afterComplementNoun: end > found.end + 1 && !document.isCapitalized(end)
                    && (document.has(.complementPreposition, end - 1)
                        || (document.has(.definiteArticle, end - 1) && document.has(.complementPreposition, end - 2))))
        {
            end = tail
        }
        // An epithet of origin ("la palleggiatrice bresciana", "il tecnico veneziano") still
        // points back; a complement or another adjective ("il curatore fallimentare") makes a
        // role of its own.
        // The kind-complement rule: "la società di gestione", "l'azienda di trasporto" describe
        // the company named before, as a bare noun would.
        let kindComplement = end == found.end + 2 && document.form(found.end + 1) == "di" && document.isWord(end)
            && !document.isCapitalized(end) && AttributionContext.companyDescriptionNouns.contains(document.form(found.end))
        let isBare = end == found.end || kindComplement || areGeographicAdjectives(from: found.end + 1, through: end)
        var kind: SpeakerMention.Kind = found.role.kind == "group" ? .group : found.role.kind == "source" ? .anonymous : .role
        var gender = found.role.gender
        if gender == nil, let article {
            if Self.feminineArticles.contains(article) { gender = "f" }
            if Self.masculineArticles.contains(article) { gender = "m" }
        }
        var core = (nameStart ?? roleStart)...end
        var name = document.text(nameStart ?? roleStart, end)
        var hasGiven = false
        var isOrganisation = false
        // "il ministro Carlo Neri": the name that follows names the mention.
        if quantifier == nil, end + 1 < range.upperBound, let person = self.name(at: end + 1, in: range),
            kind == .role || person.hasGivenName || givenName(end + 1) != nil
        {
            end = person.tokens.upperBound
            core = person.core
            name = person.name
            hasGiven = person.hasGivenName
            // A noun the role lexicon lacks, known only by its suffix ("la concorrente Novamicro"),
            // names a company as well as a person: without a given name it tells no gender.
            if let known = person.gender {
                gender = known
            } else if !person.hasGivenName, found.end == roleStart, lexicons.roles[document.form(roleStart)] == nil {
                gender = nil
            }
            kind = .name
        } else if kind == .group, end + 1 < range.upperBound, let organisation = groupName(after: end, in: range) {
            // "il gruppo Termoplast", "l'associazione Pendolari Uniti", "il quotidiano «Tiroler
            // Rundschau»": the organisation's own name. A capitalised group noun belongs to the
            // name ("il Consorzio Ponte Sud").
            end = organisation.end
            // (``kindNounOpensName(at:nameStart:in:)``: "la Cantina sociale Colli Berici" too.)
            if document.isCapitalized(roleStart),
                organisation.core.lowerBound == found.end + 1
                    || kindNounOpensName(at: roleStart, nameStart: organisation.core.lowerBound, in: range)
            {
                core = roleStart...organisation.core.upperBound
            } else if found.end == roleStart, organisation.core.lowerBound == found.end + 1,
                organisation.end == organisation.core.upperBound,
                let bodyEnd = bodyPartPhraseEnd(noun: roleStart, nameEnd: organisation.core.upperBound, in: range)
            {
                // ``bodyPartPhraseEnd(noun:nameEnd:in:)``: "la sezione Meccanica di Confindustria Brescia".
                end = bodyEnd
                core = roleStart...bodyEnd
            } else {
                core = organisation.core
            }
            name = document.text(core.lowerBound, core.upperBound)
            gender = nil
            kind = .name
            isOrganisation = true
        }
        return SpeakerMention(
            tokens: index...end, core: core, kind: kind, gender: gender, plural: found.role.plural, name: name,
            hasGivenName: hasGiven, isBare: isBare && kind != .name && quantifier == nil, isIndefinite: indefinite,
            isOrganisation: isOrganisation)
    }

    /// The articles that tell a role's gender when its noun does not ("la presidente", "il
    /// portavoce"). (Static: array literals in `role(at:in:)` were built for every role found.)
    static let feminineArticles: FormSet = ["la", "una", "questa", "quella", "della", "alla", "dalla", "nella", "sulla"]
    static let masculineArticles: FormSet = [
        "il", "lo", "un", "uno", "questo", "quel", "quello", "del", "dello", "al", "dal", "nel", "sul",
    ]

    /// Whether every token from `first` through `last` is a geographic adjective. (A loop: `allSatisfy`
    /// with a closure captured a copy of the finder, retaining every array of its document.)
    private func areGeographicAdjectives(from first: Int, through last: Int) -> Bool {
        var position = first
        while position <= last {
            if !isGeographicAdjective(position) { return false }
            position += 1
        }
        return true
    }

    /// An infinitive, whole or cut ("aver", "esser", "far" before its object): "l'azienda di aver
    /// deciso" is a role and a clause, not a role with a complement.
    static func isInfinitiveForm(_ form: String) -> Bool {
        MultiwordExpansion.infinitives.contains(form)
            || ((form.hasSuffix("ar") || form.hasSuffix("er") || form.hasSuffix("ir")) && MultiwordExpansion.infinitives.contains(form + "e"))
    }

    /// Roles whose form is also a preposition: "ad" (amministratore delegato).
    static let prepositionRoles: Set<String> = ["ad"]

    /// The title rule: a lower-case noun the role lexicon lacks, between a definite article and a
    /// full name with a given name ("l'ingegnere Paolo Biagi", "il geometra Luca Neri"), is the
    /// person's title — so that the name is the subject the sentence opens with.
    func isTitleBeforeFullName(_ index: Int, in range: Range<Int>) -> Bool {
        guard index > range.lowerBound, index + 2 < range.upperBound, document.has(.definiteArticle, index - 1),
            document.isWord(index), !document.isCapitalized(index), document.isCapitalized(index + 1),
            document.isWord(index + 2), document.isCapitalized(index + 2), givenName(index + 1) != nil
        else { return false }
        return !document.has(.cueForm, index) && !document.has(.auxiliary, index) && !document.has(.clitic, index)
            && !document.has(.notName, index) && !document.has(.complementPreposition, index) && !document.has(.article, index)
            && !document.has(.interveningAdverb, index) && !document.has(.adjectiveLike, index)
    }

    /// For a role followed by a name ("il pubblico ministero Chiara Santoro", "il capitano Luca
    /// Ferraro"), the role's tokens without article: the role names the person from then on. Nil
    /// for any other mention, and for a former office ("l'ex ministro Carlo Neri" no longer holds
    /// it: a later "il ministro" is someone else) or another person ("l'altro imputato").
    static func roleWords(of mention: SpeakerMention, in document: ClaimDocument) -> ClosedRange<Int>? {
        guard mention.kind == .name, !mention.isOrganisation else { return nil }
        var start = mention.tokens.lowerBound
        if document.has(.article, start) { start += 1 }
        guard start < mention.core.lowerBound, !document.has(.rolePrefix, start),
            !["altro", "altra", "altri", "altre"].contains(document.form(start))
        else { return nil }
        // "la concorrente Novamicro": a noun known only by its suffix, before a name without a
        // given name, may describe a company — no office to tie.
        if start + 1 == mention.core.lowerBound, !mention.hasGivenName, document.has(.personNoun, start),
            SpeakerLexicons.shared.roles[document.form(start)] == nil
        {
            return nil
        }
        return start...(mention.core.lowerBound - 1)
    }

    /// Whether a capitalised run (no given name) starts right after token `end` and is followed by
    /// punctuation, a cue or an auxiliary: an organisation's name closing a group noun's phrase.
    private func closesGroupName(after end: Int, in range: Range<Int>) -> Bool {
        var last = end
        while last + 1 < range.upperBound, document.isWord(last + 1), document.isCapitalized(last + 1), givenName(last + 1) == nil {
            last += 1
        }
        guard last > end else { return false }
        let next = last + 1
        if next >= range.upperBound { return true }
        return document.tokens[next].kind == .punctuation || document.has(.cueForm, next) || document.has(.auxiliary, next)
            || document.has(.multiwordCueStart, next)
    }

    /// "a"-prepositions that may open a role's portfolio ("l'assessora al Lavoro", "il ministro
    /// all'Istruzione") — and far more often a circumstance of the verb ("ha detto il sindaco ai
    /// giornalisti", "l'avvocata all'uscita dal tribunale").
    static let portfolioPrepositions: Set<String> = ["al", "allo", "alla", "all'", "ai", "agli", "alle"]

    /// Whether the complement that opens at token `end + 1` belongs to the role: any "di" or "per"
    /// complement, but an "a" one only when it names a portfolio with a capital or follows "vicino".
    private func isRoleComplement(after end: Int) -> Bool {
        guard Self.portfolioPrepositions.contains(document.form(end + 1)) else { return true }
        // "fonti vicine al governo": the adjective governs the complement.
        if ["vicino", "vicina", "vicini", "vicine"].contains(document.form(end)) { return true }
        let noun = document.has(.definiteArticle, end + 2) ? end + 3 : end + 2
        return document.isCapitalized(noun)
    }

    /// The name of an organisation right after a group noun: a capitalised run without a given
    /// name ("Termoplast", "Pendolari Uniti"), or one between quotation marks («Tiroler Rundschau»).
    private func groupName(after end: Int, in range: Range<Int>) -> (core: ClosedRange<Int>, end: Int)? {
        let start = end + 1
        if ["«", "“", "\"", "‹"].contains(document.tokens[start].text) {
            // A title between marks: capitalised, closed within a few words.
            guard start + 1 < range.upperBound, document.isWord(start + 1), document.isCapitalized(start + 1),
                let close = (start + 2..<min(start + 9, range.upperBound)).first(where: {
                    ["»", "”", "\"", "›"].contains(document.tokens[$0].text)
                }), close > start + 1
            else { return nil }
            return ((start + 1)...(close - 1), close)
        }
        guard givenName(start) == nil, let organisation = name(at: start, in: range) else {
            return nil
        }
        // ``groupNameEndPastLowercase(after:in:)``: "il comitato Scuole sicure Bergamo".
        if let longer = groupNameEndPastLowercase(after: organisation.tokens.upperBound, in: range) {
            return (organisation.core.lowerBound...longer, longer)
        }
        // ``districtTailEnd(after:in:)``: "l'Asl Roma 2", "l'Asl Toscana nord ovest".
        if let district = districtTailEnd(after: organisation.tokens.upperBound, in: range) {
            return (organisation.core.lowerBound...district, district)
        }
        return (organisation.core, organisation.tokens.upperBound)
    }

    /// Adjectives that follow a role noun whatever comes next ("fonti vicine al governo", "il
    /// segretario generale").
    static let roleAdjectives: Set<String> = [
        "vicine", "vicini", "vicino", "vicina", "delegato", "delegata", "generale", "esecutivo", "esecutiva", "italiano",
        "italiana", "europeo", "europea", "regionale", "comunale", "nazionale", "uscente", "americano", "americana",
        "francese", "tedesco", "tedesca", "russo", "russa", "cinese", "civile", "civili", "autonomo", "autonoma", "autonomi",
        "autonome",
    ]

    /// Adjectives of nationality and region whose ending the list below does not catch.
    static let otherAdjectives: FormSet = [
        "tedesco", "tedesca", "tedeschi", "tedesche", "russo", "russa", "russi", "russe", "veneto", "veneta", "veneti",
        "venete", "greco", "greca", "greci", "turco", "turca", "turchi", "svizzero", "svizzera", "svizzeri", "belga", "belgi",
        "ceco", "ceca", "polacco", "polacca", "polacchi", "serbo", "serba", "basco", "basca", "sardo", "sarda", "arabo",
        "araba", "arabi", "etiope", "ligure", "liguri", "superiore", "superiori", "inferiore", "maggiore", "minore",
        "umbro", "umbra", "umbri", "umbre", "dem",
    ]

    /// Adjectives of origin: nationalities, regions, cities ("bresciana", "veneziano", "olandese").
    func isGeographicAdjective(_ index: Int) -> Bool {
        document.isWord(index) && !document.isCapitalized(index) && document.has(.geographicAdjective, index)
    }

    /// What ``isGeographicAdjective(_:)`` asks of the form itself (``ClaimWordClasses`` keeps the
    /// answer per form).
    static func isGeographicAdjectiveForm(_ form: String) -> Bool {
        isGeographicAdjectiveForm(form, characterCount: form.count, isAdjectiveLike: isAdjectiveLikeForm(form))
    }

    /// ``isGeographicAdjectiveForm(_:)`` given what the caller already knows of the form: its
    /// length in Characters and ``isAdjectiveLikeForm(_:)`` (``ClaimWordClasses`` classifies
    /// every new form, and asked both twice).
    static func isGeographicAdjectiveForm(_ form: String, characterCount: Int, isAdjectiveLike: Bool) -> Bool {
        if Self.otherAdjectives.contains(form) || Self.commonOriginAdjectives.contains(form) { return true }
        return originEndingTable.firstMatch(in: form) != nil && characterCount >= 6 && isAdjectiveLike
    }

    /// Adjectives of origin without a listed ending, or too short for the ending rule.
    static let commonOriginAdjectives: FormSet = [
        "italiano", "italiana", "italiani", "europeo", "europea", "americano", "americana", "francese", "cinese",
    ]

    /// A list of lower-case ASCII endings (as all the lists below), indexed by last byte, that
    /// answers "the first ending of the list that `form.hasSuffix`" with a byte test first: a
    /// form that ends with such an ending as Characters ends with its bytes too (no other
    /// Character equals an ASCII letter), and only the endings that share the form's last byte
    /// are tried. When the bytes match and the byte before them is ASCII too (or there is none),
    /// a Character boundary falls right before the ending, so `hasSuffix` is true without asking
    /// it; otherwise (a Prepend mark could join the ending's first letter) it is asked.
    struct Endings: Sendable {
        let texts: [String]
        let bytes: [[UInt8]]
        /// For each last byte, the indices of the endings that end with it, in list order.
        let byLastByte: [[Int]]

        init(_ texts: [String]) {
            self.texts = texts
            self.bytes = texts.map { Array($0.utf8) }
            var byLastByte = [[Int]](repeating: [], count: 256)
            for (index, ending) in bytes.enumerated() {
                if let last = ending.last { byLastByte[Int(last)].append(index) }
            }
            self.byLastByte = byLastByte
        }

        /// The index of the first ending `form` has, or nil.
        func firstMatch(in form: String) -> Int? {
            var bytesOfForm = form
            return bytesOfForm.withUTF8 { utf8 in
                guard let last = utf8.last else { return nil }
                for index in byLastByte[Int(last)] {
                    let ending = bytes[index]
                    let start = utf8.count - ending.count
                    guard start >= 0 else { continue }
                    var matches = true
                    for offset in 0..<ending.count where utf8[start + offset] != ending[offset] {
                        matches = false
                        break
                    }
                    guard matches else { continue }
                    if start == 0 || utf8[start - 1] < 0x80 || form.hasSuffix(texts[index]) { return index }
                }
                return nil
            }
        }
    }

    private static let originEndingTable = Endings(originEndings)
    private static let adjectiveEndingTable = Endings(adjectiveEndings)
    private static let personSuffixTable = Endings(personSuffixes.map(\.0))

    static let originEndings: [String] = [
        "ese", "esi", "ano", "ana", "ani", "ane", "ino", "ina", "ini", "ine", "ense", "ensi", "aco", "aca", "aci",
    ]

    /// Derivational endings of Italian adjectives and participles ("lombardo", "spaziale",
    /// "norvegese", "idrico", "industrializzati", "stabile").
    static let adjectiveEndings: [String] = [
        "ale", "ali", "ano", "ana", "ani", "ane", "ese", "esi", "ico", "ica", "ici", "iche", "aco", "aca", "aci", "ache",
        "ivo", "iva", "ivi", "ive", "ario", "aria", "ari", "arie", "are", "ardo", "arda", "ardi", "arde", "ino", "ina",
        "ini", "ine", "ente", "enti", "ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite",
        "eno", "ena", "eni", "ene", "ense", "ensi", "olo", "ola", "oli", "ole", "ista", "isti", "iste", "iero", "iera",
        "eo", "ea", "ei", "ee", "bile", "bili",
    ]

    /// Whether token `index` looks like an adjective that can follow a role or an organisation's
    /// name: lower case, an adjectival ending, and no verb the lexicons know.
    func isAdjectiveLike(_ index: Int) -> Bool {
        Self.isAdjectiveLike(index, in: document)
    }

    /// ``isAdjectiveLike(_:)`` for a document without a finder.
    static func isAdjectiveLike(_ index: Int, in document: ClaimDocument) -> Bool {
        document.isWord(index) && !document.isCapitalized(index) && document.has(.adjectiveLike, index)
    }

    /// What ``isAdjectiveLike(_:in:)`` asks of the form itself (``ClaimWordClasses`` keeps the
    /// answer per form).
    static func isAdjectiveLikeForm(_ form: String) -> Bool {
        isAdjectiveLikeForm(
            form, listed: ClaimWordClasses.listed[form] ?? [], characterCount: form.count,
            hasCueForms: !ReportingVerbLexicon.shared.cueForms(form).isEmpty)
    }

    /// ``isAdjectiveLikeForm(_:)`` given what the caller already knows of the form: its listed
    /// classes (`ClaimWordClasses.listed`, whose bits are the lists asked here), its length in
    /// Characters and whether it has readings as a reporting verb.
    static func isAdjectiveLikeForm(_ form: String, listed: ClaimWordClasses, characterCount: Int, hasCueForms: Bool) -> Bool {
        if listed.contains(.roleAdjective) || otherAdjectives.contains(form) { return true }
        guard adjectiveEndingTable.firstMatch(in: form) != nil, characterCount >= 5 else { return false }
        if !listed.isDisjoint(with: [.notName, .article, .interveningAdverb, .clauseOpener]) || MultiwordExpansion.infinitives.contains(form) {
            return false
        }
        return !hasCueForms && ReportingVerbLexicon.auxiliary(form) == nil
    }

    /// One or two adjectives after token `end` that close a mention: followed by punctuation, a
    /// reporting verb or an auxiliary, a relative "che", or (with `beforeName`) a name — so that
    /// a verb after a role ("il sindaco incontra Rossi") is not taken for an adjective.
    func adjectiveRun(after end: Int, in range: Range<Int>, beforeName: Bool, beforeOrganisation: Bool = false) -> Int? {
        var last = end
        while last + 1 < range.upperBound, last - end < 2, isAdjectiveLike(last + 1) { last += 1 }
        guard last > end else { return nil }
        let next = last + 1
        if next >= range.upperBound { return last }
        let token = document.tokens[next]
        if token.kind == .punctuation {
            return [",", ".", ":", ";", "–", "-", "—", ")"].contains(token.text) ? last : nil
        }
        let form = document.form(next)
        // "la polizia municipale fa sapere": the head verb of a multiword cue closes it too.
        if form == "che" || document.has(.cueForm, next) || document.has(.auxiliary, next) || document.has(.multiwordCueStart, next) {
            return last
        }
        // Inside a role, a complement may follow: "dell'Autorità portuale del Tirreno".
        if beforeName, document.has(.complementPreposition, next), form != "per", document.isWord(next + 1) { return last }
        if beforeName, document.isCapitalized(next),
            givenName(next) != nil || (document.isWord(next + 1) && document.isCapitalized(next + 1))
        {
            return last
        }
        // "l'agenzia turca Anadolu", "il gruppo svizzero Helvemet": after a group noun one
        // capitalised word is the organisation's name.
        if beforeOrganisation, document.isWord(next), document.isCapitalized(next), givenName(next) == nil { return last }
        return nil
    }

    /// Nouns for people that the role lexicon lacks, recognised by their suffix after an article
    /// ("il curatore", "gli analisti", "l'insegnante", "i ricorrenti").
    func personNoun(at index: Int) -> SpeakerLexicons.Role? {
        guard document.isWord(index), !document.isCapitalized(index), document.has(.personNoun, index) else { return nil }
        return SpeakerLexicons.Role(
            gender: document.has(.personNounFeminine, index) ? "f" : nil, plural: document.has(.personNounPlural, index),
            kind: "person")
    }

    /// The first person suffix a form ends with (number, and whether it is feminine), nil for a
    /// short form, a look-alike or no such suffix: what ``personNoun(at:)`` asks of the form
    /// itself (``ClaimWordClasses`` keeps the answer per form).
    static func personSuffix(of form: String) -> (plural: Bool, feminine: Bool)? {
        personSuffix(of: form, characterCount: form.count)
    }

    /// ``personSuffix(of:)`` given the form's length in Characters.
    static func personSuffix(of form: String, characterCount: Int) -> (plural: Bool, feminine: Bool)? {
        guard let index = personSuffixTable.firstMatch(in: form), characterCount >= 6, !Self.inanimateLookalikes.contains(form) else {
            return nil
        }
        let (suffix, plural) = Self.personSuffixes[index]
        return (plural, suffix.hasSuffix("trice") || suffix.hasSuffix("trici"))
    }

    static let personSuffixes: [(String, Bool)] = [
        ("tore", false), ("tori", true), ("trice", false), ("trici", true), ("ista", false), ("isti", true), ("iste", true),
        ("ante", false), ("anti", true), ("ente", false), ("enti", true), ("iere", false), ("ieri", true), ("ologo", false),
        ("ologi", true), ("ologa", false), ("iatra", false), ("iatri", true),
    ]

    static let inanimateLookalikes: FormSet = [
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
        guard document.has(.pronoun, index), let pronoun = Self.pronouns[document.form(index)] else { return nil }
        return SpeakerMention(
            tokens: index...index, core: index...index, kind: .pronoun, gender: pronoun.gender, plural: pronoun.plural,
            name: document.tokens[index].text, hasGivenName: false)
    }
}

/// Ordinary Italian words, to tell a capitalised sentence opener from a name: the polarity
/// lexicon's lemmas and the verb infinitives.
enum CommonWords {
    static let words: Set<String> = {
        var set = firstColumn(of: EmbeddedLexiconData.files["sentiment/polarity.tsv"] ?? "")
        set.formUnion(MultiwordExpansion.infinitives)
        return set
    }()

    /// The first column of a lexicon's rows, as `TSVTable` reads them from a file with LF line
    /// ends like every embedded lexicon (lines split at "\n", empty and `#` lines skipped, the
    /// column ends at the first tab), read from the UTF-8 bytes: building a `TSVTable` of the
    /// polarity lexicon, Character by Character, cost more than a megabyte of claims extraction,
    /// for one column. (A test checks that both read the same words.)
    static func firstColumn(of text: String) -> Set<String> {
        var result = Set<String>()
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd > start, bytes[start] != 0x23 {
                var columnEnd = start
                while columnEnd < lineEnd, bytes[columnEnd] != 0x09 { columnEnd += 1 }
                result.insert(String(decoding: bytes[start..<columnEnd], as: UTF8.self))
            }
            start = end + 1
        }
        return result
    }

    static func contains(_ form: String) -> Bool { words.contains(form) }
}
