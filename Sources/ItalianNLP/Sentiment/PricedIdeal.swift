/// Frame stance rule: an ideal with a price tag is debunked (−1) — "Dice di farlo per passione.
/// Una passione da 4.000 euro al giorno", "una vocazione da un milione a stagione". The frame
/// fixture's guideline: irony is labelled by its intended meaning, and a frame shown to be empty
/// is −1.
///
/// A mission term followed by "da" and a figure with a unit of money within three units after
/// the figure ("da 4.000 euro", "da tre milioni").
struct PricedIdeal: Sendable {
    static let name = "PricedIdeal"
    static let moneyUnits: FormSet = ["euro", "€", "dollari", "sterline", "franchi", "mila", "milioni", "milione", "miliardi", "k"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "mission", occurrence.evokedBy == nil else { return nil }
        let after = occurrence.units.upperBound
        guard context.form(after) == "da" else { return nil }
        let figure = ["un", "una"].contains(context.form(after + 1)) ? after + 2 : after + 1
        guard PlainMoneyMention.isNumber(context.form(figure)) || Self.moneyUnits.contains(context.form(figure)) else { return nil }
        guard (figure...(figure + 3)).contains(where: { Self.moneyUnits.contains(context.form($0)) }) else { return nil }
        return FrameStanceVerdict(stance: -1, rule: Self.name)
    }
}
