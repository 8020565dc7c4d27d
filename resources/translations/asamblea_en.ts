<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>AssembliesPage</name>
        <message>
            <source>Asambleas</source>
            <translation>Assemblies</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Organización</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Convocatoria</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Primera</source>
            <translation>First</translation>
        </message>
        <message>
            <source>Segunda</source>
            <translation>Second</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Lugar</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Seleccione una asamblea para ver su orden del día.</source>
            <translation>Select an assembly to see its agenda.</translation>
        </message>
        <message>
            <source>por aclamación</source>
            <translation>by acclamation</translation>
        </message>
        <message>
            <source>a favor {f}, en contra {c}, abstenciones {ab}</source>
            <translation>for {f}, against {c}, abstentions {ab}</translation>
        </message>
    </context>
    <context>
        <name>CensusPage</name>
        <message>
            <source>Censo</source>
            <translation>Census</translation>
        </message>
        <message>
            <source>Buscar por nombre o cédula…</source>
            <translation>Search by name or ID number…</translation>
        </message>
        <message>
            <source>Cédula</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>sin cédula</source>
            <translation>no ID</translation>
        </message>
        <message>
            <source>Apellidos</source>
            <translation>Surnames</translation>
        </message>
        <message>
            <source>Nombres</source>
            <translation>Given names</translation>
        </message>
        <message>
            <source>Edad</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Sexo</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Consejo comunal</source>
            <translation>Communal council</translation>
        </message>
        <message>
            <source>Dirección</source>
            <translation>Address</translation>
        </message>
        <message numerus="yes">
            <source>%n habitante(s)</source>
            <translation>
                <numerusform>%n resident</numerusform>
                <numerusform>%n residents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConsultationPage</name>
        <message>
            <source>Consulta popular</source>
            <translation>Popular consultation</translation>
        </message>
        <message>
            <source>Consulta</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <source>Fecha de votación</source>
            <translation>Voting day</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>N.º</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Proyecto</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Proyectos postulados</source>
            <translation>Candidate projects</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Inicio</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Consejos comunales</source>
            <translation>Communal councils</translation>
        </message>
        <message>
            <source>Habitantes en el censo</source>
            <translation>Residents in the census</translation>
        </message>
        <message>
            <source>Asambleas registradas</source>
            <translation>Assemblies recorded</translation>
        </message>
        <message>
            <source>Problemas sin proyecto</source>
            <translation>Problems without a project</translation>
        </message>
        <message>
            <source>Proyectos</source>
            <translation>Projects</translation>
        </message>
        <message>
            <source>Pendiente</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Aún no hay una organización registrada</source>
            <translation>No organization has been registered yet</translation>
        </message>
        <message>
            <source>Vaya a Configuración para registrar su comuna o consejo comunal, o inicie con «asamblea demo» para ver datos de ejemplo.</source>
            <translation>Go to Settings to register your commune or communal council, or start with "asamblea demo" to see example data.</translation>
        </message>
        <message>
            <source>De {age} años o más (base del quórum)</source>
            <translation>Aged {age} or over (quorum base)</translation>
        </message>
        <message>
            <source>Asamblea convocada: {org}, {when}, en {place}</source>
            <translation>Assembly called: {org}, {when}, at {place}</translation>
        </message>
        <message>
            <source>Acta sin aprobar: asamblea del {when}, {org}</source>
            <translation>Minutes not yet approved: assembly of {when}, {org}</translation>
        </message>
        <message>
            <source>{name}: votación el {day}, {n} proyectos postulados</source>
            <translation>{name}: voting on {day}, {n} candidate projects</translation>
        </message>
        <message>
            <source>{n} cambios recibidos esperan un registro que aún no llega</source>
            <translation>{n} received changes are waiting for a record that has not arrived yet</translation>
        </message>
        <message>
            <source>{n} conflictos de sincronización por resolver</source>
            <translation>{n} sync conflicts to resolve</translation>
        </message>
        <message>
            <source>No hay nada pendiente.</source>
            <translation>Nothing is pending.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>La base de datos tiene daños: {d}. Ejecute «asamblea check» y restaure una copia de seguridad.</source>
            <translation>The database is damaged: {d}. Run "asamblea check" and restore a backup.</translation>
        </message>
        <message>
            <source>Inicio</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Censo</source>
            <translation>Census</translation>
        </message>
        <message>
            <source>Asambleas</source>
            <translation>Assemblies</translation>
        </message>
        <message>
            <source>Problemas</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Consulta popular</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <source>Proyectos</source>
            <translation>Projects</translation>
        </message>
        <message>
            <source>Sincronizar</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Configuración</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Asamblea</source>
            <translation>Asamblea</translation>
        </message>
        <message>
            <source>Abriendo la base de datos…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <source>Registro comunal</source>
            <translation>Community records</translation>
        </message>
        <message>
            <source>Trabajando…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Preparando el documento…</source>
            <translation>Preparing the document…</translation>
        </message>
        <message>
            <source>Imprimir…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Guardar PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>No se pudo preparar el documento.</source>
            <translation>The document could not be prepared.</translation>
        </message>
        <message numerus="yes">
            <source>%n página(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Guardar PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>Documentos PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Guardado en {path}</source>
            <translation>Saved to {path}</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPage</name>
        <message>
            <source>Problemas</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Problema</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Área</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Familias afectadas</source>
            <translation>Families affected</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Organización</source>
            <translation>Organization</translation>
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message>
            <source>Proyectos</source>
            <translation>Projects</translation>
        </message>
        <message>
            <source>Proyecto</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Área</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Costo</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Configuración</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Este equipo</source>
            <translation>This computer</translation>
        </message>
        <message>
            <source>Carta (Letter)</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Organización con la que trabaja:</source>
            <translation>Organization you work for:</translation>
        </message>
        <message>
            <source>Tamaño del papel:</source>
            <translation>Paper size:</translation>
        </message>
        <message>
            <source>Idioma (al reiniciar):</source>
            <translation>Language (after restart):</translation>
        </message>
        <message>
            <source>Reglas de la organización</source>
            <translation>The organization's rules</translation>
        </message>
        <message>
            <source> años</source>
            <translation> years</translation>
        </message>
        <message>
            <source>Quórum en primera convocatoria:</source>
            <translation>Quorum on the first call:</translation>
        </message>
        <message>
            <source>Quórum en segunda convocatoria:</source>
            <translation>Quorum on the second call:</translation>
        </message>
        <message>
            <source>Edad mínima para votar:</source>
            <translation>Minimum voting age:</translation>
        </message>
        <message>
            <source>Los porcentajes se calculan sobre los habitantes con la edad mínima para votar.</source>
            <translation>The percentages are of the residents of voting age.</translation>
        </message>
        <message>
            <source>Guardar configuración</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <source>Registrar una organización nueva</source>
            <translation>Register a new organization</translation>
        </message>
        <message>
            <source>Tipo:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Nombre:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Estado:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Municipio:</source>
            <translation>Municipality:</translation>
        </message>
        <message>
            <source>Parroquia:</source>
            <translation>Parish:</translation>
        </message>
        <message>
            <source>Registrar</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Configuración guardada.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <source>Organización registrada: {name}</source>
            <translation>Organization registered: {name}</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sincronizar</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Este equipo</source>
            <translation>This computer</translation>
        </message>
        <message>
            <source>Huella para comparar por teléfono:</source>
            <translation>Fingerprint to compare by phone:</translation>
        </message>
        <message>
            <source>Identificador del equipo:</source>
            <translation>Computer id:</translation>
        </message>
        <message>
            <source>Cambios guardados en el registro:</source>
            <translation>Changes held in the log:</translation>
        </message>
        <message>
            <source>Cambios en espera:</source>
            <translation>Changes waiting:</translation>
        </message>
        <message>
            <source>Conflictos por resolver:</source>
            <translation>Conflicts to resolve:</translation>
        </message>
    </context>
    <context>
        <name>UiContext</name>
        <message>
            <source>Ocurrió un error inesperado. Ningún dato guardado se perdió.</source>
            <translation>An unexpected error happened. No saved data was lost.</translation>
        </message>
        <message>
            <source>No se pudo completar</source>
            <translation>Could not finish</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Comuna</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Circuito comunal</source>
            <translation>Communal circuit</translation>
        </message>
        <message>
            <source>Consejo comunal</source>
            <translation>Communal council</translation>
        </message>
        <message>
            <source>Ordinaria</source>
            <translation>Ordinary</translation>
        </message>
        <message>
            <source>Extraordinaria</source>
            <translation>Extraordinary</translation>
        </message>
        <message>
            <source>De base (problemas)</source>
            <translation>Base (problems)</translation>
        </message>
        <message>
            <source>Rendición de cuentas</source>
            <translation>Accountability</translation>
        </message>
        <message>
            <source>Convocada</source>
            <translation>Called</translation>
        </message>
        <message>
            <source>En curso</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Cerrada</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Suspendida</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Agua</source>
            <translation>Water</translation>
        </message>
        <message>
            <source>Electricidad</source>
            <translation>Electricity</translation>
        </message>
        <message>
            <source>Vialidad</source>
            <translation>Roads</translation>
        </message>
        <message>
            <source>Salud</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Educación</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>Vivienda</source>
            <translation>Housing</translation>
        </message>
        <message>
            <source>Deporte</source>
            <translation>Sports</translation>
        </message>
        <message>
            <source>Cultura</source>
            <translation>Culture</translation>
        </message>
        <message>
            <source>Ambiente</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Seguridad</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>Transporte</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>Muros de contención</source>
            <translation>Retaining walls</translation>
        </message>
        <message>
            <source>Otro</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Abierto</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>En proyecto</source>
            <translation>In a project</translation>
        </message>
        <message>
            <source>Resuelto</source>
            <translation>Solved</translation>
        </message>
        <message>
            <source>Propuesto</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Postulado</source>
            <translation>Candidate</translation>
        </message>
        <message>
            <source>Financiado</source>
            <translation>Funded</translation>
        </message>
        <message>
            <source>En ejecución</source>
            <translation>Under way</translation>
        </message>
        <message>
            <source>Culminado</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Cancelado</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>En preparación</source>
            <translation>Being prepared</translation>
        </message>
        <message>
            <source>Lista</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Votación</source>
            <translation>Voting</translation>
        </message>
        <message>
            <source>Escrutinio</source>
            <translation>Counting</translation>
        </message>
    </context>
</TS>