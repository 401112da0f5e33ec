/// The inflected forms of an Italian lemma, by rule: the plural and feminine of nouns and
/// adjectives (bello → bella, belli, belle; ricco → ricchi; amico → amici; felice → felici;
/// problema → problemi; camicia → camicie, camice), the absolute superlative (bellissimo,
/// ricchissima, felicissimi) and the simple tenses and non-finite forms of regular -are, -ere and
/// -ire verbs (present, imperfect, passato remoto, future, conditional, subjunctives, past and
/// present participle, gerund, truncated infinitive), with the usual spelling rules: c/g take an
/// h before e/i (cercherò, paghi), -ciare/-giare drop their i before e/i (mangerò), -iare verbs
/// do not double it (studi), -ire verbs also get the -isc- forms (finisco).
///
/// It is the generator behind `LemmaBridge`, which maps each form back to its lemma so that an
/// inflected word finds a lexicon entry written as a dictionary form.
enum ItalianInflection {
    /// How a form relates to its lemma.
    enum Derivation: String, Sendable, Hashable {
        /// The lemma itself.
        case lemma
        /// Number and gender of a noun or adjective.
        case nominal
        /// The absolute superlative (-issimo).
        case superlative
        /// A verb form.
        case verbal
        /// A singular present form of a verb (amo, teme), often also a noun.
        case singularPresent
    }

    /// Infinitives that are nouns as well as verbs, whose verb forms are wanted even when the
    /// lexicon gives no part of speech (il piacere / mi piace).
    static let nounAndVerb: FormSet = ["piacere", "dispiacere"]

    /// Irregular forms of frequent verbs that no rule derives (mi piacciono, piacque, muore).
    static let irregularForms: [String: [String]] = [
        "piacere": ["piaccio", "piacciono", "piaccia", "piacciano", "piacciamo", "piacque", "piacquero", "piacqui"],
        "dispiacere": ["dispiaccio", "dispiacciono", "dispiaccia", "dispiacciano", "dispiacque", "dispiacquero"],
        "compiacere": ["compiaccio", "compiacciono", "compiacque"],
        "morire": ["muoio", "muori", "muore", "muoiono", "muoia", "muoiano", "morrà", "morranno", "morrebbe"],
        "tenere": ["tengo", "tieni", "tiene", "tengono", "tenga", "tengano", "tenne", "tennero", "terrà", "terrebbe"],
        "rimanere": ["rimango", "rimane", "rimangono", "rimase", "rimasero", "rimarrà"],
        "valere": ["valgo", "vale", "valgono", "valga", "valse", "varrà", "varrebbe"],
    ]

