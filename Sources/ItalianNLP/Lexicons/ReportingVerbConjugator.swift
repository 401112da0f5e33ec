/// Grammatical mood of a verb form (the non-finite forms count as moods, as in Italian grammars).
enum Mood: String, Sendable, Hashable, CaseIterable {
    case indicative, subjunctive, conditional, infinitive, gerund, participle
}

/// Tense of a verb form. The conditional is `.present`; the past participle is `.past`;
/// infinitive and gerund have none.
enum Tense: String, Sendable, Hashable, CaseIterable {
    /// presente (indicativo, congiuntivo, condizionale)
    case present
    /// imperfetto (indicativo, congiuntivo)
    case imperfect
    /// passato remoto; also the past participle
    case past
    /// futuro semplice
    case future
}

enum GrammaticalNumber: String, Sendable, Hashable, CaseIterable {
    case singular, plural
}

enum Gender: String, Sendable, Hashable, CaseIterable {
    case masculine, feminine
}

/// One inflected form of a verb with its features. Finite forms have a person (1…3) and number;
/// participles have a number and gender; infinitive and gerund have neither.
struct VerbForm: Sendable, Hashable {
    let form: String
    let lemma: String
    let mood: Mood
    let tense: Tense?
    let person: Int?
    let number: GrammaticalNumber?
    let gender: Gender?
}

/// Conjugates Italian verbs from their infinitive plus the `irregular` column of
/// `Lexicons/claims/reporting-verbs.tsv` (`class=isc;part=…;ger=…;pres=…;past=…;impf=…;fut=…;subj=…;impsubj=…`,
/// see Lexicons/README.md).
///
/// Generated: presente, imperfetto, passato remoto, futuro (indicative), condizionale presente,
/// congiuntivo presente and imperfetto (6 persons each), infinitive, gerund and the four past
/// participles. The regular paradigms of -are, -ere, -ire and -ire/-isc verbs apply the spelling
/// rules of Italian: `c`/`g` + `h` before `e`/`i` in -care/-gare (spieghi, spiegherà), the dropped
/// `i` of -ciare/-giare before `e` (annuncerà) and of -iare before `i` (annunci, inviamo). Regular
/// -ere verbs also get the -etti/-ette/-ettero passato remoto (credette, insistette; not after a
/// vowel + t or tt: ripeté, ribatté) and the 3sg written with a grave accent (credè) as extra forms. Verbs in -rre take their stem from the gerund; for the
/// -porre, -durre and -trarre families missing keys are filled from built-in templates.
enum ReportingVerbConjugator {
    /// The irregular keys of one verb, parsed.
    struct Irregular: Sendable, Hashable {
        var isc = false
        var participle: String?
        var gerund: String?
        var present: [String]?
        var past: [String]?
        var imperfectStem: String?
        var futureStem: String?
        var subjunctive: [String]?
        var imperfectSubjunctiveStem: String?

        init() {}

        /// Parses `key=value;key=value`. Unknown keys and 6-form lists of the wrong length are
        /// ignored (the lexicon tests check that none occur).
        init(_ text: String) {
            for pair in text.split(separator: ";") {
                guard let equals = pair.firstIndex(of: "=") else { continue }
                let key = pair[..<equals].trimmingSpaces
                let value = pair[pair.index(after: equals)...].trimmingSpaces
                guard !value.isEmpty else { continue }
                let list = value.split(separator: ",").map { String($0.trimmingSpaces) }
                switch key {
                case "class": isc = value == "isc"
                case "part": participle = value
                case "ger": gerund = value
                case "pres": present = list.count == 6 ? list : nil
                case "past": past = list.count == 6 ? list : nil
                case "impf": imperfectStem = value
                case "fut": futureStem = value
                case "subj": subjunctive = list.count == 6 ? list : nil
                case "impsubj": imperfectSubjunctiveStem = value
                default: continue
                }
            }
        }

