/// Multiword tokens as Universal Dependencies splits them for Italian: articulated prepositions
/// (del → di il, dell’ → di l’, negli → in gli, col → con il) and clitic pronouns attached to
/// verbs (portarlo → portar lo, dicendogli → dicendo gli, dandoglielo → dando glie lo).
enum MultiwordExpansion {
    /// The syntactic words of a token, or nil when it is a single word.
    static func expand(_ token: String) -> [String]? {
        let lower = token.lowercased()
        if let parts = articulatedPreposition(lower, original: token) { return parts }
        return cliticCluster(token, lower: lower)
    }

    // MARK: Articulated prepositions

    static let prepositions: [(prefix: String, preposition: String)] = [
        ("de", "di"), ("a", "a"), ("da", "da"), ("ne", "in"), ("su", "su"), ("co", "con"), ("pe", "per"),
    ]

    /// The article part after the preposition's stem: "del" = de + l → il.
    static let articles: [String: String] = [
        "l": "il", "llo": "lo", "lla": "la", "i": "i", "gli": "gli", "lle": "le", "ll'": "l'", "ll’": "l’",
    ]

    /// Forms that look articulated but are not in UD Italian ("dai" as a verb is rare in news; "col"
    /// stays articulated). Only these stems combine with every article.
    static func articulatedPreposition(_ lower: String, original: String) -> [String]? {
        for (stem, preposition) in prepositions where lower.hasPrefix(stem) {
            let rest = String(lower.dropFirst(stem.count))
            guard let article = articles[rest] else { continue }
            // "co" and "pe" combine only with il and i in modern Italian (col, coi, pel, pei).
            if stem == "co" || stem == "pe" {
                guard rest == "l" || rest == "i" else { continue }
            }
            // "al" = a + il needs the stem "a" + "l"; "all’" = a + l’.
            return [matchCase(preposition, of: original), matchCase(article, of: original, isFirst: false)]
        }
        return nil
    }

    /// Keeps the capitalisation of the token: "Nel" → "In", "NEL" → "IN" "IL".
    static func matchCase(_ word: String, of original: String, isFirst: Bool = true) -> String {
        let letters = original.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard let first = letters.first else { return word }
        let allUpper = letters.count > 1 && letters.allSatisfy { $0.properties.isUppercase }
        if allUpper { return word.uppercased() }
        if isFirst && first.properties.isUppercase { return word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }

    // MARK: Clitics

    /// Single clitic pronouns, longest first.
    static let clitics = ["gli", "mi", "ti", "si", "ci", "vi", "lo", "la", "li", "le", "ne"]
    /// The first pronoun of a two-clitic cluster (dirtelo, darglielo, vedersela).
    static let clusterFirst = ["glie", "me", "te", "se", "ce", "ve"]

    static func cliticCluster(_ token: String, lower: String) -> [String]? {
        guard lower.count >= 5, lower.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        // Proper names (capitalised, not at the start of a sentence) are rarely verbs with clitics,
        // but the tokenizer cannot tell; only fully lower-case or capitalised-infinitive forms pass.
        for clitic in clitics where lower.hasSuffix(clitic) {
            var host = String(lower.dropLast(clitic.count))
            var pronouns = [clitic]
            for first in clusterFirst where host.hasSuffix(first) {
                let shorter = String(host.dropLast(first.count))
                if isVerbHost(shorter) {
                    host = shorter
                    pronouns.insert(first, at: 0)
                    break
                }
            }
            guard isVerbHost(host) else { continue }
            // Capitalised words are mostly names ("Marmi"): only long hosts count there.
            if token.first?.isUppercase == true && host.count < 5 { continue }
            // "-orti" is a plural noun far more often than porre + ti (trasporti, rapporti).
            if host.hasSuffix("or") && clitic == "ti" { continue }
            if isParticipleHost(host) && !Self.participleClitics.contains(clitic) { continue }
            // Split the original spelling at the same places.
            let scalars = Array(token.unicodeScalars)
            var parts: [String] = []
            var index = 0
            for length in [host.unicodeScalars.count] + pronouns.map({ $0.unicodeScalars.count }) {
                parts.append(String(String.UnicodeScalarView(scalars[index..<min(index + length, scalars.count)])))
                index += length
            }
            return parts
        }
        // "glielo", "gliene" on their own: glie + lo.
        if lower.hasPrefix("glie"), ["lo", "la", "li", "le", "ne"].contains(String(lower.dropFirst(4))) {
            let scalars = Array(token.unicodeScalars)
            return [String(String.UnicodeScalarView(scalars[0..<4])), String(String.UnicodeScalarView(scalars[4...]))]
        }
        return nil
    }

    /// Verb forms that take enclitic pronouns: truncated infinitives (portar-, veder-, dir-,
    /// condur-) whose infinitive is a known verb, gerunds (dicendo-, parlando-), plural imperatives
    /// (ditelo, fatemi, sosteniamolo). Checking the infinitive against the verb list is what keeps
    /// "esperti", "moderne" and "scarsi" whole.
    static func isVerbHost(_ host: String) -> Bool {
        let length = host.count
        if length >= 3, host.hasSuffix("ar") || host.hasSuffix("er") || host.hasSuffix("ir") || host.hasSuffix("or")
            || host.hasSuffix("ur")
        {
            return infinitives.contains(host + "e") || infinitives.contains(host + "re")
        }
        if length >= 5, host.hasSuffix("ando") || host.hasSuffix("endo") { return true }
        if host == "ecco" { return true }  // eccolo, eccoci, eccomi
        if isParticipleHost(host) { return true }
        if length >= 6, host.hasSuffix("iamo") { return true }
        if length >= 5, host.hasSuffix("ate") || host.hasSuffix("ete") || host.hasSuffix("ite") {
            // Imperatives: the verb must exist (dite → dire is covered by the short list).
            let stem = String(host.dropLast(3))
            return ["are", "ere", "ire"].contains { infinitives.contains(stem + $0) }
        }
        return false
    }

    /// Masculine past participles take a few clitics in absolute constructions: "offertogli",
    /// "fattosi". Feminine and plural ones are left alone ("metropolitane", "puritane").
    static func isParticipleHost(_ host: String) -> Bool {
        host.count >= 5 && (host.hasSuffix("ato") || host.hasSuffix("ito") || host.hasSuffix("uto") || host.hasSuffix("erto")
            || host.hasSuffix("atto"))
    }

    /// Not "mi": "-atomi" is a plural noun (atomi, ematomi).
    static let participleClitics: Set<String> = ["si", "gli", "ci", "vi", "ti"]

    /// Italian infinitives (Lexicons/text/infinitives.tsv).
    static let infinitives: Set<String> = {
        var set = Set(TSVTable.embedded("text/infinitives.tsv").rows.map { String($0.column(0)) })
        set.formUnion(["fare", "dare", "dire", "stare", "porre", "trarre", "avere", "essere"])
        return set
    }()
}