    /// Irregular past participles of verbs (masculine singular), for the verbs whose participle
    /// a regular conjugator gets wrong. The nominal forms are generated from it.
    static let irregularParticiples: [String: String] = [
        "perdere": "perso", "uccidere": "ucciso", "offendere": "offeso", "deludere": "deluso",
        "distruggere": "distrutto", "rompere": "rotto", "vincere": "vinto", "piangere": "pianto",
        "morire": "morto", "soffrire": "sofferto", "offrire": "offerto", "aprire": "aperto",
        "scegliere": "scelto", "rendere": "reso", "prendere": "preso", "scrivere": "scritto",
        "dire": "detto", "fare": "fatto", "vedere": "visto", "mettere": "messo",
        "correggere": "corretto", "difendere": "difeso", "sconfiggere": "sconfitto",
        "sorridere": "sorriso", "deridere": "deriso", "chiudere": "chiuso",
        "escludere": "escluso", "illudere": "illuso", "confondere": "confuso", "diffondere": "diffuso",
        "sorprendere": "sorpreso", "commuovere": "commosso",
        "muovere": "mosso", "scuotere": "scosso", "spegnere": "spento", "spingere": "spinto",
        "stringere": "stretto", "vivere": "vissuto", "nascere": "nato", "crescere": "cresciuto",
        "conoscere": "conosciuto", "rimanere": "rimasto", "esprimere": "espresso",
        "opprimere": "oppresso", "reprimere": "represso", "deprimere": "depresso", "comprimere": "compresso",
        "risolvere": "risolto", "assolvere": "assolto", "coinvolgere": "coinvolto", "sconvolgere": "sconvolto",
        "travolgere": "travolto", "rivolgere": "rivolto", "accendere": "acceso", "appendere": "appeso",
        "sospendere": "sospeso", "spendere": "speso", "tendere": "teso", "attendere": "atteso",
        "ledere": "leso", "invadere": "invaso", "evadere": "evaso", "persuadere": "persuaso",
        "corrompere": "corrotto", "interrompere": "interrotto", "irrompere": "irrotto",
        "costringere": "costretto", "proteggere": "protetto", "eleggere": "eletto",
        "friggere": "fritto", "trafiggere": "trafitto", "affliggere": "afflitto", "infliggere": "inflitto",
        "soccorrere": "soccorso",         "nascondere": "nascosto", "rispondere": "risposto", "chiedere": "chiesto", "richiedere": "richiesto",
        "ammettere": "ammesso", "promettere": "promesso", "commettere": "commesso", "permettere": "permesso",
        "smettere": "smesso", "dimettere": "dimesso", "concedere": "concesso",
        "discutere": "discusso", "cuocere": "cotto", "bere": "bevuto", "tradurre": "tradotto",
        "produrre": "prodotto", "ridurre": "ridotto", "condurre": "condotto", "sedurre": "sedotto",
        "indurre": "indotto", "dedurre": "dedotto", "introdurre": "introdotto",
        "soddisfare": "soddisfatto", "disfare": "disfatto", "rifare": "rifatto", "contraddire": "contraddetto",
        "maledire": "maledetto", "benedire": "benedetto", "apparire": "apparso", "scomparire": "scomparso",
        "coprire": "coperto", "scoprire": "scoperto", "ricoprire": "ricoperto", "riaprire": "riaperto",
        "venire": "venuto", "svenire": "svenuto", "convincere": "convinto", "avvincere": "avvinto",
        "dipingere": "dipinto", "fingere": "finto", "respingere": "respinto", "estinguere": "estinto",
        "distinguere": "distinto", "giungere": "giunto", "aggiungere": "aggiunto", "raggiungere": "raggiunto",
        "ungere": "unto", "mungere": "munto", "volgere": "volto", "torcere": "torto",
        "storcere": "storto", "accorgere": "accorto", "sorgere": "sorto",         "scorgere": "scorto", "redimere": "redento", "assumere": "assunto", "presumere": "presunto",
        "esplodere": "esploso", "rodere": "roso", "corrodere": "corroso", "decidere": "deciso",
        "dividere": "diviso", "condividere": "condiviso", "intridere": "intriso", "elidere": "eliso",
        "incidere": "inciso", "recidere": "reciso", "ardere": "arso", "mordere": "morso",
        "tergere": "terso", "immergere": "immerso", "emergere": "emerso", "sommergere": "sommerso",
        "spargere": "sparso", "cospargere": "cosparso", "valere": "valso", "parere": "parso",
        "prevalere": "prevalso", "rivedere": "rivisto", "prevedere": "previsto",
        "nuocere": "nociuto", "tacere": "taciuto", "piacere": "piaciuto",
        "dispiacere": "dispiaciuto", "compiacere": "compiaciuto", "giacere": "giaciuto",
    ]