        /// Fills every key that is nil here from `other`.
        func filling(from other: Irregular) -> Irregular {
            var result = self
            result.isc = isc || other.isc
            result.participle = participle ?? other.participle
            result.gerund = gerund ?? other.gerund
            result.present = present ?? other.present
            result.past = past ?? other.past
            result.imperfectStem = imperfectStem ?? other.imperfectStem
            result.futureStem = futureStem ?? other.futureStem
            result.subjunctive = subjunctive ?? other.subjunctive
            result.imperfectSubjunctiveStem = imperfectSubjunctiveStem ?? other.imperfectSubjunctiveStem
            return result
        }
    }

    enum Conjugation: Sendable {
        case first, second, third
    }

    /// Every form of `lemma` (an infinitive in -are, -ere, -ire or -rre), in a fixed order:
    /// indicative present, imperfect, past, future; conditional; subjunctive present, imperfect
    /// (each 1sg…3pl, extra variants right after the form they vary); infinitive; gerund;
    /// participle m.sg, f.sg, m.pl, f.pl. Returns an empty array for a string that is not an
    /// infinitive.
    static func forms(lemma: String, irregular: String) -> [VerbForm] {
        forms(lemma: lemma, irregular: Irregular(irregular))
    }

    static func forms(lemma: String, irregular given: Irregular) -> [VerbForm] {
        guard lemma.count >= 4 else { return [] }
        var irregular = given
        let conjugation: Conjugation
        let stem: String
        if lemma.hasSuffix("rre") {
            if let template = rreTemplate(lemma) {
                irregular = irregular.filling(from: template)
            }
            conjugation = .second
            if let gerund = irregular.gerund, gerund.hasSuffix("endo") {
                stem = String(gerund.dropLast(4))
            } else {
                stem = String(lemma.dropLast(3))
            }
        } else if lemma.hasSuffix("are") {
            conjugation = .first
            stem = String(lemma.dropLast(3))
        } else if lemma.hasSuffix("ere") {
            conjugation = .second
            stem = String(lemma.dropLast(3))
        } else if lemma.hasSuffix("ire") {
            conjugation = .third
            stem = String(lemma.dropLast(3))
        } else {
            return []
        }
        let stressedI = stressedIVerbs.contains(lemma)
        let isc = irregular.isc && conjugation == .third
        func join(_ ending: String) -> String {
            conjugation == .first ? joinFirst(stem, ending, stressedI: stressedI) : stem + ending
        }
        let vowel: String
        switch conjugation {
        case .first: vowel = "a"
        case .second: vowel = "e"
        case .third: vowel = "i"
        }

        var result: [VerbForm] = []
        result.reserveCapacity(56)
        func add6(_ forms: [String], _ mood: Mood, _ tense: Tense) {
            for (index, form) in forms.enumerated() where !form.isEmpty {
                result.append(
                    VerbForm(
                        form: form, lemma: lemma, mood: mood, tense: tense, person: index % 3 + 1,
                        number: index < 3 ? .singular : .plural, gender: nil))
            }
        }
        func addVariant(_ form: String, _ mood: Mood, _ tense: Tense, person: Int, _ number: GrammaticalNumber) {
            result.append(
                VerbForm(form: form, lemma: lemma, mood: mood, tense: tense, person: person, number: number, gender: nil))
        }

        // Indicative present.
        let present: [String]
        if let given = irregular.present {
            present = given
        } else if isc {
            present = ["isco", "isci", "isce", "iamo", "ite", "iscono"].map(join)
        } else {
            switch conjugation {
            case .first: present = ["o", "i", "a", "iamo", "ate", "ano"].map(join)
            case .second: present = ["o", "i", "e", "iamo", "ete", "ono"].map(join)
            case .third: present = ["o", "i", "e", "iamo", "ite", "ono"].map(join)
            }
        }
        add6(present, .indicative, .present)

        // Indicative imperfect.
        let imperfectStem = irregular.imperfectStem ?? join(vowel)
        add6(["vo", "vi", "va", "vamo", "vate", "vano"].map { imperfectStem + $0 }, .indicative, .imperfect)

        // Passato remoto.
        if let given = irregular.past {
            add6(given, .indicative, .past)
        } else {
            switch conjugation {
            case .first:
                add6(["ai", "asti", "ò", "ammo", "aste", "arono"].map(join), .indicative, .past)
            case .second:
                add6(["ei", "esti", "é", "emmo", "este", "erono"].map(join), .indicative, .past)
                addVariant(stem + "è", .indicative, .past, person: 3, .singular)
                // -etti forms (credetti, temette, insistette), but not after a vowel + t or tt,
                // where they are rare (ripeté, ribatté).
                if !(stem.hasSuffix("tt") || (stem.hasSuffix("t") && "aeiou".contains(stem.dropLast().last ?? "x"))) {
                    addVariant(stem + "etti", .indicative, .past, person: 1, .singular)
                    addVariant(stem + "ette", .indicative, .past, person: 3, .singular)
                    addVariant(stem + "ettero", .indicative, .past, person: 3, .plural)
                }
            case .third:
                add6(["ii", "isti", "ì", "immo", "iste", "irono"].map(join), .indicative, .past)
            }
        }

        // Future and conditional.
        let futureStem: String
        if let given = irregular.futureStem {
            futureStem = given
        } else {
            switch conjugation {
            case .first: futureStem = join("er")
            case .second: futureStem = stem + "er"
            case .third: futureStem = stem + "ir"
            }
        }
        add6(["ò", "ai", "à", "emo", "ete", "anno"].map { futureStem + $0 }, .indicative, .future)
        add6(["ei", "esti", "ebbe", "emmo", "este", "ebbero"].map { futureStem + $0 }, .conditional, .present)

        // Subjunctive present.
        let subjunctive: [String]
        if let given = irregular.subjunctive {
            subjunctive = given
        } else if isc {
            subjunctive = ["isca", "isca", "isca", "iamo", "iate", "iscano"].map(join)
        } else {
            switch conjugation {
            case .first: subjunctive = ["i", "i", "i", "iamo", "iate", "ino"].map(join)
            case .second, .third: subjunctive = ["a", "a", "a", "iamo", "iate", "ano"].map(join)
            }
        }
        add6(subjunctive, .subjunctive, .present)

        // Subjunctive imperfect.
        let imperfectSubjunctiveStem = irregular.imperfectSubjunctiveStem ?? join(vowel)
        add6(
            ["ssi", "ssi", "sse", "ssimo", "ste", "ssero"].map { imperfectSubjunctiveStem + $0 },
            .subjunctive, .imperfect)

        // Non-finite forms.
        result.append(
            VerbForm(form: lemma, lemma: lemma, mood: .infinitive, tense: nil, person: nil, number: nil, gender: nil))
        let gerund = irregular.gerund ?? join(conjugation == .first ? "ando" : "endo")
        result.append(
            VerbForm(form: gerund, lemma: lemma, mood: .gerund, tense: nil, person: nil, number: nil, gender: nil))
        let participle: String
        if let given = irregular.participle {
            participle = given
        } else {
            switch conjugation {
            case .first: participle = join("ato")
            case .second: participle = stem + "uto"
            case .third: participle = stem + "ito"
            }
        }
        if participle.hasSuffix("o") {
            let base = participle.dropLast()
            for (ending, number, gender) in [
                ("o", GrammaticalNumber.singular, Gender.masculine), ("a", .singular, .feminine),
                ("i", .plural, .masculine), ("e", .plural, .feminine),
            ] {
                result.append(
                    VerbForm(
                        form: base + ending, lemma: lemma, mood: .participle, tense: .past, person: nil,
                        number: number, gender: gender))
            }
        } else if !participle.isEmpty {
            result.append(
                VerbForm(
                    form: participle, lemma: lemma, mood: .participle, tense: .past, person: nil,
                    number: .singular, gender: .masculine))
        }
        return result
    }

