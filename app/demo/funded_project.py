"""The last round's funded project in the demo, half built: a budget, two disbursements (one
in bolívares at the rate of its date), fifteen expenses (one without its receipt, one that
takes a line past its plan), so every screen and paper shows real content."""

from __future__ import annotations

from datetime import date

from app.container import Services
from app.demo.receipts import receipt_png
from app.domain.enums import Currency, ProblemCategory, ProjectRole, ProjectStatus

TITLE = "Sustitución de la tubería de aguas blancas del sector El Tanque"
LINES = (("Materiales", 600_000), ("Mano de obra", 250_000), ("Transporte", 80_000),
         ("Servicios", 70_000))
# (day, supplier, RIF, invoice, what, line, amount in cents, currency, rate x 10,000)
EXPENSES = (
    (date(2026, 7, 6), "Ferretería y Materiales El Tanque, C.A.", "J-40123456-7", "000231",
     "Tubos PVC de 3 pulgadas (40 unidades)", "Materiales", 128_000, Currency.USD, None),
    (date(2026, 7, 6), "Transporte Hermanos Rondón", "V-12345678", "N-17",
     "Flete de los tubos desde Guarenas", "Transporte", 1_095_000, Currency.VES, 365_000),
    (date(2026, 7, 9), "Ferretería y Materiales El Tanque, C.A.", "J-40123456-7", "000248",
     "Codos, uniones y pegamento PVC", "Materiales", 41_550, Currency.USD, None),
    (date(2026, 7, 13), "Cooperativa de Construcción Manos Unidas R.L.", "J-29876543-1",
     "0045", "Mano de obra: excavación de zanja, primera semana", "Mano de obra", 60_000,
     Currency.USD, None),
    (date(2026, 7, 15), "Agregados La Guairita", "J-31234987-0", "1190",
     "Arena lavada y piedra picada", "Materiales", 2_701_000, Currency.VES, 368_000),
    (date(2026, 7, 20), "Cooperativa de Construcción Manos Unidas R.L.", "J-29876543-1",
     "0051", "Mano de obra: colocación de tubería, segunda semana", "Mano de obra", 60_000,
     Currency.USD, None),
    (date(2026, 7, 22), "Transporte Hermanos Rondón", "V-12345678", "N-21",
     "Flete de arena y piedra", "Transporte", 1_480_000, Currency.VES, 370_000),
    (date(2026, 7, 27), "Ferretería y Materiales El Tanque, C.A.", "J-40123456-7", "000277",
     "Válvulas de compuerta (6 unidades)", "Materiales", 93_600, Currency.USD, None),
    (date(2026, 8, 3), "Alquiler de Equipos Petare", "J-30555111-2", "A-309",
     "Alquiler de compactadora, una semana", "Servicios", 35_000, Currency.USD, None),
    (date(2026, 8, 3), "Cooperativa de Construcción Manos Unidas R.L.", "J-29876543-1",
     "0058", "Mano de obra: relleno y compactación", "Mano de obra", 55_000, Currency.USD,
     None),
    (date(2026, 8, 10), "Transporte Hermanos Rondón", "V-12345678", "N-26",
     "Retiro de escombros (3 viajes)", "Transporte", 1_125_000, Currency.VES, 375_000),
    (date(2026, 8, 12), "Cementos del Valle", "J-41222333-4", "7781",
     "Cemento gris (30 sacos)", "Materiales", 36_000, Currency.USD, None),
    (date(2026, 8, 17), "Ferretería y Materiales El Tanque, C.A.", "J-40123456-7", "000301",
     "Tomas domiciliarias y abrazaderas", "Materiales", 52_400, Currency.USD, None),
    (date(2026, 8, 24), "Laboratorio Hidrotest", "J-50011223-9", "L-88",
     "Prueba de presión de la tubería", "Servicios", 18_000, Currency.USD, None),
    (date(2026, 8, 31), "Transporte Hermanos Rondón", "V-12345678", "N-30",
     "Flete de tomas y cemento", "Transporte", 760_000, Currency.VES, 380_000),
)
NO_RECEIPT = 12  # the index of the expense whose receipt was never brought


def build_funded_project(sv: Services, commune_id: str, secretary: str,
                         inspectors: list[str], responsible: list[str]) -> str:
    """Returns the project's id. `inspectors`: residents of the oversight unit (one at
    least); `responsible`: two spokespeople and a member of the project's committee, or
    fewer."""
    project = sv.projects.create(
        commune_id, TITLE, ProblemCategory.WATER, 1_000_000, Currency.USD,
        description="Proyecto financiado en la consulta popular de 2025: 600 metros de "
                    "tubería de aguas blancas y 48 tomas domiciliarias.")
    sv.project_status.fund(project.id, 1_000_000, Currency.USD,
                           "Consulta Popular 2025 (segunda ronda)",
                           committee="Mesa Técnica de Agua El Tanque",
                           responsible="Carmen Rivas, José Gregorio Mendoza",
                           on=date(2026, 6, 14))
    # A small demo's council may have no one left for a role: it is left empty.
    for people, role in ((responsible[:2], ProjectRole.SPOKESPERSON),
                         (responsible[2:], ProjectRole.COMMITTEE)):
        if people:
            sv.project_status.name_people(project.id, people, role)
    sv.project_status.set_status(project.id, ProjectStatus.IN_PROGRESS, secretary,
                                 "Primer desembolso recibido", on=date(2026, 7, 2))
    money = sv.project_money
    lines = {name: money.add_line(project.id, name, cents).id for name, cents in LINES}
    money.receive(project.id, date(2026, 7, 1), 600_000, Currency.USD, "Banco de la Comuna",
                  "TRF-2026-0711")
    money.receive(project.id, date(2026, 8, 1), 7_300_000, Currency.VES,
                  "Ministerio del Poder Popular para las Comunas", "BDV-88412", rate_e4=365_000)
    for index, (day, supplier, rif, invoice, what, line, cents, currency, rate) in enumerate(
            EXPENSES):
        expense = money.spend(project.id, day, supplier, what, cents, currency,
                              line_id=lines[line], supplier_rif=rif, invoice=invoice,
                              rate_e4=rate, paid_by="Carmen Rivas")
        if index != NO_RECEIPT:
            money.attach_receipt(expense.id, f"factura-{invoice}.png", receipt_png(index),
                                 "image/png")
    watch = sv.project_oversight
    watch.report_progress(project.id, date(2026, 7, 31), 30,
                          "Zanja abierta en 200 metros; llegaron los tubos y las válvulas.",
                          [("zanja.png", receipt_png(40), "image/png")])
    watch.report_progress(project.id, date(2026, 8, 31), 55,
                          "Tubería colocada en 330 metros y 20 tomas domiciliarias conectadas; "
                          "prueba de presión aprobada en el primer tramo.",
                          [("tuberia.png", receipt_png(41), "image/png")])
    inspection = watch.inspect(
        project.id, date(2026, 8, 20), inspectors,
        "Facturas de julio contra los materiales en el depósito; zanja del primer tramo.",
        ["Faltan 4 válvulas de compuerta en el depósito: la factura 000277 dice 6 y hay 2.",
         "El flete N-21 no tiene guía de despacho."],
        "Los materiales están bien guardados; la obra avanza según el cronograma.")
    watch.answer(inspection.findings[1].id,
                 "La guía de despacho del flete N-21 se entregó a la contraloría el 24/08.",
                 "Carmen Rivas", on=date(2026, 8, 24))
    return project.id
