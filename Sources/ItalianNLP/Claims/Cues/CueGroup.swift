/// A reporting verb group in the text: "ha detto", "avrebbe spiegato", "sostiene", "si è detta",
/// "è stato annunciato", "ha fatto sapere", "dicendo".
struct CueGroup {
    /// From the first auxiliary (or the verb) to the last word of the cue.
    var tokens: ClosedRange<Int>
    /// The reporting verb (or the last word of a multiword cue).
    var verb: Int
    var lemma: String
    var stance: String
    var category: String
    /// 3 for third person, nil when unknown (participles and infinitives without auxiliary).
    var person: Int?
    var plural: Bool?
    /// The gender a participle agrees with ("si è detta" → f), when the auxiliary is essere.
    var gender: Character?
    var negated: Bool
    /// Conditional mood ("avrebbe detto"): second-hand report.
    var hedged: Bool
    /// Passive: "è stato annunciato", "è stata detta".
    var passive: Bool
    /// A gerund ("dicendo che"): its subject is the main clause's.
    var gerund: Bool
    /// Reflexive "si è detta", "si sono dichiarati": the complement is a predicate ("disponibile a …").
    var reflexive: Bool = false
    /// A verb of leaking ("trapela", "filtra"): second hand, and its source is where it leaks from.
    var leak: Bool = false
    /// An infinitive of purpose after "per" ("ha scritto al prefetto per chiedere …"): its subject
    /// is the main clause's.
    var purpose: Bool = false
}