    /// The infinitive without its final vowel, the host of enclitic pronouns and the form used
    /// before another verb: dire → dir (dirgli), spiegare → spiegar, proporre → propor (proporlo).
    static func truncatedInfinitive(_ lemma: String) -> String {
        lemma.hasSuffix("rre") ? String(lemma.dropLast(2)) : String(lemma.dropLast())
    }

    // MARK: - Spelling

    /// -iare verbs whose `i` is stressed in the present (invìo, invìi): the 2sg and the singular
    /// subjunctive keep `ii`. Every other -iare verb drops its `i` before an `i`.
    static let stressedIVerbs: Set<String> = [
        "inviare", "rinviare", "avviare", "riavviare", "deviare", "sviare", "sciare", "spiare",
        "espiare", "obliare", "ovviare",
    ]

    /// First-conjugation stem + ending with the spelling rules of -care/-gare, -ciare/-giare and
    /// -iare.
    static func joinFirst(_ stem: String, _ ending: String, stressedI: Bool) -> String {
        guard let first = ending.first, let last = stem.last else { return stem + ending }
        if (last == "c" || last == "g") && (first == "e" || first == "i") {
            return stem + "h" + ending
        }
        if last == "i" {
            if first == "i" {
                if stressedI && !ending.hasPrefix("ia") { return stem + ending }
                return String(stem.dropLast()) + ending
            }
            if first == "e" && (stem.hasSuffix("ci") || stem.hasSuffix("gi")) {
                return String(stem.dropLast()) + ending
            }
        }
        return stem + ending
    }

