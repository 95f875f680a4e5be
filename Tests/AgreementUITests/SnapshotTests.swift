import AgreementKit
import AgreementUI
import TestSupport
import Testing

@Suite("Screens as text and roles, at 80×24 and 120×40")
struct SnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func mainScreen(width: Int, height: Int) {
        Snapshot.assert(SampleState.render(SampleState.main(width, height)), named: "main-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func mainScreenOnARowWithFocusInMeasures(width: Int, height: Int) {
        var state = SampleState.main(width, height)
        SampleState.press(&state, .down, .down, .down, .down, .down, .tab, .down)
        Snapshot.assert(SampleState.render(state), named: "main-row-measures-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func picker(width: Int, height: Int) {
        var state = SampleState.picker(width, height)
        SampleState.press(&state, .down)
        Snapshot.assert(SampleState.render(state), named: "picker-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func help(width: Int, height: Int) {
        var state = SampleState.main(width, height)
        SampleState.press(&state, .character("?"))
        Snapshot.assert(SampleState.render(state), named: "help-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func fullDetail(width: Int, height: Int) {
        var state = SampleState.main(width, height)
        SampleState.press(&state, .up, .up, .enter)
        Snapshot.assert(SampleState.render(state), named: "detail-about-\(width)x\(height)")
    }

    @Test func tooSmall() {
        let screen = Renderer.render(SampleState.main(50, 12), size: Size(width: 50, height: 12))
        #expect(screen.contains("Vinduet er for lite"))
        #expect(screen.contains("50×12 – trenger minst 64×18"))
        Snapshot.assert(screen, named: "too-small-50x12")
    }
}
