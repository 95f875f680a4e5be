import AgreementKit
import Foundation

/// Creating agreements (new, next year's) without ever replacing one, and finding the
/// agreements a new one would clash with.
extension AgreementStore {
    /// Writes a new agreement: its public file claimed exclusively (an agreement of that id, in
    /// the store or in its archive, is never replaced), then the private file (0600).
    public func saveNew(_ agreement: Agreement) throws(StartProblem) {
        if let clash = clash(with: agreement.id) { throw clash }
        let (publicData, privateData): (Data, Data)
        do { (publicData, privateData) = try encode(agreement) } catch { throw .store(error) }
        do {
            try fileSystem.write(publicData, to: path(of: agreement.id), options: .newFile(permissions: 0o644))
        } catch {
            if error.reason == .exists { throw .agreementExists(agreement.id, archived: false) }
            throw .store(StoreError(file: error.path, problem: .saveFailed(error)))
        }
        do { try fileSystem.write(privateData, to: privatePath(of: agreement.id), options: .privateFile) } catch {
            throw .store(StoreError(file: error.path, problem: .saveFailed(error)))
        }
    }

    /// Why an agreement of this id cannot be made: one exists in the store or in the archive.
    public func clash(with id: String) -> StartProblem? {
        if fileSystem.exists(path(of: id)) { return .agreementExists(id, archived: false) }
        if fileSystem.exists(archivedPath(of: id)) { return .agreementExists(id, archived: true) }
        return nil
    }

    /// The agreement made from `id` as next year's, if there is one: one that says it was
    /// carried from it, or the id next year's would get.
    public func nextYear(of agreement: Agreement, year: Int? = nil) -> String? {
        let wanted = Slug.make(unit: agreement.header.unit, year: year ?? agreement.header.year + 1)
        if clash(with: wanted) != nil { return wanted }
        let summaries = (try? list().summaries) ?? []
        return summaries.first { $0.carriedFrom == agreement.id && $0.year == (year ?? agreement.header.year + 1) }?.id
    }

    /// A new agreement for a unit and year: the id is the slug of both; the template the one
    /// named, else the newest for the municipality and year (none is allowed: the agreement
    /// then starts empty, and the caller says so). A template for another municipality or year
    /// is refused with both named. The template's texts are taken in `language` where it has
    /// variants (the session's language), else as written.
    public func newAgreement(header: AgreementHeader, templateName: String?, language: String? = nil) throws(StartProblem) -> (agreement: Agreement, template: Template?) {
        guard !header.unit.isBlankText, !Slug.ascii(header.unit).isEmpty else { throw .unitMissing }
        guard (1900...2200).contains(header.year) else { throw .yearInvalid(header.year) }
        let id = Slug.make(unit: header.unit, year: header.year)
        if let clash = clash(with: id) { throw clash }
        var template: Template?
        if let templateName {
            let stored = try loadTemplate(templateName).template
            guard stored.isFor(municipality: header.municipality, year: header.year) else {
                throw .templateMismatch(template: stored.name, municipality: stored.municipality, year: stored.year,
                                        agreementMunicipality: header.municipality, agreementYear: header.year)
            }
            template = stored
        } else {
            template = newestTemplate(municipality: header.municipality, year: header.year)?.template
        }
        template = template?.inLanguage(language)
        let agreement = Agreement.new(id: id, header: header, template: template)
        try saveNew(agreement)
        return (agreement, template)
    }
}

extension String {
    /// True for empty or whitespace-only text.
    var isBlankText: Bool { allSatisfy(\.isWhitespace) }
}
