/// Frame stance rule, the default: a frame that no other rule positions is asserted (+1) — a
/// frame named as a motive or a value ("per uno stipendio più alto", "lo scopo della
/// fondazione") — unless the sentence only reports or asks (`NeutralMention`).
struct AssertedFrame: Sendable {
    static let name = "AssertedFrame"

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict {
        FrameStanceVerdict(stance: 1, rule: Self.name)
    }
}