    /// Every form of `lemma` with its derivation, the lemma first. Verbs are recognised by their
    /// infinitive (-are, -ere, -ire, and the pronominal -arsi, -ersi, -irsi); anything else that
    /// ends in an unstressed vowel is inflected as a noun or adjective; other words (città, bar)
    /// are invariable.
    ///
    /// `pos` narrows the forms when the lexicon knows the part of speech: `n` nouns get their
    /// plural only (lotto does not give lotta, rischio not rischia), `a` adjectives their gender,
    /// number and superlative, `v` verbs their conjugation, `r` adverbs nothing.
    static func forms(of lemma: String, pos: String = "") -> [(form: String, derivation: Derivation)] {
        // Labelled as the result type: an array of unlabelled tuples is converted element by
        // element on return (a tenth of the lexicons' start-up, for every lemma).
        var result: [(form: String, derivation: Derivation)] = [(lemma, .lemma)]
        // Room for the forms of a noun or an adjective (a verb's grow it further).
        result.reserveCapacity(16)
        guard isAlphabeticWord(lemma) else { return result }
        switch pos {
        case "r":
            return result
        case "n":
            for form in nounPlurals(lemma) where form != lemma { result.append((form, .nominal)) }
            return result
        case "a":
            for form in nominalForms(lemma) where form != lemma { result.append((form, .nominal)) }
            for form in superlativeForms(lemma) { result.append((form, .superlative)) }
            return result
        default:
            break
        }
        if pos.isEmpty, lemma.hasSuffix("are") || lemma.hasSuffix("ere") || lemma.hasSuffix("ire"), !nounAndVerb.contains(lemma) {
            // The lexicon marks its verbs; an unmarked -are/-ere/-ire word is a noun or an
            // adjective (secolare, collare, lineare, benessere, martire).
            for form in nounPlurals(lemma) where form != lemma { result.append((form, .nominal)) }
            return result
        }
        if let infinitive = verbInfinitive(lemma) {
            for form in verbForms(infinitive) where form != lemma { result.append((form, .verbal)) }
            for form in singularPresentForms(infinitive) where form != lemma { result.append((form, .singularPresent)) }
            for form in irregularForms[infinitive] ?? [] { result.append((form, .verbal)) }
            for form in strongPastForms(infinitive) { result.append((form, .verbal)) }
            if infinitive != lemma { result.append((infinitive, .verbal)) }
            return result
        }
        for form in nominalForms(lemma) where form != lemma { result.append((form, .nominal)) }
        for form in superlativeForms(lemma) { result.append((form, .superlative)) }
        return result
    }

