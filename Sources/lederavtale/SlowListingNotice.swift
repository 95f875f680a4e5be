import AgreementStore
import Catalogue
import Foundation

/// What a command says on the terminal while a listing reads many agreements from their files
/// (`AgreementStore.list(announcing:)`): one line on standard error, only when that is a terminal
/// (a script's output stays as it was), before the screen or the table.
enum SlowListingNotice {
    static func announcer(_ words: any Wording) -> (Int) -> Void {
        { count in
            guard isatty(STDERR_FILENO) != 0 else { return }
            try? Output.error(words.readingAgreements(count))
        }
    }
}
