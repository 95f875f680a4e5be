extension AgreementStore {
    /// `check` of the files beside the agreements: the wheels, the guides and each agreement's
    /// leader conversations, with the same verdict the app gives them.
    func checkWheelsGuidesAndConversations(ids: [String], into report: inout CheckReport) {
        let wheels = wheels()
        let guides = guides()
        report.wheels = wheels.items.count
        report.guides = guides.items.count
        report.errors += wheels.errors + guides.errors
        report.warnings += wheels.warnings + guides.warnings
        // A record of a guide that is in the store but broken is not warned about twice.
        let guideNames = Set(guides.items.map(\.id)).union((try? fileSystem.list(guidesFolder))?.map { String($0.dropLast(".json".count)) } ?? [])
        for id in ids {
            let conversations = conversations(of: id, guides: guideNames)
            report.conversations += conversations.items.count
            report.errors += conversations.errors
            report.warnings += conversations.warnings
        }
    }
}
