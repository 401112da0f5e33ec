/// One reading of a word form as a reporting verb: which lemma, how it labels a claim, and which
/// inflected form it is.
struct CueForm: Sendable, Hashable {
    let lemma: String
    /// `say`, `state`, `explain`… (Lexicons/README.md).
    let category: String
    /// `neutral`, `assertive`, `denial`, `hedged`, `concessive`, `critical`, `supportive`,
    /// `interrogative`.
    let stance: String
    /// `avere` or `essere` for the active non-pronominal use; pronominal uses take `essere`.
    let auxiliary: String
    /// The form itself (for an enclitic form the whole word, with the mood of its host:
    /// "dicendolo" is a gerund).
    let verbForm: VerbForm
    /// The pronouns attached to an infinitive, gerund or participle ("lo" in "dicendolo", "si" in
    /// "dichiarandosi", "glielo" in "dirglielo"), nil for a plain form.
    let enclitic: String?

    init(
        lemma: String, category: String, stance: String, auxiliary: String, verbForm: VerbForm,
        enclitic: String? = nil
    ) {
        self.lemma = lemma
        self.category = category
        self.stance = stance
        self.auxiliary = auxiliary
        self.verbForm = verbForm
        self.enclitic = enclitic
    }
}

/// A multiword cue of Lexicons/claims/reporting-multiword.tsv.
struct MultiwordCue: Sendable, Hashable {
    /// The phrase as written in the lexicon ("fare sapere", "dare l'annuncio", "a detta di").
    let phrase: String
    /// The phrase split as the tokenizer splits text: at spaces and after the apostrophe of an
    /// elided word ("dare l'annuncio" → ["dare", "l'", "annuncio"]). For a verbal cue the first word
    /// is the head verb's infinitive, which text shows conjugated.
    let words: [String]
    /// `verbal` or `according`.
    let kind: String
    let stance: String
    /// The head verb's lemma for a verbal cue ("fare" for "far sapere"), "" for an according one.
    let head: String

    var isVerbal: Bool { kind == "verbal" }
}

/// A noun of Lexicons/claims/reporting-nouns.tsv, as read from one of its forms.
struct ClaimNoun: Sendable, Hashable {
    let lemma: String
    let stance: String
    let category: String
    let gender: Gender
    /// nil for an invariable noun (tesi, post, perplessità), whose form is either number.
    let number: GrammaticalNumber?
}

/// The reporting-verb lexicon (Lexicons/claims/reporting-verbs.tsv) expanded to every inflected
/// form, with the multiword cues, the claim nouns, and the auxiliary and modal verbs that build
/// compound and periphrastic forms around a reporting verb ("ha detto", "avrebbe detto",
/// "vuole precisare").
///
/// Lookups take lower-case forms with accents as written ("disse", "dirà", "ribadì") and ASCII
/// apostrophes.
struct ReportingVerbLexicon: Sendable {
    /// How a lemma labels a claim.
    struct Entry: Sendable, Hashable {
        let category: String
        let stance: String
        let auxiliary: String
        /// The `irregular` column as written.
        let irregular: String
    }

    static let categories: Set<String> = [
        "say", "state", "explain", "add", "repeat", "ask", "answer", "deny", "admit", "promise", "announce",
        "warn", "criticize", "complain", "reveal", "suggest", "confirm", "agree", "argue", "write", "report",
        "think",
    ]
    static let stances: Set<String> = [
        "neutral", "assertive", "denial", "hedged", "concessive", "critical", "supportive", "interrogative",
    ]

    /// The verb lemmas in file order.
    let lemmas: [String]
    /// Every multiword cue, in file order.
    let multiwordCues: [MultiwordCue]
    /// The head verbs of the verbal multiword cues (fare, mettere, lasciare, rendere…).
    let headLemmas: Set<String>
    /// The verbal multiword cues by head verb lemma.
    let verbalCuesByHead: [String: [MultiwordCue]]
    /// Lexicon rows that were rejected (wrong field count, unknown category/stance/aux, not an
    /// infinitive, duplicate lemma), as "line text — reason". Empty for a correct lexicon.
    let rejectedRows: [String]

