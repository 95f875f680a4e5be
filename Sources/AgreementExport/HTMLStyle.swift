/// The embedded stylesheet of the HTML export: readable on screen, the form's phase colours
/// (Okabe–Ito blue, orange and green, each with its letter B/O/G), and a print layout with a
/// page per goal area. It holds no "<" or "&" so the page stays well-formed XML.
enum HTMLStyle {
    static let css = """
    :root { --blue: #0072B2; --orange: #E69F00; --green: #009E73;
            --blue-bg: #E8F2F9; --orange-bg: #FDF4E1; --green-bg: #E3F5EF;
            --ink: #1B1B1B; --muted: #5A5A5A; --line: #9A9A9A; }
    * { box-sizing: border-box; }
    html { background: #F4F4F2; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
           color: var(--ink); background: #FFFFFF; line-height: 1.45; font-size: 15px;
           max-width: 75rem; margin: 0 auto; padding: 2rem 2.5rem 4rem; }
    h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
    h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
    h4 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
    p { margin: .3rem 0; }
    .subtitle { color: var(--muted); margin: 0 0 1rem; }
    .notice { border: 2px solid var(--ink); padding: .5rem .75rem; margin: 1rem 0; font-weight: 600; }
    .notice.private { border-color: #B00020; color: #B00020; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
    th, td { border: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; text-align: left;
             overflow-wrap: anywhere; }
    th { background: #EFEFEF; font-weight: 600; }
    ul { margin: 0; padding-left: 1.1rem; }
    li { margin: .1rem 0; }
    table.parties { width: auto; min-width: 28rem; }
    table.parties th { width: 11rem; }
    table.goals th { width: 20%; }
    .tag { display: inline-block; min-width: 1.35em; margin-right: .4em; padding: 0 .2em; border-radius: .25em;
           font-size: .8em; font-weight: 700; line-height: 1.5; text-align: center; vertical-align: .05em;
           border: 1px solid var(--ink); }
    .tag.blue { background: var(--blue); color: #FFFFFF; }
    .tag.orange { background: var(--orange); color: #000000; }
    .tag.green { background: var(--green); color: #000000; }
    th.blue { background: var(--blue); color: #FFFFFF; }
    th.orange { background: var(--orange); color: #000000; }
    th.green { background: var(--green); color: #000000; }
    th.blue .tag, th.orange .tag, th.green .tag { background: #FFFFFF; color: #000000; }
    td.blue { background: var(--blue-bg); }
    td.orange { background: var(--orange-bg); }
    td.green { background: var(--green-bg); }
    .field { border-left: 5px solid var(--line); padding: .35rem .75rem; margin: .5rem 0 .75rem; }
    .field.blue { border-left-color: var(--blue); background: var(--blue-bg); }
    .field.orange { border-left-color: var(--orange); background: var(--orange-bg); }
    .field.green { border-left-color: var(--green); background: var(--green-bg); }
    .field .label { font-weight: 600; }
    .value.empty { min-height: 1.45em; }
    .legend { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; color: var(--muted); }
    .legend li { margin: 0; }
    .phase-badge { font-weight: 600; }
    table.assessment td.mark, table.checklist td.mark { text-align: center; font-weight: 700; width: 9rem; }
    td.mark.chosen { background: var(--green); color: #000000; outline: 2px solid var(--ink); outline-offset: -3px; }
    .date { font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
    .linked { color: var(--muted); }
    .assessment-heading { font-weight: 700; margin-top: 1rem; }
    .goal-area { margin-top: 2.5rem; }
    .exempt { font-style: italic; }
    @media print {
      @page { size: A4; margin: 14mm 12mm; }
      html { background: #FFFFFF; }
      body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .page { break-before: page; page-break-before: always; }
      tr, .field, .tag { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
      h1, h2, h3, h4, .assessment-heading, .label { break-after: avoid; page-break-after: avoid; }
      .goal-area { margin-top: 0; }
      .notice.private { color: #000000; border-color: #000000; }
    }
    """
}
