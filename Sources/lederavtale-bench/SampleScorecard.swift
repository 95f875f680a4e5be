import AgreementKit
import AgreementStore

/// A scorecard to measure the scorecard view on: the samples carry one measured indicator each,
/// where down and up move nowhere, so the agreement's first indicator is copied onto its rows
/// under every perspective until the card holds `count` indicators.
enum SampleScorecard {
    static let count = 12

    /// The agreement with `count` indicators.
    static func filled(_ agreement: Agreement) throws -> Agreement {
        guard let first = agreement.allIndicators.first?.indicator else { throw BenchFailure("\(agreement.id) has no measured indicator to copy") }
        let rows = agreement.allRows
        var filled = agreement
        for copy in agreement.allIndicators.count..<count {
            var indicator = first
            indicator.id = ItemID("bench-indikator-\(copy)")
            indicator.name = "\(first.name) \(copy + 1)"
            indicator.perspective = Perspective.allCases[copy % Perspective.allCases.count]
            guard filled.addIndicator(indicator, to: rows[copy % rows.count].id) else { throw BenchFailure("could not add an indicator to \(agreement.id)") }
        }
        return filled
    }

    /// Saves the filled agreement over the store's, as the app saves it.
    static func write(_ id: String, in store: AgreementStore) throws {
        let agreement = try store.load(id)
        _ = try store.save(filled(agreement), expecting: store.stamp(of: id), previous: agreement)
    }
}
