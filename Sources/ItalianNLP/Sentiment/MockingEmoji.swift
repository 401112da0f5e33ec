/// Frame stance rule: an eye roll, a clown or an upside-down face mocks what the sentence reports — "Offrono 600 euro
/// al mese per un full time e lo chiamano «opportunità di crescita» 🙄". Irony is labelled by its
/// intended meaning, so a frame that no rule of rejection or correction has decided, and that
/// would otherwise be asserted or evaluated, is rejected (−1) in a sentence with a mocking emoji.
struct MockingEmoji: Sendable {
    static let name = "MockingEmoji"
    static let symbols: FormSet = ["🙄", "🤡", "🤦", "🤦‍♂️", "🤦‍♀️", "🤦🏻‍♂️", "😒", "🥱", "🙃"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let mocking = context.state.units.contains { $0.kind == .symbol && Self.symbols.contains(Self.bare($0.text)) }
        return mocking ? FrameStanceVerdict(stance: -1, rule: Self.name) : nil
    }

    /// The symbol without variation selector and skin tone.
    static func bare(_ text: String) -> String {
        if symbols.contains(text) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar.value != 0xFE0F && !(0x1F3FB...0x1F3FF).contains(scalar.value) {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
