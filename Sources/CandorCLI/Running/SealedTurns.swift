import Sealing
import TalkEngine
import TalkStore

/// A sealed talk's keys, got at the moment the talk needs them: a person's passphrase when their
/// locked answers are needed (`Session.personToUnlock`), and before they type anything that will be
/// sealed under their key (`Session.keyHolder`): a new passphrase at their first private turn, or the
/// one they chose, once per sitting. Keys stay in the journal's `Keyring`; the session never sees them.
struct SealedTurns {
    let passphrases: PassphraseAsking
    let journal: TalkJournal

    enum Outcome {
        /// The talk can go on; notes to show (what opening the answers brought up).
        case ready([Note])
        /// Three wrong passphrases: nothing was changed.
        case refused
        case endOfInput
        case interrupted
    }

    /// Whether the talk needs a key before `session.current` can be answered.
    static func needsKey(_ session: Session, keys: Keyring) -> Bool {
        if session.personToUnlock != nil { return true }
        return session.keyHolder.map { !keys.has($0) } ?? false
    }

    /// Gets every key the talk needs now, opening locked answers and writing what that brings (held
    /// back when `writeLater`, so three wrong tries on resume leave the journal exactly as it was).
    func prepare(_ session: inout Session, writeLater: Bool = false) throws -> (Outcome, [Event]) {
        var notes: [Note] = []
        var unwritten: [Event] = []
        let keys = journal.keys
        while SealedTurns.needsKey(session, keys: keys) {
            let person = session.personToUnlock ?? session.keyHolder!
            let who = session.record.person(person) ?? Participant(id: person, name: nil)
            if !keys.has(person) {
                if let answer = passphrases.unlock(person, of: session.record, into: keys) {
                    switch answer {
                    case .given: break
                    case .refused: return (.refused, unwritten)
                    case .endOfInput: return (.endOfInput, unwritten)
                    case .interrupted: return (.interrupted, unwritten)
                    }
                } else {
                    let passphrase: SecretBytes
                    switch passphrases.choose(for: who, together: session.record.mode == .together) {
                    case .given(let p): passphrase = p
                    case .refused, .endOfInput: return (.endOfInput, unwritten)
                    case .interrupted: return (.interrupted, unwritten)
                    }
                    let stored = try keys.make(for: person, passphrase: passphrase, talk: session.record.id)
                    unwritten += session.keyed(person, key: stored, now: Clock.now()).events
                }
            }
            if session.personToUnlock == person {
                let opened = try journal.talkStore.opened(session.record, for: person, keys: keys)
                let reply = session.open(opened, for: person, now: Clock.now())
                unwritten += reply.events
                notes += reply.notes
            }
            if !writeLater {
                try journal.record(unwritten, session: session)
                unwritten = []
            }
        }
        if !writeLater { try journal.flush(session) }
        return (.ready(notes), unwritten)
    }
}

/// What asking for a passphrase gave: a new passphrase (typed twice the same), or for unlocking,
/// one that opened (`Void`).
enum PassphraseAnswer<Value> {
    case given(Value)
    /// Three tries and none opened.
    case refused
    case endOfInput
    case interrupted
}

/// Asking a person for their passphrase: hidden on a terminal, a line of the input otherwise.
protocol PassphraseAsking {
    /// A new passphrase, with the warning that a forgotten one can't be recovered (`together`: what both
    /// saw stays readable).
    func choose(for person: Participant, together: Bool) -> PassphraseAnswer<SecretBytes>
    /// Up to three tries; `check` says whether a passphrase opens their key (and keeps it when it does).
    func unlock(for person: Participant, check: (SecretBytes) -> Bool) -> PassphraseAnswer<Void>
}

extension PassphraseAsking {
    /// Asks a person for their passphrase to this talk, keeping their key in `keys` once one opens it; nil
    /// when nothing of theirs is sealed (they have no key to open). The one place a key is unlocked from.
    func unlock(_ person: PersonID, of record: Record, into keys: Keyring) -> PassphraseAnswer<Void>? {
        guard let stored = record.keys?[person] else { return nil }
        let who = record.person(person) ?? Participant(id: person, name: nil)
        let talk = record.id
        return unlock(for: who, check: { keys.unlock(person, passphrase: $0, stored: stored, talk: talk) })
    }
}
