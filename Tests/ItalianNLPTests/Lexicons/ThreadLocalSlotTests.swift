import Foundation
import XCTest

@testable import ItalianNLP

final class ThreadLocalSlotTests: XCTestCase {
    func testAValueIsMovedOutAndBack() {
        let slot = ThreadLocalSlot<[Int]>()
        XCTAssertNil(slot.take(), "a new slot is empty")
        slot.give([1, 2])
        XCTAssertEqual(slot.take(), [1, 2])
        XCTAssertNil(slot.take(), "taken: a nested call finds the slot empty")
        slot.give([3])
        XCTAssertEqual(slot.take(), [3])
    }

    func testEachThreadHasItsOwnValue() {
        final class Seen: @unchecked Sendable { var value: Int? = 0 }
        let slot = ThreadLocalSlot<Int>()
        slot.give(1)
        let seen = Seen()
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            seen.value = slot.take()
            slot.give(2)
            finished.signal()
        }
        finished.wait()
        XCTAssertNil(seen.value, "another thread does not see this thread's value")
        XCTAssertEqual(slot.take(), 1)
    }
}
