<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>How satisfied are you with %1?</source>
        <translation>¿Cuánta satisfacción te da %1?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>1 – not at all</source>
        <translation>1 – nada</translation>
    </message>
    <message>
        <source>7 – completely</source>
        <translation>7 – del todo</translation>
    </message>
    <message>
        <source>How satisfied you are with %1, 1 to 7</source>
        <translation>Cuánta satisfacción te da %1, del 1 al 7</translation>
    </message>
    <message>
        <source>What is going well (optional)</source>
        <translation>Lo que va bien (opcional)</translation>
    </message>
    <message>
        <source>What is going well in %1</source>
        <translation>Lo que va bien en %1</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>That looks like a strong passphrase.</source>
        <translation>Parece una frase de contraseña fuerte.</translation>
    </message>
    <message>
        <source>A good length. One more word would make it even harder to guess.</source>
        <translation>Buena longitud. Una palabra más la haría aún más difícil de adivinar.</translation>
    </message>
    <message>
        <source>A start. Adding a word or two would make it harder to guess.</source>
        <translation>Es un comienzo. Añadir una o dos palabras la haría más difícil de adivinar.</translation>
    </message>
    <message>
        <source>This is quite short. A few unrelated words, like a small sentence only you would make up, are easy to remember and hard to guess.</source>
        <translation>Es bastante corta. Unas cuantas palabras sin relación entre sí, como una frase que solo tú inventarías, son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Recovery Journal</source>
        <translation>Acerca de Recovery Journal</translation>
    </message>
    <message>
        <source>Recovery Journal icon</source>
        <translation>Icono de Recovery Journal</translation>
    </message>
    <message>
        <source>Recovery Journal</source>
        <translation>Recovery Journal</translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation>Versión %s</translation>
    </message>
    <message>
        <source>Recovery Journal contains no network code: what you write stays on this computer, in one file encrypted under your passphrase, and leaves it only when you export or share something yourself.</source>
        <translation>Recovery Journal no contiene código de red: lo que escribes se queda en este equipo, en un único archivo cifrado con tu frase de contraseña, y solo sale de él cuando tú exportas o compartes algo.</translation>
    </message>
    <message>
        <source>Your journal file</source>
        <translation>El archivo de tu diario</translation>
    </message>
    <message>
        <source>Automatic backups folder</source>
        <translation>Carpeta de copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Your journal:</source>
        <translation>Tu diario:</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Copias automáticas:</translation>
    </message>
    <message>
        <source>App settings file</source>
        <translation>Archivo de ajustes de la aplicación</translation>
    </message>
    <message>
        <source>App settings:</source>
        <translation>Ajustes de la aplicación:</translation>
    </message>
    <message>
        <source>The app settings hold only the window's size, the theme, the text size, the language and where your journal is; nothing you wrote.</source>
        <translation>Los ajustes de la aplicación guardan solo el tamaño de la ventana, el tema, el tamaño del texto, el idioma y dónde está tu diario; nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%s): you may use, study, share and change it.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior (%s): puedes usarlo, estudiarlo, compartirlo y modificarlo.</translation>
    </message>
    <message>
        <source>Close About Recovery Journal</source>
        <translation>Cerrar Acerca de Recovery Journal</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>No se envía nada a ningún sitio</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Dónde están tus datos</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Your journal and its backups were deleted.</source>
        <translation>Tu diario y sus copias de seguridad se han borrado.</translation>
    </message>
</context>
<context>
    <name>BusyNote</name>
    <message>
        <source>Drawing the chart…</source>
        <translation>Dibujando el gráfico…</translation>
    </message>
    <message>
        <source>Drawing the chart</source>
        <translation>Dibujando el gráfico</translation>
    </message>
</context>
<context>
    <name>CategoriesBox</name>
    <message>
        <source>What each kind of reading becomes</source>
        <translation>En qué se convierte cada tipo de dato</translation>
    </message>
    <message>
        <source>Not brought in</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Part of the note</source>
        <translation>Parte de la nota</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <source>Value: %1 (a new measure)</source>
        <translation>Valor: %1 (una medida nueva)</translation>
    </message>
    <message>
        <source>“%1” (%2 rows) becomes</source>
        <translation>«%1» (%2 filas) se convierte en</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Record a change</source>
        <translation>Anotar un cambio</translation>
    </message>
    <message>
        <source>A change in %1, in your own words.</source>
        <translation>Un cambio en %1, con tus propias palabras.</translation>
    </message>
    <message>
        <source>Day of the change</source>
        <translation>Día del cambio</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>New dose, if it changed</source>
        <translation>Nueva dosis, si cambió</translation>
    </message>
    <message>
        <source>New how often, if it changed</source>
        <translation>Nueva frecuencia, si cambió</translation>
    </message>
    <message>
        <source>A note, for example on effects</source>
        <translation>Una nota, por ejemplo sobre los efectos</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Nueva dosis</translation>
    </message>
    <message>
        <source>New how often</source>
        <translation>Nueva frecuencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Your journal and its backups will open with the new passphrase. Write it down and keep it somewhere safe: if it is forgotten, it can't be recovered.</source>
        <translation>Tu diario y sus copias de seguridad se abrirán con la nueva frase de contraseña. Anótala y guárdala en un lugar seguro: si se olvida, no se puede recuperar.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que las mayúsculas están activadas.</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Show the passphrases as I type</source>
        <translation>Mostrar las frases de contraseña mientras escribo</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type the new one &amp;again</source>
        <translation>Escribe la nueva &amp;otra vez</translation>
    </message>
    <message>
        <source>Changing your passphrase and your backups… This can take a little while; please keep the app open.</source>
        <translation>Cambiando tu frase de contraseña y tus copias… Puede tardar un poco; deja la aplicación abierta, por favor.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel, keep the passphrase you have</source>
        <translation>Cancelar y conservar tu frase de contraseña</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Escribe tu frase de contraseña actual, por favor.</translation>
    </message>
    <message>
        <source>Please choose a new passphrase.</source>
        <translation>Elige una nueva frase de contraseña, por favor.</translation>
    </message>
    <message>
        <source>The two new passphrases aren't the same yet. Please type the new one again.</source>
        <translation>Las dos frases nuevas aún no coinciden. Escribe la nueva otra vez, por favor.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you have now. Please choose a different one.</source>
        <translation>La nueva frase de contraseña es igual a la que tienes ahora. Elige otra diferente, por favor.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>That isn't the passphrase your journal has now, so nothing was changed. Check Caps Lock and type it again.</source>
        <translation>Esa no es la frase de contraseña actual de tu diario, así que no se cambió nada. Revisa las mayúsculas y vuelve a escribirla.</translation>
    </message>
    <message>
        <source>Something unexpected got in the way. Your journal is safe: if the new passphrase doesn't open it next time, your previous one will.</source>
        <translation>Algo inesperado se interpuso. Tu diario está a salvo: si la nueva frase no lo abre la próxima vez, lo abrirá la anterior.</translation>
    </message>
    <message>
        <source>Your passphrase is changed, and your journal opened with the new one. Use it from now on.</source>
        <translation>Tu frase de contraseña ha cambiado y tu diario se abrió con la nueva. Úsala a partir de ahora.</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>la copia de seguridad del %1</translation>
    </message>
    <message>
        <source>Your backup was changed with it, so it opens with your new passphrase too.</source>
        <translation>Tu copia de seguridad cambió con ella, así que también se abre con tu nueva frase.</translation>
    </message>
    <message>
        <source>a copy kept beside your journal (%1)</source>
        <translation>una copia guardada junto a tu diario (%1)</translation>
    </message>
    <message>
        <source>These couldn't be changed and were left exactly as they were, so they still need the passphrase they had before (most likely your previous one): %1.</source>
        <translation>Estas no se pudieron cambiar y se dejaron tal como estaban, así que aún necesitan la frase que tenían antes (seguramente la anterior): %1.</translation>
    </message>
    <message>
        <source>Your %1 backups were changed with it, so they open with your new passphrase too.</source>
        <translation>Tus %1 copias de seguridad cambiaron con ella, así que también se abren con tu nueva frase.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>The chart appears here in a moment.</source>
        <translation>El gráfico aparecerá aquí en un momento.</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation>%1: las cifras</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Mostrar %1 como tabla</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save the %1 chart as a file</source>
        <translation>Guardar el gráfico %1 como archivo</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Mostrar como gráfico</translation>
    </message>
    <message>
        <source>Show %1 as a chart</source>
        <translation>Mostrar %1 como gráfico</translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <source>Measures shown:</source>
        <translation>Medidas mostradas:</translation>
    </message>
    <message>
        <source>Measure shown in the calendar</source>
        <translation>Medida mostrada en el calendario</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Medida</translation>
    </message>
    <message>
        <source>Questions shown one by one</source>
        <translation>Preguntas una a una</translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation>Solo totales</translation>
    </message>
    <message>
        <source>%1, question by question</source>
        <translation>%1, pregunta a pregunta</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Show changes in my supports</source>
        <translation>Mostrar cambios en mis apoyos</translation>
    </message>
    <message>
        <source>Compare around</source>
        <translation>Comparar en torno a</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>the first day with a tag</source>
        <translation>el primer día con una etiqueta</translation>
    </message>
    <message>
        <source>a change in my supports</source>
        <translation>un cambio en mis apoyos</translation>
    </message>
    <message>
        <source>The date to compare around</source>
        <translation>La fecha en torno a la que comparar</translation>
    </message>
    <message>
        <source>The tag to compare around</source>
        <translation>La etiqueta en torno a la que comparar</translation>
    </message>
    <message>
        <source>The change in my supports to compare around</source>
        <translation>El cambio en mis apoyos en torno al que comparar</translation>
    </message>
    <message>
        <source>Measure compared</source>
        <translation>Medida comparada</translation>
    </message>
    <message>
        <source>Days before and after</source>
        <translation>Días antes y después</translation>
    </message>
    <message>
        <source>Compare &amp;around</source>
        <translation>Comparar en &amp;torno a</translation>
    </message>
    <message>
        <source>M&amp;easure</source>
        <translation>M&amp;edida</translation>
    </message>
    <message>
        <source>&amp;Days each side</source>
        <translation>&amp;Días a cada lado</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Aún no hay etiquetas</translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation>Aún no hay cambios anotados</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Things linked to each life area: tagged check-ins and journal entries, strength uses and goal steps done</source>
        <translation>Lo vinculado a cada área de la vida: registros y entradas con etiquetas, usos de fortalezas y pasos hechos</translation>
    </message>
    <message>
        <source>you rated %1 of 7</source>
        <translation>tu valoración: %1 de 7</translation>
    </message>
    <message>
        <source>Days with the tag</source>
        <translation>Días con la etiqueta</translation>
    </message>
    <message>
        <source>Days without the tag</source>
        <translation>Días sin la etiqueta</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>By strength</source>
        <translation>Por fortaleza</translation>
    </message>
    <message>
        <source>By life area</source>
        <translation>Por área de la vida</translation>
    </message>
    <message>
        <source>Other strengths</source>
        <translation>Otras fortalezas</translation>
    </message>
    <message>
        <source>Other life areas</source>
        <translation>Otras áreas de la vida</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Veces usada</translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation>Sin registro</translation>
    </message>
    <message>
        <source>Before your first check-in</source>
        <translation>Antes de tu primer registro</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Aún por llegar</translation>
    </message>
    <message>
        <source>Steps done, added up</source>
        <translation>Pasos hechos, sumados</translation>
    </message>
    <message>
        <source>Progress at reviews</source>
        <translation>Progreso en los repasos</translation>
    </message>
    <message>
        <source> (skipped)</source>
        <translation> (sin valorar)</translation>
    </message>
    <message>
        <source>A change in your supports</source>
        <translation>Un cambio en tus apoyos</translation>
    </message>
    <message>
        <source>Each week's average</source>
        <translation>Media de cada semana</translation>
    </message>
    <message>
        <source>Each month's average</source>
        <translation>Media de cada mes</translation>
    </message>
    <message>
        <source>Each day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Lowest to highest that day</source>
        <translation>Del más bajo al más alto de ese día</translation>
    </message>
    <message>
        <source>Each day before</source>
        <translation>Cada día antes</translation>
    </message>
    <message>
        <source>Each day after</source>
        <translation>Cada día después</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This period (%1)</source>
        <translation>Este periodo (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %n day(s) before (%1)</source>
        <translation>
            <numerusform>El día anterior (%1)</numerusform>
            <numerusform>Los %n días anteriores (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n día)</numerusform>
            <numerusform>%1 (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <source>Check-ins naming it (with average mood and hope there, from %1 on)</source>
        <translation>Registros que lo nombran (con la media de ánimo y esperanza en ellos, a partir de %1)</translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation>ánimo %1</translation>
    </message>
    <message>
        <source>hope %1</source>
        <translation>esperanza %1</translation>
    </message>
    <message>
        <source>This life check (%1)</source>
        <translation>Este repaso de vida (%1)</translation>
    </message>
    <message>
        <source>Last time (%1)</source>
        <translation>La vez anterior (%1)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Average before: %1</source>
        <translation>Media antes: %1</translation>
    </message>
    <message>
        <source>Average after: %1</source>
        <translation>Media después: %1</translation>
    </message>
    <message numerus="yes">
        <source>Usual range over %n day(s)</source>
        <translation>
            <numerusform>Rango habitual en %n día</numerusform>
            <numerusform>Rango habitual en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-day average</source>
        <translation>Media de %1 días</translation>
    </message>
</context>
<context>
    <name>ChartNotes</name>
    <message>
        <source>nothing linked in either period</source>
        <translation>nada vinculado en ninguno de los dos periodos</translation>
    </message>
    <message>
        <source>Nothing linked to a life area in this period or the one before it yet. Give tags, strengths or goals a life area to see it here.</source>
        <translation>Aún no hay nada vinculado a un área de la vida en este periodo ni en el anterior. Da un área de la vida a etiquetas, fortalezas o metas para verlo aquí.</translation>
    </message>
    <message>
        <source>No strength uses noted in this period yet.</source>
        <translation>Aún no has anotado usos de fortalezas en este periodo.</translation>
    </message>
    <message>
        <source>No feelings named in this period yet.</source>
        <translation>Aún no has nombrado sentimientos en este periodo.</translation>
    </message>
    <message>
        <source>No goal steps done or reviews noted in this period yet.</source>
        <translation>Aún no hay pasos de metas hechos ni repasos anotados en este periodo.</translation>
    </message>
    <message>
        <source>No goal steps were marked done in this period.</source>
        <translation>En este periodo no se marcó ningún paso como hecho.</translation>
    </message>
    <message>
        <source>No goal was reviewed in this period.</source>
        <translation>En este periodo no se repasó ninguna meta.</translation>
    </message>
    <message>
        <source>No life area rated yet. Your ratings will show here as a wheel.</source>
        <translation>Aún no has valorado ningún área de la vida. Tus valoraciones aparecerán aquí como una rueda.</translation>
    </message>
    <message>
        <source>No life checks yet. Each area's ratings over time will show here.</source>
        <translation>Aún no hay repasos de vida. Aquí aparecerán las valoraciones de cada área a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>No life check in this period yet.</source>
        <translation>Aún no hay un repaso de vida en este periodo.</translation>
    </message>
    <message>
        <source>No questionnaires answered in this period yet.</source>
        <translation>Aún no has respondido cuestionarios en este periodo.</translation>
    </message>
    <message>
        <source>No totals in this period: each time, a question was left blank.</source>
        <translation>No hay totales en este periodo: cada vez quedó una pregunta en blanco.</translation>
    </message>
    <message>
        <source>No check-ins around this day yet.</source>
        <translation>Aún no hay registros en torno a este día.</translation>
    </message>
    <message>
        <source>No check-ins in this period yet.</source>
        <translation>Aún no hay registros en este periodo.</translation>
    </message>
    <message>
        <source>This shows what goes together, not what causes what.</source>
        <translation>Muestra qué va junto, no qué causa qué.</translation>
    </message>
    <message>
        <source>These are not a diagnosis.</source>
        <translation>Nada de esto es un diagnóstico.</translation>
    </message>
    <message>
        <source>Nothing linked to a life area in this period or the one before it yet.</source>
        <translation>Aún no hay nada vinculado a un área de la vida en este periodo ni en el anterior.</translation>
    </message>
    <message>
        <source>No changes in your supports yet. Record one in My plan, under Treatments and supports, to compare around it.</source>
        <translation>Aún no hay cambios en tus apoyos. Anota uno en Mi plan, en Tratamientos y apoyos, para comparar en torno a él.</translation>
    </message>
    <message>
        <source>That change in your supports is no longer in your journal.</source>
        <translation>Ese cambio en tus apoyos ya no está en tu diario.</translation>
    </message>
    <message>
        <source>This shows what tends to go together, not what causes what.</source>
        <translation>Muestra qué suele ir junto, no qué causa qué.</translation>
    </message>
    <message>
        <source>No tag was used on %1 or more days with a check-in in this period yet.</source>
        <translation>Aún no hay ninguna etiqueta usada en %1 días o más con registro en este periodo.</translation>
    </message>
    <message>
        <source>%1 of %2 tags are shown; the table has all of them.</source>
        <translation>Se muestran %1 de %2 etiquetas; la tabla las tiene todas.</translation>
    </message>
    <message>
        <source>No check-ins with a %1 value in this year yet.</source>
        <translation>Aún no hay registros con un valor de %1 en este año.</translation>
    </message>
    <message>
        <source>%1 → %2%</source>
        <translation>%1 → %2 %</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1% ×%2</source>
        <translation>%1 % ×%2</translation>
    </message>
    <message>
        <source>The %1 goals reviewed most recently; the table has all %2.</source>
        <translation>Las %1 metas repasadas más recientemente; la tabla tiene las %2.</translation>
    </message>
    <message>
        <source>first %1, %2</source>
        <translation>primera vez con %1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No feelings named in a check-in %1 yet.</source>
        <translation>Aún no hay sentimientos nombrados en un registro %1.</translation>
    </message>
    <message>
        <source>The tag %1 hasn't been used yet, so there is nothing to compare.</source>
        <translation>Aún no has usado la etiqueta %1, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <source>No tag was used on %1 or more days with a check-in in this period yet, so there is nothing to compare.</source>
        <translation>En este periodo aún no hay ninguna etiqueta usada en %1 o más días con registro, así que no hay nada que comparar.</translation>
    </message>
    <message numerus="yes">
        <source>No check-ins with a %1 value yet in the %n day(s) either side of %2.</source>
        <translation>
            <numerusform>Aún no hay registros con un valor de %1 en el día a cada lado del %2.</numerusform>
            <numerusform>Aún no hay registros con un valor de %1 en los %n días a cada lado del %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Empezaste %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Changes in your supports: %1.</source>
        <translation>Cambios en tus apoyos: %1.</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Cambiaste %1</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>Pausaste %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Started again %1</source>
        <translation>Retomaste %1</translation>
    </message>
    <message>
        <source>Let go of %1</source>
        <translation>Dejaste %1</translation>
    </message>
    <message>
        <source>Noted effects of %1</source>
        <translation>Anotaste efectos de %1</translation>
    </message>
</context>
<context>
    <name>ChartSaveDialog</name>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>Title saved with the chart</source>
        <translation>Título guardado con el gráfico</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Show the title and period on the image</source>
        <translation>&amp;Mostrar el título y el periodo en la imagen</translation>
    </message>
    <message>
        <source>Besides the chart, the file keeps only this title: no app name, date saved or folder. It uses light colours so it prints well. Share it with whoever you choose.</source>
        <translation>Además del gráfico, el archivo guarda solo este título: ni el nombre de la aplicación, ni la fecha, ni la carpeta. Usa colores claros para imprimirse bien. Compártelo con quien tú elijas.</translation>
    </message>
</context>
<context>
    <name>ChartSlot</name>
    <message>
        <source>The chart appears here in a moment.</source>
        <translation>El gráfico aparecerá aquí en un momento.</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>That is too few times to say how feelings sit with mood and hope.</source>
        <translation>Son muy pocas veces para decir cómo se relacionan los sentimientos con el ánimo y la esperanza.</translation>
    </message>
    <message>
        <source>Your first life check: you noted what is going well.</source>
        <translation>Tu primer repaso de vida: anotaste lo que va bien.</translation>
    </message>
    <message>
        <source>Nothing was rated in this life check; what is going well is noted.</source>
        <translation>En este repaso de vida no se valoró nada; queda anotado lo que va bien.</translation>
    </message>
    <message>
        <source>1 time with a question left blank has no total.</source>
        <translation>1 vez con una pregunta en blanco no tiene total.</translation>
    </message>
    <message>
        <source>there were no days without it to compare</source>
        <translation>no hubo días sin ella para comparar</translation>
    </message>
    <message>
        <source>Under each area's name is how satisfied you said you were with it in your latest life check.</source>
        <translation>Bajo el nombre de cada área aparece cuánto te satisfacía según tu último repaso de vida.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) %1 named a feeling. Most often: %2.</source>
        <translation>
            <numerusform>%n registro %1 nombró un sentimiento. Los más frecuentes: %2.</numerusform>
            <numerusform>%n registros %1 nombraron un sentimiento. Los más frecuentes: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>In check-ins naming %1, mood averaged %2, against %3 over the whole period.</source>
        <translation>En los registros que nombran %1, el ánimo tuvo una media de %2, frente a %3 en todo el periodo.</translation>
    </message>
    <message>
        <source>In check-ins naming %1, mood averaged %2, against %3 over the whole period, and hope %4.</source>
        <translation>En los registros que nombran %1, el ánimo tuvo una media de %2, frente a %3 en todo el periodo, y la esperanza, de %4.</translation>
    </message>
    <message>
        <source>Rated for the first time: %1.</source>
        <translation>Valoradas por primera vez: %1.</translation>
    </message>
    <message>
        <source>Your first life check. Rated highest (%1 of %2): %3.</source>
        <translation>Tu primer repaso de vida. Lo mejor valorado (%1 de %2): %3.</translation>
    </message>
    <message>
        <source>Grown since last time: %1.</source>
        <translation>Han crecido desde la última vez: %1.</translation>
    </message>
    <message>
        <source>Grown: %1.</source>
        <translation>Han crecido: %1.</translation>
    </message>
    <message>
        <source>The same as last time: %1.</source>
        <translation>Igual que la última vez: %1.</translation>
    </message>
    <message>
        <source>The same: %1.</source>
        <translation>Igual: %1.</translation>
    </message>
    <message>
        <source>Lower than last time: %1.</source>
        <translation>Por debajo de la última vez: %1.</translation>
    </message>
    <message>
        <source>Lower: %1.</source>
        <translation>Por debajo: %1.</translation>
    </message>
    <message>
        <source>%1: your latest total is %2 of %3 (%4)</source>
        <translation>%1: tu último total es %2 de %3 (%4)</translation>
    </message>
    <message>
        <source>%1, question by question</source>
        <translation>%1, pregunta a pregunta</translation>
    </message>
    <message numerus="yes">
        <source>%1: answered %n time(s); each question is shown on its own.</source>
        <translation>
            <numerusform>%1: respondido %n vez; cada pregunta se muestra por separado.</numerusform>
            <numerusform>%1: respondido %n veces; cada pregunta se muestra por separado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: answered %n time(s), each with a question left blank, so there is no total to show.</source>
        <translation>
            <numerusform>%1: respondido %n vez, con una pregunta en blanco, así que no hay total que mostrar.</numerusform>
            <numerusform>%1: respondido %n veces, cada una con una pregunta en blanco, así que no hay total que mostrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>, in the range published as %1</source>
        <translation>, en el rango publicado como %1</translation>
    </message>
    <message>
        <source>; the same as on %1</source>
        <translation>; igual que el %1</translation>
    </message>
    <message>
        <source>; %1 higher than on %2</source>
        <translation>; %1 más que el %2</translation>
    </message>
    <message>
        <source>; %1 lower than on %2</source>
        <translation>; %1 menos que el %2</translation>
    </message>
    <message>
        <source>%1 times with a question left blank have no total.</source>
        <translation>%1 veces con una pregunta en blanco no tienen total.</translation>
    </message>
    <message numerus="yes">
        <source>, down from %1 in the %n day(s) before</source>
        <translation>
            <numerusform>, por debajo de %1 el día anterior</numerusform>
            <numerusform>, por debajo de %1 en los %n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mood averaged %1 %2%3; your hope averaged %4.</source>
        <translation>Tu ánimo tuvo una media de %1 %2%3; tu esperanza, de %4.</translation>
    </message>
    <message>
        <source>your %1 averaged %2</source>
        <translation>tu %1 tuvo una media de %2</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n day(s) have a %3 value, averaging %4; grey squares are days without one.</source>
        <translation>
            <numerusform>%1, %2 de %n día tiene un valor de %3, con una media de %4; los cuadrados grises son días sin él.</numerusform>
            <numerusform>%1, %2 de %n días tienen un valor de %3, con una media de %4; los cuadrados grises son días sin él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on the %n day(s) without</source>
        <translation>
            <numerusform>%1 el día sin ella</numerusform>
            <numerusform>%1 en los %n días sin ella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mood averaged %1 on the %n day(s) with %2 and %3; %4</source>
        <translation>
            <numerusform>Tu ánimo tuvo una media de %1 el día con %2 y %3; %4</numerusform>
            <numerusform>Tu ánimo tuvo una media de %1 en los %n días con %2 y %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Your %1 %2; %3.</source>
        <translation>Tu %1: %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>You noted using a strength %n time(s) %1, most often %2 (%3).</source>
        <translation>
            <numerusform>Anotaste el uso de una fortaleza %n vez %1, sobre todo %2 (%3).</numerusform>
            <numerusform>Anotaste el uso de una fortaleza %n veces %1, sobre todo %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>You marked %1 done and noted %2 %3.</source>
        <translation>Hiciste %1 y anotaste %2 %3.</translation>
    </message>
    <message>
        <source>%1 (%2 of the %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message numerus="yes">
        <source>Most of your activity %1 was in %2; the %n day(s) before have nothing linked to a life area.</source>
        <translation>
            <numerusform>La mayor parte de tu actividad %1 fue en %2; el día anterior no tiene nada vinculado a un área de la vida.</numerusform>
            <numerusform>La mayor parte de tu actividad %1 fue en %2; los %n días anteriores no tienen nada vinculado a un área de la vida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the same as in the %n day(s) before</source>
        <translation>
            <numerusform>, igual que el día anterior</numerusform>
            <numerusform>, igual que en los %n días anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, up from %1 in the %n day(s) before</source>
        <translation>
            <numerusform>, por encima de %1 el día anterior</numerusform>
            <numerusform>, por encima de %1 en los %n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hope averaged %1 %2%3.</source>
        <translation>Tu esperanza tuvo una media de %1 %2%3.</translation>
    </message>
    <message>
        <source>Your mood averaged %1 %2%3.</source>
        <translation>Tu ánimo tuvo una media de %1 %2%3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more measure(s) below)</source>
        <translation>
            <numerusform>%1 (y %n medida más abajo)</numerusform>
            <numerusform>%1 (y %n medidas más abajo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) have a %2 value, averaging %3; grey squares are days without one.</source>
        <translation>
            <numerusform>%1 de %n día tiene un valor de %2, con una media de %3; los cuadrados grises son días sin él.</numerusform>
            <numerusform>%1 de %n días tienen un valor de %2, con una media de %3; los cuadrados grises son días sin él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your hope averaged %1 on the %n day(s) with %2 and %3; %4</source>
        <translation>
            <numerusform>Tu esperanza tuvo una media de %1 el día con %2 y %3; %4</numerusform>
            <numerusform>Tu esperanza tuvo una media de %1 en los %n días con %2 y %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>you first used %1 (%2)</source>
        <translation>día en que usaste %1 por primera vez (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>día en que %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>averaged %1 in the %n day(s) before %2 (%3 with a check-in)</source>
        <translation>
            <numerusform>media de %1 el día antes del %2 (%3 con registro)</numerusform>
            <numerusform>media de %1 en los %n días antes del %2 (%3 con registro)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>had no check-ins in the %n day(s) before %1</source>
        <translation>
            <numerusform>sin registros el día antes del %1</numerusform>
            <numerusform>sin registros en los %n días antes del %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the %n day(s) from then on (%2 with a check-in)</source>
        <translation>
            <numerusform>%1 desde ese día (%2 con registro)</numerusform>
            <numerusform>%1 en los %n días desde entonces (%2 con registro)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there are no check-ins yet in the %n day(s) from then on</source>
        <translation>
            <numerusform>aún no hay registros desde ese día</numerusform>
            <numerusform>aún no hay registros en los %n días desde entonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Your %1 %2 and %3.</source>
        <translation>Tu %1: %2 y %3.</translation>
    </message>
    <message numerus="yes">
        <source>You marked %n goal step(s) done %1.</source>
        <translation>
            <numerusform>Marcaste %n paso de meta como hecho %1.</numerusform>
            <numerusform>Marcaste %n pasos de metas como hechos %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You noted %n goal review(s) %1; no steps were marked done in this time.</source>
        <translation>
            <numerusform>Anotaste %n repaso de meta %1; en este tiempo no marcaste pasos como hechos.</numerusform>
            <numerusform>Anotaste %n repasos de metas %1; en este tiempo no marcaste pasos como hechos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal step(s)</source>
        <translation>
            <numerusform>%n paso de meta</numerusform>
            <numerusform>%n pasos de metas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal review(s)</source>
        <translation>
            <numerusform>%n repaso de meta</numerusform>
            <numerusform>%n repasos de metas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of the %3 things you linked to a life area)</source>
        <translation>%1 (%2 de las %3 cosas que vinculaste a un área de la vida)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing linked to a life area in this period yet; in the %n day(s) before, most was in %1.</source>
        <translation>
            <numerusform>Aún no hay nada vinculado a un área de la vida en este periodo; el día anterior, la mayor parte fue en %1.</numerusform>
            <numerusform>Aún no hay nada vinculado a un área de la vida en este periodo; en los %n días anteriores, la mayor parte fue en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most of your activity %1 was in %2, and in the %n day(s) before in %3.</source>
        <translation>
            <numerusform>La mayor parte de tu actividad %1 fue en %2, y el día anterior, en %3.</numerusform>
            <numerusform>La mayor parte de tu actividad %1 fue en %2, y en los %n días anteriores, en %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Check-ins naming it</source>
        <translation>Registros que lo nombran</translation>
    </message>
    <message>
        <source>Average mood</source>
        <translation>Ánimo medio</translation>
    </message>
    <message>
        <source>Average hope</source>
        <translation>Esperanza media</translation>
    </message>
    <message>
        <source>Life check</source>
        <translation>Repaso de vida</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Published range</source>
        <translation>Rango publicado</translation>
    </message>
    <message>
        <source>Answers, question by question</source>
        <translation>Respuestas, pregunta a pregunta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>sin total</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>No life area</source>
        <translation>Sin área de la vida</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Days with it</source>
        <translation>Días con la etiqueta</translation>
    </message>
    <message>
        <source>Days without it</source>
        <translation>Días sin la etiqueta</translation>
    </message>
    <message>
        <source>Mood with it</source>
        <translation>Ánimo con la etiqueta</translation>
    </message>
    <message>
        <source>Mood without it</source>
        <translation>Ánimo sin la etiqueta</translation>
    </message>
    <message>
        <source>Hope with it</source>
        <translation>Esperanza con la etiqueta</translation>
    </message>
    <message>
        <source>Hope without it</source>
        <translation>Esperanza sin la etiqueta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Days with a check-in</source>
        <translation>Días con registro</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Contado por</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Veces usada</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Todas las metas</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos hechos</translation>
    </message>
    <message>
        <source>Review: progress noted</source>
        <translation>Repaso: progreso anotado</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Your latest life check rating</source>
        <translation>Tu última valoración en un repaso de vida</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Before: %1 to %2</source>
        <translation>Antes: %1 a %2</translation>
    </message>
    <message>
        <source>After: %1 to %2</source>
        <translation>Después: %1 a %2</translation>
    </message>
    <message>
        <source>This period: %1 to %2</source>
        <translation>Este periodo: %1 a %2</translation>
    </message>
    <message>
        <source>%1 average</source>
        <translation>%1 (media)</translation>
    </message>
    <message>
        <source>%1: %2-day average</source>
        <translation>%1: media de %2 días</translation>
    </message>
    <message>
        <source>%1: lowest–highest that day</source>
        <translation>%1: más bajo–más alto ese día</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of 7 (%2)</source>
        <translation>%1 de 7 (%2)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Each dot is a day. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>Cada punto es un día. Las líneas más suaves son tus medias de 7 y 30 días. Un hueco es un día sin registro.</translation>
    </message>
    <message>
        <source>Each dot is a day; an upright line shows the lowest to highest check-in of a day with several. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>Cada punto es un día; una línea vertical va del registro más bajo al más alto de un día con varios. Las líneas más suaves son tus medias de 7 y 30 días. Un hueco es un día sin registro.</translation>
    </message>
    <message>
        <source>The thin line follows each day. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>La línea fina sigue cada día. Las líneas más suaves son tus medias de 7 y 30 días. Un hueco es un día sin registro.</translation>
    </message>
    <message>
        <source>The thin line follows each day; an upright line shows the lowest to highest check-in of a day with several. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>La línea fina sigue cada día; una línea vertical va del registro más bajo al más alto de un día con varios. Las líneas más suaves son tus medias de 7 y 30 días. Un hueco es un día sin registro.</translation>
    </message>
    <message>
        <source>The thin line follows each week's average; the dashed line is your 30-day average. A gap is a week without a check-in.</source>
        <translation>La línea fina sigue la media de cada semana; la línea discontinua es tu media de 30 días. Un hueco es una semana sin registro.</translation>
    </message>
    <message>
        <source>The line follows each month's average. A gap is a month without a check-in.</source>
        <translation>La línea sigue la media de cada mes. Un hueco es un mes sin registro.</translation>
    </message>
    <message>
        <source>One small chart per measure. The thin line follows each week's average, the shaded band its usual range over 30 days; a gap is a week without a value.</source>
        <translation>Un pequeño gráfico por medida. La línea fina sigue la media de cada semana y la franja sombreada es su rango habitual en 30 días; un hueco es una semana sin valor.</translation>
    </message>
    <message>
        <source>One small chart per measure. The line follows each month's average, the shaded band its usual range over 30 days; a gap is a month without a value.</source>
        <translation>Un pequeño gráfico por medida. La línea sigue la media de cada mes y la franja sombreada es su rango habitual en 30 días; un hueco es un mes sin valor.</translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range over 7 days; a gap is a day without a value.</source>
        <translation>Un pequeño gráfico por medida. La franja sombreada es su rango habitual en 7 días; un hueco es un día sin valor.</translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range over 30 days; a gap is a day without a value.</source>
        <translation>Un pequeño gráfico por medida. La franja sombreada es su rango habitual en 30 días; un hueco es un día sin valor.</translation>
    </message>
    <message>
        <source>A whole year, each square a day, coloured by the measure you pick: the brighter, the higher. Grey squares are days without a check-in; faint ones are outside your journal so far (before your first check-in, or still to come).</source>
        <translation>Un año entero, cada cuadrado un día, coloreado según la medida que elijas: cuanto más vivo, más alto. Los cuadrados grises son días sin registro; los tenues quedan fuera de tu diario por ahora (antes de tu primer registro, o aún por llegar).</translation>
    </message>
    <message>
        <source>Your last ten years, a row each, each square a day, coloured by the measure you pick: the brighter, the higher. Grey squares are days without a check-in. Choose a period to see the years before.</source>
        <translation>Tus últimos diez años, una fila cada uno, cada cuadrado un día, coloreado según la medida que elijas: cuanto más vivo, más alto. Los cuadrados grises son días sin registro. Elige un periodo para ver los años anteriores.</translation>
    </message>
    <message>
        <source>Left, the goal steps you marked done, added up. Right, each goal on a band of its own: a point is a review, higher is further along, and its number is the progress you noted.</source>
        <translation>A la izquierda, los pasos de tus metas que marcaste como hechos, sumados. A la derecha, cada meta en su propia franja: un punto es un repaso, más arriba es más avance, y su número es el progreso que anotaste.</translation>
    </message>
    <message>
        <source>The goal steps you marked done, added up over the period.</source>
        <translation>Los pasos de tus metas que marcaste como hechos, sumados a lo largo del periodo.</translation>
    </message>
    <message>
        <source>Each goal on a band of its own: a point is a review, higher is further along, and its number is the progress you noted.</source>
        <translation>Cada meta en su propia franja: un punto es un repaso, más arriba es más avance, y su número es el progreso que anotaste.</translation>
    </message>
    <message>
        <source>Each bar counts the things you linked to a part of life (tagged check-ins and journal entries, strength uses, goal steps done), beside the period of the same length before. It shows where attention went, not a score.</source>
        <translation>Cada barra cuenta lo que vinculaste a una parte de la vida (registros y entradas con etiquetas, usos de fortalezas, pasos hechos), junto al periodo anterior de igual duración. Muestra adónde fue tu atención, no una puntuación.</translation>
    </message>
    <message>
        <source>Mood and hope over time</source>
        <translation>Ánimo y esperanza a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Your measures over time</source>
        <translation>Tus medidas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range; a gap is a day without a value.</source>
        <translation>Un pequeño gráfico por medida. La franja sombreada es su rango habitual; un hueco es un día sin valor.</translation>
    </message>
    <message>
        <source>Year in pixels</source>
        <translation>El año en píxeles</translation>
    </message>
    <message>
        <source>What goes with better days</source>
        <translation>Lo que acompaña a los días mejores</translation>
    </message>
    <message>
        <source>Your average on days with each tag and on days without it. This shows what goes together, not what causes what.</source>
        <translation>Tu media los días con cada etiqueta y los días sin ella. Muestra qué va junto, no qué causa qué.</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Your average before and after a day that mattered, such as a new job or a change of medication.</source>
        <translation>Tu media antes y después de un día importante, como un trabajo nuevo o un cambio de medicación.</translation>
    </message>
    <message>
        <source>Strengths used</source>
        <translation>Fortalezas usadas</translation>
    </message>
    <message>
        <source>How often you noted using each strength, and the part of life it belongs to.</source>
        <translation>Con qué frecuencia anotaste usar cada fortaleza, y la parte de la vida a la que pertenece.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>The goal steps you marked done, and the progress you noted at each goal's reviews.</source>
        <translation>Los pasos de tus metas que marcaste como hechos y el progreso que anotaste en cada repaso.</translation>
    </message>
    <message>
        <source>Life balance</source>
        <translation>Equilibrio vital</translation>
    </message>
    <message>
        <source>Questionnaires over time</source>
        <translation>Cuestionarios a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Each questionnaire's total each time you answered it, over the ranges its authors publish (named at the side). ONS4 shows its four questions on their own. A time with a question left blank has no total. None of this is a diagnosis.</source>
        <translation>El total de cada cuestionario cada vez que lo respondiste, sobre los rangos que publican sus autores (nombrados al lado). ONS4 muestra sus cuatro preguntas por separado. Una vez con una pregunta en blanco no tiene total. Nada de esto es un diagnóstico.</translation>
    </message>
    <message>
        <source>Life check</source>
        <translation>Repaso de vida</translation>
    </message>
    <message>
        <source>How satisfied you said you were with each part of life, from 1 (not at all) to 7 (completely), in the newest life check of the period, beside the one before it. Our own questions, not a clinical measure.</source>
        <translation>La satisfacción que dijiste sentir con cada parte de la vida, de 1 (nada) a 7 (del todo), en el repaso de vida más reciente del periodo, junto al anterior. Son preguntas nuestras, no una medida clínica.</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>How often you named each feeling in a check-in, with your average mood and hope in those check-ins. This shows what goes together, not what causes what.</source>
        <translation>Con qué frecuencia nombraste cada sentimiento en un registro, con tu ánimo y esperanza medios en esos registros. Muestra qué va junto, no qué causa qué.</translation>
    </message>
</context>
<context>
    <name>CheckInList</name>
    <message>
        <source>Recent check-ins</source>
        <translation>Registros recientes</translation>
    </message>
    <message>
        <source>Enter edits the selected check-in; Delete removes it</source>
        <translation>Intro edita el registro seleccionado; Supr lo quita</translation>
    </message>
    <message>
        <source>No check-ins yet. How are you today?</source>
        <translation>Aún no hay registros. ¿Cómo estás hoy?</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the selected check-in</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected check-in</source>
        <translation>Borrar el registro seleccionado</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Add to my hope box</source>
        <translation>Añadir a mi caja de esperanza</translation>
    </message>
    <message>
        <source>Add the selected check-in to my hope box</source>
        <translation>Añadir el registro seleccionado a mi caja de esperanza</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
    <message>
        <source>Feeling %1</source>
        <translation>Sentimiento: %1</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Tag %1</source>
        <translation>Etiqueta %1</translation>
    </message>
    <message>
        <source>Delete, Space or a click removes this tag</source>
        <translation>Supr, Espacio o un clic quita esta etiqueta</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Quitar «%1»</translation>
    </message>
</context>
<context>
    <name>ColumnsBox</name>
    <message>
        <source>What each column holds</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <source>Value: %1 (a new measure)</source>
        <translation>Valor: %1 (una medida nueva)</translation>
    </message>
    <message>
        <source>Value: a new measure “%1”</source>
        <translation>Valor: una medida nueva «%1»</translation>
    </message>
    <message>
        <source>Column “%1” holds</source>
        <translation>La columna «%1» contiene</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Elige la columna que contiene la fecha.</translation>
    </message>
</context>
<context>
    <name>ComboVoice</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>ControlNames</name>
    <message>
        <source>Clear %1</source>
        <translation>Vaciar %1</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Create your journal</source>
        <translation>Crea tu diario</translation>
    </message>
    <message>
        <source>Choose a passphrase to lock your journal. A few words that mean something only to you work well. Write it down and keep it somewhere safe: if it is forgotten, it can't be recovered.</source>
        <translation>Elige una frase de contraseña para proteger tu diario. Funcionan bien unas palabras que solo signifiquen algo para ti. Anótala y guárdala en un lugar seguro: si se olvida, no se puede recuperar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Escríbela &amp;otra vez</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>Mostrar la frase de contraseña mientras escribo</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que las mayúsculas están activadas.</translation>
    </message>
    <message>
        <source>Choose another place…</source>
        <translation>Elegir otro lugar…</translation>
    </message>
    <message>
        <source>Choose another place for the journal file</source>
        <translation>Elegir otro lugar para el archivo del diario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Creando tu diario…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the welcome</source>
        <translation>Volver a la bienvenida</translation>
    </message>
    <message>
        <source>Create journal</source>
        <translation>Crear diario</translation>
    </message>
    <message>
        <source>Create the journal</source>
        <translation>Crear el diario</translation>
    </message>
    <message>
        <source>&amp;Region for helplines</source>
        <translation>&amp;Región de las líneas de ayuda</translation>
    </message>
    <message>
        <source>Get help now shows helplines for this region. You can change it at any time.</source>
        <translation>Ayuda ahora muestra las líneas de ayuda de esta región. Puedes cambiarla cuando quieras.</translation>
    </message>
    <message>
        <source>Your journal will be saved as: %s</source>
        <translation>Tu diario se guardará como: %s</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>Primero elige una frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases aren't the same yet. Please type it again.</source>
        <translation>Las dos frases de contraseña aún no coinciden. Escríbela otra vez, por favor.</translation>
    </message>
    <message>
        <source>The journal couldn't be created there. Please try again, or choose another place.</source>
        <translation>No se pudo crear el diario ahí. Inténtalo de nuevo o elige otro lugar.</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>La fuerza de la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>CrisisCard</name>
    <message>
        <source>… (the whole plan is in the app)</source>
        <translation>… (el plan completo está en la aplicación)</translation>
    </message>
    <message>
        <source>My crisis card</source>
        <translation>Mi tarjeta de crisis</translation>
    </message>
    <message>
        <source>People I'd like contacted</source>
        <translation>Personas a las que me gustaría que se avisara</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Hecha el %1.</translation>
    </message>
    <message>
        <source>Helplines (%1)</source>
        <translation>Líneas de ayuda (%1)</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>What keeps me going</source>
        <translation>Lo que me ayuda a seguir</translation>
    </message>
    <message>
        <source>My own numbers</source>
        <translation>Mis propios números</translation>
    </message>
    <message>
        <source>Help in %1</source>
        <translation>Ayuda en %1</translation>
    </message>
    <message>
        <source>In an emergency call %1.</source>
        <translation>En una emergencia, llama al %1.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation>Mi plan de crisis</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Líneas de ayuda</translation>
    </message>
    <message>
        <source>In an emergency call your local emergency number.</source>
        <translation>En una emergencia, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>Crisis card</source>
        <translation>Tarjeta de crisis</translation>
    </message>
</context>
<context>
    <name>CrisisCardDialog</name>
    <message>
        <source>Crisis card</source>
        <translation>Tarjeta de crisis</translation>
    </message>
    <message>
        <source>A one-page card with your crisis plan, the people you chose and the helplines. Print it, fold it, keep it in a wallet or by the phone.</source>
        <translation>Una tarjeta de una página con tu plan de crisis, las personas que elegiste y las líneas de ayuda. Imprímela, dóblala y guárdala en la cartera o junto al teléfono.</translation>
    </message>
    <message>
        <source>A6 (pocket size)</source>
        <translation>A6 (tamaño bolsillo)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Add the words from my hope box</source>
        <translation>Añadir las palabras de mi caja de esperanza</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who has the file or the paper can read it. Keep it somewhere you trust.</source>
        <translation>El PDF no está cifrado: cualquiera que tenga el archivo o el papel puede leerlo. Guárdalo en un lugar de confianza.</translation>
    </message>
    <message>
        <source>Preview of the crisis card</source>
        <translation>Vista previa de la tarjeta de crisis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the crisis card as a PDF file</source>
        <translation>Guardar la tarjeta de crisis como archivo PDF</translation>
    </message>
    <message>
        <source>Close the crisis card</source>
        <translation>Cerrar la tarjeta de crisis</translation>
    </message>
    <message>
        <source>Save an accessible copy (HTML)…</source>
        <translation>Guardar una copia accesible (HTML)…</translation>
    </message>
    <message>
        <source>Save an accessible copy of the crisis card as a web page (HTML)</source>
        <translation>Guardar una copia accesible de la tarjeta de crisis como página web (HTML)</translation>
    </message>
    <message>
        <source>The card couldn't be saved there. Please try another folder.</source>
        <translation>No se pudo guardar la tarjeta ahí. Prueba con otra carpeta.</translation>
    </message>
    <message>
        <source>Saved the crisis card as %s. It is not encrypted.</source>
        <translation>Tarjeta de crisis guardada como %s. No está cifrada.</translation>
    </message>
    <message>
        <source>Saved an accessible copy of the crisis card as %s. It is not encrypted.</source>
        <translation>Se guardó una copia accesible de la tarjeta de crisis como %s. No está cifrada.</translation>
    </message>
</context>
<context>
    <name>DataDialogs</name>
    <message>
        <source>Something unexpected got in the way, so nothing was changed. Please try again.</source>
        <translation>Algo inesperado se interpuso, así que no se cambió nada. Inténtalo de nuevo, por favor.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d 'de' MMMM 'de' yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d 'de' MMMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>DeleteEverythingDialog</name>
    <message>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>borrar</translation>
    </message>
    <message>
        <source>This removes your journal (%1) and all of its automatic backups from this computer: every check-in, entry, goal, plan and contact in it. It can't be undone, and no one, including us, can bring it back.</source>
        <translation>Esto quita de este equipo tu diario (%1) y todas sus copias de seguridad automáticas: cada registro, entrada, meta, plan y contacto que contiene. No se puede deshacer, y nadie, ni siquiera nosotros, puede recuperarlo.</translation>
    </message>
    <message>
        <source>Exports and backup files you saved somewhere yourself are not touched. If you might want any of it later, choose Keep my journal and use File, Export first.</source>
        <translation>Las exportaciones y copias que guardaste tú en otro sitio no se tocan. Si quizá quieras algo de esto más adelante, elige Conservar mi diario y usa antes Archivo, Exportar.</translation>
    </message>
    <message>
        <source>To go ahead, type the word “%1”:</source>
        <translation>Para continuar, escribe la palabra «%1»:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escribe %1 para confirmar</translation>
    </message>
    <message>
        <source>&amp;Keep my journal</source>
        <translation>&amp;Conservar mi diario</translation>
    </message>
    <message>
        <source>Keep my journal, delete nothing</source>
        <translation>Conservar mi diario, no borrar nada</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <source>Delete the journal and its backups</source>
        <translation>Borrar el diario y sus copias de seguridad</translation>
    </message>
</context>
<context>
    <name>DeletedBar</name>
    <message numerus="yes">
        <source>Entry deleted. Ctrl+Z can bring back your last %n deleted entries, even after a restart.</source>
        <translation>
            <numerusform>Entrada borrada. Ctrl+Z puede recuperar tu última entrada borrada, incluso tras reiniciar.</numerusform>
            <numerusform>Entrada borrada. Ctrl+Z puede recuperar tus últimas %n entradas borradas, incluso tras reiniciar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>Entrada borrada</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Bring the deleted entry back</source>
        <translation>Recuperar la entrada borrada</translation>
    </message>
    <message>
        <source>Ctrl+Z does the same</source>
        <translation>Ctrl+Z hace lo mismo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this note; Ctrl+Z still works</source>
        <translation>Ocultar esta nota; Ctrl+Z sigue funcionando</translation>
    </message>
</context>
<context>
    <name>DomainsEditor</name>
    <message>
        <source>Life areas</source>
        <translation>Áreas de la vida</translation>
    </message>
    <message>
        <source>No life areas yet.</source>
        <translation>Aún no hay áreas de la vida.</translation>
    </message>
    <message>
        <source>e.g. Creativity</source>
        <translation>p. ej., Creatividad</translation>
    </message>
    <message>
        <source>Name of a new life area</source>
        <translation>Nombre de una nueva área de la vida</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the new life area</source>
        <translation>Añadir la nueva área de la vida</translation>
    </message>
    <message>
        <source>New life &amp;area</source>
        <translation>Nueva &amp;área de la vida</translation>
    </message>
    <message>
        <source> — hidden</source>
        <translation> — oculta</translation>
    </message>
    <message>
        <source>Life area added</source>
        <translation>Área de la vida añadida</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>A title, if you like</source>
        <translation>Un título, si quieres</translation>
    </message>
    <message>
        <source>The day this entry is about</source>
        <translation>El día del que trata esta entrada</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation>Mostrar la vista previa</translation>
    </message>
    <message>
        <source>Switch between writing and the preview (Ctrl+Shift+P)</source>
        <translation>Cambiar entre escribir y la vista previa (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Plain text; # headings, *emphasis* and - lists show in the preview</source>
        <translation>Texto sencillo; los # títulos, el *énfasis* y las - listas se ven en la vista previa</translation>
    </message>
    <message>
        <source>Write whatever you like. It is kept as you type.</source>
        <translation>Escribe lo que quieras. Se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Preview of the entry</source>
        <translation>Vista previa de la entrada</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P switches between writing and the preview</source>
        <translation>Ctrl+Mayús+P cambia entre escribir y la vista previa</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Back to writing</source>
        <translation>Volver a escribir</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export your journal</source>
        <translation>Exportar tu diario</translation>
    </message>
    <message>
        <source>An export holds everything in your journal in an open format that other apps and spreadsheets can read.</source>
        <translation>Una exportación guarda todo lo de tu diario en un formato abierto que otras aplicaciones y hojas de cálculo pueden leer.</translation>
    </message>
    <message>
        <source>&amp;JSON: one file with everything (best for moving to another app or back here)</source>
        <translation>&amp;JSON: un archivo con todo (lo mejor para pasar a otra aplicación o volver aquí)</translation>
    </message>
    <message>
        <source>JSON, one file with everything</source>
        <translation>JSON, un archivo con todo</translation>
    </message>
    <message>
        <source>&amp;CSV: a zip with one spreadsheet file per kind of record</source>
        <translation>&amp;CSV: un zip con una hoja de cálculo por tipo de registro</translation>
    </message>
    <message>
        <source>CSV, a zip of spreadsheet files</source>
        <translation>CSV, un zip de hojas de cálculo</translation>
    </message>
    <message>
        <source>The export is not encrypted: anyone who can open the file can read all of it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>La exportación no está cifrada: cualquiera que pueda abrir el archivo puede leerlo entero. Guárdala en un lugar privado y bórrala cuando ya no la necesites.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Elegir dónde guardar la exportación</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Escribiendo la exportación…</translation>
    </message>
    <message>
        <source>Export saved as %1. It is not encrypted.</source>
        <translation>Exportación guardada como %1. No está cifrada.</translation>
    </message>
</context>
<context>
    <name>FeelingGroup</name>
    <message>
        <source>Pleasant, more energy</source>
        <translation>Agradable, más energía</translation>
    </message>
    <message>
        <source>Pleasant, less energy</source>
        <translation>Agradable, menos energía</translation>
    </message>
    <message>
        <source>Unpleasant, more energy</source>
        <translation>Desagradable, más energía</translation>
    </message>
    <message>
        <source>Unpleasant, less energy</source>
        <translation>Desagradable, menos energía</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Aún sin grupo</translation>
    </message>
</context>
<context>
    <name>FeelingsEditor</name>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>No feelings in your list yet.</source>
        <translation>Aún no hay sentimientos en tu lista.</translation>
    </message>
    <message>
        <source>Group of the feeling</source>
        <translation>Grupo del sentimiento</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>e.g. wistful</source>
        <translation>p. ej., nostalgia</translation>
    </message>
    <message>
        <source>Name of a new feeling</source>
        <translation>Nombre de un sentimiento nuevo</translation>
    </message>
    <message>
        <source>Group of the new feeling</source>
        <translation>Grupo del sentimiento nuevo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the new feeling</source>
        <translation>Añadir el sentimiento nuevo</translation>
    </message>
    <message>
        <source>New &amp;feeling</source>
        <translation>Nuevo &amp;sentimiento</translation>
    </message>
    <message>
        <source> — hidden</source>
        <translation> — oculto</translation>
    </message>
    <message>
        <source>Feeling added</source>
        <translation>Sentimiento añadido</translation>
    </message>
</context>
<context>
    <name>FeelingsPicker</name>
    <message>
        <source>Find a feeling</source>
        <translation>Buscar un sentimiento</translation>
    </message>
    <message>
        <source>Type a feeling, Enter picks it</source>
        <translation>Escribe un sentimiento; Intro lo elige</translation>
    </message>
    <message>
        <source>All feelings…</source>
        <translation>Todos los sentimientos…</translation>
    </message>
    <message>
        <source>Show all feelings to choose from</source>
        <translation>Mostrar todos los sentimientos para elegir</translation>
    </message>
    <message>
        <source>Feelings, grouped by how pleasant and how energetic</source>
        <translation>Sentimientos, agrupados según lo agradables y lo enérgicos que son</translation>
    </message>
    <message>
        <source>Feeling %1, press to remove</source>
        <translation>Sentimiento %1; pulsa para quitarlo</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Quitar «%1»</translation>
    </message>
</context>
<context>
    <name>FileCheckCard</name>
    <message>
        <source>Journal file</source>
        <translation>Archivo del diario</translation>
    </message>
    <message>
        <source>Your journal file is checked each time you unlock it and before each backup. You can also check it now; it takes a moment and changes nothing.</source>
        <translation>El archivo de tu diario se comprueba cada vez que lo desbloqueas y antes de cada copia de seguridad. También puedes comprobarlo ahora; tarda un momento y no cambia nada.</translation>
    </message>
    <message>
        <source>Check my &amp;journal file</source>
        <translation>Comprobar el archivo de mi &amp;diario</translation>
    </message>
    <message>
        <source>Check my journal file</source>
        <translation>Comprobar el archivo de mi diario</translation>
    </message>
    <message>
        <source>Checking your journal file…</source>
        <translation>Comprobando el archivo de tu diario…</translation>
    </message>
    <message>
        <source>Your journal file checked out: every page is whole.</source>
        <translation>El archivo de tu diario está bien: todas las páginas están completas.</translation>
    </message>
    <message>
        <source>The check couldn't run just now. Nothing was changed; please try again.</source>
        <translation>La comprobación no pudo hacerse ahora. No se cambió nada; inténtalo de nuevo, por favor.</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>Save this check-in (Ctrl+Enter)</source>
        <translation>Guardar este registro (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Dejar de editar</translation>
    </message>
    <message>
        <source>Leave the check-in as it was</source>
        <translation>Dejar el registro como estaba</translation>
    </message>
    <message>
        <source>Save keeps the changes; Cancel editing leaves it as it was.</source>
        <translation>Guardar conserva los cambios; Dejar de editar lo deja como estaba.</translation>
    </message>
    <message>
        <source>Clear the form without saving</source>
        <translation>Vaciar el formulario sin guardar</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Intro guarda</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>Goal title</source>
        <translation>Título de la meta</translation>
    </message>
    <message>
        <source>e.g. Walk by the river on Saturdays</source>
        <translation>p. ej., Pasear junto al río los sábados</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Por qué me importa</translation>
    </message>
    <message>
        <source>What moving towards this would mean to you</source>
        <translation>Lo que significaría para ti avanzar hacia esto</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Strengths that help</source>
        <translation>Fortalezas que ayudan</translation>
    </message>
    <message>
        <source>Space ticks or unticks a strength</source>
        <translation>Espacio marca o desmarca una fortaleza</translation>
    </message>
    <message>
        <source>No strengths yet. You can add some on the Strengths page.</source>
        <translation>Aún no hay fortalezas. Puedes añadir algunas en la página Fortalezas.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Why it matters to me</source>
        <translation>Por &amp;qué me importa</translation>
    </message>
    <message>
        <source>Life &amp;area</source>
        <translation>Á&amp;rea de la vida</translation>
    </message>
    <message>
        <source>&amp;Strengths that help</source>
        <translation>&amp;Fortalezas que ayudan</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Intro guarda</translation>
    </message>
    <message>
        <source>No particular life area</source>
        <translation>Ningún área en particular</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save the changes to this goal</source>
        <translation>Guardar los cambios de esta meta</translation>
    </message>
    <message>
        <source>Add this goal</source>
        <translation>Añadir esta meta</translation>
    </message>
    <message>
        <source>That goal is no longer here.</source>
        <translation>Esa meta ya no está aquí.</translation>
    </message>
    <message>
        <source>Goal saved</source>
        <translation>Meta guardada</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Meta añadida</translation>
    </message>
</context>
<context>
    <name>GoalList</name>
    <message>
        <source>Show goals of a life area</source>
        <translation>Mostrar las metas de un área de la vida</translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation>&amp;Área de la vida</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Grouped by where each goal stands. Delete removes the selected goal.</source>
        <translation>Agrupadas según cómo va cada meta. Supr quita la meta seleccionada.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Borrar meta</translation>
    </message>
    <message>
        <source>Delete the selected goal</source>
        <translation>Borrar la meta seleccionada</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>Todas las áreas de la vida</translation>
    </message>
    <message>
        <source>A goal can be small. What would you like to move towards?</source>
        <translation>Una meta puede ser pequeña. ¿Hacia qué te gustaría avanzar?</translation>
    </message>
    <message>
        <source>No goals in this life area yet. Choose "All life areas" to see the others.</source>
        <translation>Aún no hay metas en esta área. Elige «Todas las áreas de la vida» para ver las demás.</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>GoalWords</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Soltada</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Aún no hay pasos</translation>
    </message>
    <message>
        <source>Every step is done</source>
        <translation>Todos los pasos están hechos</translation>
    </message>
    <message>
        <source>progress %1 %</source>
        <translation>progreso %1 %</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Goals you choose, and small steps towards them, at your own pace.</source>
        <translation>Metas que eliges, y pequeños pasos hacia ellas, a tu propio ritmo.</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Cómo va</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <source>About this goal</source>
        <translation>Sobre esta meta</translation>
    </message>
    <message>
        <source>A new goal</source>
        <translation>Una meta nueva</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Borrar meta</translation>
    </message>
    <message>
        <source>Goal deleted. Ctrl+Z brings it back.</source>
        <translation>Meta borrada. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Goal restored</source>
        <translation>Meta recuperada</translation>
    </message>
    <message>
        <source>That goal can no longer be brought back.</source>
        <translation>Esa meta ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Borrar paso</translation>
    </message>
    <message>
        <source>Step deleted. Ctrl+Z brings it back.</source>
        <translation>Paso borrado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Step restored</source>
        <translation>Paso recuperado</translation>
    </message>
    <message>
        <source>That step can no longer be brought back.</source>
        <translation>Ese paso ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Borrar repaso</translation>
    </message>
    <message>
        <source>Review deleted. Ctrl+Z brings it back.</source>
        <translation>Repaso borrado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Review restored</source>
        <translation>Repaso recuperado</translation>
    </message>
    <message>
        <source>That review can no longer be brought back.</source>
        <translation>Ese repaso ya no se puede recuperar.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide — Recovery Journal</source>
        <translation>Guía — Recovery Journal</translation>
    </message>
    <message>
        <source>Topics of the guide</source>
        <translation>Temas de la guía</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Picture from the guide</source>
        <translation>Imagen de la guía</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close Get help now</source>
        <translation>Cerrar Ayuda ahora</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>You don't have to go through this alone. The people at these numbers are there to listen. This app never calls or opens anything itself: each number has a Copy button.</source>
        <translation>No tienes que pasar por esto a solas. Las personas de estos números están ahí para escucharte. Esta aplicación nunca llama ni abre nada por sí misma: cada número tiene un botón Copiar.</translation>
    </message>
    <message>
        <source>People I'd like contacted</source>
        <translation>Personas a las que me gustaría que se avisara</translation>
    </message>
    <message>
        <source>Your own numbers</source>
        <translation>Tus propios números</translation>
    </message>
    <message>
        <source>You can add your own numbers in Settings: your GP, a local crisis team, a friend. They will be shown here.</source>
        <translation>Puedes añadir tus propios números en Ajustes: tu médico de cabecera, un equipo de crisis cercano, un amigo. Se mostrarán aquí.</translation>
    </message>
    <message>
        <source>Add or change your numbers in Settings…</source>
        <translation>Añadir o cambiar tus números en Ajustes…</translation>
    </message>
    <message>
        <source>Add your own numbers in Settings…</source>
        <translation>Añadir tus propios números en Ajustes…</translation>
    </message>
    <message>
        <source>The list of helplines couldn't be read. In an emergency, call your local emergency number.</source>
        <translation>No se pudo leer la lista de líneas de ayuda. En una emergencia, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>Helplines (%s)</source>
        <translation>Líneas de ayuda (%s)</translation>
    </message>
    <message>
        <source>Checked in %s.</source>
        <translation>Comprobadas en %s.</translation>
    </message>
    <message>
        <source>Help in %s</source>
        <translation>Ayuda en %s</translation>
    </message>
    <message>
        <source>The app doesn't have a list of helplines for %s yet.</source>
        <translation>La aplicación aún no tiene una lista de líneas de ayuda para %s.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencias</translation>
    </message>
    <message>
        <source>Call %s</source>
        <translation>Llama al %s</translation>
    </message>
    <message>
        <source>If a life is at risk right now.</source>
        <translation>Si una vida corre peligro ahora mismo.</translation>
    </message>
    <message>
        <source>If a life is at risk right now, call your local emergency number.</source>
        <translation>Si una vida corre peligro ahora mismo, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>You can add numbers you trust, like a local crisis line, your doctor or a friend. They will be shown here, with a Copy button each.</source>
        <translation>Puedes añadir números de confianza, como una línea de crisis de tu zona, tu médico o un amigo. Se mostrarán aquí, cada uno con un botón Copiar.</translation>
    </message>
    <message>
        <source>Once your journal is open, you can add numbers you trust in Settings, like a local crisis line, your doctor or a friend. They will be shown here.</source>
        <translation>Cuando tu diario esté abierto, podrás añadir números de confianza en Ajustes, como una línea de crisis de tu zona, tu médico o un amigo. Se mostrarán aquí.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1: %2</source>
        <translation>Copiar %1: %2</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Open my hope box</source>
        <translation>Abrir mi caja de esperanza</translation>
    </message>
</context>
<context>
    <name>HelplineEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example: My GP</source>
        <translation>Por ejemplo: mi médico de cabecera</translation>
    </message>
    <message>
        <source>Number or how to reach them</source>
        <translation>Número o cómo contactar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Optional, for example: weekdays 8 to 6</source>
        <translation>Opcional, por ejemplo: entre semana de 8 a 18</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this number</source>
        <translation>Guardar este número</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel changing this number</source>
        <translation>No cambiar este número</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Volver a ponerlo</translation>
    </message>
    <message>
        <source>Put back the number you removed</source>
        <translation>Volver a poner el número que quitaste</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Añadir un número</translation>
    </message>
    <message>
        <source>Change a number</source>
        <translation>Cambiar un número</translation>
    </message>
    <message>
        <source>Please give the number a name, so you know whose it is.</source>
        <translation>Ponle un nombre al número, por favor, para saber de quién es.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Movido.</translation>
    </message>
    <message>
        <source>Removed %s. You can put it back.</source>
        <translation>Se quitó %s. Puedes volver a ponerlo.</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>Número recuperado.</translation>
    </message>
</context>
<context>
    <name>HopeBoxDialog</name>
    <message>
        <source>My hope box</source>
        <translation>Mi caja de esperanza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last removal</source>
        <translation>Deshacer lo último que quitaste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close my hope box</source>
        <translation>Cerrar mi caja de esperanza</translation>
    </message>
    <message>
        <source>What reminds you why things matter, kept close for the hard days. Add what you like, in any order.</source>
        <translation>Lo que te recuerda por qué las cosas importan, a mano para los días difíciles. Añade lo que quieras, en el orden que quieras.</translation>
    </message>
    <message>
        <source>Added to your hope box</source>
        <translation>Añadido a tu caja de esperanza</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>Bajado</translation>
    </message>
    <message>
        <source>Remove from hope box</source>
        <translation>Quitar de la caja de esperanza</translation>
    </message>
    <message>
        <source>Removed from your hope box. You can undo this.</source>
        <translation>Quitado de tu caja de esperanza. Puedes deshacerlo.</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Recuperado</translation>
    </message>
</context>
<context>
    <name>HopeItemCard</name>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Del %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>HopeItemEditor</name>
    <message>
        <source>Your words</source>
        <translation>Tus palabras</translation>
    </message>
    <message>
        <source>Who said it (optional)</source>
        <translation>Quién lo dijo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Palabras</translation>
    </message>
    <message>
        <source>Who &amp;said it (optional)</source>
        <translation>&amp;Quién lo dijo (opcional)</translation>
    </message>
    <message>
        <source>The picture</source>
        <translation>La imagen</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Elegir una imagen…</translation>
    </message>
    <message>
        <source>Choose a picture from your files</source>
        <translation>Elegir una imagen de tus archivos</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Choose a picture first, or press Cancel.</source>
        <translation>Elige primero una imagen, o pulsa Cancelar.</translation>
    </message>
</context>
<context>
    <name>HopePictures</name>
    <message>
        <source>That picture is over 20 MB. Please pick a smaller one.</source>
        <translation>Esa imagen ocupa más de 20 MB. Elige una más pequeña, por favor.</translation>
    </message>
    <message>
        <source>That file couldn't be read.</source>
        <translation>No se pudo leer ese archivo.</translation>
    </message>
    <message>
        <source>That file isn't a picture this app can keep.</source>
        <translation>Ese archivo no es una imagen que esta aplicación pueda guardar.</translation>
    </message>
    <message>
        <source>That picture is too big to open safely.</source>
        <translation>Esa imagen es demasiado grande para abrirla con seguridad.</translation>
    </message>
    <message>
        <source>That picture couldn't be opened.</source>
        <translation>No se pudo abrir esa imagen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n medida</numerusform>
            <numerusform>%n medidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life area(s)</source>
        <translation>
            <numerusform>%n área de la vida</numerusform>
            <numerusform>%n áreas de la vida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s)</source>
        <translation>
            <numerusform>%n fortaleza</numerusform>
            <numerusform>%n fortalezas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength use(s)</source>
        <translation>
            <numerusform>%n uso de fortalezas</numerusform>
            <numerusform>%n usos de fortalezas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n meta</numerusform>
            <numerusform>%n metas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan section(s)</source>
        <translation>
            <numerusform>%n sección del plan</numerusform>
            <numerusform>%n secciones del plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n helpline(s)</source>
        <translation>
            <numerusform>%n línea de ayuda</numerusform>
            <numerusform>%n líneas de ayuda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n early-warning rule(s)</source>
        <translation>
            <numerusform>%n señal de alerta temprana</numerusform>
            <numerusform>%n señales de alerta temprana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire answer(s)</source>
        <translation>
            <numerusform>%n respuesta a cuestionarios</numerusform>
            <numerusform>%n respuestas a cuestionarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life check(s)</source>
        <translation>
            <numerusform>%n repaso de vida</numerusform>
            <numerusform>%n repasos de vida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s) or support(s)</source>
        <translation>
            <numerusform>%n tratamiento o apoyo</numerusform>
            <numerusform>%n tratamientos o apoyos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeling word(s)</source>
        <translation>
            <numerusform>%n palabra de sentimiento</numerusform>
            <numerusform>%n palabras de sentimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new — everything in that file is already in your journal</source>
        <translation>Nada nuevo: todo lo de ese archivo ya está en tu diario</translation>
    </message>
    <message numerus="yes">
        <source>And %n more skipped row(s).</source>
        <translation>
            <numerusform>Y %n fila más omitida.</numerusform>
            <numerusform>Y %n filas más omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>If you cancel, nothing is added.</source>
        <translation>Si cancelas, no se añade nada.</translation>
    </message>
    <message>
        <source>It adds these measures to your journal: %1.</source>
        <translation>Añade estas medidas a tu diario: %1.</translation>
    </message>
    <message>
        <source>Not brought in, as nothing here holds it: %1.</source>
        <translation>No se importa, porque aquí nada lo recoge: %1.</translation>
    </message>
    <message>
        <source>Import from another app</source>
        <translation>Importar desde otra aplicación</translation>
    </message>
    <message>
        <source>Bring in your history from a file. You'll see what it holds before anything is added, and importing the same file twice adds nothing the second time.</source>
        <translation>Trae tu historial desde un archivo. Verás lo que contiene antes de añadir nada, e importar el mismo archivo dos veces no añade nada la segunda vez.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Ready-made mapping for another app's file</source>
        <translation>Correspondencia ya hecha para el archivo de otra aplicación</translation>
    </message>
    <message>
        <source>None: I'll choose the columns</source>
        <translation>Ninguna: elegiré yo las columnas</translation>
    </message>
    <message>
        <source>Ready-made &amp;mapping:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Your mood labels on the 0–10 mood scale</source>
        <translation>Tus etiquetas de ánimo en la escala de ánimo de 0 a 10</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Cómo se lee el archivo</translation>
    </message>
    <message>
        <source>Also add the file's &amp;scales as measures</source>
        <translation>Añadir también las &amp;escalas del archivo como medidas</translation>
    </message>
    <message>
        <source>Also add the file's scales as measures</source>
        <translation>Añadir también las escalas del archivo como medidas</translation>
    </message>
    <message>
        <source>Cancel, import nothing</source>
        <translation>Cancelar, no importar nada</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Preview what the file holds</source>
        <translation>Ver antes lo que contiene el archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import what the preview showed</source>
        <translation>Importar lo que mostró la vista previa</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elegir un archivo que importar</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Exportaciones (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Chosen file: %1</source>
        <translation>Archivo elegido: %1</translation>
    </message>
    <message>
        <source>Mood for “%1”, 0 to 10</source>
        <translation>Ánimo para «%1», de 0 a 10</translation>
    </message>
    <message>
        <source>Please choose a file first.</source>
        <translation>Elige primero un archivo, por favor.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Scales in the file: %1</source>
        <translation>Escalas del archivo: %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added, so your journal is as it was.</source>
        <translation>Detenido. No se añadió nada, así que tu diario está como estaba.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>No se escribe nada hasta que elijas Importar.</translation>
    </message>
    <message>
        <source>This file holds: %1.</source>
        <translation>Este archivo contiene: %1.</translation>
    </message>
    <message>
        <source>Added from %1: %2.</source>
        <translation>Añadido desde %1: %2.</translation>
    </message>
    <message>
        <source>New, to be added: %1.</source>
        <translation>Nuevo, se añadirá: %1.</translation>
    </message>
    <message>
        <source>Already in your journal, so not added again: %1.</source>
        <translation>Ya está en tu diario, así que no se añade otra vez: %1.</translation>
    </message>
    <message>
        <source>Skipped, as the same as an earlier row of the file: %1.</source>
        <translation>Omitido, por ser igual que una fila anterior del archivo: %1.</translation>
    </message>
    <message>
        <source>The file also holds Daylio scales (%1). They are left out unless you choose to add them as measures.</source>
        <translation>El archivo también contiene escalas de Daylio (%1). Se dejan fuera salvo que elijas añadirlas como medidas.</translation>
    </message>
    <message>
        <source>New feeling words for your list: %1.</source>
        <translation>Palabras de sentimiento nuevas para tu lista: %1.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Del %1 al %2.</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>This date is too far in the past or future for a calendar to hold.</source>
        <translation>Esta fecha está demasiado lejos en el pasado o en el futuro para un calendario.</translation>
    </message>
    <message>
        <source>This isn't a date in a form this app can read.</source>
        <translation>Esto no es una fecha en una forma que esta aplicación sepa leer.</translation>
    </message>
    <message>
        <source>This doesn't look like a Daylio export: a column is missing.</source>
        <translation>No parece una exportación de Daylio: falta una columna.</translation>
    </message>
    <message>
        <source>This day isn't in a Pixels layout this app knows (date with scores, mood or entries).</source>
        <translation>Este día no sigue ninguna estructura de Pixels que conozca esta aplicación (fecha con puntuaciones, ánimo o entradas).</translation>
    </message>
    <message>
        <source>Nothing new — everything in that file is already in your journal.</source>
        <translation>Nada nuevo: todo lo de ese archivo ya está en tu diario.</translation>
    </message>
    <message>
        <source>This file holds no entries to import, so nothing was added.</source>
        <translation>Este archivo no contiene nada que importar, así que no se añadió nada.</translation>
    </message>
    <message>
        <source>A row: skipped, it holds nothing to import</source>
        <translation>Una fila: omitida, no contiene nada que importar</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>Row %1: skipped, the same as row %2</source>
        <translation>Fila %1: omitida, igual que la fila %2</translation>
    </message>
    <message>
        <source>%1 (no number)</source>
        <translation>%1 (sin número)</translation>
    </message>
    <message>
        <source>Row %1, column "%2": %3</source>
        <translation>Fila %1, columna «%2»: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>column "%1": %2</source>
        <translation>Columna «%1»: %2</translation>
    </message>
    <message>
        <source>A row: skipped, the same as row %1</source>
        <translation>Una fila: omitida, igual que la fila %1</translation>
    </message>
    <message>
        <source>Row %1: skipped, it holds nothing to import</source>
        <translation>Fila %1: omitida, no contiene nada que importar</translation>
    </message>
    <message>
        <source>This journal has no measure for this column.</source>
        <translation>Este diario no tiene ninguna medida para esta columna.</translation>
    </message>
    <message>
        <source>This value is outside the measure's range (%1 to %2).</source>
        <translation>Este valor está fuera del rango de la medida (de %1 a %2).</translation>
    </message>
    <message>
        <source>This isn't one of the feeling groups.</source>
        <translation>Este no es uno de los grupos de sentimientos.</translation>
    </message>
    <message>
        <source>This doesn't look like a Bearable export: a column is missing.</source>
        <translation>No parece una exportación de Bearable: falta una columna.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file holds %1, which isn't an ordinary number.</source>
        <translation>El archivo contiene %1, que no es un número corriente.</translation>
    </message>
    <message>
        <source>That is a pipe or a device, not a file.</source>
        <translation>Eso es una tubería o un dispositivo, no un archivo.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>El archivo contiene datos binarios, no texto.</translation>
    </message>
    <message>
        <source>This row has fewer cells than the header.</source>
        <translation>Esta fila tiene menos celdas que la cabecera.</translation>
    </message>
    <message>
        <source>This isn't a time of day.</source>
        <translation>Esto no es una hora del día.</translation>
    </message>
    <message>
        <source>This isn't an ordinary number.</source>
        <translation>Esto no es un número corriente.</translation>
    </message>
    <message>
        <source>This number is too large for a measure (the limit is a million either way).</source>
        <translation>Este número es demasiado grande para una medida (el límite es un millón, por encima o por debajo de cero).</translation>
    </message>
    <message>
        <source>That is a folder, not a file.</source>
        <translation>Eso es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>That file doesn't exist.</source>
        <translation>Ese archivo no existe.</translation>
    </message>
    <message>
        <source>That file can't be read.</source>
        <translation>Ese archivo no se puede leer.</translation>
    </message>
    <message>
        <source>The file isn't UTF-8 text (the first unreadable byte is at position %1). Export it again as UTF-8.</source>
        <translation>El archivo no es texto UTF-8 (el primer byte que no se puede leer está en la posición %1). Vuelve a exportarlo como UTF-8.</translation>
    </message>
    <message>
        <source>The same name appears twice in one object.</source>
        <translation>El mismo nombre aparece dos veces en un mismo objeto.</translation>
    </message>
    <message>
        <source>The file isn't valid JSON (line %1, position %2).</source>
        <translation>El archivo no es JSON válido (línea %1, posición %2).</translation>
    </message>
    <message>
        <source>The file is nested too deeply to read.</source>
        <translation>El archivo tiene demasiados niveles anidados para leerlo.</translation>
    </message>
    <message>
        <source>The file holds a number too large to read.</source>
        <translation>El archivo contiene un número demasiado grande para leerlo.</translation>
    </message>
    <message>
        <source>The file isn't readable as CSV (a quote is not closed).</source>
        <translation>El archivo no se puede leer como CSV (hay unas comillas sin cerrar).</translation>
    </message>
    <message>
        <source>This isn't a number.</source>
        <translation>Esto no es un número.</translation>
    </message>
    <message>
        <source>This part of the day isn't one this import knows (%1).</source>
        <translation>Esta importación no conoce esta parte del día (%1).</translation>
    </message>
    <message>
        <source>This isn't a date in the expected form.</source>
        <translation>Esto no es una fecha con la forma esperada.</translation>
    </message>
    <message>
        <source>This date doesn't exist.</source>
        <translation>Esta fecha no existe.</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10 for these moods: %1.</source>
        <translation>Elige un número de 0 a 10 para estos estados de ánimo: %1.</translation>
    </message>
    <message>
        <source>This isn't a date like "18 May".</source>
        <translation>Esto no es una fecha como «18 May».</translation>
    </message>
    <message>
        <source>Each mood must be given a number from 0 to 10.</source>
        <translation>Cada estado de ánimo necesita un número de 0 a 10.</translation>
    </message>
    <message>
        <source>This row has more cells than the header.</source>
        <translation>Esta fila tiene más celdas que la cabecera.</translation>
    </message>
    <message>
        <source>This isn't a year.</source>
        <translation>Esto no es un año.</translation>
    </message>
    <message>
        <source>This isn't a date (YYYY-MM-DD).</source>
        <translation>Esto no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>This scale's value isn't a number.</source>
        <translation>El valor de esta escala no es un número.</translation>
    </message>
    <message>
        <source>This scale's value is of another kind than in earlier rows.</source>
        <translation>El valor de esta escala es de otro tipo que en las filas anteriores.</translation>
    </message>
    <message>
        <source>This isn't a scale like "Sleep Quality: 8/10 points".</source>
        <translation>Esto no es una escala como «Sleep Quality: 8/10 points».</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 tiene que ser una lista.</translation>
    </message>
    <message>
        <source>Each item in %1 must be an object.</source>
        <translation>Cada elemento de %1 tiene que ser un objeto.</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>Aquí tiene que haber texto.</translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation>Aquí tiene que haber verdadero o falso (true o false).</translation>
    </message>
    <message>
        <source>This must be a number.</source>
        <translation>Aquí tiene que haber un número.</translation>
    </message>
    <message>
        <source>This must be a whole number.</source>
        <translation>Aquí tiene que haber un número entero.</translation>
    </message>
    <message>
        <source>This date and time has no UTC offset.</source>
        <translation>Esta fecha y hora no indica su diferencia con UTC.</translation>
    </message>
    <message>
        <source>This must be a list of text.</source>
        <translation>Aquí tiene que haber una lista de textos.</translation>
    </message>
    <message>
        <source>This must be a list.</source>
        <translation>Aquí tiene que haber una lista.</translation>
    </message>
    <message>
        <source>This isn't a date and time.</source>
        <translation>Esto no es una fecha y hora.</translation>
    </message>
    <message>
        <source>This doesn't look like a jrnl JSON export (no entries).</source>
        <translation>No parece una exportación JSON de jrnl (no hay entradas).</translation>
    </message>
    <message>
        <source>The file has no column with this name.</source>
        <translation>El archivo no tiene ninguna columna con este nombre.</translation>
    </message>
    <message>
        <source>Choose a number for each of these words: %1.</source>
        <translation>Elige un número para cada una de estas palabras: %1.</translation>
    </message>
    <message>
        <source>This isn't a Recovery Journal export.</source>
        <translation>No es una exportación de Recovery Journal.</translation>
    </message>
    <message>
        <source>The export has no version number.</source>
        <translation>La exportación no tiene número de versión.</translation>
    </message>
    <message>
        <source>This export comes from a newer version of Recovery Journal; update the app first.</source>
        <translation>Esta exportación viene de una versión más nueva de Recovery Journal; actualiza antes la aplicación.</translation>
    </message>
    <message>
        <source>This export's format version (%1) isn't one Recovery Journal knows, so nothing was imported.</source>
        <translation>Recovery Journal no conoce la versión de formato de esta exportación (%1), así que no se importó nada.</translation>
    </message>
    <message>
        <source>settings must be an object.</source>
        <translation>settings tiene que ser un objeto.</translation>
    </message>
    <message>
        <source>This must be an object of measure keys and numbers.</source>
        <translation>Aquí tiene que haber un objeto de claves de medidas y números.</translation>
    </message>
    <message>
        <source>This doesn't name a strength in the file.</source>
        <translation>Esto no nombra ninguna fortaleza del archivo.</translation>
    </message>
    <message>
        <source>This isn't a kind of early-warning rule this app knows.</source>
        <translation>Esta aplicación no conoce este tipo de señal de alerta temprana.</translation>
    </message>
    <message>
        <source>This isn't a section of the wellness plan.</source>
        <translation>Esta no es una sección del plan de bienestar.</translation>
    </message>
    <message>
        <source>This %1 is already used by item %2 of %3; each must be different, so nothing was imported.</source>
        <translation>El elemento %2 de %3 ya usa este %1; cada uno tiene que ser distinto, así que no se importó nada.</translation>
    </message>
    <message>
        <source>A life area is rated twice in this life check.</source>
        <translation>Un área de la vida está valorada dos veces en este repaso de vida.</translation>
    </message>
    <message>
        <source>This life check has no rating and no note.</source>
        <translation>Este repaso de vida no tiene ninguna valoración ni nota.</translation>
    </message>
    <message>
        <source>A life check rating is a whole number from 1 to 7.</source>
        <translation>Una valoración del repaso de vida es un número entero del 1 al 7.</translation>
    </message>
    <message>
        <source>A support is a medicine, a therapy, a group or other.</source>
        <translation>Un apoyo es un medicamento, una terapia, un grupo u otro.</translation>
    </message>
    <message>
        <source>This support has no name.</source>
        <translation>Este apoyo no tiene nombre.</translation>
    </message>
    <message>
        <source>That is not a kind of change this log knows.</source>
        <translation>Este registro no conoce ese tipo de cambio.</translation>
    </message>
    <message>
        <source>This doesn't look like a Pixels backup (a list of days).</source>
        <translation>No parece una copia de seguridad de Pixels (una lista de días).</translation>
    </message>
    <message>
        <source>This must be a number from 1 to 5.</source>
        <translation>Aquí tiene que haber un número del 1 al 5.</translation>
    </message>
    <message>
        <source>Only Pixels' Mood type is known to this app.</source>
        <translation>Esta aplicación solo conoce el tipo Mood de Pixels.</translation>
    </message>
    <message>
        <source>This isn't a date (year-month-day).</source>
        <translation>Esto no es una fecha (año-mes-día).</translation>
    </message>
    <message>
        <source>Scores must be a list of numbers from 1 to 5.</source>
        <translation>Las puntuaciones tienen que ser una lista de números del 1 al 5.</translation>
    </message>
    <message>
        <source>This isn't one of the question's answers.</source>
        <translation>Esta no es una de las respuestas de la pregunta.</translation>
    </message>
    <message>
        <source>This isn't a questionnaire this app knows.</source>
        <translation>Esta aplicación no conoce este cuestionario.</translation>
    </message>
    <message>
        <source>This must be %1 answers from 0 to %2, with null for a question left blank.</source>
        <translation>Aquí tiene que haber %1 respuestas de 0 a %2, con null para cada pregunta en blanco.</translation>
    </message>
    <message>
        <source>This picture is too large to import.</source>
        <translation>Esta imagen es demasiado grande para importarla.</translation>
    </message>
    <message>
        <source>This isn't a kind of hope box item.</source>
        <translation>Este no es un tipo de elemento de la caja de esperanza.</translation>
    </message>
    <message>
        <source>A memory links to a journal entry or a check-in.</source>
        <translation>Un recuerdo enlaza con una entrada del diario o con un registro.</translation>
    </message>
    <message>
        <source>This picture isn't readable base64 text.</source>
        <translation>Esta imagen no es texto base64 legible.</translation>
    </message>
    <message>
        <source>That import format isn't one this app knows.</source>
        <translation>Esta aplicación no conoce ese formato de importación.</translation>
    </message>
    <message>
        <source>Choose which columns hold the date, values, tags and note first.</source>
        <translation>Elige primero qué columnas contienen la fecha, los valores, las etiquetas y la nota.</translation>
    </message>
    <message>
        <source>This value can't be stored.</source>
        <translation>Este valor no se puede guardar.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>How life has been going, drawn from your own check-ins. These charts show what tends to go together over time; they are not scores.</source>
        <translation>Cómo te ha ido la vida, a partir de tus propios registros. Estos gráficos muestran lo que suele ir junto con el tiempo; no son puntuaciones.</translation>
    </message>
    <message>
        <source>This chart can't be shown just now. Your check-ins are safe.</source>
        <translation>Este gráfico no se puede mostrar ahora mismo. Tus registros están a salvo.</translation>
    </message>
    <message>
        <source>This chart can't be drawn just now. Your check-ins are safe.</source>
        <translation>Este gráfico no se puede dibujar ahora mismo. Tus registros están a salvo.</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>Gráfico guardado como %1</translation>
    </message>
    <message>
        <source>Charts can be saved as .png, .svg or .pdf. Please pick one of those.</source>
        <translation>Los gráficos se pueden guardar como .png, .svg o .pdf. Elige uno de ellos, por favor.</translation>
    </message>
    <message>
        <source>The chart couldn't be saved there. Please try another folder.</source>
        <translation>No se pudo guardar el gráfico ahí. Prueba con otra carpeta.</translation>
    </message>
</context>
<context>
    <name>InventoryDialogs</name>
    <message>
        <source>Strength added</source>
        <translation>Fortaleza añadida</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Cambios guardados</translation>
    </message>
    <message>
        <source>That strength is no longer here.</source>
        <translation>Esa fortaleza ya no está aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s) added</source>
        <translation>
            <numerusform>%n fortaleza añadida</numerusform>
            <numerusform>%n fortalezas añadidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemChoice</name>
    <message>
        <source>0 is “%1”, 10 is “%2”</source>
        <translation>0 es «%1», 10 es «%2»</translation>
    </message>
    <message>
        <source>Leave blank</source>
        <translation>Dejar en blanco</translation>
    </message>
    <message>
        <source>Leave question %1 blank</source>
        <translation>Dejar en blanco la pregunta %1</translation>
    </message>
    <message>
        <source>Leave this question blank</source>
        <translation>Dejar esta pregunta en blanco</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Pregunta %1: %2</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Newest first. Enter opens the entry; Delete removes it.</source>
        <translation>Las más recientes primero. Intro abre la entrada; Supr la quita.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Start a new entry</source>
        <translation>Empezar una entrada nueva</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Empezar una entrada nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Borrar esta entrada</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Add to my hope box</source>
        <translation>A mi caja de esperanza</translation>
    </message>
    <message>
        <source>Add this entry to my hope box</source>
        <translation>Añadir esta entrada a mi caja de esperanza</translation>
    </message>
    <message>
        <source>Nothing found for those words. Fewer words, or the start of a word, may find more.</source>
        <translation>No se encontró nada con esas palabras. Con menos palabras, o el principio de una palabra, quizá encuentres más.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n entries match</source>
        <translation>
            <numerusform>Más de %n entrada coincide</numerusform>
            <numerusform>Más de %n entradas coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match</source>
        <translation>
            <numerusform>%n entrada coincide</numerusform>
            <numerusform>%n entradas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries in this period or with this tag.</source>
        <translation>No hay entradas en este periodo o con esta etiqueta.</translation>
    </message>
    <message>
        <source>Nothing written yet. Press Ctrl+N to start a page, whenever you like.</source>
        <translation>Aún no hay nada escrito. Pulsa Ctrl+N para empezar una página, cuando quieras.</translation>
    </message>
    <message>
        <source>A new page. It is kept as you write.</source>
        <translation>Una página nueva. Se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Couldn't save just now. Your words are still here; they'll be kept.</source>
        <translation>No se pudo guardar ahora mismo. Tus palabras siguen aquí; se conservarán.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Enter opens the entry.</source>
        <translation>Intro abre la entrada.</translation>
    </message>
    <message>
        <source>Write or open an entry first</source>
        <translation>Escribe o abre antes una entrada</translation>
    </message>
    <message>
        <source>Added to your hope box</source>
        <translation>Añadido a tu caja de esperanza</translation>
    </message>
    <message>
        <source>Entry deleted. Undo, just below the list, or Ctrl+Z brings it back.</source>
        <translation>Entrada borrada. Deshacer, justo debajo de la lista, o Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Entry brought back</source>
        <translation>Entrada recuperada</translation>
    </message>
    <message>
        <source>That entry can no longer be brought back.</source>
        <translation>Esa entrada ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>Borrar entrada del diario</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Takes effect when you next open the app.</source>
        <translation>Se aplicará la próxima vez que abras la aplicación.</translation>
    </message>
</context>
<context>
    <name>LifeAreas</name>
    <message>
        <source>Work &amp; meaningful activity</source>
        <translation>Trabajo y actividades con sentido</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Relationships &amp; family</source>
        <translation>Relaciones y familia</translation>
    </message>
    <message>
        <source>Friends &amp; social life</source>
        <translation>Amistades y vida social</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Spirituality &amp; faith</source>
        <translation>Espiritualidad y fe</translation>
    </message>
    <message>
        <source>Culture &amp; identity</source>
        <translation>Cultura e identidad</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Salud física</translation>
    </message>
    <message>
        <source>Emotional wellbeing</source>
        <translation>Bienestar emocional</translation>
    </message>
    <message>
        <source>Home &amp; money</source>
        <translation>Hogar y dinero</translation>
    </message>
</context>
<context>
    <name>LifeCheckCard</name>
    <message>
        <source>Life check</source>
        <translation>Repaso de vida</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Offer a life check every so many weeks</source>
        <translation>Ofrecer un repaso de vida cada ciertas semanas</translation>
    </message>
    <message>
        <source>Offer a life check on Today &amp;every</source>
        <translation>O&amp;frecer un repaso de vida en Hoy cada</translation>
    </message>
    <message>
        <source>A life check asks how satisfied you are with each part of your life, from 1 to 7, and what is going well. Today offers one only if you choose a number here, and it can always be put aside. You can take one at any time from Insights.</source>
        <translation>Un repaso de vida pregunta cuánta satisfacción te da cada parte de tu vida, del 1 al 7, y qué va bien. Hoy solo lo ofrece si eliges un número aquí, y siempre puedes dejarlo para otro momento. Puedes hacer uno cuando quieras desde Tendencias.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>LifeCheckDialog</name>
    <message>
        <source>Life check</source>
        <translation>Repaso de vida</translation>
    </message>
    <message>
        <source>Life check questions</source>
        <translation>Preguntas del repaso de vida</translation>
    </message>
    <message>
        <source>Life check result</source>
        <translation>Resultado del repaso de vida</translation>
    </message>
    <message>
        <source>Save life check</source>
        <translation>Guardar repaso de vida</translation>
    </message>
    <message>
        <source>Save the life check</source>
        <translation>Guardar el repaso de vida</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Leave without saving anything</source>
        <translation>Salir sin guardar nada</translation>
    </message>
    <message>
        <source>See your last life check</source>
        <translation>Ver tu último repaso de vida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the life check</source>
        <translation>Cerrar el repaso de vida</translation>
    </message>
    <message>
        <source>Delete this life check</source>
        <translation>Borrar este repaso de vida</translation>
    </message>
    <message>
        <source>Delete this life check (Undo brings it back)</source>
        <translation>Borrar este repaso de vida (Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Bring the deleted life check back</source>
        <translation>Recuperar el repaso de vida borrado</translation>
    </message>
    <message>
        <source>How is each part of your life going?</source>
        <translation>¿Cómo va cada parte de tu vida?</translation>
    </message>
    <message>
        <source>For each part of your life, choose how satisfied you are with it now, from 1 (not at all) to 7 (completely), and note what is going well if you like. Skip any you want. These are our own questions, not a clinical or licensed questionnaire; the numbers are yours, never a grade.</source>
        <translation>Para cada parte de tu vida, elige cuánta satisfacción te da ahora, de 1 (nada) a 7 (del todo), y anota qué va bien si quieres. Sáltate las que quieras. Son preguntas nuestras, no un cuestionario clínico ni con licencia; los números son tuyos, nunca una nota.</translation>
    </message>
    <message>
        <source>Rate at least one part of life, or note what is going well, or choose Not now.</source>
        <translation>Valora al menos una parte de la vida, anota qué va bien o elige Ahora no.</translation>
    </message>
    <message>
        <source>Life check saved</source>
        <translation>Repaso de vida guardado</translation>
    </message>
    <message>
        <source>This life check is deleted. Undo brings it back.</source>
        <translation>Este repaso de vida está borrado. Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>The life check is back.</source>
        <translation>El repaso de vida ha vuelto.</translation>
    </message>
</context>
<context>
    <name>LifeCheckOffer</name>
    <message>
        <source>A life check is here if you would like one: how each part of your life is going, in a few minutes.</source>
        <translation>Hay un repaso de vida aquí si te apetece: cómo va cada parte de tu vida, en unos minutos.</translation>
    </message>
    <message>
        <source>Take a life check</source>
        <translation>Hacer un repaso de vida</translation>
    </message>
    <message>
        <source>Take a life check now</source>
        <translation>Hacer un repaso de vida ahora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Put the life check offer aside</source>
        <translation>Dejar de lado el repaso de vida</translation>
    </message>
</context>
<context>
    <name>LifeCheckResult</name>
    <message>
        <source>Your life check as a wheel</source>
        <translation>Tu repaso de vida como una rueda</translation>
    </message>
    <message>
        <source>What is going well</source>
        <translation>Lo que va bien</translation>
    </message>
    <message>
        <source>Each area over time</source>
        <translation>Cada área a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Each life area's ratings over time</source>
        <translation>Las valoraciones de cada área de la vida a lo largo del tiempo</translation>
    </message>
    <message>
        <source>A smallest next step</source>
        <translation>Un paso siguiente muy pequeño</translation>
    </message>
    <message>
        <source>Taken on %1.</source>
        <translation>Hecho el %1.</translation>
    </message>
    <message>
        <source>Taken on %1, beside the one on %2.</source>
        <translation>Hecho el %1, junto al del %2.</translation>
    </message>
    <message>
        <source>One small chart per life area, with each life check's rating.</source>
        <translation>Un pequeño gráfico por área de la vida, con la valoración de cada repaso.</translation>
    </message>
    <message>
        <source>This chart couldn't be drawn just now. Your life check is saved.</source>
        <translation>Este gráfico no se pudo dibujar ahora. Tu repaso de vida está guardado.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>A moment for a check-in, if you'd like one.</source>
        <translation>Un momento para un registro, si te apetece.</translation>
    </message>
    <message>
        <source>Your journal locked itself after a quiet while. Anything you were typing was kept safely and will be back when you unlock.</source>
        <translation>Tu diario se bloqueó solo tras un rato sin uso. Lo que estabas escribiendo se guardó a salvo y volverá cuando lo desbloquees.</translation>
    </message>
    <message>
        <source>Your journal is locked. Some text you were typing couldn't be kept as a draft; the rest of your journal is safe.</source>
        <translation>Tu diario está bloqueado. Parte del texto que escribías no se pudo guardar como borrador; el resto de tu diario está a salvo.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the journal now</source>
        <translation>Bloquear el diario ahora</translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>Bloquear el diario ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Helplines and your own numbers (F1)</source>
        <translation>Líneas de ayuda y tus propios números (F1)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Share a report…</source>
        <translation>&amp;Compartir un informe…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>&amp;Delete everything…</source>
        <translation>Borrar &amp;todo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>&amp;Ayuda ahora</translation>
    </message>
    <message>
        <source>&amp;Crisis card…</source>
        <translation>&amp;Tarjeta de crisis…</translation>
    </message>
    <message>
        <source>My &amp;hope box…</source>
        <translation>Mi caja de &amp;esperanza…</translation>
    </message>
    <message>
        <source>G&amp;uide</source>
        <translation>G&amp;uía</translation>
    </message>
    <message>
        <source>&amp;About Recovery Journal</source>
        <translation>&amp;Acerca de Recovery Journal</translation>
    </message>
    <message>
        <source>Go to Today</source>
        <translation>Ir a Hoy</translation>
    </message>
    <message>
        <source>Go to Today for a check-in</source>
        <translation>Ir a Hoy para un registro</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>Cerrar el recordatorio</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>No hope right now</source>
        <translation>Sin esperanza ahora mismo</translation>
    </message>
    <message>
        <source>Very hopeful</source>
        <translation>Con mucha esperanza</translation>
    </message>
</context>
<context>
    <name>MeasuresEditor</name>
    <message>
        <source>Whole numbers</source>
        <translation>Números enteros</translation>
    </message>
    <message>
        <source>Halves (0.5)</source>
        <translation>Medios (0,5)</translation>
    </message>
    <message>
        <source>Tenths (0.1)</source>
        <translation>Décimas (0,1)</translation>
    </message>
    <message>
        <source>e.g. Energy</source>
        <translation>p. ej., Energía</translation>
    </message>
    <message>
        <source>Name of a new measure</source>
        <translation>Nombre de una nueva medida</translation>
    </message>
    <message>
        <source>Steps of the new measure</source>
        <translation>Pasos de la nueva medida</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the new measure</source>
        <translation>Añadir la nueva medida</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down change the order</source>
        <translation>Alt+Arriba y Alt+Abajo cambian el orden</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Arriba</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Abajo</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Name of the measure</source>
        <translation>Nombre de la medida</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Valor más bajo</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Valor más alto</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Words for the low end</source>
        <translation>Palabras para el extremo bajo</translation>
    </message>
    <message>
        <source>e.g. Very low</source>
        <translation>p. ej., Muy bajo</translation>
    </message>
    <message>
        <source>Words for the high end</source>
        <translation>Palabras para el extremo alto</translation>
    </message>
    <message>
        <source>e.g. Very good</source>
        <translation>p. ej., Muy bien</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>L&amp;owest value</source>
        <translation>Valor más &amp;bajo</translation>
    </message>
    <message>
        <source>H&amp;ighest value</source>
        <translation>Valor más &amp;alto</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>Low &amp;end words</source>
        <translation>Palabras del extremo ba&amp;jo</translation>
    </message>
    <message>
        <source>High e&amp;nd words</source>
        <translation>Palabras del extremo a&amp;lto</translation>
    </message>
    <message>
        <source>New &amp;measure</source>
        <translation>Nue&amp;va medida</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Hide it instead</source>
        <translation>Ocultarla en su lugar</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Dejarla como está</translation>
    </message>
    <message>
        <source>%1 (%2 to %3</source>
        <translation>%1 (%2 a %3</translation>
    </message>
    <message>
        <source>in steps of %1</source>
        <translation>en pasos de %1</translation>
    </message>
    <message>
        <source> — hidden</source>
        <translation> — oculta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Mood and hope are built in: they can be hidden, but not deleted.</source>
        <translation>El ánimo y la esperanza vienen incluidos: se pueden ocultar, pero no borrar.</translation>
    </message>
    <message>
        <source>Their range stays 0 to 10, so charts read them the same way.</source>
        <translation>Su rango sigue siendo de 0 a 10, para que los gráficos los lean igual.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The lowest value must be below the highest value.</source>
        <translation>El valor más bajo tiene que ser menor que el más alto.</translation>
    </message>
    <message>
        <source>Measure added</source>
        <translation>Medida añadida</translation>
    </message>
    <message>
        <source>“%1” has values in your check-ins, so it can't be deleted. Hiding it takes it off the check-in and keeps what you recorded.</source>
        <translation>«%1» tiene valores en tus registros, así que no se puede borrar. Ocultarla la quita del registro y conserva lo que anotaste.</translation>
    </message>
    <message>
        <source>Measure deleted</source>
        <translation>Medida borrada</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculta</translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextStepBox</name>
    <message>
        <source>If you like, pick one or two areas and write the smallest next step for each: something small enough to do this week. It goes into Goals.</source>
        <translation>Si quieres, elige una o dos áreas y escribe el paso siguiente más pequeño para cada una: algo tan pequeño que puedas hacerlo esta semana. Irá a Metas.</translation>
    </message>
    <message>
        <source>Life area for the next step</source>
        <translation>Área de la vida del siguiente paso</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>Á&amp;rea</translation>
    </message>
    <message>
        <source>Goal the step belongs to</source>
        <translation>Meta a la que pertenece el paso</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>Name of the new goal</source>
        <translation>Nombre de la meta nueva</translation>
    </message>
    <message>
        <source>New goal's &amp;name</source>
        <translation>&amp;Nombre de la meta nueva</translation>
    </message>
    <message>
        <source>For example: text Sam about a walk on Saturday</source>
        <translation>Por ejemplo: escribir a Sam para dar un paseo el sábado</translation>
    </message>
    <message>
        <source>The smallest next step</source>
        <translation>El paso siguiente más pequeño</translation>
    </message>
    <message>
        <source>Smallest next &amp;step</source>
        <translation>&amp;Paso siguiente más pequeño</translation>
    </message>
    <message>
        <source>Add to Goals</source>
        <translation>Añadir a Metas</translation>
    </message>
    <message>
        <source>Add the step to Goals</source>
        <translation>Añadir el paso a Metas</translation>
    </message>
    <message>
        <source>A new goal in %1</source>
        <translation>Una meta nueva en %1</translation>
    </message>
    <message>
        <source>Added to Goals under %1.</source>
        <translation>Añadido a Metas en %1.</translation>
    </message>
    <message>
        <source>Step added to Goals</source>
        <translation>Paso añadido a Metas</translation>
    </message>
</context>
<context>
    <name>OwnNumbersEditor</name>
    <message>
        <source>Add a number…</source>
        <translation>Añadir un número…</translation>
    </message>
    <message>
        <source>Add a number of your own</source>
        <translation>Añadir un número propio</translation>
    </message>
    <message>
        <source>No numbers of your own yet. You could add your GP, a local crisis team or a friend; Get help now shows them first.</source>
        <translation>Aún no tienes números propios. Podrías añadir a tu médico de cabecera, un equipo de crisis cercano o un amigo; Ayuda ahora los muestra primero.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Cambiar %s</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move %s up</source>
        <translation>Subir %s</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move %s down</source>
        <translation>Bajar %s</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %s</source>
        <translation>Quitar %s</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>in my crisis plan</source>
        <translation>en mi plan de crisis</translation>
    </message>
    <message>
        <source>please don't contact</source>
        <translation>por favor, no contactar</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mis personas</translation>
    </message>
    <message>
        <source>The people you choose to have on your side, in the order you like. You decide who appears in your crisis plan.</source>
        <translation>Las personas que eliges tener a tu lado, en el orden que quieras. Tú decides quién aparece en tu plan de crisis.</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Añadir una persona</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Añadir una persona (Ctrl+N)</translation>
    </message>
    <message>
        <source>No one here yet. Who helps you, even a little? A friend, someone in your family, a peer worker, your GP. Add them, and say how they help.</source>
        <translation>Aún no hay nadie. ¿Quién te ayuda, aunque sea un poco? Un amigo, alguien de tu familia, un compañero de apoyo, tu médico. Añádelos y di cómo te ayudan.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove this person (Delete)</source>
        <translation>Quitar a esta persona (Supr)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this person (Ctrl+S)</source>
        <translation>Guardar a esta persona (Ctrl+S)</translation>
    </message>
    <message>
        <source>About %s</source>
        <translation>Sobre %s</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Alguien nuevo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>Bajado</translation>
    </message>
    <message>
        <source>Removed from My people. Ctrl+Z brings them back.</source>
        <translation>Quitada de Mis personas. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Back in My people</source>
        <translation>De vuelta en Mis personas</translation>
    </message>
    <message>
        <source>That person can no longer be brought back.</source>
        <translation>Esa persona ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
    <message>
        <source>When in my plan they are involved</source>
        <translation>En qué parte de mi plan participan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>For example: friend, sister, GP</source>
        <translation>Por ejemplo: amiga, hermana, médico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>What they help with</source>
        <translation>En qué ayudan</translation>
    </message>
    <message>
        <source>For example: a walk and a talk, lifts, feeding the cat</source>
        <translation>Por ejemplo: un paseo y una charla, llevarme en coche, dar de comer al gato</translation>
    </message>
    <message>
        <source>Show them in my crisis plan</source>
        <translation>Mostrarla en mi plan de crisis</translation>
    </message>
    <message>
        <source>In my crisis plan</source>
        <translation>En mi plan de crisis</translation>
    </message>
    <message>
        <source>They then appear in Get help now and on the crisis card, unless you ask that they not be contacted.</source>
        <translation>Entonces aparecen en Ayuda ahora y en la tarjeta de crisis, salvo que pidas que no se les contacte.</translation>
    </message>
    <message>
        <source>Please don't contact them</source>
        <translation>Por favor, no contactar</translation>
    </message>
    <message>
        <source>Please don't contact</source>
        <translation>Por favor, no contactar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relación</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>What they &amp;help with</source>
        <translation>En qué a&amp;yudan</translation>
    </message>
    <message>
        <source>Involved at: %s</source>
        <translation>Participa en: %s</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <source>Picture from the guide</source>
        <translation>Imagen de la guía</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan sections</source>
        <translation>Secciones del plan</translation>
    </message>
    <message>
        <source>Signs from my check-ins</source>
        <translation>Señales de mis registros</translation>
    </message>
    <message>
        <source>Treatments and supports</source>
        <translation>Tratamientos y apoyos</translation>
    </message>
    <message>
        <source>My wellness plan</source>
        <translation>Mi plan de bienestar</translation>
    </message>
    <message>
        <source>Your own plan for staying well and for hard times, in your words. Every save is kept, so you can look back.</source>
        <translation>Tu propio plan para mantenerte bien y para los momentos difíciles, con tus palabras. Cada vez que guardas se conserva, para que puedas mirar atrás.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back.</source>
        <translation>Tus cambios sin guardar han vuelto.</translation>
    </message>
    <message>
        <source>Nothing new to save</source>
        <translation>Nada nuevo que guardar</translation>
    </message>
    <message>
        <source>Saved: %s</source>
        <translation>Guardado: %s</translation>
    </message>
    <message>
        <source>Restored an earlier version</source>
        <translation>Se restauró una versión anterior</translation>
    </message>
</context>
<context>
    <name>PlanRuleWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n día seguido</numerusform>
            <numerusform>%n días seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation>%1 por debajo de %2</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 por encima de %2</translation>
    </message>
    <message>
        <source>%1 %2 or lower</source>
        <translation>%1 en %2 o menos</translation>
    </message>
    <message>
        <source>the tag “%1”</source>
        <translation>la etiqueta «%1»</translation>
    </message>
    <message>
        <source>%1 on %2 of the last %3</source>
        <translation>%1 en %2 de los últimos %3</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 durante %2</translation>
    </message>
    <message>
        <source>Your check-ins show %1 on %2 of the last %3.</source>
        <translation>Tus registros muestran %1 en %2 de los últimos %3.</translation>
    </message>
    <message>
        <source>Your latest check-in shows %1.</source>
        <translation>Tu último registro muestra %1.</translation>
    </message>
    <message>
        <source>Your check-ins show %1 for %2.</source>
        <translation>Tus registros muestran %1 durante %2.</translation>
    </message>
    <message>
        <source>Your plan has your own ideas for times like this.</source>
        <translation>Tu plan tiene tus propias ideas para momentos como este.</translation>
    </message>
</context>
<context>
    <name>PlanSectionEditor</name>
    <message>
        <source>My safety plan, step by step</source>
        <translation>Mi plan de seguridad, paso a paso</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this section (Ctrl+S)</source>
        <translation>Guardar esta sección (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save this section</source>
        <translation>Guardar esta sección</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Versiones anteriores…</translation>
    </message>
    <message>
        <source>Earlier versions of this section: view, compare and restore</source>
        <translation>Versiones anteriores de esta sección: ver, comparar y restaurar</translation>
    </message>
    <message>
        <source>Crisis card…</source>
        <translation>Tarjeta de crisis…</translation>
    </message>
    <message>
        <source>Make a one-page crisis card as a PDF</source>
        <translation>Crear una tarjeta de crisis de una página en PDF</translation>
    </message>
    <message>
        <source>Last changed %s.</source>
        <translation>Último cambio: %s.</translation>
    </message>
    <message>
        <source>Last looked at %s.</source>
        <translation>Última vez que lo miraste: %s.</translation>
    </message>
    <message>
        <source>What I'm like when I'm well</source>
        <translation>Cómo soy cuando estoy bien</translation>
    </message>
    <message>
        <source>My wellness toolbox</source>
        <translation>Mi caja de herramientas de bienestar</translation>
    </message>
    <message>
        <source>Daily maintenance</source>
        <translation>Lo que hago cada día</translation>
    </message>
    <message>
        <source>Triggers and what I'll do</source>
        <translation>Detonantes y qué haré</translation>
    </message>
    <message>
        <source>Early warning signs and what I'll do</source>
        <translation>Primeras señales de alerta y qué haré</translation>
    </message>
    <message>
        <source>When things are breaking down</source>
        <translation>Cuando las cosas se desmoronan</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>After a crisis</source>
        <translation>Después de una crisis</translation>
    </message>
    <message>
        <source>How you are when you're well: what you do, how you feel, what other people notice.</source>
        <translation>Cómo eres cuando estás bien: lo que haces, cómo te sientes, lo que notan los demás.</translation>
    </message>
    <message>
        <source>Things that help you stay well or feel better, big or small. One per line; start a line with - to make a list.</source>
        <translation>Cosas que te ayudan a mantenerte bien o a sentirte mejor, grandes o pequeñas. Una por línea; empieza una línea con - para hacer una lista.</translation>
    </message>
    <message>
        <source>What you do every day, or most days, to stay well.</source>
        <translation>Lo que haces cada día, o casi todos los días, para mantenerte bien.</translation>
    </message>
    <message>
        <source>Things that can knock you off balance, and what you'll do if they happen.</source>
        <translation>Cosas que pueden desequilibrarte, y qué harás si ocurren.</translation>
    </message>
    <message>
        <source>Small changes that tell you things may be getting harder, and what you'll do then. The app can also watch your check-ins for some of these, if you like: see "Signs from my check-ins".</source>
        <translation>Pequeños cambios que te avisan de que las cosas pueden estar poniéndose más difíciles, y qué harás entonces. Si quieres, la app también puede fijarse en algunos de ellos en tus registros: mira «Señales de mis registros».</translation>
    </message>
    <message>
        <source>Signs that things are getting much harder, and what you'll do, or ask others to do, then.</source>
        <translation>Señales de que las cosas se están poniendo mucho más difíciles, y qué harás entonces, o qué pedirás a otras personas que hagan.</translation>
    </message>
    <message>
        <source>For the people who help when you can't. You might write about:
- signs that others need to step in
- who you want involved, and who not
- what helps and what doesn't
- treatments and places you prefer, or want to avoid</source>
        <translation>Para las personas que te ayudan cuando tú no puedes. Podrías escribir sobre:
- señales de que otras personas deben intervenir
- a quién quieres a tu lado, y a quién no
- lo que ayuda y lo que no
- tratamientos y lugares que prefieres, o que quieres evitar</translation>
    </message>
    <message>
        <source>How you'd like to recover afterwards, and what to look at again when you're ready.</source>
        <translation>Cómo te gustaría recuperarte después, y qué revisar de nuevo cuando te sientas con fuerzas.</translation>
    </message>
</context>
<context>
    <name>PlanWarningNote</name>
    <message>
        <source>Open my plan</source>
        <translation>Abrir mi plan</translation>
    </message>
    <message>
        <source>Open my plan at %s</source>
        <translation>Abrir mi plan en %s</translation>
    </message>
    <message>
        <source>My hope box</source>
        <translation>Mi caja de esperanza</translation>
    </message>
    <message>
        <source>Open my hope box</source>
        <translation>Abrir mi caja de esperanza</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Put this note aside</source>
        <translation>Dejar esta nota de lado</translation>
    </message>
</context>
<context>
    <name>PrivacyCard</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Bloquear al bloquearse la pantalla o suspenderse el equipo</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Bloquear al minimizar la ventana</translation>
    </message>
    <message>
        <source>Show an icon in the notification area</source>
        <translation>Mostrar un icono en el área de notificación</translation>
    </message>
    <message>
        <source>Keep running in the notification area when the window is closed</source>
        <translation>Seguir en el área de notificación al cerrar la ventana</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The icon offers Check in, Get help now and Lock, and the daily reminder also comes as a desktop notification: it only says it's time for a check-in, never anything you have written. Kept running there, the journal stays locked.</source>
        <translation>El icono ofrece Registrar, Ayuda ahora y Bloquear, y el recordatorio diario llega también como notificación del escritorio: solo dice que es hora de un registro, nunca nada de lo que has escrito. Mientras sigue ahí, el diario permanece bloqueado.</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so there is no icon and the daily reminder shows inside the window only, while it is open.</source>
        <translation>Este escritorio no tiene área de notificación, así que no hay icono y el recordatorio diario solo aparece dentro de la ventana, mientras está abierta.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Credit and licence</source>
        <translation>Autoría y licencia</translation>
    </message>
    <message>
        <source>Answer what you like: any question may be left blank. Nothing is kept until you choose Save, and nothing is ever sent anywhere.</source>
        <translation>Responde lo que quieras: puedes dejar cualquier pregunta en blanco. No se guarda nada hasta que eliges Guardar, y nunca se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Guardar mis respuestas</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Your answers are saved</source>
        <translation>Tus respuestas están guardadas</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Tu resultado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the questionnaire</source>
        <translation>Cerrar el cuestionario</translation>
    </message>
</context>
<context>
    <name>QuestionnaireOffer</name>
    <message>
        <source>A short questionnaire is here when you want it</source>
        <translation>Hay un cuestionario breve aquí cuando quieras</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: hide this until tomorrow</source>
        <translation>Ahora no: ocultar hasta mañana</translation>
    </message>
    <message>
        <source>“%1” is ready, if you'd like to answer it. It takes a few minutes, and any question can be left blank.</source>
        <translation>«%1» está listo, si te apetece responderlo. Lleva unos minutos, y puedes dejar en blanco cualquier pregunta.</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Responder %1</translation>
    </message>
</context>
<context>
    <name>QuestionnairesCard</name>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Well-known questionnaires you may answer now and then, for yourself, to notice change over time. None is on unless you switch it on; when one is due, Today offers it once, and “Not now” is always fine. Your answers stay in your journal.</source>
        <translation>Cuestionarios conocidos que puedes responder de vez en cuando, para ti, para notar los cambios con el tiempo. Ninguno está activo salvo que lo actives; cuando toca uno, Hoy lo ofrece una vez, y «Ahora no» siempre está bien. Tus respuestas se quedan en tu diario.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>QuickStrengthLog</name>
    <message>
        <source>A strength I used today</source>
        <translation>Una fortaleza que usé hoy</translation>
    </message>
    <message>
        <source>Type or pick a strength and press Enter to log it for today. A new name is added to your strengths.</source>
        <translation>Escribe o elige una fortaleza y pulsa Intro para anotarla hoy. Un nombre nuevo se añade a tus fortalezas.</translation>
    </message>
    <message>
        <source>Type or pick one, then Enter</source>
        <translation>Escribe o elige una y pulsa Intro</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>Log this strength for today</source>
        <translation>Anotar esta fortaleza hoy</translation>
    </message>
    <message>
        <source>Type or pick a strength first.</source>
        <translation>Primero escribe o elige una fortaleza.</translation>
    </message>
    <message>
        <source>That strength could not be logged just now.</source>
        <translation>No se pudo anotar esa fortaleza ahora mismo.</translation>
    </message>
    <message>
        <source>Added to your strengths and logged for today. Ctrl+Z takes it back.</source>
        <translation>Añadida a tus fortalezas y anotada hoy. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Strength logged for today. Ctrl+Z takes it back.</source>
        <translation>Fortaleza anotada hoy. Ctrl+Z lo deshace.</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
</context>
<context>
    <name>RegionCard</name>
    <message>
        <source>Help where you are</source>
        <translation>Ayuda donde estás</translation>
    </message>
    <message>
        <source>Get help now and your crisis card show the helplines for this region. It is kept on this computer, outside your journal, so it works while the journal is locked.</source>
        <translation>Ayuda ahora y tu tarjeta de crisis muestran las líneas de ayuda de esta región. Se guarda en este equipo, fuera de tu diario, para que funcione aunque el diario esté bloqueado.</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>Your own numbers</source>
        <translation>Tus propios números</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Helplines for %1 are included, checked in %2.</source>
        <translation>Se incluyen líneas de ayuda para %1, comprobadas en %2.</translation>
    </message>
    <message>
        <source>There is no list of helplines for %1 in the app yet. In an emergency, call %2. Numbers you add below are shown first in Get help now.</source>
        <translation>La aplicación aún no tiene una lista de líneas de ayuda para %1. En una emergencia, llama al %2. Los números que añadas abajo se muestran primero en Ayuda ahora.</translation>
    </message>
    <message>
        <source>There is no list of helplines for %1 in the app yet. In an emergency, call your local emergency number. Numbers you add below are shown first in Get help now.</source>
        <translation>La aplicación aún no tiene una lista de líneas de ayuda para %1. En una emergencia, llama al número de emergencias de tu zona. Los números que añadas abajo se muestran primero en Ayuda ahora.</translation>
    </message>
</context>
<context>
    <name>RegionCombo</name>
    <message>
        <source>Region for helplines</source>
        <translation>Región de las líneas de ayuda</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Writing the accessible copy</source>
        <translation>Escribiendo la copia accesible</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Preparando las páginas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Semana desde</translation>
    </message>
    <message>
        <source>Days with a value</source>
        <translation>Días con un valor</translation>
    </message>
    <message>
        <source>Check-ins in this period</source>
        <translation>Registros en este periodo</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mis fortalezas</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mis metas</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mis personas</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Treatments and supports</source>
        <translation>Tratamientos y apoyos</translation>
    </message>
    <message>
        <source>My hope box</source>
        <translation>Mi caja de esperanza</translation>
    </message>
    <message>
        <source>The numbers behind the chart, shortened for paper.</source>
        <translation>Los números detrás del gráfico, abreviados para el papel.</translation>
    </message>
    <message>
        <source>The questionnaires’ questions and the names of their published ranges stay in English, as their authors published them.</source>
        <translation>Las preguntas de los cuestionarios y los nombres de sus rangos publicados se quedan en inglés, tal como los publicaron sus autores.</translation>
    </message>
    <message>
        <source>Notes written with check-ins are not included.</source>
        <translation>No se incluyen las notas escritas con los registros.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>My strengths inventory</source>
        <translation>Mi inventario de fortalezas</translation>
    </message>
    <message>
        <source>Each goal</source>
        <translation>Cada meta</translation>
    </message>
    <message>
        <source>(Nothing written here yet.)</source>
        <translation>(Aún no hay nada escrito aquí.)</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>In my crisis plan</source>
        <translation>En mi plan de crisis</translation>
    </message>
    <message>
        <source>Please don't contact</source>
        <translation>Por favor, no contactar</translation>
    </message>
    <message>
        <source>1 person I chose to list.</source>
        <translation>1 persona que elegí incluir.</translation>
    </message>
    <message>
        <source>Phone numbers and email addresses are not included.</source>
        <translation>No se incluyen números de teléfono ni direcciones de correo electrónico.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Only dates, titles and tags are shown; the text of the entries is not.</source>
        <translation>Solo se muestran fechas, títulos y etiquetas; el texto de las entradas no.</translation>
    </message>
    <message>
        <source>Pictures are not included.</source>
        <translation>No se incluyen las imágenes.</translation>
    </message>
    <message>
        <source>A reason to keep going</source>
        <translation>Una razón para seguir adelante</translation>
    </message>
    <message>
        <source>Words that help</source>
        <translation>Palabras que ayudan</translation>
    </message>
    <message>
        <source>A good memory</source>
        <translation>Un buen recuerdo</translation>
    </message>
    <message>
        <source>A person or place</source>
        <translation>Una persona o un lugar</translation>
    </message>
    <message>
        <source>A picture</source>
        <translation>Una imagen</translation>
    </message>
    <message>
        <source>No numbers for this period.</source>
        <translation>No hay números para este periodo.</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Aún no hay nada aquí.</translation>
    </message>
    <message>
        <source>My recovery report</source>
        <translation>Mi informe de recuperación</translation>
    </message>
    <message>
        <source>I chose what is in this report. The numbers are my own check-ins, not scores or a diagnosis.</source>
        <translation>Yo elegí lo que contiene este informe. Los números son mis propios registros, no puntuaciones ni un diagnóstico.</translation>
    </message>
    <message>
        <source>My wellness plan</source>
        <translation>Mi plan de bienestar</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Talking therapy</source>
        <translation>Terapia de conversación</translation>
    </message>
    <message>
        <source>Peer or self-help group</source>
        <translation>Grupo de apoyo mutuo o autoayuda</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Nothing in my log of treatments and supports yet.</source>
        <translation>Aún no hay nada en mi registro de tratamientos y apoyos.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Soltada</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Cualidad</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>What I'm like when I'm well</source>
        <translation>Cómo soy cuando estoy bien</translation>
    </message>
    <message>
        <source>My wellness toolbox</source>
        <translation>Mi caja de herramientas de bienestar</translation>
    </message>
    <message>
        <source>Daily maintenance</source>
        <translation>Lo que hago cada día</translation>
    </message>
    <message>
        <source>Triggers and what I'll do</source>
        <translation>Detonantes y qué haré</translation>
    </message>
    <message>
        <source>Early warning signs and what I'll do</source>
        <translation>Primeras señales de alerta y qué haré</translation>
    </message>
    <message>
        <source>When things are breaking down</source>
        <translation>Cuando las cosas se desmoronan</translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation>Plan de crisis</translation>
    </message>
    <message>
        <source>After a crisis</source>
        <translation>Después de una crisis</translation>
    </message>
    <message>
        <source>%1 (average)</source>
        <translation>%1 (media)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in this period.</source>
        <translation>
            <numerusform>%n entrada en este periodo.</numerusform>
            <numerusform>%n entradas en este periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared by me on %1</source>
        <translation>Compartido por mí el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people I chose to list.</source>
        <translation>
            <numerusform>%n persona que elegí incluir.</numerusform>
            <numerusform>%n personas que elegí incluir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) on %1 of %2.</source>
        <translation>
            <numerusform>%n registro en %1 de %2.</numerusform>
            <numerusform>%n registros en %1 de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Helps with: %1</source>
        <translation>Me ayuda con: %1</translation>
    </message>
    <message>
        <source>Involved at: %1</source>
        <translation>Participa en: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>Pasos: %1 de %2 hechos</translation>
    </message>
    <message>
        <source>Last review: %1% on %2</source>
        <translation>Última revisión: %1 % el %2</translation>
    </message>
    <message>
        <source>Hoping for: %1</source>
        <translation>Me gustaría lograrla para: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · used %n time(s) in this period</source>
        <translation>
            <numerusform>%1 · usada %n vez en este periodo</numerusform>
            <numerusform>%1 · usada %n veces en este periodo</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Del %1</translation>
    </message>
    <message>
        <source>Drawing “%1”</source>
        <translation>Dibujando «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n kept in my log. Changes in this period are listed under each; they are also marked on the charts over time.</source>
        <translation>
            <numerusform>%n en mi registro. Los cambios de este periodo aparecen debajo; también están marcados en los gráficos a lo largo del tiempo.</numerusform>
            <numerusform>%n en mi registro. Los cambios de este periodo aparecen debajo de cada uno; también están marcados en los gráficos a lo largo del tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring puts a backup in place of your journal as it is now. Your current journal is not deleted: it is kept aside, unchanged, next to the journal file, with today's date and time in its name. Afterwards you unlock the restored journal with the passphrase it had when the backup was made.</source>
        <translation>Restaurar pone una copia de seguridad en lugar de tu diario tal como está ahora. Tu diario actual no se borra: se guarda aparte, sin cambios, junto al archivo del diario, con la fecha y hora de hoy en su nombre. Después desbloqueas el diario restaurado con la frase de contraseña que tenía cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>Backups are changed with your passphrase, but some couldn't be, so they still open with an earlier passphrase. If your passphrase doesn't open one, try your previous one.</source>
        <translation>Las copias cambian con tu frase de contraseña, pero algunas no se pudieron cambiar y aún se abren con una frase anterior. Si tu frase no abre una, prueba con la anterior.</translation>
    </message>
    <message>
        <source>&amp;Backups made when the journal was closed:</source>
        <translation>&amp;Copias hechas al cerrar el diario:</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más recientes primero</translation>
    </message>
    <message>
        <source>No automatic backups yet. You can choose a file.</source>
        <translation>Aún no hay copias automáticas. Puedes elegir un archivo.</translation>
    </message>
    <message>
        <source>Choose a backup &amp;file…</source>
        <translation>Elegir un &amp;archivo de copia…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Check and &amp;restore</source>
        <translation>Comprobar y &amp;restaurar</translation>
    </message>
    <message>
        <source>Check the backup and restore it</source>
        <translation>Comprobar la copia y restaurarla</translation>
    </message>
    <message>
        <source>Cancel, keep the journal as it is</source>
        <translation>Cancelar y dejar el diario como está</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>Journal backups (*.vault);;All files (*)</source>
        <translation>Copias del diario (*.vault);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Chosen file: %1</source>
        <translation>Archivo elegido: %1</translation>
    </message>
    <message>
        <source>Please choose a backup first.</source>
        <translation>Elige primero una copia de seguridad, por favor.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Escribe la frase de contraseña de la copia, por favor.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>ReviewsEditor</name>
    <message>
        <source>Progress, from 0 to 100 percent</source>
        <translation>Progreso, de 0 a 100 por ciento</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota del repaso</translation>
    </message>
    <message>
        <source>How is it going? What has helped?</source>
        <translation>¿Cómo va? ¿Qué te ha ayudado?</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Añadir repaso</translation>
    </message>
    <message>
        <source>Add this review</source>
        <translation>Añadir este repaso</translation>
    </message>
    <message>
        <source>Review history, newest first</source>
        <translation>Repasos anteriores, los más recientes primero</translation>
    </message>
    <message>
        <source>Delete removes the selected review</source>
        <translation>Supr quita el repaso seleccionado</translation>
    </message>
    <message>
        <source>No reviews yet. Looking back now and then can show how far you've come.</source>
        <translation>Aún no hay repasos. Mirar atrás de vez en cuando puede mostrarte cuánto has avanzado.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Borrar repaso</translation>
    </message>
    <message>
        <source>Delete the selected review</source>
        <translation>Borrar el repaso seleccionado</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Earlier re&amp;views, newest first</source>
        <translation>Repa&amp;sos anteriores</translation>
    </message>
    <message>
        <source>Review added: %1 %</source>
        <translation>Repaso añadido: %1 %</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions: %s</source>
        <translation>Versiones anteriores: %s</translation>
    </message>
    <message>
        <source>Every time you save, the earlier text is kept here. Restoring a version saves it as the newest one, so nothing is lost.</source>
        <translation>Cada vez que guardas, el texto anterior se conserva aquí. Restaurar una versión la guarda como la más reciente, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation>Versiones guardadas, las más recientes primero</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>La versión elegida</translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation>Comparar con la actual</translation>
    </message>
    <message>
        <source>Show what changed between this version and the text now</source>
        <translation>Mostrar qué cambió entre esta versión y el texto actual</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <source>Restore the chosen version</source>
        <translation>Restaurar la versión elegida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close earlier versions</source>
        <translation>Cerrar las versiones anteriores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%s (now)</source>
        <translation>%s (actual)</translation>
    </message>
    <message>
        <source>This version is the same as the text now.</source>
        <translation>Esta versión es igual que el texto actual.</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Guardado: %s</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Restored. The text before is kept as a version too.</source>
        <translation>Restaurada. El texto anterior también se conserva como versión.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>If you like, the app can watch your own check-ins for signs you know, and show a gentle note on Today that opens your plan. It stays off until you add a sign; you can pause any of them. Nothing is ever sent anywhere.</source>
        <translation>Si quieres, la aplicación puede fijarse en tus registros por si aparecen señales que conoces, y mostrar una nota amable en Hoy que abre tu plan. Está desactivado hasta que añadas una señal; puedes pausar cualquiera. Nunca se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Show a note on Today when a sign is there</source>
        <translation>Mostrar una nota en Hoy cuando aparezca una señal</translation>
    </message>
    <message>
        <source>My signs</source>
        <translation>Mis señales</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or start the chosen sign</source>
        <translation>Pausar o reanudar la señal elegida</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen sign</source>
        <translation>Quitar la señal elegida</translation>
    </message>
    <message>
        <source>Signs from my check-ins</source>
        <translation>Señales de mis registros</translation>
    </message>
    <message>
        <source>Add a sign</source>
        <translation>Añadir una señal</translation>
    </message>
    <message>
        <source>Kind of sign</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>A measure below a number, days in a row</source>
        <translation>Una medida por debajo de un número, días seguidos</translation>
    </message>
    <message>
        <source>A measure above a number, days in a row</source>
        <translation>Una medida por encima de un número, días seguidos</translation>
    </message>
    <message>
        <source>A measure at or below a number, on some of the last days</source>
        <translation>Una medida en un número o menos, algunos de los últimos días</translation>
    </message>
    <message>
        <source>A tag, days in a row</source>
        <translation>Una etiqueta, días seguidos</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>For example: not eating</source>
        <translation>Por ejemplo: no comer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Out of the last how many days</source>
        <translation>De cuántos de los últimos días</translation>
    </message>
    <message>
        <source>Plan section the note opens</source>
        <translation>Sección del plan que abre la nota</translation>
    </message>
    <message>
        <source>Add this sign</source>
        <translation>Añadir esta señal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Of the last</source>
        <translation>De los últimos</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <source> → %s</source>
        <translation> → %s</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
    <message>
        <source>No signs yet. Add one below, if you'd like to.</source>
        <translation>Aún no hay señales. Añade una abajo, si quieres.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Sign added</source>
        <translation>Señal añadida</translation>
    </message>
    <message>
        <source>Started again</source>
        <translation>Reanudada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Sign removed</source>
        <translation>Señal quitada</translation>
    </message>
    <message>
        <source>Notes on Today are on</source>
        <translation>Las notas en Hoy están activadas</translation>
    </message>
    <message>
        <source>Notes on Today are off</source>
        <translation>Las notas en Hoy están desactivadas</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Thank you for answering that</source>
        <translation>Gracias por responder a eso</translation>
    </message>
    <message>
        <source>Thoughts of being better off dead, or of hurting yourself, can be a lot to carry, and you don't have to carry them alone. Your crisis plan, the people you chose and the helplines are open for you now, in their own window.</source>
        <translation>Pensar en morir o en hacerte daño puede ser una carga muy pesada, y no tienes que llevarla a solas. Tu plan de crisis, las personas que elegiste y las líneas de ayuda están abiertos para ti ahora, en su propia ventana.</translation>
    </message>
    <message>
        <source>Nothing has been saved and nothing is sent anywhere. You can go back to the questionnaire, or leave it for now.</source>
        <translation>No se ha guardado nada y no se envía nada a ningún sitio. Puedes volver al cuestionario o dejarlo por ahora.</translation>
    </message>
    <message>
        <source>Show my crisis plan and helplines</source>
        <translation>Mostrar mi plan de crisis y las líneas de ayuda</translation>
    </message>
    <message>
        <source>Show my crisis plan, my people and the helplines</source>
        <translation>Mostrar mi plan de crisis, mis personas y las líneas de ayuda</translation>
    </message>
    <message>
        <source>Back to the questionnaire</source>
        <translation>Volver al cuestionario</translation>
    </message>
    <message>
        <source>Leave it for now</source>
        <translation>Dejarlo por ahora</translation>
    </message>
    <message>
        <source>Leave the questionnaire without saving</source>
        <translation>Salir del cuestionario sin guardar</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>What I live for</source>
        <translation>Aquello por lo que vivo</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation>Señales de que las cosas se están poniendo difíciles</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Cosas que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Personas y lugares que me ayudan a despejarme</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <source>Professionals and services I can contact</source>
        <translation>Profesionales y servicios con los que puedo contactar</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Hacer que mi entorno sea más seguro</translation>
    </message>
    <message>
        <source>The people, hopes, plans and small things that matter to you. Keep them close.</source>
        <translation>Las personas, esperanzas, planes y pequeñas cosas que te importan. Tenlas cerca.</translation>
    </message>
    <message>
        <source>Thoughts, feelings or situations that tell you a hard time may be starting.</source>
        <translation>Pensamientos, sentimientos o situaciones que te avisan de que puede estar empezando un momento difícil.</translation>
    </message>
    <message>
        <source>Things you can do by yourself to feel a little calmer or to get through a moment.</source>
        <translation>Cosas que puedes hacer por tu cuenta para sentir un poco más de calma o para pasar un mal momento.</translation>
    </message>
    <message>
        <source>People to be with, or places to go, that help you think about something else.</source>
        <translation>Personas con quienes estar, o lugares a los que ir, que te ayudan a pensar en otra cosa.</translation>
    </message>
    <message>
        <source>People you trust to ask for help. You can pick from your People.</source>
        <translation>Personas de confianza a las que pedir ayuda. Puedes elegirlas de tus Personas.</translation>
    </message>
    <message>
        <source>Your doctor, a crisis team or a helpline. You can pick from your own numbers and the helplines for your region.</source>
        <translation>Tu médico, un equipo de crisis o una línea de ayuda. Puedes elegir entre tus propios números y las líneas de ayuda de tu región.</translation>
    </message>
    <message>
        <source>Ways to make where you are safer, perhaps with someone's help.</source>
        <translation>Formas de hacer más seguro el lugar donde estás, quizá con la ayuda de alguien.</translation>
    </message>
    <message>
        <source>Notes from before</source>
        <translation>Notas de antes</translation>
    </message>
</context>
<context>
    <name>SafetyPlanEditor</name>
    <message>
        <source>Notes from before</source>
        <translation>Notas de antes</translation>
    </message>
    <message>
        <source>What you wrote here before the steps. It stays until you move it into a step or remove it yourself.</source>
        <translation>Lo que escribiste aquí antes de los pasos. Se queda hasta que lo pases a un paso o lo quites tú.</translation>
    </message>
    <message>
        <source>Nothing to choose yet: add people in People, and numbers in Settings</source>
        <translation>Aún no hay nada que elegir: añade personas en Personas y números en Ajustes</translation>
    </message>
</context>
<context>
    <name>ScaleInput</name>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Vaciar %1</translation>
    </message>
    <message>
        <source>Set back to “not set” (Delete on the scale)</source>
        <translation>Volver a «sin valor» (Supr en la escala)</translation>
    </message>
    <message>
        <source>%1. Arrow keys change it; Delete clears it.</source>
        <translation>%1. Las flechas lo cambian; Supr lo vacía.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Words, "a phrase in quotes" or the start of a word. Down arrow goes to the results, Enter opens the first, Escape clears.</source>
        <translation>Palabras, "una frase entre comillas" o el principio de una palabra. La flecha abajo va a los resultados, Intro abre el primero, Esc vacía la búsqueda.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Los últimos 30 días</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Entre fechas…</translation>
    </message>
    <message>
        <source>When it was written</source>
        <translation>Cuándo se escribió</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Más relevante</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Ordenar resultados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Best match first.</source>
        <translation>Lo más relevante primero.</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>Lo más reciente primero.</translation>
    </message>
    <message>
        <source>Oldest first.</source>
        <translation>Lo más antiguo primero.</translation>
    </message>
</context>
<context>
    <name>SecurityCard</name>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Your journal is locked with your passphrase. Changing it re-encrypts your journal and its automatic backups, so they all open with the new one.</source>
        <translation>Tu diario está protegido con tu frase de contraseña. Al cambiarla se vuelven a cifrar tu diario y sus copias automáticas, para que todos se abran con la nueva.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Changes are saved as soon as you make them.</source>
        <translation>Los cambios se guardan en cuanto los haces.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>What you rate in a check-in. Hidden measures keep their past values.</source>
        <translation>Lo que valoras en un registro. Las medidas ocultas conservan sus valores anteriores.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>The words you can pick in a check-in. Hidden ones stay on past check-ins.</source>
        <translation>Las palabras que puedes elegir en un registro. Las ocultas se quedan en los registros pasados.</translation>
    </message>
    <message>
        <source>Life areas</source>
        <translation>Áreas de la vida</translation>
    </message>
    <message>
        <source>The parts of life your goals, strengths and tags can belong to.</source>
        <translation>Las partes de la vida a las que pueden pertenecer tus metas, fortalezas y etiquetas.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras unos minutos sin uso</translation>
    </message>
    <message>
        <source>Lock after this long without &amp;use</source>
        <translation>Bloquear tras este tiempo sin &amp;uso</translation>
    </message>
    <message>
        <source>0 turns automatic locking off. Ctrl+L locks at any time.</source>
        <translation>0 desactiva el bloqueo automático. Ctrl+L bloquea en cualquier momento.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Tamaño del texto en porcentaje</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <source>Call the window just “Journal” (for a computer others can see)</source>
        <translation>Llamar a la ventana solo «Diario» (para un equipo que otros pueden ver)</translation>
    </message>
    <message>
        <source>Neutral window title: Journal</source>
        <translation>Título neutro de la ventana: Diario</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <source>Remind me once a day to check in</source>
        <translation>Recordarme una vez al día que haga un registro</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>It comes as a desktop notification while the notification-area icon is on (see Privacy), even with the window closed to it, and inside the window while it is open.</source>
        <translation>Llega como notificación del escritorio mientras el icono del área de notificación esté activado (ver Privacidad), incluso con la ventana cerrada, y dentro de la ventana mientras esté abierta.</translation>
    </message>
    <message>
        <source>It shows inside the window, while Recovery Journal is open.</source>
        <translation>Aparece dentro de la ventana, mientras Recovery Journal está abierto.</translation>
    </message>
    <message>
        <source>At most once a day, it just says it's time for a check-in and never shows anything you have written.</source>
        <translation>Como mucho una vez al día, solo dice que es hora de un registro y nunca muestra nada de lo que has escrito.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>ShareReportDialog</name>
    <message>
        <source>Share a report</source>
        <translation>Compartir un informe</translation>
    </message>
    <message>
        <source>Choose the period and each part to include. Nothing else goes into the file.</source>
        <translation>Elige el periodo y cada parte que quieras incluir. No se incluye nada más en el archivo.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Add “Shared by me on %s” at the foot of each page</source>
        <translation>Añadir «Compartido por mí el %s» al pie de cada página</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Charts (each with its sentence and numbers)</source>
        <translation>Gráficos (cada uno con su frase y sus cifras)</translation>
    </message>
    <message>
        <source>Other parts</source>
        <translation>Otras partes</translation>
    </message>
    <message>
        <source>Include phone numbers and email addresses</source>
        <translation>Incluir números de teléfono y direcciones de correo</translation>
    </message>
    <message>
        <source>Include the text of journal entries</source>
        <translation>Incluir el texto de las entradas del diario</translation>
    </message>
    <message>
        <source>Include the pictures in my hope box</source>
        <translation>Incluir las imágenes de mi caja de esperanza</translation>
    </message>
    <message>
        <source>My wellness plan</source>
        <translation>Mi plan de bienestar</translation>
    </message>
    <message>
        <source>Press Preview to see the pages here.</source>
        <translation>Pulsa Vista previa para ver aquí las páginas.</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vista previa de las páginas</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who has the file can read it. Share it only with people you choose.</source>
        <translation>El PDF no está cifrado: cualquiera que tenga el archivo puede leerlo. Compártelo solo con quien tú elijas.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save an &amp;accessible copy (HTML)…</source>
        <translation>Guardar una copia &amp;accesible (HTML)…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message>
        <source>Choose at least one part to include.</source>
        <translation>Elige al menos una parte que incluir.</translation>
    </message>
    <message>
        <source>Saved an accessible copy as %s. It is not encrypted.</source>
        <translation>Se guardó una copia accesible como %s. No está cifrada.</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n page(s).</source>
        <translation>
            <numerusform>Vista previa lista: %n página.</numerusform>
            <numerusform>Vista previa lista: %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the report as %s. It is not encrypted.</source>
        <translation>Informe guardado como %s. No está cifrado.</translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation>Detenido. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The report couldn't be saved there (the disk may be full or the folder read-only). No file was left behind.</source>
        <translation>El informe no se pudo guardar ahí (puede que el disco esté lleno o la carpeta sea de solo lectura). No quedó ningún archivo a medias.</translation>
    </message>
    <message>
        <source>The report couldn't be made. No file was written.</source>
        <translation>No se pudo crear el informe. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Check-in summary table</source>
        <translation>Tabla resumen de los registros</translation>
    </message>
    <message>
        <source>Strengths: chart and inventory</source>
        <translation>Fortalezas: gráfico e inventario</translation>
    </message>
    <message>
        <source>Goals: chart and each goal</source>
        <translation>Metas: gráfico y cada meta</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mis personas</translation>
    </message>
    <message>
        <source>Journal entries (dates, titles and tags)</source>
        <translation>Entradas del diario (fechas, títulos y etiquetas)</translation>
    </message>
    <message>
        <source>Treatments and supports (the log, and its changes on the charts)</source>
        <translation>Tratamientos y apoyos (el registro y sus cambios en los gráficos)</translation>
    </message>
    <message>
        <source>My hope box (its words)</source>
        <translation>Mi caja de esperanza (sus palabras)</translation>
    </message>
</context>
<context>
    <name>StarterDialog</name>
    <message>
        <source>Ideas for strengths</source>
        <translation>Ideas de fortalezas</translation>
    </message>
    <message>
        <source>Tick any that feel like yours. Nothing is added until you choose; you can change or archive them later.</source>
        <translation>Marca las que sientas tuyas. No se añade nada hasta que lo decidas; puedes cambiarlas o archivarlas más tarde.</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected idea</source>
        <translation>Espacio marca o desmarca la idea seleccionada</translation>
    </message>
    <message>
        <source>Add the ones I ticked</source>
        <translation>Añadir las que marqué</translation>
    </message>
    <message>
        <source>Close without adding</source>
        <translation>Cerrar sin añadir</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Aún no has marcado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked.</source>
        <translation>
            <numerusform>%n marcada.</numerusform>
            <numerusform>%n marcadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterModel</name>
    <message>
        <source>%1 (already yours)</source>
        <translation>%1 (ya es tuya)</translation>
    </message>
</context>
<context>
    <name>StatusBox</name>
    <message>
        <source>Make active again</source>
        <translation>Volver a activar</translation>
    </message>
    <message>
        <source>Pause for now</source>
        <translation>Pausar por ahora</translation>
    </message>
    <message>
        <source>Mark as achieved</source>
        <translation>Marcar como logrado</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Dejarlo ir</translation>
    </message>
    <message>
        <source>Letting go of a goal is a choice, and it's yours to make.</source>
        <translation>Soltar una meta es una decisión, y te corresponde a ti.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Hide tip</source>
        <translation>Ocultar consejo</translation>
    </message>
    <message>
        <source>Hide the tip for: %1</source>
        <translation>Ocultar el consejo de: %1</translation>
    </message>
    <message>
        <source>F2 changes an item, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>F2 cambia un elemento, Supr lo quita, Alt+Arriba y Alt+Abajo lo mueven.</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Añadir a: %1</translation>
    </message>
    <message>
        <source>Type and press Enter to add</source>
        <translation>Escribe y pulsa Intro para añadir</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Choose from mine…</source>
        <translation>Elegir de los míos…</translation>
    </message>
    <message>
        <source>Choose from your own people and numbers for: %1</source>
        <translation>Elegir entre tus personas y números para: %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move the chosen item up</source>
        <translation>Subir el elemento elegido</translation>
    </message>
    <message>
        <source>Move the chosen item down</source>
        <translation>Bajar el elemento elegido</translation>
    </message>
    <message>
        <source>Remove the chosen item</source>
        <translation>Quitar el elemento elegido</translation>
    </message>
    <message>
        <source>Moved to place %1 of %2</source>
        <translation>Movido al puesto %1 de %2</translation>
    </message>
    <message>
        <source>Removed from the list.</source>
        <translation>Quitado de la lista.</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Space ticks a step off; Alt+Up and Alt+Down change the order; Delete removes it</source>
        <translation>Espacio marca un paso como hecho; Alt+Arriba y Alt+Abajo cambian el orden; Supr lo quita</translation>
    </message>
    <message>
        <source>No steps yet. What's one small thing you could do first?</source>
        <translation>Aún no hay pasos. ¿Qué cosa pequeña podrías hacer primero?</translation>
    </message>
    <message>
        <source>Tick off</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Arriba</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Abajo</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Borrar paso</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>Un pequeño paso siguiente</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Due date of the new step</source>
        <translation>Fecha prevista del paso nuevo</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Add the new step</source>
        <translation>Añadir el paso nuevo</translation>
    </message>
    <message>
        <source>New ste&amp;p</source>
        <translation>Paso nue&amp;vo</translation>
    </message>
    <message>
        <source>That goal is no longer here.</source>
        <translation>Esa meta ya no está aquí.</translation>
    </message>
    <message>
        <source>Step added</source>
        <translation>Paso añadido</translation>
    </message>
    <message>
        <source>Step moved to place %1</source>
        <translation>Paso movido al puesto %1</translation>
    </message>
    <message>
        <source>Step ticked off</source>
        <translation>Paso hecho</translation>
    </message>
    <message>
        <source>Step not done yet</source>
        <translation>Paso aún sin hacer</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún sin hacer</translation>
    </message>
    <message>
        <source>Mark the selected step as not done yet</source>
        <translation>Marcar el paso seleccionado como aún sin hacer</translation>
    </message>
    <message>
        <source>Tick off the selected step</source>
        <translation>Marcar como hecho el paso seleccionado</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source> — by %1</source>
        <translation> — para el %1</translation>
    </message>
    <message>
        <source> — done</source>
        <translation> — hecho</translation>
    </message>
</context>
<context>
    <name>StrengthDialog</name>
    <message>
        <source>Add a strength</source>
        <translation>Añadir una fortaleza</translation>
    </message>
    <message>
        <source>Change a strength</source>
        <translation>Cambiar una fortaleza</translation>
    </message>
    <message>
        <source>Name of the strength</source>
        <translation>Nombre de la fortaleza</translation>
    </message>
    <message>
        <source>For example: patience, cooking, my sister, the park</source>
        <translation>Por ejemplo: la paciencia, cocinar, mi hermana, el parque</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What it is, or how it helps you (optional)</source>
        <translation>Qué es, o cómo te ayuda (opcional)</translation>
    </message>
    <message>
        <source>Kind of strength</source>
        <translation>Tipo de fortaleza</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>No particular area</source>
        <translation>Ningún área en particular</translation>
    </message>
    <message>
        <source>Save strength</source>
        <translation>Guardar fortaleza</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation>&amp;Área de la vida</translation>
    </message>
    <message>
        <source>Please give the strength a name.</source>
        <translation>Dale un nombre a la fortaleza, por favor.</translation>
    </message>
</context>
<context>
    <name>Strengths</name>
    <message>
        <source>Personal quality</source>
        <translation>Cualidad personal</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>the last 30 days</source>
        <translation>los últimos 30 días</translation>
    </message>
    <message>
        <source>the last 3 months</source>
        <translation>los últimos 3 meses</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>el último año</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>todo el tiempo</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivada)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation>Nota y etiquetas</translation>
    </message>
    <message>
        <source>no life area</source>
        <translation>sin área de la vida</translation>
    </message>
    <message>
        <source>not in this period</source>
        <translation>no en este periodo</translation>
    </message>
    <message>
        <source>no note or tags</source>
        <translation>sin nota ni etiquetas</translation>
    </message>
</context>
<context>
    <name>StrengthsPage</name>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>The qualities, skills, people, places and resources that help you, and the days they did.</source>
        <translation>Las cualidades, habilidades, personas, lugares y recursos que te ayudan, y los días en que lo hicieron.</translation>
    </message>
    <message>
        <source>Count uses in</source>
        <translation>Contar usos en</translation>
    </message>
    <message>
        <source>Count uses &amp;in</source>
        <translation>Contar usos &amp;en</translation>
    </message>
    <message>
        <source>Order strengths by</source>
        <translation>Ordenar fortalezas por</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Más usadas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>&amp;Order by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivadas</translation>
    </message>
    <message>
        <source>Show archived strengths</source>
        <translation>Mostrar fortalezas archivadas</translation>
    </message>
    <message>
        <source>Your strengths</source>
        <translation>Tus fortalezas</translation>
    </message>
    <message>
        <source>What helps you get through a day? Add a strength, or pick from a few ideas.</source>
        <translation>¿Qué te ayuda a pasar el día? Añade una fortaleza o elige entre algunas ideas.</translation>
    </message>
    <message>
        <source>Enter changes the selected strength; Delete deletes it (Ctrl+Z brings it back)</source>
        <translation>Intro cambia la fortaleza seleccionada; Supr la borra (Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change the selected strength</source>
        <translation>Cambiar la fortaleza seleccionada</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Archive the selected strength</source>
        <translation>Archivar la fortaleza seleccionada</translation>
    </message>
    <message>
        <source>Hidden from lists; its history stays</source>
        <translation>Oculta en las listas; su historial se conserva</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected strength</source>
        <translation>Borrar la fortaleza seleccionada</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Add a strength</source>
        <translation>Añadir una fortaleza</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Pick from ideas</source>
        <translation>Elegir entre ideas</translation>
    </message>
    <message>
        <source>Pick strengths from a list of ideas</source>
        <translation>Elegir fortalezas de una lista de ideas</translation>
    </message>
    <message>
        <source>Log a use</source>
        <translation>Anotar un uso</translation>
    </message>
    <message>
        <source>Once you have a strength, you can note here the days it helped.</source>
        <translation>Cuando tengas una fortaleza, podrás anotar aquí los días en que te ayudó.</translation>
    </message>
    <message>
        <source>Uses of your strengths</source>
        <translation>Usos de tus fortalezas</translation>
    </message>
    <message>
        <source>Enter changes the selected use; Delete deletes it (Ctrl+Z brings it back)</source>
        <translation>Intro cambia el uso seleccionado; Supr lo borra (Ctrl+Z lo recupera)</translation>
    </message>
    <message>
        <source>Change the selected use</source>
        <translation>Cambiar el uso seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected use</source>
        <translation>Borrar el uso seleccionado</translation>
    </message>
    <message>
        <source>Uses in %1 (%2)</source>
        <translation>Usos en %1 (%2)</translation>
    </message>
    <message>
        <source>No uses noted in %1. When a strength helps you, you can note it above.</source>
        <translation>No hay usos anotados en %1. Cuando una fortaleza te ayude, puedes anotarlo arriba.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Bring back the selected strength</source>
        <translation>Recuperar la fortaleza seleccionada</translation>
    </message>
    <message>
        <source>Back among your strengths</source>
        <translation>De vuelta entre tus fortalezas</translation>
    </message>
    <message>
        <source>Archived. Its history stays; Show archived brings it back into view.</source>
        <translation>Archivada. Su historial se conserva; Mostrar archivadas la vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Changing a logged use</source>
        <translation>Cambiando un uso anotado</translation>
    </message>
    <message>
        <source>You had started on a strength before the journal locked; it is kept. Add a strength (or Change) carries on with it.</source>
        <translation>Habías empezado una fortaleza antes de que el diario se bloqueara; se ha conservado. Añadir una fortaleza (o Cambiar) sigue con ella.</translation>
    </message>
    <message>
        <source>Strength deleted. Ctrl+Z brings it back.</source>
        <translation>Fortaleza borrada. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Strength brought back</source>
        <translation>Fortaleza recuperada</translation>
    </message>
    <message>
        <source>That strength can no longer be brought back.</source>
        <translation>Esa fortaleza ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Use deleted. Ctrl+Z brings it back.</source>
        <translation>Uso borrado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Use brought back</source>
        <translation>Uso recuperado</translation>
    </message>
    <message>
        <source>That use can no longer be brought back.</source>
        <translation>Ese uso ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Delete strength</source>
        <translation>Borrar fortaleza</translation>
    </message>
    <message>
        <source>Delete a logged use</source>
        <translation>Borrar un uso anotado</translation>
    </message>
    <message>
        <source>Log a strength used today</source>
        <translation>Anotar una fortaleza usada hoy</translation>
    </message>
    <message>
        <source>Use logged again</source>
        <translation>Uso anotado de nuevo</translation>
    </message>
    <message>
        <source>Taken back: that use is no longer logged.</source>
        <translation>Deshecho: ese uso ya no está anotado.</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Edit a support</source>
        <translation>Editar un apoyo</translation>
    </message>
    <message>
        <source>Add a support</source>
        <translation>Añadir un apoyo</translation>
    </message>
    <message>
        <source>What kind of support</source>
        <translation>Qué tipo de apoyo</translation>
    </message>
    <message>
        <source>Your own word for it</source>
        <translation>Cómo lo llamas tú</translation>
    </message>
    <message>
        <source>For example: gardening, yoga</source>
        <translation>Por ejemplo: jardinería, yoga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Dose, in your words</source>
        <translation>Dosis, con tus palabras</translation>
    </message>
    <message>
        <source>How often, in your words</source>
        <translation>Frecuencia, con tus palabras</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>I started on</source>
        <translation>Empecé el</translation>
    </message>
    <message>
        <source>Note the day I started</source>
        <translation>Anotar el día en que empecé</translation>
    </message>
    <message>
        <source>Day started</source>
        <translation>Día de inicio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Your word</source>
        <translation>Tu palabra</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Please give it a name.</source>
        <translation>Ponle un nombre, por favor.</translation>
    </message>
</context>
<context>
    <name>SupportsLog</name>
    <message>
        <source>Support set aside. Ctrl+Z brings it back.</source>
        <translation>Apoyo apartado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Support brought back</source>
        <translation>Apoyo recuperado</translation>
    </message>
    <message>
        <source>That support can no longer be brought back.</source>
        <translation>Ese apoyo ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Change set aside. Ctrl+Z brings it back.</source>
        <translation>Cambio apartado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Change brought back</source>
        <translation>Cambio recuperado</translation>
    </message>
    <message>
        <source>That change can no longer be brought back.</source>
        <translation>Ese cambio ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>A log you keep of what supports your recovery — medicines, talking therapies, groups, or anything else you name — and how each has changed over time. It is yours: nothing here is checked or judged, and you decide what goes in. Changes can show on your charts in Insights.</source>
        <translation>Un registro propio de lo que apoya tu recuperación —medicamentos, terapias de conversación, grupos o cualquier otra cosa que nombres— y de cómo ha cambiado cada uno con el tiempo. Es tuyo: aquí nada se revisa ni se juzga, y tú decides qué incluir. Los cambios pueden aparecer en tus gráficos de Tendencias.</translation>
    </message>
    <message>
        <source>Find in my supports</source>
        <translation>Buscar en mis apoyos</translation>
    </message>
    <message>
        <source>Find in names and notes</source>
        <translation>Buscar en nombres y notas</translation>
    </message>
    <message>
        <source>My supports</source>
        <translation>Mis apoyos</translation>
    </message>
    <message>
        <source>Nothing here yet. Add a support when you like: a medicine, a therapy, a group, a place or a person that helps.</source>
        <translation>Aún no hay nada aquí. Añade un apoyo cuando quieras: un medicamento, una terapia, un grupo, un lugar o una persona que te ayude.</translation>
    </message>
    <message>
        <source>Changes over time</source>
        <translation>Cambios a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Set this change aside</source>
        <translation>Apartar este cambio</translation>
    </message>
    <message>
        <source>Set the chosen change aside (a change recorded by mistake)</source>
        <translation>Apartar el cambio elegido (un cambio anotado por error)</translation>
    </message>
    <message>
        <source>Add a support…</source>
        <translation>Añadir un apoyo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Record a change…</source>
        <translation>Anotar un cambio…</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Apartar</translation>
    </message>
    <message>
        <source>Add a support</source>
        <translation>Añadir un apoyo</translation>
    </message>
    <message>
        <source>Edit this support</source>
        <translation>Editar este apoyo</translation>
    </message>
    <message>
        <source>Record a change in this support</source>
        <translation>Anotar un cambio en este apoyo</translation>
    </message>
    <message>
        <source>Set this support aside</source>
        <translation>Apartar este apoyo</translation>
    </message>
    <message>
        <source>Treatments and supports</source>
        <translation>Tratamientos y apoyos</translation>
    </message>
    <message>
        <source>Nothing in your supports matches that.</source>
        <translation>Nada en tus apoyos coincide con eso.</translation>
    </message>
    <message>
        <source>Changes over time: %1</source>
        <translation>Cambios a lo largo del tiempo: %1</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Aún no hay cambios anotados.</translation>
    </message>
    <message>
        <source>Support added</source>
        <translation>Apoyo añadido</translation>
    </message>
    <message>
        <source>Support saved</source>
        <translation>Apoyo guardado</translation>
    </message>
    <message>
        <source>Change recorded</source>
        <translation>Cambio anotado</translation>
    </message>
    <message>
        <source>Set aside a support</source>
        <translation>Apartar un apoyo</translation>
    </message>
    <message>
        <source>Set aside a change in a support</source>
        <translation>Apartar un cambio en un apoyo</translation>
    </message>
</context>
<context>
    <name>TagInput</name>
    <message>
        <source>Add a tag, then Enter</source>
        <translation>Añade una etiqueta y pulsa Intro</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Activities, people or places. Enter or a comma adds the tag; Backspace in the empty field removes the last one; Left reaches the tags.</source>
        <translation>Actividades, personas o lugares. Intro o una coma añade la etiqueta; Retroceso en el campo vacío quita la última; Izquierda llega a las etiquetas.</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>No tags yet. They appear here once you add one to a check-in.</source>
        <translation>Aún no hay etiquetas. Aparecen aquí en cuanto añades una a un registro.</translation>
    </message>
    <message>
        <source>Kind of tag</source>
        <translation>Tipo de etiqueta</translation>
    </message>
    <message>
        <source>Life area of the tag</source>
        <translation>Área de la vida de la etiqueta</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation>&amp;Área de la vida</translation>
    </message>
    <message>
        <source> — hidden</source>
        <translation> — oculta</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>How are you right now?</source>
        <translation>¿Cómo estás ahora mismo?</translation>
    </message>
    <message>
        <source>Everything here is optional. Save what you like, or skip.</source>
        <translation>Todo aquí es opcional. Guarda lo que quieras, u omítelo.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything you'd like to remember about now</source>
        <translation>Algo que te gustaría recordar de este momento</translation>
    </message>
    <message>
        <source>Date and time of this check-in</source>
        <translation>Fecha y hora de este registro</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>Poner la hora actual</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Registros recientes</translation>
    </message>
    <message>
        <source>Check-in saved</source>
        <translation>Registro guardado</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Cambios guardados</translation>
    </message>
    <message>
        <source>That check-in is no longer here.</source>
        <translation>Ese registro ya no está aquí.</translation>
    </message>
    <message>
        <source>Left unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skipped. Nothing was saved.</source>
        <translation>Omitido. No se guardó nada.</translation>
    </message>
    <message>
        <source>Editing %1</source>
        <translation>Editando %1</translation>
    </message>
    <message>
        <source>Added to your hope box</source>
        <translation>Añadido a tu caja de esperanza</translation>
    </message>
    <message>
        <source>Check-in deleted. Ctrl+Z brings it back.</source>
        <translation>Registro borrado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Check-in restored</source>
        <translation>Registro recuperado</translation>
    </message>
    <message>
        <source>That check-in can no longer be brought back.</source>
        <translation>Ese registro ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Borrar registro</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Your journal is locked</source>
        <translation>Tu diario está bloqueado</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>Mostrar la frase de contraseña mientras escribo</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que las mayúsculas están activadas.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation>Desbloquear el diario</translation>
    </message>
    <message>
        <source>Open a different journal…</source>
        <translation>Abrir otro diario…</translation>
    </message>
    <message>
        <source>Open a different journal file</source>
        <translation>Abrir otro archivo de diario</translation>
    </message>
    <message>
        <source>Create a new journal…</source>
        <translation>Crear un diario nuevo…</translation>
    </message>
    <message>
        <source>Create a new journal</source>
        <translation>Crear un diario nuevo</translation>
    </message>
    <message>
        <source>Journal file: %s</source>
        <translation>Archivo del diario: %s</translation>
    </message>
    <message>
        <source>Something unexpected got in the way of opening the journal. Nothing was changed. Please try again.</source>
        <translation>Algo inesperado impidió abrir el diario. No se cambió nada. Inténtalo de nuevo, por favor.</translation>
    </message>
</context>
<context>
    <name>UseForm</name>
    <message>
        <source>Which strength</source>
        <translation>Qué fortaleza</translation>
    </message>
    <message>
        <source>Day you used it</source>
        <translation>Día en que la usaste</translation>
    </message>
    <message>
        <source>Note about this use</source>
        <translation>Nota sobre este uso</translation>
    </message>
    <message>
        <source>What you did, or how it helped (optional)</source>
        <translation>Qué hiciste, o cómo te ayudó (opcional)</translation>
    </message>
    <message>
        <source>Save use</source>
        <translation>Guardar uso</translation>
    </message>
    <message>
        <source>Save this use</source>
        <translation>Guardar este uso</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Intro guarda</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Clear the form without saving</source>
        <translation>Vaciar el formulario sin guardar</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;Fortaleza</translation>
    </message>
    <message>
        <source>D&amp;ay</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>Changing the use of %1. Save keeps the changes; Cancel leaves it as it was.</source>
        <translation>Cambiando el uso de %1. Guardar conserva los cambios; Cancelar lo deja como estaba.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Please choose a strength first.</source>
        <translation>Elige primero una fortaleza, por favor.</translation>
    </message>
    <message>
        <source>Use logged</source>
        <translation>Uso anotado</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Cambios guardados</translation>
    </message>
    <message>
        <source>That is no longer here; it may have been deleted.</source>
        <translation>Eso ya no está aquí; puede que se haya borrado.</translation>
    </message>
</context>
<context>
    <name>WalkAway</name>
    <message>
        <source>Your journal locked itself when the screen locked or the computer went to sleep. Anything you were typing was kept safely and will be back when you unlock.</source>
        <translation>Tu diario se bloqueó solo al bloquearse la pantalla o suspenderse el equipo. Lo que estabas escribiendo se guardó a salvo y volverá cuando lo desbloquees.</translation>
    </message>
    <message>
        <source>Your journal locked itself when its window was minimised. Anything you were typing was kept safely and will be back when you unlock.</source>
        <translation>Tu diario se bloqueó solo al minimizar su ventana. Lo que estabas escribiendo se guardó a salvo y volverá cuando lo desbloquees.</translation>
    </message>
</context>
<context>
    <name>WeeksBox</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to Recovery Journal</source>
        <translation>Te damos la bienvenida a Recovery Journal</translation>
    </message>
    <message>
        <source>A private place to notice how you are doing, the strengths you use and the goals you choose, at your own pace. Nothing here is required.</source>
        <translation>Un lugar privado para darte cuenta de cómo estás, de las fortalezas que usas y de las metas que eliges, a tu propio ritmo. Nada aquí es obligatorio.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in one encrypted file. Nothing is sent anywhere.</source>
        <translation>Todo se queda en este equipo, en un único archivo cifrado. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Your journal is locked with a passphrase that only you know. If it is forgotten, nobody can recover it, so please keep it somewhere safe.</source>
        <translation>Tu diario se protege con una frase de contraseña que solo tú conoces. Si se olvida, nadie puede recuperarla, así que guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>Create a new journal</source>
        <translation>Crear un diario nuevo</translation>
    </message>
    <message>
        <source>Open an existing journal file…</source>
        <translation>Abrir un archivo de diario existente…</translation>
    </message>
    <message>
        <source>Open an existing journal file</source>
        <translation>Abrir un archivo de diario existente</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>a bit low</source>
        <translation>algo bajo</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <source>fairly low</source>
        <translation>bastante bajo</translation>
    </message>
    <message>
        <source>in the middle</source>
        <translation>en el medio</translation>
    </message>
    <message>
        <source>fairly high</source>
        <translation>bastante alto</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin valor</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>Your words in “%1” as numbers from %2 to %3</source>
        <translation>Tus palabras de «%1» como números del %2 al %3</translation>
    </message>
    <message>
        <source>Number for “%1”</source>
        <translation>Número para «%1»</translation>
    </message>
</context>
<context>
    <name>_NamedListEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Show in lists and suggestions</source>
        <translation>Mostrar en listas y sugerencias</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <source>Take a life check…</source>
        <translation>Hacer un repaso de vida…</translation>
    </message>
    <message>
        <source>Take a life check: rate each part of your life</source>
        <translation>Hacer un repaso de vida: valora cada parte de tu vida</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Ofrecer %1</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source>How often to offer %1</source>
        <translation>Cada cuánto ofrecer %1</translation>
    </message>
    <message>
        <source>Days or weeks for %1</source>
        <translation>Días o semanas para %1</translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>Responder ahora</translation>
    </message>
    <message>
        <source>Answer %1 now</source>
        <translation>Responder %1 ahora</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Open a journal file</source>
        <translation>Abrir un archivo de diario</translation>
    </message>
    <message>
        <source>Journal files (*.vault);;All files (*)</source>
        <translation>Archivos de diario (*.vault);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Where should the journal be saved?</source>
        <translation>¿Dónde quieres guardar el diario?</translation>
    </message>
    <message>
        <source>Journal files (*.vault)</source>
        <translation>Archivos de diario (*.vault)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the crisis card</source>
        <translation>Guardar la tarjeta de crisis</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
</context>
<context>
    <name>@any</name>
    <message>
        <source>Open a journal file</source>
        <translation>Abrir un archivo de diario</translation>
    </message>
    <message>
        <source>Journal files (*.vault);;All files (*)</source>
        <translation>Archivos de diario (*.vault);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Where should the journal be saved?</source>
        <translation>¿Dónde quieres guardar el diario?</translation>
    </message>
    <message>
        <source>Journal files (*.vault)</source>
        <translation>Archivos de diario (*.vault)</translation>
    </message>
    <message>
        <source>Your hope box is empty for now, and that's fine. When you're ready, you could add a reason to keep going, a few words that help, a good day you remember, someone who matters to you, or a picture that makes you feel a little lighter. Everything here is yours, and all of it is optional.</source>
        <translation>Tu caja de esperanza está vacía por ahora, y no pasa nada. Cuando quieras, puedes añadir una razón para seguir adelante, unas palabras que te ayuden, un buen día que recuerdes, alguien que te importe o una imagen que te traiga un poco de alivio. Todo aquí es tuyo, y todo es opcional.</translation>
    </message>
    <message>
        <source>A reason to keep going</source>
        <translation>Una razón para seguir adelante</translation>
    </message>
    <message>
        <source>Words that help</source>
        <translation>Palabras que ayudan</translation>
    </message>
    <message>
        <source>A good memory</source>
        <translation>Un buen recuerdo</translation>
    </message>
    <message>
        <source>A person or place</source>
        <translation>Una persona o un lugar</translation>
    </message>
    <message>
        <source>A picture</source>
        <translation>Una imagen</translation>
    </message>
    <message>
        <source>Add a reason</source>
        <translation>Añadir una razón</translation>
    </message>
    <message>
        <source>Add words that help</source>
        <translation>Añadir palabras que ayudan</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>Añadir un recuerdo</translation>
    </message>
    <message>
        <source>Add a person or place</source>
        <translation>Añadir una persona o un lugar</translation>
    </message>
    <message>
        <source>Add a picture…</source>
        <translation>Añadir una imagen…</translation>
    </message>
    <message>
        <source>Someone or something that matters to me…</source>
        <translation>Alguien o algo que me importa…</translation>
    </message>
    <message>
        <source>Words I wrote, or words someone said that stayed with me…</source>
        <translation>Palabras que escribí, o que alguien me dijo y se me quedaron…</translation>
    </message>
    <message>
        <source>A day, a moment, a time I felt all right…</source>
        <translation>Un día, un momento, una vez en que me sentí bien…</translation>
    </message>
    <message>
        <source>Someone who is glad I'm here, a place I feel calm…</source>
        <translation>Alguien que se alegra de que yo esté aquí, un lugar donde me siento en calma…</translation>
    </message>
    <message>
        <source>A few words about the picture, if you like…</source>
        <translation>Unas palabras sobre la imagen, si quieres…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>What is going well (optional)</source>
        <translation>Lo que va bien (opcional)</translation>
    </message>
    <message>
        <source>How satisfied are you with %1?</source>
        <translation>¿Cuánta satisfacción te da %1?</translation>
    </message>
    <message>
        <source>How satisfied you are with %1, 1 to 7</source>
        <translation>Cuánta satisfacción te da %1, del 1 al 7</translation>
    </message>
    <message>
        <source>What is going well in %1</source>
        <translation>Lo que va bien en %1</translation>
    </message>
    <message>
        <source>1 – not at all</source>
        <translation>1 – nada</translation>
    </message>
    <message>
        <source>7 – completely</source>
        <translation>7 – del todo</translation>
    </message>
    <message>
        <source>Take a life check…</source>
        <translation>Hacer un repaso de vida…</translation>
    </message>
    <message>
        <source>Take a life check: rate each part of your life</source>
        <translation>Hacer un repaso de vida: valora cada parte de tu vida</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the crisis card</source>
        <translation>Guardar la tarjeta de crisis</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>Responder ahora</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Ofrecer %1</translation>
    </message>
    <message>
        <source>How often to offer %1</source>
        <translation>Cada cuánto ofrecer %1</translation>
    </message>
    <message>
        <source>Days or weeks for %1</source>
        <translation>Días o semanas para %1</translation>
    </message>
    <message>
        <source>Answer %1 now</source>
        <translation>Responder %1 ahora</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>This is quite short. A few unrelated words, like a small sentence only you would make up, are easy to remember and hard to guess.</source>
        <translation>Es bastante corta. Unas cuantas palabras sin relación entre sí, como una frase que solo tú inventarías, son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>That looks like a strong passphrase.</source>
        <translation>Parece una frase de contraseña fuerte.</translation>
    </message>
    <message>
        <source>A good length. One more word would make it even harder to guess.</source>
        <translation>Buena longitud. Una palabra más la haría aún más difícil de adivinar.</translation>
    </message>
    <message>
        <source>A start. Adding a word or two would make it harder to guess.</source>
        <translation>Es un comienzo. Añadir una o dos palabras la haría más difícil de adivinar.</translation>
    </message>
    <message>
        <source>About Recovery Journal</source>
        <translation>Acerca de Recovery Journal</translation>
    </message>
    <message>
        <source>Recovery Journal icon</source>
        <translation>Icono de Recovery Journal</translation>
    </message>
    <message>
        <source>Recovery Journal</source>
        <translation>Recovery Journal</translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation>Versión %s</translation>
    </message>
    <message>
        <source>Recovery Journal contains no network code: what you write stays on this computer, in one file encrypted under your passphrase, and leaves it only when you export or share something yourself.</source>
        <translation>Recovery Journal no contiene código de red: lo que escribes se queda en este equipo, en un único archivo cifrado con tu frase de contraseña, y solo sale de él cuando tú exportas o compartes algo.</translation>
    </message>
    <message>
        <source>Your journal file</source>
        <translation>El archivo de tu diario</translation>
    </message>
    <message>
        <source>Automatic backups folder</source>
        <translation>Carpeta de copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Your journal:</source>
        <translation>Tu diario:</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Copias automáticas:</translation>
    </message>
    <message>
        <source>App settings file</source>
        <translation>Archivo de ajustes de la aplicación</translation>
    </message>
    <message>
        <source>App settings:</source>
        <translation>Ajustes de la aplicación:</translation>
    </message>
    <message>
        <source>The app settings hold only the window's size, the theme, the text size, the language and where your journal is; nothing you wrote.</source>
        <translation>Los ajustes de la aplicación guardan solo el tamaño de la ventana, el tema, el tamaño del texto, el idioma y dónde está tu diario; nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%s): you may use, study, share and change it.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior (%s): puedes usarlo, estudiarlo, compartirlo y modificarlo.</translation>
    </message>
    <message>
        <source>Close About Recovery Journal</source>
        <translation>Cerrar Acerca de Recovery Journal</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>No se envía nada a ningún sitio</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Dónde están tus datos</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Your journal and its backups were deleted.</source>
        <translation>Tu diario y sus copias de seguridad se han borrado.</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Dibujando el gráfico…</translation>
    </message>
    <message>
        <source>Drawing the chart</source>
        <translation>Dibujando el gráfico</translation>
    </message>
    <message>
        <source>What each kind of reading becomes</source>
        <translation>En qué se convierte cada tipo de dato</translation>
    </message>
    <message>
        <source>Not brought in</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Part of the note</source>
        <translation>Parte de la nota</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <source>Value: %1 (a new measure)</source>
        <translation>Valor: %1 (una medida nueva)</translation>
    </message>
    <message>
        <source>“%1” (%2 rows) becomes</source>
        <translation>«%1» (%2 filas) se convierte en</translation>
    </message>
    <message>
        <source>Record a change</source>
        <translation>Anotar un cambio</translation>
    </message>
    <message>
        <source>A change in %1, in your own words.</source>
        <translation>Un cambio en %1, con tus propias palabras.</translation>
    </message>
    <message>
        <source>Day of the change</source>
        <translation>Día del cambio</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>New dose, if it changed</source>
        <translation>Nueva dosis, si cambió</translation>
    </message>
    <message>
        <source>New how often, if it changed</source>
        <translation>Nueva frecuencia, si cambió</translation>
    </message>
    <message>
        <source>A note, for example on effects</source>
        <translation>Una nota, por ejemplo sobre los efectos</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Nueva dosis</translation>
    </message>
    <message>
        <source>New how often</source>
        <translation>Nueva frecuencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Your journal and its backups will open with the new passphrase. Write it down and keep it somewhere safe: if it is forgotten, it can't be recovered.</source>
        <translation>Tu diario y sus copias de seguridad se abrirán con la nueva frase de contraseña. Anótala y guárdala en un lugar seguro: si se olvida, no se puede recuperar.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que las mayúsculas están activadas.</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Show the passphrases as I type</source>
        <translation>Mostrar las frases de contraseña mientras escribo</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type the new one &amp;again</source>
        <translation>Escribe la nueva &amp;otra vez</translation>
    </message>
    <message>
        <source>Changing your passphrase and your backups… This can take a little while; please keep the app open.</source>
        <translation>Cambiando tu frase de contraseña y tus copias… Puede tardar un poco; deja la aplicación abierta, por favor.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel, keep the passphrase you have</source>
        <translation>Cancelar y conservar tu frase de contraseña</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Escribe tu frase de contraseña actual, por favor.</translation>
    </message>
    <message>
        <source>Please choose a new passphrase.</source>
        <translation>Elige una nueva frase de contraseña, por favor.</translation>
    </message>
    <message>
        <source>The two new passphrases aren't the same yet. Please type the new one again.</source>
        <translation>Las dos frases nuevas aún no coinciden. Escribe la nueva otra vez, por favor.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you have now. Please choose a different one.</source>
        <translation>La nueva frase de contraseña es igual a la que tienes ahora. Elige otra diferente, por favor.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>That isn't the passphrase your journal has now, so nothing was changed. Check Caps Lock and type it again.</source>
        <translation>Esa no es la frase de contraseña actual de tu diario, así que no se cambió nada. Revisa las mayúsculas y vuelve a escribirla.</translation>
    </message>
    <message>
        <source>Something unexpected got in the way. Your journal is safe: if the new passphrase doesn't open it next time, your previous one will.</source>
        <translation>Algo inesperado se interpuso. Tu diario está a salvo: si la nueva frase no lo abre la próxima vez, lo abrirá la anterior.</translation>
    </message>
    <message>
        <source>The chart appears here in a moment.</source>
        <translation>El gráfico aparecerá aquí en un momento.</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation>%1: las cifras</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Mostrar %1 como tabla</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save the %1 chart as a file</source>
        <translation>Guardar el gráfico %1 como archivo</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Mostrar como gráfico</translation>
    </message>
    <message>
        <source>Show %1 as a chart</source>
        <translation>Mostrar %1 como gráfico</translation>
    </message>
    <message>
        <source>Measures shown:</source>
        <translation>Medidas mostradas:</translation>
    </message>
    <message>
        <source>Measure shown in the calendar</source>
        <translation>Medida mostrada en el calendario</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Medida</translation>
    </message>
    <message>
        <source>Questions shown one by one</source>
        <translation>Preguntas una a una</translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation>Solo totales</translation>
    </message>
    <message>
        <source>%1, question by question</source>
        <translation>%1, pregunta a pregunta</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Show changes in my supports</source>
        <translation>Mostrar cambios en mis apoyos</translation>
    </message>
    <message>
        <source>Compare around</source>
        <translation>Comparar en torno a</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>the first day with a tag</source>
        <translation>el primer día con una etiqueta</translation>
    </message>
    <message>
        <source>a change in my supports</source>
        <translation>un cambio en mis apoyos</translation>
    </message>
    <message>
        <source>The date to compare around</source>
        <translation>La fecha en torno a la que comparar</translation>
    </message>
    <message>
        <source>The tag to compare around</source>
        <translation>La etiqueta en torno a la que comparar</translation>
    </message>
    <message>
        <source>The change in my supports to compare around</source>
        <translation>El cambio en mis apoyos en torno al que comparar</translation>
    </message>
    <message>
        <source>Measure compared</source>
        <translation>Medida comparada</translation>
    </message>
    <message>
        <source>Days before and after</source>
        <translation>Días antes y después</translation>
    </message>
    <message>
        <source>Compare &amp;around</source>
        <translation>Comparar en &amp;torno a</translation>
    </message>
    <message>
        <source>M&amp;easure</source>
        <translation>M&amp;edida</translation>
    </message>
    <message>
        <source>&amp;Days each side</source>
        <translation>&amp;Días a cada lado</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Aún no hay etiquetas</translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation>Aún no hay cambios anotados</translation>
    </message>
    <message>
        <source>Things linked to each life area: tagged check-ins and journal entries, strength uses and goal steps done</source>
        <translation>Lo vinculado a cada área de la vida: registros y entradas con etiquetas, usos de fortalezas y pasos hechos</translation>
    </message>
    <message>
        <source>you rated %1 of 7</source>
        <translation>tu valoración: %1 de 7</translation>
    </message>
    <message>
        <source>Days with the tag</source>
        <translation>Días con la etiqueta</translation>
    </message>
    <message>
        <source>Days without the tag</source>
        <translation>Días sin la etiqueta</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>By strength</source>
        <translation>Por fortaleza</translation>
    </message>
    <message>
        <source>By life area</source>
        <translation>Por área de la vida</translation>
    </message>
    <message>
        <source>Other strengths</source>
        <translation>Otras fortalezas</translation>
    </message>
    <message>
        <source>Other life areas</source>
        <translation>Otras áreas de la vida</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Veces usada</translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation>Sin registro</translation>
    </message>
    <message>
        <source>Before your first check-in</source>
        <translation>Antes de tu primer registro</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Aún por llegar</translation>
    </message>
    <message>
        <source>Steps done, added up</source>
        <translation>Pasos hechos, sumados</translation>
    </message>
    <message>
        <source>Progress at reviews</source>
        <translation>Progreso en los repasos</translation>
    </message>
    <message>
        <source> (skipped)</source>
        <translation> (sin valorar)</translation>
    </message>
    <message>
        <source>A change in your supports</source>
        <translation>Un cambio en tus apoyos</translation>
    </message>
    <message>
        <source>Each week's average</source>
        <translation>Media de cada semana</translation>
    </message>
    <message>
        <source>Each month's average</source>
        <translation>Media de cada mes</translation>
    </message>
    <message>
        <source>Each day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Lowest to highest that day</source>
        <translation>Del más bajo al más alto de ese día</translation>
    </message>
    <message>
        <source>Each day before</source>
        <translation>Cada día antes</translation>
    </message>
    <message>
        <source>Each day after</source>
        <translation>Cada día después</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>nothing linked in either period</source>
        <translation>nada vinculado en ninguno de los dos periodos</translation>
    </message>
    <message>
        <source>Nothing linked to a life area in this period or the one before it yet. Give tags, strengths or goals a life area to see it here.</source>
        <translation>Aún no hay nada vinculado a un área de la vida en este periodo ni en el anterior. Da un área de la vida a etiquetas, fortalezas o metas para verlo aquí.</translation>
    </message>
    <message>
        <source>No strength uses noted in this period yet.</source>
        <translation>Aún no has anotado usos de fortalezas en este periodo.</translation>
    </message>
    <message>
        <source>No feelings named in this period yet.</source>
        <translation>Aún no has nombrado sentimientos en este periodo.</translation>
    </message>
    <message>
        <source>No goal steps done or reviews noted in this period yet.</source>
        <translation>Aún no hay pasos de metas hechos ni repasos anotados en este periodo.</translation>
    </message>
    <message>
        <source>No goal steps were marked done in this period.</source>
        <translation>En este periodo no se marcó ningún paso como hecho.</translation>
    </message>
    <message>
        <source>No goal was reviewed in this period.</source>
        <translation>En este periodo no se repasó ninguna meta.</translation>
    </message>
    <message>
        <source>No life area rated yet. Your ratings will show here as a wheel.</source>
        <translation>Aún no has valorado ningún área de la vida. Tus valoraciones aparecerán aquí como una rueda.</translation>
    </message>
    <message>
        <source>No life checks yet. Each area's ratings over time will show here.</source>
        <translation>Aún no hay repasos de vida. Aquí aparecerán las valoraciones de cada área a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>No life check in this period yet.</source>
        <translation>Aún no hay un repaso de vida en este periodo.</translation>
    </message>
    <message>
        <source>No questionnaires answered in this period yet.</source>
        <translation>Aún no has respondido cuestionarios en este periodo.</translation>
    </message>
    <message>
        <source>No totals in this period: each time, a question was left blank.</source>
        <translation>No hay totales en este periodo: cada vez quedó una pregunta en blanco.</translation>
    </message>
    <message>
        <source>No check-ins around this day yet.</source>
        <translation>Aún no hay registros en torno a este día.</translation>
    </message>
    <message>
        <source>No check-ins in this period yet.</source>
        <translation>Aún no hay registros en este periodo.</translation>
    </message>
    <message>
        <source>This shows what goes together, not what causes what.</source>
        <translation>Muestra qué va junto, no qué causa qué.</translation>
    </message>
    <message>
        <source>These are not a diagnosis.</source>
        <translation>Nada de esto es un diagnóstico.</translation>
    </message>
    <message>
        <source>Nothing linked to a life area in this period or the one before it yet.</source>
        <translation>Aún no hay nada vinculado a un área de la vida en este periodo ni en el anterior.</translation>
    </message>
    <message>
        <source>No changes in your supports yet. Record one in My plan, under Treatments and supports, to compare around it.</source>
        <translation>Aún no hay cambios en tus apoyos. Anota uno en Mi plan, en Tratamientos y apoyos, para comparar en torno a él.</translation>
    </message>
    <message>
        <source>That change in your supports is no longer in your journal.</source>
        <translation>Ese cambio en tus apoyos ya no está en tu diario.</translation>
    </message>
    <message>
        <source>This shows what tends to go together, not what causes what.</source>
        <translation>Muestra qué suele ir junto, no qué causa qué.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>Title saved with the chart</source>
        <translation>Título guardado con el gráfico</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Show the title and period on the image</source>
        <translation>&amp;Mostrar el título y el periodo en la imagen</translation>
    </message>
    <message>
        <source>Besides the chart, the file keeps only this title: no app name, date saved or folder. It uses light colours so it prints well. Share it with whoever you choose.</source>
        <translation>Además del gráfico, el archivo guarda solo este título: ni el nombre de la aplicación, ni la fecha, ni la carpeta. Usa colores claros para imprimirse bien. Compártelo con quien tú elijas.</translation>
    </message>
    <message>
        <source>That is too few times to say how feelings sit with mood and hope.</source>
        <translation>Son muy pocas veces para decir cómo se relacionan los sentimientos con el ánimo y la esperanza.</translation>
    </message>
    <message>
        <source>Your first life check: you noted what is going well.</source>
        <translation>Tu primer repaso de vida: anotaste lo que va bien.</translation>
    </message>
    <message>
        <source>Nothing was rated in this life check; what is going well is noted.</source>
        <translation>En este repaso de vida no se valoró nada; queda anotado lo que va bien.</translation>
    </message>
    <message>
        <source>1 time with a question left blank has no total.</source>
        <translation>1 vez con una pregunta en blanco no tiene total.</translation>
    </message>
    <message>
        <source>there were no days without it to compare</source>
        <translation>no hubo días sin ella para comparar</translation>
    </message>
    <message>
        <source>Under each area's name is how satisfied you said you were with it in your latest life check.</source>
        <translation>Bajo el nombre de cada área aparece cuánto te satisfacía según tu último repaso de vida.</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Check-ins naming it</source>
        <translation>Registros que lo nombran</translation>
    </message>
    <message>
        <source>Average mood</source>
        <translation>Ánimo medio</translation>
    </message>
    <message>
        <source>Average hope</source>
        <translation>Esperanza media</translation>
    </message>
    <message>
        <source>Life check</source>
        <translation>Repaso de vida</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Published range</source>
        <translation>Rango publicado</translation>
    </message>
    <message>
        <source>Answers, question by question</source>
        <translation>Respuestas, pregunta a pregunta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>sin total</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>No life area</source>
        <translation>Sin área de la vida</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Days with it</source>
        <translation>Días con la etiqueta</translation>
    </message>
    <message>
        <source>Days without it</source>
        <translation>Días sin la etiqueta</translation>
    </message>
    <message>
        <source>Mood with it</source>
        <translation>Ánimo con la etiqueta</translation>
    </message>
    <message>
        <source>Mood without it</source>
        <translation>Ánimo sin la etiqueta</translation>
    </message>
    <message>
        <source>Hope with it</source>
        <translation>Esperanza con la etiqueta</translation>
    </message>
    <message>
        <source>Hope without it</source>
        <translation>Esperanza sin la etiqueta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Days with a check-in</source>
        <translation>Días con registro</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Contado por</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Todas las metas</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos hechos</translation>
    </message>
    <message>
        <source>Review: progress noted</source>
        <translation>Repaso: progreso anotado</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Your latest life check rating</source>
        <translation>Tu última valoración en un repaso de vida</translation>
    </message>
    <message>
        <source>Each dot is a day. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>Cada punto es un día. Las líneas más suaves son tus medias de 7 y 30 días. Un hueco es un día sin registro.</translation>
    </message>
    <message>
        <source>Each dot is a day; an upright line shows the lowest to highest check-in of a day with several. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>Cada punto es un día; una línea vertical va del registro más bajo al más alto de un día con varios. Las líneas más suaves son tus medias de 7 y 30 días. Un hueco es un día sin registro.</translation>
    </message>
    <message>
        <source>The thin line follows each day. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>La línea fina sigue cada día. Las líneas más suaves son tus medias de 7 y 30 días. Un hueco es un día sin registro.</translation>
    </message>
    <message>
        <source>The thin line follows each day; an upright line shows the lowest to highest check-in of a day with several. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>La línea fina sigue cada día; una línea vertical va del registro más bajo al más alto de un día con varios. Las líneas más suaves son tus medias de 7 y 30 días. Un hueco es un día sin registro.</translation>
    </message>
    <message>
        <source>The thin line follows each week's average; the dashed line is your 30-day average. A gap is a week without a check-in.</source>
        <translation>La línea fina sigue la media de cada semana; la línea discontinua es tu media de 30 días. Un hueco es una semana sin registro.</translation>
    </message>
    <message>
        <source>The line follows each month's average. A gap is a month without a check-in.</source>
        <translation>La línea sigue la media de cada mes. Un hueco es un mes sin registro.</translation>
    </message>
    <message>
        <source>One small chart per measure. The thin line follows each week's average, the shaded band its usual range over 30 days; a gap is a week without a value.</source>
        <translation>Un pequeño gráfico por medida. La línea fina sigue la media de cada semana y la franja sombreada es su rango habitual en 30 días; un hueco es una semana sin valor.</translation>
    </message>
    <message>
        <source>One small chart per measure. The line follows each month's average, the shaded band its usual range over 30 days; a gap is a month without a value.</source>
        <translation>Un pequeño gráfico por medida. La línea sigue la media de cada mes y la franja sombreada es su rango habitual en 30 días; un hueco es un mes sin valor.</translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range over 7 days; a gap is a day without a value.</source>
        <translation>Un pequeño gráfico por medida. La franja sombreada es su rango habitual en 7 días; un hueco es un día sin valor.</translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range over 30 days; a gap is a day without a value.</source>
        <translation>Un pequeño gráfico por medida. La franja sombreada es su rango habitual en 30 días; un hueco es un día sin valor.</translation>
    </message>
    <message>
        <source>A whole year, each square a day, coloured by the measure you pick: the brighter, the higher. Grey squares are days without a check-in; faint ones are outside your journal so far (before your first check-in, or still to come).</source>
        <translation>Un año entero, cada cuadrado un día, coloreado según la medida que elijas: cuanto más vivo, más alto. Los cuadrados grises son días sin registro; los tenues quedan fuera de tu diario por ahora (antes de tu primer registro, o aún por llegar).</translation>
    </message>
    <message>
        <source>Your last ten years, a row each, each square a day, coloured by the measure you pick: the brighter, the higher. Grey squares are days without a check-in. Choose a period to see the years before.</source>
        <translation>Tus últimos diez años, una fila cada uno, cada cuadrado un día, coloreado según la medida que elijas: cuanto más vivo, más alto. Los cuadrados grises son días sin registro. Elige un periodo para ver los años anteriores.</translation>
    </message>
    <message>
        <source>Left, the goal steps you marked done, added up. Right, each goal on a band of its own: a point is a review, higher is further along, and its number is the progress you noted.</source>
        <translation>A la izquierda, los pasos de tus metas que marcaste como hechos, sumados. A la derecha, cada meta en su propia franja: un punto es un repaso, más arriba es más avance, y su número es el progreso que anotaste.</translation>
    </message>
    <message>
        <source>The goal steps you marked done, added up over the period.</source>
        <translation>Los pasos de tus metas que marcaste como hechos, sumados a lo largo del periodo.</translation>
    </message>
    <message>
        <source>Each goal on a band of its own: a point is a review, higher is further along, and its number is the progress you noted.</source>
        <translation>Cada meta en su propia franja: un punto es un repaso, más arriba es más avance, y su número es el progreso que anotaste.</translation>
    </message>
    <message>
        <source>Each bar counts the things you linked to a part of life (tagged check-ins and journal entries, strength uses, goal steps done), beside the period of the same length before. It shows where attention went, not a score.</source>
        <translation>Cada barra cuenta lo que vinculaste a una parte de la vida (registros y entradas con etiquetas, usos de fortalezas, pasos hechos), junto al periodo anterior de igual duración. Muestra adónde fue tu atención, no una puntuación.</translation>
    </message>
    <message>
        <source>Mood and hope over time</source>
        <translation>Ánimo y esperanza a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Your measures over time</source>
        <translation>Tus medidas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range; a gap is a day without a value.</source>
        <translation>Un pequeño gráfico por medida. La franja sombreada es su rango habitual; un hueco es un día sin valor.</translation>
    </message>
    <message>
        <source>Year in pixels</source>
        <translation>El año en píxeles</translation>
    </message>
    <message>
        <source>What goes with better days</source>
        <translation>Lo que acompaña a los días mejores</translation>
    </message>
    <message>
        <source>Your average on days with each tag and on days without it. This shows what goes together, not what causes what.</source>
        <translation>Tu media los días con cada etiqueta y los días sin ella. Muestra qué va junto, no qué causa qué.</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Your average before and after a day that mattered, such as a new job or a change of medication.</source>
        <translation>Tu media antes y después de un día importante, como un trabajo nuevo o un cambio de medicación.</translation>
    </message>
    <message>
        <source>Strengths used</source>
        <translation>Fortalezas usadas</translation>
    </message>
    <message>
        <source>How often you noted using each strength, and the part of life it belongs to.</source>
        <translation>Con qué frecuencia anotaste usar cada fortaleza, y la parte de la vida a la que pertenece.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>The goal steps you marked done, and the progress you noted at each goal's reviews.</source>
        <translation>Los pasos de tus metas que marcaste como hechos y el progreso que anotaste en cada repaso.</translation>
    </message>
    <message>
        <source>Life balance</source>
        <translation>Equilibrio vital</translation>
    </message>
    <message>
        <source>Questionnaires over time</source>
        <translation>Cuestionarios a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Each questionnaire's total each time you answered it, over the ranges its authors publish (named at the side). ONS4 shows its four questions on their own. A time with a question left blank has no total. None of this is a diagnosis.</source>
        <translation>El total de cada cuestionario cada vez que lo respondiste, sobre los rangos que publican sus autores (nombrados al lado). ONS4 muestra sus cuatro preguntas por separado. Una vez con una pregunta en blanco no tiene total. Nada de esto es un diagnóstico.</translation>
    </message>
    <message>
        <source>How satisfied you said you were with each part of life, from 1 (not at all) to 7 (completely), in the newest life check of the period, beside the one before it. Our own questions, not a clinical measure.</source>
        <translation>La satisfacción que dijiste sentir con cada parte de la vida, de 1 (nada) a 7 (del todo), en el repaso de vida más reciente del periodo, junto al anterior. Son preguntas nuestras, no una medida clínica.</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>How often you named each feeling in a check-in, with your average mood and hope in those check-ins. This shows what goes together, not what causes what.</source>
        <translation>Con qué frecuencia nombraste cada sentimiento en un registro, con tu ánimo y esperanza medios en esos registros. Muestra qué va junto, no qué causa qué.</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Registros recientes</translation>
    </message>
    <message>
        <source>Enter edits the selected check-in; Delete removes it</source>
        <translation>Intro edita el registro seleccionado; Supr lo quita</translation>
    </message>
    <message>
        <source>No check-ins yet. How are you today?</source>
        <translation>Aún no hay registros. ¿Cómo estás hoy?</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the selected check-in</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected check-in</source>
        <translation>Borrar el registro seleccionado</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>Add to my hope box</source>
        <translation>A mi caja de esperanza</translation>
    </message>
    <message>
        <source>Add the selected check-in to my hope box</source>
        <translation>Añadir el registro seleccionado a mi caja de esperanza</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Etiqueta %1</translation>
    </message>
    <message>
        <source>Delete, Space or a click removes this tag</source>
        <translation>Supr, Espacio o un clic quita esta etiqueta</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Quitar «%1»</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Value: a new measure “%1”</source>
        <translation>Valor: una medida nueva «%1»</translation>
    </message>
    <message>
        <source>Column “%1” holds</source>
        <translation>La columna «%1» contiene</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Elige la columna que contiene la fecha.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Vaciar %1</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
    <message>
        <source>Create your journal</source>
        <translation>Crea tu diario</translation>
    </message>
    <message>
        <source>Choose a passphrase to lock your journal. A few words that mean something only to you work well. Write it down and keep it somewhere safe: if it is forgotten, it can't be recovered.</source>
        <translation>Elige una frase de contraseña para proteger tu diario. Funcionan bien unas palabras que solo signifiquen algo para ti. Anótala y guárdala en un lugar seguro: si se olvida, no se puede recuperar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Escríbela &amp;otra vez</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>Mostrar la frase de contraseña mientras escribo</translation>
    </message>
    <message>
        <source>Choose another place…</source>
        <translation>Elegir otro lugar…</translation>
    </message>
    <message>
        <source>Choose another place for the journal file</source>
        <translation>Elegir otro lugar para el archivo del diario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Creando tu diario…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the welcome</source>
        <translation>Volver a la bienvenida</translation>
    </message>
    <message>
        <source>Create journal</source>
        <translation>Crear diario</translation>
    </message>
    <message>
        <source>Create the journal</source>
        <translation>Crear el diario</translation>
    </message>
    <message>
        <source>&amp;Region for helplines</source>
        <translation>&amp;Región de las líneas de ayuda</translation>
    </message>
    <message>
        <source>Get help now shows helplines for this region. You can change it at any time.</source>
        <translation>Ayuda ahora muestra las líneas de ayuda de esta región. Puedes cambiarla cuando quieras.</translation>
    </message>
    <message>
        <source>Your journal will be saved as: %s</source>
        <translation>Tu diario se guardará como: %s</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>Primero elige una frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases aren't the same yet. Please type it again.</source>
        <translation>Las dos frases de contraseña aún no coinciden. Escríbela otra vez, por favor.</translation>
    </message>
    <message>
        <source>The journal couldn't be created there. Please try again, or choose another place.</source>
        <translation>No se pudo crear el diario ahí. Inténtalo de nuevo o elige otro lugar.</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>La fuerza de la frase de contraseña</translation>
    </message>
    <message>
        <source>… (the whole plan is in the app)</source>
        <translation>… (el plan completo está en la aplicación)</translation>
    </message>
    <message>
        <source>Crisis card</source>
        <translation>Tarjeta de crisis</translation>
    </message>
    <message>
        <source>A one-page card with your crisis plan, the people you chose and the helplines. Print it, fold it, keep it in a wallet or by the phone.</source>
        <translation>Una tarjeta de una página con tu plan de crisis, las personas que elegiste y las líneas de ayuda. Imprímela, dóblala y guárdala en la cartera o junto al teléfono.</translation>
    </message>
    <message>
        <source>A6 (pocket size)</source>
        <translation>A6 (tamaño bolsillo)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Add the words from my hope box</source>
        <translation>Añadir las palabras de mi caja de esperanza</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who has the file or the paper can read it. Keep it somewhere you trust.</source>
        <translation>El PDF no está cifrado: cualquiera que tenga el archivo o el papel puede leerlo. Guárdalo en un lugar de confianza.</translation>
    </message>
    <message>
        <source>Preview of the crisis card</source>
        <translation>Vista previa de la tarjeta de crisis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the crisis card as a PDF file</source>
        <translation>Guardar la tarjeta de crisis como archivo PDF</translation>
    </message>
    <message>
        <source>Close the crisis card</source>
        <translation>Cerrar la tarjeta de crisis</translation>
    </message>
    <message>
        <source>Save an accessible copy (HTML)…</source>
        <translation>Guardar una copia accesible (HTML)…</translation>
    </message>
    <message>
        <source>Save an accessible copy of the crisis card as a web page (HTML)</source>
        <translation>Guardar una copia accesible de la tarjeta de crisis como página web (HTML)</translation>
    </message>
    <message>
        <source>The card couldn't be saved there. Please try another folder.</source>
        <translation>No se pudo guardar la tarjeta ahí. Prueba con otra carpeta.</translation>
    </message>
    <message>
        <source>Saved the crisis card as %s. It is not encrypted.</source>
        <translation>Tarjeta de crisis guardada como %s. No está cifrada.</translation>
    </message>
    <message>
        <source>Saved an accessible copy of the crisis card as %s. It is not encrypted.</source>
        <translation>Se guardó una copia accesible de la tarjeta de crisis como %s. No está cifrada.</translation>
    </message>
    <message>
        <source>Something unexpected got in the way, so nothing was changed. Please try again.</source>
        <translation>Algo inesperado se interpuso, así que no se cambió nada. Inténtalo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d 'de' MMMM 'de' yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d 'de' MMMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>borrar</translation>
    </message>
    <message>
        <source>This removes your journal (%1) and all of its automatic backups from this computer: every check-in, entry, goal, plan and contact in it. It can't be undone, and no one, including us, can bring it back.</source>
        <translation>Esto quita de este equipo tu diario (%1) y todas sus copias de seguridad automáticas: cada registro, entrada, meta, plan y contacto que contiene. No se puede deshacer, y nadie, ni siquiera nosotros, puede recuperarlo.</translation>
    </message>
    <message>
        <source>Exports and backup files you saved somewhere yourself are not touched. If you might want any of it later, choose Keep my journal and use File, Export first.</source>
        <translation>Las exportaciones y copias que guardaste tú en otro sitio no se tocan. Si quizá quieras algo de esto más adelante, elige Conservar mi diario y usa antes Archivo, Exportar.</translation>
    </message>
    <message>
        <source>To go ahead, type the word “%1”:</source>
        <translation>Para continuar, escribe la palabra «%1»:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escribe %1 para confirmar</translation>
    </message>
    <message>
        <source>&amp;Keep my journal</source>
        <translation>&amp;Conservar mi diario</translation>
    </message>
    <message>
        <source>Keep my journal, delete nothing</source>
        <translation>Conservar mi diario, no borrar nada</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <source>Delete the journal and its backups</source>
        <translation>Borrar el diario y sus copias de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>Entry deleted. Ctrl+Z can bring back your last %n deleted entries, even after a restart.</source>
        <translation>
            <numerusform>Entrada borrada. Ctrl+Z puede recuperar tu última entrada borrada, incluso tras reiniciar.</numerusform>
            <numerusform>Entrada borrada. Ctrl+Z puede recuperar tus últimas %n entradas borradas, incluso tras reiniciar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>Entrada borrada</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Bring the deleted entry back</source>
        <translation>Recuperar la entrada borrada</translation>
    </message>
    <message>
        <source>Ctrl+Z does the same</source>
        <translation>Ctrl+Z hace lo mismo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this note; Ctrl+Z still works</source>
        <translation>Ocultar esta nota; Ctrl+Z sigue funcionando</translation>
    </message>
    <message>
        <source>Life areas</source>
        <translation>Áreas de la vida</translation>
    </message>
    <message>
        <source>No life areas yet.</source>
        <translation>Aún no hay áreas de la vida.</translation>
    </message>
    <message>
        <source>e.g. Creativity</source>
        <translation>p. ej., Creatividad</translation>
    </message>
    <message>
        <source>Name of a new life area</source>
        <translation>Nombre de una nueva área de la vida</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the new life area</source>
        <translation>Añadir la nueva área de la vida</translation>
    </message>
    <message>
        <source>New life &amp;area</source>
        <translation>Nueva &amp;área de la vida</translation>
    </message>
    <message>
        <source> — hidden</source>
        <translation> — oculta</translation>
    </message>
    <message>
        <source>Life area added</source>
        <translation>Área de la vida añadida</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>A title, if you like</source>
        <translation>Un título, si quieres</translation>
    </message>
    <message>
        <source>The day this entry is about</source>
        <translation>El día del que trata esta entrada</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation>Mostrar la vista previa</translation>
    </message>
    <message>
        <source>Switch between writing and the preview (Ctrl+Shift+P)</source>
        <translation>Cambiar entre escribir y la vista previa (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Plain text; # headings, *emphasis* and - lists show in the preview</source>
        <translation>Texto sencillo; los # títulos, el *énfasis* y las - listas se ven en la vista previa</translation>
    </message>
    <message>
        <source>Write whatever you like. It is kept as you type.</source>
        <translation>Escribe lo que quieras. Se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Preview of the entry</source>
        <translation>Vista previa de la entrada</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P switches between writing and the preview</source>
        <translation>Ctrl+Mayús+P cambia entre escribir y la vista previa</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Back to writing</source>
        <translation>Volver a escribir</translation>
    </message>
    <message>
        <source>Export your journal</source>
        <translation>Exportar tu diario</translation>
    </message>
    <message>
        <source>An export holds everything in your journal in an open format that other apps and spreadsheets can read.</source>
        <translation>Una exportación guarda todo lo de tu diario en un formato abierto que otras aplicaciones y hojas de cálculo pueden leer.</translation>
    </message>
    <message>
        <source>&amp;JSON: one file with everything (best for moving to another app or back here)</source>
        <translation>&amp;JSON: un archivo con todo (lo mejor para pasar a otra aplicación o volver aquí)</translation>
    </message>
    <message>
        <source>JSON, one file with everything</source>
        <translation>JSON, un archivo con todo</translation>
    </message>
    <message>
        <source>&amp;CSV: a zip with one spreadsheet file per kind of record</source>
        <translation>&amp;CSV: un zip con una hoja de cálculo por tipo de registro</translation>
    </message>
    <message>
        <source>CSV, a zip of spreadsheet files</source>
        <translation>CSV, un zip de hojas de cálculo</translation>
    </message>
    <message>
        <source>The export is not encrypted: anyone who can open the file can read all of it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>La exportación no está cifrada: cualquiera que pueda abrir el archivo puede leerlo entero. Guárdala en un lugar privado y bórrala cuando ya no la necesites.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Elegir dónde guardar la exportación</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Escribiendo la exportación…</translation>
    </message>
    <message>
        <source>Export saved as %1. It is not encrypted.</source>
        <translation>Exportación guardada como %1. No está cifrada.</translation>
    </message>
    <message>
        <source>Pleasant, more energy</source>
        <translation>Agradable, más energía</translation>
    </message>
    <message>
        <source>Pleasant, less energy</source>
        <translation>Agradable, menos energía</translation>
    </message>
    <message>
        <source>Unpleasant, more energy</source>
        <translation>Desagradable, más energía</translation>
    </message>
    <message>
        <source>Unpleasant, less energy</source>
        <translation>Desagradable, menos energía</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Aún sin grupo</translation>
    </message>
    <message>
        <source>No feelings in your list yet.</source>
        <translation>Aún no hay sentimientos en tu lista.</translation>
    </message>
    <message>
        <source>Group of the feeling</source>
        <translation>Grupo del sentimiento</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>e.g. wistful</source>
        <translation>p. ej., nostalgia</translation>
    </message>
    <message>
        <source>Name of a new feeling</source>
        <translation>Nombre de un sentimiento nuevo</translation>
    </message>
    <message>
        <source>Group of the new feeling</source>
        <translation>Grupo del sentimiento nuevo</translation>
    </message>
    <message>
        <source>Add the new feeling</source>
        <translation>Añadir el sentimiento nuevo</translation>
    </message>
    <message>
        <source>New &amp;feeling</source>
        <translation>Nuevo &amp;sentimiento</translation>
    </message>
    <message>
        <source>Feeling added</source>
        <translation>Sentimiento añadido</translation>
    </message>
    <message>
        <source>Find a feeling</source>
        <translation>Buscar un sentimiento</translation>
    </message>
    <message>
        <source>Type a feeling, Enter picks it</source>
        <translation>Escribe un sentimiento; Intro lo elige</translation>
    </message>
    <message>
        <source>All feelings…</source>
        <translation>Todos los sentimientos…</translation>
    </message>
    <message>
        <source>Show all feelings to choose from</source>
        <translation>Mostrar todos los sentimientos para elegir</translation>
    </message>
    <message>
        <source>Feelings, grouped by how pleasant and how energetic</source>
        <translation>Sentimientos, agrupados según lo agradables y lo enérgicos que son</translation>
    </message>
    <message>
        <source>Feeling %1, press to remove</source>
        <translation>Sentimiento %1; pulsa para quitarlo</translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation>Archivo del diario</translation>
    </message>
    <message>
        <source>Your journal file is checked each time you unlock it and before each backup. You can also check it now; it takes a moment and changes nothing.</source>
        <translation>El archivo de tu diario se comprueba cada vez que lo desbloqueas y antes de cada copia de seguridad. También puedes comprobarlo ahora; tarda un momento y no cambia nada.</translation>
    </message>
    <message>
        <source>Check my &amp;journal file</source>
        <translation>Comprobar el archivo de mi &amp;diario</translation>
    </message>
    <message>
        <source>Check my journal file</source>
        <translation>Comprobar el archivo de mi diario</translation>
    </message>
    <message>
        <source>Checking your journal file…</source>
        <translation>Comprobando el archivo de tu diario…</translation>
    </message>
    <message>
        <source>Your journal file checked out: every page is whole.</source>
        <translation>El archivo de tu diario está bien: todas las páginas están completas.</translation>
    </message>
    <message>
        <source>The check couldn't run just now. Nothing was changed; please try again.</source>
        <translation>La comprobación no pudo hacerse ahora. No se cambió nada; inténtalo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>Save this check-in (Ctrl+Enter)</source>
        <translation>Guardar este registro (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Dejar de editar</translation>
    </message>
    <message>
        <source>Leave the check-in as it was</source>
        <translation>Dejar el registro como estaba</translation>
    </message>
    <message>
        <source>Save keeps the changes; Cancel editing leaves it as it was.</source>
        <translation>Guardar conserva los cambios; Dejar de editar lo deja como estaba.</translation>
    </message>
    <message>
        <source>Clear the form without saving</source>
        <translation>Vaciar el formulario sin guardar</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Intro guarda</translation>
    </message>
    <message>
        <source>Goal title</source>
        <translation>Título de la meta</translation>
    </message>
    <message>
        <source>e.g. Walk by the river on Saturdays</source>
        <translation>p. ej., Pasear junto al río los sábados</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Por qué me importa</translation>
    </message>
    <message>
        <source>What moving towards this would mean to you</source>
        <translation>Lo que significaría para ti avanzar hacia esto</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Strengths that help</source>
        <translation>Fortalezas que ayudan</translation>
    </message>
    <message>
        <source>Space ticks or unticks a strength</source>
        <translation>Espacio marca o desmarca una fortaleza</translation>
    </message>
    <message>
        <source>No strengths yet. You can add some on the Strengths page.</source>
        <translation>Aún no hay fortalezas. Puedes añadir algunas en la página Fortalezas.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>&amp;Why it matters to me</source>
        <translation>Por &amp;qué me importa</translation>
    </message>
    <message>
        <source>Life &amp;area</source>
        <translation>Á&amp;rea de la vida</translation>
    </message>
    <message>
        <source>&amp;Strengths that help</source>
        <translation>&amp;Fortalezas que ayudan</translation>
    </message>
    <message>
        <source>No particular life area</source>
        <translation>Ningún área en particular</translation>
    </message>
    <message>
        <source>Save the changes to this goal</source>
        <translation>Guardar los cambios de esta meta</translation>
    </message>
    <message>
        <source>Add this goal</source>
        <translation>Añadir esta meta</translation>
    </message>
    <message>
        <source>That goal is no longer here.</source>
        <translation>Esa meta ya no está aquí.</translation>
    </message>
    <message>
        <source>Goal saved</source>
        <translation>Meta guardada</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Meta añadida</translation>
    </message>
    <message>
        <source>Show goals of a life area</source>
        <translation>Mostrar las metas de un área de la vida</translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation>&amp;Área de la vida</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Grouped by where each goal stands. Delete removes the selected goal.</source>
        <translation>Agrupadas según cómo va cada meta. Supr quita la meta seleccionada.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Borrar meta</translation>
    </message>
    <message>
        <source>Delete the selected goal</source>
        <translation>Borrar la meta seleccionada</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>Todas las áreas de la vida</translation>
    </message>
    <message>
        <source>A goal can be small. What would you like to move towards?</source>
        <translation>Una meta puede ser pequeña. ¿Hacia qué te gustaría avanzar?</translation>
    </message>
    <message>
        <source>No goals in this life area yet. Choose "All life areas" to see the others.</source>
        <translation>Aún no hay metas en esta área. Elige «Todas las áreas de la vida» para ver las demás.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Dejado ir</translation>
    </message>
    <message>
        <source>Goals you choose, and small steps towards them, at your own pace.</source>
        <translation>Metas que eliges, y pequeños pasos hacia ellas, a tu propio ritmo.</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Cómo va</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <source>About this goal</source>
        <translation>Sobre esta meta</translation>
    </message>
    <message>
        <source>A new goal</source>
        <translation>Una meta nueva</translation>
    </message>
    <message>
        <source>Goal deleted. Ctrl+Z brings it back.</source>
        <translation>Meta borrada. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Goal restored</source>
        <translation>Meta recuperada</translation>
    </message>
    <message>
        <source>That goal can no longer be brought back.</source>
        <translation>Esa meta ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Borrar paso</translation>
    </message>
    <message>
        <source>Step deleted. Ctrl+Z brings it back.</source>
        <translation>Paso borrado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Step restored</source>
        <translation>Paso recuperado</translation>
    </message>
    <message>
        <source>That step can no longer be brought back.</source>
        <translation>Ese paso ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Borrar repaso</translation>
    </message>
    <message>
        <source>Review deleted. Ctrl+Z brings it back.</source>
        <translation>Repaso borrado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Review restored</source>
        <translation>Repaso recuperado</translation>
    </message>
    <message>
        <source>That review can no longer be brought back.</source>
        <translation>Ese repaso ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Guide — Recovery Journal</source>
        <translation>Guía — Recovery Journal</translation>
    </message>
    <message>
        <source>Topics of the guide</source>
        <translation>Temas de la guía</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Picture from the guide</source>
        <translation>Imagen de la guía</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Close Get help now</source>
        <translation>Cerrar Ayuda ahora</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>You don't have to go through this alone. The people at these numbers are there to listen. This app never calls or opens anything itself: each number has a Copy button.</source>
        <translation>No tienes que pasar por esto a solas. Las personas de estos números están ahí para escucharte. Esta aplicación nunca llama ni abre nada por sí misma: cada número tiene un botón Copiar.</translation>
    </message>
    <message>
        <source>People I'd like contacted</source>
        <translation>Personas a las que me gustaría que se avisara</translation>
    </message>
    <message>
        <source>Your own numbers</source>
        <translation>Tus propios números</translation>
    </message>
    <message>
        <source>You can add your own numbers in Settings: your GP, a local crisis team, a friend. They will be shown here.</source>
        <translation>Puedes añadir tus propios números en Ajustes: tu médico de cabecera, un equipo de crisis cercano, un amigo. Se mostrarán aquí.</translation>
    </message>
    <message>
        <source>Add or change your numbers in Settings…</source>
        <translation>Añadir o cambiar tus números en Ajustes…</translation>
    </message>
    <message>
        <source>Add your own numbers in Settings…</source>
        <translation>Añadir tus propios números en Ajustes…</translation>
    </message>
    <message>
        <source>The list of helplines couldn't be read. In an emergency, call your local emergency number.</source>
        <translation>No se pudo leer la lista de líneas de ayuda. En una emergencia, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>Helplines (%s)</source>
        <translation>Líneas de ayuda (%s)</translation>
    </message>
    <message>
        <source>Checked in %s.</source>
        <translation>Comprobadas en %s.</translation>
    </message>
    <message>
        <source>Help in %s</source>
        <translation>Ayuda en %s</translation>
    </message>
    <message>
        <source>The app doesn't have a list of helplines for %s yet.</source>
        <translation>La aplicación aún no tiene una lista de líneas de ayuda para %s.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencias</translation>
    </message>
    <message>
        <source>Call %s</source>
        <translation>Llama al %s</translation>
    </message>
    <message>
        <source>If a life is at risk right now.</source>
        <translation>Si una vida corre peligro ahora mismo.</translation>
    </message>
    <message>
        <source>If a life is at risk right now, call your local emergency number.</source>
        <translation>Si una vida corre peligro ahora mismo, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>You can add numbers you trust, like a local crisis line, your doctor or a friend. They will be shown here, with a Copy button each.</source>
        <translation>Puedes añadir números de confianza, como una línea de crisis de tu zona, tu médico o un amigo. Se mostrarán aquí, cada uno con un botón Copiar.</translation>
    </message>
    <message>
        <source>Once your journal is open, you can add numbers you trust in Settings, like a local crisis line, your doctor or a friend. They will be shown here.</source>
        <translation>Cuando tu diario esté abierto, podrás añadir números de confianza en Ajustes, como una línea de crisis de tu zona, tu médico o un amigo. Se mostrarán aquí.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1: %2</source>
        <translation>Copiar %1: %2</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Open my hope box</source>
        <translation>Abrir mi caja de esperanza</translation>
    </message>
    <message>
        <source>For example: My GP</source>
        <translation>Por ejemplo: mi médico de cabecera</translation>
    </message>
    <message>
        <source>Number or how to reach them</source>
        <translation>Número o cómo contactar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Optional, for example: weekdays 8 to 6</source>
        <translation>Opcional, por ejemplo: entre semana de 8 a 18</translation>
    </message>
    <message>
        <source>Save this number</source>
        <translation>Guardar este número</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel changing this number</source>
        <translation>No cambiar este número</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Volver a ponerlo</translation>
    </message>
    <message>
        <source>Put back the number you removed</source>
        <translation>Volver a poner el número que quitaste</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Añadir un número</translation>
    </message>
    <message>
        <source>Change a number</source>
        <translation>Cambiar un número</translation>
    </message>
    <message>
        <source>Please give the number a name, so you know whose it is.</source>
        <translation>Ponle un nombre al número, por favor, para saber de quién es.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Movido.</translation>
    </message>
    <message>
        <source>Removed %s. You can put it back.</source>
        <translation>Se quitó %s. Puedes volver a ponerlo.</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>Número recuperado.</translation>
    </message>
    <message>
        <source>My hope box</source>
        <translation>Mi caja de esperanza</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last removal</source>
        <translation>Deshacer lo último que quitaste</translation>
    </message>
    <message>
        <source>Close my hope box</source>
        <translation>Cerrar mi caja de esperanza</translation>
    </message>
    <message>
        <source>What reminds you why things matter, kept close for the hard days. Add what you like, in any order.</source>
        <translation>Lo que te recuerda por qué las cosas importan, a mano para los días difíciles. Añade lo que quieras, en el orden que quieras.</translation>
    </message>
    <message>
        <source>Added to your hope box</source>
        <translation>Añadido a tu caja de esperanza</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>Bajado</translation>
    </message>
    <message>
        <source>Remove from hope box</source>
        <translation>Quitar de la caja de esperanza</translation>
    </message>
    <message>
        <source>Removed from your hope box. You can undo this.</source>
        <translation>Quitado de tu caja de esperanza. Puedes deshacerlo.</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Del %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Tus palabras</translation>
    </message>
    <message>
        <source>Who said it (optional)</source>
        <translation>Quién lo dijo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Palabras</translation>
    </message>
    <message>
        <source>Who &amp;said it (optional)</source>
        <translation>&amp;Quién lo dijo (opcional)</translation>
    </message>
    <message>
        <source>The picture</source>
        <translation>La imagen</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Elegir una imagen…</translation>
    </message>
    <message>
        <source>Choose a picture from your files</source>
        <translation>Elegir una imagen de tus archivos</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Choose a picture first, or press Cancel.</source>
        <translation>Elige primero una imagen, o pulsa Cancelar.</translation>
    </message>
    <message>
        <source>That picture is over 20 MB. Please pick a smaller one.</source>
        <translation>Esa imagen ocupa más de 20 MB. Elige una más pequeña, por favor.</translation>
    </message>
    <message>
        <source>That file couldn't be read.</source>
        <translation>No se pudo leer ese archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n medida</numerusform>
            <numerusform>%n medidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life area(s)</source>
        <translation>
            <numerusform>%n área de la vida</numerusform>
            <numerusform>%n áreas de la vida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s)</source>
        <translation>
            <numerusform>%n fortaleza</numerusform>
            <numerusform>%n fortalezas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength use(s)</source>
        <translation>
            <numerusform>%n uso de fortalezas</numerusform>
            <numerusform>%n usos de fortalezas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n meta</numerusform>
            <numerusform>%n metas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan section(s)</source>
        <translation>
            <numerusform>%n sección del plan</numerusform>
            <numerusform>%n secciones del plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n helpline(s)</source>
        <translation>
            <numerusform>%n línea de ayuda</numerusform>
            <numerusform>%n líneas de ayuda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n early-warning rule(s)</source>
        <translation>
            <numerusform>%n señal de alerta temprana</numerusform>
            <numerusform>%n señales de alerta temprana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire answer(s)</source>
        <translation>
            <numerusform>%n respuesta a cuestionarios</numerusform>
            <numerusform>%n respuestas a cuestionarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life check(s)</source>
        <translation>
            <numerusform>%n repaso de vida</numerusform>
            <numerusform>%n repasos de vida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s) or support(s)</source>
        <translation>
            <numerusform>%n tratamiento o apoyo</numerusform>
            <numerusform>%n tratamientos o apoyos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeling word(s)</source>
        <translation>
            <numerusform>%n palabra de sentimiento</numerusform>
            <numerusform>%n palabras de sentimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new — everything in that file is already in your journal</source>
        <translation>Nada nuevo: todo lo de ese archivo ya está en tu diario</translation>
    </message>
    <message numerus="yes">
        <source>And %n more skipped row(s).</source>
        <translation>
            <numerusform>Y %n fila más omitida.</numerusform>
            <numerusform>Y %n filas más omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you cancel, nothing is added.</source>
        <translation>Si cancelas, no se añade nada.</translation>
    </message>
    <message>
        <source>It adds these measures to your journal: %1.</source>
        <translation>Añade estas medidas a tu diario: %1.</translation>
    </message>
    <message>
        <source>Not brought in, as nothing here holds it: %1.</source>
        <translation>No se importa, porque aquí nada lo recoge: %1.</translation>
    </message>
    <message>
        <source>Import from another app</source>
        <translation>Importar desde otra aplicación</translation>
    </message>
    <message>
        <source>Bring in your history from a file. You'll see what it holds before anything is added, and importing the same file twice adds nothing the second time.</source>
        <translation>Trae tu historial desde un archivo. Verás lo que contiene antes de añadir nada, e importar el mismo archivo dos veces no añade nada la segunda vez.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Ready-made mapping for another app's file</source>
        <translation>Correspondencia ya hecha para el archivo de otra aplicación</translation>
    </message>
    <message>
        <source>None: I'll choose the columns</source>
        <translation>Ninguna: elegiré yo las columnas</translation>
    </message>
    <message>
        <source>Ready-made &amp;mapping:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Your mood labels on the 0–10 mood scale</source>
        <translation>Tus etiquetas de ánimo en la escala de ánimo de 0 a 10</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Cómo se lee el archivo</translation>
    </message>
    <message>
        <source>Also add the file's &amp;scales as measures</source>
        <translation>Añadir también las &amp;escalas del archivo como medidas</translation>
    </message>
    <message>
        <source>Also add the file's scales as measures</source>
        <translation>Añadir también las escalas del archivo como medidas</translation>
    </message>
    <message>
        <source>Cancel, import nothing</source>
        <translation>Cancelar, no importar nada</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Preview what the file holds</source>
        <translation>Ver antes lo que contiene el archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import what the preview showed</source>
        <translation>Importar lo que mostró la vista previa</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elegir un archivo que importar</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Exportaciones (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Chosen file: %1</source>
        <translation>Archivo elegido: %1</translation>
    </message>
    <message>
        <source>Mood for “%1”, 0 to 10</source>
        <translation>Ánimo para «%1», de 0 a 10</translation>
    </message>
    <message>
        <source>Please choose a file first.</source>
        <translation>Elige primero un archivo, por favor.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Scales in the file: %1</source>
        <translation>Escalas del archivo: %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added, so your journal is as it was.</source>
        <translation>Detenido. No se añadió nada, así que tu diario está como estaba.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>This date is too far in the past or future for a calendar to hold.</source>
        <translation>Esta fecha está demasiado lejos en el pasado o en el futuro para un calendario.</translation>
    </message>
    <message>
        <source>This isn't a date in a form this app can read.</source>
        <translation>Esto no es una fecha en una forma que esta aplicación sepa leer.</translation>
    </message>
    <message>
        <source>This doesn't look like a Daylio export: a column is missing.</source>
        <translation>No parece una exportación de Daylio: falta una columna.</translation>
    </message>
    <message>
        <source>This day isn't in a Pixels layout this app knows (date with scores, mood or entries).</source>
        <translation>Este día no sigue ninguna estructura de Pixels que conozca esta aplicación (fecha con puntuaciones, ánimo o entradas).</translation>
    </message>
    <message>
        <source>Nothing new — everything in that file is already in your journal.</source>
        <translation>Nada nuevo: todo lo de ese archivo ya está en tu diario.</translation>
    </message>
    <message>
        <source>This file holds no entries to import, so nothing was added.</source>
        <translation>Este archivo no contiene nada que importar, así que no se añadió nada.</translation>
    </message>
    <message>
        <source>A row: skipped, it holds nothing to import</source>
        <translation>Una fila: omitida, no contiene nada que importar</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>How life has been going, drawn from your own check-ins. These charts show what tends to go together over time; they are not scores.</source>
        <translation>Cómo te ha ido la vida, a partir de tus propios registros. Estos gráficos muestran lo que suele ir junto con el tiempo; no son puntuaciones.</translation>
    </message>
    <message>
        <source>This chart can't be shown just now. Your check-ins are safe.</source>
        <translation>Este gráfico no se puede mostrar ahora mismo. Tus registros están a salvo.</translation>
    </message>
    <message>
        <source>This chart can't be drawn just now. Your check-ins are safe.</source>
        <translation>Este gráfico no se puede dibujar ahora mismo. Tus registros están a salvo.</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>Gráfico guardado como %1</translation>
    </message>
    <message>
        <source>Charts can be saved as .png, .svg or .pdf. Please pick one of those.</source>
        <translation>Los gráficos se pueden guardar como .png, .svg o .pdf. Elige uno de ellos, por favor.</translation>
    </message>
    <message>
        <source>The chart couldn't be saved there. Please try another folder.</source>
        <translation>No se pudo guardar el gráfico ahí. Prueba con otra carpeta.</translation>
    </message>
    <message>
        <source>Strength added</source>
        <translation>Fortaleza añadida</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Cambios guardados</translation>
    </message>
    <message>
        <source>That strength is no longer here.</source>
        <translation>Esa fortaleza ya no está aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s) added</source>
        <translation>
            <numerusform>%n fortaleza añadida</numerusform>
            <numerusform>%n fortalezas añadidas</numerusform>
        </translation>
    </message>
    <message>
        <source>0 is “%1”, 10 is “%2”</source>
        <translation>0 es «%1», 10 es «%2»</translation>
    </message>
    <message>
        <source>Leave blank</source>
        <translation>Dejar en blanco</translation>
    </message>
    <message>
        <source>Leave question %1 blank</source>
        <translation>Dejar en blanco la pregunta %1</translation>
    </message>
    <message>
        <source>Leave this question blank</source>
        <translation>Dejar esta pregunta en blanco</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Pregunta %1: %2</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Newest first. Enter opens the entry; Delete removes it.</source>
        <translation>Las más recientes primero. Intro abre la entrada; Supr la quita.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Start a new entry</source>
        <translation>Empezar una entrada nueva</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Empezar una entrada nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Borrar esta entrada</translation>
    </message>
    <message>
        <source>Add this entry to my hope box</source>
        <translation>Añadir esta entrada a mi caja de esperanza</translation>
    </message>
    <message>
        <source>Nothing found for those words. Fewer words, or the start of a word, may find more.</source>
        <translation>No se encontró nada con esas palabras. Con menos palabras, o el principio de una palabra, quizá encuentres más.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n entries match</source>
        <translation>
            <numerusform>Más de %n entrada coincide</numerusform>
            <numerusform>Más de %n entradas coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match</source>
        <translation>
            <numerusform>%n entrada coincide</numerusform>
            <numerusform>%n entradas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries in this period or with this tag.</source>
        <translation>No hay entradas en este periodo o con esta etiqueta.</translation>
    </message>
    <message>
        <source>Nothing written yet. Press Ctrl+N to start a page, whenever you like.</source>
        <translation>Aún no hay nada escrito. Pulsa Ctrl+N para empezar una página, cuando quieras.</translation>
    </message>
    <message>
        <source>A new page. It is kept as you write.</source>
        <translation>Una página nueva. Se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Couldn't save just now. Your words are still here; they'll be kept.</source>
        <translation>No se pudo guardar ahora mismo. Tus palabras siguen aquí; se conservarán.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Enter opens the entry.</source>
        <translation>Intro abre la entrada.</translation>
    </message>
    <message>
        <source>Write or open an entry first</source>
        <translation>Escribe o abre antes una entrada</translation>
    </message>
    <message>
        <source>Entry deleted. Undo, just below the list, or Ctrl+Z brings it back.</source>
        <translation>Entrada borrada. Deshacer, justo debajo de la lista, o Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Entry brought back</source>
        <translation>Entrada recuperada</translation>
    </message>
    <message>
        <source>That entry can no longer be brought back.</source>
        <translation>Esa entrada ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>Borrar entrada del diario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Takes effect when you next open the app.</source>
        <translation>Se aplicará la próxima vez que abras la aplicación.</translation>
    </message>
    <message>
        <source>Work &amp; meaningful activity</source>
        <translation>Trabajo y actividades con sentido</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Relationships &amp; family</source>
        <translation>Relaciones y familia</translation>
    </message>
    <message>
        <source>Friends &amp; social life</source>
        <translation>Amistades y vida social</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Spirituality &amp; faith</source>
        <translation>Espiritualidad y fe</translation>
    </message>
    <message>
        <source>Culture &amp; identity</source>
        <translation>Cultura e identidad</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Salud física</translation>
    </message>
    <message>
        <source>Emotional wellbeing</source>
        <translation>Bienestar emocional</translation>
    </message>
    <message>
        <source>Home &amp; money</source>
        <translation>Hogar y dinero</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Offer a life check every so many weeks</source>
        <translation>Ofrecer un repaso de vida cada ciertas semanas</translation>
    </message>
    <message>
        <source>Offer a life check on Today &amp;every</source>
        <translation>O&amp;frecer un repaso de vida en Hoy cada</translation>
    </message>
    <message>
        <source>A life check asks how satisfied you are with each part of your life, from 1 to 7, and what is going well. Today offers one only if you choose a number here, and it can always be put aside. You can take one at any time from Insights.</source>
        <translation>Un repaso de vida pregunta cuánta satisfacción te da cada parte de tu vida, del 1 al 7, y qué va bien. Hoy solo lo ofrece si eliges un número aquí, y siempre puedes dejarlo para otro momento. Puedes hacer uno cuando quieras desde Tendencias.</translation>
    </message>
    <message>
        <source>Life check questions</source>
        <translation>Preguntas del repaso de vida</translation>
    </message>
    <message>
        <source>Life check result</source>
        <translation>Resultado del repaso de vida</translation>
    </message>
    <message>
        <source>Save life check</source>
        <translation>Guardar repaso de vida</translation>
    </message>
    <message>
        <source>Save the life check</source>
        <translation>Guardar el repaso de vida</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Leave without saving anything</source>
        <translation>Salir sin guardar nada</translation>
    </message>
    <message>
        <source>See your last life check</source>
        <translation>Ver tu último repaso de vida</translation>
    </message>
    <message>
        <source>Close the life check</source>
        <translation>Cerrar el repaso de vida</translation>
    </message>
    <message>
        <source>Delete this life check</source>
        <translation>Borrar este repaso de vida</translation>
    </message>
    <message>
        <source>Delete this life check (Undo brings it back)</source>
        <translation>Borrar este repaso de vida (Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Bring the deleted life check back</source>
        <translation>Recuperar el repaso de vida borrado</translation>
    </message>
    <message>
        <source>How is each part of your life going?</source>
        <translation>¿Cómo va cada parte de tu vida?</translation>
    </message>
    <message>
        <source>For each part of your life, choose how satisfied you are with it now, from 1 (not at all) to 7 (completely), and note what is going well if you like. Skip any you want. These are our own questions, not a clinical or licensed questionnaire; the numbers are yours, never a grade.</source>
        <translation>Para cada parte de tu vida, elige cuánta satisfacción te da ahora, de 1 (nada) a 7 (del todo), y anota qué va bien si quieres. Sáltate las que quieras. Son preguntas nuestras, no un cuestionario clínico ni con licencia; los números son tuyos, nunca una nota.</translation>
    </message>
    <message>
        <source>Rate at least one part of life, or note what is going well, or choose Not now.</source>
        <translation>Valora al menos una parte de la vida, anota qué va bien o elige Ahora no.</translation>
    </message>
    <message>
        <source>Life check saved</source>
        <translation>Repaso de vida guardado</translation>
    </message>
    <message>
        <source>This life check is deleted. Undo brings it back.</source>
        <translation>Este repaso de vida está borrado. Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>The life check is back.</source>
        <translation>El repaso de vida ha vuelto.</translation>
    </message>
    <message>
        <source>A life check is here if you would like one: how each part of your life is going, in a few minutes.</source>
        <translation>Hay un repaso de vida aquí si te apetece: cómo va cada parte de tu vida, en unos minutos.</translation>
    </message>
    <message>
        <source>Take a life check</source>
        <translation>Hacer un repaso de vida</translation>
    </message>
    <message>
        <source>Take a life check now</source>
        <translation>Hacer un repaso de vida ahora</translation>
    </message>
    <message>
        <source>Put the life check offer aside</source>
        <translation>Dejar de lado el repaso de vida</translation>
    </message>
    <message>
        <source>Your life check as a wheel</source>
        <translation>Tu repaso de vida como una rueda</translation>
    </message>
    <message>
        <source>What is going well</source>
        <translation>Lo que va bien</translation>
    </message>
    <message>
        <source>Each area over time</source>
        <translation>Cada área a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Each life area's ratings over time</source>
        <translation>Las valoraciones de cada área de la vida a lo largo del tiempo</translation>
    </message>
    <message>
        <source>A smallest next step</source>
        <translation>Un paso siguiente muy pequeño</translation>
    </message>
    <message>
        <source>Taken on %1.</source>
        <translation>Hecho el %1.</translation>
    </message>
    <message>
        <source>Taken on %1, beside the one on %2.</source>
        <translation>Hecho el %1, junto al del %2.</translation>
    </message>
    <message>
        <source>One small chart per life area, with each life check's rating.</source>
        <translation>Un pequeño gráfico por área de la vida, con la valoración de cada repaso.</translation>
    </message>
    <message>
        <source>This chart couldn't be drawn just now. Your life check is saved.</source>
        <translation>Este gráfico no se pudo dibujar ahora. Tu repaso de vida está guardado.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A moment for a check-in, if you'd like one.</source>
        <translation>Un momento para un registro, si te apetece.</translation>
    </message>
    <message>
        <source>Your journal locked itself after a quiet while. Anything you were typing was kept safely and will be back when you unlock.</source>
        <translation>Tu diario se bloqueó solo tras un rato sin uso. Lo que estabas escribiendo se guardó a salvo y volverá cuando lo desbloquees.</translation>
    </message>
    <message>
        <source>Your journal is locked. Some text you were typing couldn't be kept as a draft; the rest of your journal is safe.</source>
        <translation>Tu diario está bloqueado. Parte del texto que escribías no se pudo guardar como borrador; el resto de tu diario está a salvo.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the journal now</source>
        <translation>Bloquear el diario ahora</translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>Bloquear el diario ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Helplines and your own numbers (F1)</source>
        <translation>Líneas de ayuda y tus propios números (F1)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>No hope right now</source>
        <translation>Sin esperanza ahora mismo</translation>
    </message>
    <message>
        <source>Very hopeful</source>
        <translation>Con mucha esperanza</translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation>Números enteros</translation>
    </message>
    <message>
        <source>Halves (0.5)</source>
        <translation>Medios (0,5)</translation>
    </message>
    <message>
        <source>Tenths (0.1)</source>
        <translation>Décimas (0,1)</translation>
    </message>
    <message>
        <source>e.g. Energy</source>
        <translation>p. ej., Energía</translation>
    </message>
    <message>
        <source>Name of a new measure</source>
        <translation>Nombre de una nueva medida</translation>
    </message>
    <message>
        <source>Steps of the new measure</source>
        <translation>Pasos de la nueva medida</translation>
    </message>
    <message>
        <source>Add the new measure</source>
        <translation>Añadir la nueva medida</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down change the order</source>
        <translation>Alt+Arriba y Alt+Abajo cambian el orden</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Arriba</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Abajo</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Name of the measure</source>
        <translation>Nombre de la medida</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Valor más bajo</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Valor más alto</translation>
    </message>
    <message>
        <source>Words for the low end</source>
        <translation>Palabras para el extremo bajo</translation>
    </message>
    <message>
        <source>e.g. Very low</source>
        <translation>p. ej., Muy bajo</translation>
    </message>
    <message>
        <source>Words for the high end</source>
        <translation>Palabras para el extremo alto</translation>
    </message>
    <message>
        <source>e.g. Very good</source>
        <translation>p. ej., Muy bien</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>L&amp;owest value</source>
        <translation>Valor más &amp;bajo</translation>
    </message>
    <message>
        <source>H&amp;ighest value</source>
        <translation>Valor más &amp;alto</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>Low &amp;end words</source>
        <translation>Palabras del extremo ba&amp;jo</translation>
    </message>
    <message>
        <source>High e&amp;nd words</source>
        <translation>Palabras del extremo a&amp;lto</translation>
    </message>
    <message>
        <source>New &amp;measure</source>
        <translation>Nue&amp;va medida</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Hide it instead</source>
        <translation>Ocultarla en su lugar</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Dejarla como está</translation>
    </message>
    <message>
        <source>%1 (%2 to %3</source>
        <translation>%1 (%2 a %3</translation>
    </message>
    <message>
        <source>in steps of %1</source>
        <translation>en pasos de %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Mood and hope are built in: they can be hidden, but not deleted.</source>
        <translation>El ánimo y la esperanza vienen incluidos: se pueden ocultar, pero no borrar.</translation>
    </message>
    <message>
        <source>Their range stays 0 to 10, so charts read them the same way.</source>
        <translation>Su rango sigue siendo de 0 a 10, para que los gráficos los lean igual.</translation>
    </message>
    <message>
        <source>The lowest value must be below the highest value.</source>
        <translation>El valor más bajo tiene que ser menor que el más alto.</translation>
    </message>
    <message>
        <source>Measure added</source>
        <translation>Medida añadida</translation>
    </message>
    <message>
        <source>“%1” has values in your check-ins, so it can't be deleted. Hiding it takes it off the check-in and keeps what you recorded.</source>
        <translation>«%1» tiene valores en tus registros, así que no se puede borrar. Ocultarla la quita del registro y conserva lo que anotaste.</translation>
    </message>
    <message>
        <source>Measure deleted</source>
        <translation>Medida borrada</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculta</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>If you like, pick one or two areas and write the smallest next step for each: something small enough to do this week. It goes into Goals.</source>
        <translation>Si quieres, elige una o dos áreas y escribe el paso siguiente más pequeño para cada una: algo tan pequeño que puedas hacerlo esta semana. Irá a Metas.</translation>
    </message>
    <message>
        <source>Life area for the next step</source>
        <translation>Área de la vida del siguiente paso</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>Á&amp;rea</translation>
    </message>
    <message>
        <source>Goal the step belongs to</source>
        <translation>Meta a la que pertenece el paso</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>Name of the new goal</source>
        <translation>Nombre de la meta nueva</translation>
    </message>
    <message>
        <source>New goal's &amp;name</source>
        <translation>&amp;Nombre de la meta nueva</translation>
    </message>
    <message>
        <source>For example: text Sam about a walk on Saturday</source>
        <translation>Por ejemplo: escribir a Sam para dar un paseo el sábado</translation>
    </message>
    <message>
        <source>The smallest next step</source>
        <translation>El paso siguiente más pequeño</translation>
    </message>
    <message>
        <source>Smallest next &amp;step</source>
        <translation>&amp;Paso siguiente más pequeño</translation>
    </message>
    <message>
        <source>Add to Goals</source>
        <translation>Añadir a Metas</translation>
    </message>
    <message>
        <source>Add the step to Goals</source>
        <translation>Añadir el paso a Metas</translation>
    </message>
    <message>
        <source>A new goal in %1</source>
        <translation>Una meta nueva en %1</translation>
    </message>
    <message>
        <source>Added to Goals under %1.</source>
        <translation>Añadido a Metas en %1.</translation>
    </message>
    <message>
        <source>Step added to Goals</source>
        <translation>Paso añadido a Metas</translation>
    </message>
    <message>
        <source>Add a number…</source>
        <translation>Añadir un número…</translation>
    </message>
    <message>
        <source>Add a number of your own</source>
        <translation>Añadir un número propio</translation>
    </message>
    <message>
        <source>No numbers of your own yet. You could add your GP, a local crisis team or a friend; Get help now shows them first.</source>
        <translation>Aún no tienes números propios. Podrías añadir a tu médico de cabecera, un equipo de crisis cercano o un amigo; Ayuda ahora los muestra primero.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Cambiar %s</translation>
    </message>
    <message>
        <source>Move %s up</source>
        <translation>Subir %s</translation>
    </message>
    <message>
        <source>Move %s down</source>
        <translation>Bajar %s</translation>
    </message>
    <message>
        <source>Remove %s</source>
        <translation>Quitar %s</translation>
    </message>
    <message>
        <source>in my crisis plan</source>
        <translation>en mi plan de crisis</translation>
    </message>
    <message>
        <source>please don't contact</source>
        <translation>por favor, no contactar</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mis personas</translation>
    </message>
    <message>
        <source>The people you choose to have on your side, in the order you like. You decide who appears in your crisis plan.</source>
        <translation>Las personas que eliges tener a tu lado, en el orden que quieras. Tú decides quién aparece en tu plan de crisis.</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Añadir una persona</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Añadir una persona (Ctrl+N)</translation>
    </message>
    <message>
        <source>No one here yet. Who helps you, even a little? A friend, someone in your family, a peer worker, your GP. Add them, and say how they help.</source>
        <translation>Aún no hay nadie. ¿Quién te ayuda, aunque sea un poco? Un amigo, alguien de tu familia, un compañero de apoyo, tu médico. Añádelos y di cómo te ayudan.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove this person (Delete)</source>
        <translation>Quitar a esta persona (Supr)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this person (Ctrl+S)</source>
        <translation>Guardar a esta persona (Ctrl+S)</translation>
    </message>
    <message>
        <source>About %s</source>
        <translation>Sobre %s</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Alguien nuevo</translation>
    </message>
    <message>
        <source>Removed from My people. Ctrl+Z brings them back.</source>
        <translation>Quitada de Mis personas. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Back in My people</source>
        <translation>De vuelta en Mis personas</translation>
    </message>
    <message>
        <source>That person can no longer be brought back.</source>
        <translation>Esa persona ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>Secciones del plan</translation>
    </message>
    <message>
        <source>Signs from my check-ins</source>
        <translation>Señales de mis registros</translation>
    </message>
    <message>
        <source>Treatments and supports</source>
        <translation>Tratamientos y apoyos</translation>
    </message>
    <message>
        <source>My wellness plan</source>
        <translation>Mi plan de bienestar</translation>
    </message>
    <message>
        <source>Your own plan for staying well and for hard times, in your words. Every save is kept, so you can look back.</source>
        <translation>Tu propio plan para mantenerte bien y para los momentos difíciles, con tus palabras. Cada vez que guardas se conserva, para que puedas mirar atrás.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back.</source>
        <translation>Tus cambios sin guardar han vuelto.</translation>
    </message>
    <message>
        <source>Nothing new to save</source>
        <translation>Nada nuevo que guardar</translation>
    </message>
    <message>
        <source>Saved: %s</source>
        <translation>Guardado: %s</translation>
    </message>
    <message>
        <source>Restored an earlier version</source>
        <translation>Se restauró una versión anterior</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n día seguido</numerusform>
            <numerusform>%n días seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation>%1 por debajo de %2</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 por encima de %2</translation>
    </message>
    <message>
        <source>%1 %2 or lower</source>
        <translation>%1 en %2 o menos</translation>
    </message>
    <message>
        <source>the tag “%1”</source>
        <translation>la etiqueta «%1»</translation>
    </message>
    <message>
        <source>%1 on %2 of the last %3</source>
        <translation>%1 en %2 de los últimos %3</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 durante %2</translation>
    </message>
    <message>
        <source>Your check-ins show %1 on %2 of the last %3.</source>
        <translation>Tus registros muestran %1 en %2 de los últimos %3.</translation>
    </message>
    <message>
        <source>Your latest check-in shows %1.</source>
        <translation>Tu último registro muestra %1.</translation>
    </message>
    <message>
        <source>Your check-ins show %1 for %2.</source>
        <translation>Tus registros muestran %1 durante %2.</translation>
    </message>
    <message>
        <source>Your plan has your own ideas for times like this.</source>
        <translation>Tu plan tiene tus propias ideas para momentos como este.</translation>
    </message>
    <message>
        <source>My safety plan, step by step</source>
        <translation>Mi plan de seguridad, paso a paso</translation>
    </message>
    <message>
        <source>Save this section (Ctrl+S)</source>
        <translation>Guardar esta sección (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save this section</source>
        <translation>Guardar esta sección</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Versiones anteriores…</translation>
    </message>
    <message>
        <source>Earlier versions of this section: view, compare and restore</source>
        <translation>Versiones anteriores de esta sección: ver, comparar y restaurar</translation>
    </message>
    <message>
        <source>Crisis card…</source>
        <translation>Tarjeta de crisis…</translation>
    </message>
    <message>
        <source>Make a one-page crisis card as a PDF</source>
        <translation>Crear una tarjeta de crisis de una página en PDF</translation>
    </message>
    <message>
        <source>Last changed %s.</source>
        <translation>Último cambio: %s.</translation>
    </message>
    <message>
        <source>Last looked at %s.</source>
        <translation>Última vez que lo miraste: %s.</translation>
    </message>
    <message>
        <source>Open my plan</source>
        <translation>Abrir mi plan</translation>
    </message>
    <message>
        <source>Open my plan at %s</source>
        <translation>Abrir mi plan en %s</translation>
    </message>
    <message>
        <source>Put this note aside</source>
        <translation>Dejar esta nota de lado</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Bloquear al bloquearse la pantalla o suspenderse el equipo</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Bloquear al minimizar la ventana</translation>
    </message>
    <message>
        <source>Show an icon in the notification area</source>
        <translation>Mostrar un icono en el área de notificación</translation>
    </message>
    <message>
        <source>Keep running in the notification area when the window is closed</source>
        <translation>Seguir en el área de notificación al cerrar la ventana</translation>
    </message>
    <message>
        <source>The icon offers Check in, Get help now and Lock, and the daily reminder also comes as a desktop notification: it only says it's time for a check-in, never anything you have written. Kept running there, the journal stays locked.</source>
        <translation>El icono ofrece Registrar, Ayuda ahora y Bloquear, y el recordatorio diario llega también como notificación del escritorio: solo dice que es hora de un registro, nunca nada de lo que has escrito. Mientras sigue ahí, el diario permanece bloqueado.</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so there is no icon and the daily reminder shows inside the window only, while it is open.</source>
        <translation>Este escritorio no tiene área de notificación, así que no hay icono y el recordatorio diario solo aparece dentro de la ventana, mientras está abierta.</translation>
    </message>
    <message>
        <source>Credit and licence</source>
        <translation>Autoría y licencia</translation>
    </message>
    <message>
        <source>Answer what you like: any question may be left blank. Nothing is kept until you choose Save, and nothing is ever sent anywhere.</source>
        <translation>Responde lo que quieras: puedes dejar cualquier pregunta en blanco. No se guarda nada hasta que eliges Guardar, y nunca se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Guardar mis respuestas</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Your answers are saved</source>
        <translation>Tus respuestas están guardadas</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Tu resultado</translation>
    </message>
    <message>
        <source>Close the questionnaire</source>
        <translation>Cerrar el cuestionario</translation>
    </message>
    <message>
        <source>A short questionnaire is here when you want it</source>
        <translation>Hay un cuestionario breve aquí cuando quieras</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Not now: hide this until tomorrow</source>
        <translation>Ahora no: ocultar hasta mañana</translation>
    </message>
    <message>
        <source>“%1” is ready, if you'd like to answer it. It takes a few minutes, and any question can be left blank.</source>
        <translation>«%1» está listo, si te apetece responderlo. Lleva unos minutos, y puedes dejar en blanco cualquier pregunta.</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Responder %1</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Well-known questionnaires you may answer now and then, for yourself, to notice change over time. None is on unless you switch it on; when one is due, Today offers it once, and “Not now” is always fine. Your answers stay in your journal.</source>
        <translation>Cuestionarios conocidos que puedes responder de vez en cuando, para ti, para notar los cambios con el tiempo. Ninguno está activo salvo que lo actives; cuando toca uno, Hoy lo ofrece una vez, y «Ahora no» siempre está bien. Tus respuestas se quedan en tu diario.</translation>
    </message>
    <message>
        <source>A strength I used today</source>
        <translation>Una fortaleza que usé hoy</translation>
    </message>
    <message>
        <source>Type or pick a strength and press Enter to log it for today. A new name is added to your strengths.</source>
        <translation>Escribe o elige una fortaleza y pulsa Intro para anotarla hoy. Un nombre nuevo se añade a tus fortalezas.</translation>
    </message>
    <message>
        <source>Type or pick one, then Enter</source>
        <translation>Escribe o elige una y pulsa Intro</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>Log this strength for today</source>
        <translation>Anotar esta fortaleza hoy</translation>
    </message>
    <message>
        <source>Type or pick a strength first.</source>
        <translation>Primero escribe o elige una fortaleza.</translation>
    </message>
    <message>
        <source>That strength could not be logged just now.</source>
        <translation>No se pudo anotar esa fortaleza ahora mismo.</translation>
    </message>
    <message>
        <source>Added to your strengths and logged for today. Ctrl+Z takes it back.</source>
        <translation>Añadida a tus fortalezas y anotada hoy. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Strength logged for today. Ctrl+Z takes it back.</source>
        <translation>Fortaleza anotada hoy. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Help where you are</source>
        <translation>Ayuda donde estás</translation>
    </message>
    <message>
        <source>Get help now and your crisis card show the helplines for this region. It is kept on this computer, outside your journal, so it works while the journal is locked.</source>
        <translation>Ayuda ahora y tu tarjeta de crisis muestran las líneas de ayuda de esta región. Se guarda en este equipo, fuera de tu diario, para que funcione aunque el diario esté bloqueado.</translation>
    </message>
    <message>
        <source>Helplines for %1 are included, checked in %2.</source>
        <translation>Se incluyen líneas de ayuda para %1, comprobadas en %2.</translation>
    </message>
    <message>
        <source>There is no list of helplines for %1 in the app yet. In an emergency, call %2. Numbers you add below are shown first in Get help now.</source>
        <translation>La aplicación aún no tiene una lista de líneas de ayuda para %1. En una emergencia, llama al %2. Los números que añadas abajo se muestran primero en Ayuda ahora.</translation>
    </message>
    <message>
        <source>There is no list of helplines for %1 in the app yet. In an emergency, call your local emergency number. Numbers you add below are shown first in Get help now.</source>
        <translation>La aplicación aún no tiene una lista de líneas de ayuda para %1. En una emergencia, llama al número de emergencias de tu zona. Los números que añadas abajo se muestran primero en Ayuda ahora.</translation>
    </message>
    <message>
        <source>Region for helplines</source>
        <translation>Región de las líneas de ayuda</translation>
    </message>
    <message>
        <source>Writing the accessible copy</source>
        <translation>Escribiendo la copia accesible</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Preparando las páginas</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Semana desde</translation>
    </message>
    <message>
        <source>Days with a value</source>
        <translation>Días con un valor</translation>
    </message>
    <message>
        <source>Check-ins in this period</source>
        <translation>Registros en este periodo</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mis fortalezas</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mis metas</translation>
    </message>
    <message>
        <source>The numbers behind the chart, shortened for paper.</source>
        <translation>Los números detrás del gráfico, abreviados para el papel.</translation>
    </message>
    <message>
        <source>The questionnaires’ questions and the names of their published ranges stay in English, as their authors published them.</source>
        <translation>Las preguntas de los cuestionarios y los nombres de sus rangos publicados se quedan en inglés, tal como los publicaron sus autores.</translation>
    </message>
    <message>
        <source>Notes written with check-ins are not included.</source>
        <translation>No se incluyen las notas escritas con los registros.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>My strengths inventory</source>
        <translation>Mi inventario de fortalezas</translation>
    </message>
    <message>
        <source>Each goal</source>
        <translation>Cada meta</translation>
    </message>
    <message>
        <source>(Nothing written here yet.)</source>
        <translation>(Aún no hay nada escrito aquí.)</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>In my crisis plan</source>
        <translation>En mi plan de crisis</translation>
    </message>
    <message>
        <source>Please don't contact</source>
        <translation>Por favor, no contactar</translation>
    </message>
    <message>
        <source>1 person I chose to list.</source>
        <translation>1 persona que elegí incluir.</translation>
    </message>
    <message>
        <source>Phone numbers and email addresses are not included.</source>
        <translation>No se incluyen números de teléfono ni direcciones de correo electrónico.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Only dates, titles and tags are shown; the text of the entries is not.</source>
        <translation>Solo se muestran fechas, títulos y etiquetas; el texto de las entradas no.</translation>
    </message>
    <message>
        <source>Pictures are not included.</source>
        <translation>No se incluyen las imágenes.</translation>
    </message>
    <message>
        <source>No numbers for this period.</source>
        <translation>No hay números para este periodo.</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Aún no hay nada aquí.</translation>
    </message>
    <message>
        <source>My recovery report</source>
        <translation>Mi informe de recuperación</translation>
    </message>
    <message>
        <source>I chose what is in this report. The numbers are my own check-ins, not scores or a diagnosis.</source>
        <translation>Yo elegí lo que contiene este informe. Los números son mis propios registros, no puntuaciones ni un diagnóstico.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Talking therapy</source>
        <translation>Terapia de conversación</translation>
    </message>
    <message>
        <source>Peer or self-help group</source>
        <translation>Grupo de apoyo mutuo o autoayuda</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Nothing in my log of treatments and supports yet.</source>
        <translation>Aún no hay nada en mi registro de tratamientos y apoyos.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Cualidad</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>What I'm like when I'm well</source>
        <translation>Cómo soy cuando estoy bien</translation>
    </message>
    <message>
        <source>My wellness toolbox</source>
        <translation>Mi caja de herramientas de bienestar</translation>
    </message>
    <message>
        <source>Daily maintenance</source>
        <translation>Lo que hago cada día</translation>
    </message>
    <message>
        <source>Triggers and what I'll do</source>
        <translation>Detonantes y qué haré</translation>
    </message>
    <message>
        <source>Early warning signs and what I'll do</source>
        <translation>Primeras señales de alerta y qué haré</translation>
    </message>
    <message>
        <source>When things are breaking down</source>
        <translation>Cuando las cosas se desmoronan</translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation>Plan de crisis</translation>
    </message>
    <message>
        <source>After a crisis</source>
        <translation>Después de una crisis</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring puts a backup in place of your journal as it is now. Your current journal is not deleted: it is kept aside, unchanged, next to the journal file, with today's date and time in its name. Afterwards you unlock the restored journal with the passphrase it had when the backup was made.</source>
        <translation>Restaurar pone una copia de seguridad en lugar de tu diario tal como está ahora. Tu diario actual no se borra: se guarda aparte, sin cambios, junto al archivo del diario, con la fecha y hora de hoy en su nombre. Después desbloqueas el diario restaurado con la frase de contraseña que tenía cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>Backups are changed with your passphrase, but some couldn't be, so they still open with an earlier passphrase. If your passphrase doesn't open one, try your previous one.</source>
        <translation>Las copias cambian con tu frase de contraseña, pero algunas no se pudieron cambiar y aún se abren con una frase anterior. Si tu frase no abre una, prueba con la anterior.</translation>
    </message>
    <message>
        <source>&amp;Backups made when the journal was closed:</source>
        <translation>&amp;Copias hechas al cerrar el diario:</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más recientes primero</translation>
    </message>
    <message>
        <source>No automatic backups yet. You can choose a file.</source>
        <translation>Aún no hay copias automáticas. Puedes elegir un archivo.</translation>
    </message>
    <message>
        <source>Choose a backup &amp;file…</source>
        <translation>Elegir un &amp;archivo de copia…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Check and &amp;restore</source>
        <translation>Comprobar y &amp;restaurar</translation>
    </message>
    <message>
        <source>Check the backup and restore it</source>
        <translation>Comprobar la copia y restaurarla</translation>
    </message>
    <message>
        <source>Cancel, keep the journal as it is</source>
        <translation>Cancelar y dejar el diario como está</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>Journal backups (*.vault);;All files (*)</source>
        <translation>Copias del diario (*.vault);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Please choose a backup first.</source>
        <translation>Elige primero una copia de seguridad, por favor.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Escribe la frase de contraseña de la copia, por favor.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Progress, from 0 to 100 percent</source>
        <translation>Progreso, de 0 a 100 por ciento</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota del repaso</translation>
    </message>
    <message>
        <source>How is it going? What has helped?</source>
        <translation>¿Cómo va? ¿Qué te ha ayudado?</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Añadir repaso</translation>
    </message>
    <message>
        <source>Add this review</source>
        <translation>Añadir este repaso</translation>
    </message>
    <message>
        <source>Review history, newest first</source>
        <translation>Repasos anteriores, los más recientes primero</translation>
    </message>
    <message>
        <source>Delete removes the selected review</source>
        <translation>Supr quita el repaso seleccionado</translation>
    </message>
    <message>
        <source>No reviews yet. Looking back now and then can show how far you've come.</source>
        <translation>Aún no hay repasos. Mirar atrás de vez en cuando puede mostrarte cuánto has avanzado.</translation>
    </message>
    <message>
        <source>Delete the selected review</source>
        <translation>Borrar el repaso seleccionado</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Earlier re&amp;views, newest first</source>
        <translation>Repa&amp;sos anteriores</translation>
    </message>
    <message>
        <source>Review added: %1 %</source>
        <translation>Repaso añadido: %1 %</translation>
    </message>
    <message>
        <source>Earlier versions: %s</source>
        <translation>Versiones anteriores: %s</translation>
    </message>
    <message>
        <source>Every time you save, the earlier text is kept here. Restoring a version saves it as the newest one, so nothing is lost.</source>
        <translation>Cada vez que guardas, el texto anterior se conserva aquí. Restaurar una versión la guarda como la más reciente, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation>Versiones guardadas, las más recientes primero</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>La versión elegida</translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation>Comparar con la actual</translation>
    </message>
    <message>
        <source>Show what changed between this version and the text now</source>
        <translation>Mostrar qué cambió entre esta versión y el texto actual</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <source>Restore the chosen version</source>
        <translation>Restaurar la versión elegida</translation>
    </message>
    <message>
        <source>Close earlier versions</source>
        <translation>Cerrar las versiones anteriores</translation>
    </message>
    <message>
        <source>%s (now)</source>
        <translation>%s (actual)</translation>
    </message>
    <message>
        <source>This version is the same as the text now.</source>
        <translation>Esta versión es igual que el texto actual.</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Guardado: %s</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Restored. The text before is kept as a version too.</source>
        <translation>Restaurada. El texto anterior también se conserva como versión.</translation>
    </message>
    <message>
        <source>If you like, the app can watch your own check-ins for signs you know, and show a gentle note on Today that opens your plan. It stays off until you add a sign; you can pause any of them. Nothing is ever sent anywhere.</source>
        <translation>Si quieres, la aplicación puede fijarse en tus registros por si aparecen señales que conoces, y mostrar una nota amable en Hoy que abre tu plan. Está desactivado hasta que añadas una señal; puedes pausar cualquiera. Nunca se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Show a note on Today when a sign is there</source>
        <translation>Mostrar una nota en Hoy cuando aparezca una señal</translation>
    </message>
    <message>
        <source>My signs</source>
        <translation>Mis señales</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or start the chosen sign</source>
        <translation>Pausar o reanudar la señal elegida</translation>
    </message>
    <message>
        <source>Remove the chosen sign</source>
        <translation>Quitar la señal elegida</translation>
    </message>
    <message>
        <source>Add a sign</source>
        <translation>Añadir una señal</translation>
    </message>
    <message>
        <source>Kind of sign</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>A measure below a number, days in a row</source>
        <translation>Una medida por debajo de un número, días seguidos</translation>
    </message>
    <message>
        <source>A measure above a number, days in a row</source>
        <translation>Una medida por encima de un número, días seguidos</translation>
    </message>
    <message>
        <source>A measure at or below a number, on some of the last days</source>
        <translation>Una medida en un número o menos, algunos de los últimos días</translation>
    </message>
    <message>
        <source>A tag, days in a row</source>
        <translation>Una etiqueta, días seguidos</translation>
    </message>
    <message>
        <source>For example: not eating</source>
        <translation>Por ejemplo: no comer</translation>
    </message>
    <message>
        <source>Out of the last how many days</source>
        <translation>De cuántos de los últimos días</translation>
    </message>
    <message>
        <source>Plan section the note opens</source>
        <translation>Sección del plan que abre la nota</translation>
    </message>
    <message>
        <source>Add this sign</source>
        <translation>Añadir esta señal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Of the last</source>
        <translation>De los últimos</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <source> → %s</source>
        <translation> → %s</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
    <message>
        <source>No signs yet. Add one below, if you'd like to.</source>
        <translation>Aún no hay señales. Añade una abajo, si quieres.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Sign added</source>
        <translation>Señal añadida</translation>
    </message>
    <message>
        <source>Started again</source>
        <translation>Retomado</translation>
    </message>
    <message>
        <source>Sign removed</source>
        <translation>Señal quitada</translation>
    </message>
    <message>
        <source>Notes on Today are on</source>
        <translation>Las notas en Hoy están activadas</translation>
    </message>
    <message>
        <source>Notes on Today are off</source>
        <translation>Las notas en Hoy están desactivadas</translation>
    </message>
    <message>
        <source>Thank you for answering that</source>
        <translation>Gracias por responder a eso</translation>
    </message>
    <message>
        <source>Thoughts of being better off dead, or of hurting yourself, can be a lot to carry, and you don't have to carry them alone. Your crisis plan, the people you chose and the helplines are open for you now, in their own window.</source>
        <translation>Pensar en morir o en hacerte daño puede ser una carga muy pesada, y no tienes que llevarla a solas. Tu plan de crisis, las personas que elegiste y las líneas de ayuda están abiertos para ti ahora, en su propia ventana.</translation>
    </message>
    <message>
        <source>Nothing has been saved and nothing is sent anywhere. You can go back to the questionnaire, or leave it for now.</source>
        <translation>No se ha guardado nada y no se envía nada a ningún sitio. Puedes volver al cuestionario o dejarlo por ahora.</translation>
    </message>
    <message>
        <source>Show my crisis plan and helplines</source>
        <translation>Mostrar mi plan de crisis y las líneas de ayuda</translation>
    </message>
    <message>
        <source>Show my crisis plan, my people and the helplines</source>
        <translation>Mostrar mi plan de crisis, mis personas y las líneas de ayuda</translation>
    </message>
    <message>
        <source>Back to the questionnaire</source>
        <translation>Volver al cuestionario</translation>
    </message>
    <message>
        <source>Leave it for now</source>
        <translation>Dejarlo por ahora</translation>
    </message>
    <message>
        <source>Leave the questionnaire without saving</source>
        <translation>Salir del cuestionario sin guardar</translation>
    </message>
    <message>
        <source>What I live for</source>
        <translation>Aquello por lo que vivo</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation>Señales de que las cosas se están poniendo difíciles</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Cosas que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Personas y lugares que me ayudan a despejarme</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <source>Professionals and services I can contact</source>
        <translation>Profesionales y servicios con los que puedo contactar</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Hacer que mi entorno sea más seguro</translation>
    </message>
    <message>
        <source>The people, hopes, plans and small things that matter to you. Keep them close.</source>
        <translation>Las personas, esperanzas, planes y pequeñas cosas que te importan. Tenlas cerca.</translation>
    </message>
    <message>
        <source>Thoughts, feelings or situations that tell you a hard time may be starting.</source>
        <translation>Pensamientos, sentimientos o situaciones que te avisan de que puede estar empezando un momento difícil.</translation>
    </message>
    <message>
        <source>Things you can do by yourself to feel a little calmer or to get through a moment.</source>
        <translation>Cosas que puedes hacer por tu cuenta para sentir un poco más de calma o para pasar un mal momento.</translation>
    </message>
    <message>
        <source>People to be with, or places to go, that help you think about something else.</source>
        <translation>Personas con quienes estar, o lugares a los que ir, que te ayudan a pensar en otra cosa.</translation>
    </message>
    <message>
        <source>People you trust to ask for help. You can pick from your People.</source>
        <translation>Personas de confianza a las que pedir ayuda. Puedes elegirlas de tus Personas.</translation>
    </message>
    <message>
        <source>Your doctor, a crisis team or a helpline. You can pick from your own numbers and the helplines for your region.</source>
        <translation>Tu médico, un equipo de crisis o una línea de ayuda. Puedes elegir entre tus propios números y las líneas de ayuda de tu región.</translation>
    </message>
    <message>
        <source>Ways to make where you are safer, perhaps with someone's help.</source>
        <translation>Formas de hacer más seguro el lugar donde estás, quizá con la ayuda de alguien.</translation>
    </message>
    <message>
        <source>Notes from before</source>
        <translation>Notas de antes</translation>
    </message>
    <message>
        <source>What you wrote here before the steps. It stays until you move it into a step or remove it yourself.</source>
        <translation>Lo que escribiste aquí antes de los pasos. Se queda hasta que lo pases a un paso o lo quites tú.</translation>
    </message>
    <message>
        <source>Nothing to choose yet: add people in People, and numbers in Settings</source>
        <translation>Aún no hay nada que elegir: añade personas en Personas y números en Ajustes</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Set back to “not set” (Delete on the scale)</source>
        <translation>Volver a «sin valor» (Supr en la escala)</translation>
    </message>
    <message>
        <source>%1. Arrow keys change it; Delete clears it.</source>
        <translation>%1. Las flechas lo cambian; Supr lo vacía.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Words, "a phrase in quotes" or the start of a word. Down arrow goes to the results, Enter opens the first, Escape clears.</source>
        <translation>Palabras, "una frase entre comillas" o el principio de una palabra. La flecha abajo va a los resultados, Intro abre el primero, Esc vacía la búsqueda.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Los últimos 30 días</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Entre fechas…</translation>
    </message>
    <message>
        <source>When it was written</source>
        <translation>Cuándo se escribió</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Más relevante</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Ordenar resultados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Best match first.</source>
        <translation>Lo más relevante primero.</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>Lo más reciente primero.</translation>
    </message>
    <message>
        <source>Oldest first.</source>
        <translation>Lo más antiguo primero.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Your journal is locked with your passphrase. Changing it re-encrypts your journal and its automatic backups, so they all open with the new one.</source>
        <translation>Tu diario está protegido con tu frase de contraseña. Al cambiarla se vuelven a cifrar tu diario y sus copias automáticas, para que todos se abran con la nueva.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Changes are saved as soon as you make them.</source>
        <translation>Los cambios se guardan en cuanto los haces.</translation>
    </message>
    <message>
        <source>What you rate in a check-in. Hidden measures keep their past values.</source>
        <translation>Lo que valoras en un registro. Las medidas ocultas conservan sus valores anteriores.</translation>
    </message>
    <message>
        <source>The words you can pick in a check-in. Hidden ones stay on past check-ins.</source>
        <translation>Las palabras que puedes elegir en un registro. Las ocultas se quedan en los registros pasados.</translation>
    </message>
    <message>
        <source>The parts of life your goals, strengths and tags can belong to.</source>
        <translation>Las partes de la vida a las que pueden pertenecer tus metas, fortalezas y etiquetas.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras unos minutos sin uso</translation>
    </message>
    <message>
        <source>Lock after this long without &amp;use</source>
        <translation>Bloquear tras este tiempo sin &amp;uso</translation>
    </message>
    <message>
        <source>0 turns automatic locking off. Ctrl+L locks at any time.</source>
        <translation>0 desactiva el bloqueo automático. Ctrl+L bloquea en cualquier momento.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Tamaño del texto en porcentaje</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <source>Call the window just “Journal” (for a computer others can see)</source>
        <translation>Llamar a la ventana solo «Diario» (para un equipo que otros pueden ver)</translation>
    </message>
    <message>
        <source>Neutral window title: Journal</source>
        <translation>Título neutro de la ventana: Diario</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <source>Remind me once a day to check in</source>
        <translation>Recordarme una vez al día que haga un registro</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>It comes as a desktop notification while the notification-area icon is on (see Privacy), even with the window closed to it, and inside the window while it is open.</source>
        <translation>Llega como notificación del escritorio mientras el icono del área de notificación esté activado (ver Privacidad), incluso con la ventana cerrada, y dentro de la ventana mientras esté abierta.</translation>
    </message>
    <message>
        <source>It shows inside the window, while Recovery Journal is open.</source>
        <translation>Aparece dentro de la ventana, mientras Recovery Journal está abierto.</translation>
    </message>
    <message>
        <source>At most once a day, it just says it's time for a check-in and never shows anything you have written.</source>
        <translation>Como mucho una vez al día, solo dice que es hora de un registro y nunca muestra nada de lo que has escrito.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Share a report</source>
        <translation>Compartir un informe</translation>
    </message>
    <message>
        <source>Choose the period and each part to include. Nothing else goes into the file.</source>
        <translation>Elige el periodo y cada parte que quieras incluir. No se incluye nada más en el archivo.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Add “Shared by me on %s” at the foot of each page</source>
        <translation>Añadir «Compartido por mí el %s» al pie de cada página</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Charts (each with its sentence and numbers)</source>
        <translation>Gráficos (cada uno con su frase y sus cifras)</translation>
    </message>
    <message>
        <source>Other parts</source>
        <translation>Otras partes</translation>
    </message>
    <message>
        <source>Include phone numbers and email addresses</source>
        <translation>Incluir números de teléfono y direcciones de correo</translation>
    </message>
    <message>
        <source>Include the text of journal entries</source>
        <translation>Incluir el texto de las entradas del diario</translation>
    </message>
    <message>
        <source>Include the pictures in my hope box</source>
        <translation>Incluir las imágenes de mi caja de esperanza</translation>
    </message>
    <message>
        <source>Press Preview to see the pages here.</source>
        <translation>Pulsa Vista previa para ver aquí las páginas.</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vista previa de las páginas</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who has the file can read it. Share it only with people you choose.</source>
        <translation>El PDF no está cifrado: cualquiera que tenga el archivo puede leerlo. Compártelo solo con quien tú elijas.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save an &amp;accessible copy (HTML)…</source>
        <translation>Guardar una copia &amp;accesible (HTML)…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message>
        <source>Choose at least one part to include.</source>
        <translation>Elige al menos una parte que incluir.</translation>
    </message>
    <message>
        <source>Saved an accessible copy as %s. It is not encrypted.</source>
        <translation>Se guardó una copia accesible como %s. No está cifrada.</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n page(s).</source>
        <translation>
            <numerusform>Vista previa lista: %n página.</numerusform>
            <numerusform>Vista previa lista: %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the report as %s. It is not encrypted.</source>
        <translation>Informe guardado como %s. No está cifrado.</translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation>Detenido. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The report couldn't be saved there (the disk may be full or the folder read-only). No file was left behind.</source>
        <translation>El informe no se pudo guardar ahí (puede que el disco esté lleno o la carpeta sea de solo lectura). No quedó ningún archivo a medias.</translation>
    </message>
    <message>
        <source>The report couldn't be made. No file was written.</source>
        <translation>No se pudo crear el informe. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Check-in summary table</source>
        <translation>Tabla resumen de los registros</translation>
    </message>
    <message>
        <source>Strengths: chart and inventory</source>
        <translation>Fortalezas: gráfico e inventario</translation>
    </message>
    <message>
        <source>Goals: chart and each goal</source>
        <translation>Metas: gráfico y cada meta</translation>
    </message>
    <message>
        <source>Journal entries (dates, titles and tags)</source>
        <translation>Entradas del diario (fechas, títulos y etiquetas)</translation>
    </message>
    <message>
        <source>Treatments and supports (the log, and its changes on the charts)</source>
        <translation>Tratamientos y apoyos (el registro y sus cambios en los gráficos)</translation>
    </message>
    <message>
        <source>My hope box (its words)</source>
        <translation>Mi caja de esperanza (sus palabras)</translation>
    </message>
    <message>
        <source>Ideas for strengths</source>
        <translation>Ideas de fortalezas</translation>
    </message>
    <message>
        <source>Tick any that feel like yours. Nothing is added until you choose; you can change or archive them later.</source>
        <translation>Marca las que sientas tuyas. No se añade nada hasta que lo decidas; puedes cambiarlas o archivarlas más tarde.</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected idea</source>
        <translation>Espacio marca o desmarca la idea seleccionada</translation>
    </message>
    <message>
        <source>Add the ones I ticked</source>
        <translation>Añadir las que marqué</translation>
    </message>
    <message>
        <source>Close without adding</source>
        <translation>Cerrar sin añadir</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Aún no has marcado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked.</source>
        <translation>
            <numerusform>%n marcada.</numerusform>
            <numerusform>%n marcadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (already yours)</source>
        <translation>%1 (ya es tuya)</translation>
    </message>
    <message>
        <source>Make active again</source>
        <translation>Volver a activar</translation>
    </message>
    <message>
        <source>Pause for now</source>
        <translation>Pausar por ahora</translation>
    </message>
    <message>
        <source>Mark as achieved</source>
        <translation>Marcar como logrado</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Dejarlo ir</translation>
    </message>
    <message>
        <source>Letting go of a goal is a choice, and it's yours to make.</source>
        <translation>Soltar una meta es una decisión, y te corresponde a ti.</translation>
    </message>
    <message>
        <source>Hide tip</source>
        <translation>Ocultar consejo</translation>
    </message>
    <message>
        <source>Hide the tip for: %1</source>
        <translation>Ocultar el consejo de: %1</translation>
    </message>
    <message>
        <source>F2 changes an item, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>F2 cambia un elemento, Supr lo quita, Alt+Arriba y Alt+Abajo lo mueven.</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Añadir a: %1</translation>
    </message>
    <message>
        <source>Type and press Enter to add</source>
        <translation>Escribe y pulsa Intro para añadir</translation>
    </message>
    <message>
        <source>Choose from mine…</source>
        <translation>Elegir de los míos…</translation>
    </message>
    <message>
        <source>Choose from your own people and numbers for: %1</source>
        <translation>Elegir entre tus personas y números para: %1</translation>
    </message>
    <message>
        <source>Move the chosen item up</source>
        <translation>Subir el elemento elegido</translation>
    </message>
    <message>
        <source>Move the chosen item down</source>
        <translation>Bajar el elemento elegido</translation>
    </message>
    <message>
        <source>Remove the chosen item</source>
        <translation>Quitar el elemento elegido</translation>
    </message>
    <message>
        <source>Moved to place %1 of %2</source>
        <translation>Movido al puesto %1 de %2</translation>
    </message>
    <message>
        <source>Removed from the list.</source>
        <translation>Quitado de la lista.</translation>
    </message>
    <message>
        <source>Space ticks a step off; Alt+Up and Alt+Down change the order; Delete removes it</source>
        <translation>Espacio marca un paso como hecho; Alt+Arriba y Alt+Abajo cambian el orden; Supr lo quita</translation>
    </message>
    <message>
        <source>No steps yet. What's one small thing you could do first?</source>
        <translation>Aún no hay pasos. ¿Qué cosa pequeña podrías hacer primero?</translation>
    </message>
    <message>
        <source>Tick off</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>Un pequeño paso siguiente</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Due date of the new step</source>
        <translation>Fecha prevista del paso nuevo</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Add the new step</source>
        <translation>Añadir el paso nuevo</translation>
    </message>
    <message>
        <source>New ste&amp;p</source>
        <translation>Paso nue&amp;vo</translation>
    </message>
    <message>
        <source>Step added</source>
        <translation>Paso añadido</translation>
    </message>
    <message>
        <source>Step moved to place %1</source>
        <translation>Paso movido al puesto %1</translation>
    </message>
    <message>
        <source>Step ticked off</source>
        <translation>Paso hecho</translation>
    </message>
    <message>
        <source>Step not done yet</source>
        <translation>Paso aún sin hacer</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún sin hacer</translation>
    </message>
    <message>
        <source>Mark the selected step as not done yet</source>
        <translation>Marcar el paso seleccionado como aún sin hacer</translation>
    </message>
    <message>
        <source>Tick off the selected step</source>
        <translation>Marcar como hecho el paso seleccionado</translation>
    </message>
    <message>
        <source> — by %1</source>
        <translation> — para el %1</translation>
    </message>
    <message>
        <source> — done</source>
        <translation> — hecho</translation>
    </message>
    <message>
        <source>Add a strength</source>
        <translation>Añadir una fortaleza</translation>
    </message>
    <message>
        <source>Change a strength</source>
        <translation>Cambiar una fortaleza</translation>
    </message>
    <message>
        <source>Name of the strength</source>
        <translation>Nombre de la fortaleza</translation>
    </message>
    <message>
        <source>For example: patience, cooking, my sister, the park</source>
        <translation>Por ejemplo: la paciencia, cocinar, mi hermana, el parque</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What it is, or how it helps you (optional)</source>
        <translation>Qué es, o cómo te ayuda (opcional)</translation>
    </message>
    <message>
        <source>Kind of strength</source>
        <translation>Tipo de fortaleza</translation>
    </message>
    <message>
        <source>No particular area</source>
        <translation>Ningún área en particular</translation>
    </message>
    <message>
        <source>Save strength</source>
        <translation>Guardar fortaleza</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Please give the strength a name.</source>
        <translation>Dale un nombre a la fortaleza, por favor.</translation>
    </message>
    <message>
        <source>Personal quality</source>
        <translation>Cualidad personal</translation>
    </message>
    <message>
        <source>the last 30 days</source>
        <translation>los últimos 30 días</translation>
    </message>
    <message>
        <source>the last 3 months</source>
        <translation>los últimos 3 meses</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>el último año</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>todo el tiempo</translation>
    </message>
    <message>
        <source>The qualities, skills, people, places and resources that help you, and the days they did.</source>
        <translation>Las cualidades, habilidades, personas, lugares y recursos que te ayudan, y los días en que lo hicieron.</translation>
    </message>
    <message>
        <source>Count uses in</source>
        <translation>Contar usos en</translation>
    </message>
    <message>
        <source>Count uses &amp;in</source>
        <translation>Contar usos &amp;en</translation>
    </message>
    <message>
        <source>Order strengths by</source>
        <translation>Ordenar fortalezas por</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Más usadas</translation>
    </message>
    <message>
        <source>&amp;Order by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivadas</translation>
    </message>
    <message>
        <source>Show archived strengths</source>
        <translation>Mostrar fortalezas archivadas</translation>
    </message>
    <message>
        <source>Your strengths</source>
        <translation>Tus fortalezas</translation>
    </message>
    <message>
        <source>What helps you get through a day? Add a strength, or pick from a few ideas.</source>
        <translation>¿Qué te ayuda a pasar el día? Añade una fortaleza o elige entre algunas ideas.</translation>
    </message>
    <message>
        <source>Enter changes the selected strength; Delete deletes it (Ctrl+Z brings it back)</source>
        <translation>Intro cambia la fortaleza seleccionada; Supr la borra (Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change the selected strength</source>
        <translation>Cambiar la fortaleza seleccionada</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Archive the selected strength</source>
        <translation>Archivar la fortaleza seleccionada</translation>
    </message>
    <message>
        <source>Hidden from lists; its history stays</source>
        <translation>Oculta en las listas; su historial se conserva</translation>
    </message>
    <message>
        <source>Delete the selected strength</source>
        <translation>Borrar la fortaleza seleccionada</translation>
    </message>
    <message>
        <source>Pick from ideas</source>
        <translation>Elegir entre ideas</translation>
    </message>
    <message>
        <source>Pick strengths from a list of ideas</source>
        <translation>Elegir fortalezas de una lista de ideas</translation>
    </message>
    <message>
        <source>Log a use</source>
        <translation>Anotar un uso</translation>
    </message>
    <message>
        <source>Once you have a strength, you can note here the days it helped.</source>
        <translation>Cuando tengas una fortaleza, podrás anotar aquí los días en que te ayudó.</translation>
    </message>
    <message>
        <source>Uses of your strengths</source>
        <translation>Usos de tus fortalezas</translation>
    </message>
    <message>
        <source>Enter changes the selected use; Delete deletes it (Ctrl+Z brings it back)</source>
        <translation>Intro cambia el uso seleccionado; Supr lo borra (Ctrl+Z lo recupera)</translation>
    </message>
    <message>
        <source>Change the selected use</source>
        <translation>Cambiar el uso seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected use</source>
        <translation>Borrar el uso seleccionado</translation>
    </message>
    <message>
        <source>Uses in %1 (%2)</source>
        <translation>Usos en %1 (%2)</translation>
    </message>
    <message>
        <source>No uses noted in %1. When a strength helps you, you can note it above.</source>
        <translation>No hay usos anotados en %1. Cuando una fortaleza te ayude, puedes anotarlo arriba.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Bring back the selected strength</source>
        <translation>Recuperar la fortaleza seleccionada</translation>
    </message>
    <message>
        <source>Back among your strengths</source>
        <translation>De vuelta entre tus fortalezas</translation>
    </message>
    <message>
        <source>Archived. Its history stays; Show archived brings it back into view.</source>
        <translation>Archivada. Su historial se conserva; Mostrar archivadas la vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Changing a logged use</source>
        <translation>Cambiando un uso anotado</translation>
    </message>
    <message>
        <source>You had started on a strength before the journal locked; it is kept. Add a strength (or Change) carries on with it.</source>
        <translation>Habías empezado una fortaleza antes de que el diario se bloqueara; se ha conservado. Añadir una fortaleza (o Cambiar) sigue con ella.</translation>
    </message>
    <message>
        <source>Strength deleted. Ctrl+Z brings it back.</source>
        <translation>Fortaleza borrada. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Strength brought back</source>
        <translation>Fortaleza recuperada</translation>
    </message>
    <message>
        <source>That strength can no longer be brought back.</source>
        <translation>Esa fortaleza ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Use deleted. Ctrl+Z brings it back.</source>
        <translation>Uso borrado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Use brought back</source>
        <translation>Uso recuperado</translation>
    </message>
    <message>
        <source>That use can no longer be brought back.</source>
        <translation>Ese uso ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Edit a support</source>
        <translation>Editar un apoyo</translation>
    </message>
    <message>
        <source>Add a support</source>
        <translation>Añadir un apoyo</translation>
    </message>
    <message>
        <source>What kind of support</source>
        <translation>Qué tipo de apoyo</translation>
    </message>
    <message>
        <source>Your own word for it</source>
        <translation>Cómo lo llamas tú</translation>
    </message>
    <message>
        <source>For example: gardening, yoga</source>
        <translation>Por ejemplo: jardinería, yoga</translation>
    </message>
    <message>
        <source>Dose, in your words</source>
        <translation>Dosis, con tus palabras</translation>
    </message>
    <message>
        <source>How often, in your words</source>
        <translation>Frecuencia, con tus palabras</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>I started on</source>
        <translation>Empecé el</translation>
    </message>
    <message>
        <source>Note the day I started</source>
        <translation>Anotar el día en que empecé</translation>
    </message>
    <message>
        <source>Day started</source>
        <translation>Día de inicio</translation>
    </message>
    <message>
        <source>Your word</source>
        <translation>Tu palabra</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Please give it a name.</source>
        <translation>Ponle un nombre, por favor.</translation>
    </message>
    <message>
        <source>Support set aside. Ctrl+Z brings it back.</source>
        <translation>Apoyo apartado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Support brought back</source>
        <translation>Apoyo recuperado</translation>
    </message>
    <message>
        <source>That support can no longer be brought back.</source>
        <translation>Ese apoyo ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Change set aside. Ctrl+Z brings it back.</source>
        <translation>Cambio apartado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Change brought back</source>
        <translation>Cambio recuperado</translation>
    </message>
    <message>
        <source>That change can no longer be brought back.</source>
        <translation>Ese cambio ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>A log you keep of what supports your recovery — medicines, talking therapies, groups, or anything else you name — and how each has changed over time. It is yours: nothing here is checked or judged, and you decide what goes in. Changes can show on your charts in Insights.</source>
        <translation>Un registro propio de lo que apoya tu recuperación —medicamentos, terapias de conversación, grupos o cualquier otra cosa que nombres— y de cómo ha cambiado cada uno con el tiempo. Es tuyo: aquí nada se revisa ni se juzga, y tú decides qué incluir. Los cambios pueden aparecer en tus gráficos de Tendencias.</translation>
    </message>
    <message>
        <source>Find in my supports</source>
        <translation>Buscar en mis apoyos</translation>
    </message>
    <message>
        <source>Find in names and notes</source>
        <translation>Buscar en nombres y notas</translation>
    </message>
    <message>
        <source>My supports</source>
        <translation>Mis apoyos</translation>
    </message>
    <message>
        <source>Nothing here yet. Add a support when you like: a medicine, a therapy, a group, a place or a person that helps.</source>
        <translation>Aún no hay nada aquí. Añade un apoyo cuando quieras: un medicamento, una terapia, un grupo, un lugar o una persona que te ayude.</translation>
    </message>
    <message>
        <source>Changes over time</source>
        <translation>Cambios a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Set this change aside</source>
        <translation>Apartar este cambio</translation>
    </message>
    <message>
        <source>Set the chosen change aside (a change recorded by mistake)</source>
        <translation>Apartar el cambio elegido (un cambio anotado por error)</translation>
    </message>
    <message>
        <source>Add a support…</source>
        <translation>Añadir un apoyo…</translation>
    </message>
    <message>
        <source>Record a change…</source>
        <translation>Anotar un cambio…</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Apartar</translation>
    </message>
    <message>
        <source>Edit this support</source>
        <translation>Editar este apoyo</translation>
    </message>
    <message>
        <source>Record a change in this support</source>
        <translation>Anotar un cambio en este apoyo</translation>
    </message>
    <message>
        <source>Set this support aside</source>
        <translation>Apartar este apoyo</translation>
    </message>
    <message>
        <source>Nothing in your supports matches that.</source>
        <translation>Nada en tus apoyos coincide con eso.</translation>
    </message>
    <message>
        <source>Changes over time: %1</source>
        <translation>Cambios a lo largo del tiempo: %1</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Aún no hay cambios anotados.</translation>
    </message>
    <message>
        <source>Support added</source>
        <translation>Apoyo añadido</translation>
    </message>
    <message>
        <source>Support saved</source>
        <translation>Apoyo guardado</translation>
    </message>
    <message>
        <source>Change recorded</source>
        <translation>Cambio anotado</translation>
    </message>
    <message>
        <source>Set aside a support</source>
        <translation>Apartar un apoyo</translation>
    </message>
    <message>
        <source>Set aside a change in a support</source>
        <translation>Apartar un cambio en un apoyo</translation>
    </message>
    <message>
        <source>Add a tag, then Enter</source>
        <translation>Añade una etiqueta y pulsa Intro</translation>
    </message>
    <message>
        <source>Activities, people or places. Enter or a comma adds the tag; Backspace in the empty field removes the last one; Left reaches the tags.</source>
        <translation>Actividades, personas o lugares. Intro o una coma añade la etiqueta; Retroceso en el campo vacío quita la última; Izquierda llega a las etiquetas.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>No tags yet. They appear here once you add one to a check-in.</source>
        <translation>Aún no hay etiquetas. Aparecen aquí en cuanto añades una a un registro.</translation>
    </message>
    <message>
        <source>Kind of tag</source>
        <translation>Tipo de etiqueta</translation>
    </message>
    <message>
        <source>Life area of the tag</source>
        <translation>Área de la vida de la etiqueta</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>¿Cómo estás ahora mismo?</translation>
    </message>
    <message>
        <source>Everything here is optional. Save what you like, or skip.</source>
        <translation>Todo aquí es opcional. Guarda lo que quieras, u omítelo.</translation>
    </message>
    <message>
        <source>Anything you'd like to remember about now</source>
        <translation>Algo que te gustaría recordar de este momento</translation>
    </message>
    <message>
        <source>Date and time of this check-in</source>
        <translation>Fecha y hora de este registro</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>Poner la hora actual</translation>
    </message>
    <message>
        <source>Check-in saved</source>
        <translation>Registro guardado</translation>
    </message>
    <message>
        <source>That check-in is no longer here.</source>
        <translation>Ese registro ya no está aquí.</translation>
    </message>
    <message>
        <source>Left unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skipped. Nothing was saved.</source>
        <translation>Omitido. No se guardó nada.</translation>
    </message>
    <message>
        <source>Editing %1</source>
        <translation>Editando %1</translation>
    </message>
    <message>
        <source>Check-in deleted. Ctrl+Z brings it back.</source>
        <translation>Registro borrado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Check-in restored</source>
        <translation>Registro recuperado</translation>
    </message>
    <message>
        <source>That check-in can no longer be brought back.</source>
        <translation>Ese registro ya no se puede recuperar.</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Borrar registro</translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation>Tu diario está bloqueado</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation>Desbloquear el diario</translation>
    </message>
    <message>
        <source>Open a different journal…</source>
        <translation>Abrir otro diario…</translation>
    </message>
    <message>
        <source>Open a different journal file</source>
        <translation>Abrir otro archivo de diario</translation>
    </message>
    <message>
        <source>Create a new journal…</source>
        <translation>Crear un diario nuevo…</translation>
    </message>
    <message>
        <source>Create a new journal</source>
        <translation>Crear un diario nuevo</translation>
    </message>
    <message>
        <source>Journal file: %s</source>
        <translation>Archivo del diario: %s</translation>
    </message>
    <message>
        <source>Something unexpected got in the way of opening the journal. Nothing was changed. Please try again.</source>
        <translation>Algo inesperado impidió abrir el diario. No se cambió nada. Inténtalo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Which strength</source>
        <translation>Qué fortaleza</translation>
    </message>
    <message>
        <source>Day you used it</source>
        <translation>Día en que la usaste</translation>
    </message>
    <message>
        <source>Note about this use</source>
        <translation>Nota sobre este uso</translation>
    </message>
    <message>
        <source>What you did, or how it helped (optional)</source>
        <translation>Qué hiciste, o cómo te ayudó (opcional)</translation>
    </message>
    <message>
        <source>Save use</source>
        <translation>Guardar uso</translation>
    </message>
    <message>
        <source>Save this use</source>
        <translation>Guardar este uso</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;Fortaleza</translation>
    </message>
    <message>
        <source>D&amp;ay</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>Changing the use of %1. Save keeps the changes; Cancel leaves it as it was.</source>
        <translation>Cambiando el uso de %1. Guardar conserva los cambios; Cancelar lo deja como estaba.</translation>
    </message>
    <message>
        <source>Please choose a strength first.</source>
        <translation>Elige primero una fortaleza, por favor.</translation>
    </message>
    <message>
        <source>Use logged</source>
        <translation>Uso anotado</translation>
    </message>
    <message>
        <source>That is no longer here; it may have been deleted.</source>
        <translation>Eso ya no está aquí; puede que se haya borrado.</translation>
    </message>
    <message>
        <source>Your journal locked itself when the screen locked or the computer went to sleep. Anything you were typing was kept safely and will be back when you unlock.</source>
        <translation>Tu diario se bloqueó solo al bloquearse la pantalla o suspenderse el equipo. Lo que estabas escribiendo se guardó a salvo y volverá cuando lo desbloquees.</translation>
    </message>
    <message>
        <source>Your journal locked itself when its window was minimised. Anything you were typing was kept safely and will be back when you unlock.</source>
        <translation>Tu diario se bloqueó solo al minimizar su ventana. Lo que estabas escribiendo se guardó a salvo y volverá cuando lo desbloquees.</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Recovery Journal</source>
        <translation>Te damos la bienvenida a Recovery Journal</translation>
    </message>
    <message>
        <source>A private place to notice how you are doing, the strengths you use and the goals you choose, at your own pace. Nothing here is required.</source>
        <translation>Un lugar privado para darte cuenta de cómo estás, de las fortalezas que usas y de las metas que eliges, a tu propio ritmo. Nada aquí es obligatorio.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in one encrypted file. Nothing is sent anywhere.</source>
        <translation>Todo se queda en este equipo, en un único archivo cifrado. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Your journal is locked with a passphrase that only you know. If it is forgotten, nobody can recover it, so please keep it somewhere safe.</source>
        <translation>Tu diario se protege con una frase de contraseña que solo tú conoces. Si se olvida, nadie puede recuperarla, así que guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>Open an existing journal file…</source>
        <translation>Abrir un archivo de diario existente…</translation>
    </message>
    <message>
        <source>Open an existing journal file</source>
        <translation>Abrir un archivo de diario existente</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>a bit low</source>
        <translation>algo bajo</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <source>fairly low</source>
        <translation>bastante bajo</translation>
    </message>
    <message>
        <source>in the middle</source>
        <translation>en el medio</translation>
    </message>
    <message>
        <source>fairly high</source>
        <translation>bastante alto</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin valor</translation>
    </message>
    <message>
        <source>Your words in “%1” as numbers from %2 to %3</source>
        <translation>Tus palabras de «%1» como números del %2 al %3</translation>
    </message>
    <message>
        <source>Number for “%1”</source>
        <translation>Número para «%1»</translation>
    </message>
    <message>
        <source>Show in lists and suggestions</source>
        <translation>Mostrar en listas y sugerencias</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This period (%1)</source>
        <translation>Este periodo (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %n day(s) before (%1)</source>
        <translation>
            <numerusform>El día anterior (%1)</numerusform>
            <numerusform>Los %n días anteriores (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n día)</numerusform>
            <numerusform>%1 (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>No tag was used on %1 or more days with a check-in in this period yet.</source>
        <translation>Aún no hay ninguna etiqueta usada en %1 días o más con registro en este periodo.</translation>
    </message>
    <message>
        <source>%1 of %2 tags are shown; the table has all of them.</source>
        <translation>Se muestran %1 de %2 etiquetas; la tabla las tiene todas.</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <source>No check-ins with a %1 value in this year yet.</source>
        <translation>Aún no hay registros con un valor de %1 en este año.</translation>
    </message>
    <message>
        <source>Check-ins naming it (with average mood and hope there, from %1 on)</source>
        <translation>Registros que lo nombran (con la media de ánimo y esperanza en ellos, a partir de %1)</translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation>ánimo %1</translation>
    </message>
    <message>
        <source>hope %1</source>
        <translation>esperanza %1</translation>
    </message>
    <message>
        <source>%1 → %2%</source>
        <translation>%1 → %2 %</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1% ×%2</source>
        <translation>%1 % ×%2</translation>
    </message>
    <message>
        <source>The %1 goals reviewed most recently; the table has all %2.</source>
        <translation>Las %1 metas repasadas más recientemente; la tabla tiene las %2.</translation>
    </message>
    <message>
        <source>This life check (%1)</source>
        <translation>Este repaso de vida (%1)</translation>
    </message>
    <message>
        <source>Last time (%1)</source>
        <translation>La vez anterior (%1)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Average before: %1</source>
        <translation>Media antes: %1</translation>
    </message>
    <message>
        <source>Average after: %1</source>
        <translation>Media después: %1</translation>
    </message>
    <message>
        <source>first %1, %2</source>
        <translation>primera vez con %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Usual range over %n day(s)</source>
        <translation>
            <numerusform>Rango habitual en %n día</numerusform>
            <numerusform>Rango habitual en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-day average</source>
        <translation>Media de %1 días</translation>
    </message>
    <message>
        <source>No feelings named in a check-in %1 yet.</source>
        <translation>Aún no hay sentimientos nombrados en un registro %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) %1 named a feeling. Most often: %2.</source>
        <translation>
            <numerusform>%n registro %1 nombró un sentimiento. Los más frecuentes: %2.</numerusform>
            <numerusform>%n registros %1 nombraron un sentimiento. Los más frecuentes: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>In check-ins naming %1, mood averaged %2, against %3 over the whole period.</source>
        <translation>En los registros que nombran %1, el ánimo tuvo una media de %2, frente a %3 en todo el periodo.</translation>
    </message>
    <message>
        <source>In check-ins naming %1, mood averaged %2, against %3 over the whole period, and hope %4.</source>
        <translation>En los registros que nombran %1, el ánimo tuvo una media de %2, frente a %3 en todo el periodo, y la esperanza, de %4.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Rated for the first time: %1.</source>
        <translation>Valoradas por primera vez: %1.</translation>
    </message>
    <message>
        <source>Your first life check. Rated highest (%1 of %2): %3.</source>
        <translation>Tu primer repaso de vida. Lo mejor valorado (%1 de %2): %3.</translation>
    </message>
    <message>
        <source>Grown since last time: %1.</source>
        <translation>Han crecido desde la última vez: %1.</translation>
    </message>
    <message>
        <source>Grown: %1.</source>
        <translation>Han crecido: %1.</translation>
    </message>
    <message>
        <source>The same as last time: %1.</source>
        <translation>Igual que la última vez: %1.</translation>
    </message>
    <message>
        <source>The same: %1.</source>
        <translation>Igual: %1.</translation>
    </message>
    <message>
        <source>Lower than last time: %1.</source>
        <translation>Por debajo de la última vez: %1.</translation>
    </message>
    <message>
        <source>Lower: %1.</source>
        <translation>Por debajo: %1.</translation>
    </message>
    <message>
        <source>%1: your latest total is %2 of %3 (%4)</source>
        <translation>%1: tu último total es %2 de %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1: answered %n time(s); each question is shown on its own.</source>
        <translation>
            <numerusform>%1: respondido %n vez; cada pregunta se muestra por separado.</numerusform>
            <numerusform>%1: respondido %n veces; cada pregunta se muestra por separado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: answered %n time(s), each with a question left blank, so there is no total to show.</source>
        <translation>
            <numerusform>%1: respondido %n vez, con una pregunta en blanco, así que no hay total que mostrar.</numerusform>
            <numerusform>%1: respondido %n veces, cada una con una pregunta en blanco, así que no hay total que mostrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>, in the range published as %1</source>
        <translation>, en el rango publicado como %1</translation>
    </message>
    <message>
        <source>; the same as on %1</source>
        <translation>; igual que el %1</translation>
    </message>
    <message>
        <source>; %1 higher than on %2</source>
        <translation>; %1 más que el %2</translation>
    </message>
    <message>
        <source>; %1 lower than on %2</source>
        <translation>; %1 menos que el %2</translation>
    </message>
    <message>
        <source>%1 times with a question left blank have no total.</source>
        <translation>%1 veces con una pregunta en blanco no tienen total.</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>, down from %1 in the %n day(s) before</source>
        <translation>
            <numerusform>, por debajo de %1 el día anterior</numerusform>
            <numerusform>, por debajo de %1 en los %n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mood averaged %1 %2%3; your hope averaged %4.</source>
        <translation>Tu ánimo tuvo una media de %1 %2%3; tu esperanza, de %4.</translation>
    </message>
    <message>
        <source>your %1 averaged %2</source>
        <translation>tu %1 tuvo una media de %2</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n day(s) have a %3 value, averaging %4; grey squares are days without one.</source>
        <translation>
            <numerusform>%1, %2 de %n día tiene un valor de %3, con una media de %4; los cuadrados grises son días sin él.</numerusform>
            <numerusform>%1, %2 de %n días tienen un valor de %3, con una media de %4; los cuadrados grises son días sin él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on the %n day(s) without</source>
        <translation>
            <numerusform>%1 el día sin ella</numerusform>
            <numerusform>%1 en los %n días sin ella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mood averaged %1 on the %n day(s) with %2 and %3; %4</source>
        <translation>
            <numerusform>Tu ánimo tuvo una media de %1 el día con %2 y %3; %4</numerusform>
            <numerusform>Tu ánimo tuvo una media de %1 en los %n días con %2 y %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Your %1 %2; %3.</source>
        <translation>Tu %1: %2; %3.</translation>
    </message>
    <message>
        <source>The tag %1 hasn't been used yet, so there is nothing to compare.</source>
        <translation>Aún no has usado la etiqueta %1, así que no hay nada que comparar.</translation>
    </message>
    <message numerus="yes">
        <source>You noted using a strength %n time(s) %1, most often %2 (%3).</source>
        <translation>
            <numerusform>Anotaste el uso de una fortaleza %n vez %1, sobre todo %2 (%3).</numerusform>
            <numerusform>Anotaste el uso de una fortaleza %n veces %1, sobre todo %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>You marked %1 done and noted %2 %3.</source>
        <translation>Hiciste %1 y anotaste %2 %3.</translation>
    </message>
    <message>
        <source>%1 (%2 of the %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message numerus="yes">
        <source>Most of your activity %1 was in %2; the %n day(s) before have nothing linked to a life area.</source>
        <translation>
            <numerusform>La mayor parte de tu actividad %1 fue en %2; el día anterior no tiene nada vinculado a un área de la vida.</numerusform>
            <numerusform>La mayor parte de tu actividad %1 fue en %2; los %n días anteriores no tienen nada vinculado a un área de la vida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the same as in the %n day(s) before</source>
        <translation>
            <numerusform>, igual que el día anterior</numerusform>
            <numerusform>, igual que en los %n días anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, up from %1 in the %n day(s) before</source>
        <translation>
            <numerusform>, por encima de %1 el día anterior</numerusform>
            <numerusform>, por encima de %1 en los %n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hope averaged %1 %2%3.</source>
        <translation>Tu esperanza tuvo una media de %1 %2%3.</translation>
    </message>
    <message>
        <source>Your mood averaged %1 %2%3.</source>
        <translation>Tu ánimo tuvo una media de %1 %2%3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more measure(s) below)</source>
        <translation>
            <numerusform>%1 (y %n medida más abajo)</numerusform>
            <numerusform>%1 (y %n medidas más abajo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) have a %2 value, averaging %3; grey squares are days without one.</source>
        <translation>
            <numerusform>%1 de %n día tiene un valor de %2, con una media de %3; los cuadrados grises son días sin él.</numerusform>
            <numerusform>%1 de %n días tienen un valor de %2, con una media de %3; los cuadrados grises son días sin él.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tag was used on %1 or more days with a check-in in this period yet, so there is nothing to compare.</source>
        <translation>En este periodo aún no hay ninguna etiqueta usada en %1 o más días con registro, así que no hay nada que comparar.</translation>
    </message>
    <message numerus="yes">
        <source>Your hope averaged %1 on the %n day(s) with %2 and %3; %4</source>
        <translation>
            <numerusform>Tu esperanza tuvo una media de %1 el día con %2 y %3; %4</numerusform>
            <numerusform>Tu esperanza tuvo una media de %1 en los %n días con %2 y %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>you first used %1 (%2)</source>
        <translation>día en que usaste %1 por primera vez (%2)</translation>
    </message>
    <message numerus="yes">
        <source>No check-ins with a %1 value yet in the %n day(s) either side of %2.</source>
        <translation>
            <numerusform>Aún no hay registros con un valor de %1 en el día a cada lado del %2.</numerusform>
            <numerusform>Aún no hay registros con un valor de %1 en los %n días a cada lado del %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>averaged %1 in the %n day(s) before %2 (%3 with a check-in)</source>
        <translation>
            <numerusform>media de %1 el día antes del %2 (%3 con registro)</numerusform>
            <numerusform>media de %1 en los %n días antes del %2 (%3 con registro)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>had no check-ins in the %n day(s) before %1</source>
        <translation>
            <numerusform>sin registros el día antes del %1</numerusform>
            <numerusform>sin registros en los %n días antes del %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the %n day(s) from then on (%2 with a check-in)</source>
        <translation>
            <numerusform>%1 desde ese día (%2 con registro)</numerusform>
            <numerusform>%1 en los %n días desde entonces (%2 con registro)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there are no check-ins yet in the %n day(s) from then on</source>
        <translation>
            <numerusform>aún no hay registros desde ese día</numerusform>
            <numerusform>aún no hay registros en los %n días desde entonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Your %1 %2 and %3.</source>
        <translation>Tu %1: %2 y %3.</translation>
    </message>
    <message numerus="yes">
        <source>You marked %n goal step(s) done %1.</source>
        <translation>
            <numerusform>Marcaste %n paso de meta como hecho %1.</numerusform>
            <numerusform>Marcaste %n pasos de metas como hechos %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You noted %n goal review(s) %1; no steps were marked done in this time.</source>
        <translation>
            <numerusform>Anotaste %n repaso de meta %1; en este tiempo no marcaste pasos como hechos.</numerusform>
            <numerusform>Anotaste %n repasos de metas %1; en este tiempo no marcaste pasos como hechos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal step(s)</source>
        <translation>
            <numerusform>%n paso de meta</numerusform>
            <numerusform>%n pasos de metas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal review(s)</source>
        <translation>
            <numerusform>%n repaso de meta</numerusform>
            <numerusform>%n repasos de metas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of the %3 things you linked to a life area)</source>
        <translation>%1 (%2 de las %3 cosas que vinculaste a un área de la vida)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing linked to a life area in this period yet; in the %n day(s) before, most was in %1.</source>
        <translation>
            <numerusform>Aún no hay nada vinculado a un área de la vida en este periodo; el día anterior, la mayor parte fue en %1.</numerusform>
            <numerusform>Aún no hay nada vinculado a un área de la vida en este periodo; en los %n días anteriores, la mayor parte fue en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most of your activity %1 was in %2, and in the %n day(s) before in %3.</source>
        <translation>
            <numerusform>La mayor parte de tu actividad %1 fue en %2, y el día anterior, en %3.</numerusform>
            <numerusform>La mayor parte de tu actividad %1 fue en %2, y en los %n días anteriores, en %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Empezaste %1</translation>
    </message>
    <message>
        <source>Changes in your supports: %1.</source>
        <translation>Cambios en tus apoyos: %1.</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Cambiaste %1</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>Pausaste %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Started again %1</source>
        <translation>Retomaste %1</translation>
    </message>
    <message>
        <source>Let go of %1</source>
        <translation>Dejaste %1</translation>
    </message>
    <message>
        <source>Noted effects of %1</source>
        <translation>Anotaste efectos de %1</translation>
    </message>
    <message>
        <source>Before: %1 to %2</source>
        <translation>Antes: %1 a %2</translation>
    </message>
    <message>
        <source>After: %1 to %2</source>
        <translation>Después: %1 a %2</translation>
    </message>
    <message>
        <source>This period: %1 to %2</source>
        <translation>Este periodo: %1 a %2</translation>
    </message>
    <message>
        <source>%1 average</source>
        <translation>%1 (media)</translation>
    </message>
    <message>
        <source>%1: %2-day average</source>
        <translation>%1: media de %2 días</translation>
    </message>
    <message>
        <source>%1: lowest–highest that day</source>
        <translation>%1: más bajo–más alto ese día</translation>
    </message>
    <message>
        <source>%1 of 7 (%2)</source>
        <translation>%1 de 7 (%2)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Row %1: skipped, the same as row %2</source>
        <translation>Fila %1: omitida, igual que la fila %2</translation>
    </message>
    <message>
        <source>%1 (no number)</source>
        <translation>%1 (sin número)</translation>
    </message>
    <message>
        <source>Row %1, column "%2": %3</source>
        <translation>Fila %1, columna «%2»: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>column "%1": %2</source>
        <translation>Columna «%1»: %2</translation>
    </message>
    <message>
        <source>A row: skipped, the same as row %1</source>
        <translation>Una fila: omitida, igual que la fila %1</translation>
    </message>
    <message>
        <source>Row %1: skipped, it holds nothing to import</source>
        <translation>Fila %1: omitida, no contiene nada que importar</translation>
    </message>
    <message>
        <source>My crisis card</source>
        <translation>Mi tarjeta de crisis</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Hecha el %1.</translation>
    </message>
    <message>
        <source>Helplines (%1)</source>
        <translation>Líneas de ayuda (%1)</translation>
    </message>
    <message>
        <source>What keeps me going</source>
        <translation>Lo que me ayuda a seguir</translation>
    </message>
    <message>
        <source>My own numbers</source>
        <translation>Mis propios números</translation>
    </message>
    <message>
        <source>Help in %1</source>
        <translation>Ayuda en %1</translation>
    </message>
    <message>
        <source>In an emergency call %1.</source>
        <translation>En una emergencia, llama al %1.</translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation>Mi plan de crisis</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Líneas de ayuda</translation>
    </message>
    <message>
        <source>In an emergency call your local emergency number.</source>
        <translation>En una emergencia, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>%1 (average)</source>
        <translation>%1 (media)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in this period.</source>
        <translation>
            <numerusform>%n entrada en este periodo.</numerusform>
            <numerusform>%n entradas en este periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared by me on %1</source>
        <translation>Compartido por mí el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people I chose to list.</source>
        <translation>
            <numerusform>%n persona que elegí incluir.</numerusform>
            <numerusform>%n personas que elegí incluir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) on %1 of %2.</source>
        <translation>
            <numerusform>%n registro en %1 de %2.</numerusform>
            <numerusform>%n registros en %1 de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Helps with: %1</source>
        <translation>Me ayuda con: %1</translation>
    </message>
    <message>
        <source>Involved at: %1</source>
        <translation>Participa en: %1</translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>Pasos: %1 de %2 hechos</translation>
    </message>
    <message>
        <source>Last review: %1% on %2</source>
        <translation>Última revisión: %1 % el %2</translation>
    </message>
    <message>
        <source>Hoping for: %1</source>
        <translation>Me gustaría lograrla para: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · used %n time(s) in this period</source>
        <translation>
            <numerusform>%1 · usada %n vez en este periodo</numerusform>
            <numerusform>%1 · usada %n veces en este periodo</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing “%1”</source>
        <translation>Dibujando «%1»</translation>
    </message>
    <message>
        <source>That file isn't a picture this app can keep.</source>
        <translation>Ese archivo no es una imagen que esta aplicación pueda guardar.</translation>
    </message>
    <message>
        <source>That picture is too big to open safely.</source>
        <translation>Esa imagen es demasiado grande para abrirla con seguridad.</translation>
    </message>
    <message>
        <source>That picture couldn't be opened.</source>
        <translation>No se pudo abrir esa imagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept in my log. Changes in this period are listed under each; they are also marked on the charts over time.</source>
        <translation>
            <numerusform>%n en mi registro. Los cambios de este periodo aparecen debajo; también están marcados en los gráficos a lo largo del tiempo.</numerusform>
            <numerusform>%n en mi registro. Los cambios de este periodo aparecen debajo de cada uno; también están marcados en los gráficos a lo largo del tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <source>Journal backups (*.vault)</source>
        <translation>Copias del diario (*.vault)</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it had when it was made.</source>
        <translation>La copia se restauró. Desbloquéala con la frase de contraseña que tenía cuando se hizo.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Deleting the journal…</source>
        <translation>Borrando el diario…</translation>
    </message>
    <message>
        <source>A backup can't replace the journal itself. Choose another name.</source>
        <translation>Una copia no puede sustituir al propio diario. Elige otro nombre.</translation>
    </message>
    <message>
        <source>Backup saved and checked. It opens with your current passphrase.</source>
        <translation>Copia de seguridad guardada y comprobada. Se abre con tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Your previous journal was kept, whole, as %1.</source>
        <translation>Tu diario anterior se conservó, completo, como %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>No se escribe nada hasta que elijas Importar.</translation>
    </message>
    <message>
        <source>This file holds: %1.</source>
        <translation>Este archivo contiene: %1.</translation>
    </message>
    <message>
        <source>Added from %1: %2.</source>
        <translation>Añadido desde %1: %2.</translation>
    </message>
    <message>
        <source>New, to be added: %1.</source>
        <translation>Nuevo, se añadirá: %1.</translation>
    </message>
    <message>
        <source>Already in your journal, so not added again: %1.</source>
        <translation>Ya está en tu diario, así que no se añade otra vez: %1.</translation>
    </message>
    <message>
        <source>Skipped, as the same as an earlier row of the file: %1.</source>
        <translation>Omitido, por ser igual que una fila anterior del archivo: %1.</translation>
    </message>
    <message>
        <source>The file also holds Daylio scales (%1). They are left out unless you choose to add them as measures.</source>
        <translation>El archivo también contiene escalas de Daylio (%1). Se dejan fuera salvo que elijas añadirlas como medidas.</translation>
    </message>
    <message>
        <source>New feeling words for your list: %1.</source>
        <translation>Palabras de sentimiento nuevas para tu lista: %1.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Del %1 al %2.</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Aún no hay pasos</translation>
    </message>
    <message>
        <source>Every step is done</source>
        <translation>Todos los pasos están hechos</translation>
    </message>
    <message>
        <source>progress %1 %</source>
        <translation>progreso %1 %</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>A good day's check-in</source>
        <translation>El registro de un buen día</translation>
    </message>
    <message>
        <source>A journal entry</source>
        <translation>Una entrada del diario</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Share a report…</source>
        <translation>&amp;Compartir un informe…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>&amp;Delete everything…</source>
        <translation>Borrar &amp;todo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>&amp;Ayuda ahora</translation>
    </message>
    <message>
        <source>&amp;Crisis card…</source>
        <translation>&amp;Tarjeta de crisis…</translation>
    </message>
    <message>
        <source>My &amp;hope box…</source>
        <translation>Mi caja de &amp;esperanza…</translation>
    </message>
    <message>
        <source>G&amp;uide</source>
        <translation>G&amp;uía</translation>
    </message>
    <message>
        <source>&amp;About Recovery Journal</source>
        <translation>&amp;Acerca de Recovery Journal</translation>
    </message>
    <message>
        <source>When in my plan they are involved</source>
        <translation>En qué parte de mi plan participan</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>For example: friend, sister, GP</source>
        <translation>Por ejemplo: amiga, hermana, médico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>What they help with</source>
        <translation>En qué ayudan</translation>
    </message>
    <message>
        <source>For example: a walk and a talk, lifts, feeding the cat</source>
        <translation>Por ejemplo: un paseo y una charla, llevarme en coche, dar de comer al gato</translation>
    </message>
    <message>
        <source>Show them in my crisis plan</source>
        <translation>Mostrarla en mi plan de crisis</translation>
    </message>
    <message>
        <source>They then appear in Get help now and on the crisis card, unless you ask that they not be contacted.</source>
        <translation>Entonces aparecen en Ayuda ahora y en la tarjeta de crisis, salvo que pidas que no se les contacte.</translation>
    </message>
    <message>
        <source>Please don't contact them</source>
        <translation>Por favor, no contactar</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relación</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>What they &amp;help with</source>
        <translation>En qué a&amp;yudan</translation>
    </message>
    <message>
        <source>Involved at: %s</source>
        <translation>Participa en: %s</translation>
    </message>
    <message>
        <source>How you are when you're well: what you do, how you feel, what other people notice.</source>
        <translation>Cómo eres cuando estás bien: lo que haces, cómo te sientes, lo que notan los demás.</translation>
    </message>
    <message>
        <source>Things that help you stay well or feel better, big or small. One per line; start a line with - to make a list.</source>
        <translation>Cosas que te ayudan a mantenerte bien o a sentirte mejor, grandes o pequeñas. Una por línea; empieza una línea con - para hacer una lista.</translation>
    </message>
    <message>
        <source>What you do every day, or most days, to stay well.</source>
        <translation>Lo que haces cada día, o casi todos los días, para mantenerte bien.</translation>
    </message>
    <message>
        <source>Things that can knock you off balance, and what you'll do if they happen.</source>
        <translation>Cosas que pueden desequilibrarte, y qué harás si ocurren.</translation>
    </message>
    <message>
        <source>Small changes that tell you things may be getting harder, and what you'll do then. The app can also watch your check-ins for some of these, if you like: see "Signs from my check-ins".</source>
        <translation>Pequeños cambios que te avisan de que las cosas pueden estar poniéndose más difíciles, y qué harás entonces. Si quieres, la app también puede fijarse en algunos de ellos en tus registros: mira «Señales de mis registros».</translation>
    </message>
    <message>
        <source>Signs that things are getting much harder, and what you'll do, or ask others to do, then.</source>
        <translation>Señales de que las cosas se están poniendo mucho más difíciles, y qué harás entonces, o qué pedirás a otras personas que hagan.</translation>
    </message>
    <message>
        <source>For the people who help when you can't. You might write about:
- signs that others need to step in
- who you want involved, and who not
- what helps and what doesn't
- treatments and places you prefer, or want to avoid</source>
        <translation>Para las personas que te ayudan cuando tú no puedes. Podrías escribir sobre:
- señales de que otras personas deben intervenir
- a quién quieres a tu lado, y a quién no
- lo que ayuda y lo que no
- tratamientos y lugares que prefieres, o que quieres evitar</translation>
    </message>
    <message>
        <source>How you'd like to recover afterwards, and what to look at again when you're ready.</source>
        <translation>Cómo te gustaría recuperarte después, y qué revisar de nuevo cuando te sientas con fuerzas.</translation>
    </message>
    <message>
        <source>This is not a diagnosis. It is a way for you to notice change over time, and something you may choose to talk over with someone you trust.</source>
        <translation>Esto no es un diagnóstico. Es una forma de notar cambios con el tiempo, y algo que puedes elegir hablar con alguien de confianza.</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 preguntas</translation>
    </message>
    <message>
        <source>Your total is %1 of %2.</source>
        <translation>Tu total es %1 de %2.</translation>
    </message>
    <message>
        <source>%1 — you chose %2 (ONS calls this “%3”).</source>
        <translation>%1 — elegiste %2 (la ONS lo llama «%3»).</translation>
    </message>
    <message>
        <source>You left %1 blank.</source>
        <translation>Dejaste en blanco %1.</translation>
    </message>
    <message>
        <source>%1 publishes these ranges: %2. Yours is in the range it calls “%3”.</source>
        <translation>%1 publica estos rangos: %2. El tuyo está en el rango que llama «%3».</translation>
    </message>
    <message>
        <source>You left %1 blank, so there is no total this time: %2 is only added up when every question is answered. Your answers are kept as you gave them.</source>
        <translation>Dejaste en blanco %1, así que esta vez no hay total: %2 solo se suma cuando se responden todas las preguntas. Tus respuestas se guardan tal como las diste.</translation>
    </message>
    <message>
        <source>Go to Today</source>
        <translation>Ir a Hoy</translation>
    </message>
    <message>
        <source>Go to Today for a check-in</source>
        <translation>Ir a Hoy para un registro</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>Cerrar el recordatorio</translation>
    </message>
    <message>
        <source>Your passphrase is changed, and your journal opened with the new one. Use it from now on.</source>
        <translation>Tu frase de contraseña ha cambiado y tu diario se abrió con la nueva. Úsala a partir de ahora.</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>la copia de seguridad del %1</translation>
    </message>
    <message>
        <source>Your backup was changed with it, so it opens with your new passphrase too.</source>
        <translation>Tu copia de seguridad cambió con ella, así que también se abre con tu nueva frase.</translation>
    </message>
    <message>
        <source>a copy kept beside your journal (%1)</source>
        <translation>una copia guardada junto a tu diario (%1)</translation>
    </message>
    <message>
        <source>These couldn't be changed and were left exactly as they were, so they still need the passphrase they had before (most likely your previous one): %1.</source>
        <translation>Estas no se pudieron cambiar y se dejaron tal como estaban, así que aún necesitan la frase que tenían antes (seguramente la anterior): %1.</translation>
    </message>
    <message>
        <source>Your %1 backups were changed with it, so they open with your new passphrase too.</source>
        <translation>Tus %1 copias de seguridad cambiaron con ella, así que también se abren con tu nueva frase.</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivada)</translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation>Nota y etiquetas</translation>
    </message>
    <message>
        <source>no life area</source>
        <translation>sin área de la vida</translation>
    </message>
    <message>
        <source>not in this period</source>
        <translation>no en este periodo</translation>
    </message>
    <message>
        <source>no note or tags</source>
        <translation>sin nota ni etiquetas</translation>
    </message>
    <message>
        <source>Delete strength</source>
        <translation>Borrar fortaleza</translation>
    </message>
    <message>
        <source>Delete a logged use</source>
        <translation>Borrar un uso anotado</translation>
    </message>
    <message>
        <source>Log a strength used today</source>
        <translation>Anotar una fortaleza usada hoy</translation>
    </message>
    <message>
        <source>Use logged again</source>
        <translation>Uso anotado de nuevo</translation>
    </message>
    <message>
        <source>Taken back: that use is no longer logged.</source>
        <translation>Deshecho: ese uso ya no está anotado.</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Talking therapies</source>
        <translation>Terapias de conversación</translation>
    </message>
    <message>
        <source>Peer and self-help groups</source>
        <translation>Grupos de apoyo mutuo y autoayuda</translation>
    </message>
    <message>
        <source>Other supports</source>
        <translation>Otros apoyos</translation>
    </message>
    <message>
        <source>A medicine</source>
        <translation>Un medicamento</translation>
    </message>
    <message>
        <source>A talking therapy</source>
        <translation>Una terapia de conversación</translation>
    </message>
    <message>
        <source>A peer or self-help group</source>
        <translation>Un grupo de apoyo mutuo o autoayuda</translation>
    </message>
    <message>
        <source>Something else (name it)</source>
        <translation>Otra cosa (ponle nombre)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Note on effects</source>
        <translation>Nota sobre los efectos</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>dejado ir</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1: %2, el %3</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
    <message>
        <source>Feeling %1</source>
        <translation>Sentimiento: %1</translation>
    </message>
    <message>
        <source>Choose Check in from its icon to come back, or Quit to close it completely. You can change this in Settings, under Privacy.</source>
        <translation>Elige Registrar en su icono para volver, o Salir para cerrarlo del todo. Puedes cambiarlo en Ajustes, en Privacidad.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>{title} is still running in the notification area, locked.</source>
        <translation>{title} sigue funcionando en el área de notificación, bloqueado.</translation>
    </message>
    <message>
        <source>--install-desktop-entry and --uninstall-desktop-entry go without a command. See 'recovery-journal --help'.</source>
        <translation>--install-desktop-entry y --uninstall-desktop-entry van sin ningún comando. Consulta «recovery-journal --help».</translation>
    </message>
    <message>
        <source>Recovery Journal was taken out of your app menu.</source>
        <translation>Recovery Journal se quitó de tu menú de aplicaciones.</translation>
    </message>
    <message>
        <source>Recovery Journal wasn't in your app menu, so nothing was removed.</source>
        <translation>Recovery Journal no estaba en tu menú de aplicaciones, así que no se quitó nada.</translation>
    </message>
    <message>
        <source>Recovery Journal is now in your app menu (its files are under {folder}).</source>
        <translation>Recovery Journal ya está en tu menú de aplicaciones (sus archivos están en {folder}).</translation>
    </message>
    <message>
        <source>The app menu entry couldn't be changed under {folder} (the folder may be read-only or the disk full).</source>
        <translation>No se pudo cambiar la entrada del menú de aplicaciones en {folder} (puede que la carpeta sea de solo lectura o que el disco esté lleno).</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>The folder for the new journal doesn't exist.</source>
        <translation>La carpeta para el diario nuevo no existe.</translation>
    </message>
    <message>
        <source>this computer account may not write there</source>
        <translation>puede que esta cuenta del ordenador no tenga permiso para escribir ahí</translation>
    </message>
    <message>
        <source>the disk or folder refused it</source>
        <translation>el disco o la carpeta lo rechazó</translation>
    </message>
    <message>
        <source>the journal file (default: your usual journal, shown below)</source>
        <translation>el archivo del diario (por defecto: tu diario habitual, que se muestra abajo)</translation>
    </message>
    <message>
        <source>the journal file</source>
        <translation>el archivo del diario</translation>
    </message>
    <message>
        <source>{path} couldn't be written: {why}. Nothing was left there; any earlier file at that place was kept as it was.</source>
        <translation>No se pudo escribir {path}: {why}. No quedó nada ahí; cualquier archivo anterior en ese lugar se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a journal file.</source>
        <translation>{path} es una carpeta, no un archivo de diario.</translation>
    </message>
    <message>
        <source>There is no journal file at {path}.</source>
        <translation>No hay ningún archivo de diario en {path}.</translation>
    </message>
    <message>
        <source>--out names {path}, which is the journal itself or one of its own side files (-wal, -shm, -journal); nothing was written.</source>
        <translation>--out indica {path}, que es el propio diario o uno de sus archivos auxiliares (-wal, -shm, -journal); no se escribió nada.</translation>
    </message>
    <message>
        <source>--out names {path}, but {why}; nothing was written.</source>
        <translation>--out indica {path}, pero {why}; no se escribió nada.</translation>
    </message>
    <message>
        <source>The folder for --out ({folder}) doesn't exist; nothing was written.</source>
        <translation>La carpeta de --out ({folder}) no existe; no se escribió nada.</translation>
    </message>
    <message>
        <source>Backup written and checked. It opens with the journal's current passphrase.</source>
        <translation>Copia de seguridad escrita y comprobada. Se abre con la frase de contraseña actual del diario.</translation>
    </message>
    <message>
        <source>write a verified encrypted backup of a journal</source>
        <translation>escribir una copia de seguridad cifrada y comprobada de un diario</translation>
    </message>
    <message>
        <source>Write an encrypted copy of a journal to a new file. The copy is written under a temporary name, checked (both integrity checks and the number of rows in every table), synced to disk and only then given its name. It opens with the same passphrase as the journal.</source>
        <translation>Escribe una copia cifrada de un diario en un archivo nuevo. La copia se escribe con un nombre temporal, se comprueba (las dos comprobaciones de integridad y el número de filas de cada tabla), se guarda en el disco y solo entonces recibe su nombre. Se abre con la misma frase de contraseña que el diario.</translation>
    </message>
    <message>
        <source>where to write the backup (a new file; it keeps the journal's passphrase)</source>
        <translation>dónde escribir la copia de seguridad (un archivo nuevo; conserva la frase de contraseña del diario)</translation>
    </message>
    <message>
        <source>A file already exists at --out, so no backup was written.</source>
        <translation>Ya existe un archivo en --out, así que no se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose a new file name; the existing file was left as it is.</source>
        <translation>Elige un nombre de archivo nuevo; el archivo existente se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>That --pivot-tag hasn't been used in this journal yet, so there is no day to compare around and no file was written. Check its spelling, or give --pivot-date instead.</source>
        <translation>Esa --pivot-tag aún no se ha usado en este diario, así que no hay ningún día en torno al cual comparar y no se escribió ningún archivo. Revisa cómo está escrita, o indica --pivot-date en su lugar.</translation>
    </message>
    <message>
        <source>save one chart as a PNG, SVG or PDF file</source>
        <translation>guardar un gráfico como archivo PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Unlock a journal and save one chart of a period to FILE, in the format its extension names (.png at 300 dpi, .svg or .pdf). Charts: {charts}. The chart's title and period are drawn above it (--no-title leaves them off); the file holds no metadata but that title, and is written whole or not at all.</source>
        <translation>Desbloquea un diario y guarda un gráfico de un periodo en FILE, en el formato que indica su extensión (.png a 300 ppp, .svg o .pdf). Gráficos: {charts}. El título y el periodo del gráfico se dibujan encima (--no-title los deja fuera); el archivo no guarda más metadatos que ese título, y se escribe entero o no se escribe.</translation>
    </message>
    <message>
        <source>the file to write; .png (300 dpi), .svg or .pdf</source>
        <translation>el archivo que se escribe; .png (300 ppp), .svg o .pdf</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>último día (por defecto: hoy)</translation>
    </message>
    <message>
        <source>the measure to show (mood, hope, or one you added, like sleep_hours); repeat it for several in the measures chart (default: mood for calendar and before-after, every measure in use for measures)</source>
        <translation>la medida que se muestra (mood, hope o una que hayas añadido, como sleep_hours); repítela para ver varias en el gráfico measures (por defecto: mood para calendar y before-after, todas las medidas en uso para measures)</translation>
    </message>
    <message>
        <source>before-after: compare the days before and from this day (default: the last --days days up to --to, against the --days days before them)</source>
        <translation>before-after: comparar los días anteriores a este día con los que empiezan en él (por defecto: los últimos --days días hasta --to, frente a los --days días anteriores)</translation>
    </message>
    <message>
        <source>before-after: compare around the first day this tag was used (a tag never used is an error)</source>
        <translation>before-after: comparar en torno al primer día en que se usó esta etiqueta (la etiqueta tiene que haberse usado alguna vez)</translation>
    </message>
    <message>
        <source>before-after: how many days on each side (default: %(default)s)</source>
        <translation>before-after: cuántos días a cada lado (por defecto: %(default)s)</translation>
    </message>
    <message>
        <source>colours (default: %(default)s)</source>
        <translation>colores (por defecto: %(default)s)</translation>
    </message>
    <message>
        <source>the title shown above the chart and kept in the file (default: the chart's name and period); nothing else about you or this app is written into it</source>
        <translation>el título que se muestra encima del gráfico y se guarda en el archivo (por defecto: el nombre y el periodo del gráfico); no se escribe en él nada más sobre ti ni sobre esta aplicación</translation>
    </message>
    <message>
        <source>leave the title and period off the image (a --title is still kept in the file)</source>
        <translation>dejar el título y el periodo fuera de la imagen (un --title se sigue guardando en el archivo)</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>La fecha de --from es posterior a la de --to.</translation>
    </message>
    <message>
        <source>The --out file must end in .png, .svg or .pdf.</source>
        <translation>El archivo de --out debe terminar en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>The --out path is a folder; give a file name ending in .png, .svg or .pdf.</source>
        <translation>La ruta de --out es una carpeta; indica un nombre de archivo que termine en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source> ({start} to {end})</source>
        <translation> (del {start} al {end})</translation>
    </message>
    <message>
        <source>Saved the chart “{title}”{period} to {path}.</source>
        <translation>Se guardó el gráfico «{title}»{period} en {path}.</translation>
    </message>
    <message>
        <source> ({before} to {before_end} against {after_start} to {after_end})</source>
        <translation> (del {before} al {before_end} frente al {after_start} al {after_end})</translation>
    </message>
    <message>
        <source>'{text}' is not a whole number of days above 0</source>
        <translation>«{text}» no es un número entero de días mayor que 0</translation>
    </message>
    <message>
        <source>which chart, one of: {charts}</source>
        <translation>qué gráfico, uno de: {charts}</translation>
    </message>
    <message>
        <source>first day, like 2025-03-04 (default: the {days} days ending on --to; for calendar a year, the {year} days ending on --to; before-after uses --days instead)</source>
        <translation>primer día, como 2025-03-04 (por defecto: los {days} días que terminan en --to; para calendar, un año: los {year} días que terminan en --to; before-after usa --days en su lugar)</translation>
    </message>
    <message>
        <source>'{text}' is not a date like 2025-03-04</source>
        <translation>«{text}» no es una fecha como 2025-03-04</translation>
    </message>
    <message>
        <source>{problem} See 'recovery-journal chart --help'.</source>
        <translation>{problem} Consulta «recovery-journal chart --help».</translation>
    </message>
    <message>
        <source>Both integrity checks passed: this journal is sound.</source>
        <translation>Las dos comprobaciones de integridad han ido bien: este diario está en buen estado.</translation>
    </message>
    <message>
        <source>check a journal's integrity</source>
        <translation>comprobar la integridad de un diario</translation>
    </message>
    <message>
        <source>Unlock a journal and run both integrity checks (SQLCipher's page check and SQLite's structure check). Nothing is changed unless the journal needs an update to this version, which is made after a verified backup.</source>
        <translation>Desbloquea un diario y ejecuta las dos comprobaciones de integridad (la comprobación de páginas de SQLCipher y la de estructura de SQLite). No se cambia nada, salvo que el diario necesite actualizarse a esta versión, lo que se hace después de una copia de seguridad comprobada.</translation>
    </message>
    <message>
        <source>create a journal filled with an invented year, to try the app</source>
        <translation>crear un diario lleno de un año inventado, para probar la aplicación</translation>
    </message>
    <message>
        <source>Create a new journal at PATH filled with a year of invented check-ins, journal entries, strengths, goals, a wellness plan and supporters, ending today. Everything in it is made up; it is meant for trying the app and its charts.</source>
        <translation>Crea un diario nuevo en PATH lleno de un año de registros, entradas del diario, fortalezas, metas, un plan de bienestar y personas de apoyo inventados, que termina hoy. Todo lo que contiene es inventado; sirve para probar la aplicación y sus gráficos.</translation>
    </message>
    <message>
        <source>the new journal file</source>
        <translation>el archivo del diario nuevo</translation>
    </message>
    <message>
        <source>another number gives another invented year (default: %(default)s)</source>
        <translation>otro número da otro año inventado (por defecto: %(default)s)</translation>
    </message>
    <message>
        <source>Created a demo journal with a year of invented entries at {path}.</source>
        <translation>Se creó un diario de demostración con un año de entradas inventadas en {path}.</translation>
    </message>
    <message>
        <source>write everything in a journal to a JSON file or a zip of CSV files</source>
        <translation>escribir todo lo de un diario en un archivo JSON o en un zip de archivos CSV</translation>
    </message>
    <message>
        <source>Write everything in a journal (check-ins, journal entries, strengths, goals, the wellness plan, supporters, helplines, settings) to an open format: one JSON file described in docs/export-format.md, or a zip with one CSV file per kind of record. The file is written whole or not at all and only you can read it (mode 0600), but it is NOT encrypted: anyone who gets the file can read it.</source>
        <translation>Escribe todo lo que hay en un diario (registros, entradas del diario, fortalezas, metas, el plan de bienestar, personas de apoyo, líneas de ayuda, ajustes) en un formato abierto: un archivo JSON descrito en docs/export-format.md, o un zip con un archivo CSV por cada tipo de dato. El archivo se escribe entero o no se escribe, y solo tú puedes leerlo (modo 0600), pero NO está cifrado: cualquiera que consiga el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>json: one file holding everything; csv: a zip with one CSV file per kind of record (default: %(default)s)</source>
        <translation>json: un solo archivo con todo; csv: un zip con un archivo CSV por cada tipo de dato (por defecto: %(default)s)</translation>
    </message>
    <message>
        <source>the file to write (an existing file is replaced)</source>
        <translation>el archivo que se escribe (si ya existe, se reemplaza)</translation>
    </message>
    <message>
        <source>Exported everything to {path}.</source>
        <translation>Se exportó todo a {path}.</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation>entradas del diario</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>medidas</translation>
    </message>
    <message>
        <source>life areas</source>
        <translation>áreas de la vida</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>fortalezas</translation>
    </message>
    <message>
        <source>strength uses</source>
        <translation>usos de fortalezas</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>metas</translation>
    </message>
    <message>
        <source>plan sections</source>
        <translation>secciones del plan</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>personas de apoyo</translation>
    </message>
    <message>
        <source>helplines</source>
        <translation>líneas de ayuda</translation>
    </message>
    <message>
        <source>questionnaire answers</source>
        <translation>respuestas a cuestionarios</translation>
    </message>
    <message>
        <source>The file couldn't be imported, so nothing was added.</source>
        <translation>No se pudo importar el archivo, así que no se añadió nada.</translation>
    </message>
    <message>
        <source>any CSV (--from csv)</source>
        <translation>cualquier CSV (--from csv)</translation>
    </message>
    <message>
        <source>In the file:</source>
        <translation>En el archivo:</translation>
    </message>
    <message>
        <source>bring in history from Recovery Journal, Daylio, Pixels, jrnl or any CSV</source>
        <translation>traer historial de Recovery Journal, Daylio, Pixels, jrnl o cualquier CSV</translation>
    </message>
    <message>
        <source>Read FILE, show what it holds (counts, days, what is already in the journal), then add it in one step: if any row can't be stored, nothing is added and the message names the row and column. Importing the same file again adds nothing new. On a terminal you are asked to confirm; when standard input is not a terminal, line 1 is the passphrase and --yes is required. Daylio moods are your own words, so give each a number from 0 to 10 with --mood-map or --mood-map-file (rad, good, meh, bad and awful have defaults). Only a row that is already in the journal, or identical in every field to an earlier row of the same file, is skipped; the preview counts both. A file with a row that can't be read is refused with that row's number.</source>
        <translation>Lee FILE, muestra lo que contiene (cantidades, días, lo que ya está en el diario) y luego lo añade en un solo paso: si alguna fila no se puede guardar, no se añade nada y el mensaje indica la fila y la columna. Importar el mismo archivo otra vez no añade nada nuevo. En una terminal se te pide confirmación; cuando la entrada estándar no es una terminal, la línea 1 es la frase de contraseña y se necesita --yes. Los estados de ánimo de Daylio son tus propias palabras, así que da a cada uno un número de 0 a 10 con --mood-map o --mood-map-file (rad, good, meh, bad y awful tienen valores por defecto). Solo se omite una fila que ya está en el diario, o que es idéntica en todos los campos a una fila anterior del mismo archivo; la vista previa cuenta las dos. Un archivo con una fila que no se puede leer se rechaza indicando el número de esa fila.</translation>
    </message>
    <message>
        <source>json (Recovery Journal), daylio (Daylio CSV), pixels (Pixels JSON), jrnl (jrnl JSON), bearable (Bearable CSV), csv (any CSV; needs --preset, or --date and more)</source>
        <translation>json (Recovery Journal), daylio (CSV de Daylio), pixels (JSON de Pixels), jrnl (JSON de jrnl), bearable (CSV de Bearable), csv (cualquier CSV; necesita --preset, o --date y algo más)</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>el archivo que se importa</translation>
    </message>
    <message>
        <source>Daylio: the 0-10 mood for each of your labels, e.g. 'rad=10,good=7.5,meh=5,bad=2.5,awful=0' (these are the defaults)</source>
        <translation>Daylio: el ánimo de 0 a 10 para cada una de tus etiquetas, p. ej., 'rad=10,good=7.5,meh=5,bad=2.5,awful=0' (estos son los valores por defecto)</translation>
    </message>
    <message>
        <source>Daylio: a text file with one 'label = N' a line, for labels that hold commas (the last '=' on a line starts the number)</source>
        <translation>Daylio: un archivo de texto con una 'etiqueta = N' por línea, para etiquetas que llevan comas (el número empieza tras el último '=' de la línea)</translation>
    </message>
    <message>
        <source>Daylio: add the file's scales (e.g. Sleep Quality) as measures</source>
        <translation>Daylio: añadir las escalas del archivo (p. ej., Sleep Quality) como medidas</translation>
    </message>
    <message>
        <source>add without asking; needed when standard input isn't a terminal (there, line 1 is the passphrase)</source>
        <translation>añadir sin preguntar; hace falta cuando la entrada estándar no es una terminal (ahí, la línea 1 es la frase de contraseña)</translation>
    </message>
    <message>
        <source>the column holding the date</source>
        <translation>la columna que contiene la fecha</translation>
    </message>
    <message>
        <source>the date's form, e.g. %%d/%%m/%%Y (default: 2024-03-05)</source>
        <translation>la forma de la fecha, p. ej., %%d/%%m/%%Y (por defecto: 2024-03-05)</translation>
    </message>
    <message>
        <source>the column holding the time of day</source>
        <translation>la columna que contiene la hora del día</translation>
    </message>
    <message>
        <source>a column of numbers and the measure it fills (repeatable)</source>
        <translation>una columna de números y la medida que llena (se puede repetir)</translation>
    </message>
    <message>
        <source>a column of tags split by |, comma or ; (repeatable)</source>
        <translation>una columna de etiquetas separadas por |, coma o ; (se puede repetir)</translation>
    </message>
    <message>
        <source>the column holding the note</source>
        <translation>la columna que contiene la nota</translation>
    </message>
    <message>
        <source>--preset goes with --from csv, instead of --date and the rest.</source>
        <translation>--preset va con --from csv, en lugar de --date y lo demás.</translation>
    </message>
    <message>
        <source>--from csv needs --date COLUMN (and usually --measure or --note).</source>
        <translation>--from csv necesita --date COLUMN (y normalmente --measure o --note).</translation>
    </message>
    <message>
        <source>Nothing was added. Add --yes to import when standard input isn't a terminal.</source>
        <translation>No se añadió nada. Añade --yes para importar cuando la entrada estándar no es una terminal.</translation>
    </message>
    <message>
        <source>Add these to the journal? Type yes to go ahead: </source>
        <translation>¿Añadir esto al diario? Escribe sí para continuar: </translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se añadió nada.</translation>
    </message>
    <message>
        <source>--mood-map-file: that file can't be read as UTF-8 text.</source>
        <translation>--mood-map-file: ese archivo no se puede leer como texto UTF-8.</translation>
    </message>
    <message>
        <source>--measure takes COLUMN=KEY, e.g. --measure Mood=mood.</source>
        <translation>--measure usa COLUMN=KEY, p. ej., --measure Mood=mood.</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>nada que importar</translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation>{problem} No se añadió nada.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>a ready-made mapping: {presets} (--mood-map then gives numbers to its mood words)</source>
        <translation>una correspondencia ya hecha: {presets} (--mood-map da entonces números a sus palabras de ánimo)</translation>
    </message>
    <message>
        <source>--mood-map takes label=number pairs, e.g. good=7.5,meh=5.</source>
        <translation>--mood-map usa pares etiqueta=número, p. ej., good=7.5,meh=5.</translation>
    </message>
    <message>
        <source>From {first} to {last}.</source>
        <translation>Del {first} al {last}.</translation>
    </message>
    <message>
        <source>The file also holds Daylio scales ({scales}). They are left out unless you add --with-scales, which makes each one a measure.</source>
        <translation>El archivo también contiene escalas de Daylio ({scales}). Se dejan fuera salvo que añadas --with-scales, que convierte cada una en una medida.</translation>
    </message>
    <message>
        <source>There is no file to import at {path}. Nothing was added.</source>
        <translation>No hay ningún archivo para importar en {path}. No se añadió nada.</translation>
    </message>
    <message>
        <source>Added {total} new records.</source>
        <translation>Se añadieron {total} elementos nuevos.</translation>
    </message>
    <message>
        <source>New measures it creates: {names}.</source>
        <translation>Medidas nuevas que se crean: {names}.</translation>
    </message>
    <message>
        <source>Not brought in (no place for it in the journal): {items}.</source>
        <translation>No se trae (no tiene sitio en el diario): {items}.</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} por añadir</translation>
    </message>
    <message>
        <source>--mood-map-file, line {number}: write it as 'label = number'.</source>
        <translation>--mood-map-file, línea {number}: escríbela como «etiqueta = número».</translation>
    </message>
    <message>
        <source>{count} already in this journal</source>
        <translation>{count} ya en este diario</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>se omiten {count}</translation>
    </message>
    <message>
        <source>{count} {kind} ({parts})</source>
        <translation>{count} {kind} ({parts})</translation>
    </message>
    <message>
        <source>create a new, empty journal</source>
        <translation>crear un diario nuevo y vacío</translation>
    </message>
    <message>
        <source>Create a new, empty journal protected by a passphrase. It starts with the usual measures (mood, hope) and life areas, and nothing personal. An existing file is never replaced.</source>
        <translation>Crea un diario nuevo y vacío protegido con una frase de contraseña. Empieza con las medidas habituales (ánimo, esperanza) y las áreas de la vida, y nada personal. Nunca se reemplaza un archivo existente.</translation>
    </message>
    <message>
        <source>Created a new, empty journal at {path}.</source>
        <translation>Se ha creado un diario nuevo y vacío en {path}.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Frase de contraseña cambiada. A partir de ahora usa la nueva.</translation>
    </message>
    <message>
        <source>change a journal's passphrase</source>
        <translation>cambiar la frase de contraseña de un diario</translation>
    </message>
    <message>
        <source>Change the passphrase of a journal. The journal is re-encrypted and reopened with the new passphrase to prove the change, then each automatic backup and each copy kept beside it is re-encrypted too; any copy that can't be is named and left as it was. If the computer stops during the change, one of the two passphrases still opens the journal and each copy: try the previous one too.</source>
        <translation>Cambia la frase de contraseña de un diario. El diario se vuelve a cifrar y se abre de nuevo con la frase nueva para comprobar el cambio; después se vuelve a cifrar también cada copia de seguridad automática y cada copia guardada a su lado; cualquier copia que no se pueda cambiar se indica y se deja como estaba. Si el ordenador se detiene durante el cambio, una de las dos frases seguirá abriendo el diario y cada copia: prueba también con la anterior.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Frase de contraseña nueva: </translation>
    </message>
    <message>
        <source>Backups changed with it: {count}.</source>
        <translation>Copias de seguridad cambiadas con ella: {count}.</translation>
    </message>
    <message>
        <source>Left as it was, still under the passphrase it had before: {path}</source>
        <translation>Se dejó como estaba, todavía con la frase de contraseña que tenía antes: {path}</translation>
    </message>
    <message>
        <source>write a PDF report of the sections you choose</source>
        <translation>escribir un informe PDF con las secciones que elijas</translation>
    </message>
    <message>
        <source>Unlock a journal and write a PDF report of a period with only the sections you choose. Sections: checkins, {charts}, plan, {plan_sections}, people, journal. Phone numbers, email addresses and journal text stay out unless asked for. The file holds no metadata but its title and is not encrypted.</source>
        <translation>Desbloquea un diario y escribe un informe PDF de un periodo con solo las secciones que elijas. Secciones: checkins, {charts}, plan, {plan_sections}, people, journal. Los números de teléfono, las direcciones de correo y el texto del diario quedan fuera salvo que los pidas. El archivo no guarda más metadatos que su título y no está cifrado.</translation>
    </message>
    <message>
        <source>comma-separated sections: a chart ({charts}), checkins (a summary table), strengths and goals (chart and list), plan (every section) or one plan section ({plan_sections}), people, journal (dates, titles and tags; add --with-journal-text for the text)</source>
        <translation>secciones separadas por comas: un gráfico ({charts}), checkins (una tabla resumen), strengths y goals (gráfico y lista), plan (todas las secciones) o una sola sección del plan ({plan_sections}), people, journal (fechas, títulos y etiquetas; añade --with-journal-text para el texto)</translation>
    </message>
    <message>
        <source>first day, like 2025-03-04</source>
        <translation>primer día, como 2025-03-04</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>último día</translation>
    </message>
    <message>
        <source>the PDF to write (not encrypted; written whole or not at all)</source>
        <translation>el PDF que se escribe (sin cifrar; se escribe entero o no se escribe)</translation>
    </message>
    <message>
        <source>people: include phone numbers and email addresses (off by default)</source>
        <translation>people: incluir números de teléfono y direcciones de correo (desactivado por defecto)</translation>
    </message>
    <message>
        <source>journal: include the text of the entries (off by default)</source>
        <translation>journal: incluir el texto de las entradas (desactivado por defecto)</translation>
    </message>
    <message>
        <source>paper size (default: %(default)s)</source>
        <translation>tamaño del papel (por defecto: %(default)s)</translation>
    </message>
    <message>
        <source>add "Shared by me on DATE" at the foot of every page</source>
        <translation>añadir «Compartido por mí el FECHA» al pie de cada página</translation>
    </message>
    <message>
        <source>The --out file must end in .pdf.</source>
        <translation>El archivo de --out debe terminar en .pdf.</translation>
    </message>
    <message>
        <source>The --out path is a folder; give a file name ending in .pdf.</source>
        <translation>La ruta de --out es una carpeta; indica un nombre de archivo que termine en .pdf.</translation>
    </message>
    <message>
        <source>Saved the report to {path}. It is not encrypted: anyone with the file can read it.</source>
        <translation>Se guardó el informe en {path}. No está cifrado: cualquiera que tenga el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>{problem} See 'recovery-journal report --help'.</source>
        <translation>{problem} Consulta «recovery-journal report --help».</translation>
    </message>
    <message>
        <source>The backup was checked and restored.</source>
        <translation>La copia de seguridad se comprobó y se restauró.</translation>
    </message>
    <message>
        <source>restore a journal from a backup</source>
        <translation>restaurar un diario desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Check a backup first (its passphrase, both integrity checks), then put it in place of the journal. The journal that was there is kept with the date and time in its name, never deleted, with every save it held. If PATH is a link, the link stays and the file it points to is replaced. You are told if the backup came from another journal. If the backup doesn't check out, nothing is changed. The passphrase asked for is the one the journal had when the backup was made.</source>
        <translation>Primero comprueba una copia de seguridad (su frase de contraseña y las dos comprobaciones de integridad) y luego la pone en lugar del diario. El diario que había se conserva con la fecha y la hora en su nombre, nunca se borra, con todo lo que tenía guardado. Si PATH es un enlace, el enlace se mantiene y se reemplaza el archivo al que apunta. Se te avisa si la copia viene de otro diario. Si la copia no supera la comprobación, no se cambia nada. La frase de contraseña que se pide es la que tenía el diario cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la copia de seguridad que se restaura</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Frase de contraseña de la copia: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>No hay ningún archivo de copia de seguridad en {path}.</translation>
    </message>
    <message>
        <source>Your previous journal was kept, whole, at: {path}</source>
        <translation>Tu diario anterior se conservó, entero, en: {path}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so the command stopped. Your journal file was left as the last finished step saved it.</source>
        <translation>Algo inesperado salió mal, así que el comando se detuvo. Tu archivo del diario quedó como lo guardó el último paso terminado.</translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <translation>Detenido, como pediste.</translation>
    </message>
    <message>
        <source>The command wasn't understood. See 'recovery-journal --help'.</source>
        <translation>No se entendió el comando. Consulta «recovery-journal --help».</translation>
    </message>
    <message>
        <source>The two passphrases you typed are different, so nothing was changed.</source>
        <translation>Las dos frases de contraseña que escribiste son distintas, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>The file named by --out couldn't be written, so nothing was written there.</source>
        <translation>No se pudo escribir el archivo indicado en --out, así que no se escribió nada ahí.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (the message says no more).</source>
        <translation>Algo inesperado salió mal (el mensaje no dice más).</translation>
    </message>
    <message>
        <source>The command line wasn't understood.</source>
        <translation>No se entendió la línea de comandos.</translation>
    </message>
    <message>
        <source>Stopped with Ctrl+C.</source>
        <translation>Detenido con Ctrl+C.</translation>
    </message>
    <message>
        <source>Recovery Journal: a private, offline-first wellness journal. With no command, the desktop app opens your journal.</source>
        <translation>Recovery Journal: un diario de bienestar privado que funciona sin conexión. Sin ningún comando, la aplicación de escritorio abre tu diario.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y terminar</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de estos argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos que no se reconocen: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r no es una de las opciones (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r no es un valor %(type)s válido</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>necesita un valor detrás</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se puede usar junto con %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el valor %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>Your usual journal:</source>
        <translation>Tu diario habitual:</translation>
    </message>
    <message>
        <source>Passphrases:</source>
        <translation>Frases de contraseña:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>show the version number, then stop</source>
        <translation>mostrar el número de versión y terminar</translation>
    </message>
    <message>
        <source>the journal the desktop app opens (default: your usual journal)</source>
        <translation>el diario que abre la aplicación de escritorio (por defecto: tu diario habitual)</translation>
    </message>
    <message>
        <source>the language of these messages: en, cy (Cymraeg) or es (Español); default: your system's</source>
        <translation>el idioma de estos mensajes: en, cy (Cymraeg) o es (Español); por defecto: el de tu sistema</translation>
    </message>
    <message>
        <source>add Recovery Journal to your desktop's app menu, for you only (under $XDG_DATA_HOME, usually ~/.local/share), then stop</source>
        <translation>añadir Recovery Journal al menú de aplicaciones de tu escritorio, solo para ti (en $XDG_DATA_HOME, normalmente ~/.local/share), y terminar</translation>
    </message>
    <message>
        <source>take Recovery Journal out of your app menu again, then stop</source>
        <translation>quitar de nuevo Recovery Journal de tu menú de aplicaciones, y terminar</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>órdenes</translation>
    </message>
    <message>
        <source>{problem}. See '{command} --help'.</source>
        <translation>{problem}. Consulta «{command} --help».</translation>
    </message>
    <message>
        <source>Passphrases: {rule}</source>
        <translation>Frases de contraseña: {rule}</translation>
    </message>
    <message>
        <source>On a terminal, passphrases are asked without showing what you type, and a new one is asked twice. When standard input is not a terminal, the passphrase is read from its first line (for passwd: the current passphrase on line 1, the new one on line 2). Only the line ending (\n or \r\n) is removed; every other space is part of the passphrase.</source>
        <translation>En una terminal, las frases de contraseña se piden sin mostrar lo que escribes, y una nueva se pide dos veces. Cuando la entrada estándar no es una terminal, la frase se lee de su primera línea (para passwd: la frase actual en la línea 1 y la nueva en la línea 2). Solo se quita el final de línea (\n o \r\n); cualquier otro espacio forma parte de la frase de contraseña.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbela otra vez: </translation>
    </message>
    <message>
        <source>No passphrase was typed.</source>
        <translation>No se escribió ninguna frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase on standard input isn't UTF-8 text.</source>
        <translation>La frase de contraseña de la entrada estándar no es texto UTF-8.</translation>
    </message>
    <message>
        <source>No passphrase was found on line {number} of standard input.</source>
        <translation>No se encontró ninguna frase de contraseña en la línea {number} de la entrada estándar.</translation>
    </message>
    <message>
        <source>Something went wrong with the journal file.</source>
        <translation>Algo salió mal con el archivo del diario.</translation>
    </message>
    <message>
        <source>Please type a passphrase; an empty one can't protect your journal.</source>
        <translation>Escribe una frase de contraseña, por favor; una vacía no puede proteger tu diario.</translation>
    </message>
    <message>
        <source>That passphrase contains a character that can't be used (a null character).</source>
        <translation>Esa frase de contraseña contiene un carácter que no se puede usar (un carácter nulo).</translation>
    </message>
    <message>
        <source>That passphrase doesn't open this journal, or this is not a Recovery Journal file.</source>
        <translation>Esa frase de contraseña no abre este diario, o este no es un archivo de Recovery Journal.</translation>
    </message>
    <message>
        <source>Check Caps Lock and try again. If you changed your passphrase recently, try the previous one too.</source>
        <translation>Revisa las mayúsculas y vuelve a intentarlo. Si cambiaste tu frase de contraseña hace poco, prueba también con la anterior.</translation>
    </message>
    <message>
        <source>That isn't the passphrase your journal has now, so nothing was changed.</source>
        <translation>Esa no es la frase de contraseña actual de tu diario, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Check Caps Lock and type your current passphrase again.</source>
        <translation>Revisa las mayúsculas y vuelve a escribir tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you have now, so nothing was changed.</source>
        <translation>La frase de contraseña nueva es la misma que tienes ahora, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Choose a different one to change it.</source>
        <translation>Elige una distinta para cambiarla.</translation>
    </message>
    <message>
        <source>There is no journal file at that place.</source>
        <translation>No hay ningún archivo de diario en ese lugar.</translation>
    </message>
    <message>
        <source>It may have been moved or renamed. Choose the file again, or create a new journal.</source>
        <translation>Puede que se haya movido o cambiado de nombre. Vuelve a elegir el archivo o crea un diario nuevo.</translation>
    </message>
    <message>
        <source>That is a folder or a special file, not a journal file.</source>
        <translation>Eso es una carpeta o un archivo especial, no un archivo de diario.</translation>
    </message>
    <message>
        <source>Choose the journal file itself.</source>
        <translation>Elige el archivo del diario en sí.</translation>
    </message>
    <message>
        <source>This file is empty, so it holds no journal (it may be damaged).</source>
        <translation>Este archivo está vacío, así que no contiene ningún diario (puede estar dañado).</translation>
    </message>
    <message>
        <source>If you have a backup, restore it. Your other files were not touched.</source>
        <translation>Si tienes una copia de seguridad, restáurala. Tus otros archivos no se tocaron.</translation>
    </message>
    <message>
        <source>This is an ordinary, unencrypted database file, not a Recovery Journal.</source>
        <translation>Este es un archivo de base de datos normal, sin cifrar, no un Recovery Journal.</translation>
    </message>
    <message>
        <source>Choose your journal file, or import your data from another app instead.</source>
        <translation>Elige tu archivo del diario, o importa tus datos desde otra aplicación.</translation>
    </message>
    <message>
        <source>This encrypted file opened, but it belongs to another app, not Recovery Journal.</source>
        <translation>Este archivo cifrado se abrió, pero pertenece a otra aplicación, no a Recovery Journal.</translation>
    </message>
    <message>
        <source>Nothing in it was changed. Choose your journal file instead.</source>
        <translation>No se cambió nada de su contenido. Elige tu archivo del diario.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but part of this journal file is damaged.</source>
        <translation>Tu frase de contraseña es correcta, pero parte de este archivo del diario está dañada.</translation>
    </message>
    <message>
        <source>The file was not changed. Restore your latest backup, and keep this file in case it can be repaired.</source>
        <translation>El archivo no se cambió. Restaura tu copia de seguridad más reciente y guarda este archivo por si se puede reparar.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Recovery Journal.</source>
        <translation>Este diario se guardó con una versión más nueva de Recovery Journal.</translation>
    </message>
    <message>
        <source>Update the app to open it. The file was not changed.</source>
        <translation>Actualiza la aplicación para abrirlo. El archivo no se cambió.</translation>
    </message>
    <message>
        <source>This journal is already open in another window or program.</source>
        <translation>Este diario ya está abierto en otra ventana o programa.</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation>Cambia a esa ventana, o ciérrala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This computer account isn't allowed to read or change that journal file.</source>
        <translation>Esta cuenta del ordenador no tiene permiso para leer ni cambiar ese archivo del diario.</translation>
    </message>
    <message>
        <source>Check the file's permissions, or copy it somewhere you can write to.</source>
        <translation>Revisa los permisos del archivo, o cópialo a un lugar donde puedas escribir.</translation>
    </message>
    <message>
        <source>A file already exists there, so a new journal was not created.</source>
        <translation>Ya existe un archivo ahí, así que no se creó ningún diario nuevo.</translation>
    </message>
    <message>
        <source>Choose another name or place; the existing file was left as it is.</source>
        <translation>Elige otro nombre u otro lugar; el archivo existente se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>There isn't enough free space on the disk to save.</source>
        <translation>No hay suficiente espacio libre en el disco para guardar.</translation>
    </message>
    <message>
        <source>Nothing was lost: free some space and save again.</source>
        <translation>No se perdió nada: libera algo de espacio y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The journal file couldn't be read or written just now.</source>
        <translation>No se pudo leer ni escribir el archivo del diario en este momento.</translation>
    </message>
    <message>
        <source>Nothing was lost. Try again; if it keeps happening, restore a backup.</source>
        <translation>No se perdió nada. Vuelve a intentarlo; si sigue pasando, restaura una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>El diario está bloqueado.</translation>
    </message>
    <message>
        <source>Unlock it to go on.</source>
        <translation>Desbloquéalo para continuar.</translation>
    </message>
    <message>
        <source>The journal is busy changing its passphrase.</source>
        <translation>El diario está ocupado cambiando su frase de contraseña.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>That item no longer exists in the journal.</source>
        <translation>Ese elemento ya no existe en el diario.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the side file holding this journal's most recent saves was damaged or lost when the computer stopped, so some of those saves may be missing.</source>
        <translation>Tu frase de contraseña es correcta, pero el archivo auxiliar que guarda lo más reciente de este diario se dañó o se perdió cuando el ordenador se detuvo, así que puede faltar parte de lo último que guardaste.</translation>
    </message>
    <message>
        <source>Unlock again to go on with everything that could be read.</source>
        <translation>Desbloquéalo de nuevo para continuar con todo lo que se pudo leer.</translation>
    </message>
    <message>
        <source>This file ends before its first page does, so it was cut short or it isn't a journal file.</source>
        <translation>Este archivo termina antes de que termine su primera página, así que se cortó o no es un archivo de diario.</translation>
    </message>
    <message>
        <source>The file was not changed. If you have a backup, restore it.</source>
        <translation>El archivo no se cambió. Si tienes una copia de seguridad, restáurala.</translation>
    </message>
    <message>
        <source>This export is not encrypted: anyone who can open the file can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Esta exportación no está cifrada: cualquiera que pueda abrir el archivo puede leer todo lo que contiene. Guárdala en un lugar privado y bórrala cuando ya no la necesites.</translation>
    </message>
    <message>
        <source>This journal has no measure for this column.</source>
        <translation>Este diario no tiene ninguna medida para esta columna.</translation>
    </message>
    <message>
        <source>This value is outside the measure's range (%1 to %2).</source>
        <translation>Este valor está fuera del rango de la medida (de %1 a %2).</translation>
    </message>
    <message>
        <source>This isn't one of the feeling groups.</source>
        <translation>Este no es uno de los grupos de sentimientos.</translation>
    </message>
    <message>
        <source>This doesn't look like a Bearable export: a column is missing.</source>
        <translation>No parece una exportación de Bearable: falta una columna.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file holds %1, which isn't an ordinary number.</source>
        <translation>El archivo contiene %1, que no es un número corriente.</translation>
    </message>
    <message>
        <source>That is a pipe or a device, not a file.</source>
        <translation>Eso es una tubería o un dispositivo, no un archivo.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>El archivo contiene datos binarios, no texto.</translation>
    </message>
    <message>
        <source>This row has fewer cells than the header.</source>
        <translation>Esta fila tiene menos celdas que la cabecera.</translation>
    </message>
    <message>
        <source>This isn't a time of day.</source>
        <translation>Esto no es una hora del día.</translation>
    </message>
    <message>
        <source>This isn't an ordinary number.</source>
        <translation>Esto no es un número corriente.</translation>
    </message>
    <message>
        <source>This number is too large for a measure (the limit is a million either way).</source>
        <translation>Este número es demasiado grande para una medida (el límite es un millón, por encima o por debajo de cero).</translation>
    </message>
    <message>
        <source>That is a folder, not a file.</source>
        <translation>Eso es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>That file doesn't exist.</source>
        <translation>Ese archivo no existe.</translation>
    </message>
    <message>
        <source>That file can't be read.</source>
        <translation>Ese archivo no se puede leer.</translation>
    </message>
    <message>
        <source>The file isn't UTF-8 text (the first unreadable byte is at position %1). Export it again as UTF-8.</source>
        <translation>El archivo no es texto UTF-8 (el primer byte que no se puede leer está en la posición %1). Vuelve a exportarlo como UTF-8.</translation>
    </message>
    <message>
        <source>The same name appears twice in one object.</source>
        <translation>El mismo nombre aparece dos veces en un mismo objeto.</translation>
    </message>
    <message>
        <source>The file isn't valid JSON (line %1, position %2).</source>
        <translation>El archivo no es JSON válido (línea %1, posición %2).</translation>
    </message>
    <message>
        <source>The file is nested too deeply to read.</source>
        <translation>El archivo tiene demasiados niveles anidados para leerlo.</translation>
    </message>
    <message>
        <source>The file holds a number too large to read.</source>
        <translation>El archivo contiene un número demasiado grande para leerlo.</translation>
    </message>
    <message>
        <source>The file isn't readable as CSV (a quote is not closed).</source>
        <translation>El archivo no se puede leer como CSV (hay unas comillas sin cerrar).</translation>
    </message>
    <message>
        <source>This isn't a number.</source>
        <translation>Esto no es un número.</translation>
    </message>
    <message>
        <source>This part of the day isn't one this import knows (%1).</source>
        <translation>Esta importación no conoce esta parte del día (%1).</translation>
    </message>
    <message>
        <source>This isn't a date in the expected form.</source>
        <translation>Esto no es una fecha con la forma esperada.</translation>
    </message>
    <message>
        <source>This date doesn't exist.</source>
        <translation>Esta fecha no existe.</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10 for these moods: %1.</source>
        <translation>Elige un número de 0 a 10 para estos estados de ánimo: %1.</translation>
    </message>
    <message>
        <source>This isn't a date like "18 May".</source>
        <translation>Esto no es una fecha como «18 May».</translation>
    </message>
    <message>
        <source>Each mood must be given a number from 0 to 10.</source>
        <translation>Cada estado de ánimo necesita un número de 0 a 10.</translation>
    </message>
    <message>
        <source>This row has more cells than the header.</source>
        <translation>Esta fila tiene más celdas que la cabecera.</translation>
    </message>
    <message>
        <source>This isn't a year.</source>
        <translation>Esto no es un año.</translation>
    </message>
    <message>
        <source>This isn't a date (YYYY-MM-DD).</source>
        <translation>Esto no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>This scale's value isn't a number.</source>
        <translation>El valor de esta escala no es un número.</translation>
    </message>
    <message>
        <source>This scale's value is of another kind than in earlier rows.</source>
        <translation>El valor de esta escala es de otro tipo que en las filas anteriores.</translation>
    </message>
    <message>
        <source>This isn't a scale like "Sleep Quality: 8/10 points".</source>
        <translation>Esto no es una escala como «Sleep Quality: 8/10 points».</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 tiene que ser una lista.</translation>
    </message>
    <message>
        <source>Each item in %1 must be an object.</source>
        <translation>Cada elemento de %1 tiene que ser un objeto.</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>Aquí tiene que haber texto.</translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation>Aquí tiene que haber verdadero o falso (true o false).</translation>
    </message>
    <message>
        <source>This must be a number.</source>
        <translation>Aquí tiene que haber un número.</translation>
    </message>
    <message>
        <source>This must be a whole number.</source>
        <translation>Aquí tiene que haber un número entero.</translation>
    </message>
    <message>
        <source>This date and time has no UTC offset.</source>
        <translation>Esta fecha y hora no indica su diferencia con UTC.</translation>
    </message>
    <message>
        <source>This must be a list of text.</source>
        <translation>Aquí tiene que haber una lista de textos.</translation>
    </message>
    <message>
        <source>This must be a list.</source>
        <translation>Aquí tiene que haber una lista.</translation>
    </message>
    <message>
        <source>This isn't a date and time.</source>
        <translation>Esto no es una fecha y hora.</translation>
    </message>
    <message>
        <source>This doesn't look like a jrnl JSON export (no entries).</source>
        <translation>No parece una exportación JSON de jrnl (no hay entradas).</translation>
    </message>
    <message>
        <source>The file has no column with this name.</source>
        <translation>El archivo no tiene ninguna columna con este nombre.</translation>
    </message>
    <message>
        <source>Choose a number for each of these words: %1.</source>
        <translation>Elige un número para cada una de estas palabras: %1.</translation>
    </message>
    <message>
        <source>This isn't a Recovery Journal export.</source>
        <translation>No es una exportación de Recovery Journal.</translation>
    </message>
    <message>
        <source>The export has no version number.</source>
        <translation>La exportación no tiene número de versión.</translation>
    </message>
    <message>
        <source>This export comes from a newer version of Recovery Journal; update the app first.</source>
        <translation>Esta exportación viene de una versión más nueva de Recovery Journal; actualiza antes la aplicación.</translation>
    </message>
    <message>
        <source>This export's format version (%1) isn't one Recovery Journal knows, so nothing was imported.</source>
        <translation>Recovery Journal no conoce la versión de formato de esta exportación (%1), así que no se importó nada.</translation>
    </message>
    <message>
        <source>settings must be an object.</source>
        <translation>settings tiene que ser un objeto.</translation>
    </message>
    <message>
        <source>This must be an object of measure keys and numbers.</source>
        <translation>Aquí tiene que haber un objeto de claves de medidas y números.</translation>
    </message>
    <message>
        <source>This doesn't name a strength in the file.</source>
        <translation>Esto no nombra ninguna fortaleza del archivo.</translation>
    </message>
    <message>
        <source>This isn't a kind of early-warning rule this app knows.</source>
        <translation>Esta aplicación no conoce este tipo de señal de alerta temprana.</translation>
    </message>
    <message>
        <source>This isn't a section of the wellness plan.</source>
        <translation>Esta no es una sección del plan de bienestar.</translation>
    </message>
    <message>
        <source>This %1 is already used by item %2 of %3; each must be different, so nothing was imported.</source>
        <translation>El elemento %2 de %3 ya usa este %1; cada uno tiene que ser distinto, así que no se importó nada.</translation>
    </message>
    <message>
        <source>A life area is rated twice in this life check.</source>
        <translation>Un área de la vida está valorada dos veces en este repaso de vida.</translation>
    </message>
    <message>
        <source>This life check has no rating and no note.</source>
        <translation>Este repaso de vida no tiene ninguna valoración ni nota.</translation>
    </message>
    <message>
        <source>A life check rating is a whole number from 1 to 7.</source>
        <translation>Una valoración del repaso de vida es un número entero del 1 al 7.</translation>
    </message>
    <message>
        <source>A support is a medicine, a therapy, a group or other.</source>
        <translation>Un apoyo es un medicamento, una terapia, un grupo u otro.</translation>
    </message>
    <message>
        <source>This support has no name.</source>
        <translation>Este apoyo no tiene nombre.</translation>
    </message>
    <message>
        <source>That is not a kind of change this log knows.</source>
        <translation>Este registro no conoce ese tipo de cambio.</translation>
    </message>
    <message>
        <source>This doesn't look like a Pixels backup (a list of days).</source>
        <translation>No parece una copia de seguridad de Pixels (una lista de días).</translation>
    </message>
    <message>
        <source>This must be a number from 1 to 5.</source>
        <translation>Aquí tiene que haber un número del 1 al 5.</translation>
    </message>
    <message>
        <source>Only Pixels' Mood type is known to this app.</source>
        <translation>Esta aplicación solo conoce el tipo Mood de Pixels.</translation>
    </message>
    <message>
        <source>This isn't a date (year-month-day).</source>
        <translation>Esto no es una fecha (año-mes-día).</translation>
    </message>
    <message>
        <source>Scores must be a list of numbers from 1 to 5.</source>
        <translation>Las puntuaciones tienen que ser una lista de números del 1 al 5.</translation>
    </message>
    <message>
        <source>This isn't one of the question's answers.</source>
        <translation>Esta no es una de las respuestas de la pregunta.</translation>
    </message>
    <message>
        <source>This isn't a questionnaire this app knows.</source>
        <translation>Esta aplicación no conoce este cuestionario.</translation>
    </message>
    <message>
        <source>This must be %1 answers from 0 to %2, with null for a question left blank.</source>
        <translation>Aquí tiene que haber %1 respuestas de 0 a %2, con null para cada pregunta en blanco.</translation>
    </message>
    <message>
        <source>This picture is too large to import.</source>
        <translation>Esta imagen es demasiado grande para importarla.</translation>
    </message>
    <message>
        <source>This isn't a kind of hope box item.</source>
        <translation>Este no es un tipo de elemento de la caja de esperanza.</translation>
    </message>
    <message>
        <source>A memory links to a journal entry or a check-in.</source>
        <translation>Un recuerdo enlaza con una entrada del diario o con un registro.</translation>
    </message>
    <message>
        <source>This picture isn't readable base64 text.</source>
        <translation>Esta imagen no es texto base64 legible.</translation>
    </message>
    <message>
        <source>That import format isn't one this app knows.</source>
        <translation>Esta aplicación no conoce ese formato de importación.</translation>
    </message>
    <message>
        <source>Choose which columns hold the date, values, tags and note first.</source>
        <translation>Elige primero qué columnas contienen la fecha, los valores, las etiquetas y la nota.</translation>
    </message>
    <message>
        <source>This value can't be stored.</source>
        <translation>Este valor no se puede guardar.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Save a backup</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <source>Journal backups (*.vault)</source>
        <translation>Copias del diario (*.vault)</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it had when it was made.</source>
        <translation>La copia se restauró. Desbloquéala con la frase de contraseña que tenía cuando se hizo.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Deleting the journal…</source>
        <translation>Borrando el diario…</translation>
    </message>
    <message>
        <source>A backup can't replace the journal itself. Choose another name.</source>
        <translation>Una copia no puede sustituir al propio diario. Elige otro nombre.</translation>
    </message>
    <message>
        <source>Backup saved and checked. It opens with your current passphrase.</source>
        <translation>Copia de seguridad guardada y comprobada. Se abre con tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Your previous journal was kept, whole, as %1.</source>
        <translation>Tu diario anterior se conservó, completo, como %1.</translation>
    </message>
</context>
<context>
    <name>HopeBox</name>
    <message>
        <source>A good day's check-in</source>
        <translation>El registro de un buen día</translation>
    </message>
    <message>
        <source>A journal entry</source>
        <translation>Una entrada del diario</translation>
    </message>
</context>
<context>
    <name>JournalList</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>JournalSearch</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>PlanHelp</name>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation>Mi plan de crisis</translation>
    </message>
</context>
<context>
    <name>QuestionnaireResult</name>
    <message>
        <source>This is not a diagnosis. It is a way for you to notice change over time, and something you may choose to talk over with someone you trust.</source>
        <translation>Esto no es un diagnóstico. Es una forma de notar cambios con el tiempo, y algo que puedes elegir hablar con alguien de confianza.</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 preguntas</translation>
    </message>
    <message>
        <source>Your total is %1 of %2.</source>
        <translation>Tu total es %1 de %2.</translation>
    </message>
    <message>
        <source>%1 — you chose %2 (ONS calls this “%3”).</source>
        <translation>%1 — elegiste %2 (la ONS lo llama «%3»).</translation>
    </message>
    <message>
        <source>You left %1 blank.</source>
        <translation>Dejaste en blanco %1.</translation>
    </message>
    <message>
        <source>%1 publishes these ranges: %2. Yours is in the range it calls “%3”.</source>
        <translation>%1 publica estos rangos: %2. El tuyo está en el rango que llama «%3».</translation>
    </message>
    <message>
        <source>You left %1 blank, so there is no total this time: %2 is only added up when every question is answered. Your answers are kept as you gave them.</source>
        <translation>Dejaste en blanco %1, así que esta vez no hay total: %2 solo se suma cuando se responden todas las preguntas. Tus respuestas se guardan tal como las diste.</translation>
    </message>
</context>
<context>
    <name>SupportWords</name>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Talking therapies</source>
        <translation>Terapias de conversación</translation>
    </message>
    <message>
        <source>Peer and self-help groups</source>
        <translation>Grupos de apoyo mutuo y autoayuda</translation>
    </message>
    <message>
        <source>Other supports</source>
        <translation>Otros apoyos</translation>
    </message>
    <message>
        <source>A medicine</source>
        <translation>Un medicamento</translation>
    </message>
    <message>
        <source>A talking therapy</source>
        <translation>Una terapia de conversación</translation>
    </message>
    <message>
        <source>A peer or self-help group</source>
        <translation>Un grupo de apoyo mutuo o autoayuda</translation>
    </message>
    <message>
        <source>Something else (name it)</source>
        <translation>Otra cosa (ponle nombre)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Started again</source>
        <translation>Retomado</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Dejado ir</translation>
    </message>
    <message>
        <source>Note on effects</source>
        <translation>Nota sobre los efectos</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>dejado ir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1: %2, el %3</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Choose Check in from its icon to come back, or Quit to close it completely. You can change this in Settings, under Privacy.</source>
        <translation>Elige Registrar en su icono para volver, o Salir para cerrarlo del todo. Puedes cambiarlo en Ajustes, en Privacidad.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>{title} is still running in the notification area, locked.</source>
        <translation>{title} sigue funcionando en el área de notificación, bloqueado.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--install-desktop-entry and --uninstall-desktop-entry go without a command. See 'recovery-journal --help'.</source>
        <translation>--install-desktop-entry y --uninstall-desktop-entry van sin ningún comando. Consulta «recovery-journal --help».</translation>
    </message>
    <message>
        <source>Recovery Journal was taken out of your app menu.</source>
        <translation>Recovery Journal se quitó de tu menú de aplicaciones.</translation>
    </message>
    <message>
        <source>Recovery Journal wasn't in your app menu, so nothing was removed.</source>
        <translation>Recovery Journal no estaba en tu menú de aplicaciones, así que no se quitó nada.</translation>
    </message>
    <message>
        <source>Recovery Journal is now in your app menu (its files are under {folder}).</source>
        <translation>Recovery Journal ya está en tu menú de aplicaciones (sus archivos están en {folder}).</translation>
    </message>
    <message>
        <source>The app menu entry couldn't be changed under {folder} (the folder may be read-only or the disk full).</source>
        <translation>No se pudo cambiar la entrada del menú de aplicaciones en {folder} (puede que la carpeta sea de solo lectura o que el disco esté lleno).</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>The folder for the new journal doesn't exist.</source>
        <translation>La carpeta para el diario nuevo no existe.</translation>
    </message>
    <message>
        <source>this computer account may not write there</source>
        <translation>puede que esta cuenta del ordenador no tenga permiso para escribir ahí</translation>
    </message>
    <message>
        <source>the disk or folder refused it</source>
        <translation>el disco o la carpeta lo rechazó</translation>
    </message>
    <message>
        <source>the journal file (default: your usual journal, shown below)</source>
        <translation>el archivo del diario (por defecto: tu diario habitual, que se muestra abajo)</translation>
    </message>
    <message>
        <source>the journal file</source>
        <translation>el archivo del diario</translation>
    </message>
    <message>
        <source>{path} couldn't be written: {why}. Nothing was left there; any earlier file at that place was kept as it was.</source>
        <translation>No se pudo escribir {path}: {why}. No quedó nada ahí; cualquier archivo anterior en ese lugar se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a journal file.</source>
        <translation>{path} es una carpeta, no un archivo de diario.</translation>
    </message>
    <message>
        <source>There is no journal file at {path}.</source>
        <translation>No hay ningún archivo de diario en {path}.</translation>
    </message>
    <message>
        <source>--out names {path}, which is the journal itself or one of its own side files (-wal, -shm, -journal); nothing was written.</source>
        <translation>--out indica {path}, que es el propio diario o uno de sus archivos auxiliares (-wal, -shm, -journal); no se escribió nada.</translation>
    </message>
    <message>
        <source>--out names {path}, but {why}; nothing was written.</source>
        <translation>--out indica {path}, pero {why}; no se escribió nada.</translation>
    </message>
    <message>
        <source>The folder for --out ({folder}) doesn't exist; nothing was written.</source>
        <translation>La carpeta de --out ({folder}) no existe; no se escribió nada.</translation>
    </message>
    <message>
        <source>Backup written and checked. It opens with the journal's current passphrase.</source>
        <translation>Copia de seguridad escrita y comprobada. Se abre con la frase de contraseña actual del diario.</translation>
    </message>
    <message>
        <source>write a verified encrypted backup of a journal</source>
        <translation>escribir una copia de seguridad cifrada y comprobada de un diario</translation>
    </message>
    <message>
        <source>Write an encrypted copy of a journal to a new file. The copy is written under a temporary name, checked (both integrity checks and the number of rows in every table), synced to disk and only then given its name. It opens with the same passphrase as the journal.</source>
        <translation>Escribe una copia cifrada de un diario en un archivo nuevo. La copia se escribe con un nombre temporal, se comprueba (las dos comprobaciones de integridad y el número de filas de cada tabla), se guarda en el disco y solo entonces recibe su nombre. Se abre con la misma frase de contraseña que el diario.</translation>
    </message>
    <message>
        <source>where to write the backup (a new file; it keeps the journal's passphrase)</source>
        <translation>dónde escribir la copia de seguridad (un archivo nuevo; conserva la frase de contraseña del diario)</translation>
    </message>
    <message>
        <source>A file already exists at --out, so no backup was written.</source>
        <translation>Ya existe un archivo en --out, así que no se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose a new file name; the existing file was left as it is.</source>
        <translation>Elige un nombre de archivo nuevo; el archivo existente se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>That --pivot-tag hasn't been used in this journal yet, so there is no day to compare around and no file was written. Check its spelling, or give --pivot-date instead.</source>
        <translation>Esa --pivot-tag aún no se ha usado en este diario, así que no hay ningún día en torno al cual comparar y no se escribió ningún archivo. Revisa cómo está escrita, o indica --pivot-date en su lugar.</translation>
    </message>
    <message>
        <source>save one chart as a PNG, SVG or PDF file</source>
        <translation>guardar un gráfico como archivo PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Unlock a journal and save one chart of a period to FILE, in the format its extension names (.png at 300 dpi, .svg or .pdf). Charts: {charts}. The chart's title and period are drawn above it (--no-title leaves them off); the file holds no metadata but that title, and is written whole or not at all.</source>
        <translation>Desbloquea un diario y guarda un gráfico de un periodo en FILE, en el formato que indica su extensión (.png a 300 ppp, .svg o .pdf). Gráficos: {charts}. El título y el periodo del gráfico se dibujan encima (--no-title los deja fuera); el archivo no guarda más metadatos que ese título, y se escribe entero o no se escribe.</translation>
    </message>
    <message>
        <source>the file to write; .png (300 dpi), .svg or .pdf</source>
        <translation>el archivo que se escribe; .png (300 ppp), .svg o .pdf</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>último día (por defecto: hoy)</translation>
    </message>
    <message>
        <source>the measure to show (mood, hope, or one you added, like sleep_hours); repeat it for several in the measures chart (default: mood for calendar and before-after, every measure in use for measures)</source>
        <translation>la medida que se muestra (mood, hope o una que hayas añadido, como sleep_hours); repítela para ver varias en el gráfico measures (por defecto: mood para calendar y before-after, todas las medidas en uso para measures)</translation>
    </message>
    <message>
        <source>before-after: compare the days before and from this day (default: the last --days days up to --to, against the --days days before them)</source>
        <translation>before-after: comparar los días anteriores a este día con los que empiezan en él (por defecto: los últimos --days días hasta --to, frente a los --days días anteriores)</translation>
    </message>
    <message>
        <source>before-after: compare around the first day this tag was used (a tag never used is an error)</source>
        <translation>before-after: comparar en torno al primer día en que se usó esta etiqueta (la etiqueta tiene que haberse usado alguna vez)</translation>
    </message>
    <message>
        <source>before-after: how many days on each side (default: %(default)s)</source>
        <translation>before-after: cuántos días a cada lado (por defecto: %(default)s)</translation>
    </message>
    <message>
        <source>colours (default: %(default)s)</source>
        <translation>colores (por defecto: %(default)s)</translation>
    </message>
    <message>
        <source>the title shown above the chart and kept in the file (default: the chart's name and period); nothing else about you or this app is written into it</source>
        <translation>el título que se muestra encima del gráfico y se guarda en el archivo (por defecto: el nombre y el periodo del gráfico); no se escribe en él nada más sobre ti ni sobre esta aplicación</translation>
    </message>
    <message>
        <source>leave the title and period off the image (a --title is still kept in the file)</source>
        <translation>dejar el título y el periodo fuera de la imagen (un --title se sigue guardando en el archivo)</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>La fecha de --from es posterior a la de --to.</translation>
    </message>
    <message>
        <source>The --out file must end in .png, .svg or .pdf.</source>
        <translation>El archivo de --out debe terminar en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>The --out path is a folder; give a file name ending in .png, .svg or .pdf.</source>
        <translation>La ruta de --out es una carpeta; indica un nombre de archivo que termine en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source> ({start} to {end})</source>
        <translation> (del {start} al {end})</translation>
    </message>
    <message>
        <source>Saved the chart “{title}”{period} to {path}.</source>
        <translation>Se guardó el gráfico «{title}»{period} en {path}.</translation>
    </message>
    <message>
        <source> ({before} to {before_end} against {after_start} to {after_end})</source>
        <translation> (del {before} al {before_end} frente al {after_start} al {after_end})</translation>
    </message>
    <message>
        <source>'{text}' is not a whole number of days above 0</source>
        <translation>«{text}» no es un número entero de días mayor que 0</translation>
    </message>
    <message>
        <source>which chart, one of: {charts}</source>
        <translation>qué gráfico, uno de: {charts}</translation>
    </message>
    <message>
        <source>first day, like 2025-03-04 (default: the {days} days ending on --to; for calendar a year, the {year} days ending on --to; before-after uses --days instead)</source>
        <translation>primer día, como 2025-03-04 (por defecto: los {days} días que terminan en --to; para calendar, un año: los {year} días que terminan en --to; before-after usa --days en su lugar)</translation>
    </message>
    <message>
        <source>'{text}' is not a date like 2025-03-04</source>
        <translation>«{text}» no es una fecha como 2025-03-04</translation>
    </message>
    <message>
        <source>{problem} See 'recovery-journal chart --help'.</source>
        <translation>{problem} Consulta «recovery-journal chart --help».</translation>
    </message>
    <message>
        <source>Both integrity checks passed: this journal is sound.</source>
        <translation>Las dos comprobaciones de integridad han ido bien: este diario está en buen estado.</translation>
    </message>
    <message>
        <source>check a journal's integrity</source>
        <translation>comprobar la integridad de un diario</translation>
    </message>
    <message>
        <source>Unlock a journal and run both integrity checks (SQLCipher's page check and SQLite's structure check). Nothing is changed unless the journal needs an update to this version, which is made after a verified backup.</source>
        <translation>Desbloquea un diario y ejecuta las dos comprobaciones de integridad (la comprobación de páginas de SQLCipher y la de estructura de SQLite). No se cambia nada, salvo que el diario necesite actualizarse a esta versión, lo que se hace después de una copia de seguridad comprobada.</translation>
    </message>
    <message>
        <source>create a journal filled with an invented year, to try the app</source>
        <translation>crear un diario lleno de un año inventado, para probar la aplicación</translation>
    </message>
    <message>
        <source>Create a new journal at PATH filled with a year of invented check-ins, journal entries, strengths, goals, a wellness plan and supporters, ending today. Everything in it is made up; it is meant for trying the app and its charts.</source>
        <translation>Crea un diario nuevo en PATH lleno de un año de registros, entradas del diario, fortalezas, metas, un plan de bienestar y personas de apoyo inventados, que termina hoy. Todo lo que contiene es inventado; sirve para probar la aplicación y sus gráficos.</translation>
    </message>
    <message>
        <source>the new journal file</source>
        <translation>el archivo del diario nuevo</translation>
    </message>
    <message>
        <source>another number gives another invented year (default: %(default)s)</source>
        <translation>otro número da otro año inventado (por defecto: %(default)s)</translation>
    </message>
    <message>
        <source>Created a demo journal with a year of invented entries at {path}.</source>
        <translation>Se creó un diario de demostración con un año de entradas inventadas en {path}.</translation>
    </message>
    <message>
        <source>write everything in a journal to a JSON file or a zip of CSV files</source>
        <translation>escribir todo lo de un diario en un archivo JSON o en un zip de archivos CSV</translation>
    </message>
    <message>
        <source>Write everything in a journal (check-ins, journal entries, strengths, goals, the wellness plan, supporters, helplines, settings) to an open format: one JSON file described in docs/export-format.md, or a zip with one CSV file per kind of record. The file is written whole or not at all and only you can read it (mode 0600), but it is NOT encrypted: anyone who gets the file can read it.</source>
        <translation>Escribe todo lo que hay en un diario (registros, entradas del diario, fortalezas, metas, el plan de bienestar, personas de apoyo, líneas de ayuda, ajustes) en un formato abierto: un archivo JSON descrito en docs/export-format.md, o un zip con un archivo CSV por cada tipo de dato. El archivo se escribe entero o no se escribe, y solo tú puedes leerlo (modo 0600), pero NO está cifrado: cualquiera que consiga el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>json: one file holding everything; csv: a zip with one CSV file per kind of record (default: %(default)s)</source>
        <translation>json: un solo archivo con todo; csv: un zip con un archivo CSV por cada tipo de dato (por defecto: %(default)s)</translation>
    </message>
    <message>
        <source>the file to write (an existing file is replaced)</source>
        <translation>el archivo que se escribe (si ya existe, se reemplaza)</translation>
    </message>
    <message>
        <source>Exported everything to {path}.</source>
        <translation>Se exportó todo a {path}.</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation>entradas del diario</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>medidas</translation>
    </message>
    <message>
        <source>life areas</source>
        <translation>áreas de la vida</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>fortalezas</translation>
    </message>
    <message>
        <source>strength uses</source>
        <translation>usos de fortalezas</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>metas</translation>
    </message>
    <message>
        <source>plan sections</source>
        <translation>secciones del plan</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>personas de apoyo</translation>
    </message>
    <message>
        <source>helplines</source>
        <translation>líneas de ayuda</translation>
    </message>
    <message>
        <source>questionnaire answers</source>
        <translation>respuestas a cuestionarios</translation>
    </message>
    <message>
        <source>The file couldn't be imported, so nothing was added.</source>
        <translation>No se pudo importar el archivo, así que no se añadió nada.</translation>
    </message>
    <message>
        <source>any CSV (--from csv)</source>
        <translation>cualquier CSV (--from csv)</translation>
    </message>
    <message>
        <source>In the file:</source>
        <translation>En el archivo:</translation>
    </message>
    <message>
        <source>bring in history from Recovery Journal, Daylio, Pixels, jrnl or any CSV</source>
        <translation>traer historial de Recovery Journal, Daylio, Pixels, jrnl o cualquier CSV</translation>
    </message>
    <message>
        <source>Read FILE, show what it holds (counts, days, what is already in the journal), then add it in one step: if any row can't be stored, nothing is added and the message names the row and column. Importing the same file again adds nothing new. On a terminal you are asked to confirm; when standard input is not a terminal, line 1 is the passphrase and --yes is required. Daylio moods are your own words, so give each a number from 0 to 10 with --mood-map or --mood-map-file (rad, good, meh, bad and awful have defaults). Only a row that is already in the journal, or identical in every field to an earlier row of the same file, is skipped; the preview counts both. A file with a row that can't be read is refused with that row's number.</source>
        <translation>Lee FILE, muestra lo que contiene (cantidades, días, lo que ya está en el diario) y luego lo añade en un solo paso: si alguna fila no se puede guardar, no se añade nada y el mensaje indica la fila y la columna. Importar el mismo archivo otra vez no añade nada nuevo. En una terminal se te pide confirmación; cuando la entrada estándar no es una terminal, la línea 1 es la frase de contraseña y se necesita --yes. Los estados de ánimo de Daylio son tus propias palabras, así que da a cada uno un número de 0 a 10 con --mood-map o --mood-map-file (rad, good, meh, bad y awful tienen valores por defecto). Solo se omite una fila que ya está en el diario, o que es idéntica en todos los campos a una fila anterior del mismo archivo; la vista previa cuenta las dos. Un archivo con una fila que no se puede leer se rechaza indicando el número de esa fila.</translation>
    </message>
    <message>
        <source>json (Recovery Journal), daylio (Daylio CSV), pixels (Pixels JSON), jrnl (jrnl JSON), bearable (Bearable CSV), csv (any CSV; needs --preset, or --date and more)</source>
        <translation>json (Recovery Journal), daylio (CSV de Daylio), pixels (JSON de Pixels), jrnl (JSON de jrnl), bearable (CSV de Bearable), csv (cualquier CSV; necesita --preset, o --date y algo más)</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>el archivo que se importa</translation>
    </message>
    <message>
        <source>Daylio: the 0-10 mood for each of your labels, e.g. 'rad=10,good=7.5,meh=5,bad=2.5,awful=0' (these are the defaults)</source>
        <translation>Daylio: el ánimo de 0 a 10 para cada una de tus etiquetas, p. ej., 'rad=10,good=7.5,meh=5,bad=2.5,awful=0' (estos son los valores por defecto)</translation>
    </message>
    <message>
        <source>Daylio: a text file with one 'label = N' a line, for labels that hold commas (the last '=' on a line starts the number)</source>
        <translation>Daylio: un archivo de texto con una 'etiqueta = N' por línea, para etiquetas que llevan comas (el número empieza tras el último '=' de la línea)</translation>
    </message>
    <message>
        <source>Daylio: add the file's scales (e.g. Sleep Quality) as measures</source>
        <translation>Daylio: añadir las escalas del archivo (p. ej., Sleep Quality) como medidas</translation>
    </message>
    <message>
        <source>add without asking; needed when standard input isn't a terminal (there, line 1 is the passphrase)</source>
        <translation>añadir sin preguntar; hace falta cuando la entrada estándar no es una terminal (ahí, la línea 1 es la frase de contraseña)</translation>
    </message>
    <message>
        <source>the column holding the date</source>
        <translation>la columna que contiene la fecha</translation>
    </message>
    <message>
        <source>the date's form, e.g. %%d/%%m/%%Y (default: 2024-03-05)</source>
        <translation>la forma de la fecha, p. ej., %%d/%%m/%%Y (por defecto: 2024-03-05)</translation>
    </message>
    <message>
        <source>the column holding the time of day</source>
        <translation>la columna que contiene la hora del día</translation>
    </message>
    <message>
        <source>a column of numbers and the measure it fills (repeatable)</source>
        <translation>una columna de números y la medida que llena (se puede repetir)</translation>
    </message>
    <message>
        <source>a column of tags split by |, comma or ; (repeatable)</source>
        <translation>una columna de etiquetas separadas por |, coma o ; (se puede repetir)</translation>
    </message>
    <message>
        <source>the column holding the note</source>
        <translation>la columna que contiene la nota</translation>
    </message>
    <message>
        <source>--preset goes with --from csv, instead of --date and the rest.</source>
        <translation>--preset va con --from csv, en lugar de --date y lo demás.</translation>
    </message>
    <message>
        <source>--from csv needs --date COLUMN (and usually --measure or --note).</source>
        <translation>--from csv necesita --date COLUMN (y normalmente --measure o --note).</translation>
    </message>
    <message>
        <source>Nothing was added. Add --yes to import when standard input isn't a terminal.</source>
        <translation>No se añadió nada. Añade --yes para importar cuando la entrada estándar no es una terminal.</translation>
    </message>
    <message>
        <source>Add these to the journal? Type yes to go ahead: </source>
        <translation>¿Añadir esto al diario? Escribe sí para continuar: </translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se añadió nada.</translation>
    </message>
    <message>
        <source>--mood-map-file: that file can't be read as UTF-8 text.</source>
        <translation>--mood-map-file: ese archivo no se puede leer como texto UTF-8.</translation>
    </message>
    <message>
        <source>--measure takes COLUMN=KEY, e.g. --measure Mood=mood.</source>
        <translation>--measure usa COLUMN=KEY, p. ej., --measure Mood=mood.</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>nada que importar</translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation>{problem} No se añadió nada.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>a ready-made mapping: {presets} (--mood-map then gives numbers to its mood words)</source>
        <translation>una correspondencia ya hecha: {presets} (--mood-map da entonces números a sus palabras de ánimo)</translation>
    </message>
    <message>
        <source>--mood-map takes label=number pairs, e.g. good=7.5,meh=5.</source>
        <translation>--mood-map usa pares etiqueta=número, p. ej., good=7.5,meh=5.</translation>
    </message>
    <message>
        <source>From {first} to {last}.</source>
        <translation>Del {first} al {last}.</translation>
    </message>
    <message>
        <source>The file also holds Daylio scales ({scales}). They are left out unless you add --with-scales, which makes each one a measure.</source>
        <translation>El archivo también contiene escalas de Daylio ({scales}). Se dejan fuera salvo que añadas --with-scales, que convierte cada una en una medida.</translation>
    </message>
    <message>
        <source>There is no file to import at {path}. Nothing was added.</source>
        <translation>No hay ningún archivo para importar en {path}. No se añadió nada.</translation>
    </message>
    <message>
        <source>Added {total} new records.</source>
        <translation>Se añadieron {total} elementos nuevos.</translation>
    </message>
    <message>
        <source>New measures it creates: {names}.</source>
        <translation>Medidas nuevas que se crean: {names}.</translation>
    </message>
    <message>
        <source>Not brought in (no place for it in the journal): {items}.</source>
        <translation>No se trae (no tiene sitio en el diario): {items}.</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} por añadir</translation>
    </message>
    <message>
        <source>--mood-map-file, line {number}: write it as 'label = number'.</source>
        <translation>--mood-map-file, línea {number}: escríbela como «etiqueta = número».</translation>
    </message>
    <message>
        <source>{count} already in this journal</source>
        <translation>{count} ya en este diario</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>se omiten {count}</translation>
    </message>
    <message>
        <source>{count} {kind} ({parts})</source>
        <translation>{count} {kind} ({parts})</translation>
    </message>
    <message>
        <source>create a new, empty journal</source>
        <translation>crear un diario nuevo y vacío</translation>
    </message>
    <message>
        <source>Create a new, empty journal protected by a passphrase. It starts with the usual measures (mood, hope) and life areas, and nothing personal. An existing file is never replaced.</source>
        <translation>Crea un diario nuevo y vacío protegido con una frase de contraseña. Empieza con las medidas habituales (ánimo, esperanza) y las áreas de la vida, y nada personal. Nunca se reemplaza un archivo existente.</translation>
    </message>
    <message>
        <source>Created a new, empty journal at {path}.</source>
        <translation>Se ha creado un diario nuevo y vacío en {path}.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Frase de contraseña cambiada. A partir de ahora usa la nueva.</translation>
    </message>
    <message>
        <source>change a journal's passphrase</source>
        <translation>cambiar la frase de contraseña de un diario</translation>
    </message>
    <message>
        <source>Change the passphrase of a journal. The journal is re-encrypted and reopened with the new passphrase to prove the change, then each automatic backup and each copy kept beside it is re-encrypted too; any copy that can't be is named and left as it was. If the computer stops during the change, one of the two passphrases still opens the journal and each copy: try the previous one too.</source>
        <translation>Cambia la frase de contraseña de un diario. El diario se vuelve a cifrar y se abre de nuevo con la frase nueva para comprobar el cambio; después se vuelve a cifrar también cada copia de seguridad automática y cada copia guardada a su lado; cualquier copia que no se pueda cambiar se indica y se deja como estaba. Si el ordenador se detiene durante el cambio, una de las dos frases seguirá abriendo el diario y cada copia: prueba también con la anterior.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Frase de contraseña nueva: </translation>
    </message>
    <message>
        <source>Backups changed with it: {count}.</source>
        <translation>Copias de seguridad cambiadas con ella: {count}.</translation>
    </message>
    <message>
        <source>Left as it was, still under the passphrase it had before: {path}</source>
        <translation>Se dejó como estaba, todavía con la frase de contraseña que tenía antes: {path}</translation>
    </message>
    <message>
        <source>write a PDF report of the sections you choose</source>
        <translation>escribir un informe PDF con las secciones que elijas</translation>
    </message>
    <message>
        <source>Unlock a journal and write a PDF report of a period with only the sections you choose. Sections: checkins, {charts}, plan, {plan_sections}, people, journal. Phone numbers, email addresses and journal text stay out unless asked for. The file holds no metadata but its title and is not encrypted.</source>
        <translation>Desbloquea un diario y escribe un informe PDF de un periodo con solo las secciones que elijas. Secciones: checkins, {charts}, plan, {plan_sections}, people, journal. Los números de teléfono, las direcciones de correo y el texto del diario quedan fuera salvo que los pidas. El archivo no guarda más metadatos que su título y no está cifrado.</translation>
    </message>
    <message>
        <source>comma-separated sections: a chart ({charts}), checkins (a summary table), strengths and goals (chart and list), plan (every section) or one plan section ({plan_sections}), people, journal (dates, titles and tags; add --with-journal-text for the text)</source>
        <translation>secciones separadas por comas: un gráfico ({charts}), checkins (una tabla resumen), strengths y goals (gráfico y lista), plan (todas las secciones) o una sola sección del plan ({plan_sections}), people, journal (fechas, títulos y etiquetas; añade --with-journal-text para el texto)</translation>
    </message>
    <message>
        <source>first day, like 2025-03-04</source>
        <translation>primer día, como 2025-03-04</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>último día</translation>
    </message>
    <message>
        <source>the PDF to write (not encrypted; written whole or not at all)</source>
        <translation>el PDF que se escribe (sin cifrar; se escribe entero o no se escribe)</translation>
    </message>
    <message>
        <source>people: include phone numbers and email addresses (off by default)</source>
        <translation>people: incluir números de teléfono y direcciones de correo (desactivado por defecto)</translation>
    </message>
    <message>
        <source>journal: include the text of the entries (off by default)</source>
        <translation>journal: incluir el texto de las entradas (desactivado por defecto)</translation>
    </message>
    <message>
        <source>paper size (default: %(default)s)</source>
        <translation>tamaño del papel (por defecto: %(default)s)</translation>
    </message>
    <message>
        <source>add "Shared by me on DATE" at the foot of every page</source>
        <translation>añadir «Compartido por mí el FECHA» al pie de cada página</translation>
    </message>
    <message>
        <source>The --out file must end in .pdf.</source>
        <translation>El archivo de --out debe terminar en .pdf.</translation>
    </message>
    <message>
        <source>The --out path is a folder; give a file name ending in .pdf.</source>
        <translation>La ruta de --out es una carpeta; indica un nombre de archivo que termine en .pdf.</translation>
    </message>
    <message>
        <source>Saved the report to {path}. It is not encrypted: anyone with the file can read it.</source>
        <translation>Se guardó el informe en {path}. No está cifrado: cualquiera que tenga el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>{problem} See 'recovery-journal report --help'.</source>
        <translation>{problem} Consulta «recovery-journal report --help».</translation>
    </message>
    <message>
        <source>The backup was checked and restored.</source>
        <translation>La copia de seguridad se comprobó y se restauró.</translation>
    </message>
    <message>
        <source>restore a journal from a backup</source>
        <translation>restaurar un diario desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Check a backup first (its passphrase, both integrity checks), then put it in place of the journal. The journal that was there is kept with the date and time in its name, never deleted, with every save it held. If PATH is a link, the link stays and the file it points to is replaced. You are told if the backup came from another journal. If the backup doesn't check out, nothing is changed. The passphrase asked for is the one the journal had when the backup was made.</source>
        <translation>Primero comprueba una copia de seguridad (su frase de contraseña y las dos comprobaciones de integridad) y luego la pone en lugar del diario. El diario que había se conserva con la fecha y la hora en su nombre, nunca se borra, con todo lo que tenía guardado. Si PATH es un enlace, el enlace se mantiene y se reemplaza el archivo al que apunta. Se te avisa si la copia viene de otro diario. Si la copia no supera la comprobación, no se cambia nada. La frase de contraseña que se pide es la que tenía el diario cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la copia de seguridad que se restaura</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Frase de contraseña de la copia: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>No hay ningún archivo de copia de seguridad en {path}.</translation>
    </message>
    <message>
        <source>Your previous journal was kept, whole, at: {path}</source>
        <translation>Tu diario anterior se conservó, entero, en: {path}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so the command stopped. Your journal file was left as the last finished step saved it.</source>
        <translation>Algo inesperado salió mal, así que el comando se detuvo. Tu archivo del diario quedó como lo guardó el último paso terminado.</translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <translation>Detenido, como pediste.</translation>
    </message>
    <message>
        <source>The command wasn't understood. See 'recovery-journal --help'.</source>
        <translation>No se entendió el comando. Consulta «recovery-journal --help».</translation>
    </message>
    <message>
        <source>The two passphrases you typed are different, so nothing was changed.</source>
        <translation>Las dos frases de contraseña que escribiste son distintas, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>The file named by --out couldn't be written, so nothing was written there.</source>
        <translation>No se pudo escribir el archivo indicado en --out, así que no se escribió nada ahí.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (the message says no more).</source>
        <translation>Algo inesperado salió mal (el mensaje no dice más).</translation>
    </message>
    <message>
        <source>The command line wasn't understood.</source>
        <translation>No se entendió la línea de comandos.</translation>
    </message>
    <message>
        <source>Stopped with Ctrl+C.</source>
        <translation>Detenido con Ctrl+C.</translation>
    </message>
    <message>
        <source>Recovery Journal: a private, offline-first wellness journal. With no command, the desktop app opens your journal.</source>
        <translation>Recovery Journal: un diario de bienestar privado que funciona sin conexión. Sin ningún comando, la aplicación de escritorio abre tu diario.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y terminar</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de estos argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos que no se reconocen: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r no es una de las opciones (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r no es un valor %(type)s válido</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>necesita un valor detrás</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se puede usar junto con %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el valor %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>Your usual journal:</source>
        <translation>Tu diario habitual:</translation>
    </message>
    <message>
        <source>Passphrases:</source>
        <translation>Frases de contraseña:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>show the version number, then stop</source>
        <translation>mostrar el número de versión y terminar</translation>
    </message>
    <message>
        <source>the journal the desktop app opens (default: your usual journal)</source>
        <translation>el diario que abre la aplicación de escritorio (por defecto: tu diario habitual)</translation>
    </message>
    <message>
        <source>the language of these messages: en, cy (Cymraeg) or es (Español); default: your system's</source>
        <translation>el idioma de estos mensajes: en, cy (Cymraeg) o es (Español); por defecto: el de tu sistema</translation>
    </message>
    <message>
        <source>add Recovery Journal to your desktop's app menu, for you only (under $XDG_DATA_HOME, usually ~/.local/share), then stop</source>
        <translation>añadir Recovery Journal al menú de aplicaciones de tu escritorio, solo para ti (en $XDG_DATA_HOME, normalmente ~/.local/share), y terminar</translation>
    </message>
    <message>
        <source>take Recovery Journal out of your app menu again, then stop</source>
        <translation>quitar de nuevo Recovery Journal de tu menú de aplicaciones, y terminar</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>órdenes</translation>
    </message>
    <message>
        <source>{problem}. See '{command} --help'.</source>
        <translation>{problem}. Consulta «{command} --help».</translation>
    </message>
    <message>
        <source>Passphrases: {rule}</source>
        <translation>Frases de contraseña: {rule}</translation>
    </message>
    <message>
        <source>On a terminal, passphrases are asked without showing what you type, and a new one is asked twice. When standard input is not a terminal, the passphrase is read from its first line (for passwd: the current passphrase on line 1, the new one on line 2). Only the line ending (\n or \r\n) is removed; every other space is part of the passphrase.</source>
        <translation>En una terminal, las frases de contraseña se piden sin mostrar lo que escribes, y una nueva se pide dos veces. Cuando la entrada estándar no es una terminal, la frase se lee de su primera línea (para passwd: la frase actual en la línea 1 y la nueva en la línea 2). Solo se quita el final de línea (\n o \r\n); cualquier otro espacio forma parte de la frase de contraseña.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbela otra vez: </translation>
    </message>
    <message>
        <source>No passphrase was typed.</source>
        <translation>No se escribió ninguna frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase on standard input isn't UTF-8 text.</source>
        <translation>La frase de contraseña de la entrada estándar no es texto UTF-8.</translation>
    </message>
    <message>
        <source>No passphrase was found on line {number} of standard input.</source>
        <translation>No se encontró ninguna frase de contraseña en la línea {number} de la entrada estándar.</translation>
    </message>
    <message>
        <source>Something went wrong with the journal file.</source>
        <translation>Algo salió mal con el archivo del diario.</translation>
    </message>
    <message>
        <source>Please type a passphrase; an empty one can't protect your journal.</source>
        <translation>Escribe una frase de contraseña, por favor; una vacía no puede proteger tu diario.</translation>
    </message>
    <message>
        <source>That passphrase contains a character that can't be used (a null character).</source>
        <translation>Esa frase de contraseña contiene un carácter que no se puede usar (un carácter nulo).</translation>
    </message>
    <message>
        <source>That passphrase doesn't open this journal, or this is not a Recovery Journal file.</source>
        <translation>Esa frase de contraseña no abre este diario, o este no es un archivo de Recovery Journal.</translation>
    </message>
    <message>
        <source>Check Caps Lock and try again. If you changed your passphrase recently, try the previous one too.</source>
        <translation>Revisa las mayúsculas y vuelve a intentarlo. Si cambiaste tu frase de contraseña hace poco, prueba también con la anterior.</translation>
    </message>
    <message>
        <source>That isn't the passphrase your journal has now, so nothing was changed.</source>
        <translation>Esa no es la frase de contraseña actual de tu diario, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Check Caps Lock and type your current passphrase again.</source>
        <translation>Revisa las mayúsculas y vuelve a escribir tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you have now, so nothing was changed.</source>
        <translation>La frase de contraseña nueva es la misma que tienes ahora, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Choose a different one to change it.</source>
        <translation>Elige una distinta para cambiarla.</translation>
    </message>
    <message>
        <source>There is no journal file at that place.</source>
        <translation>No hay ningún archivo de diario en ese lugar.</translation>
    </message>
    <message>
        <source>It may have been moved or renamed. Choose the file again, or create a new journal.</source>
        <translation>Puede que se haya movido o cambiado de nombre. Vuelve a elegir el archivo o crea un diario nuevo.</translation>
    </message>
    <message>
        <source>That is a folder or a special file, not a journal file.</source>
        <translation>Eso es una carpeta o un archivo especial, no un archivo de diario.</translation>
    </message>
    <message>
        <source>Choose the journal file itself.</source>
        <translation>Elige el archivo del diario en sí.</translation>
    </message>
    <message>
        <source>This file is empty, so it holds no journal (it may be damaged).</source>
        <translation>Este archivo está vacío, así que no contiene ningún diario (puede estar dañado).</translation>
    </message>
    <message>
        <source>If you have a backup, restore it. Your other files were not touched.</source>
        <translation>Si tienes una copia de seguridad, restáurala. Tus otros archivos no se tocaron.</translation>
    </message>
    <message>
        <source>This is an ordinary, unencrypted database file, not a Recovery Journal.</source>
        <translation>Este es un archivo de base de datos normal, sin cifrar, no un Recovery Journal.</translation>
    </message>
    <message>
        <source>Choose your journal file, or import your data from another app instead.</source>
        <translation>Elige tu archivo del diario, o importa tus datos desde otra aplicación.</translation>
    </message>
    <message>
        <source>This encrypted file opened, but it belongs to another app, not Recovery Journal.</source>
        <translation>Este archivo cifrado se abrió, pero pertenece a otra aplicación, no a Recovery Journal.</translation>
    </message>
    <message>
        <source>Nothing in it was changed. Choose your journal file instead.</source>
        <translation>No se cambió nada de su contenido. Elige tu archivo del diario.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but part of this journal file is damaged.</source>
        <translation>Tu frase de contraseña es correcta, pero parte de este archivo del diario está dañada.</translation>
    </message>
    <message>
        <source>The file was not changed. Restore your latest backup, and keep this file in case it can be repaired.</source>
        <translation>El archivo no se cambió. Restaura tu copia de seguridad más reciente y guarda este archivo por si se puede reparar.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Recovery Journal.</source>
        <translation>Este diario se guardó con una versión más nueva de Recovery Journal.</translation>
    </message>
    <message>
        <source>Update the app to open it. The file was not changed.</source>
        <translation>Actualiza la aplicación para abrirlo. El archivo no se cambió.</translation>
    </message>
    <message>
        <source>This journal is already open in another window or program.</source>
        <translation>Este diario ya está abierto en otra ventana o programa.</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation>Cambia a esa ventana, o ciérrala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This computer account isn't allowed to read or change that journal file.</source>
        <translation>Esta cuenta del ordenador no tiene permiso para leer ni cambiar ese archivo del diario.</translation>
    </message>
    <message>
        <source>Check the file's permissions, or copy it somewhere you can write to.</source>
        <translation>Revisa los permisos del archivo, o cópialo a un lugar donde puedas escribir.</translation>
    </message>
    <message>
        <source>A file already exists there, so a new journal was not created.</source>
        <translation>Ya existe un archivo ahí, así que no se creó ningún diario nuevo.</translation>
    </message>
    <message>
        <source>Choose another name or place; the existing file was left as it is.</source>
        <translation>Elige otro nombre u otro lugar; el archivo existente se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>There isn't enough free space on the disk to save.</source>
        <translation>No hay suficiente espacio libre en el disco para guardar.</translation>
    </message>
    <message>
        <source>Nothing was lost: free some space and save again.</source>
        <translation>No se perdió nada: libera algo de espacio y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The journal file couldn't be read or written just now.</source>
        <translation>No se pudo leer ni escribir el archivo del diario en este momento.</translation>
    </message>
    <message>
        <source>Nothing was lost. Try again; if it keeps happening, restore a backup.</source>
        <translation>No se perdió nada. Vuelve a intentarlo; si sigue pasando, restaura una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>El diario está bloqueado.</translation>
    </message>
    <message>
        <source>Unlock it to go on.</source>
        <translation>Desbloquéalo para continuar.</translation>
    </message>
    <message>
        <source>The journal is busy changing its passphrase.</source>
        <translation>El diario está ocupado cambiando su frase de contraseña.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>That item no longer exists in the journal.</source>
        <translation>Ese elemento ya no existe en el diario.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the side file holding this journal's most recent saves was damaged or lost when the computer stopped, so some of those saves may be missing.</source>
        <translation>Tu frase de contraseña es correcta, pero el archivo auxiliar que guarda lo más reciente de este diario se dañó o se perdió cuando el ordenador se detuvo, así que puede faltar parte de lo último que guardaste.</translation>
    </message>
    <message>
        <source>Unlock again to go on with everything that could be read.</source>
        <translation>Desbloquéalo de nuevo para continuar con todo lo que se pudo leer.</translation>
    </message>
    <message>
        <source>This file ends before its first page does, so it was cut short or it isn't a journal file.</source>
        <translation>Este archivo termina antes de que termine su primera página, así que se cortó o no es un archivo de diario.</translation>
    </message>
    <message>
        <source>The file was not changed. If you have a backup, restore it.</source>
        <translation>El archivo no se cambió. Si tienes una copia de seguridad, restáurala.</translation>
    </message>
    <message>
        <source>This export is not encrypted: anyone who can open the file can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Esta exportación no está cifrada: cualquiera que pueda abrir el archivo puede leer todo lo que contiene. Guárdala en un lugar privado y bórrala cuando ya no la necesites.</translation>
    </message>
</context>
</TS>
