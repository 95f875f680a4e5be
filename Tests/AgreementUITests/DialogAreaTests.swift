@testable import AgreementUI
import Catalogue
import Testing

/// Dialogs own their area: drawn over a screen full of "#", a dialog leaves no "#" inside the
/// rectangle it paints (its box and the shadow line beside and below it), so nothing from the
/// panes below shows through ("│v│").
@Suite("Dialogs own their area")
struct DialogAreaTests {
    static let dialogs = ["export format", "export scope", "delete", "add in measures"]

    @Test(arguments: NothingCutTests.sizes)
    func aDialogPaintsEveryCellOfItsBoxAndShadow(size: Size) throws {
        for (name, state) in NothingCutTests.states(size) where Self.dialogs.contains(name) {
            let dialog = try #require(state.top.screen as? DialogState, "\(name) is not a dialog")
            var screen = Screen(width: size.width, height: size.height)
            for y in 0..<size.height { screen.put(String(repeating: "#", count: size.width), x: 0, y: y, role: .normal, limit: size.width) }
            dialog.render(state.core, into: &screen)
            var painted: [(x: Int, y: Int)] = []
            for y in 0..<size.height { for x in 0..<size.width where screen[x, y].text != "#" { painted.append((x, y)) } }
            let xs = painted.map(\.x), ys = painted.map(\.y)
            let (left, right, top, bottom) = (try #require(xs.min()), try #require(xs.max()), try #require(ys.min()), try #require(ys.max()))
            #expect(right - left >= 20 && bottom - top >= 4, "\(name) at \(size): the dialog is drawn")
            var holes = 0
            for y in top...bottom { for x in left...right where screen[x, y].text == "#" { holes += 1 } }
            #expect(holes == 0, "\(name) at \(size): \(holes) cells inside the dialog's area show what is below\n\(screen.text)")
            let box = (0..<size.height).first { screen.line($0).contains("┌") }
            #expect(box == top, "\(name) at \(size): the area starts at the box's top line")
            #expect(screen.line(bottom).contains("└") == false, "\(name) at \(size): a shadow line below the box")
        }
    }
}

/// Footers are the truth: while a dialog or form has the keys, the footer of the screen below
/// (whose keys do nothing then) is not shown; the layer's own keys, from the table, are.
@Suite("No footer of the screen below a layer")
struct LayerFooterTests {
    @Test(arguments: NothingCutTests.sizes)
    func theFooterUnderADialogOrFormShowsNoKeysOfTheScreenBelow(size: Size) {
        let words = Language.nb.words
        let browseHints = Keymap.bindings(in: .browse).map { words.hint($0.action) }
        for (name, state) in NothingCutTests.states(size) where state.top.screen.isOverlay {
            let screen = Renderer.render(state, size: size)
            let footer = screen.line(size.height - 1)
            #expect(footer.trimmingCharacters(in: .whitespaces).isEmpty, "\(name) at \(size): «\(footer)»")
            #expect(!browseHints.contains { footer.contains($0) }, "\(name) at \(size): «\(footer)»")
            let own = Keymap.bindings(in: state.keyContext).map { words.hint($0.action) }
            #expect(own.contains { screen.contains($0) }, "\(name) at \(size): the layer shows none of its keys")
        }
    }
}
