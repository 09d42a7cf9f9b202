<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>How satisfied are you with %1?</source>
        <translation>¿Qué tan satisfecho/a estás con %1?</translation>
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
        <translation>Qué tan satisfecho/a estás con %1, del 1 al 7</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Journal</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app settings hold only the window's size, the theme, the text size, the language and where your journal is; nothing you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%s): you may use, study, share and change it.</source>
        <translation type="unfinished"></translation>
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
    <name>CategoriesBox</name>
    <message>
        <source>What each kind of reading becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Part of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1 (a new measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2 rows) becomes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Record a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change in %1, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dose, if it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New how often, if it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note, for example on effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New how often</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrases as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new one &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your passphrase and your backups… This can take a little while; please keep the app open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, keep the passphrase you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases aren't the same yet. Please type the new one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you have now. Please choose a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>That isn't the passphrase your journal has now, so nothing was changed. Check Caps Lock and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected got in the way. Your journal is safe: if the new passphrase doesn't open it next time, your previous one will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed, and your journal opened with the new one. Use it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup was changed with it, so it opens with your new passphrase too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy kept beside your journal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These couldn't be changed and were left exactly as they were, so they still need the passphrase they had before (most likely your previous one): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 backups were changed with it, so they open with your new passphrase too.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save the %1 chart as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Dibujando el gráfico…</translation>
    </message>
    <message>
        <source>Drawing the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Mostrar como gráfico</translation>
    </message>
    <message>
        <source>Show %1 as a chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <source>Measures shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure shown in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions shown one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, question by question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes in my supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change in my supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to compare around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag to compare around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change in my supports to compare around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;easure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the title and period on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides the chart, the file keeps only this title: no app name, date saved or folder. It uses light colours so it prints well. Share it with whoever you choose.</source>
        <translation type="unfinished"></translation>
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
    <name>Charts</name>
    <message>
        <source>Each dot is a day. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dot is a day; an upright line shows the lowest to highest check-in of a day with several. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thin line follows each day. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thin line follows each day; an upright line shows the lowest to highest check-in of a day with several. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range over 7 days; a gap is a day without a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range over 30 days; a gap is a day without a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole year, each square a day, coloured by the measure you pick: the brighter, the higher. Grey squares are days without a check-in; faint ones are outside your journal so far (before your first check-in, or still to come).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, the goal steps you marked done, added up. Right, each goal on a band of its own: a point is a review, higher is further along, and its number is the progress you noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal steps you marked done, added up over the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each goal on a band of its own: a point is a review, higher is further along, and its number is the progress you noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar counts the things you linked to a part of life (tagged check-ins and journal entries, strength uses, goal steps done), beside the period of the same length before. It shows where attention went, not a score.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Your average before and after a day that mattered, such as a new job or a change of medication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths used</source>
        <translation>Fortalezas usadas</translation>
    </message>
    <message>
        <source>How often you noted using each strength, and the part of life it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>The goal steps you marked done, and the progress you noted at each goal's reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life balance</source>
        <translation>Equilibrio vital</translation>
    </message>
    <message>
        <source>Questionnaires over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each questionnaire's total each time you answered it, over the ranges its authors publish (named at the side). ONS4 shows its four questions on their own. A time with a question left blank has no total. None of this is a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life check</source>
        <translation>Repaso de vida</translation>
    </message>
    <message>
        <source>How satisfied you said you were with each part of life, from 1 (not at all) to 7 (completely), in the newest life check of the period, beside the one before it. Our own questions, not a clinical measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often you named each feeling in a check-in, with your average mood and hope in those check-ins. This shows what goes together, not what causes what.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected check-in to my hope box</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1 (a new measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: a new measure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComboVoice</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>Qué tan fuerte es la frase de contraseña</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an accessible copy of the crisis card as a web page (HTML)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDialogs</name>
    <message>
        <source>Something unexpected got in the way, so nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes your journal (%1) and all of its automatic backups from this computer: every check-in, entry, goal, plan and contact in it. It can't be undone, and no one, including us, can bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports and backup files you saved somewhere yourself are not touched. If you might want any of it later, choose Keep my journal and use File, Export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go ahead, type the word “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, one file with everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV: a zip with one spreadsheet file per kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, a zip of spreadsheet files</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasant, less energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpleasant, more energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpleasant, less energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsEditor</name>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feelings in your list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of the feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wistful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of the new feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the new feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsPicker</name>
    <message>
        <source>Find a feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a feeling, Enter picks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All feelings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all feelings to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings, grouped by how pleasant and how energetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling %1, press to remove</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal file is checked each time you unlock it and before each backup. You can also check it now; it takes a moment and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my &amp;journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your journal file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal file checked out: every page is whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check couldn't run just now. Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it matters to me</source>
        <translation>&amp;Por qué me importa</translation>
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
        <translation>Aún no hay metas en esta área. Elige "Todas las áreas de la vida" para ver las demás.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Optional, for example: weekdays 8 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel changing this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the number you removed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the number a name, so you know whose it is.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HopeBoxDialog</name>
    <message>
        <source>My hope box</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close my hope box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What reminds you why things matter, kept close for the hard days. Add what you like, in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your hope box</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from your hope box. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HopeItemCard</name>
    <message>
        <source>— %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HopeItemEditor</name>
    <message>
        <source>Your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;said it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture from your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture first, or press Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HopePictures</name>
    <message>
        <source>That picture is over 20 MB. Please pick a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file couldn't be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file isn't a picture this app can keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture is too big to open safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture couldn't be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life area(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength use(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan section(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n helpline(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n early-warning rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life check(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s) or support(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeling word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new — everything in that file is already in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>And %n more skipped row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>If you cancel, nothing is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It adds these measures to your journal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not brought in, as nothing here holds it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in your history from a file. You'll see what it holds before anything is added, and importing the same file twice adds nothing the second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made mapping for another app's file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: I'll choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mood labels on the 0–10 mood scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the file's &amp;scales as measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the file's scales as measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview what the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import what the preview showed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood for “%1”, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was added, so your journal is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, to be added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in your journal, so not added again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, as the same as an earlier row of the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file also holds Daylio scales (%1). They are left out unless you choose to add them as measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New feeling words for your list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave blank</source>
        <translation>Dejar en blanco</translation>
    </message>
    <message>
        <source>Leave question %1 blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this question blank</source>
        <translation>Dejar esta pregunta en blanco</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation>Borrar entrada</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this entry to my hope box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for those words. Fewer words, or the start of a word, may find more.</source>
        <translation>No se encontró nada con esas palabras. Con menos palabras, o el principio de una palabra, quizá encuentres más.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your hope box</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a life check on Today &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A life check asks how satisfied you are with each part of your life, from 1 to 7, and what is going well. Today offers one only if you choose a number here, and it can always be put aside. You can take one at any time from Insights.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this life check (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Bring the deleted life check back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is each part of your life going?</source>
        <translation>¿Cómo va cada parte de tu vida?</translation>
    </message>
    <message>
        <source>For each part of your life, choose how satisfied you are with it now, from 1 (not at all) to 7 (completely), and note what is going well if you like. Skip any you want. These are our own questions, not a clinical or licensed questionnaire; the numbers are yours, never a grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate at least one part of life, or note what is going well, or choose Not now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This life check is deleted. Undo brings it back.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is going well</source>
        <translation>Lo que va bien</translation>
    </message>
    <message>
        <source>Each area over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each life area's ratings over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smallest next step</source>
        <translation>Un paso siguiente muy pequeño</translation>
    </message>
    <message>
        <source>Taken on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on %1, beside the one on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small chart per life area, with each life check's rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart couldn't be drawn just now. Your life check is saved.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
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
        <translation>Palabras del e&amp;xtremo bajo</translation>
    </message>
    <message>
        <source>High e&amp;nd words</source>
        <translation>Palabras del extremo a&amp;lto</translation>
    </message>
    <message>
        <source>New &amp;measure</source>
        <translation>Nueva &amp;medida</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life area for the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal the step belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal's &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: text Sam about a walk on Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest next &amp;step</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to Goals under %1.</source>
        <translation>Añadido a Metas en %1.</translation>
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
        <source>When in my plan they are involved</source>
        <translation>En qué parte de mi plan participan</translation>
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
        <translation>&amp;Teléfono</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 or lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 of the last %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins show %1 on %2 of the last %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest check-in shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins show %1 for %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My hope box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my hope box</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring puts a backup in place of your journal as it is now. Your current journal is not deleted: it is kept aside, unchanged, next to the journal file, with today's date and time in its name. Afterwards you unlock the restored journal with the passphrase it had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are changed with your passphrase, but some couldn't be, so they still open with an earlier passphrase. If your passphrase doesn't open one, try your previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups made when the journal was closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backups yet. You can choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and &amp;restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the backup and restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, keep the journal as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal backups (*.vault);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>&amp;Repasos anteriores</translation>
    </message>
    <message>
        <source>Review added: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time you save, the earlier text is kept here. Restoring a version saves it as the newest one, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed between this version and the text now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%s (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is the same as the text now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Restored. The text before is kept as a version too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>If you like, the app can watch your own check-ins for signs you know, and show a gentle note on Today that opens your plan. It stays off until you add a sign; you can pause any of them. Nothing is ever sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a note on Today when a sign is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or start the chosen sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs from my check-ins</source>
        <translation>Señales de mis registros</translation>
    </message>
    <message>
        <source>Add a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure below a number, days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure above a number, days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure at or below a number, on some of the last days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag, days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>For example: not eating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of the last how many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan section the note opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Of the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signs yet. Add one below, if you'd like to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Sign removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on Today are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on Today are off</source>
        <translation type="unfinished"></translation>
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
        <translation>Pensar que estarías mejor muerto/a, o en hacerte daño, puede ser una carga muy pesada, y no tienes que llevarla a solas. Tu plan de crisis, las personas que elegiste y las líneas de ayuda están abiertos para ti ahora, en su propia ventana.</translation>
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
    <name>SafetyPlanEditor</name>
    <message>
        <source>Notes from before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote here before the steps. It stays until you move it into a step or remove it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to choose yet: add people in People, and numbers in Settings</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words you can pick in a check-in. Hidden ones stay on past check-ins.</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;Tema</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who has the file can read it. Share it only with people you choose.</source>
        <translation>El PDF no está cifrado: cualquiera que tenga el archivo puede leerlo. Compártelo solo con quien tú elijas.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one part to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved an accessible copy as %s. It is not encrypted.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report couldn't be saved there (the disk may be full or the folder read-only). No file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report couldn't be made. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the tip for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 changes an item, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and press Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Choose from mine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from your own people and numbers for: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to place %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the list.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Add the new step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ste&amp;p</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step ticked off</source>
        <translation>Paso hecho</translation>
    </message>
    <message>
        <source>Step not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún sin hacer</translation>
    </message>
    <message>
        <source>Mark the selected step as not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick off the selected step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source> — by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — done</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this period</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own word for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: gardening, yoga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Dose, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the day I started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Your word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Please give it a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportsLog</name>
    <message>
        <source>Support set aside. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That support can no longer be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change set aside. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change can no longer be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log you keep of what supports your recovery — medicines, talking therapies, groups, or anything else you name — and how each has changed over time. It is yours: nothing here is checked or judged, and you decide what goes in. Changes can show on your charts in Insights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in my supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in names and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Add a support when you like: a medicine, a therapy, a group, a place or a person that helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this change aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the chosen change aside (a change recorded by mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a change in this support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this support aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments and supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your supports matches that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes over time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside a support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside a change in a support</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did, or how it helped (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save use</source>
        <translation>Guardar uso</translation>
    </message>
    <message>
        <source>Save this use</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number for “%1”</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to offer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days or weeks for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>Responder ahora</translation>
    </message>
    <message>
        <source>Answer %1 now</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason to keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add words that help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone or something that matters to me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words I wrote, or words someone said that stayed with me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day, a moment, a time I felt all right…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who is glad I'm here, a place I feel calm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words about the picture, if you like…</source>
        <translation type="unfinished"></translation>
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
        <translation>¿Qué tan satisfecho/a estás con %1?</translation>
    </message>
    <message>
        <source>How satisfied you are with %1, 1 to 7</source>
        <translation>Qué tan satisfecho/a estás con %1, del 1 al 7</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to offer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days or weeks for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 now</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Journal</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app settings hold only the window's size, the theme, the text size, the language and where your journal is; nothing you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%s): you may use, study, share and change it.</source>
        <translation type="unfinished"></translation>
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
        <source>What each kind of reading becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Part of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1 (a new measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2 rows) becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change in %1, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dose, if it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New how often, if it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note, for example on effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New how often</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrases as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new one &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your passphrase and your backups… This can take a little while; please keep the app open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, keep the passphrase you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases aren't the same yet. Please type the new one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you have now. Please choose a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>That isn't the passphrase your journal has now, so nothing was changed. Check Caps Lock and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected got in the way. Your journal is safe: if the new passphrase doesn't open it next time, your previous one will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart appears here in a moment.</source>
        <translation>El gráfico aparecerá aquí en un momento.</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save the %1 chart as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Dibujando el gráfico…</translation>
    </message>
    <message>
        <source>Drawing the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Mostrar como gráfico</translation>
    </message>
    <message>
        <source>Show %1 as a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure shown in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions shown one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, question by question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes in my supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change in my supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to compare around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag to compare around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change in my supports to compare around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;easure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>Title saved with the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the title and period on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides the chart, the file keeps only this title: no app name, date saved or folder. It uses light colours so it prints well. Share it with whoever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dot is a day. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dot is a day; an upright line shows the lowest to highest check-in of a day with several. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thin line follows each day. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thin line follows each day; an upright line shows the lowest to highest check-in of a day with several. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range over 7 days; a gap is a day without a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range over 30 days; a gap is a day without a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole year, each square a day, coloured by the measure you pick: the brighter, the higher. Grey squares are days without a check-in; faint ones are outside your journal so far (before your first check-in, or still to come).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, the goal steps you marked done, added up. Right, each goal on a band of its own: a point is a review, higher is further along, and its number is the progress you noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal steps you marked done, added up over the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each goal on a band of its own: a point is a review, higher is further along, and its number is the progress you noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar counts the things you linked to a part of life (tagged check-ins and journal entries, strength uses, goal steps done), beside the period of the same length before. It shows where attention went, not a score.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Your average before and after a day that mattered, such as a new job or a change of medication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths used</source>
        <translation>Fortalezas usadas</translation>
    </message>
    <message>
        <source>How often you noted using each strength, and the part of life it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>The goal steps you marked done, and the progress you noted at each goal's reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life balance</source>
        <translation>Equilibrio vital</translation>
    </message>
    <message>
        <source>Questionnaires over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each questionnaire's total each time you answered it, over the ranges its authors publish (named at the side). ONS4 shows its four questions on their own. A time with a question left blank has no total. None of this is a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life check</source>
        <translation>Repaso de vida</translation>
    </message>
    <message>
        <source>How satisfied you said you were with each part of life, from 1 (not at all) to 7 (completely), in the newest life check of the period, beside the one before it. Our own questions, not a clinical measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often you named each feeling in a check-in, with your average mood and hope in those check-ins. This shows what goes together, not what causes what.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected check-in to my hope box</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: a new measure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Vaciar %1</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation type="unfinished"></translation>
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
        <translation>Qué tan fuerte es la frase de contraseña</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an accessible copy of the crisis card as a web page (HTML)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected got in the way, so nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes your journal (%1) and all of its automatic backups from this computer: every check-in, entry, goal, plan and contact in it. It can't be undone, and no one, including us, can bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports and backup files you saved somewhere yourself are not touched. If you might want any of it later, choose Keep my journal and use File, Export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go ahead, type the word “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, one file with everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV: a zip with one spreadsheet file per kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, a zip of spreadsheet files</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasant, less energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpleasant, more energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpleasant, less energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feelings in your list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of the feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wistful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of the new feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a feeling, Enter picks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All feelings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all feelings to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings, grouped by how pleasant and how energetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling %1, press to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal file is checked each time you unlock it and before each backup. You can also check it now; it takes a moment and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my &amp;journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your journal file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal file checked out: every page is whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check couldn't run just now. Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it matters to me</source>
        <translation>&amp;Por qué me importa</translation>
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
        <translation>Aún no hay metas en esta área. Elige "Todas las áreas de la vida" para ver las demás.</translation>
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
        <translation>Soltada</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example: My GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Optional, for example: weekdays 8 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel changing this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the number you removed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the number a name, so you know whose it is.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My hope box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close my hope box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What reminds you why things matter, kept close for the hard days. Add what you like, in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your hope box</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from your hope box. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;said it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture from your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture first, or press Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture is over 20 MB. Please pick a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file couldn't be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life area(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength use(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan section(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n helpline(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n early-warning rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life check(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s) or support(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeling word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new — everything in that file is already in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>And %n more skipped row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>If you cancel, nothing is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It adds these measures to your journal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not brought in, as nothing here holds it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in your history from a file. You'll see what it holds before anything is added, and importing the same file twice adds nothing the second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made mapping for another app's file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: I'll choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mood labels on the 0–10 mood scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the file's &amp;scales as measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the file's scales as measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview what the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import what the preview showed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood for “%1”, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was added, so your journal is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave blank</source>
        <translation>Dejar en blanco</translation>
    </message>
    <message>
        <source>Leave question %1 blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this question blank</source>
        <translation>Dejar esta pregunta en blanco</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation>Borrar entrada</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Borrar esta entrada</translation>
    </message>
    <message>
        <source>Add this entry to my hope box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for those words. Fewer words, or the start of a word, may find more.</source>
        <translation>No se encontró nada con esas palabras. Con menos palabras, o el principio de una palabra, quizá encuentres más.</translation>
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
        <translation type="unfinished"></translation>
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
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Offer a life check every so many weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a life check on Today &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A life check asks how satisfied you are with each part of your life, from 1 to 7, and what is going well. Today offers one only if you choose a number here, and it can always be put aside. You can take one at any time from Insights.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this life check (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the deleted life check back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is each part of your life going?</source>
        <translation>¿Cómo va cada parte de tu vida?</translation>
    </message>
    <message>
        <source>For each part of your life, choose how satisfied you are with it now, from 1 (not at all) to 7 (completely), and note what is going well if you like. Skip any you want. These are our own questions, not a clinical or licensed questionnaire; the numbers are yours, never a grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate at least one part of life, or note what is going well, or choose Not now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This life check is deleted. Undo brings it back.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is going well</source>
        <translation>Lo que va bien</translation>
    </message>
    <message>
        <source>Each area over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each life area's ratings over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smallest next step</source>
        <translation>Un paso siguiente muy pequeño</translation>
    </message>
    <message>
        <source>Taken on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on %1, beside the one on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small chart per life area, with each life check's rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart couldn't be drawn just now. Your life check is saved.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
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
        <translation>Palabras del e&amp;xtremo bajo</translation>
    </message>
    <message>
        <source>High e&amp;nd words</source>
        <translation>Palabras del extremo a&amp;lto</translation>
    </message>
    <message>
        <source>New &amp;measure</source>
        <translation>Nueva &amp;medida</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life area for the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal the step belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal's &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: text Sam about a walk on Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest next &amp;step</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to Goals under %1.</source>
        <translation>Añadido a Metas en %1.</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 or lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 of the last %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins show %1 on %2 of the last %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest check-in shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins show %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan has your own ideas for times like this.</source>
        <translation>Tu plan tiene tus propias ideas para momentos como este.</translation>
    </message>
    <message>
        <source>My safety plan, step by step</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Well-known questionnaires you may answer now and then, for yourself, to notice change over time. None is on unless you switch it on; when one is due, Today offers it once, and “Not now” is always fine. Your answers stay in your journal.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
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
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring puts a backup in place of your journal as it is now. Your current journal is not deleted: it is kept aside, unchanged, next to the journal file, with today's date and time in its name. Afterwards you unlock the restored journal with the passphrase it had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are changed with your passphrase, but some couldn't be, so they still open with an earlier passphrase. If your passphrase doesn't open one, try your previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups made when the journal was closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backups yet. You can choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and &amp;restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the backup and restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, keep the journal as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal backups (*.vault);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>&amp;Repasos anteriores</translation>
    </message>
    <message>
        <source>Review added: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time you save, the earlier text is kept here. Restoring a version saves it as the newest one, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed between this version and the text now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is the same as the text now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Restored. The text before is kept as a version too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you like, the app can watch your own check-ins for signs you know, and show a gentle note on Today that opens your plan. It stays off until you add a sign; you can pause any of them. Nothing is ever sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a note on Today when a sign is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or start the chosen sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure below a number, days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure above a number, days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure at or below a number, on some of the last days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag, days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>For example: not eating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of the last how many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan section the note opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Of the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signs yet. Add one below, if you'd like to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on Today are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on Today are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for answering that</source>
        <translation>Gracias por responder a eso</translation>
    </message>
    <message>
        <source>Thoughts of being better off dead, or of hurting yourself, can be a lot to carry, and you don't have to carry them alone. Your crisis plan, the people you chose and the helplines are open for you now, in their own window.</source>
        <translation>Pensar que estarías mejor muerto/a, o en hacerte daño, puede ser una carga muy pesada, y no tienes que llevarla a solas. Tu plan de crisis, las personas que elegiste y las líneas de ayuda están abiertos para ti ahora, en su propia ventana.</translation>
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
        <source>Notes from before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote here before the steps. It stays until you move it into a step or remove it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to choose yet: add people in People, and numbers in Settings</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>&amp;Tema</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview to see the pages here.</source>
        <translation>Pulsa Vista previa para ver aquí las páginas.</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who has the file can read it. Share it only with people you choose.</source>
        <translation>El PDF no está cifrado: cualquiera que tenga el archivo puede leerlo. Compártelo solo con quien tú elijas.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one part to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved an accessible copy as %s. It is not encrypted.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report couldn't be saved there (the disk may be full or the folder read-only). No file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report couldn't be made. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the tip for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 changes an item, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and press Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from mine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from your own people and numbers for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to place %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks a step off; Alt+Up and Alt+Down change the order; Delete removes it</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Add the new step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ste&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step added</source>
        <translation>Paso añadido</translation>
    </message>
    <message>
        <source>Step moved to place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step ticked off</source>
        <translation>Paso hecho</translation>
    </message>
    <message>
        <source>Step not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún sin hacer</translation>
    </message>
    <message>
        <source>Mark the selected step as not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick off the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — done</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own word for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: gardening, yoga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the day I started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give it a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support set aside. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That support can no longer be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change set aside. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change can no longer be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log you keep of what supports your recovery — medicines, talking therapies, groups, or anything else you name — and how each has changed over time. It is yours: nothing here is checked or judged, and you decide what goes in. Changes can show on your charts in Insights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in my supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in names and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Add a support when you like: a medicine, a therapy, a group, a place or a person that helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this change aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the chosen change aside (a change recorded by mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a change in this support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this support aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your supports matches that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes over time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside a support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside a change in a support</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did, or how it helped (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save use</source>
        <translation>Guardar uso</translation>
    </message>
    <message>
        <source>Save this use</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a strength first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use logged</source>
        <translation>Uso anotado</translation>
    </message>
    <message>
        <source>That is no longer here; it may have been deleted.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin valor</translation>
    </message>
    <message>
        <source>Your words in “%1” as numbers from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in lists and suggestions</source>
        <translation>Mostrar en listas y sugerencias</translation>
    </message>
    <message>
        <source>That file isn't a picture this app can keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture is too big to open safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture couldn't be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <source>Journal backups (*.vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it had when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup can't replace the journal itself. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved and checked. It opens with your current passphrase.</source>
        <translation>Copia de seguridad guardada y comprobada. Se abre con tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Your previous journal was kept, whole, as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, to be added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in your journal, so not added again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, as the same as an earlier row of the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file also holds Daylio scales (%1). They are left out unless you choose to add them as measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New feeling words for your list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good day's check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>When in my plan they are involved</source>
        <translation>En qué parte de mi plan participan</translation>
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
        <source>&amp;Relationship</source>
        <translation>&amp;Relación</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
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
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation>Mi plan de crisis</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a diagnosis. It is a way for you to notice change over time, and something you may choose to talk over with someone you trust.</source>
        <translation>Esto no es un diagnóstico. Es una forma de notar cambios con el tiempo, y algo que puedes elegir hablar con alguien de confianza.</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your total is %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — you chose %2 (ONS calls this “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left %1 blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes these ranges: %2. Yours is in the range it calls “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left %1 blank, so there is no total this time: %2 is only added up when every question is answered. Your answers are kept as you gave them.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup was changed with it, so it opens with your new passphrase too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy kept beside your journal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These couldn't be changed and were left exactly as they were, so they still need the passphrase they had before (most likely your previous one): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 backups were changed with it, so they open with your new passphrase too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this period</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking therapies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer and self-help groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A talking therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer or self-help group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else (name it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Save a backup</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <source>Journal backups (*.vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it had when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup can't replace the journal itself. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved and checked. It opens with your current passphrase.</source>
        <translation>Copia de seguridad guardada y comprobada. Se abre con tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Your previous journal was kept, whole, as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HopeBox</name>
    <message>
        <source>A good day's check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation>Mi plan de crisis</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from before</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your total is %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — you chose %2 (ONS calls this “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left %1 blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes these ranges: %2. Yours is in the range it calls “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left %1 blank, so there is no total this time: %2 is only added up when every question is answered. Your answers are kept as you gave them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportWords</name>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking therapies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer and self-help groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A talking therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer or self-help group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else (name it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Soltada</translation>
    </message>
    <message>
        <source>Note on effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation type="unfinished"></translation>
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
</TS>