    private let entries: [String: Entry]
    private let cues: [String: [CueForm]]
    /// Enclitic hosts of the lexicon verbs: truncated infinitive ("dir"), gerund ("dicendo"),
    /// masculine singular participle ("detto"), each with the readings of the host.
    private let hosts: [String: [CueForm]]
    /// Every plain form (plus the truncated infinitive) of every known lemma: lexicon verbs, head
    /// verbs of multiword cues, and the lemmas of `extraVerbIrregular`.
    private let formsByLemma: [String: Set<String>]
    /// Enclitic hosts by lemma, for `isForm`.
    private let hostsByLemma: [String: Set<String>]
    private let nouns: [String: ClaimNoun]

    /// The lexicons embedded in the binary, built once.
    static let shared = ReportingVerbLexicon(
        verbs: .embedded("claims/reporting-verbs.tsv"),
        multiword: .embedded("claims/reporting-multiword.tsv"),
        nouns: .embedded("claims/reporting-nouns.tsv"))

    init(verbs: TSVTable, multiword: TSVTable, nouns nounTable: TSVTable) {
        var rejected: [String] = []
        var lemmas: [String] = []
        var entries: [String: Entry] = [:]
        var cues: [String: [CueForm]] = [:]
        var hosts: [String: [CueForm]] = [:]
        var formsByLemma: [String: Set<String>] = [:]
        var hostsByLemma: [String: Set<String>] = [:]
        cues.reserveCapacity(12_000)

        func register(lemma: String, forms: [VerbForm]) {
            var set = Set(forms.lazy.map(\.form))
            set.insert(ReportingVerbConjugator.truncatedInfinitive(lemma))
            formsByLemma[lemma] = set
            hostsByLemma[lemma] = Set(Self.hostForms(lemma: lemma, forms: forms).map(\.form))
        }

        for row in verbs.rows {
            let line = row.joined(separator: "\t")
            guard row.count == 5 else {
                rejected.append("\(line) — \(row.count) fields")
                continue
            }
            let lemma = String(row[0])
            let entry = Entry(
                category: String(row[1]), stance: String(row[2]), auxiliary: String(row[3]),
                irregular: String(row[4]))
            if !Self.categories.contains(entry.category) {
                rejected.append("\(line) — unknown category")
                continue
            }
            if !Self.stances.contains(entry.stance) {
                rejected.append("\(line) — unknown stance")
                continue
            }
            if entry.auxiliary != "avere" && entry.auxiliary != "essere" {
                rejected.append("\(line) — unknown aux")
                continue
            }
            if entries[lemma] != nil {
                rejected.append("\(line) — duplicate lemma")
                continue
            }
            let forms = ReportingVerbConjugator.forms(lemma: lemma, irregular: entry.irregular)
            if forms.isEmpty {
                rejected.append("\(line) — not an infinitive")
                continue
            }
            entries[lemma] = entry
            lemmas.append(lemma)
            func cue(_ form: VerbForm) -> CueForm {
                CueForm(
                    lemma: lemma, category: entry.category, stance: entry.stance, auxiliary: entry.auxiliary,
                    verbForm: form)
            }
            for form in forms {
                let cueForm = cue(form)
                if cues[form.form]?.contains(cueForm) == true { continue }
                cues[form.form, default: []].append(cueForm)
            }
            for host in Self.hostForms(lemma: lemma, forms: forms) {
                hosts[host.form, default: []].append(cue(host))
            }
            register(lemma: lemma, forms: forms)
        }

        var multiwordCues: [MultiwordCue] = []
        var headLemmas: Set<String> = []
        var byHead: [String: [MultiwordCue]] = [:]
        for row in multiword.rows {
            guard row.count == 4 else {
                rejected.append("\(row.joined(separator: "\t")) — \(row.count) fields")
                continue
            }
            let phrase = String(row[0])
            let cue = MultiwordCue(
                phrase: phrase, words: Self.splitWords(phrase), kind: String(row[1]), stance: String(row[2]),
                head: String(row[3]))
            guard cue.kind == "verbal" || cue.kind == "according", Self.stances.contains(cue.stance) else {
                rejected.append("\(row.joined(separator: "\t")) — unknown kind or stance")
                continue
            }
            multiwordCues.append(cue)
            if cue.isVerbal && !cue.head.isEmpty {
                headLemmas.insert(cue.head)
                byHead[cue.head, default: []].append(cue)
            }
        }
        let extra = Set(Self.extraVerbIrregular.keys)
        for lemma in headLemmas.union(extra).sorted() where formsByLemma[lemma] == nil {
            let forms = ReportingVerbConjugator.forms(lemma: lemma, irregular: Self.extraVerbIrregular[lemma] ?? "")
            if !forms.isEmpty { register(lemma: lemma, forms: forms) }
        }

        var nouns: [String: ClaimNoun] = [:]
        for row in nounTable.rows {
            guard row.count == 5, row[2] == "m" || row[2] == "f", Self.stances.contains(String(row[3])),
                Self.categories.contains(String(row[4]))
            else {
                rejected.append("\(row.joined(separator: "\t")) — bad noun row")
                continue
            }
            let lemma = String(row[0])
            let plural = String(row[1])
            let gender: Gender = row[2] == "m" ? .masculine : .feminine
            let invariable = lemma == plural
            nouns[lemma] = ClaimNoun(
                lemma: lemma, stance: String(row[3]), category: String(row[4]), gender: gender,
                number: invariable ? nil : .singular)
            if !invariable {
                nouns[plural] = ClaimNoun(
                    lemma: lemma, stance: String(row[3]), category: String(row[4]), gender: gender, number: .plural)
            }
        }

        self.lemmas = lemmas
        self.entries = entries
        self.cues = cues
        self.hosts = hosts
        self.formsByLemma = formsByLemma
        self.hostsByLemma = hostsByLemma
        self.multiwordCues = multiwordCues
        self.headLemmas = headLemmas
        self.verbalCuesByHead = byHead
        self.nouns = nouns
        self.rejectedRows = rejected
    }

