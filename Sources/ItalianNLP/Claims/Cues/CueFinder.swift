/// Finds reporting-verb groups with the reporting-verb lexicon (every form of ~250 verbs, from
/// Lexicons/claims/reporting-verbs.tsv) and a few rules about what may stand around them.
struct CueFinder {
    let document: ClaimDocument
    let lexicon = ReportingVerbLexicon.shared

    /// Words that may stand between an auxiliary and its participle: "ha poi aggiunto".
    static let interveningAdverbs: Set<String> = [
        "poi", "anche", "già", "inoltre", "più", "ieri", "oggi", "infatti", "pure", "però", "invece", "subito", "ancora",
        "sempre", "mai", "chiaramente", "apertamente", "stamattina", "stamani", "stasera", "più", "volte", "ripetutamente",
        "spesso", "recentemente", "pubblicamente", "esplicitamente", "nettamente", "duramente", "così", "tra", "l'altro",
        "altresì", "perfino", "persino", "addirittura", "dunque", "quindi", "comunque", "peraltro", "appena", "tuttavia",
        "stesso", "stessa", "personalmente", "immediatamente", "testualmente", "candidamente", "senza", "mezzi", "termini",
        // "Ha infine ricordato …", "ha solo spiegato …", "ha innanzitutto chiesto …" (claims21).
        "infine", "solo", "soltanto", "innanzitutto", "anzitutto", "intanto",
    ]

    static let clitics: Set<String> = ["mi", "ti", "ci", "vi", "si", "gli", "le", "lo", "la", "li", "ne", "ce", "se", "me", "te", "glielo", "l'"]

    /// Modal and support verbs before an infinitive cue: "ha voluto precisare", "tiene a precisare".
    static let supportVerbs: Set<String> = [
        "vuole", "vogliono", "voluto", "volle", "può", "possono", "potuto", "deve", "devono", "dovuto", "tiene", "tengono",
        "tenuto", "tenne", "ha", "hanno", "intende", "intendono", "sembra", "sembrano", "torna", "tornato", "tornata",
        "voleva", "volevano", "vorrebbe", "vorrebbero", "potrebbe", "dovrebbe", "ci", "a", "ad",
        // "si è limitato a dire", "si limita a ribadire".
        "limitato", "limitata", "limitati", "limitate", "limita", "limitano",
    ]

    /// Forms that are nouns after a determiner: "la nota", "una conferma", "la replica".
    static let determiners: Set<String> = [
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "questa", "questo", "quella", "quel",
        "sua", "suo", "sue", "suoi", "loro", "nostra", "nostro", "della", "del", "dello", "dell'", "alla", "al",
        "nella", "nel", "sulla", "sul", "dalla", "dal", "in", "per", "con", "ogni", "nessuna", "nessun", "prima",
        "ultima", "ultimo", "nuova", "nuovo", "breve", "lunga", "lungo", "stessa", "dall'", "nell'", "all'", "sull'",
        "dai", "dagli", "dalle", "dallo", "nei", "negli", "nelle", "ai", "agli", "alle", "sui", "sugli", "sulle", "dei",
        "degli", "delle", "un'", "quest'", "quell'", "sua", "tua", "mia",
    ]

    /// Verbs of leaking ("trapela che", "filtra da Palazzo Chigi che"): the report is second hand.
    static let leakLemmas: Set<String> = ["trapelare", "filtrare"]

    /// Prepositions without an article, which a finite verb never follows.
    static let barePrepositions: Set<String> = ["di", "a", "ad", "da", "su", "tra", "fra", "per", "con", "in"]

    /// Every form of every head verb of a verbal multiword cue (fare, mettere, lasciare…).
    static let headForms: Set<String> = {
        let lexicon = ReportingVerbLexicon.shared
        var forms = Set<String>()
        for cue in lexicon.multiwordCues where cue.kind == "verbal" { forms.formUnion(lexicon.forms(ofLemma: cue.head)) }
        return forms
    }()

