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
        <name>CensusLabels</name>
        <message>
            <source>Menores de 15</source>
            <translation>Under 15</translation>
        </message>
        <message>
            <source>15 a 29 años</source>
            <translation>15 to 29 years</translation>
        </message>
        <message>
            <source>30 a 59 años</source>
            <translation>30 to 59 years</translation>
        </message>
        <message>
            <source>60 años y más</source>
            <translation>60 years and over</translation>
        </message>
        <message>
            <source>Femenino</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Masculino</source>
            <translation>Male</translation>
        </message>
    </context>
    <context>
        <name>CensusPage</name>
        <message>
            <source>Censo</source>
            <translation>Census</translation>
        </message>
        <message>
            <source>Habitantes</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>Organización</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Duplicados</source>
            <translation>Duplicates</translation>
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
        <name>DuplicatesTab</name>
        <message>
            <source>Fusionar…</source>
            <translation>Merge…</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Misma cédula</source>
            <translation>Same ID number</translation>
        </message>
        <message>
            <source>Mismo nombre y nacimiento</source>
            <translation>Same name and birth date</translation>
        </message>
        <message>
            <source>Dato compartido</source>
            <translation>Shared data</translation>
        </message>
        <message>
            <source>Registros</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>People</translation>
        </message>
        <message numerus="yes">
            <source>%n posible(s) duplicado(s)</source>
            <translation>
                <numerusform>%n possible duplicate</numerusform>
                <numerusform>%n possible duplicates</numerusform>
            </translation>
        </message>
        <message>
            <source>No hay posibles duplicados.</source>
            <translation>There are no possible duplicates.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Importar censo</source>
            <translation>Import census</translation>
        </message>
        <message>
            <source>Archivo:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Según la columna «Consejo comunal» del archivo</source>
            <translation>From the file's 'Consejo comunal' column</translation>
        </message>
        <message>
            <source>Consejo comunal:</source>
            <translation>Communal council:</translation>
        </message>
        <message>
            <source>Revisando el archivo…</source>
            <translation>Checking the file…</translation>
        </message>
        <message>
            <source>Cédula</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Nombres</source>
            <translation>Given names</translation>
        </message>
        <message>
            <source>Apellidos</source>
            <translation>Surnames</translation>
        </message>
        <message>
            <source>Nacimiento</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>Sexo</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Dirección</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Fila</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Columna</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Vista previa</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Filas con errores</source>
            <translation>Rows with errors</translation>
        </message>
        <message>
            <source>Importar</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Importando…</source>
            <translation>Importing…</translation>
        </message>
        <message numerus="yes">
            <source>Filas con errores (%n)</source>
            <translation>
                <numerusform>Rows with errors (%n)</numerusform>
                <numerusform>Rows with errors (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Filas leídas: {rows}. Ya estaban en el censo: {present}. Repetidas en el archivo: {repeated}. Filas con errores: {errors}.</source>
            <translation>Rows read: {rows}. Already in the census: {present}. Repeated in the file: {repeated}. Rows with errors: {errors}.</translation>
        </message>
        <message numerus="yes">
            <source>Se agregarán %n habitante(s).</source>
            <translation>
                <numerusform>%n resident will be added.</numerusform>
                <numerusform>%n residents will be added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importar %n habitante(s)</source>
            <translation>
                <numerusform>Import %n resident</numerusform>
                <numerusform>Import %n residents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Se agregaron %n habitante(s).</source>
            <translation>
                <numerusform>%n resident was added.</numerusform>
                <numerusform>%n residents were added.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importado</source>
            <translation>Imported</translation>
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
        <name>MergeDialog</name>
        <message>
            <source>Fusionar registros duplicados</source>
            <translation>Merge duplicate records</translation>
        </message>
        <message>
            <source>Elija el registro que queda y, dato por dato, el valor correcto. El otro registro se archiva y apunta al que queda; su asistencia y sus votos cuentan para el que queda.</source>
            <translation>Choose the record to keep and, field by field, the right value. The other record is archived and points at the one kept; its attendance and votes count for the one kept.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Registro que queda&lt;/b&gt;</source>
            <translation>&lt;b&gt;Record to keep&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Este ({id})</source>
            <translation>This one ({id})</translation>
        </message>
        <message>
            <source>Nombres</source>
            <translation>Given names</translation>
        </message>
        <message>
            <source>Apellidos</source>
            <translation>Surnames</translation>
        </message>
        <message>
            <source>Cédula</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Fecha de nacimiento</source>
            <translation>Birth date</translation>
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
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Dirección</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Teléfono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Hogar</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>(vacío)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Fusionar</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>OrganizationTab</name>
        <message>
            <source>Organización</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Nombre del nuevo consejo comunal</source>
            <translation>Name of the new communal council</translation>
        </message>
        <message>
            <source>Agregar consejo</source>
            <translation>Add council</translation>
        </message>
        <message>
            <source>Datos y territorio</source>
            <translation>Details and territory</translation>
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
            <source>Código de registro:</source>
            <translation>Registry code:</translation>
        </message>
        <message>
            <source>Guardar cambios</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Sectores</source>
            <translation>Sectors</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Descripción</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Nombre del sector (calle, vereda, bloque)</source>
            <translation>Sector name (street, path, block)</translation>
        </message>
        <message>
            <source>Agregar sector</source>
            <translation>Add sector</translation>
        </message>
        <message>
            <source>Comités y voceros</source>
            <translation>Committees and spokespeople</translation>
        </message>
        <message>
            <source>Nuevo comité, p. ej. Comité de Agua</source>
            <translation>New committee, e.g. Water Committee</translation>
        </message>
        <message>
            <source>Agregar comité</source>
            <translation>Add committee</translation>
        </message>
        <message>
            <source>Vocero(a)</source>
            <translation>Spokesperson</translation>
        </message>
        <message>
            <source>Cargo</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Desde</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Hasta</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Comité</source>
            <translation>Committee</translation>
        </message>
        <message>
            <source>Cédula o nombre del habitante</source>
            <translation>Resident's ID number or name</translation>
        </message>
        <message>
            <source>Cargo (principal, suplente)</source>
            <translation>Role (principal, alternate)</translation>
        </message>
        <message>
            <source>Desde dd/mm/aaaa</source>
            <translation>From dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Hasta dd/mm/aaaa</source>
            <translation>Until dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Agregar vocero</source>
            <translation>Add spokesperson</translation>
        </message>
        <message>
            <source>Terminar período del vocero elegido</source>
            <translation>End the chosen spokesperson's term</translation>
        </message>
        <message>
            <source>Período vencido</source>
            <translation>Term ended</translation>
        </message>
        <message>
            <source>Por comenzar</source>
            <translation>Not yet started</translation>
        </message>
        <message>
            <source>Vigente</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>Cambios guardados.</source>
            <translation>Changes saved.</translation>
        </message>
        <message>
            <source>Consejo comunal agregado.</source>
            <translation>Communal council added.</translation>
        </message>
        <message>
            <source>Sector agregado.</source>
            <translation>Sector added.</translation>
        </message>
        <message>
            <source>Comité agregado.</source>
            <translation>Committee added.</translation>
        </message>
        <message>
            <source>Agregue primero un comité.</source>
            <translation>Add a committee first.</translation>
        </message>
        <message>
            <source>Escriba la cédula o el nombre del vocero.</source>
            <translation>Type the spokesperson's ID number or name.</translation>
        </message>
        <message>
            <source>Vocero agregado.</source>
            <translation>Spokesperson added.</translation>
        </message>
        <message>
            <source>Elija un vocero en la tabla.</source>
            <translation>Choose a spokesperson in the table.</translation>
        </message>
        <message>
            <source>Período terminado.</source>
            <translation>Term ended.</translation>
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
        <name>ResidentDialog</name>
        <message>
            <source>Editar habitante</source>
            <translation>Edit resident</translation>
        </message>
        <message>
            <source>Agregar habitante</source>
            <translation>Add resident</translation>
        </message>
        <message>
            <source>V-12345678 (vacío si no tiene)</source>
            <translation>V-12345678 (empty if none)</translation>
        </message>
        <message>
            <source>dd/mm/aaaa</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Sin indicar</source>
            <translation>Not given</translation>
        </message>
        <message>
            <source>código de la familia o vivienda</source>
            <translation>family or dwelling code</translation>
        </message>
        <message>
            <source>Nombres:</source>
            <translation>Given names:</translation>
        </message>
        <message>
            <source>Apellidos:</source>
            <translation>Surnames:</translation>
        </message>
        <message>
            <source>Cédula:</source>
            <translation>ID number:</translation>
        </message>
        <message>
            <source>Fecha de nacimiento:</source>
            <translation>Birth date:</translation>
        </message>
        <message>
            <source>Sexo:</source>
            <translation>Sex:</translation>
        </message>
        <message>
            <source>Consejo comunal:</source>
            <translation>Communal council:</translation>
        </message>
        <message>
            <source>Sector:</source>
            <translation>Sector:</translation>
        </message>
        <message>
            <source>Dirección:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Teléfono:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Hogar:</source>
            <translation>Household:</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Sin sector</source>
            <translation>No sector</translation>
        </message>
        <message numerus="yes">
            <source>%n año(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
        <message>
            <source>Escriba los nombres o los apellidos.</source>
            <translation>Type the given names or the surnames.</translation>
        </message>
        <message>
            <source>Registre primero un consejo comunal en la pestaña Organización.</source>
            <translation>Register a communal council first in the Organization tab.</translation>
        </message>
        <message>
            <source>Posible duplicado: ya está registrado {people}. Revise antes de guardar.</source>
            <translation>Possible duplicate: already registered {people}. Check before saving.</translation>
        </message>
        <message>
            <source>Guardar de todos modos</source>
            <translation>Save anyway</translation>
        </message>
    </context>
    <context>
        <name>ResidentsTab</name>
        <message>
            <source>Buscar por nombre o cédula…</source>
            <translation>Search by name or ID number…</translation>
        </message>
        <message>
            <source>Todas las edades</source>
            <translation>All ages</translation>
        </message>
        <message>
            <source>Agregar habitante</source>
            <translation>Add resident</translation>
        </message>
        <message>
            <source>Editar</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Importar…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Exportar…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Imprimir censo…</source>
            <translation>Print census…</translation>
        </message>
        <message>
            <source>Cédula</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>sin cédula</source>
            <translation>no ID number</translation>
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
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Dirección</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Todos los consejos</source>
            <translation>All councils</translation>
        </message>
        <message>
            <source>Todos los sectores</source>
            <translation>All sectors</translation>
        </message>
        <message numerus="yes">
            <source>%n habitante(s)</source>
            <translation>
                <numerusform>%n resident</numerusform>
                <numerusform>%n residents</numerusform>
            </translation>
        </message>
        <message>
            <source>Importar censo</source>
            <translation>Import census</translation>
        </message>
        <message>
            <source>Hojas de cálculo (*.csv *.xlsx *.txt)</source>
            <translation>Spreadsheets (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Exportar censo</source>
            <translation>Export census</translation>
        </message>
        <message>
            <source>Libro de Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n habitante(s) exportado(s)</source>
            <translation>
                <numerusform>%n resident exported</numerusform>
                <numerusform>%n residents exported</numerusform>
            </translation>
        </message>
        <message>
            <source>Imprimir censo</source>
            <translation>Print census</translation>
        </message>
        <message>
            <source>Consejo comunal:</source>
            <translation>Communal council:</translation>
        </message>
        <message>
            <source>Censo de {name}</source>
            <translation>Census of {name}</translation>
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