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
    /// The answers of `cueForms` and `lemmas(of:)`, remembered across documents: the cue finder
    /// asks them of every word.
    /// Two-way: a form whose slot another frequent form shares would otherwise be recomputed
    /// every time the two alternate.
    private let cueFormMemo = FormMemo<[CueForm]>(shardCount: 16, slotsPerShard: 1024, twoWay: true)
    private let lemmaMemo = FormMemo<[String]>(shardCount: 16, slotsPerShard: 1024, twoWay: true)
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

    /// One conjugated verb: a lexicon lemma (with its entry) or a head/extra verb (entry nil).
    private struct Verb: Sendable {
        let lemma: String
        let entry: Entry?
        let forms: [VerbForm]
        /// "dir", "spiegar", "propor".
        let truncated: String
        /// Truncated infinitive, gerund, masculine singular participle: the forms that take
        /// enclitics.
        let hosts: [VerbForm]
    }

    /// A link of a chain of readings: `forms[form]` (or `hosts[form]`) of `verbs[verb]`, then
    /// `next` (-1 ends the chain). Chains are stored in flat arrays so that building the lexicon
    /// allocates nothing per form.
    private struct Link: Sendable {
        let verb: Int32
        let form: Int32
        let next: Int32
    }

    private let verbs: [Verb]
    private let verbIndex: [String: Int32]
    /// Every plain form of every verb → the head of its chain in `formLinks`.
    private let formHeads: [String: Int32]
    private let formLinks: [Link]
    /// Every enclitic host of every verb → the head of its chain in `hostLinks`.
    private let hostHeads: [String: Int32]
    private let hostLinks: [Link]
    private let nouns: [String: ClaimNoun]
    /// The number of distinct plain forms of the lexicon verbs.
    let cueFormCount: Int

    /// The lexicons embedded in the binary, built once.
    static let shared = ReportingVerbLexicon(
        verbs: .embedded("claims/reporting-verbs.tsv"),
        multiword: .embedded("claims/reporting-multiword.tsv"),
        nouns: .embedded("claims/reporting-nouns.tsv"))

    init(verbs verbTable: TSVTable, multiword: TSVTable, nouns nounTable: TSVTable) {
        var rejected: [String] = []
        var lemmas: [String] = []
        var verbs: [Verb] = []
        var verbIndex: [String: Int32] = [:]
        var formHeads: [String: Int32] = [:]
        var formLinks: [Link] = []
        var hostHeads: [String: Int32] = [:]
        var hostLinks: [Link] = []
        formHeads.reserveCapacity(12_000)
        formLinks.reserveCapacity(14_000)
        verbs.reserveCapacity(verbTable.rows.count + Self.extraVerbIrregular.count)

        func register(lemma: String, entry: Entry?, forms: [VerbForm]) {
            let verb = Int32(verbs.count)
            let hosts = Self.hostForms(lemma: lemma, forms: forms)
            verbs.append(
                Verb(
                    lemma: lemma, entry: entry, forms: forms,
                    truncated: ReportingVerbConjugator.truncatedInfinitive(lemma), hosts: hosts))
            verbIndex[lemma] = verb
            for (index, form) in forms.enumerated() {
                let link = Int32(formLinks.count)
                formLinks.append(Link(verb: verb, form: Int32(index), next: formHeads[form.form] ?? -1))
                formHeads[form.form] = link
            }
            for (index, host) in hosts.enumerated() {
                let link = Int32(hostLinks.count)
                hostLinks.append(Link(verb: verb, form: Int32(index), next: hostHeads[host.form] ?? -1))
                hostHeads[host.form] = link
            }
        }

        for row in verbTable.rows {
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
            if verbIndex[lemma] != nil {
                rejected.append("\(line) — duplicate lemma")
                continue
            }
            let forms = ReportingVerbConjugator.forms(lemma: lemma, irregular: entry.irregular)
            if forms.isEmpty {
                rejected.append("\(line) — not an infinitive")
                continue
            }
            lemmas.append(lemma)
            register(lemma: lemma, entry: entry, forms: forms)
        }
        let cueFormCount = formHeads.count

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
        for lemma in headLemmas.union(Self.extraVerbIrregular.keys).sorted() where verbIndex[lemma] == nil {
            let forms = ReportingVerbConjugator.forms(lemma: lemma, irregular: Self.extraVerbIrregular[lemma] ?? "")
            if forms.isEmpty {
                rejected.append("\(lemma) — head verb is not an infinitive")
            } else {
                register(lemma: lemma, entry: nil, forms: forms)
            }
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
        self.verbs = verbs
        self.verbIndex = verbIndex
        self.formHeads = formHeads
        self.formLinks = formLinks
        self.hostHeads = hostHeads
        self.hostLinks = hostLinks
        self.cueFormCount = cueFormCount
        self.multiwordCues = multiwordCues
        self.headLemmas = headLemmas
        self.verbalCuesByHead = byHead
        self.nouns = nouns
        self.rejectedRows = rejected
    }

    // MARK: - Verbs

    /// Every reading of a lower-case form as a reporting verb: plain forms ("disse", "dirà",
    /// "detta", "ribadisce") and, when there is none, enclitic forms of an infinitive, gerund or
    /// masculine singular participle ("dicendolo", "dirgli", "dichiarandosi", "dettosi"). Readings
    /// come in lexicon order, then paradigm order. Empty when the form is not one.
    func cueForms(_ lowercasedForm: String) -> [CueForm] {
        cueFormMemo.value(for: lowercasedForm) { computeCueForms($0) }
    }

    /// Whether ``cueForms(_:)`` has a reading for `lowercasedForm`, found without building the
    /// readings or filing them in the memo: ``ClaimWordClasses`` asks it once of every new form,
    /// most of which are no verb, and the memo's look-up and store cost more than the answer.
    func hasCueForms(_ lowercasedForm: String) -> Bool {
        var link = formHeads[lowercasedForm] ?? -1
        while link >= 0 {
            if verbs[Int(formLinks[Int(link)].verb)].entry != nil { return true }
            link = formLinks[Int(link)].next
        }
        for (host, _) in Self.encliticSplits(lowercasedForm) {
            var link = hostHeads[host] ?? -1
            while link >= 0 {
                if verbs[Int(hostLinks[Int(link)].verb)].entry != nil { return true }
                link = hostLinks[Int(link)].next
            }
        }
        return false
    }

    private func computeCueForms(_ lowercasedForm: String) -> [CueForm] {
        var result: [CueForm] = []
        var link = formHeads[lowercasedForm] ?? -1
        while link >= 0 {
            let current = formLinks[Int(link)]
            let verb = verbs[Int(current.verb)]
            if let entry = verb.entry {
                result.append(Self.cue(verb.lemma, entry, verb.forms[Int(current.form)], enclitic: nil))
            }
            link = current.next
        }
        if !result.isEmpty { return result.reversed() }
        for (host, clitics) in Self.encliticSplits(lowercasedForm) {
            var link = hostHeads[host] ?? -1
            while link >= 0 {
                let current = hostLinks[Int(link)]
                let verb = verbs[Int(current.verb)]
                if let entry = verb.entry {
                    let hostForm = verb.hosts[Int(current.form)]
                    let form = VerbForm(
                        form: lowercasedForm, lemma: verb.lemma, mood: hostForm.mood, tense: hostForm.tense,
                        person: hostForm.person, number: hostForm.number, gender: hostForm.gender)
                    result.append(Self.cue(verb.lemma, entry, form, enclitic: clitics))
                }
                link = current.next
            }
            if !result.isEmpty { return result.reversed() }
        }
        return result
    }

    private static func cue(_ lemma: String, _ entry: Entry, _ form: VerbForm, enclitic: String?) -> CueForm {
        CueForm(
            lemma: lemma, category: entry.category, stance: entry.stance, auxiliary: entry.auxiliary, verbForm: form,
            enclitic: enclitic)
    }

    /// Whether `cueForms` finds anything.
    func isCue(_ lowercasedForm: String) -> Bool {
        !cueForms(lowercasedForm).isEmpty
    }

    /// The category, stance and auxiliary of a lexicon lemma.
    func entry(lemma: String) -> (category: String, stance: String, auxiliary: String)? {
        guard let index = verbIndex[lemma], let entry = verbs[Int(index)].entry else { return nil }
        return (entry.category, entry.stance, entry.auxiliary)
    }

    /// Every plain form of a lemma of the lexicon, of a multiword head verb, or of the other verbs
    /// the lexicon knows (`extraVerbIrregular`), including the truncated infinitive ("far",
    /// "lasciar"). Empty for an unknown lemma. Built on each call: in a loop use `isForm`.
    func forms(ofLemma lemma: String) -> Set<String> {
        guard let index = verbIndex[lemma] else { return [] }
        var set = Set(verbs[Int(index)].forms.lazy.map(\.form))
        set.insert(verbs[Int(index)].truncated)
        return set
    }

    /// Every form of a known lemma with its features, in paradigm order (see
    /// `ReportingVerbConjugator.forms`).
    func verbForms(ofLemma lemma: String) -> [VerbForm] {
        guard let index = verbIndex[lemma] else { return [] }
        return verbs[Int(index)].forms
    }

    /// Whether a lower-case form is a form of `lemma` ("fatto" of fare, "mette" of mettere,
    /// "far" of fare), enclitic forms included ("facendolo", "fargli"). Works for every lemma of
    /// `knownLemmas`.
    func isForm(_ lowercasedForm: String, ofLemma lemma: String) -> Bool {
        guard let index = verbIndex[lemma] else { return false }
        if Self.chain(formHeads[lowercasedForm], formLinks, contains: index) { return true }
        if lowercasedForm == verbs[Int(index)].truncated { return true }
        for (host, _) in Self.encliticSplits(lowercasedForm)
        where Self.chain(hostHeads[host], hostLinks, contains: index) {
            return true
        }
        return false
    }

    private static func chain(_ head: Int32?, _ links: [Link], contains verb: Int32) -> Bool {
        var link = head ?? -1
        while link >= 0 {
            let current = links[Int(link)]
            if current.verb == verb { return true }
            link = current.next
        }
        return false
    }

    /// Every known lemma (lexicon, head and extra verbs) of which a lower-case form is a form,
    /// plain or enclitic, in registration order: one lookup instead of an `isForm` call per lemma.
    func lemmas(of lowercasedForm: String) -> [String] {
        lemmaMemo.value(for: lowercasedForm) { computeLemmas(of: $0) }
    }

    private func computeLemmas(of lowercasedForm: String) -> [String] {
        var found: [Int32] = []
        func collect(_ head: Int32?, _ links: [Link]) {
            var link = head ?? -1
            while link >= 0 {
                let current = links[Int(link)]
                if !found.contains(current.verb) { found.append(current.verb) }
                link = current.next
            }
        }
        collect(formHeads[lowercasedForm], formLinks)
        // Truncated infinitives are hosts too: "far" alone is a form of fare.
        collect(hostHeads[lowercasedForm], hostLinks)
        for (host, _) in Self.encliticSplits(lowercasedForm) {
            collect(hostHeads[host], hostLinks)
        }
        return found.sorted().map { verbs[Int($0)].lemma }
    }

    /// The lemmas the lexicon can conjugate (lexicon verbs, head verbs and extra verbs).
    var knownLemmas: Set<String> { Set(verbIndex.keys) }

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

    /// The clitic clusters as bytes (all ASCII), longest first.
    private static let cliticBytes: [(bytes: [UInt8], text: String)] = clitics.map { (Array($0.utf8), $0) }

    /// The ways to read `form` as host + clitics, longest clitic cluster first; the host has at
    /// least three bytes.
    static func encliticSplits(_ form: String) -> [(host: String, clitics: String)] {
        // Every cluster ends in lo la li le ne mi ti ci vi si: most words are rejected here.
        var bytes = form.utf8.reversed().makeIterator()
        guard let last = bytes.next(), let before = bytes.next() else { return [] }
        switch (before, last) {
        case (UInt8(ascii: "l"), UInt8(ascii: "o")), (UInt8(ascii: "l"), UInt8(ascii: "a")),
            (UInt8(ascii: "l"), UInt8(ascii: "i")), (UInt8(ascii: "l"), UInt8(ascii: "e")),
            (UInt8(ascii: "n"), UInt8(ascii: "e")), (UInt8(ascii: "m"), UInt8(ascii: "i")),
            (UInt8(ascii: "t"), UInt8(ascii: "i")), (UInt8(ascii: "c"), UInt8(ascii: "i")),
            (UInt8(ascii: "v"), UInt8(ascii: "i")), (UInt8(ascii: "s"), UInt8(ascii: "i")):
            break
        default:
            return []
        }
        let utf8 = Array(form.utf8)
        var result: [(String, String)] = []
        for (clitic, text) in cliticBytes where utf8.count >= clitic.count + 3 {
            let hostEnd = utf8.count - clitic.count
            if utf8[hostEnd...].elementsEqual(clitic) {
                result.append((String(decoding: utf8[..<hostEnd], as: UTF8.self), text))
            }
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

    /// Every singular and plural form of a claim noun.
    var claimNounForms: Dictionary<String, ClaimNoun>.Keys { nouns.keys }

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

    /// Every finite form of avere or essere (the forms `auxiliary(_:)` reads).
    static var auxiliaryForms: Dictionary<String, [AuxiliaryReading]>.Keys { auxiliaryTable.keys }

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
