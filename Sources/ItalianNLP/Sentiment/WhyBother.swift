/// Frame stance rule: "chi te lo fa fare?" asks what could be worth the trouble, and the money it
/// names is what is not: "Ma chi te lo fa fare, con quello che ti pagano?", "chi glielo fa fare
/// per 1.200 euro al mese?" (money −1). The pay is given as the reason against, too little to
/// explain the choice; the motive is left to the answer (often a mission the next sentence names).
///
/// The shape: "chi", then within four units a form of *fare* ("fa", "fanno", "faceva") followed
/// by "fare" (or "fa'"), in the money term's sentence.
struct WhyBother: Sendable {
    static let name = "WhyBother"
    static let doing: Set<String> = ["fa", "fanno", "faceva", "facevano", "farebbe", "fece"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money", Self.asks(context.state) else { return nil }
        return FrameStanceVerdict(stance: -1, rule: Self.name)
    }

    /// Whether the sentence asks "chi te lo fa fare".
    static func asks(_ state: SentenceSentimentState) -> Bool {
        let units = state.units
        // "chi" is a function word: one bit test passes over every content word.
        for index in units.indices where units[index].kind == .word && units[index].isIn(.functionWord) && StringIdentity.equals(units[index].form, "chi") {
            var position = index + 1
            while position < min(units.count - 1, index + 5) {
                if doing.contains(units[position].form) && (StringIdentity.equals(units[position + 1].form, "fare") || StringIdentity.equals(units[position + 1].form, "fa'")) { return true }
                position += 1
            }
        }
        return false
    }
}