    // MARK: - Verbs

    /// Every reading of a lower-case form as a reporting verb: plain forms ("disse", "dirà",
    /// "detta", "ribadisce") and, when there is none, enclitic forms of an infinitive, gerund or
    /// masculine singular participle ("dicendolo", "dirgli", "dichiarandosi", "dettosi"). Empty
    /// when the form is not one.
    func cueForms(_ lowercasedForm: String) -> [CueForm] {
        if let found = cues[lowercasedForm] { return found }
        return encliticForms(lowercasedForm)
    }

    /// Whether `cueForms` finds anything.
    func isCue(_ lowercasedForm: String) -> Bool {
        !cueForms(lowercasedForm).isEmpty
    }

    /// The category, stance and auxiliary of a lexicon lemma.
    func entry(lemma: String) -> (category: String, stance: String, auxiliary: String)? {
        guard let entry = entries[lemma] else { return nil }
        return (entry.category, entry.stance, entry.auxiliary)
    }

    /// Every plain form of a lemma of the lexicon, of a multiword head verb, or of the other verbs
    /// the lexicon knows (`extraVerbIrregular`), including the truncated infinitive ("far",
    /// "lasciar"). Empty for an unknown lemma.
    func forms(ofLemma lemma: String) -> Set<String> {
        formsByLemma[lemma] ?? []
    }

    /// Whether a lower-case form is a form of `lemma` ("fatto" of fare, "mette" of mettere,
    /// "far" of fare), enclitic forms included ("facendolo", "fargli").
    func isForm(_ lowercasedForm: String, ofLemma lemma: String) -> Bool {
        if formsByLemma[lemma]?.contains(lowercasedForm) == true { return true }
        guard let hostSet = hostsByLemma[lemma] else { return false }
        for (host, _) in Self.encliticSplits(lowercasedForm) where hostSet.contains(host) {
            return true
        }
        return false
    }

    /// The lemmas the lexicon can conjugate (lexicon verbs, head verbs and extra verbs).
    var knownLemmas: Set<String> { Set(formsByLemma.keys) }

    /// The number of distinct lower-case forms that `cueForms` finds directly.
    var cueFormCount: Int { cues.count }

    private func encliticForms(_ form: String) -> [CueForm] {
        var result: [CueForm] = []
        for (host, clitics) in Self.encliticSplits(form) {
            guard let readings = hosts[host] else { continue }
            for reading in readings {
                let host = reading.verbForm
                result.append(
                    CueForm(
                        lemma: reading.lemma, category: reading.category, stance: reading.stance,
                        auxiliary: reading.auxiliary,
                        verbForm: VerbForm(
                            form: form, lemma: host.lemma, mood: host.mood, tense: host.tense, person: host.person,
                            number: host.number, gender: host.gender),
                        enclitic: clitics))
            }
            if !result.isEmpty { return result }
        }
        return result
    }

