import AgreementKit
import Foundation

/// A file in an agreement's companion folder, `<id>/conversations/<date>.json`:
/// `{"conversation": {…}, "version": 1}`.
struct ConversationFile: Codable {
    static let currentVersion = 1
    var version: Int
    var conversation: Conversation
}

extension AgreementStore {
    /// The agreement's companion folder, `<id>/`: what belongs to it beyond its two files.
    public func companionFolder(of id: String) -> String { "\(root)/\(id)" }

    /// The folder of the agreement's leader conversations, `<id>/conversations/`.
    public func conversationsFolder(of id: String) -> String { "\(companionFolder(of: id))/conversations" }

    /// The file of the conversation of `date`: `<id>/conversations/2011-09-15.json`.
    public func conversationPath(of id: String, on date: LocalDate) -> String { "\(conversationsFolder(of: id))/\(date.iso).json" }

    /// The agreement's leader conversations in date order, read strictly; a record with an
    /// error is reported and left out. `guides` are the ids known, to warn about a record whose
    /// guide is missing (its notes are kept and shown all the same).
    public func conversations(of id: String, guides: Set<String>? = nil) -> LoadedFiles<Conversation> {
        let decoder = FileDecoder(migration: SchemaMigration(steps: [:], currentVersion: ConversationFile.currentVersion))
        let reader = DocumentReader<Conversation>(
            fileSystem: fileSystem, rootKey: "conversation",
            decode: { (data, file) throws(StoreError) in
                let conversation = try decoder.decode(ConversationFile.self, kind: .agreement, from: data, file: file, version: \.version).conversation
                if conversation.agreementID != id {
                    throw StoreError(file: file, line: 1, column: 1, problem: .nameMismatch(key: "agreementID", found: conversation.agreementID, expected: id))
                }
                return conversation
            },
            name: { ("date", $0.date.iso) },
            validate: { Self.findings(in: $0, guides: guides) })
        var loaded = reader.read(folder: conversationsFolder(of: id))
        loaded.items.sort { $0.date < $1.date }
        return loaded
    }

    /// Saves a conversation record atomically, creating the companion folder when needed.
    @discardableResult
    public func save(_ conversation: Conversation) throws(StoreError) -> String {
        let path = conversationPath(of: conversation.agreementID, on: conversation.date)
        let data: Data
        do { data = try StoreCoding.encode(ConversationFile(version: ConversationFile.currentVersion, conversation: conversation)) } catch {
            throw StoreError(file: path, problem: .encodingFailed(detail: "\(error)"))
        }
        do {
            try fileSystem.createDirectory(conversationsFolder(of: conversation.agreementID))
            try fileSystem.write(data, to: path, options: .agreementFile)
        } catch {
            throw StoreError(file: error.path, problem: .saveFailed(error))
        }
        return path
    }

    /// What is wrong in a record beyond syntax and types: ids, texts, the guide.
    private static func findings(in conversation: Conversation, guides: Set<String>?) -> [DocumentReader<Conversation>.Finding] {
        var findings: [DocumentReader<Conversation>.Finding] = []
        var seen: [String: [PathComponent]] = [:]
        for (i, item) in conversation.followUps.enumerated() {
            let path: [PathComponent] = ["followUps", .index(i)]
            let raw = item.id.rawValue
            if raw.isEmpty || raw.contains(where: \.isWhitespace) {
                findings.append(.init(path: path + ["id"], problem: .conversation(path: AgreementValidator.render(path + ["id"]), .invalidID(raw)), isError: true))
            } else if let first = seen[raw] {
                findings.append(.init(path: path + ["id"], problem: .conversation(path: AgreementValidator.render(path + ["id"]),
                                                                                  .duplicateID(raw, firstAt: AgreementValidator.render(first))), isError: true))
            } else {
                seen[raw] = path
            }
            if item.what.allSatisfy(\.isWhitespace) {
                findings.append(.init(path: path + ["what"], problem: .conversation(path: AgreementValidator.render(path + ["what"]), .followUpWithoutText), isError: true))
            }
        }
        if let guides, !guides.contains(conversation.guideID) {
            findings.append(.init(path: ["guideID"], problem: .conversation(path: "guideID", .unknownGuide(conversation.guideID)), isError: false))
        }
        return findings
    }
}
