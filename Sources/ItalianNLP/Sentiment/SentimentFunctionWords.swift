/// Italian closed-class words — articles, prepositions, pronouns, conjunctions, the auxiliaries
/// and modal verbs — which never carry sentiment of their own and must not reach the polarity
/// lexicon through an accidental inflection (come is not the plural of coma, ami not of amo).
enum SentimentFunctionWords {
    static let words: FormSet = [
        // articles and articulated prepositions
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'",
        "di", "a", "da", "in", "con", "su", "per", "tra", "fra", "del", "dello", "della", "dei", "degli",
        "delle", "dell'", "al", "allo", "alla", "ai", "agli", "alle", "all'", "dal", "dallo", "dalla",
        "dai", "dagli", "dalle", "dall'", "nel", "nello", "nella", "nei", "negli", "nelle", "nell'",
        "col", "coi", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull'", "d'", "de",
        // pronouns and determiners
        "io", "tu", "lui", "lei", "noi", "voi", "loro", "esso", "essa", "essi", "esse", "me", "te", "sé",
        "mi", "ti", "si", "ci", "vi", "ne", "c'", "m'", "t'", "s'", "v'", "glielo", "gliela", "gliene",
        "mio", "mia", "miei", "mie", "tuo", "tua", "tuoi", "tue", "suo", "sua", "suoi", "sue", "nostro",
        "nostra", "nostri", "nostre", "vostro", "vostra", "vostri", "vostre", "questo", "questa", "questi",
        "queste", "quello", "quella", "quelli", "quelle", "quel", "quei", "quegli", "quest'", "quell'",
        "ciò", "chi", "che", "cui", "quale", "quali", "qual", "quanto", "quanta", "quanti", "quante",
        "cosa", "cos'", "ogni", "ognuno", "ognuna", "qualche", "qualcuno", "qualcuna", "qualcosa",
        "alcuni", "alcune", "alcun", "alcuno", "alcuna", "altro", "altra", "altri", "altre", "stesso",
        "stessa", "stessi", "stesse", "tale", "tali", "tutto", "tutta", "tutti", "tutte", "certi", "certe",
        "ciascuno", "ciascuna", "entrambi", "entrambe", "vari", "varie",
        // conjunctions and adverbs of structure
        "e", "ed", "o", "od", "oppure", "se", "come", "quando", "dove", "mentre", "perché", "poiché",
        "quindi", "dunque", "allora", "anche", "pure", "ancora", "già", "poi", "prima", "dopo", "qui", "qua",
        "lì", "là", "ecco", "sì", "cioè", "ossia", "ovvero", "oltre", "verso", "dentro", "fuori", "sopra",
        "sotto", "presso", "circa", "fino", "solo", "soltanto", "sempre", "spesso", "oggi", "ieri",
        "domani", "ora", "adesso", "così", "tanto", "tanta", "tanti", "tante", "troppo", "poco", "più",
        "meno", "molto", "molta", "molti", "molte", "ma", "però", "infatti", "inoltre", "intanto",
        // auxiliaries and modals
        "essere", "sono", "sei", "è", "siamo", "siete", "era", "eri", "ero", "erano", "eravamo", "fu",
        "furono", "sarà", "saranno", "sarò", "sarei", "sarebbe", "sarebbero", "sia", "siano", "fosse",
        "fossero", "stato", "stata", "stati", "state", "essendo", "avere", "ho", "hai", "ha", "abbiamo",
        "avete", "hanno", "aveva", "avevano", "avevo", "avrà", "avranno", "avrebbe", "avrebbero", "abbia",
        "abbiano", "avesse", "avessero", "avuto", "avuta", "avendo", "potere", "posso", "puoi", "può",
        "possiamo", "potete", "possono", "poteva", "potrebbe", "potrà", "volere", "voglio", "vuoi",
        "vuole", "vogliamo", "volete", "vogliono", "voleva", "vorrei", "vorrebbe", "dovere", "devo",
        "devi", "deve", "dobbiamo", "dovete", "devono", "doveva", "dovrebbe", "dovrà", "fare", "fa",
        "fanno", "faccio", "fatto", "fatta", "stare", "sta", "stanno", "sto",
    ]

    static func contains(_ word: String) -> Bool {
        words.contains(word)
    }
}