    // MARK: - -rre templates

    /// Keys for the -porre, -durre and -trarre families (proporre, condurre, sottrarre…), used for
    /// whatever the lexicon row leaves out.
    static func rreTemplate(_ lemma: String) -> Irregular? {
        for (suffix, template) in rreTemplates where lemma.hasSuffix(suffix) {
            let prefix = String(lemma.dropLast(suffix.count))
            var irregular = Irregular()
            irregular.participle = prefix + template.participle
            irregular.gerund = prefix + template.gerund
            irregular.present = template.present.map { prefix + $0 }
            irregular.past = template.past.map { prefix + $0 }
            irregular.imperfectStem = prefix + template.imperfect
            irregular.futureStem = prefix + template.future
            irregular.subjunctive = template.subjunctive.map { prefix + $0 }
            irregular.imperfectSubjunctiveStem = prefix + template.imperfect
            return irregular
        }
        return nil
    }

    private struct RreTemplate: Sendable {
        let participle: String
        let gerund: String
        let present: [String]
        let past: [String]
        let imperfect: String
        let future: String
        let subjunctive: [String]
    }

    private static let rreTemplates: [(String, RreTemplate)] = [
        (
            "porre",
            RreTemplate(
                participle: "posto", gerund: "ponendo",
                present: ["pongo", "poni", "pone", "poniamo", "ponete", "pongono"],
                past: ["posi", "ponesti", "pose", "ponemmo", "poneste", "posero"],
                imperfect: "pone", future: "porr",
                subjunctive: ["ponga", "ponga", "ponga", "poniamo", "poniate", "pongano"])
        ),
        (
            "durre",
            RreTemplate(
                participle: "dotto", gerund: "ducendo",
                present: ["duco", "duci", "duce", "duciamo", "ducete", "ducono"],
                past: ["dussi", "ducesti", "dusse", "ducemmo", "duceste", "dussero"],
                imperfect: "duce", future: "durr",
                subjunctive: ["duca", "duca", "duca", "duciamo", "duciate", "ducano"])
        ),
        (
            "trarre",
            RreTemplate(
                participle: "tratto", gerund: "traendo",
                present: ["traggo", "trai", "trae", "traiamo", "traete", "traggono"],
                past: ["trassi", "traesti", "trasse", "traemmo", "traeste", "trassero"],
                imperfect: "trae", future: "trarr",
                subjunctive: ["tragga", "tragga", "tragga", "traiamo", "traiate", "traggano"])
        ),
    ]
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
