/// Frame stance rule: a frame term that names the topic of the subject takes the sign of what is
/// predicated of the subject — "Quella dei premi ai dirigenti è una vergogna", "la questione degli
/// stipendi dei precari è scandalosa", "la storia della vocazione è una favola". Italian often
/// heads the subject with a pronoun or a noun of topic and puts the frame term after "di";
/// `PredicateEvaluation` reads only a term that heads the subject itself.
///
/// The shape: the term after "di" (del, dei, degli, della… or "sui", "sugli"), an article between
/// them allowed, and before the preposition a topic head (`topics`: quella, quello, questione,
/// storia, vicenda…) that opens its clause (an article before it allowed). Then the predicate is
/// read as `PredicateEvaluation` reads it, from the topic head.
struct TopicOfPredicate: Sendable {
    static let name = "TopicOfPredicate"
    static let topics: FormSet = [
        "quella", "quello", "quelle", "quelli", "questione", "storia", "vicenda", "faccenda", "discorso", "tema", "caso",
        "retorica", "favola", "storiella",
    ]
    static let ofPrepositions: FormSet = [
        "di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "sul", "sulla", "sullo", "sui", "sugli", "sulle", "sull'",
    ]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.evokedBy == nil else { return nil }
        let units = context.state.units
        var position = occurrence.head - 1
        if position >= 0 && FrameTermMatcher.articles.contains(units[position].form) { position -= 1 }
        guard position >= 1, Self.ofPrepositions.contains(units[position].form), Self.topics.contains(units[position - 1].form) else { return nil }
        let topic = position - 1
        var opening = topic
        if opening >= 1 && FrameTermMatcher.articles.contains(units[opening - 1].form) { opening -= 1 }
        guard opening == context.state.clauseStart(before: topic) else { return nil }
        let subject = FrameOccurrence(term: occurrence.term, units: topic..<occurrence.units.upperBound, evokedBy: nil)
        guard let verdict = PredicateEvaluation().verdict(for: subject, in: context) else { return nil }
        return FrameStanceVerdict(stance: verdict.stance, rule: Self.name)
    }
}
