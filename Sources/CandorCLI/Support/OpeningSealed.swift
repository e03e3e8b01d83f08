import TalkEngine
import TalkStore
import Terminal

extension Context {
    /// A record with these people's sealed lines opened, each typing their passphrase (three tries);
    /// nil when someone's was not given (the view then shows nothing). Typing it is also their consent.
    /// Asked on stderr, so a view printed to stdout stays the view alone. Ctrl-C: exit 130.
    func opening(_ record: Record, for people: [PersonID], store: TalkStore) throws -> Record? {
        var record = record
        let keys = Keyring()
        let asking = passphrases(toStandardError: true)
        for person in people {
            switch asking.unlock(person, of: record, into: keys) {
            case nil:
                continue  // nothing of theirs is sealed
            case .given?:
                record.open(try store.opened(record, for: person, keys: keys), for: person)
                keys.forget(person)
            case .refused?, .endOfInput?:
                output.error("Nothing was shown.")
                return nil
            case .interrupted?:
                throw CommandFailure(message: "Nothing was shown.", code: ExitCode.interrupted)
            }
        }
        return record.withheldAnswersSkipped
    }
}
