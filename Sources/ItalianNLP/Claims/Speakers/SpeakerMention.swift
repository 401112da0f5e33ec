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
}
