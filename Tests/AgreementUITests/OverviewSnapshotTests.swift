import AgreementKit
import AgreementUI
import TestSupport
import Testing

/// The overview and the goal matrix on the sample store (the two samples and the demo
/// municipality, 15.09.2011), at 80×24 and 120×40.
@Suite("Overview and goal matrix as text and roles")
struct OverviewSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func overview(width: Int, height: Int) {
        var state = OverviewFixtures.overview(width, height, problems: ["/lager/kopi-skole-2011.json:3:7: forventet «,» eller «}»"])
        SampleState.press(&state, .down, .down, .down)
        Snapshot.assert(SampleState.render(state), named: "overview-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func mineAndBehindSortedByDeadline(width: Int, height: Int) {
        var state = OverviewFixtures.overview(width, height)
        SampleState.press(&state, .function(2), .function(5))
        for _ in 0..<7 { SampleState.press(&state, .right) }
        Snapshot.assert(SampleState.render(state), named: "overview-mine-behind-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func goalMatrix(width: Int, height: Int) {
        var state = OverviewFixtures.overview(width, height)
        SampleState.press(&state, .tab, .down, .right)
        Snapshot.assert(SampleState.render(state), named: "matrix-\(width)x\(height)")
    }

    @Test func theMatrixOfOneYearShowsProgressBeforeTheRatings() {
        var state = OverviewFixtures.overview(120, 40)
        SampleState.press(&state, .function(6), .function(6), .tab)
        Snapshot.assert(SampleState.render(state), named: "matrix-2011-120x40")
    }
}
