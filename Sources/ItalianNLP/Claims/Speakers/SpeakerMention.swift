/// A phrase that can name who speaks: a person's name, a role ("il ministro dell'Interno"), an
/// organisation or medium ("Times of India"), or a subject pronoun.
struct SpeakerMention: Hashable {
    enum Kind: Hashable {
        case name, role, group, pronoun, anonymous
    }

    /// Token indices of the whole mention (article included).
    var tokens: ClosedRange<Int>
    /// Token indices of the part that is printed as the speaker (no article).
    var core: ClosedRange<Int>
    var kind: Kind
    var gender: Character?  // "m", "f", or nil when unknown
    var plural: Bool
    /// The name as the document writes it here ("Zuckerberg", "ministro dell'Interno").
    var name: String
    /// Whether a person's given name was recognised in it.
    var hasGivenName: Bool
    /// A bare role or group noun ("il ministro", "l'azienda"), with no complement, adjective or
    /// name: the kind of mention that points back to someone already named.
    var isBare: Bool = false
    /// Introduced by an indefinite article or "altro" ("un'altra dottoressa", "un portavoce"): a
    /// new referent, never the person named just before.
    var isIndefinite: Bool = false
    /// An organisation named after its group noun ("il gruppo Termoplast"): never a place, even
    /// after a preposition ("annunciata dal gruppo Termoplast").
    var isOrganisation: Bool = false
}