    // MARK: - Enclitics

    /// Pronouns and pronoun pairs that attach to infinitives, gerunds and participles, longest
    /// first.
    static let clitics: [String] = {
        let singles = ["lo", "la", "li", "le", "gli", "ne", "mi", "ti", "ci", "vi", "si"]
        let seconds = ["lo", "la", "li", "le", "ne"]
        var pairs: [String] = []
        for first in ["glie", "me", "te", "se", "ce", "ve"] {
            for second in seconds { pairs.append(first + second) }
        }
        pairs += ["cisi", "visi", "mici", "tici"]
        return (pairs + singles).sorted { $0.count > $1.count }
    }()

    /// The ways to read `form` as host + clitics, longest clitic cluster first.
    static func encliticSplits(_ form: String) -> [(host: String, clitics: String)] {
        var result: [(String, String)] = []
        for clitic in clitics where form.count > clitic.count + 2 && form.hasSuffix(clitic) {
            result.append((String(form.dropLast(clitic.count)), clitic))
        }
        return result
    }

    /// The forms of a verb that take enclitics: truncated infinitive, gerund, masculine singular
    /// participle.
    static func hostForms(lemma: String, forms: [VerbForm]) -> [VerbForm] {
        var result: [VerbForm] = [
            VerbForm(
                form: ReportingVerbConjugator.truncatedInfinitive(lemma), lemma: lemma, mood: .infinitive, tense: nil,
                person: nil, number: nil, gender: nil)
        ]
        for form in forms
        where form.mood == .gerund || (form.mood == .participle && form.gender == .masculine && form.number == .singular)
        {
            result.append(form)
        }
        return result
    }

    /// Splits a phrase as the tokenizer splits text: at spaces, and after the apostrophe of an
    /// elided word ("l'annuncio" → "l'", "annuncio").
    static func splitWords(_ phrase: String) -> [String] {
        var words: [String] = []
        for word in phrase.split(separator: " ") {
            if let apostrophe = word.firstIndex(of: "'"), apostrophe != word.index(before: word.endIndex) {
                let prefix = word[..<apostrophe]
                if ItalianElision.isElided(String(prefix)) {
                    words.append(String(word[...apostrophe]))
                    words.append(String(word[word.index(after: apostrophe)...]))
                    continue
                }
            }
            words.append(String(word))
        }
        return words
    }

    // MARK: - Nouns

    /// The claim noun a lower-case singular or plural form belongs to ("dichiarazioni" →
    /// dichiarazione).
    func claimNoun(_ lowercasedForm: String) -> (lemma: String, stance: String, category: String)? {
        guard let noun = nouns[lowercasedForm] else { return nil }
        return (noun.lemma, noun.stance, noun.category)
    }

    /// The same with gender and number.
    func claimNounForm(_ lowercasedForm: String) -> ClaimNoun? {
        nouns[lowercasedForm]
    }

    // MARK: - Irregular data of verbs outside the lexicon