    /// Whether `lemma` has three scalars or more, all alphabetic (`Unicode.Scalar.Properties.isAlphabetic`),
    /// without an array of its scalars and with ASCII letters told by range (exactly the ASCII
    /// scalars with the Alphabetic property): run once per lemma of every lexicon at start-up.
    static func isAlphabeticWord(_ lemma: String) -> Bool {
        var count = 0
        for scalar in lemma.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value | 0x20
                guard value >= 0x61 && value <= 0x7A else { return false }
            } else if !scalar.properties.isAlphabetic {
                return false
            }
            count += 1
        }
        return count >= 3
    }

    /// The plain infinitive of a verb lemma (arrabbiarsi → arrabbiare), or nil for a non-verb.
    static func verbInfinitive(_ lemma: String) -> String? {
        guard lemma.utf8.count >= 5 else { return nil }
        for ending in ["arsi", "ersi", "irsi"] where lemma.hasSuffix(ending) {
            return String(lemma.dropLast(2)) + "e"
        }
        for ending in ["are", "ere", "ire", "urre"] where lemma.hasSuffix(ending) {
            return lemma
        }
        return nil
    }

    /// Plural and feminine forms of a noun or adjective.
    static func nominalForms(_ lemma: String) -> [String] {
        guard let last = lemma.last else { return [] }
        let stem = String(lemma.dropLast())
        var forms: [String] = []
        switch last {
        case "o":
            // -co/-go: both plurals exist (ricchi, amici; larghi, psicologi); the feminine keeps the h.
            if stem.hasSuffix("c") || stem.hasSuffix("g") {
                forms += [stem + "hi", stem + "i", stem + "a", stem + "he"]
            } else if stem.hasSuffix("i") {
                // -io: vecchio → vecchi (one i), vecchia, vecchie; zio → zii.
                forms += [stem, stem + "i", stem + "a", stem + "e"]
            } else {
                forms += [stem + "i", stem + "a", stem + "e"]
            }
        case "e":
            forms.append(stem + "i")
        case "a":
            if stem.hasSuffix("c") || stem.hasSuffix("g") {
                // -ca/-ga: amiche, larghe; the -a nouns in -ca/-ga are masculine too (monarca → monarchi).
                forms += [stem + "he", stem + "hi"]
            } else if stem.hasSuffix("ci") || stem.hasSuffix("gi") {
                // -cia/-gia: camicie/camice, valigie/valige.
                forms += [stem + "e", String(stem.dropLast()) + "e"]
            } else {
                forms += [stem + "e", stem + "i"]
            }
        default:
            break
        }
        return forms
    }

    /// The plural of a noun, without gender forms: problema → problemi, crisi → crisi, amico →
    /// amici/amichi, camicia → camicie/camice.
    static func nounPlurals(_ lemma: String) -> [String] {
        guard let last = lemma.last else { return [] }
        let stem = String(lemma.dropLast())
        switch last {
        case "o":
            if stem.hasSuffix("c") || stem.hasSuffix("g") { return [stem + "hi", stem + "i"] }
            if stem.hasSuffix("i") { return [stem, stem + "i"] }
            return [stem + "i"]
        case "e":
            return [stem + "i"]
        case "a":
            if stem.hasSuffix("c") || stem.hasSuffix("g") { return [stem + "he", stem + "hi"] }
            if stem.hasSuffix("ci") || stem.hasSuffix("gi") { return [stem + "e", String(stem.dropLast()) + "e"] }
            return [stem + "e", stem + "i"]
        default:
            return []
        }
    }

    /// bello → bellissimo, bellissima, bellissimi, bellissime; ricco → ricchissimo;
    /// felice → felicissimo; vecchio → vecchissimo.
    static func superlativeForms(_ lemma: String) -> [String] {
        guard let last = lemma.last, last == "o" || last == "e", lemma.utf8.count >= 4 else { return [] }
        var stem = String(lemma.dropLast())
        if last == "o" && stem.hasSuffix("i") { stem.removeLast() }
        if last == "o" && (stem.hasSuffix("c") || stem.hasSuffix("g")) { stem += "h" }
        return ["issimo", "issima", "issimi", "issime"].map { stem + $0 }
    }

    /// The simple forms of a regular verb given its infinitive.
    static func verbForms(_ infinitive: String) -> [String] {
        if infinitive.hasSuffix("urre") {
            // ridurre, produrre, condurre conjugate on the Latin stem: riduce, riducono, riduceva,
            // ridurrà (future and conditional keep -urr-), ridotto.
            let stem = String(infinitive.dropLast(4))
            let latin = stem + "ucere"
            var forms = verbForms(latin).filter { !$0.hasPrefix(stem + "ucer") && $0 != latin }
            forms += ["ò", "ai", "à", "emo", "ete", "anno", "ei", "ebbe", "ebbero"].map { stem + "urr" + $0 }
            forms += singularPresentForms(latin)
            if let participle = irregularParticiples[infinitive] {
                let participleStem = String(participle.dropLast())
                forms += [participle, participleStem + "a", participleStem + "i", participleStem + "e"]
                forms += [stem + "ussi", stem + "usse", stem + "ussero"]
            }
            return forms.filter { !["ucuto", "ucuta", "ucuti", "ucute"].contains(where: $0.hasSuffix) }
        }
        let root = String(infinitive.dropLast(3))
        let conjugation = infinitive.suffix(3)
        var forms: [String] = []
        switch conjugation {
        case "are":
            // Before i: cerc → cerch, mangi/studi → mang/stud. Before e (future): cerc → cerch,
            // mangi → mang, studi stays (studierò).
            let beforeI: String
            let beforeE: String
            if root.hasSuffix("c") || root.hasSuffix("g") {
                beforeI = root + "h"
                beforeE = root + "h"
            } else if root.hasSuffix("ci") || root.hasSuffix("gi") {
                beforeI = String(root.dropLast())
                beforeE = String(root.dropLast())
            } else if root.hasSuffix("i") {
                beforeI = String(root.dropLast())
                beforeE = root
            } else {
                beforeI = root
                beforeE = root
            }
            forms += [beforeI + "iamo", root + "ate", root + "ano"]
            forms += [beforeI + "iate", beforeI + "ino"]
            forms += ["avo", "avi", "ava", "avamo", "avate", "avano"].map { root + $0 }
            forms += ["ai", "asti", "ò", "ammo", "aste", "arono"].map { root + $0 }
            forms += ["erò", "erai", "erà", "eremo", "erete", "eranno", "erei", "eresti", "erebbe", "eremmo", "ereste", "erebbero"].map { beforeE + $0 }
            forms += ["assi", "asse", "assimo", "assero"].map { root + $0 }
            forms += ["ato", "ata", "ati", "ate", "ando", "ante", "anti", "ar"].map { root + $0 }
            if !(root.hasSuffix("c") || root.hasSuffix("g") || root.hasSuffix("i")) {
                forms.append(root + "iamo")
            }
        case "ere":
            forms += ["iamo", "ete", "ono", "iate", "ano"].map { root + $0 }
            forms += ["evo", "evi", "eva", "evamo", "evate", "evano"].map { root + $0 }
            forms += ["ei", "esti", "é", "emmo", "este", "erono", "etti", "ette", "ettero"].map { root + $0 }
            forms += ["erò", "erai", "erà", "eremo", "erete", "eranno", "erei", "eresti", "erebbe", "eremmo", "ereste", "erebbero"].map { root + $0 }
            forms += ["essi", "esse", "essimo", "essero", "endo", "ente", "enti", "er"].map { root + $0 }
            forms += participleForms(of: infinitive, regular: root + "uto")
        case "ire":
            forms += ["iamo", "ite", "ono", "iate", "ano", "iscono", "iscano"].map { root + $0 }
            forms += ["ivo", "ivi", "iva", "ivamo", "ivate", "ivano"].map { root + $0 }
            forms += ["ii", "isti", "ì", "immo", "iste", "irono"].map { root + $0 }
            forms += ["irò", "irai", "irà", "iremo", "irete", "iranno", "irei", "iresti", "irebbe", "iremmo", "ireste", "irebbero"].map { root + $0 }
            forms += ["issi", "isse", "issimo", "issero", "endo", "ente", "enti", "ir"].map { root + $0 }
            forms += participleForms(of: infinitive, regular: root + "ito")
        default:
            break
        }
        if conjugation == "are" {
            forms += participleForms(of: infinitive, regular: root + "ato").filter { !forms.contains($0) }
        }
        return forms
    }

    /// The singular forms of the present indicative and subjunctive (amo, ami, ama; temo, teme,
    /// tema; finisco, finisce, finisca). They are the forms most often shared with nouns (numero,
    /// testa, cena, monti, mente, tema), so the bridge ranks them last.
    static func singularPresentForms(_ infinitive: String) -> [String] {
        let root = String(infinitive.dropLast(3))
        switch infinitive.suffix(3) {
        case "are":
            let beforeI: String
            if root.hasSuffix("c") || root.hasSuffix("g") {
                beforeI = root + "h"
            } else if root.hasSuffix("i") {
                beforeI = String(root.dropLast())
            } else {
                beforeI = root
            }
            return [root + "o", beforeI + "i", root + "a"]
        case "ere":
            return ["o", "i", "e", "a"].map { root + $0 }
        case "ire":
            return ["o", "i", "e", "a", "isco", "isci", "isce", "isca"].map { root + $0 }
        default:
            return []
        }
    }

    /// The strong passato remoto of -ere verbs, read off their irregular participle: -so → -se
    /// (ucciso: uccise, uccisi, uccisero), -sto → -se (chiesto: chiese), -tto → -sse (distrutto:
    /// distrusse), -nto → -nse (vinto: vinse, pianto: pianse).
    static func strongPastForms(_ infinitive: String) -> [String] {
        guard infinitive.hasSuffix("ere"), let participle = irregularParticiples[infinitive] else { return [] }
        let stem: String
        if participle.hasSuffix("sto") {
            stem = String(participle.dropLast(3)) + "s"
        } else if participle.hasSuffix("so") {
            stem = String(participle.dropLast(2)) + "s"
        } else if participle.hasSuffix("tto") && !participle.hasSuffix("otto") {
            stem = String(participle.dropLast(3)) + "ss"
        } else if participle.hasSuffix("nto") {
            stem = String(participle.dropLast(3)) + "ns"
        } else {
            return []
        }
        return [stem + "i", stem + "e", stem + "ero"]
    }

    /// The four forms of the past participle (irregular when listed).
    static func participleForms(of infinitive: String, regular: String) -> [String] {
        let participle = irregularParticiples[infinitive] ?? regular
        let stem = String(participle.dropLast())
        var forms = [participle, stem + "a", stem + "i", stem + "e"]
        if participle != regular {
            let regularStem = String(regular.dropLast())
            forms += [regular, regularStem + "a", regularStem + "i", regularStem + "e"]
        }
        return forms
    }
}
