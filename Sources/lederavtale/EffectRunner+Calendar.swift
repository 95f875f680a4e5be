import AgreementExport
import AgreementKit
import AgreementStore
import AgreementUI
import Catalogue
import Foundation

extension EffectRunner {
    /// The store's wheels and guides and the agreement's leader conversations; a file that
    /// cannot be read is worded (file:line:column) and left out, the rest still used.
    func companions(of id: String) -> Companions {
        let wheels = store.wheels()
        let guides = store.guides()
        let conversations = store.conversations(of: id)
        return Companions(wheels: wheels.items, guides: guides.items, conversations: conversations.items,
                          wheelProblems: wheels.errors.map(words.storeError), guideProblems: guides.errors.map(words.storeError),
                          conversationProblems: conversations.errors.map(words.storeError), language: language.rawValue)
    }

    /// Writes the minutes of a conversation to a new file: HTML for `.html`, else Markdown; mode
    /// 0600 when they hold the leader assessment (it follows section 4's rules).
    func writeConversationMinutes(_ conversation: Conversation, guide: ConversationGuide?, earlier: [Conversation], agreement: Agreement, path: String) -> Message {
        let absolute = ExportFileWriter.absolutePath(path)
        let minutes = ConversationMinutes(conversation, guide: guide, earlier: earlier, agreement: agreement, words: words)
        let text = MinutesFormat(path: path) == .html ? minutes.html : minutes.markdown
        let confidential = !minutes.assessment.isEmpty
        do {
            try ExportFileWriter.write(Data(text.utf8), to: absolute, mode: confidential ? 0o600 : 0o644, overwrite: false)
            return .fileWritten(absolute, privateFile: confidential)
        } catch {
            return .fileFailed(error.message(words))
        }
    }
}