    /// Verbs that are not reporting verbs themselves but head multiword cues ("ha fatto sapere",
    /// "ha messo in chiaro", "ci tiene a precisare") or are otherwise useful, in the key format of
    /// reporting-verbs.tsv. Regular verbs are listed with "" so that they are conjugated even when
    /// no multiword cue names them.
    static let extraVerbIrregular: [String: String] = [
        "fare":
            "part=fatto;ger=facendo;pres=faccio,fai,fa,facciamo,fate,fanno;past=feci,facesti,fece,facemmo,faceste,fecero;impf=face;fut=far;subj=faccia,faccia,faccia,facciamo,facciate,facciano;impsubj=face",
        "dare":
            "pres=do,dai,dà,diamo,date,danno;past=diedi,desti,diede,demmo,deste,diedero;fut=dar;subj=dia,dia,dia,diamo,diate,diano;impsubj=de",
        "stare":
            "pres=sto,stai,sta,stiamo,state,stanno;past=stetti,stesti,stette,stemmo,steste,stettero;fut=star;subj=stia,stia,stia,stiamo,stiate,stiano;impsubj=ste",
        "mettere": "part=messo;past=misi,mettesti,mise,mettemmo,metteste,misero",
        "prendere": "part=preso;past=presi,prendesti,prese,prendemmo,prendeste,presero",
        "rendere": "part=reso;past=resi,rendesti,rese,rendemmo,rendeste,resero",
        "tenere":
            "pres=tengo,tieni,tiene,teniamo,tenete,tengono;past=tenni,tenesti,tenne,tenemmo,teneste,tennero;fut=terr;subj=tenga,tenga,tenga,teniamo,teniate,tengano",
        "porre":
            "part=posto;ger=ponendo;pres=pongo,poni,pone,poniamo,ponete,pongono;past=posi,ponesti,pose,ponemmo,poneste,posero;impf=pone;fut=porr;subj=ponga,ponga,ponga,poniamo,poniate,pongano;impsubj=pone",
        "venire":
            "part=venuto;pres=vengo,vieni,viene,veniamo,venite,vengono;past=venni,venisti,venne,venimmo,veniste,vennero;fut=verr;subj=venga,venga,venga,veniamo,veniate,vengano",
        "andare": "pres=vado,vai,va,andiamo,andate,vanno;fut=andr;subj=vada,vada,vada,andiamo,andiate,vadano",
        "muovere": "part=mosso;past=mossi,muovesti,mosse,muovemmo,muoveste,mossero",
        "rispedire": "class=isc",
        "lasciare": "",
        "puntare": "",
        "sollevare": "",
        "avanzare": "",
        "rilasciare": "",
        "lanciare": "",
        "tagliare": "",
        "gettare": "",
        "vuotare": "",
    ]

    // MARK: - Auxiliaries

    /// A finite form of avere or essere.
    struct AuxiliaryReading: Sendable, Hashable {
        let lemma: String
        let person: Int
        let number: GrammaticalNumber
        let mood: Mood
        let tense: Tense
    }

    private static let auxiliaryTable: [String: [AuxiliaryReading]] = {
        let paradigms: [(String, Mood, Tense, [String])] = [
            ("avere", .indicative, .present, ["ho", "hai", "ha", "abbiamo", "avete", "hanno"]),
            ("avere", .indicative, .imperfect, ["avevo", "avevi", "aveva", "avevamo", "avevate", "avevano"]),
            ("avere", .indicative, .past, ["ebbi", "avesti", "ebbe", "avemmo", "aveste", "ebbero"]),
            ("avere", .indicative, .future, ["avrò", "avrai", "avrà", "avremo", "avrete", "avranno"]),
            ("avere", .conditional, .present, ["avrei", "avresti", "avrebbe", "avremmo", "avreste", "avrebbero"]),
            ("avere", .subjunctive, .present, ["abbia", "abbia", "abbia", "abbiamo", "abbiate", "abbiano"]),
            ("avere", .subjunctive, .imperfect, ["avessi", "avessi", "avesse", "avessimo", "aveste", "avessero"]),
            ("essere", .indicative, .present, ["sono", "sei", "è", "siamo", "siete", "sono"]),
            ("essere", .indicative, .imperfect, ["ero", "eri", "era", "eravamo", "eravate", "erano"]),
            ("essere", .indicative, .past, ["fui", "fosti", "fu", "fummo", "foste", "furono"]),
            ("essere", .indicative, .future, ["sarò", "sarai", "sarà", "saremo", "sarete", "saranno"]),
            ("essere", .conditional, .present, ["sarei", "saresti", "sarebbe", "saremmo", "sareste", "sarebbero"]),
            ("essere", .subjunctive, .present, ["sia", "sia", "sia", "siamo", "siate", "siano"]),
            ("essere", .subjunctive, .imperfect, ["fossi", "fossi", "fosse", "fossimo", "foste", "fossero"]),
        ]
        var table: [String: [AuxiliaryReading]] = [:]
        for (lemma, mood, tense, forms) in paradigms {
            for (index, form) in forms.enumerated() {
                table[form, default: []].append(
                    AuxiliaryReading(
                        lemma: lemma, person: index % 3 + 1, number: index < 3 ? .singular : .plural, mood: mood,
                        tense: tense))
            }
        }
        // "E'" / "é" for "è", common in typed text.
        table["e'"] = table["è"]
        table["é"] = table["è"]
        return table
    }()

