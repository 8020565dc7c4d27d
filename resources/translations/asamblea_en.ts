<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>AssembliesPage</name>
        <message>
            <source>Asambleas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organización</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Convocatoria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Primera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segunda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lugar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seleccione una asamblea para ver su orden del día.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>por aclamación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a favor {f}, en contra {c}, abstenciones {ab}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CensusPage</name>
        <message>
            <source>Censo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buscar por nombre o cédula…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cédula</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sin cédula</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apellidos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sexo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consejo comunal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dirección</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n habitante(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ConsultationPage</name>
        <message>
            <source>Consulta popular</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consulta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha de votación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N.º</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proyecto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proyectos postulados</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Inicio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consejos comunales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Habitantes en el censo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De 15 años o más (base del quórum)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asambleas registradas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problemas sin proyecto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proyectos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pendiente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aún no hay una organización registrada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaya a Configuración para registrar su comuna o consejo comunal, o inicie con «asamblea demo» para ver datos de ejemplo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asamblea convocada: {org}, {when}, en {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acta sin aprobar: asamblea del {when}, {org}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: votación el {day}, {n} proyectos postulados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} cambios recibidos esperan un registro que aún no llega</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} conflictos de sincronización por resolver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay nada pendiente.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Asamblea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registro comunal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trabajando…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Preparando el documento…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imprimir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo preparar el documento.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n página(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Guardar PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documentos PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardado en {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemsPage</name>
        <message>
            <source>Problemas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Área</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familias afectadas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organización</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message>
            <source>Proyectos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proyecto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Área</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Costo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Configuración</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este equipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carta (Letter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organización con la que trabaja:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tamaño del papel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idioma (al reiniciar):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reglas de la organización</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> años</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quórum en primera convocatoria:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quórum en segunda convocatoria:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edad mínima para votar:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los porcentajes se calculan sobre los habitantes con la edad mínima para votar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar configuración</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrar una organización nueva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipio:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parroquia:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configuración guardada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organización registrada: {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sincronizar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este equipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Huella para comparar por teléfono:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identificador del equipo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambios guardados en el registro:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambios en espera:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflictos por resolver:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>La base de datos tiene daños: {d}. Ejecute «asamblea check» y restaure una copia de seguridad.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>