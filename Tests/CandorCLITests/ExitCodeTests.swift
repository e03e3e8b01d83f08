import TalkStore
import Testing

@testable import CandorCLI

/// Every error becomes a status in one place.
struct ExitCodeTests {
    @Test func storeErrorsMapToSysexits() {
        #expect(ExitCode(StoreError.notFound("ab")) == .noInput)
        #expect(ExitCode(StoreError.damaged(file: "j", line: 2, detail: "x")) == .dataError)
        #expect(ExitCode(StoreError.cannotWrite(path: "p", reason: "r")) == .cannotCreate)
        #expect(ExitCode(StoreError.unsafe(path: "x", problem: .link)) == .ioError)
        #expect(ExitCode(StoreError.locked(id: "abcd", pid: 42)) == .tempFail)
        #expect(ExitCode(StoreError.relativeHome("x")) == .usage)
    }

    @Test func anUnexpectedErrorIsSoftwareNotIO() {
        struct Surprise: Error {}
        let failure = Candor.failure(for: Surprise())
        #expect(failure.code == .software && failure.code.rawValue == 70)
        #expect(failure.message.hasPrefix("Something went wrong"))
        #expect(
            Candor.failure(for: CommandFailure(message: "m", code: .usage))
                == CommandFailure(message: "m", code: .usage))
    }

    @Test func onlySuccessIsZero() {
        #expect(ExitCode.allCases.filter { $0.rawValue == 0 } == [.ok])
        #expect(Set(ExitCode.allCases.map(\.rawValue)).count == ExitCode.allCases.count)
    }

    @Test func mainReturnsTheStatus() {
        #expect(Candor.main(["lsit"]) == 64)
        #expect(Candor.main(["export", "ab", "--format", "pdf"]) == 64)
    }
}
