/// Italian elision: the words that drop their final vowel before a vowel and keep an apostrophe
/// ("l’anno", "dell’IA", "c’è", "quest’anno", "trent’anni"). The tokenizer splits right after
/// the apostrophe of these words, as the Italian UD treebanks do.
enum ItalianElision {
    /// Lower-case elided forms, without the apostrophe.
    static let forms: Set<String> = [
        // articles and articulated prepositions
        "l", "gl", "un", "dell", "nell", "all", "dall", "sull", "coll", "pell", "degl", "negl", "agl",
        "dagl", "sugl",
        // pronouns and particles
        "c", "d", "s", "m", "t", "v", "n", "ch", "ci", "mi", "ti", "si", "vi",
        // determiners, adjectives, adverbs
        "quest", "quell", "tutt", "anch", "bell", "sant", "buon", "nessun", "ciascun", "qualcun",
        "alcun", "mezz", "senz", "com", "dov", "cos", "quand", "grand", "sott", "sopr", "tant",
        "quant", "altr", "nient", "dev", "cent", "mill", "fors", "ov", "pover", "neanch", "nemmen",
        "anzich", "perch", "finch", "benc", "sebben", "purch", "allorch", "oltr", "contr", "ent",
        // tens before "anni", "ore": trent’anni, quarant’ore
        "vent", "trent", "quarant", "cinquant", "sessant", "settant", "ottant", "novant",
    ]

    /// Whether the letters before an apostrophe form an elided word.
    static func isElided(_ prefix: String) -> Bool {
        forms.contains(prefix.lowercased())
    }

    /// Names written with an apostrophe (D’Alema, O’Brien, D’Annunzio) stay whole: a single capital
    /// D or O before a capital letter.
    static func isNamePrefix(_ prefix: UnsafeBufferPointer<UInt8>.SubSequence, nextByte: UInt8?) -> Bool {
        guard prefix.count == 1, let first = prefix.first, let next = nextByte else { return false }
        return (first == UInt8(ascii: "D") || first == UInt8(ascii: "O")) && next >= 0x41 && next <= 0x5A
    }
}