    /// Every reading of a finite form of avere or essere, in paradigm order (indicative first).
    static func auxiliaries(_ lowercasedForm: String) -> [AuxiliaryReading] {
        auxiliaryTable[lowercasedForm] ?? []
    }

    /// The finite form of avere or essere that builds a compound tense ("ha", "hanno", "avrebbe",
    /// "è", "sono", "fosse"). For an ambiguous form the third-person reading is preferred
    /// ("sono" → 3rd plural, "abbia" → 3rd singular), then the indicative; `auxiliaries` lists
    /// them all.
    static func auxiliary(_ lowercasedForm: String)
        -> (lemma: String, person: Int, number: GrammaticalNumber, mood: Mood, tense: Tense)?
    {
        let readings = auxiliaries(lowercasedForm)
        guard let reading = readings.first(where: { $0.person == 3 }) ?? readings.first else { return nil }
        return (reading.lemma, reading.person, reading.number, reading.mood, reading.tense)
    }

    /// Non-finite forms of avere and essere in compound forms: "avere"/"aver"/"avendo" (avendo
    /// detto, dopo aver detto), "essere"/"esser"/"essendo", and the participle "stato/a/i/e"
    /// (è stato detto). The participle is also the noun "stato": the caller must check context.
    static func nonFiniteAuxiliary(_ lowercasedForm: String) -> (lemma: String, mood: Mood)? {
        switch lowercasedForm {
        case "avere", "aver": return ("avere", .infinitive)
        case "avendo": return ("avere", .gerund)
        case "essere", "esser": return ("essere", .infinitive)
        case "essendo": return ("essere", .gerund)
        case "stato", "stata", "stati", "state": return ("essere", .participle)
        default: return nil
        }
    }

    // MARK: - Modals

    static let modalIrregular: [String: String] = [
        "volere":
            "pres=voglio,vuoi,vuole,vogliamo,volete,vogliono;past=volli,volesti,volle,volemmo,voleste,vollero;fut=vorr;subj=voglia,voglia,voglia,vogliamo,vogliate,vogliano",
        "potere": "pres=posso,puoi,può,possiamo,potete,possono;fut=potr;subj=possa,possa,possa,possiamo,possiate,possano",
        "dovere":
            "pres=devo,devi,deve,dobbiamo,dovete,devono;fut=dovr;subj=debba,debba,debba,dobbiamo,dobbiate,debbano",
    ]

    private static let modalTable: [String: [VerbForm]] = {
        var table: [String: [VerbForm]] = [:]
        for (lemma, irregular) in modalIrregular {
            for form in ReportingVerbConjugator.forms(lemma: lemma, irregular: irregular) {
                table[form.form, default: []].append(form)
            }
            let truncated = ReportingVerbConjugator.truncatedInfinitive(lemma)
            table[truncated, default: []].append(
                VerbForm(form: truncated, lemma: lemma, mood: .infinitive, tense: nil, person: nil, number: nil, gender: nil))
        }
        // Common variants: "debbono" (devono), "deva" (debba).
        table["debbono", default: []].append(
            VerbForm(form: "debbono", lemma: "dovere", mood: .indicative, tense: .present, person: 3, number: .plural, gender: nil))
        for person in 1...3 {
            table["deva", default: []].append(
                VerbForm(
                    form: "deva", lemma: "dovere", mood: .subjunctive, tense: .present, person: person, number: .singular,
                    gender: nil))
        }
        return table
    }()

    /// Every reading of a form of volere, potere or dovere ("vuole", "può", "potrebbe", "voluto",
    /// "dover").
    static func modals(_ lowercasedForm: String) -> [VerbForm] {
        modalTable[lowercasedForm] ?? []
    }

    /// A form of volere, potere or dovere (the modal of "vuole precisare", "ha voluto precisare",
    /// "potrebbe dire"), third person preferred for an ambiguous form.
    static func modal(_ lowercasedForm: String) -> VerbForm? {
        let readings = modals(lowercasedForm)
        return readings.first(where: { $0.person == 3 }) ?? readings.first
    }
}
