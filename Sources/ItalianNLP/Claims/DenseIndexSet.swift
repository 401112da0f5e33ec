/// A set of small non-negative integers (token, quotation or sentence indices of one document)
/// kept as one flag per index: the attribution rules ask it for every cue and quotation, and a
/// `Set<Int>` hashes each question.
///
/// It answers as a `Set<Int>` would for the indices it is given; a negative index (no rule
/// makes one) is never a member.
struct DenseIndexSet {
    private var members: [Bool]

    /// An empty set, with room for the indices below `capacity` (it grows past them).
    init(capacity: Int = 0) {
        members = [Bool](repeating: false, count: max(0, capacity))
    }

    func contains(_ index: Int) -> Bool {
        index >= 0 && index < members.count && members[index]
    }

    mutating func insert(_ index: Int) {
        guard index >= 0 else { return }
        if index >= members.count { members.append(contentsOf: repeatElement(false, count: index + 1 - members.count)) }
        members[index] = true
    }

    mutating func remove(_ index: Int) {
        guard index >= 0, index < members.count else { return }
        members[index] = false
    }
}
