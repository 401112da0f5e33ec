/// One value per unit of a sentence (a valence, a negator, the rules applied…): the per-unit
/// columns of `SentenceSentimentState`, read and written by index as arrays are, and made fresh
/// for the next sentence at the cost of what the rules changed.
///
/// Profiling showed the state's dozen arrays as a fifth of the scorer's time: each sentence
/// allocated, filled and freed every one of them, element by element through the runtime. Yet
/// the rules write few values (the valence of the sentiment words, the scope of a negator), and
/// the rest keep the value each column starts with (`fill`). So a column keeps its storage from
/// sentence to sentence, and remembers the range of positions written since it was last reset
/// (`dirty`); every other position of the storage, past the end included, holds `fill`. Making
/// it fresh (`reset(count:)`) puts `fill` back in the written range only.
///
/// A column is a value, like the array it replaces: a copy (the state a frame rule keeps) shares
/// the storage until either side writes. Positions at or past `count` trap, as an array's would.
struct UnitValues<Element>: RandomAccessCollection, MutableCollection {
    /// At least `count` values; `fill` everywhere outside `dirty`.
    private var storage: [Element]
    /// The value of every position no rule has written.
    private let fill: Element
    /// The number of units.
    private(set) var count: Int
    /// The positions written since the last reset (empty: `lowestDirty > highestDirty`).
    private var lowestDirty = Int.max
    private var highestDirty = Int.min

    /// `count` values, all `fill`.
    init(filledWith fill: Element, count: Int) {
        storage = Array(filledWith: fill, count: count)
        self.fill = fill
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    func index(after index: Int) -> Int { index + 1 }

    @inline(__always)
    func index(before index: Int) -> Int { index - 1 }

    subscript(position: Int) -> Element {
        @inline(__always) get {
            precondition(position >= 0 && position < count, "UnitValues index out of range")
            return storage[position]
        }
        @inline(__always) set {
            precondition(position >= 0 && position < count, "UnitValues index out of range")
            markDirty(position)
            storage[position] = newValue
        }
        @inline(__always) _modify {
            precondition(position >= 0 && position < count, "UnitValues index out of range")
            markDirty(position)
            yield &storage[position]
        }
    }

    @inline(__always)
    private mutating func markDirty(_ position: Int) {
        if position < lowestDirty { lowestDirty = position }
        if position > highestDirty { highestDirty = position }
    }

    /// Makes the column `count` values, all `fill`: the written positions get `fill` back, and
    /// the storage grows when the sentence is longer than any before.
    mutating func reset(count newCount: Int) {
        if lowestDirty <= highestDirty {
            let fill = self.fill
            storage.withUnsafeMutableBufferPointer { buffer in
                for position in lowestDirty...highestDirty { buffer[position] = fill }
            }
            lowestDirty = Int.max
            highestDirty = Int.min
        }
        if storage.count < newCount {
            storage.append(contentsOf: repeatElement(fill, count: newCount - storage.count))
        }
        count = newCount
    }
}

extension UnitValues: Sendable where Element: Sendable {}