    /// The verbal multiword cues of the lexicon, and where to find them by head lemma and by
    /// first word: a form is tried only against the cues it can start.
    static let verbalCues: [MultiwordCue] = ReportingVerbLexicon.shared.multiwordCues.filter { $0.kind == "verbal" && $0.words.count >= 2 }
    static let verbalCueIndicesByHead: [String: [Int]] = Dictionary(grouping: verbalCues.indices, by: { verbalCues[$0].head })
    static let verbalCueIndicesByFirstWord: [String: [Int]] = Dictionary(grouping: verbalCues.indices, by: { verbalCues[$0].words[0] })

    static let firstWords: Set<String> = Set(ReportingVerbLexicon.shared.multiwordCues.compactMap { $0.kind == "verbal" ? $0.words.first : nil })

    /// The words a cue may start at: `multiwordCue(at:in:)` asks `multiwordCueStart` first,
    /// `verbCue(at:in:)` `cueForm`, and the predicate cues the two bits `cues(in:)` tests. A cue
    /// that starts elsewhere must add its word class here.
    static let cueOpeners: ClaimWordClasses = [.multiwordCueStart, .cueForm, .essereParticiple, .auxiliary]

    func cues(in sentence: Int) -> [CueGroup] {
        let range = document.sentences[sentence]
        var result: [CueGroup] = []
        var index = range.lowerBound
        while index < range.upperBound {
            // Most tokens open no cue: one test of their bits skips the cue finders' calls.
            if !document.hasAny(Self.cueOpeners, index) {
                index += 1
                continue
            }
            if let cue = multiwordCue(at: index, in: range) ?? verbCue(at: index, in: range)
                ?? (document.has(.essereParticiple, index) ? predicateCue(at: index, in: range) : nil)
                ?? (document.has(.auxiliary, index) ? beliefPredicateCue(at: index, in: range) : nil)
            {
                result.append(cue)
                index = cue.tokens.upperBound + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// Whether a word takes the article "lo" (and "gli"): it starts with s and a consonant, z, gn,
    /// ps, pn, x or y ("lo sfogo", "lo zio", "lo psicologo").
    static func takesLoArticle(_ form: String) -> Bool {
        let bytes = Array(form.utf8.prefix(2))
        guard let first = bytes.first else { return false }
        let second = bytes.count > 1 ? bytes[1] : 0
        let vowels: Set<UInt8> = [0x61, 0x65, 0x69, 0x6F, 0x75]  // a e i o u
        switch first {
        case 0x73: return second != 0 && !vowels.contains(second) && second < 0x80  // s + consonant
        case 0x7A, 0x78, 0x79: return true  // z, x, y
        case 0x67: return second == 0x6E  // gn
        case 0x70: return second == 0x73 || second == 0x6E  // ps, pn
        default: return false
        }
    }

    private func verbCue(at index: Int, in range: Range<Int>) -> CueGroup? {
        guard document.isWord(index), document.has(.cueForm, index) else { return nil }
        let forms = lexicon.cueForms(document.form(index))
        guard let first = forms.first else { return nil }
        // A capitalised word inside the sentence is a name ("il vescovo, Marco Lodi:"), not a verb —
        // unless a quotation mark, a colon or a dash opens a new start before it.
        if index > range.lowerBound, document.isCapitalized(index), document.tokens[index - 1].kind != .punctuation
            || [",", ";"].contains(document.tokens[index - 1].text)
        {
            return nil
        }
        // A determiner before the form makes it a noun ("la nota", "la risposta") — but lo, la, le,
        // li before a finite verb that is no noun are object clitics ("lo scrive", "la annuncia").
        // (Not "per" before an infinitive: ``purposeInfinitiveCue(at:form:in:)``.)
        let purpose = document.form(index - 1) == "per" && first.verbForm.mood == .infinitive
        if index > range.lowerBound, document.has(.determiner, index - 1), !purpose {
            let clitic = ["lo", "la", "le", "li", "l'"].contains(document.form(index - 1))
            let finite = first.verbForm.mood == .indicative || first.verbForm.mood == .conditional || first.verbForm.mood == .subjunctive
            // "Lo conferma il presidente": "lo" is an article only before s + consonant, z, gn, ps,
            // x, y ("lo sfogo"), and "li" is none: before a claim noun's form it is the clitic.
            let onlyClitic = clitic && (document.form(index - 1) == "li"
                || (document.form(index - 1) == "lo" && !Self.takesLoArticle(document.form(index))))
            if !(clitic && finite && (onlyClitic || lexicon.claimNoun(document.form(index)) == nil)) { return nil }
        }
        // "in segno di protesta", "a conferma": no finite verb follows a bare preposition.
        if index > range.lowerBound, document.has(.barePreposition, index - 1),
            first.verbForm.mood == .indicative || first.verbForm.mood == .conditional || first.verbForm.mood == .subjunctive
        {
            return nil
        }
        switch first.verbForm.mood {
        case .participle:
            return participleCue(at: index, forms: forms, in: range)
        case .gerund:
            return makeCue(first: index, verb: index, form: first, person: nil, plural: nil, gender: nil, passive: false, gerund: true,
                           hedged: false, in: range)
        case .infinitive:
            // Only with a support verb: "ha voluto precisare", "tiene a sottolineare" — or after
            // "per" (``purposeInfinitiveCue(at:form:in:)``: "ha scritto al prefetto per chiedere …").
            guard index > range.lowerBound, document.has(.supportVerb, index - 1) else {
                return purposeInfinitiveCue(at: index, form: first, in: range)
            }
            var start = index - 1
            while start > range.lowerBound, document.has(.supportVerb, start - 1) || document.has(.auxiliary, start - 1) {
                start -= 1
            }
            let auxiliary = (start...index).lazy.compactMap { ReportingVerbLexicon.auxiliary(self.document.form($0)) }.first
            return makeCue(first: start, verb: index, form: first, person: auxiliary?.person ?? 3,
                           plural: auxiliary.map { $0.number == .plural }, gender: nil, passive: false, gerund: false,
                           hedged: auxiliary?.mood == .conditional || document.form(start).hasSuffix("ebbe") || document.form(start).hasSuffix("ebbero"),
                           in: range)
        default:
            // Finite: only third person counts in news prose (first and second belong in quotations).
            let third = forms.first { $0.verbForm.person == 3 } ?? (forms.first { $0.verbForm.person == nil })
            guard let form = third else { return nil }
            let plural = form.verbForm.number == .plural
            var cue = makeCue(first: index, verb: index, form: form, person: 3, plural: plural, gender: nil, passive: false,
                              gerund: false, hedged: form.verbForm.mood == .conditional, in: range)
            // ``isPresentReflexive(at:lemma:in:)``: "si dice pronto a …".
            cue.reflexive = isPresentReflexive(at: index, lemma: form.lemma, in: range)
            return cue
        }
    }

    /// "ha detto", "hanno poi spiegato", "si è detta", "è stato annunciato", "avrebbe confidato".
    private func participleCue(at index: Int, forms: [CueForm], in range: Range<Int>) -> CueGroup? {
        var position = index - 1
        var sawStato = false
        while position >= range.lowerBound, index - position <= 4 {
            let form = document.form(position)
            if form == "stato" || form == "stata" || form == "stati" || form == "state" {
                sawStato = true
                position -= 1
                continue
            }
            if document.has(.auxiliary, position), let auxiliary = ReportingVerbLexicon.auxiliary(form) {
                let participle = forms[0]
                let gender: Character? = participle.verbForm.gender == .feminine ? "f" : participle.verbForm.gender == .masculine ? "m" : nil
                let isEssere = auxiliary.lemma == "essere"
                let reflexive = isEssere && position > range.lowerBound && document.form(position - 1) == "si"
                let passive = isEssere && !reflexive && (sawStato || participle.auxiliary == "avere")
                var cue = makeCue(
                    first: position, verb: index, form: participle, person: auxiliary.person,
                    plural: auxiliary.number == .plural, gender: isEssere ? gender : nil, passive: passive, gerund: false,
                    hedged: auxiliary.mood == .conditional, in: range)
                cue.reflexive = reflexive
                return cue
            }
            if document.has(.interveningAdverb, position) || document.isMannerAdverb(position) {
                position -= 1
                continue
            }
            break
        }
        // ``coordinatedParticipleCue(at:forms:in:)``: "ha ringraziato i volontari e annunciato che …".
        return coordinatedParticipleCue(at: index, forms: forms, in: range)
    }

    /// The indices (in `verbalCues`, ascending, each once) of the verbal multiword cues a form may
    /// open: those headed by one of its lemmas and those whose first word it is. A pure function
    /// of the form, remembered across documents: the lemma look-up, two dictionary probes, the
    /// array they fill and its sort cost more than matching the few cues they give.
    static func candidateCues(of form: String) -> [Int] {
        candidateMemo.value(for: form) { form in
            var candidates: [Int] = []
            for lemma in ReportingVerbLexicon.shared.lemmas(of: form) { candidates += verbalCueIndicesByHead[lemma] ?? [] }
            candidates += verbalCueIndicesByFirstWord[form] ?? []
            candidates.sort()
            var unique: [Int] = []
            for candidate in candidates where unique.last != candidate { unique.append(candidate) }
            return unique
        }
    }

    private static let candidateMemo = FormMemo<[Int]>(shardCount: 8, slotsPerShard: 512)

    /// "far sapere", "fa notare", "ha messo in chiaro", "ha lasciato intendere".
    private func multiwordCue(at index: Int, in range: Range<Int>) -> CueGroup? {
        guard document.isWord(index) else { return nil }
        // Most words are no form of any head verb: one bit rules them out.
        guard document.has(.multiwordCueStart, index) else { return nil }
        let form = document.form(index)
        // Only the cues headed by the form's lemmas or opened by the form, in lexicon order (the
        // first that matches wins).
        let candidates = Self.candidateCues(of: form)
        guard !candidates.isEmpty else { return nil }
        for candidate in candidates {
            let cue = Self.verbalCues[candidate]
            var position = index + 1
            var matched = true
            for word in cue.words.dropFirst() {
                while position < range.upperBound, document.has(.interveningAdverb, position) { position += 1 }
                guard position < range.upperBound, document.form(position) == word else {
                    matched = false
                    break
                }
                position += 1
            }
            guard matched else { continue }
            // The auxiliary before a participle head: "ha fatto sapere".
            var start = index
            var person: Int? = 3
            var plural: Bool? = nil
            var hedged = false
            if index > range.lowerBound, document.has(.auxiliary, index - 1), let auxiliary = ReportingVerbLexicon.auxiliary(document.form(index - 1)) {
                start = index - 1
                person = auxiliary.person
                plural = auxiliary.number == .plural
                hedged = auxiliary.mood == .conditional
            } else if let headForm = lexicon.cueForms(form).first ?? nil {
                plural = headForm.verbForm.number == .plural
            } else if !cue.words.isEmpty, form.count >= 4, form.hasSuffix("nno") || form.hasSuffix("ono") || form.hasSuffix("ano") {
                // A head verb outside the lexicon ("fanno sapere", "lasciano intendere"): the third
                // person plural ends so.
                plural = true
            }
            if start > range.lowerBound, document.has(.auxiliary, start), let auxiliary = ReportingVerbLexicon.auxiliary(document.form(start)) {
                plural = auxiliary.number == .plural
            }
            let group = CueGroup(
                tokens: start...(position - 1), verb: position - 1, lemma: cue.phrase, stance: cue.stance,
                category: "say", person: person, plural: plural, gender: nil, negated: isNegated(before: start, in: range),
                hedged: hedged, passive: false, gerund: false)
            return group
        }
        return nil
    }

    private func makeCue(
        first: Int, verb: Int, form: CueForm, person: Int?, plural: Bool?, gender: Character?, passive: Bool, gerund: Bool,
        hedged: Bool, in range: Range<Int>
    ) -> CueGroup {
        // Both leak verbs are "reveal" verbs: one string test spares hashing every lemma.
        let leak = form.category == "reveal" && Self.leakLemmas.contains(form.lemma)
        var cue = CueGroup(
            tokens: first...verb, verb: verb, lemma: form.lemma, stance: form.stance, category: form.category, person: person,
            plural: plural, gender: gender, negated: isNegated(before: first, in: range), hedged: hedged || leak, passive: passive,
            gerund: gerund)
        cue.leak = leak
        return cue
    }

    /// "non ha detto", "non gli ha mai detto", "né ha smentito".
    private func isNegated(before index: Int, in range: Range<Int>) -> Bool {
        var position = index - 1
        while position >= range.lowerBound, index - position <= 3 {
            let form = document.form(position)
            if form == "non" || form == "né" { return true }
            if document.has(.clitic, position) || form == "mai" { position -= 1; continue }
            break
        }
        return false
    }
}
