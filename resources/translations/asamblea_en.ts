<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Acerca de Asamblea</source>
            <translation>About Asamblea</translation>
        </message>
        <message>
            <source>Asamblea {version}</source>
            <translation>Asamblea {version}</translation>
        </message>
        <message>
            <source>Censo, asambleas, consulta popular y actas para consejos comunales y comunas.</source>
            <translation>Census, assemblies, popular consultation and minutes for communal councils and communes.</translation>
        </message>
        <message>
            <source>sin revisión</source>
            <translation>no revision</translation>
        </message>
        <message>
            <source>Versión:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <source>Revisión del esquema:</source>
            <translation>Schema revision:</translation>
        </message>
        <message>
            <source>Huella de este equipo:</source>
            <translation>This laptop's fingerprint:</translation>
        </message>
        <message>
            <source>Componentes:</source>
            <translation>Components:</translation>
        </message>
        <message>
            <source>Software libre (GPL-3.0 o posterior). Al pedir ayuda, diga la versión y la huella.</source>
            <translation>Free software (GPL-3.0 or later). When asking for help, give the version and the fingerprint.</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Orden del día</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>N.º</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Punto</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Punto nuevo del orden del día</source>
            <translation>New agenda item</translation>
        </message>
        <message>
            <source>Agregar punto</source>
            <translation>Add item</translation>
        </message>
        <message>
            <source>Quitar el punto elegido</source>
            <translation>Remove the chosen item</translation>
        </message>
        <message>
            <source>Lo tratado en este punto:</source>
            <translation>What was discussed on this item:</translation>
        </message>
        <message>
            <source>Guardar lo tratado</source>
            <translation>Save what was discussed</translation>
        </message>
        <message>
            <source>Intervenciones</source>
            <translation>Speakers</translation>
        </message>
        <message>
            <source>Quién habló</source>
            <translation>Who spoke</translation>
        </message>
        <message>
            <source>Resumen (opcional)</source>
            <translation>Summary (optional)</translation>
        </message>
        <message>
            <source>Anotar</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Quitar…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <source>Acuerdo y votación</source>
            <translation>Agreement and vote</translation>
        </message>
        <message>
            <source>Aprobado por aclamación</source>
            <translation>Approved by acclamation</translation>
        </message>
        <message>
            <source>Registrar acuerdo</source>
            <translation>Record agreement</translation>
        </message>
        <message>
            <source>Acuerdo</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>A favor</source>
            <translation>For</translation>
        </message>
        <message>
            <source>En contra</source>
            <translation>Against</translation>
        </message>
        <message>
            <source>Abstenciones</source>
            <translation>Abstentions</translation>
        </message>
        <message>
            <source>Votación</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Presentes</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Quórum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>sí</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Quitar el acuerdo elegido</source>
            <translation>Remove the chosen agreement</translation>
        </message>
        <message>
            <source>por aclamación</source>
            <translation>by acclamation</translation>
        </message>
        <message>
            <source>{f} a favor, {c} en contra, {ab} abstenciones</source>
            <translation>{f} for, {c} against, {ab} abstentions</translation>
        </message>
        <message>
            <source>Presentes ahora con derecho a voto: {n} (la votación no puede sumar más)</source>
            <translation>Present now with a vote: {n} (the vote cannot add up to more)</translation>
        </message>
        <message>
            <source>Punto {n}: {title}</source>
            <translation>Item {n}: {title}</translation>
        </message>
        <message>
            <source>Nadie anotado.</source>
            <translation>Nobody listed.</translation>
        </message>
        <message>
            <source>Quitar acuerdo</source>
            <translation>Remove agreement</translation>
        </message>
        <message>
            <source>¿Quitar el acuerdo «{text}» ({votes})? Desaparece del acta.</source>
            <translation>Remove the agreement «{text}» ({votes})? It disappears from the minutes.</translation>
        </message>
        <message>
            <source>Quitar punto</source>
            <translation>Remove item</translation>
        </message>
        <message>
            <source>¿Quitar el punto {n}: «{title}» del orden del día?</source>
            <translation>Remove item {n}: «{title}» from the agenda?</translation>
        </message>
        <message>
            <source>Quitar intervención</source>
            <translation>Remove intervention</translation>
        </message>
        <message>
            <source>Intervención anotada por error:</source>
            <translation>Intervention noted by mistake:</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>Responder el hallazgo</source>
            <translation>Answer the finding</translation>
        </message>
        <message>
            <source>Hallazgo</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Respuesta</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Responde</source>
            <translation>Answered by</translation>
        </message>
    </context>
    <context>
        <name>AssembliesPage</name>
        <message>
            <source>Asambleas</source>
            <translation>Assemblies</translation>
        </message>
        <message>
            <source>Convocar asamblea…</source>
            <translation>Convene an assembly…</translation>
        </message>
        <message>
            <source>Abrir el día de la asamblea</source>
            <translation>Open the assembly day</translation>
        </message>
        <message>
            <source>Corregir convocatoria…</source>
            <translation>Correct the call…</translation>
        </message>
        <message>
            <source>Corregir la fecha, el lugar o la convocatoria</source>
            <translation>Correct the date, the place or the call</translation>
        </message>
        <message>
            <source>Suspender…</source>
            <translation>Suspend…</translation>
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
        <name>AssemblyDayView</name>
        <message>
            <source>← Volver a la lista</source>
            <translation>← Back to the list</translation>
        </message>
        <message>
            <source>Convocatoria</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Lista de asistencia</source>
            <translation>Attendance sheet</translation>
        </message>
        <message>
            <source>Priorización</source>
            <translation>Prioritization</translation>
        </message>
        <message>
            <source>Asistencia</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Imprimir convocatoria…</source>
            <translation>Print the convocation…</translation>
        </message>
        <message>
            <source>Imprimir lista de asistencia…</source>
            <translation>Print the attendance sheet…</translation>
        </message>
        <message>
            <source>Imprimir priorización…</source>
            <translation>Print the prioritization…</translation>
        </message>
        <message>
            <source>Orden del día y acuerdos</source>
            <translation>Agenda and agreements</translation>
        </message>
        <message>
            <source>Problemas y priorización</source>
            <translation>Problems and prioritization</translation>
        </message>
        <message>
            <source>Acta</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>{kind} · {org} · {when} · {place}</source>
            <translation>{kind} · {org} · {when} · {place}</translation>
        </message>
        <message>
            <source> · acta aprobada</source>
            <translation> · minutes approved</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Electores de {table}</source>
            <translation>Voters of {table}</translation>
        </message>
        <message>
            <source>Por consejo comunal</source>
            <translation>By communal council</translation>
        </message>
        <message>
            <source>Por sector</source>
            <translation>By sector</translation>
        </message>
        <message>
            <source>Asignar</source>
            <translation>Assign</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Respaldos</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Tamaño</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Restaurar este respaldo</source>
            <translation>Restore this backup</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{kb} KB</source>
            <translation>{kb} KB</translation>
        </message>
        <message>
            <source>Elija un respaldo para ver lo que contiene.</source>
            <translation>Choose a backup to see what it holds.</translation>
        </message>
        <message>
            <source>Comprobando el respaldo…</source>
            <translation>Checking the backup…</translation>
        </message>
        <message>
            <source>Este respaldo está dañado ({d}); no se puede restaurar.</source>
            <translation>This backup is damaged ({d}); it cannot be restored.</translation>
        </message>
        <message>
            <source>{residents} habitantes, {assemblies} asambleas, {projects} proyectos, {changes} cambios. Sano.</source>
            <translation>{residents} residents, {assemblies} assemblies, {projects} projects, {changes} changes. Sound.</translation>
        </message>
        <message>
            <source>Restaurar respaldo</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>¿Restaurar el respaldo del {date}? La base de datos actual se respalda primero. Los cambios hechos en este equipo después de esa fecha que ya se enviaron a otros equipos volverán con la próxima sincronización; los demás se pierden.</source>
            <translation>Restore the backup of {date}? The current database is backed up first. Changes made on this laptop after that date that were already sent to other laptops will come back with the next sync; the others are lost.</translation>
        </message>
        <message>
            <source>diario</source>
            <translation>daily</translation>
        </message>
        <message>
            <source>a pedido</source>
            <translation>on demand</translation>
        </message>
        <message>
            <source>antes de importar</source>
            <translation>before importing</translation>
        </message>
        <message>
            <source>antes de actualizar</source>
            <translation>before upgrading</translation>
        </message>
        <message>
            <source>antes de restaurar</source>
            <translation>before restoring</translation>
        </message>
    </context>
    <context>
        <name>BackupsPanel</name>
        <message>
            <source>Respaldos</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Hacer un respaldo ahora</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Copiar respaldo a la memoria USB</source>
            <translation>Copy a backup to the USB stick</translation>
        </message>
        <message>
            <source>Ver y restaurar respaldos…</source>
            <translation>See and restore backups…</translation>
        </message>
        <message>
            <source>Todavía no hay respaldos. El programa guarda uno al empezar cada día y antes de importar o restaurar.</source>
            <translation>No backups yet. The program keeps one when it starts each day and before importing or restoring.</translation>
        </message>
        <message>
            <source>Último respaldo: {date} ({n} guardados en la carpeta «copias»). La llave de este equipo nunca va en un respaldo.</source>
            <translation>Latest backup: {date} ({n} kept in the “copias” folder). This laptop's key never goes into a backup.</translation>
        </message>
        <message>
            <source>Elija la memoria USB donde copiar el respaldo</source>
            <translation>Choose the USB stick to copy the backup to</translation>
        </message>
        <message>
            <source>Respaldo copiado</source>
            <translation>Backup copied</translation>
        </message>
        <message>
            <source>Respaldo escrito y comprobado en {path}. Ya puede retirar la memoria; guárdela en un lugar seguro: contiene el censo completo.</source>
            <translation>Backup written and checked at {path}. You may remove the stick now; keep it somewhere safe: it holds the whole census.</translation>
        </message>
    </context>
    <context>
        <name>BajaDialog</name>
        <message>
            <source>Dar de baja</source>
            <translation>Take off the census</translation>
        </message>
        <message>
            <source>Habitante</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Desde el día</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Se mudó</source>
            <translation>Moved away</translation>
        </message>
        <message>
            <source>Falleció</source>
            <translation>Died</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Deja de contar para el quórum, el censo y los registros de votantes desde ese día. Su asistencia pasada se conserva.</source>
            <translation>From that day on they no longer count for the quorum, the census or the voter registers. Their past attendance is kept.</translation>
        </message>
    </context>
    <context>
        <name>BallotsDialog</name>
        <message>
            <source>Boletas de {table}</source>
            <translation>Ballots for {table}</translation>
        </message>
        <message>
            <source>Recuadro para escribir el número (oficial)</source>
            <translation>Box to write the number (official)</translation>
        </message>
        <message>
            <source>Lista de proyectos con casillas</source>
            <translation>List of projects with boxes</translation>
        </message>
        <message>
            <source>{style} (el de toda la consulta)</source>
            <translation>{style} (the whole consultation's)</translation>
        </message>
        <message>
            <source>El primer tiraje fija el modelo para toda la consulta.</source>
            <translation>The first run fixes the style for the whole consultation.</translation>
        </message>
        <message>
            <source>MUESTRA (sin seriales, no se registra)</source>
            <translation>SPECIMEN (no serials, nothing recorded)</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Modelo</source>
            <translation>Style</translation>
        </message>
        <message>
            <source>Se imprimen boletas de MUESTRA: no llevan serial y no se registra nada.</source>
            <translation>SPECIMEN ballots are printed: they carry no serial and nothing is recorded.</translation>
        </message>
        <message>
            <source>Al preparar las boletas quedan registrados los seriales {first} a {last} de esta mesa.</source>
            <translation>Preparing the ballots records serials {first} to {last} for this table.</translation>
        </message>
    </context>
    <context>
        <name>BudgetLineDialog</name>
        <message>
            <source>Partida del presupuesto</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <source>Materiales</source>
            <translation>Materials</translation>
        </message>
        <message>
            <source>Mano de obra</source>
            <translation>Labour</translation>
        </message>
        <message>
            <source>Transporte</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>Servicios</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Otros</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Partida</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Monto previsto</source>
            <translation>Planned amount</translation>
        </message>
    </context>
    <context>
        <name>CancelAssemblyDialog</name>
        <message>
            <source>Suspender la asamblea</source>
            <translation>Suspend the assembly</translation>
        </message>
        <message>
            <source>p. ej. lluvia, falta de local</source>
            <translation>e.g. rain, no venue</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>CandidatesTab</name>
        <message>
            <source>N.º</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Proyecto</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Postular proyecto…</source>
            <translation>Nominate project…</translation>
        </message>
        <message>
            <source>Subir</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Bajar</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Retirar</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Reglas…</source>
            <translation>Rules…</translation>
        </message>
        <message>
            <source>Imprimir guía de proyectos…</source>
            <translation>Print the projects guide…</translation>
        </message>
        <message>
            <source>Guía de proyectos</source>
            <translation>Project guide</translation>
        </message>
        <message>
            <source>se financia el proyecto más votado</source>
            <translation>the most voted project is funded</translation>
        </message>
        <message>
            <source>se financian los {n} proyectos más votados</source>
            <translation>the {n} most voted projects are funded</translation>
        </message>
        <message>
            <source>se financian en orden de votos hasta agotar el presupuesto</source>
            <translation>projects are funded in vote order until the budget runs out</translation>
        </message>
        <message>
            <source>Reglas: {rule}; un empate se resuelve por {tie}. Máximo {max} proyectos.</source>
            <translation>Rules: {rule}; a tie is settled by {tie}. At most {max} projects.</translation>
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
        <name>CheckInPanel</name>
        <message>
            <source>Cédula o nombre, y Enter para registrar la llegada</source>
            <translation>ID number or name, then Enter to check in</translation>
        </message>
        <message>
            <source>Registrar llegada</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>Deshacer última llegada</source>
            <translation>Undo last check-in</translation>
        </message>
        <message>
            <source>Habitante nuevo…</source>
            <translation>New resident…</translation>
        </message>
        <message>
            <source>Coincidencias en el censo</source>
            <translation>Matches in the census</translation>
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
            <source>Edad</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>presente</source>
            <translation>present</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Presentes</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Llegada</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source> (menor)</source>
            <translation> (minor)</translation>
        </message>
        <message>
            <source>Registrar salida de la persona elegida</source>
            <translation>Record the chosen person leaving</translation>
        </message>
        <message>
            <source>Habitante nuevo (queda en el censo y registra su llegada)</source>
            <translation>New resident (added to the census and checked in)</translation>
        </message>
        <message>
            <source>día/mes/año</source>
            <translation>day/month/year</translation>
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
            <source>Fecha de nacimiento</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Consejo comunal</source>
            <translation>Communal council</translation>
        </message>
        <message>
            <source>Guardar y registrar llegada</source>
            <translation>Save and check in</translation>
        </message>
        <message>
            <source>El acta está aprobada: la asistencia ya no cambia.</source>
            <translation>The minutes are approved: attendance no longer changes.</translation>
        </message>
        <message>
            <source>Llegada registrada: {name}</source>
            <translation>Checked in: {name}</translation>
        </message>
        <message numerus="yes">
            <source>Presentes (%n)</source>
            <translation>
                <numerusform>Present (%n)</numerusform>
                <numerusform>Present (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Se deshizo la llegada de {name}</source>
            <translation>Check-in of {name} undone</translation>
        </message>
        <message>
            <source>Salida registrada: {name}</source>
            <translation>Left: {name}</translation>
        </message>
    </context>
    <context>
        <name>ClosingHour</name>
        <message>
            <source>Hora de cierre</source>
            <translation>Closing time</translation>
        </message>
        <message>
            <source>La asamblea fue otro día: el acta no puede llevar la hora de ahora.
Escriba la hora en que se cerró (HH:MM, por ejemplo 18:30):</source>
            <translation>The assembly was on another day: the minutes cannot carry the time it is now.
Type the time it closed (HH:MM, for example 18:30):</translation>
        </message>
    </context>
    <context>
        <name>ConsultationPage</name>
        <message>
            <source>Consulta popular</source>
            <translation>Popular consultation</translation>
        </message>
        <message>
            <source>Consulta:</source>
            <translation>Consultation:</translation>
        </message>
        <message>
            <source>Nueva consulta…</source>
            <translation>New consultation…</translation>
        </message>
        <message>
            <source>Centros, mesas y papeles</source>
            <translation>Centres, tables and papers</translation>
        </message>
        <message>
            <source>Escrutinio</source>
            <translation>Counting</translation>
        </message>
        <message>
            <source>Resultados</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Todavía no hay consultas.</source>
            <translation>There are no consultations yet.</translation>
        </message>
        <message>
            <source>Estado: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>{n} elector</source>
            <translation>{n} voter</translation>
        </message>
        <message>
            <source>{n} electores</source>
            <translation>{n} voters</translation>
        </message>
        <message>
            <source>{n} mesa</source>
            <translation>{n} table</translation>
        </message>
        <message>
            <source>{n} mesas</source>
            <translation>{n} tables</translation>
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
            <source>Recibir datos de otra laptop…</source>
            <translation>Receive data from another laptop…</translation>
        </message>
        <message>
            <source>Registrar la organización…</source>
            <translation>Register the organization…</translation>
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
            <source>Reciba los datos de la laptop de otra vocería con una memoria USB, registre su comuna o consejo comunal, o inicie con «asamblea demo» para ver datos de ejemplo.</source>
            <translation>Receive the data of another spokesperson's laptop on a USB stick, register your commune or communal council, or start with "asamblea demo" to see example data.</translation>
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
        <name>DisbursementDialog</name>
        <message>
            <source>Dinero recibido</source>
            <translation>Money received</translation>
        </message>
        <message>
            <source>banco comunal, ministerio...</source>
            <translation>communal bank, ministry...</translation>
        </message>
        <message>
            <source>Origen</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Referencia bancaria</source>
            <translation>Bank reference</translation>
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
        <message>
            <source>{n} posible duplicado</source>
            <translation>{n} possible duplicate</translation>
        </message>
        <message>
            <source>{n} posibles duplicados</source>
            <translation>{n} possible duplicates</translation>
        </message>
        <message>
            <source>No hay posibles duplicados.</source>
            <translation>There are no possible duplicates.</translation>
        </message>
    </context>
    <context>
        <name>EditAssemblyDialog</name>
        <message>
            <source>Corregir la convocatoria</source>
            <translation>Correct the convocation</translation>
        </message>
        <message>
            <source>Primera convocatoria</source>
            <translation>First call</translation>
        </message>
        <message>
            <source>Segunda convocatoria</source>
            <translation>Second call</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Hora</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Lugar</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Título (opcional)</source>
            <translation>Title (optional)</translation>
        </message>
        <message>
            <source>Convoca</source>
            <translation>Called by</translation>
        </message>
        <message>
            <source>Convocatoria</source>
            <translation>Call</translation>
        </message>
    </context>
    <context>
        <name>ExpenseDialog</name>
        <message>
            <source>Comprobante del gasto</source>
            <translation>Receipt of the expense</translation>
        </message>
        <message>
            <source>Imágenes o PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Images or PDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>Gasto</source>
            <translation>Expense</translation>
        </message>
        <message>
            <source>(sin partida)</source>
            <translation>(no budget line)</translation>
        </message>
        <message>
            <source>foto o PDF de la factura</source>
            <translation>photo or PDF of the invoice</translation>
        </message>
        <message>
            <source>Elegir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Proveedor</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>RIF</source>
            <translation>RIF</translation>
        </message>
        <message>
            <source>Factura o nota N.º</source>
            <translation>Invoice or note No.</translation>
        </message>
        <message>
            <source>Descripción</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Partida</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <source>Pagó</source>
            <translation>Paid by</translation>
        </message>
        <message>
            <source>Comprobante</source>
            <translation>Receipt</translation>
        </message>
    </context>
    <context>
        <name>FundDialog</name>
        <message>
            <source>Registrar el proyecto como financiado</source>
            <translation>Record the project as funded</translation>
        </message>
        <message>
            <source>Monto</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Moneda</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Quién lo registra</source>
            <translation>Recorded by</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Historial</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Cargando el historial…</source>
            <translation>Loading the history…</translation>
        </message>
        <message>
            <source>Cambio</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Antes</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Después</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{label}: {n} cambios. Cada cambio dice en qué equipo se hizo y quién estaba a cargo de ese equipo.</source>
            <translation>{label}: {n} changes. Each change says on which laptop it was made and who was in charge of that laptop.</translation>
        </message>
        <message>
            <source>a cargo: {name}</source>
            <translation>in charge: {name}</translation>
        </message>
        <message>
            <source>nadie a cargo registrado</source>
            <translation>nobody recorded in charge</translation>
        </message>
        <message>
            <source>{date} — {kind} en «{device}» ({fingerprint}) — {who}</source>
            <translation>{date} — {kind} on “{device}” ({fingerprint}) — {who}</translation>
        </message>
        <message>
            <source>Creado</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Modificado</source>
            <translation>Edited</translation>
        </message>
        <message>
            <source>Borrado</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Unión de las versiones de dos equipos</source>
            <translation>Two laptops' versions joined</translation>
        </message>
        <message>
            <source>Conflicto resuelto por una persona</source>
            <translation>Conflict resolved by a person</translation>
        </message>
        <message>
            <source>(vacío)</source>
            <translation>(empty)</translation>
        </message>
    </context>
    <context>
        <name>HubSettingsBox</name>
        <message>
            <source>Hub (sincronizar cuando haya conexión)</source>
            <translation>Hub (sync when there is a connection)</translation>
        </message>
        <message>
            <source>Dirección del hub:</source>
            <translation>Hub address:</translation>
        </message>
        <message>
            <source>Huella del hub:</source>
            <translation>Hub fingerprint:</translation>
        </message>
        <message>
            <source>Fijar hub</source>
            <translation>Set hub</translation>
        </message>
        <message>
            <source>Escriba la dirección y la huella que dio el administrador del hub.</source>
            <translation>Type the address and the fingerprint the hub's administrator gave.</translation>
        </message>
        <message>
            <source>Hub fijado: {url}. Se sincroniza solo cuando responde.</source>
            <translation>Hub set: {url}. It syncs by itself whenever it answers.</translation>
        </message>
    </context>
    <context>
        <name>HubStatusLine</name>
        <message>
            <source>Sincronizar ahora</source>
            <translation>Sync now</translation>
        </message>
    </context>
    <context>
        <name>HubSync</name>
        <message>
            <source>hace un momento</source>
            <translation>a moment ago</translation>
        </message>
        <message>
            <source>hace {n} min</source>
            <translation>{n} min ago</translation>
        </message>
        <message>
            <source>hace {n} h</source>
            <translation>{n} h ago</translation>
        </message>
        <message>
            <source>hace {n} días</source>
            <translation>{n} days ago</translation>
        </message>
        <message>
            <source>Sin hub: se sincroniza con memoria USB.</source>
            <translation>No hub: syncing is by USB stick.</translation>
        </message>
        <message>
            <source>Última sincronización: {when}</source>
            <translation>Last sync: {when}</translation>
        </message>
        <message>
            <source>Aún no se ha sincronizado con el hub</source>
            <translation>Not synced with the hub yet</translation>
        </message>
        <message>
            <source>1 cambio por enviar</source>
            <translation>1 change to send</translation>
        </message>
        <message>
            <source>{n} cambios por enviar</source>
            <translation>{n} changes to send</translation>
        </message>
        <message>
            <source>nada por enviar</source>
            <translation>nothing to send</translation>
        </message>
        <message>
            <source>1 paquete entregado, por confirmar</source>
            <translation>1 bundle delivered, awaiting confirmation</translation>
        </message>
        <message>
            <source>{n} paquetes entregados, por confirmar</source>
            <translation>{n} bundles delivered, awaiting confirmation</translation>
        </message>
        <message>
            <source>Último intento: {error}</source>
            <translation>Last attempt: {error}</translation>
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
            <source>Detener</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Leyendo… {n} fila</source>
            <translation>Reading… {n} row</translation>
        </message>
        <message>
            <source>Leyendo… {n} filas</source>
            <translation>Reading… {n} rows</translation>
        </message>
        <message>
            <source>Datos que faltan</source>
            <translation>Missing details</translation>
        </message>
        <message>
            <source>{n} persona ya registrada tiene datos que faltan: ¿completarlos?</source>
            <translation>{n} person already registered has missing details: fill them in?</translation>
        </message>
        <message>
            <source>{n} personas ya registradas tienen datos que faltan: ¿completarlos?</source>
            <translation>{n} people already registered have missing details: fill them in?</translation>
        </message>
        <message>
            <source>Personas ya registradas con datos que faltan y el archivo trae: {n}.</source>
            <translation>People already registered whose missing details the file has: {n}.</translation>
        </message>
        <message>
            <source>Personas ya registradas completadas: {n}.</source>
            <translation>People already registered completed: {n}.</translation>
        </message>
        <message>
            <source>Se agregará {n} habitante.</source>
            <translation>{n} resident will be added.</translation>
        </message>
        <message>
            <source>Se agregarán {n} habitantes.</source>
            <translation>{n} residents will be added.</translation>
        </message>
        <message>
            <source>Importar {n} habitante</source>
            <translation>Import {n} resident</translation>
        </message>
        <message>
            <source>Importar {n} habitantes</source>
            <translation>Import {n} residents</translation>
        </message>
        <message>
            <source>Completar {n} persona</source>
            <translation>Complete {n} person</translation>
        </message>
        <message>
            <source>Completar {n} personas</source>
            <translation>Complete {n} people</translation>
        </message>
        <message>
            <source>Se agregó {n} habitante.</source>
            <translation>{n} resident was added.</translation>
        </message>
        <message>
            <source>Se agregaron {n} habitantes.</source>
            <translation>{n} residents were added.</translation>
        </message>
        <message>
            <source>Sectores nuevos</source>
            <translation>New sectors</translation>
        </message>
        <message>
            <source>El archivo nombra sectores que el consejo comunal no tiene: {names}. ¿Crearlos al importar? (Con «No», esas filas no se importan.)</source>
            <translation>The file names sectors the communal council does not have: {names}. Create them while importing? (With «No», those rows are not imported.)</translation>
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
        <message>
            <source>Sectores nuevos (se crearán): {names}.</source>
            <translation>New sectors (to be created): {names}.</translation>
        </message>
        <message>
            <source>Sectores nuevos creados: {names}.</source>
            <translation>New sectors created: {names}.</translation>
        </message>
        <message>
            <source>Importación detenida: importe el mismo archivo otra vez para agregar lo que falta.</source>
            <translation>Import stopped: import the same file again to add what is missing.</translation>
        </message>
        <message>
            <source>Importado</source>
            <translation>Imported</translation>
        </message>
    </context>
    <context>
        <name>InspectionDialog</name>
        <message>
            <source>Inspección de la contraloría social</source>
            <translation>Oversight inspection</translation>
        </message>
        <message>
            <source>un hallazgo por línea</source>
            <translation>one finding per line</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Contralores</source>
            <translation>Inspectors</translation>
        </message>
        <message>
            <source>Qué se revisó</source>
            <translation>What was checked</translation>
        </message>
        <message>
            <source>Hallazgos</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Observaciones</source>
            <translation>Observations</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
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
            <source>Acerca de</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Trabajando…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Alguien borró el archivo de trabajo de la base de datos («-wal») mientras el programa la usaba. Lo guardado se pasó a la base ahora mismo y no se perdió. Para copiar la base use «Copiar respaldo a la memoria USB» en Configuración, nunca el archivo a mano.</source>
            <translation>Someone deleted the database's working file (“-wal”) while the program was using it. What was saved has just been moved into the database and nothing was lost. To copy the database use “Copiar respaldo a la memoria USB” in Configuración, never the file by hand.</translation>
        </message>
        <message>
            <source>Se restauró el respaldo; la base de datos anterior quedó respaldada. Los cambios hechos en este equipo después del respaldo que ya se enviaron a otros equipos volverán con la próxima sincronización.</source>
            <translation>The backup was restored; the previous database was backed up. Changes made on this laptop after the backup that were already sent to other laptops will come back with the next sync.</translation>
        </message>
        <message>
            <source>La base de datos tiene daños: {d}. No escriba más en ella: restaure el último respaldo sano en Configuración › Respaldos (la base dañada se respalda antes) o ejecute «asamblea check».</source>
            <translation>The database is damaged: {d}. Do not write to it any more: restore the last sound backup in Configuración › Respaldos (the damaged database is backed up first) or run “asamblea check”.</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Miembro de mesa o testigo</source>
            <translation>Table member or witness</translation>
        </message>
        <message>
            <source>Nombre y apellido</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Cédula</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Función</source>
            <translation>Role</translation>
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
            <source>Este registro</source>
            <translation>This record</translation>
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
        <message>
            <source>Fusionar registros</source>
            <translation>Merge records</translation>
        </message>
        <message>
            <source>¿Fusionar estos dos registros en uno?

Queda: {kept}
Se une a él: {other}

El segundo registro se archiva y no se puede deshacer desde aquí.</source>
            <translation>Merge these two records into one?

Kept: {kept}
Joined to it: {other}

The second record is archived, and this cannot be undone here.</translation>
        </message>
    </context>
    <context>
        <name>MinutesPanel</name>
        <message>
            <source>Apertura</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>Observaciones</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Cierre</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>Guardar borrador</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <source>Ver e imprimir el acta…</source>
            <translation>View and print the minutes…</translation>
        </message>
        <message>
            <source>Cerrar la asamblea</source>
            <translation>Close the assembly</translation>
        </message>
        <message>
            <source>Reabrir la asamblea</source>
            <translation>Reopen the assembly</translation>
        </message>
        <message>
            <source>Nombre de quien aprueba (secretaría)</source>
            <translation>Name of who approves (secretary)</translation>
        </message>
        <message>
            <source>Quién presidió la asamblea</source>
            <translation>Who chaired the assembly</translation>
        </message>
        <message>
            <source>Aprobar y sellar el acta</source>
            <translation>Approve and seal the minutes</translation>
        </message>
        <message>
            <source>Después de aprobada</source>
            <translation>After approval</translation>
        </message>
        <message>
            <source>Texto de la corrección (anexo)</source>
            <translation>Text of the correction (addendum)</translation>
        </message>
        <message>
            <source>Agregar anexo</source>
            <translation>Add addendum</translation>
        </message>
        <message>
            <source>Adjuntar foto o escaneo del acta firmada…</source>
            <translation>Attach a photo or scan of the signed minutes…</translation>
        </message>
        <message>
            <source>Acta aprobada y sellada. Código de verificación: {code}</source>
            <translation>Minutes approved and sealed. Verification code: {code}</translation>
        </message>
        <message>
            <source>Asamblea cerrada. El acta es un borrador: revísela y apruébela.</source>
            <translation>Assembly closed. The minutes are a draft: review and approve them.</translation>
        </message>
        <message>
            <source>Asamblea en curso. Cierre la asamblea para aprobar el acta.</source>
            <translation>Assembly in progress. Close the assembly to approve the minutes.</translation>
        </message>
        <message>
            <source>Sin archivos adjuntos.</source>
            <translation>No attachments.</translation>
        </message>
        <message>
            <source>¿Cerrar la asamblea ahora? Se anota la hora de cierre y no se registran más llegadas ni votaciones. Se puede reabrir mientras el acta no esté aprobada.</source>
            <translation>Close the assembly now? The closing time is noted and no more arrivals or votes are recorded. It can be reopened while the minutes are not approved.</translation>
        </message>
        <message>
            <source>Aprobar el acta</source>
            <translation>Approve the minutes</translation>
        </message>
        <message>
            <source>Una vez aprobada, el acta y lo registrado en la asamblea no se pueden cambiar; las correcciones van en anexos. ¿Aprobar ahora?</source>
            <translation>Once approved, the minutes and the assembly's record cannot be changed; corrections go in addenda. Approve now?</translation>
        </message>
        <message>
            <source>Acta de la asamblea</source>
            <translation>Assembly minutes</translation>
        </message>
        <message>
            <source>Secretaría</source>
            <translation>Secretary</translation>
        </message>
        <message>
            <source>Acta firmada</source>
            <translation>Signed minutes</translation>
        </message>
        <message>
            <source>Imágenes o PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Images or PDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
    </context>
    <context>
        <name>MoneyTab</name>
        <message>
            <source>Dinero recibido</source>
            <translation>Money received</translation>
        </message>
        <message>
            <source>Registrar ingreso</source>
            <translation>Record money received</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Monto</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Tasa</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>Valor</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Origen</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Referencia</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Gastos</source>
            <translation>Expenses</translation>
        </message>
        <message>
            <source>Adjuntar comprobante</source>
            <translation>Attach receipt</translation>
        </message>
        <message>
            <source>Registrar gasto</source>
            <translation>Record expense</translation>
        </message>
        <message>
            <source>Proveedor</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Comprobante</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>FALTA</source>
            <translation>MISSING</translation>
        </message>
        <message>
            <source>Factura</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>Partida</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <source>Descripción</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Seleccione un gasto para ver su comprobante.</source>
            <translation>Select an expense to see its receipt.</translation>
        </message>
        <message>
            <source>Este gasto no tiene comprobante: adjúntelo.</source>
            <translation>This expense has no receipt: attach it.</translation>
        </message>
        <message>
            <source>Documento PDF</source>
            <translation>PDF document</translation>
        </message>
        <message>
            <source>El archivo todavía no ha llegado.</source>
            <translation>The file has not arrived yet.</translation>
        </message>
    </context>
    <context>
        <name>NewAssemblyDialog</name>
        <message>
            <source>Convocar asamblea</source>
            <translation>Convene an assembly</translation>
        </message>
        <message>
            <source>Primera convocatoria</source>
            <translation>First call</translation>
        </message>
        <message>
            <source>Segunda convocatoria</source>
            <translation>Second call</translation>
        </message>
        <message>
            <source>p. ej. Colectivo de Coordinación Comunitaria</source>
            <translation>e.g. Community Coordination Collective</translation>
        </message>
        <message>
            <source>Un punto por línea</source>
            <translation>One item per line</translation>
        </message>
        <message>
            <source>— Ninguno —</source>
            <translation>— None —</translation>
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
            <source>Proyecto</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Convocatoria</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Hora</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Lugar</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Título (opcional)</source>
            <translation>Title (optional)</translation>
        </message>
        <message>
            <source>Convoca</source>
            <translation>Called by</translation>
        </message>
        <message>
            <source>Orden del día</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Convocar</source>
            <translation>Convene</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>El proyecto financiado del que rinde cuentas: su acta llevará el estado financiero, el avance y los hallazgos.</source>
            <translation>The funded project it accounts for: its minutes will carry the financial statement, the progress and the findings.</translation>
        </message>
    </context>
    <context>
        <name>NewConsultationDialog</name>
        <message>
            <source>Nueva consulta popular</source>
            <translation>New popular consultation</translation>
        </message>
        <message>
            <source>Primera Consulta Popular 2026</source>
            <translation>First Popular Consultation 2026</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Comuna o circuito</source>
            <translation>Commune or circuit</translation>
        </message>
        <message>
            <source>Día de la votación</source>
            <translation>Day of the vote</translation>
        </message>
    </context>
    <context>
        <name>NominateDialog</name>
        <message>
            <source>Postular un proyecto</source>
            <translation>Nominate a project</translation>
        </message>
        <message>
            <source>— Proyecto nuevo (abajo) —</source>
            <translation>— New project (below) —</translation>
        </message>
        <message>
            <source>De las asambleas</source>
            <translation>From the assemblies</translation>
        </message>
        <message>
            <source>Título del proyecto nuevo</source>
            <translation>Title of the new project</translation>
        </message>
        <message>
            <source>O uno nuevo</source>
            <translation>Or a new one</translation>
        </message>
        <message>
            <source>Área</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Costo</source>
            <translation>Cost</translation>
        </message>
    </context>
    <context>
        <name>OperatorBox</name>
        <message>
            <source>Cambiar</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Otra persona toma este equipo</source>
            <translation>Another person takes this laptop</translation>
        </message>
        <message>
            <source>A cargo: {name}</source>
            <translation>In charge: {name}</translation>
        </message>
        <message>
            <source>A cargo: nadie todavía</source>
            <translation>In charge: nobody yet</translation>
        </message>
    </context>
    <context>
        <name>OperatorDialog</name>
        <message>
            <source>Persona a cargo</source>
            <translation>Person in charge</translation>
        </message>
        <message>
            <source>¿Quién está a cargo de esta laptop?</source>
            <translation>Who is in charge of this laptop?</translation>
        </message>
        <message>
            <source>Su nombre queda en el historial de cada cambio que se haga desde ahora en este equipo, también en los otros equipos después de sincronizar. Si otra persona toma el equipo, use «Cambiar».</source>
            <translation>Your name is recorded in the history of every change made from now on on this laptop, also on the other laptops after syncing. If another person takes the laptop, use “Change”.</translation>
        </message>
        <message>
            <source>Nombre y apellido</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Continuar</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Ahora no</source>
            <translation>Not now</translation>
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
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Agregar</source>
            <translation>Add</translation>
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
            <source>Registre primero la comuna o el circuito comunal.</source>
            <translation>Register the commune or communal circuit first.</translation>
        </message>
        <message>
            <source>Organización agregada.</source>
            <translation>Organization added.</translation>
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
        <name>OversightTab</name>
        <message>
            <source>Responder hallazgo</source>
            <translation>Answer finding</translation>
        </message>
        <message>
            <source>Registrar inspección…</source>
            <translation>Record an inspection…</translation>
        </message>
        <message>
            <source>Inspección</source>
            <translation>Inspection</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>ABIERTO</source>
            <translation>OPEN</translation>
        </message>
        <message>
            <source>Respondido {day}</source>
            <translation>Answered {day}</translation>
        </message>
        <message>
            <source>Hallazgo</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Respuesta</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Contralores</source>
            <translation>Inspectors</translation>
        </message>
        <message>
            <source>{n} inspección</source>
            <translation>{n} inspection</translation>
        </message>
        <message>
            <source>{n} inspecciones</source>
            <translation>{n} inspections</translation>
        </message>
        <message>
            <source>{inspections}; hallazgos abiertos: {open}.</source>
            <translation>{inspections}; open findings: {open}.</translation>
        </message>
    </context>
    <context>
        <name>PageView</name>
        <message>
            <source>No se pudo mostrar la página {n}.</source>
            <translation>Page {n} could not be shown.</translation>
        </message>
        <message>
            <source>Página {n}…</source>
            <translation>Page {n}…</translation>
        </message>
    </context>
    <context>
        <name>PapersDialog</name>
        <message>
            <source>Papeletas registradas</source>
            <translation>Papers recorded</translation>
        </message>
        <message>
            <source>Elija una papeleta escrita dos veces o por error y quítela del conteo.</source>
            <translation>Choose a paper typed twice or by mistake and remove it from the count.</translation>
        </message>
        <message>
            <source>N.º</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Problemas marcados</source>
            <translation>Problems marked</translation>
        </message>
        <message>
            <source>Quitar la papeleta elegida</source>
            <translation>Remove the chosen paper</translation>
        </message>
        <message>
            <source>Quitar papeleta</source>
            <translation>Remove paper</translation>
        </message>
        <message>
            <source>¿Quitar la papeleta {n} del conteo?</source>
            <translation>Remove paper {n} from the count?</translation>
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
        <message>
            <source>{n} página</source>
            <translation>{n} page</translation>
        </message>
        <message>
            <source>{n} páginas</source>
            <translation>{n} pages</translation>
        </message>
        <message>
            <source>Página {n} de {total}</source>
            <translation>Page {n} of {total}</translation>
        </message>
        <message>
            <source>{name}: listo para imprimir o guardar.</source>
            <translation>{name}: ready to print or save.</translation>
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
        <message>
            <source>Enviando a la impresora…</source>
            <translation>Sending to the printer…</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Imprimir</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Página {done} de {total}</source>
            <translation>Page {done} of {total}</translation>
        </message>
        <message>
            <source>Impresión cancelada después de {n} página.</source>
            <translation>Printing cancelled after {n} page.</translation>
        </message>
        <message>
            <source>Impresión cancelada después de {n} páginas.</source>
            <translation>Printing cancelled after {n} pages.</translation>
        </message>
        <message>
            <source>{n} página enviada a la impresora.</source>
            <translation>{n} page sent to the printer.</translation>
        </message>
        <message>
            <source>{n} páginas enviadas a la impresora.</source>
            <translation>{n} pages sent to the printer.</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <source>Responsables del proyecto</source>
            <translation>People responsible for the project</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Habitantes</source>
            <translation>Residents</translation>
        </message>
    </context>
    <context>
        <name>ProblemTitleDialog</name>
        <message>
            <source>Corregir el título del problema</source>
            <translation>Correct the problem's title</translation>
        </message>
        <message>
            <source>Título</source>
            <translation>Title</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPage</name>
        <message>
            <source>Problemas</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Todas las organizaciones</source>
            <translation>All organizations</translation>
        </message>
        <message>
            <source>Todas las áreas</source>
            <translation>All areas</translation>
        </message>
        <message>
            <source>Organización:</source>
            <translation>Organization:</translation>
        </message>
        <message>
            <source>Área:</source>
            <translation>Area:</translation>
        </message>
        <message>
            <source>Corregir título…</source>
            <translation>Correct title…</translation>
        </message>
        <message>
            <source>Crear proyecto…</source>
            <translation>Create project…</translation>
        </message>
        <message>
            <source>Asamblea</source>
            <translation>Assembly</translation>
        </message>
        <message>
            <source>Lugar</source>
            <translation>Place</translation>
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
            <source>Familias</source>
            <translation>Families</translation>
        </message>
        <message>
            <source>(empate)</source>
            <translation>(tie)</translation>
        </message>
        <message>
            <source>{n} problema</source>
            <translation>{n} problem</translation>
        </message>
        <message>
            <source>{n} problemas</source>
            <translation>{n} problems</translation>
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
        <name>ProblemsPanel</name>
        <message>
            <source>Problemas planteados</source>
            <translation>Problems raised</translation>
        </message>
        <message>
            <source>N.º</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Familias</source>
            <translation>Families</translation>
        </message>
        <message>
            <source>Área</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Problema</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Quitar el problema elegido</source>
            <translation>Remove the chosen problem</translation>
        </message>
        <message>
            <source>Problema nuevo</source>
            <translation>New problem</translation>
        </message>
        <message>
            <source>Registrar problema</source>
            <translation>Record problem</translation>
        </message>
        <message>
            <source>Título</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Familias afectadas</source>
            <translation>Families affected</translation>
        </message>
        <message>
            <source>Descripción</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Priorización</source>
            <translation>Prioritization</translation>
        </message>
        <message>
            <source>puntos: </source>
            <translation>points: </translation>
        </message>
        <message>
            <source>Iniciar priorización</source>
            <translation>Start prioritization</translation>
        </message>
        <message>
            <source>Agregar papeleta</source>
            <translation>Add ballot</translation>
        </message>
        <message>
            <source>Ver o quitar papeletas…</source>
            <translation>See or remove papers…</translation>
        </message>
        <message>
            <source>Lugar</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Desempate</source>
            <translation>Tie-break</translation>
        </message>
        <message>
            <source>Cerrar el conteo (definitivo)</source>
            <translation>Close the count (final)</translation>
        </message>
        <message>
            <source>{n} papeleta o conteo registrado</source>
            <translation>{n} ballot or count recorded</translation>
        </message>
        <message>
            <source>{n} papeletas o conteos registrados</source>
            <translation>{n} ballots or counts recorded</translation>
        </message>
        <message>
            <source>Números en el orden decidido, p. ej. 3,1</source>
            <translation>Numbers in the decided order, e.g. 3,1</translation>
        </message>
        <message>
            <source>Cómo se decidió</source>
            <translation>How it was decided</translation>
        </message>
        <message>
            <source>Registrar desempate</source>
            <translation>Record tie-break</translation>
        </message>
        <message>
            <source>(empate)</source>
            <translation>(tie)</translation>
        </message>
        <message>
            <source>Cada papeleta: los números de los problemas en orden de preferencia, p. ej. 2,1,4,3,5.</source>
            <translation>Each ballot: the problems' numbers in order of preference, e.g. 2,1,4,3,5.</translation>
        </message>
        <message>
            <source>Cada papeleta: los números de los problemas que la persona apoya, p. ej. 1,3.</source>
            <translation>Each ballot: the numbers of the problems the person supports, e.g. 1,3.</translation>
        </message>
        <message>
            <source>Cada conteo: problema:manos, p. ej. 1:25, 2:40, 3:12.</source>
            <translation>Each count: problem:hands, e.g. 1:25, 2:40, 3:12.</translation>
        </message>
        <message>
            <source>Cada papeleta: problema:puntos, p. ej. 1:6, 3:4.</source>
            <translation>Each ballot: problem:points, e.g. 1:6, 3:4.</translation>
        </message>
        <message>
            <source>Reabrir y contar de nuevo…</source>
            <translation>Reopen and count again…</translation>
        </message>
        <message>
            <source>definitivo</source>
            <translation>final</translation>
        </message>
        <message>
            <source>abierto</source>
            <translation>open</translation>
        </message>
        <message>
            <source>Reabrir la priorización</source>
            <translation>Reopen the prioritization</translation>
        </message>
        <message>
            <source>La priorización ya es definitiva ({n} papeletas). Contar de nuevo reemplaza ese resultado por un conteo vacío, y queda registrado. ¿Reabrir y contar de nuevo?</source>
            <translation>The prioritization is already final ({n} papers). Counting again replaces that result with an empty count, and this is recorded. Reopen and count again?</translation>
        </message>
        <message>
            <source>Quitar problema</source>
            <translation>Remove problem</translation>
        </message>
        <message>
            <source>¿Quitar el problema {n}: «{title}»?</source>
            <translation>Remove problem {n}: «{title}»?</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Informe de avance</source>
            <translation>Progress report</translation>
        </message>
        <message>
            <source>fotos de la obra (.jpg, .png), separadas por ;</source>
            <translation>photos of the work (.jpg, .png), separated by ;</translation>
        </message>
        <message>
            <source>Elegir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Avance</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Cómo va la obra</source>
            <translation>How the work is going</translation>
        </message>
        <message>
            <source>Fotos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Fotos de la obra</source>
            <translation>Photos of the work</translation>
        </message>
        <message>
            <source>Imágenes (*.jpg *.jpeg *.png)</source>
            <translation>Images (*.jpg *.jpeg *.png)</translation>
        </message>
    </context>
    <context>
        <name>ProgressTab</name>
        <message>
            <source>Informar avance…</source>
            <translation>Report progress…</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Avance</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Fotos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Cómo va la obra</source>
            <translation>How the work is going</translation>
        </message>
        <message>
            <source>Sin informes de avance</source>
            <translation>No progress reports</translation>
        </message>
    </context>
    <context>
        <name>ProjectFromProblemDialog</name>
        <message>
            <source>Crear un proyecto desde el problema</source>
            <translation>Create a project from the problem</translation>
        </message>
        <message>
            <source>Título del proyecto</source>
            <translation>Project title</translation>
        </message>
        <message>
            <source>Área</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Costo estimado</source>
            <translation>Estimated cost</translation>
        </message>
    </context>
    <context>
        <name>ProjectPayment</name>
        <message>
            <source>bolívares por dólar, ej. 36,50</source>
            <translation>bolívares per dollar, e.g. 36,50</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Monto</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Moneda</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Tasa del día</source>
            <translation>Rate of the day</translation>
        </message>
    </context>
    <context>
        <name>ProjectView</name>
        <message>
            <source>← Proyectos</source>
            <translation>← Projects</translation>
        </message>
        <message>
            <source>Cambiar estado</source>
            <translation>Change status</translation>
        </message>
        <message>
            <source>Financiar…</source>
            <translation>Fund…</translation>
        </message>
        <message>
            <source>Imprimir rendición de cuentas…</source>
            <translation>Print the accountability statement…</translation>
        </message>
        <message>
            <source>Imprimir aviso para la cartelera…</source>
            <translation>Print the notice board sheet…</translation>
        </message>
        <message>
            <source>Responsables…</source>
            <translation>People responsible…</translation>
        </message>
        <message>
            <source>Resumen</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Partida</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <source>Previsto</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Gastado</source>
            <translation>Spent</translation>
        </message>
        <message>
            <source>Queda</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>SOBREGIRADA</source>
            <translation>OVERSPENT</translation>
        </message>
        <message>
            <source>Agregar partida</source>
            <translation>Add budget line</translation>
        </message>
        <message>
            <source>Presupuesto</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Ingresos y gastos</source>
            <translation>Money in and out</translation>
        </message>
        <message>
            <source>Avance</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Contraloría</source>
            <translation>Oversight</translation>
        </message>
        <message>
            <source>Recibido &lt;b&gt;{received}&lt;/b&gt; · Gastado &lt;b&gt;{spent}&lt;/b&gt; · Saldo &lt;b&gt;{balance}&lt;/b&gt; · {warnings}</source>
            <translation>Received &lt;b&gt;{received}&lt;/b&gt; · Spent &lt;b&gt;{spent}&lt;/b&gt; · Balance &lt;b&gt;{balance}&lt;/b&gt; · {warnings}</translation>
        </message>
        <message>
            <source>sin alertas</source>
            <translation>no warnings</translation>
        </message>
        <message>
            <source>{n} alerta</source>
            <translation>{n} warning</translation>
        </message>
        <message>
            <source>{n} alertas</source>
            <translation>{n} warnings</translation>
        </message>
        <message>
            <source>Financiado con {amount}.</source>
            <translation>Funded with {amount}.</translation>
        </message>
        <message>
            <source>Responsables</source>
            <translation>People responsible</translation>
        </message>
        <message>
            <source>Responsables: {who}</source>
            <translation>Responsible: {who}</translation>
        </message>
        <message>
            <source>Este proyecto aún no está financiado.</source>
            <translation>This project is not funded yet.</translation>
        </message>
        <message>
            <source>Alertas</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>… y {n} alertas más.</source>
            <translation>… and {n} more warnings.</translation>
        </message>
        <message>
            <source>Historia</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Rendición de cuentas</source>
            <translation>Accountability statement</translation>
        </message>
        <message>
            <source>Cartelera del proyecto</source>
            <translation>Project notice</translation>
        </message>
        <message>
            <source>Seleccione un hallazgo abierto.</source>
            <translation>Select an open finding.</translation>
        </message>
        <message>
            <source>Hallazgo respondido.</source>
            <translation>Finding answered.</translation>
        </message>
        <message>
            <source>Partida «{name}» agregada.</source>
            <translation>Budget line “{name}” added.</translation>
        </message>
        <message>
            <source>Ingreso registrado: {amount}.</source>
            <translation>Money received recorded: {amount}.</translation>
        </message>
        <message>
            <source>Gasto registrado: {amount} a {supplier}.</source>
            <translation>Expense recorded: {amount} to {supplier}.</translation>
        </message>
        <message>
            <source>Seleccione un gasto de la lista.</source>
            <translation>Select an expense in the list.</translation>
        </message>
        <message>
            <source>Comprobante adjuntado: {name}.</source>
            <translation>Receipt attached: {name}.</translation>
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
            <source>Problemas que atiende</source>
            <translation>Problems it answers</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Abrir proyecto</source>
            <translation>Open project</translation>
        </message>
        <message>
            <source>Postular a la consulta</source>
            <translation>Nominate in the consultation</translation>
        </message>
        <message>
            <source>Seleccione un proyecto de la lista.</source>
            <translation>Select a project in the list.</translation>
        </message>
        <message>
            <source>Todavía no hay una consulta donde postularlo.</source>
            <translation>There is no consultation to nominate it in yet.</translation>
        </message>
        <message>
            <source>Postulado con el número {n} en «{name}».</source>
            <translation>Nominated as number {n} in '{name}'.</translation>
        </message>
    </context>
    <context>
        <name>QuorumBanner</name>
        <message>
            <source>Cargando la asistencia…</source>
            <translation>Loading attendance…</translation>
        </message>
        <message>
            <source>Presentes: {present} / requeridos para el quórum: {required}</source>
            <translation>Present: {present} / required for quorum: {required}</translation>
        </message>
        <message>
            <source>HAY QUÓRUM</source>
            <translation>QUORUM REACHED</translation>
        </message>
        <message>
            <source>falta {n} persona</source>
            <translation>{n} person missing</translation>
        </message>
        <message>
            <source>faltan {n} personas</source>
            <translation>{n} people missing</translation>
        </message>
        <message>
            <source>Menores de {age} años (aparte): {n}</source>
            <translation>Under {age} (counted apart): {n}</translation>
        </message>
        <message>
            <source>{pct} % de {base} de {age} años o más</source>
            <translation>{pct}% of {base} aged {age} or over</translation>
        </message>
        <message>
            <source>{n} habitante</source>
            <translation>{n} resident</translation>
        </message>
        <message>
            <source>{n} habitantes</source>
            <translation>{n} residents</translation>
        </message>
    </context>
    <context>
        <name>QuorumOffer</name>
        <message>
            <source>Sin quórum en primera convocatoria:</source>
            <translation>No quorum at the first call:</translation>
        </message>
        <message>
            <source>Pasar a segunda convocatoria</source>
            <translation>Pass to the second call</translation>
        </message>
        <message>
            <source>Registrar que no se constituyó…</source>
            <translation>Record that it was not constituted…</translation>
        </message>
        <message>
            <source>Segunda convocatoria</source>
            <translation>Second call</translation>
        </message>
        <message>
            <source>¿Pasar a la segunda convocatoria? El quórum se cuenta con el porcentaje de la segunda convocatoria y queda anotado en el acta.</source>
            <translation>Pass to the second call? The quorum is counted with the second call's percentage, and this is noted in the minutes.</translation>
        </message>
        <message>
            <source>La asamblea no se constituyó</source>
            <translation>The assembly was not constituted</translation>
        </message>
        <message>
            <source>Observación para el registro (opcional):</source>
            <translation>Note for the record (optional):</translation>
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message>
            <source>«{title}» financiado con {amount}.</source>
            <translation>«{title}» funded with {amount}.</translation>
        </message>
        <message>
            <source>Estado: {status}.</source>
            <translation>Status: {status}.</translation>
        </message>
        <message>
            <source>Avance registrado: {percent} %.</source>
            <translation>Progress recorded: {percent} %.</translation>
        </message>
        <message>
            <source>Inspección registrada; hallazgos abiertos: {n}.</source>
            <translation>Inspection recorded; open findings: {n}.</translation>
        </message>
        <message>
            <source>Responsables: {names}.</source>
            <translation>People responsible: {names}.</translation>
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
        <message>
            <source>{n} año</source>
            <translation>{n} year</translation>
        </message>
        <message>
            <source>{n} años</source>
            <translation>{n} years</translation>
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
        <name>ResidentPicker</name>
        <message>
            <source>nombre o cédula</source>
            <translation>name or cédula</translation>
        </message>
        <message>
            <source>Buscar</source>
            <translation>Search</translation>
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
            <source>Dar de baja…</source>
            <translation>Take off the census…</translation>
        </message>
        <message>
            <source>Ver bajas</source>
            <translation>Show those who left</translation>
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
            <source>Baja</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Todos los consejos</source>
            <translation>All councils</translation>
        </message>
        <message>
            <source>Todos los sectores</source>
            <translation>All sectors</translation>
        </message>
        <message>
            <source>Bajas: {count}</source>
            <translation>Left the census: {count}</translation>
        </message>
        <message>
            <source>{n} habitante</source>
            <translation>{n} resident</translation>
        </message>
        <message>
            <source>{n} habitantes</source>
            <translation>{n} residents</translation>
        </message>
        <message>
            <source>Reincorporar</source>
            <translation>Reinstate</translation>
        </message>
        <message>
            <source>¿Devolver a {name} ({national_id}) al censo? Volverá a contar para el quórum.</source>
            <translation>Put {name} ({national_id}) back on the census? They will count for the quorum again.</translation>
        </message>
        <message>
            <source>{n} habitante exportado</source>
            <translation>{n} resident exported</translation>
        </message>
        <message>
            <source>{n} habitantes exportados</source>
            <translation>{n} residents exported</translation>
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
        <name>ResultsTab</name>
        <message>
            <source>Puesto</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>N.º</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Votos</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Resultado</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Proyecto</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Imprimir resultados…</source>
            <translation>Print results…</translation>
        </message>
        <message>
            <source>Exportar CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Exportar Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <source>Registrar desempate…</source>
            <translation>Record tie resolution…</translation>
        </message>
        <message>
            <source>Mesa</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Acta</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>aceptada</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>pendiente</source>
            <translation>pending</translation>
        </message>
        <message>
            <source>Nulos</source>
            <translation>Null</translation>
        </message>
        <message>
            <source>Blancos</source>
            <translation>Blank</translation>
        </message>
        <message>
            <source>Urna</source>
            <translation>Box</translation>
        </message>
        <message>
            <source>Electores</source>
            <translation>Voters</translation>
        </message>
        <message>
            <source>Participación</source>
            <translation>Turnout</translation>
        </message>
        <message>
            <source>FINANCIADO</source>
            <translation>FUNDED</translation>
        </message>
        <message>
            <source>EMPATE</source>
            <translation>TIE</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>ERROR</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>{where}: {box}, {eligible}</source>
            <translation>{where}: {box}, {eligible}</translation>
        </message>
        <message>
            <source>{n} boleta</source>
            <translation>{n} ballot</translation>
        </message>
        <message>
            <source>{n} boletas</source>
            <translation>{n} ballots</translation>
        </message>
        <message>
            <source>{n} elector</source>
            <translation>{n} voter</translation>
        </message>
        <message>
            <source>{n} electores</source>
            <translation>{n} voters</translation>
        </message>
        <message>
            <source>Mesas escrutadas: &lt;b&gt;{counted} de {total}&lt;/b&gt;. Participación: {box} de {eligible} ({pct}).</source>
            <translation>Tables counted: &lt;b&gt;{counted} of {total}&lt;/b&gt;. Turnout: {box} of {eligible} ({pct}).</translation>
        </message>
        <message>
            <source>&lt;b&gt;{n}&lt;/b&gt; boleta</source>
            <translation>&lt;b&gt;{n}&lt;/b&gt; ballot</translation>
        </message>
        <message>
            <source>&lt;b&gt;{n}&lt;/b&gt; boletas</source>
            <translation>&lt;b&gt;{n}&lt;/b&gt; ballots</translation>
        </message>
        <message>
            <source>&lt;b&gt;{n}&lt;/b&gt; elector</source>
            <translation>&lt;b&gt;{n}&lt;/b&gt; voter</translation>
        </message>
        <message>
            <source>&lt;b&gt;{n}&lt;/b&gt; electores</source>
            <translation>&lt;b&gt;{n}&lt;/b&gt; voters</translation>
        </message>
        <message>
            <source>Mesas escrutadas: &lt;b&gt;{counted} de {total}&lt;/b&gt;. &lt;b style='color:#a00'&gt;ERROR en la participación:&lt;/b&gt; hay más boletas en la urna que electores en el cuaderno ({details}). Revise los cuadernos y las actas de escrutinio antes de proclamar.</source>
            <translation>Tables counted: &lt;b&gt;{counted} of {total}&lt;/b&gt;. &lt;b style='color:#a00'&gt;Turnout ERROR:&lt;/b&gt; a box holds more ballots than its register has voters ({details}). Check the registers and the tally sheets before proclaiming.</translation>
        </message>
        <message>
            <source>Registrar desempate</source>
            <translation>Record tie resolution</translation>
        </message>
        <message>
            <source>Orden final de los proyectos empatados ({numbers}), del ganador al último:</source>
            <translation>Final order of the tied projects ({numbers}), from winner to last:</translation>
        </message>
        <message>
            <source>Cómo se decidió (acta de la segunda votación o testigos del sorteo):</source>
            <translation>How it was decided (second vote record or witnesses of the draw):</translation>
        </message>
        <message>
            <source>Resultados</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exportar resultados</source>
            <translation>Export results</translation>
        </message>
        <message>
            <source>Guardado en {path}</source>
            <translation>Saved to {path}</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Reglas de la consulta</source>
            <translation>Consultation rules</translation>
        </message>
        <message>
            <source>El proyecto más votado</source>
            <translation>The most voted project</translation>
        </message>
        <message>
            <source>Los N proyectos más votados</source>
            <translation>The N most voted projects</translation>
        </message>
        <message>
            <source>En orden de votos hasta agotar el presupuesto</source>
            <translation>In vote order until the budget runs out</translation>
        </message>
        <message>
            <source>El dinero de la ronda: con él se financia el proyecto más votado (10.000 USD si queda en cero), o es el presupuesto que se reparte en orden de votos.</source>
            <translation>The round's money: the most voted project is funded with it (10,000 USD when left at zero), or it is the budget shared out in order of votes.</translation>
        </message>
        <message>
            <source>Se financia</source>
            <translation>Funded</translation>
        </message>
        <message>
            <source>Cuántos proyectos (N)</source>
            <translation>How many projects (N)</translation>
        </message>
        <message>
            <source>Presupuesto</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Moneda</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Si hay empate</source>
            <translation>On a tie</translation>
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
            <source> minutos después</source>
            <translation> minutes later</translation>
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
            <source>Segunda convocatoria, el mismo día:</source>
            <translation>Second call, the same day:</translation>
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
        <name>StatusDialog</name>
        <message>
            <source>Cambiar el estado del proyecto</source>
            <translation>Change the project's status</translation>
        </message>
        <message>
            <source>Nuevo estado</source>
            <translation>New status</translation>
        </message>
        <message>
            <source>Quién lo registra</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sincronizar</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Huella de este equipo (para comparar por teléfono):</source>
            <translation>This computer's fingerprint (to compare by phone):</translation>
        </message>
        <message>
            <source>Estado:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Hub:</source>
            <translation>Hub:</translation>
        </message>
        <message>
            <source>Enviar</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Recibir</source>
            <translation>Receive</translation>
        </message>
        <message>
            <source>Equipos y paquetes</source>
            <translation>Computers and bundles</translation>
        </message>
        <message>
            <source>Conflictos</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Memoria USB:</source>
            <translation>USB stick:</translation>
        </message>
        <message>
            <source>Para:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>Buscar memorias</source>
            <translation>Find sticks</translation>
        </message>
        <message>
            <source>Elegir carpeta…</source>
            <translation>Choose folder…</translation>
        </message>
        <message>
            <source>Escribir paquete</source>
            <translation>Write bundle</translation>
        </message>
        <message>
            <source>Buscar en:</source>
            <translation>Look in:</translation>
        </message>
        <message>
            <source>Buscar paquetes en la memoria</source>
            <translation>Find bundles on the stick</translation>
        </message>
        <message>
            <source>Importar el seleccionado</source>
            <translation>Import the selected one</translation>
        </message>
        <message>
            <source>Archivo</source>
            <translation>File</translation>
        </message>
        <message>
            <source>De</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Huella</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <source>Cambios</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Situación</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Equipos conocidos</source>
            <translation>Known computers</translation>
        </message>
        <message>
            <source>Equipo</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Confianza</source>
            <translation>Trust</translation>
        </message>
        <message>
            <source>confiable</source>
            <translation>trusted</translation>
        </message>
        <message>
            <source>revocado</source>
            <translation>revoked</translation>
        </message>
        <message>
            <source>Cambios que tiene</source>
            <translation>Changes it holds</translation>
        </message>
        <message>
            <source>Último paquete</source>
            <translation>Last bundle</translation>
        </message>
        <message>
            <source>Paquetes enviados y recibidos</source>
            <translation>Bundles sent and received</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Dirección</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>enviado</source>
            <translation>sent</translation>
        </message>
        <message>
            <source>recibido</source>
            <translation>received</translation>
        </message>
        <message>
            <source>El mismo dato se cambió distinto en dos equipos. Mientras nadie elija, se muestra el valor marcado; ningún valor se pierde.</source>
            <translation>The same item was changed differently on two computers. Until someone chooses, the marked value is shown; no value is lost.</translation>
        </message>
        <message>
            <source>Registro</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Valores</source>
            <translation>Values</translation>
        </message>
        <message>
            <source>Quedarse con este valor</source>
            <translation>Keep this value</translation>
        </message>
        <message>
            <source>Valor:</source>
            <translation>Value:</translation>
        </message>
        <message>
            <source>{n} cambio guardado</source>
            <translation>{n} change held</translation>
        </message>
        <message>
            <source>{n} cambios guardados</source>
            <translation>{n} changes held</translation>
        </message>
        <message>
            <source>{n} en espera</source>
            <translation>{n} waiting</translation>
        </message>
        <message>
            <source>{n} conflicto por resolver</source>
            <translation>{n} conflict to resolve</translation>
        </message>
        <message>
            <source>{n} conflictos por resolver</source>
            <translation>{n} conflicts to resolve</translation>
        </message>
        <message>
            <source>Se enviará {n} cambio</source>
            <translation>{n} change will be sent</translation>
        </message>
        <message>
            <source>Se enviarán {n} cambios</source>
            <translation>{n} changes will be sent</translation>
        </message>
        <message>
            <source>de {n} equipo.</source>
            <translation>from {n} computer.</translation>
        </message>
        <message>
            <source>de {n} equipos.</source>
            <translation>from {n} computers.</translation>
        </message>
        <message>
            <source>Cualquier equipo (paquete completo)</source>
            <translation>Any computer (full bundle)</translation>
        </message>
        <message>
            <source>%1 (solo lo que le falta)</source>
            <translation>%1 (only what it lacks)</translation>
        </message>
        <message>
            <source>%1 (%2 MB libres)</source>
            <translation>%1 (%2 MB free)</translation>
        </message>
        <message>
            <source>No se encontró ninguna memoria USB. Conéctela o elija una carpeta.</source>
            <translation>No USB stick was found. Plug one in or choose a folder.</translation>
        </message>
        <message>
            <source>Carpeta para el paquete</source>
            <translation>Folder for the bundle</translation>
        </message>
        <message>
            <source>Elija primero una memoria o carpeta.</source>
            <translation>First choose a stick or folder.</translation>
        </message>
        <message>
            <source>Escribiendo el paquete… no retire la memoria.</source>
            <translation>Writing the bundle… do not remove the stick.</translation>
        </message>
        <message>
            <source>Listo: %1 (%2 cambios) escrito y verificado en la memoria. Ya puede retirarla.</source>
            <translation>Done: %1 (%2 changes) written and verified on the stick. You can remove it now.</translation>
        </message>
        <message>
            <source>Carpeta con paquetes</source>
            <translation>Folder with bundles</translation>
        </message>
        <message>
            <source>{n} paquete encontrado.</source>
            <translation>{n} bundle found.</translation>
        </message>
        <message>
            <source>{n} paquetes encontrados.</source>
            <translation>{n} bundles found.</translation>
        </message>
        <message>
            <source>Seleccione un paquete.</source>
            <translation>Select a bundle.</translation>
        </message>
        <message>
            <source>Ese paquete lo escribió este mismo equipo: no hay nada que importar.</source>
            <translation>This laptop wrote that bundle itself: there is nothing to import.</translation>
        </message>
        <message>
            <source>No se importó: no se aceptó la huella.</source>
            <translation>Not imported: the fingerprint was not accepted.</translation>
        </message>
        <message>
            <source>Equipo desconocido</source>
            <translation>Unknown computer</translation>
        </message>
        <message>
            <source>Este paquete viene de «%1», un equipo que este no conoce.

Huella: %2

Llame a quien lo envió y compare la huella. ¿Coincide?</source>
            <translation>This bundle comes from '%1', a computer this one does not know.

Fingerprint: %2

Call the sender and compare the fingerprint. Does it match?</translation>
        </message>
        <message>
            <source> (este)</source>
            <translation> (this one)</translation>
        </message>
        <message>
            <source>Ese paquete ya se había importado; no se cambió nada.</source>
            <translation>That bundle was already imported; nothing changed.</translation>
        </message>
        <message>
            <source>Importado de %1: %2 registros nuevos, %3 actualizados, %4 hechos nuevos, %5 cambios ya tenidos, %6 conflictos, %7 en espera.</source>
            <translation>Imported from %1: %2 new records, %3 updated, %4 new facts, %5 changes already held, %6 conflicts, %7 waiting.</translation>
        </message>
        <message>
            <source>Cambios retirados de «%1», hechos después de su revocación y llegados antes que ella: %2.</source>
            <translation>Changes withdrawn from «%1», made after its revocation and received before it: %2.</translation>
        </message>
        <message>
            <source>Archivos adjuntos recibidos: %1.</source>
            <translation>Attached files received: %1.</translation>
        </message>
        <message>
            <source>Archivos adjuntos que aún no han llegado: %1 (vendrán con el próximo paquete que los tenga).</source>
            <translation>Attached files not arrived yet: %1 (they will come with the next bundle that has them).</translation>
        </message>
        <message>
            <source>Cambios rechazados de equipos revocados, hechos después de su revocación: %1.</source>
            <translation>Changes refused from revoked laptops, made after their revocation: %1.</translation>
        </message>
        <message>
            <source>La fecha de %1 está adelantada más de un día: este equipo no adelantó su reloj y esos cambios no ganan por su fecha. Corrija la fecha de ese equipo.</source>
            <translation>The date of %1 is more than a day ahead: this laptop did not move its clock forward and those changes do not win by their date. Set that laptop's date right.</translation>
        </message>
        <message>
            <source>dañado: %1</source>
            <translation>damaged: %1</translation>
        </message>
        <message>
            <source>escrito por este equipo</source>
            <translation>written by this laptop</translation>
        </message>
        <message>
            <source>ya importado</source>
            <translation>already imported</translation>
        </message>
        <message>
            <source>equipo revocado</source>
            <translation>revoked computer</translation>
        </message>
        <message>
            <source>equipo desconocido</source>
            <translation>unknown computer</translation>
        </message>
        <message>
            <source>nuevo</source>
            <translation>new</translation>
        </message>
    </context>
    <context>
        <name>TablesTab</name>
        <message>
            <source>Centro de votación</source>
            <translation>Voting centre</translation>
        </message>
        <message>
            <source>Mesa</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Electores</source>
            <translation>Voters</translation>
        </message>
        <message>
            <source>Seriales impresos</source>
            <translation>Serials printed</translation>
        </message>
        <message>
            <source>Miembros y testigos</source>
            <translation>Members and witnesses</translation>
        </message>
        <message>
            <source>Nuevo centro…</source>
            <translation>New centre…</translation>
        </message>
        <message>
            <source>Nueva mesa en el centro</source>
            <translation>New table in the centre</translation>
        </message>
        <message>
            <source>Agregar miembro…</source>
            <translation>Add member…</translation>
        </message>
        <message>
            <source>Electores de la mesa…</source>
            <translation>Table voters…</translation>
        </message>
        <message>
            <source>Repartir electores por igual</source>
            <translation>Split voters evenly</translation>
        </message>
        <message>
            <source>Quitar miembro…</source>
            <translation>Remove member…</translation>
        </message>
        <message>
            <source>Quitar mesa…</source>
            <translation>Remove table…</translation>
        </message>
        <message>
            <source>Imprimir cuaderno de votación…</source>
            <translation>Print the voter register…</translation>
        </message>
        <message>
            <source>Imprimir boletas…</source>
            <translation>Print ballots…</translation>
        </message>
        <message>
            <source>Imprimir acta de escrutinio…</source>
            <translation>Print the tally sheet…</translation>
        </message>
        <message>
            <source>Reimprima el cuaderno de votación de las mesas {tables}: el impreso ya no corresponde a sus electores.</source>
            <translation>Print the voter register of tables {tables} again: the printed one no longer matches their voters.</translation>
        </message>
        <message>
            <source>Quitar miembro</source>
            <translation>Remove member</translation>
        </message>
        <message>
            <source>Miembro o testigo:</source>
            <translation>Member or witness:</translation>
        </message>
        <message>
            <source>Quitar mesa</source>
            <translation>Remove table</translation>
        </message>
        <message>
            <source>¿Quitar {table}? Sus electores pasan a las otras mesas según sus reglas.</source>
            <translation>Remove {table}? Its voters go to the other tables by their rules.</translation>
        </message>
        <message>
            <source>Cuaderno de votación</source>
            <translation>Voter register</translation>
        </message>
        <message>
            <source>Reimprimir boletas…</source>
            <translation>Reprint ballots…</translation>
        </message>
        <message>
            <source>Acta de escrutinio</source>
            <translation>Tally sheet</translation>
        </message>
        <message>
            <source>Electores de {age} años o más el día de la votación: {n}. Sin mesa asignada: {free}.</source>
            <translation>Voters aged {age} or more on the day of the vote: {n}. Without a table: {free}.</translation>
        </message>
        <message>
            <source>Nuevo centro de votación</source>
            <translation>New voting centre</translation>
        </message>
        <message>
            <source>Nombre del centro (escuela, casa comunal…)</source>
            <translation>Name of the centre (school, community house…)</translation>
        </message>
        <message>
            <source>Reimprimir boletas dañadas</source>
            <translation>Reprint damaged ballots</translation>
        </message>
        <message>
            <source>Seriales a reimprimir (ya impresos: {ranges}), por ejemplo 120-125:</source>
            <translation>Serials to reprint (already printed: {ranges}), for example 120-125:</translation>
        </message>
        <message>
            <source>¿Por qué se reimprimen? (las boletas dañadas quedan anuladas)</source>
            <translation>Why are they reprinted? (the damaged ballots become void)</translation>
        </message>
        <message>
            <source>Boletas: REIMPRESIÓN</source>
            <translation>Ballots: REPRINT</translation>
        </message>
        <message>
            <source>Boletas de muestra</source>
            <translation>Specimen ballots</translation>
        </message>
        <message>
            <source>Boletas</source>
            <translation>Ballots</translation>
        </message>
    </context>
    <context>
        <name>TallyTab</name>
        <message>
            <source>Mesa</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cifras del acta de escrutinio</source>
            <translation>Figures of the tally sheet</translation>
        </message>
        <message>
            <source>Votos por proyecto</source>
            <translation>Votes per project</translation>
        </message>
        <message>
            <source>Nulos, blancos y boletas</source>
            <translation>Null, blank and ballots</translation>
        </message>
        <message>
            <source>(impresas)</source>
            <translation>(printed)</translation>
        </message>
        <message>
            <source>Dañadas, y las reemplazadas por una reimpresión</source>
            <translation>Damaged, and those replaced by a reprint</translation>
        </message>
        <message>
            <source>Votos nulos</source>
            <translation>Null votes</translation>
        </message>
        <message>
            <source>Votos en blanco</source>
            <translation>Blank votes</translation>
        </message>
        <message>
            <source>Boletas en la urna</source>
            <translation>Ballots in the box</translation>
        </message>
        <message>
            <source>Electores que firmaron</source>
            <translation>Voters who signed</translation>
        </message>
        <message>
            <source>Boletas recibidas</source>
            <translation>Ballots received</translation>
        </message>
        <message>
            <source>Boletas sobrantes</source>
            <translation>Unused ballots</translation>
        </message>
        <message>
            <source>Boletas anuladas</source>
            <translation>Voided ballots</translation>
        </message>
        <message>
            <source>Nombre de quien transcribe</source>
            <translation>Name of the person typing</translation>
        </message>
        <message>
            <source>Observación anotada en el acta (si la hay)</source>
            <translation>Observation written on the sheet (if any)</translation>
        </message>
        <message>
            <source>Transcribe</source>
            <translation>Typed by</translation>
        </message>
        <message>
            <source>Observación</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Guardar carga</source>
            <translation>Save entry</translation>
        </message>
        <message>
            <source>Aceptar con observación</source>
            <translation>Accept with observation</translation>
        </message>
        <message>
            <source>Código QR del acta (lector o a mano)</source>
            <translation>Tally sheet QR code (scanner or typed)</translation>
        </message>
        <message>
            <source>Sin cargar</source>
            <translation>Not entered</translation>
        </message>
        <message>
            <source>Falta la segunda carga</source>
            <translation>Second entry missing</translation>
        </message>
        <message>
            <source>Las cargas no coinciden</source>
            <translation>Entries do not match</translation>
        </message>
        <message>
            <source>No cuadra: falta observación</source>
            <translation>Does not add up: observation needed</translation>
        </message>
        <message>
            <source>Aceptada</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Ese código no es el de un acta de escrutinio.</source>
            <translation>That code is not a tally sheet's.</translation>
        </message>
        <message>
            <source>El acta es de una mesa de otra consulta.</source>
            <translation>That sheet belongs to a table of another consultation.</translation>
        </message>
        <message>
            <source>Cargado por: {people}</source>
            <translation>Entered by: {people}</translation>
        </message>
        <message>
            <source>Otra persona debe transcribir de nuevo la misma acta.</source>
            <translation>Another person must type the same sheet again.</translation>
        </message>
        <message>
            <source>Diferencias entre las dos cargas (revise el acta en papel):</source>
            <translation>Differences between the two entries (check the paper sheet):</translation>
        </message>
        <message>
            <source>Escriba de nuevo solo esas cifras, mirando el acta en papel; las demás ya coinciden.</source>
            <translation>Type only those figures again, looking at the paper sheet; the others already agree.</translation>
        </message>
        <message>
            <source>Verificaciones de la última carga:</source>
            <translation>Checks of the latest entry:</translation>
        </message>
        <message>
            <source>Verificaciones:</source>
            <translation>Checks:</translation>
        </message>
        <message>
            <source>Observación: {text}</source>
            <translation>Observation: {text}</translation>
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
</TS>