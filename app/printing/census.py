"""The printed census of a communal council: totals by sex and age group, the quorum base,
and every resident in a table that repeats its heading on each page."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, Table, TableStyle

from app.census.age_groups import AgeGroup
from app.census.report import CensusSheet, CensusTotals
from app.domain.enums import Sex
from app.i18n import _
from app.printing import formats
from app.printing.document import Styles, build_pdf, page_size, styles


def _group_labels() -> dict[AgeGroup, str]:
    return {
        AgeGroup.CHILDREN: _("Menores de 15"),
        AgeGroup.YOUTH: _("15 a 29"),
        AgeGroup.ADULTS: _("30 a 59"),
        AgeGroup.ELDERS: _("60 y más"),
    }


def _sex_label(sex: Sex | None) -> str:
    if sex is Sex.FEMALE:
        return _("Mujeres")
    if sex is Sex.MALE:
        return _("Hombres")
    return _("Sin dato")


def _grid(header_rows: int = 1) -> list[tuple[object, ...]]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8eef3")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]


def totals_table(totals: CensusTotals, st: Styles) -> Table:
    groups = _group_labels()
    has_unknown_age = totals.count(any_sex=True, group=None) > 0
    heading = [_("Sexo"), *groups.values()]
    if has_unknown_age:
        heading.append(_("Sin fecha"))
    heading.append(_("Total"))
    sexes: list[Sex | None] = [Sex.FEMALE, Sex.MALE]
    if totals.count(sex=None, any_group=True):
        sexes.append(None)
    lines: list[tuple[str, Sex | None, bool]] = [(_sex_label(s), s, False) for s in sexes]
    lines.append((_("Total"), None, True))
    rows: list[list[object]] = [[Paragraph(h, st.cell_bold) for h in heading]]
    for label, sex, is_total in lines:
        counts = [totals.count(sex, g, any_sex=is_total) for g in groups]
        if has_unknown_age:
            counts.append(totals.count(sex, None, any_sex=is_total))
        counts.append(totals.count(sex, any_sex=is_total, any_group=True))
        style = st.cell_bold if is_total else st.cell
        rows.append([Paragraph(label, style),
                     *[Paragraph(formats.number(n), style) for n in counts]])
    table = Table(rows, hAlign="LEFT")
    table.setStyle(TableStyle([*_grid(), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    return table


def residents_table(sheet: CensusSheet, st: Styles, width: float) -> LongTable:
    heading = [_("N°"), _("Cédula"), _("Apellidos"),
               _("Nombres"), _("Nacimiento"), _("Edad"),
               _("Sexo"), _("Sector")]
    rows: list[list[object]] = [[Paragraph(h, st.cell_bold) for h in heading]]
    for number, r in enumerate(sheet.residents, start=1):
        age = r.age_on(sheet.day)
        rows.append([
            formats.number(number),
            formats.national_id(r.national_id, _("sin cédula")),
            Paragraph(r.last_names, st.cell),
            Paragraph(r.first_names, st.cell),
            formats.day(r.birth_date) if r.birth_date else "",
            "" if age is None else str(age),
            r.sex.value if r.sex else "",
            Paragraph(sheet.sector_names.get(r.sector_id or "", ""), st.cell),
        ])
    fractions = (0.05, 0.13, 0.175, 0.175, 0.14, 0.08, 0.08, 0.17)
    table = LongTable(rows, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(TableStyle([
        *_grid(),
        ("FONT", (0, 1), (-1, -1), st.cell.fontName, st.cell.fontSize),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("ALIGN", (5, 1), (6, -1), "RIGHT"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
    ]))
    return table


def census_pdf(sheet: CensusSheet, page: str = "letter") -> bytes:
    st = styles()
    council = sheet.council
    place = ", ".join(p for p in (council.parish, council.municipality, council.state) if p)
    day = formats.day(sheet.day)
    story: list[Flowable] = [
        Paragraph(_("Censo de habitantes"), st.title),
        Paragraph(council.name, st.subtitle),
    ]
    details = [x for x in (sheet.parent_name, place,
                           _("Registro") + f": {council.registry_code}"
                           if council.registry_code else None) if x]
    if details:
        story.append(Paragraph(" · ".join(details), st.small))
    story += [
        Paragraph(_("Edades calculadas al {day}.").format(day=day),
                  st.small),
        Spacer(1, 4 * mm),
        Paragraph(_("Totales por sexo y grupo de edad"),
                  st.heading),
        totals_table(sheet.totals, st),
        Spacer(1, 3 * mm),
        Paragraph(
            _("Habitantes de {age} años o más (base del quórum): <b>{n}</b>").format(
                age=sheet.totals.voting_age, n=formats.number(sheet.totals.of_voting_age)),
            st.body),
        Spacer(1, 4 * mm),
        Paragraph(_("Habitantes ({n})").format(n=formats.number(sheet.totals.total)),
                  st.heading),
    ]
    width = page_size(page)[0] - 36 * mm
    story.append(residents_table(sheet, st, width))
    return build_pdf(story, page=page, title=_("Censo") + f" {council.name}",
                     header_left=council.name,
                     header_right=_("Censo al {day}").format(day=day))
