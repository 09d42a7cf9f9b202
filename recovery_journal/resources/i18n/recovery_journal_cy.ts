<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>How satisfied are you with %1?</source>
        <translation>Pa mor fodlon ydych chi gyda %1?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>1 – not at all</source>
        <translation>1 – ddim o gwbl</translation>
    </message>
    <message>
        <source>7 – completely</source>
        <translation>7 – yn llwyr</translation>
    </message>
    <message>
        <source>How satisfied you are with %1, 1 to 7</source>
        <translation>Pa mor fodlon ydych chi gyda %1, 1 i 7</translation>
    </message>
    <message>
        <source>What is going well (optional)</source>
        <translation>Beth sy’n mynd yn dda (dewisol)</translation>
    </message>
    <message>
        <source>What is going well in %1</source>
        <translation>Beth sy’n mynd yn dda yn %1</translation>
    </message>
    <message>
        <source>day</source>
        <translation>diwrnod</translation>
    </message>
    <message>
        <source>days</source>
        <translation>diwrnod</translation>
    </message>
    <message>
        <source>week</source>
        <translation>wythnos</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>wythnos</translation>
    </message>
    <message>
        <source>That looks like a strong passphrase.</source>
        <translation>Mae hwnna’n edrych fel cyfrinymadrodd cryf.</translation>
    </message>
    <message>
        <source>A good length. One more word would make it even harder to guess.</source>
        <translation>Hyd da. Byddai un gair arall yn ei wneud yn anoddach fyth i’w ddyfalu.</translation>
    </message>
    <message>
        <source>A start. Adding a word or two would make it harder to guess.</source>
        <translation>Dechrau da. Byddai gair neu ddau arall yn ei wneud yn anoddach i’w ddyfalu.</translation>
    </message>
    <message>
        <source>This is quite short. A few unrelated words, like a small sentence only you would make up, are easy to remember and hard to guess.</source>
        <translation>Mae hwn yn eithaf byr. Mae ychydig eiriau nad ydynt yn perthyn, fel brawddeg fach y byddech chi’n unig yn ei llunio, yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Recovery Journal</source>
        <translation>Ynglŷn â Recovery Journal</translation>
    </message>
    <message>
        <source>Recovery Journal icon</source>
        <translation>Eicon Recovery Journal</translation>
    </message>
    <message>
        <source>Recovery Journal</source>
        <translation>Recovery Journal</translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation>Fersiwn %s</translation>
    </message>
    <message>
        <source>Recovery Journal contains no network code: what you write stays on this computer, in one file encrypted under your passphrase, and leaves it only when you export or share something yourself.</source>
        <translation>Does dim cod rhwydwaith yn Recovery Journal: mae’r hyn rydych chi’n ei ysgrifennu yn aros ar y cyfrifiadur hwn, mewn un ffeil wedi’i hamgryptio dan eich cyfrinymadrodd, a dim ond yn ei adael pan fyddwch chi’n allforio neu’n rhannu rhywbeth eich hun.</translation>
    </message>
    <message>
        <source>Your journal file</source>
        <translation>Ffeil eich dyddlyfr</translation>
    </message>
    <message>
        <source>Automatic backups folder</source>
        <translation>Ffolder y copïau wrth gefn awtomatig</translation>
    </message>
    <message>
        <source>Your journal:</source>
        <translation>Eich dyddlyfr:</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Copïau wrth gefn awtomatig:</translation>
    </message>
    <message>
        <source>App settings file</source>
        <translation>Ffeil gosodiadau’r ap</translation>
    </message>
    <message>
        <source>App settings:</source>
        <translation>Gosodiadau’r ap:</translation>
    </message>
    <message>
        <source>The app settings hold only the window's size, the theme, the text size, the language and where your journal is; nothing you wrote.</source>
        <translation>Dim ond maint y ffenestr, y thema, maint y testun, yr iaith a lleoliad eich dyddlyfr sydd yng ngosodiadau’r ap; dim byd a ysgrifennoch chi.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%s): you may use, study, share and change it.</source>
        <translation>Meddalwedd rydd dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach (%s): gallwch ei defnyddio, ei hastudio, ei rhannu a’i newid.</translation>
    </message>
    <message>
        <source>Close About Recovery Journal</source>
        <translation>Cau Ynglŷn â Recovery Journal</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>Does dim yn cael ei anfon i unman</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Ble mae eich data</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Your journal and its backups were deleted.</source>
        <translation>Cafodd eich dyddlyfr a’i gopïau wrth gefn eu dileu.</translation>
    </message>
</context>
<context>
    <name>BusyNote</name>
    <message>
        <source>Drawing the chart…</source>
        <translation>Wrthi’n llunio’r siart…</translation>
    </message>
    <message>
        <source>Drawing the chart</source>
        <translation>Wrthi’n llunio’r siart</translation>
    </message>
</context>
<context>
    <name>CategoriesBox</name>
    <message>
        <source>What each kind of reading becomes</source>
        <translation>Beth ddaw o bob math o ddarlleniad</translation>
    </message>
    <message>
        <source>Not brought in</source>
        <translation>Heb ei fewnforio</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Part of the note</source>
        <translation>Rhan o’r nodyn</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Gwerth: %1</translation>
    </message>
    <message>
        <source>Value: %1 (a new measure)</source>
        <translation>Gwerth: %1 (mesur newydd)</translation>
    </message>
    <message>
        <source>“%1” (%2 rows) becomes</source>
        <translation>Mae “%1” (%2 rhes) yn dod yn</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Record a change</source>
        <translation>Nodi newid</translation>
    </message>
    <message>
        <source>A change in %1, in your own words.</source>
        <translation>Newid yn %1, yn eich geiriau eich hun.</translation>
    </message>
    <message>
        <source>Day of the change</source>
        <translation>Diwrnod y newid</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>New dose, if it changed</source>
        <translation>Dos newydd, os newidiodd</translation>
    </message>
    <message>
        <source>New how often, if it changed</source>
        <translation>Pa mor aml nawr, os newidiodd</translation>
    </message>
    <message>
        <source>A note, for example on effects</source>
        <translation>Nodyn, er enghraifft am effeithiau</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Dos newydd</translation>
    </message>
    <message>
        <source>New how often</source>
        <translation>Pa mor aml nawr</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Your journal and its backups will open with the new passphrase. Write it down and keep it somewhere safe: if it is forgotten, it can't be recovered.</source>
        <translation>Bydd eich dyddlyfr a’i gopïau wrth gefn yn agor gyda’r cyfrinymadrodd newydd. Ysgrifennwch ef a’i gadw rywle diogel: os caiff ei anghofio, does dim modd ei adfer.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Cyfrinymadrodd newydd, eto</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Mae’n ymddangos bod Caps Lock ymlaen.</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Dangos beth rwy’n ei deipio</translation>
    </message>
    <message>
        <source>Show the passphrases as I type</source>
        <translation>Dangos y cyfrinymadroddion wrth i mi deipio</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Cyfrinymadrodd &amp;presennol</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <source>Type the new one &amp;again</source>
        <translation>Teipiwch yr un newydd &amp;eto</translation>
    </message>
    <message>
        <source>Changing your passphrase and your backups… This can take a little while; please keep the app open.</source>
        <translation>Wrthi’n newid eich cyfrinymadrodd a’ch copïau wrth gefn… Gall hyn gymryd ychydig o amser; cadwch yr ap ar agor.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Newid y &amp;cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Cancel, keep the passphrase you have</source>
        <translation>Canslo, cadw’r cyfrinymadrodd sydd gennych</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Teipiwch eich cyfrinymadrodd presennol.</translation>
    </message>
    <message>
        <source>Please choose a new passphrase.</source>
        <translation>Dewiswch gyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <source>The two new passphrases aren't the same yet. Please type the new one again.</source>
        <translation>Dydy’r ddau gyfrinymadrodd newydd ddim yr un fath eto. Teipiwch yr un newydd eto.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you have now. Please choose a different one.</source>
        <translation>Mae’r cyfrinymadrodd newydd yr un fath â’r un sydd gennych nawr. Dewiswch un gwahanol.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>That isn't the passphrase your journal has now, so nothing was changed. Check Caps Lock and type it again.</source>
        <translation>Nid dyna gyfrinymadrodd presennol eich dyddlyfr, felly chafodd dim ei newid. Gwiriwch Caps Lock a’i deipio eto.</translation>
    </message>
    <message>
        <source>Something unexpected got in the way. Your journal is safe: if the new passphrase doesn't open it next time, your previous one will.</source>
        <translation>Daeth rhywbeth annisgwyl yn y ffordd. Mae eich dyddlyfr yn ddiogel: os na fydd y cyfrinymadrodd newydd yn ei agor y tro nesaf, bydd eich hen un yn gwneud.</translation>
    </message>
    <message>
        <source>Your passphrase is changed, and your journal opened with the new one. Use it from now on.</source>
        <translation>Mae eich cyfrinymadrodd wedi’i newid, ac agorodd eich dyddlyfr gyda’r un newydd. Defnyddiwch ef o hyn ymlaen.</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>y copi wrth gefn o %1</translation>
    </message>
    <message>
        <source>Your backup was changed with it, so it opens with your new passphrase too.</source>
        <translation>Newidiwyd eich copi wrth gefn gydag ef, felly mae’n agor gyda’ch cyfrinymadrodd newydd hefyd.</translation>
    </message>
    <message>
        <source>a copy kept beside your journal (%1)</source>
        <translation>copi a gedwir wrth ymyl eich dyddlyfr (%1)</translation>
    </message>
    <message>
        <source>These couldn't be changed and were left exactly as they were, so they still need the passphrase they had before (most likely your previous one): %1.</source>
        <translation>Doedd dim modd newid y rhain, a chawsant eu gadael yn union fel yr oeddent, felly maen nhw’n dal i fod angen y cyfrinymadrodd oedd ganddynt o’r blaen (eich hen un, mwy na thebyg): %1.</translation>
    </message>
    <message>
        <source>Your %1 backups were changed with it, so they open with your new passphrase too.</source>
        <translation>Newidiwyd eich %1 copi wrth gefn gydag ef, felly maen nhw’n agor gyda’ch cyfrinymadrodd newydd hefyd.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>The chart appears here in a moment.</source>
        <translation>Bydd y siart yn ymddangos yma mewn eiliad.</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Siart %1</translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation>%1: y rhifau</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Dangos fel tabl</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Dangos %1 fel tabl</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Cadw’r siart…</translation>
    </message>
    <message>
        <source>Save the %1 chart as a file</source>
        <translation>Cadw siart %1 fel ffeil</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Dangos fel siart</translation>
    </message>
    <message>
        <source>Show %1 as a chart</source>
        <translation>Dangos %1 fel siart</translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <source>Measures shown:</source>
        <translation>Mesurau a ddangosir:</translation>
    </message>
    <message>
        <source>Measure shown in the calendar</source>
        <translation>Y mesur a ddangosir yn y calendr</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesur</translation>
    </message>
    <message>
        <source>Questions shown one by one</source>
        <translation>Cwestiynau fesul un</translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation>Cyfansymiau’n unig</translation>
    </message>
    <message>
        <source>%1, question by question</source>
        <translation>%1, fesul cwestiwn</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>Show changes in my supports</source>
        <translation>Dangos newidiadau yn fy nghymorth</translation>
    </message>
    <message>
        <source>Compare around</source>
        <translation>Cymharu o gwmpas</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <source>the first day with a tag</source>
        <translation>y diwrnod cyntaf gyda thag</translation>
    </message>
    <message>
        <source>a change in my supports</source>
        <translation>newid yn fy nghymorth</translation>
    </message>
    <message>
        <source>The date to compare around</source>
        <translation>Y dyddiad i gymharu o’i gwmpas</translation>
    </message>
    <message>
        <source>The tag to compare around</source>
        <translation>Y tag i gymharu o’i gwmpas</translation>
    </message>
    <message>
        <source>The change in my supports to compare around</source>
        <translation>Y newid yn fy nghymorth i gymharu o’i gwmpas</translation>
    </message>
    <message>
        <source>Measure compared</source>
        <translation>Y mesur a gymherir</translation>
    </message>
    <message>
        <source>Days before and after</source>
        <translation>Diwrnodau cyn ac ar ôl</translation>
    </message>
    <message>
        <source>Compare &amp;around</source>
        <translation>Cymharu o &amp;gwmpas</translation>
    </message>
    <message>
        <source>M&amp;easure</source>
        <translation>M&amp;esur</translation>
    </message>
    <message>
        <source>&amp;Days each side</source>
        <translation>Diwrnodau bob &amp;ochr</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Dangos %1</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Dim tagiau eto</translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation>Dim newidiadau wedi’u nodi eto</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Things linked to each life area: tagged check-ins and journal entries, strength uses and goal steps done</source>
        <translation>Pethau a gysylltwyd â phob maes bywyd: cofnodion a chofnodion dyddlyfr gyda thagiau, defnydd o gryfderau a chamau nodau wedi’u gwneud</translation>
    </message>
    <message>
        <source>you rated %1 of 7</source>
        <translation>eich gradd: %1 o 7</translation>
    </message>
    <message>
        <source>Days with the tag</source>
        <translation>Diwrnodau gyda’r tag</translation>
    </message>
    <message>
        <source>Days without the tag</source>
        <translation>Diwrnodau heb y tag</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Hwyliau</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Gobaith</translation>
    </message>
    <message>
        <source>By strength</source>
        <translation>Fesul cryfder</translation>
    </message>
    <message>
        <source>By life area</source>
        <translation>Fesul maes bywyd</translation>
    </message>
    <message>
        <source>Other strengths</source>
        <translation>Cryfderau eraill</translation>
    </message>
    <message>
        <source>Other life areas</source>
        <translation>Meysydd bywyd eraill</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Nifer o weithiau</translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation>Dim cofnod</translation>
    </message>
    <message>
        <source>Before your first check-in</source>
        <translation>Cyn eich cofnod cyntaf</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Eto i ddod</translation>
    </message>
    <message>
        <source>Steps done, added up</source>
        <translation>Camau wedi’u gwneud, wedi’u hadio</translation>
    </message>
    <message>
        <source>Progress at reviews</source>
        <translation>Cynnydd yn yr adolygiadau</translation>
    </message>
    <message>
        <source> (skipped)</source>
        <translation> (wedi’i hepgor)</translation>
    </message>
    <message>
        <source>A change in your supports</source>
        <translation>Newid yn eich cymorth</translation>
    </message>
    <message>
        <source>Each week's average</source>
        <translation>Cyfartaledd pob wythnos</translation>
    </message>
    <message>
        <source>Each month's average</source>
        <translation>Cyfartaledd pob mis</translation>
    </message>
    <message>
        <source>Each day</source>
        <translation>Pob diwrnod</translation>
    </message>
    <message>
        <source>Lowest to highest that day</source>
        <translation>Isaf i uchaf y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>Each day before</source>
        <translation>Pob diwrnod cyn</translation>
    </message>
    <message>
        <source>Each day after</source>
        <translation>Pob diwrnod ar ôl</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This period (%1)</source>
        <translation>Y cyfnod hwn (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %n day(s) before (%1)</source>
        <translation>
            <numerusform>Y %n diwrnod cyn hynny (%1)</numerusform>
            <numerusform>Y %n diwrnod cyn hynny (%1)</numerusform>
            <numerusform>Y %n diwrnod cyn hynny (%1)</numerusform>
            <numerusform>Y %n diwrnod cyn hynny (%1)</numerusform>
            <numerusform>Y %n diwrnod cyn hynny (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n diwrnod)</numerusform>
            <numerusform>%1 (%n diwrnod)</numerusform>
            <numerusform>%1 (%n diwrnod)</numerusform>
            <numerusform>%1 (%n diwrnod)</numerusform>
            <numerusform>%1 (%n diwrnod)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, o %2 i %3</translation>
    </message>
    <message>
        <source>Check-ins naming it (with average mood and hope there, from %1 on)</source>
        <translation>Cofnodion sy’n ei enwi (gyda’r cyfartaledd hwyliau a gobaith ynddynt, o %1 ymlaen)</translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation>hwyliau %1</translation>
    </message>
    <message>
        <source>hope %1</source>
        <translation>gobaith %1</translation>
    </message>
    <message>
        <source>This life check (%1)</source>
        <translation>Y gwiriad bywyd hwn (%1)</translation>
    </message>
    <message>
        <source>Last time (%1)</source>
        <translation>Y tro diwethaf (%1)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 o %3</translation>
    </message>
    <message>
        <source>Average before: %1</source>
        <translation>Cyfartaledd cyn: %1</translation>
    </message>
    <message>
        <source>Average after: %1</source>
        <translation>Cyfartaledd ar ôl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Usual range over %n day(s)</source>
        <translation>
            <numerusform>Ystod arferol dros %n diwrnod</numerusform>
            <numerusform>Ystod arferol dros %n diwrnod</numerusform>
            <numerusform>Ystod arferol dros %n diwrnod</numerusform>
            <numerusform>Ystod arferol dros %n diwrnod</numerusform>
            <numerusform>Ystod arferol dros %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-day average</source>
        <translation>Cyfartaledd %1 diwrnod</translation>
    </message>
</context>
<context>
    <name>ChartNotes</name>
    <message>
        <source>nothing linked in either period</source>
        <translation>dim byd wedi’i gysylltu yn y naill gyfnod na’r llall</translation>
    </message>
    <message>
        <source>Nothing linked to a life area in this period or the one before it yet. Give tags, strengths or goals a life area to see it here.</source>
        <translation>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn na’r un cyn hynny eto. Rhowch faes bywyd i dagiau, cryfderau neu nodau i’w weld yma.</translation>
    </message>
    <message>
        <source>No strength uses noted in this period yet.</source>
        <translation>Dim defnydd o gryfderau wedi’i nodi yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>No feelings named in this period yet.</source>
        <translation>Dim teimladau wedi’u henwi yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>No goal steps done or reviews noted in this period yet.</source>
        <translation>Dim camau nodau wedi’u gwneud nac adolygiadau wedi’u nodi yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>No goal steps were marked done in this period.</source>
        <translation>Ni nodwyd bod unrhyw gamau nodau wedi’u gwneud yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>No goal was reviewed in this period.</source>
        <translation>Ni adolygwyd unrhyw nod yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>No life area rated yet. Your ratings will show here as a wheel.</source>
        <translation>Dim maes bywyd wedi’i raddio eto. Bydd eich graddau’n ymddangos yma fel olwyn.</translation>
    </message>
    <message>
        <source>No life checks yet. Each area's ratings over time will show here.</source>
        <translation>Dim gwiriadau bywyd eto. Bydd graddau pob maes dros amser yn ymddangos yma.</translation>
    </message>
    <message>
        <source>No life check in this period yet.</source>
        <translation>Dim gwiriad bywyd yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>No questionnaires answered in this period yet.</source>
        <translation>Dim holiaduron wedi’u hateb yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>No totals in this period: each time, a question was left blank.</source>
        <translation>Dim cyfansymiau yn y cyfnod hwn: bob tro, gadawyd cwestiwn yn wag.</translation>
    </message>
    <message>
        <source>No check-ins around this day yet.</source>
        <translation>Dim cofnodion o gwmpas y diwrnod hwn eto.</translation>
    </message>
    <message>
        <source>No check-ins in this period yet.</source>
        <translation>Dim cofnodion yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>This shows what goes together, not what causes what.</source>
        <translation>Mae hyn yn dangos beth sy’n mynd gyda’i gilydd, nid beth sy’n achosi beth.</translation>
    </message>
    <message>
        <source>These are not a diagnosis.</source>
        <translation>Nid diagnosis yw’r rhain.</translation>
    </message>
    <message>
        <source>Nothing linked to a life area in this period or the one before it yet.</source>
        <translation>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn na’r un cyn hynny eto.</translation>
    </message>
    <message>
        <source>No changes in your supports yet. Record one in My plan, under Treatments and supports, to compare around it.</source>
        <translation>Dim newidiadau yn eich cymorth eto. Cofnodwch un yn Fy nghynllun, o dan Triniaethau a chymorth, i gymharu o’i gwmpas.</translation>
    </message>
    <message>
        <source>That change in your supports is no longer in your journal.</source>
        <translation>Dydy’r newid hwnnw yn eich cymorth ddim yn eich dyddlyfr mwyach.</translation>
    </message>
    <message>
        <source>This shows what tends to go together, not what causes what.</source>
        <translation>Mae hyn yn dangos beth sy’n tueddu i fynd gyda’i gilydd, nid beth sy’n achosi beth.</translation>
    </message>
    <message>
        <source>No tag was used on %1 or more days with a check-in in this period yet.</source>
        <translation>Does dim tag wedi’i ddefnyddio ar %1 neu fwy o ddiwrnodau gyda chofnod yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>%1 of %2 tags are shown; the table has all of them.</source>
        <translation>Dangosir %1 o %2 tag; mae’r tabl yn eu cynnwys i gyd.</translation>
    </message>
    <message>
        <source>No check-ins with a %1 value in this year yet.</source>
        <translation>Dim cofnodion gyda gwerth %1 yn y flwyddyn hon eto.</translation>
    </message>
    <message>
        <source>%1 → %2%</source>
        <translation>%1 → %2%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1% ×%2</source>
        <translation>%1% ×%2</translation>
    </message>
    <message>
        <source>The %1 goals reviewed most recently; the table has all %2.</source>
        <translation>Y %1 nod a adolygwyd yn fwyaf diweddar; mae’r tabl yn cynnwys pob un o’r %2.</translation>
    </message>
    <message>
        <source>first %1, %2</source>
        <translation>%1 am y tro cyntaf, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No feelings named in a check-in %1 yet.</source>
        <translation>Dim teimladau wedi’u henwi mewn cofnod %1 eto.</translation>
    </message>
    <message>
        <source>The tag %1 hasn't been used yet, so there is nothing to compare.</source>
        <translation>Dydych chi ddim wedi defnyddio’r tag %1 eto, felly does dim i’w gymharu.</translation>
    </message>
    <message>
        <source>No tag was used on %1 or more days with a check-in in this period yet, so there is nothing to compare.</source>
        <translation>Does dim tag wedi’i ddefnyddio ar %1 diwrnod neu fwy gyda chofnod yn y cyfnod hwn eto, felly does dim i’w gymharu.</translation>
    </message>
    <message numerus="yes">
        <source>No check-ins with a %1 value yet in the %n day(s) either side of %2.</source>
        <translation>
            <numerusform>Dim cofnodion gyda gwerth %1 eto yn y cyfnod o %n diwrnod bob ochr i %2.</numerusform>
            <numerusform>Dim cofnodion gyda gwerth %1 eto yn y cyfnod o %n diwrnod bob ochr i %2.</numerusform>
            <numerusform>Dim cofnodion gyda gwerth %1 eto yn y cyfnod o %n diwrnod bob ochr i %2.</numerusform>
            <numerusform>Dim cofnodion gyda gwerth %1 eto yn y cyfnod o %n diwrnod bob ochr i %2.</numerusform>
            <numerusform>Dim cofnodion gyda gwerth %1 eto yn y cyfnod o %n diwrnod bob ochr i %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Dechrau %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Changes in your supports: %1.</source>
        <translation>Newidiadau yn eich cymorth: %1.</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>Oedi %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>Started again %1</source>
        <translation>Ailddechrau %1</translation>
    </message>
    <message>
        <source>Let go of %1</source>
        <translation>Gollwng gafael ar %1</translation>
    </message>
    <message>
        <source>Noted effects of %1</source>
        <translation>Nodi effeithiau %1</translation>
    </message>
</context>
<context>
    <name>ChartSaveDialog</name>
    <message>
        <source>Save chart</source>
        <translation>Cadw’r siart</translation>
    </message>
    <message>
        <source>Title saved with the chart</source>
        <translation>Teitl i’w gadw gyda’r siart</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>&amp;Show the title and period on the image</source>
        <translation>&amp;Dangos y teitl a’r cyfnod ar y llun</translation>
    </message>
    <message>
        <source>Besides the chart, the file keeps only this title: no app name, date saved or folder. It uses light colours so it prints well. Share it with whoever you choose.</source>
        <translation>Ar wahân i’r siart, dim ond y teitl hwn sydd yn y ffeil: dim enw ap, dyddiad cadw na ffolder. Mae’n defnyddio lliwiau golau fel ei fod yn argraffu’n dda. Rhannwch ef â phwy bynnag a ddewiswch.</translation>
    </message>
</context>
<context>
    <name>ChartSlot</name>
    <message>
        <source>The chart appears here in a moment.</source>
        <translation>Bydd y siart yn ymddangos yma mewn eiliad.</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>That is too few times to say how feelings sit with mood and hope.</source>
        <translation>Mae hynny’n rhy ychydig o weithiau i ddweud sut mae teimladau’n cyd-fynd â hwyliau a gobaith.</translation>
    </message>
    <message>
        <source>Your first life check: you noted what is going well.</source>
        <translation>Eich gwiriad bywyd cyntaf: nodoch chi beth sy’n mynd yn dda.</translation>
    </message>
    <message>
        <source>Nothing was rated in this life check; what is going well is noted.</source>
        <translation>Chafodd dim ei raddio yn y gwiriad bywyd hwn; mae beth sy’n mynd yn dda wedi’i nodi.</translation>
    </message>
    <message>
        <source>1 time with a question left blank has no total.</source>
        <translation>Does dim cyfanswm ar gyfer yr 1 tro gyda chwestiwn yn wag.</translation>
    </message>
    <message>
        <source>there were no days without it to compare</source>
        <translation>doedd dim diwrnodau hebddo i’w cymharu</translation>
    </message>
    <message>
        <source>Under each area's name is how satisfied you said you were with it in your latest life check.</source>
        <translation>O dan enw pob maes mae pa mor fodlon oeddech chi ag ef, yn ôl eich gwiriad bywyd diweddaraf.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) %1 named a feeling. Most often: %2.</source>
        <translation>
            <numerusform>Roedd %n cofnod %1 yn enwi teimlad. Amlaf: %2.</numerusform>
            <numerusform>Roedd %n cofnod %1 yn enwi teimlad. Amlaf: %2.</numerusform>
            <numerusform>Roedd %n cofnod %1 yn enwi teimlad. Amlaf: %2.</numerusform>
            <numerusform>Roedd %n cofnod %1 yn enwi teimlad. Amlaf: %2.</numerusform>
            <numerusform>Roedd %n cofnod %1 yn enwi teimlad. Amlaf: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>In check-ins naming %1, mood averaged %2, against %3 over the whole period.</source>
        <translation>Mewn cofnodion yn enwi %1, roedd hwyliau ar gyfartaledd yn %2, o’i gymharu â %3 dros y cyfnod cyfan.</translation>
    </message>
    <message>
        <source>In check-ins naming %1, mood averaged %2, against %3 over the whole period, and hope %4.</source>
        <translation>Mewn cofnodion yn enwi %1, roedd hwyliau ar gyfartaledd yn %2, o’i gymharu â %3 dros y cyfnod cyfan, a gobaith yn %4.</translation>
    </message>
    <message>
        <source>Rated for the first time: %1.</source>
        <translation>Wedi’u graddio am y tro cyntaf: %1.</translation>
    </message>
    <message>
        <source>Your first life check. Rated highest (%1 of %2): %3.</source>
        <translation>Eich gwiriad bywyd cyntaf. Y graddau uchaf (%1 o %2): %3.</translation>
    </message>
    <message>
        <source>Grown since last time: %1.</source>
        <translation>Wedi tyfu ers y tro diwethaf: %1.</translation>
    </message>
    <message>
        <source>Grown: %1.</source>
        <translation>Wedi tyfu: %1.</translation>
    </message>
    <message>
        <source>The same as last time: %1.</source>
        <translation>Yr un fath â’r tro diwethaf: %1.</translation>
    </message>
    <message>
        <source>The same: %1.</source>
        <translation>Yr un fath: %1.</translation>
    </message>
    <message>
        <source>Lower than last time: %1.</source>
        <translation>Is na’r tro diwethaf: %1.</translation>
    </message>
    <message>
        <source>Lower: %1.</source>
        <translation>Is: %1.</translation>
    </message>
    <message>
        <source>%1: your latest total is %2 of %3 (%4)</source>
        <translation>%1: eich cyfanswm diweddaraf yw %2 o %3 (%4)</translation>
    </message>
    <message>
        <source>%1, question by question</source>
        <translation>%1, fesul cwestiwn</translation>
    </message>
    <message numerus="yes">
        <source>%1: answered %n time(s); each question is shown on its own.</source>
        <translation>
            <numerusform>%1: wedi’i ateb %n gwaith; mae pob cwestiwn yn cael ei ddangos ar wahân.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith; mae pob cwestiwn yn cael ei ddangos ar wahân.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith; mae pob cwestiwn yn cael ei ddangos ar wahân.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith; mae pob cwestiwn yn cael ei ddangos ar wahân.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith; mae pob cwestiwn yn cael ei ddangos ar wahân.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: answered %n time(s), each with a question left blank, so there is no total to show.</source>
        <translation>
            <numerusform>%1: wedi’i ateb %n gwaith, bob tro gyda chwestiwn yn wag, felly does dim cyfanswm i’w ddangos.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith, bob tro gyda chwestiwn yn wag, felly does dim cyfanswm i’w ddangos.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith, bob tro gyda chwestiwn yn wag, felly does dim cyfanswm i’w ddangos.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith, bob tro gyda chwestiwn yn wag, felly does dim cyfanswm i’w ddangos.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith, bob tro gyda chwestiwn yn wag, felly does dim cyfanswm i’w ddangos.</numerusform>
        </translation>
    </message>
    <message>
        <source>, in the range published as %1</source>
        <translation>, yn yr ystod a gyhoeddwyd fel %1</translation>
    </message>
    <message>
        <source>; the same as on %1</source>
        <translation>; yr un fath ag ar %1</translation>
    </message>
    <message>
        <source>; %1 higher than on %2</source>
        <translation>; %1 yn uwch nag ar %2</translation>
    </message>
    <message>
        <source>; %1 lower than on %2</source>
        <translation>; %1 yn is nag ar %2</translation>
    </message>
    <message>
        <source>%1 times with a question left blank have no total.</source>
        <translation>Does dim cyfanswm ar gyfer y %1 gwaith gyda chwestiwn yn wag.</translation>
    </message>
    <message numerus="yes">
        <source>, down from %1 in the %n day(s) before</source>
        <translation>
            <numerusform>, i lawr o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i lawr o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i lawr o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i lawr o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i lawr o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mood averaged %1 %2%3; your hope averaged %4.</source>
        <translation>Roedd eich hwyliau ar gyfartaledd yn %1 %2%3; roedd eich gobaith ar gyfartaledd yn %4.</translation>
    </message>
    <message>
        <source>your %1 averaged %2</source>
        <translation>roedd eich %1 ar gyfartaledd yn %2</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n day(s) have a %3 value, averaging %4; grey squares are days without one.</source>
        <translation>
            <numerusform>%1, mae gan %2 o %n diwrnod werth %3, ar gyfartaledd %4; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>%1, mae gan %2 o %n diwrnod werth %3, ar gyfartaledd %4; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>%1, mae gan %2 o %n diwrnod werth %3, ar gyfartaledd %4; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>%1, mae gan %2 o %n diwrnod werth %3, ar gyfartaledd %4; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>%1, mae gan %2 o %n diwrnod werth %3, ar gyfartaledd %4; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on the %n day(s) without</source>
        <translation>
            <numerusform>%1 ar %n diwrnod hebddo</numerusform>
            <numerusform>%1 ar %n diwrnod hebddo</numerusform>
            <numerusform>%1 ar %n diwrnod hebddo</numerusform>
            <numerusform>%1 ar %n diwrnod hebddo</numerusform>
            <numerusform>%1 ar %n diwrnod hebddo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mood averaged %1 on the %n day(s) with %2 and %3; %4</source>
        <translation>
            <numerusform>Roedd eich hwyliau ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich hwyliau ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich hwyliau ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich hwyliau ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich hwyliau ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Your %1 %2; %3.</source>
        <translation>Eich %1: %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>You noted using a strength %n time(s) %1, most often %2 (%3).</source>
        <translation>
            <numerusform>Nodoch chi eich bod wedi defnyddio cryfder %n gwaith %1, %2 amlaf (%3).</numerusform>
            <numerusform>Nodoch chi eich bod wedi defnyddio cryfder %n gwaith %1, %2 amlaf (%3).</numerusform>
            <numerusform>Nodoch chi eich bod wedi defnyddio cryfder %n gwaith %1, %2 amlaf (%3).</numerusform>
            <numerusform>Nodoch chi eich bod wedi defnyddio cryfder %n gwaith %1, %2 amlaf (%3).</numerusform>
            <numerusform>Nodoch chi eich bod wedi defnyddio cryfder %n gwaith %1, %2 amlaf (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>You marked %1 done and noted %2 %3.</source>
        <translation>Gwnaethoch chi %1 a nodi %2 %3.</translation>
    </message>
    <message>
        <source>%1 (%2 of the %3)</source>
        <translation>%1 (%2 o’r %3)</translation>
    </message>
    <message numerus="yes">
        <source>Most of your activity %1 was in %2; the %n day(s) before have nothing linked to a life area.</source>
        <translation>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2; does dim wedi’i gysylltu â maes bywyd yn y cyfnod o %n diwrnod cynt.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2; does dim wedi’i gysylltu â maes bywyd yn y cyfnod o %n diwrnod cynt.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2; does dim wedi’i gysylltu â maes bywyd yn y cyfnod o %n diwrnod cynt.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2; does dim wedi’i gysylltu â maes bywyd yn y cyfnod o %n diwrnod cynt.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2; does dim wedi’i gysylltu â maes bywyd yn y cyfnod o %n diwrnod cynt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the same as in the %n day(s) before</source>
        <translation>
            <numerusform>, yr un fath ag yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, yr un fath ag yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, yr un fath ag yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, yr un fath ag yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, yr un fath ag yn y cyfnod o %n diwrnod cynt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, up from %1 in the %n day(s) before</source>
        <translation>
            <numerusform>, i fyny o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i fyny o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i fyny o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i fyny o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i fyny o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hope averaged %1 %2%3.</source>
        <translation>Roedd eich gobaith ar gyfartaledd yn %1 %2%3.</translation>
    </message>
    <message>
        <source>Your mood averaged %1 %2%3.</source>
        <translation>Roedd eich hwyliau ar gyfartaledd yn %1 %2%3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more measure(s) below)</source>
        <translation>
            <numerusform>%1 (a %n mesur arall isod)</numerusform>
            <numerusform>%1 (a %n mesur arall isod)</numerusform>
            <numerusform>%1 (a %n mesur arall isod)</numerusform>
            <numerusform>%1 (a %n mesur arall isod)</numerusform>
            <numerusform>%1 (a %n mesur arall isod)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) have a %2 value, averaging %3; grey squares are days without one.</source>
        <translation>
            <numerusform>Mae gan %1 o %n diwrnod werth %2, ar gyfartaledd %3; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>Mae gan %1 o %n diwrnod werth %2, ar gyfartaledd %3; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>Mae gan %1 o %n diwrnod werth %2, ar gyfartaledd %3; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>Mae gan %1 o %n diwrnod werth %2, ar gyfartaledd %3; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>Mae gan %1 o %n diwrnod werth %2, ar gyfartaledd %3; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your hope averaged %1 on the %n day(s) with %2 and %3; %4</source>
        <translation>
            <numerusform>Roedd eich gobaith ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich gobaith ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich gobaith ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich gobaith ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich gobaith ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>you first used %1 (%2)</source>
        <translation>y tro cyntaf i chi ddefnyddio %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>averaged %1 in the %n day(s) before %2 (%3 with a check-in)</source>
        <translation>
            <numerusform>cyfartaledd o %1 yn y cyfnod o %n diwrnod cyn %2 (%3 gyda chofnod)</numerusform>
            <numerusform>cyfartaledd o %1 yn y cyfnod o %n diwrnod cyn %2 (%3 gyda chofnod)</numerusform>
            <numerusform>cyfartaledd o %1 yn y cyfnod o %n diwrnod cyn %2 (%3 gyda chofnod)</numerusform>
            <numerusform>cyfartaledd o %1 yn y cyfnod o %n diwrnod cyn %2 (%3 gyda chofnod)</numerusform>
            <numerusform>cyfartaledd o %1 yn y cyfnod o %n diwrnod cyn %2 (%3 gyda chofnod)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>had no check-ins in the %n day(s) before %1</source>
        <translation>
            <numerusform>dim cofnodion yn y cyfnod o %n diwrnod cyn %1</numerusform>
            <numerusform>dim cofnodion yn y cyfnod o %n diwrnod cyn %1</numerusform>
            <numerusform>dim cofnodion yn y cyfnod o %n diwrnod cyn %1</numerusform>
            <numerusform>dim cofnodion yn y cyfnod o %n diwrnod cyn %1</numerusform>
            <numerusform>dim cofnodion yn y cyfnod o %n diwrnod cyn %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the %n day(s) from then on (%2 with a check-in)</source>
        <translation>
            <numerusform>%1 yn y cyfnod o %n diwrnod o hynny ymlaen (%2 gyda chofnod)</numerusform>
            <numerusform>%1 yn y cyfnod o %n diwrnod o hynny ymlaen (%2 gyda chofnod)</numerusform>
            <numerusform>%1 yn y cyfnod o %n diwrnod o hynny ymlaen (%2 gyda chofnod)</numerusform>
            <numerusform>%1 yn y cyfnod o %n diwrnod o hynny ymlaen (%2 gyda chofnod)</numerusform>
            <numerusform>%1 yn y cyfnod o %n diwrnod o hynny ymlaen (%2 gyda chofnod)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there are no check-ins yet in the %n day(s) from then on</source>
        <translation>
            <numerusform>dim cofnodion eto yn y cyfnod o %n diwrnod o hynny ymlaen</numerusform>
            <numerusform>dim cofnodion eto yn y cyfnod o %n diwrnod o hynny ymlaen</numerusform>
            <numerusform>dim cofnodion eto yn y cyfnod o %n diwrnod o hynny ymlaen</numerusform>
            <numerusform>dim cofnodion eto yn y cyfnod o %n diwrnod o hynny ymlaen</numerusform>
            <numerusform>dim cofnodion eto yn y cyfnod o %n diwrnod o hynny ymlaen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your %1 %2 and %3.</source>
        <translation>Eich %1: %2 a %3.</translation>
    </message>
    <message numerus="yes">
        <source>You marked %n goal step(s) done %1.</source>
        <translation>
            <numerusform>Gwnaethoch chi %n cam nod %1.</numerusform>
            <numerusform>Gwnaethoch chi %n cam nod %1.</numerusform>
            <numerusform>Gwnaethoch chi %n cam nod %1.</numerusform>
            <numerusform>Gwnaethoch chi %n cam nod %1.</numerusform>
            <numerusform>Gwnaethoch chi %n cam nod %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You noted %n goal review(s) %1; no steps were marked done in this time.</source>
        <translation>
            <numerusform>Nodoch chi %n adolygiad nod %1; chafodd dim camau eu gwneud yn yr amser hwn.</numerusform>
            <numerusform>Nodoch chi %n adolygiad nod %1; chafodd dim camau eu gwneud yn yr amser hwn.</numerusform>
            <numerusform>Nodoch chi %n adolygiad nod %1; chafodd dim camau eu gwneud yn yr amser hwn.</numerusform>
            <numerusform>Nodoch chi %n adolygiad nod %1; chafodd dim camau eu gwneud yn yr amser hwn.</numerusform>
            <numerusform>Nodoch chi %n adolygiad nod %1; chafodd dim camau eu gwneud yn yr amser hwn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal step(s)</source>
        <translation>
            <numerusform>%n cam nod</numerusform>
            <numerusform>%n cam nod</numerusform>
            <numerusform>%n cam nod</numerusform>
            <numerusform>%n cam nod</numerusform>
            <numerusform>%n cam nod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal review(s)</source>
        <translation>
            <numerusform>%n adolygiad nod</numerusform>
            <numerusform>%n adolygiad nod</numerusform>
            <numerusform>%n adolygiad nod</numerusform>
            <numerusform>%n adolygiad nod</numerusform>
            <numerusform>%n adolygiad nod</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of the %3 things you linked to a life area)</source>
        <translation>%1 (%2 o’r %3 peth a gysylltwyd gennych â maes bywyd)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing linked to a life area in this period yet; in the %n day(s) before, most was in %1.</source>
        <translation>
            <numerusform>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn eto; yn y cyfnod o %n diwrnod cynt, roedd y rhan fwyaf yn %1.</numerusform>
            <numerusform>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn eto; yn y cyfnod o %n diwrnod cynt, roedd y rhan fwyaf yn %1.</numerusform>
            <numerusform>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn eto; yn y cyfnod o %n diwrnod cynt, roedd y rhan fwyaf yn %1.</numerusform>
            <numerusform>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn eto; yn y cyfnod o %n diwrnod cynt, roedd y rhan fwyaf yn %1.</numerusform>
            <numerusform>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn eto; yn y cyfnod o %n diwrnod cynt, roedd y rhan fwyaf yn %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most of your activity %1 was in %2, and in the %n day(s) before in %3.</source>
        <translation>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2, ac yn y cyfnod o %n diwrnod cynt yn %3.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2, ac yn y cyfnod o %n diwrnod cynt yn %3.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2, ac yn y cyfnod o %n diwrnod cynt yn %3.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2, ac yn y cyfnod o %n diwrnod cynt yn %3.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2, ac yn y cyfnod o %n diwrnod cynt yn %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>o %1 i %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>ar %1</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>Feeling</source>
        <translation>Teimlad</translation>
    </message>
    <message>
        <source>Check-ins naming it</source>
        <translation>Cofnodion yn ei enwi</translation>
    </message>
    <message>
        <source>Average mood</source>
        <translation>Hwyliau ar gyfartaledd</translation>
    </message>
    <message>
        <source>Average hope</source>
        <translation>Gobaith ar gyfartaledd</translation>
    </message>
    <message>
        <source>Life check</source>
        <translation>Gwiriad bywyd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Holiadur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Published range</source>
        <translation>Ystod a gyhoeddwyd</translation>
    </message>
    <message>
        <source>Answers, question by question</source>
        <translation>Atebion, fesul cwestiwn</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>dim cyfanswm</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>gwag</translation>
    </message>
    <message>
        <source>No life area</source>
        <translation>Dim maes bywyd</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Days with it</source>
        <translation>Diwrnodau gyda’r tag</translation>
    </message>
    <message>
        <source>Days without it</source>
        <translation>Diwrnodau heb y tag</translation>
    </message>
    <message>
        <source>Mood with it</source>
        <translation>Hwyliau gyda’r tag</translation>
    </message>
    <message>
        <source>Mood without it</source>
        <translation>Hwyliau heb y tag</translation>
    </message>
    <message>
        <source>Hope with it</source>
        <translation>Gobaith gyda’r tag</translation>
    </message>
    <message>
        <source>Hope without it</source>
        <translation>Gobaith heb y tag</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <source>Days with a check-in</source>
        <translation>Diwrnodau gyda chofnod</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Wedi’i gyfrif yn ôl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Nifer o weithiau</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Pob nod</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Camau wedi’u gwneud</translation>
    </message>
    <message>
        <source>Review: progress noted</source>
        <translation>Adolygiad: cynnydd a nodwyd</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Your latest life check rating</source>
        <translation>Eich gradd ddiweddaraf mewn gwiriad bywyd</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>C%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Before: %1 to %2</source>
        <translation>Cyn: %1 i %2</translation>
    </message>
    <message>
        <source>After: %1 to %2</source>
        <translation>Ar ôl: %1 i %2</translation>
    </message>
    <message>
        <source>This period: %1 to %2</source>
        <translation>Y cyfnod hwn: %1 i %2</translation>
    </message>
    <message>
        <source>%1 average</source>
        <translation>%1 (cyfartaledd)</translation>
    </message>
    <message>
        <source>%1: %2-day average</source>
        <translation>%1: cyfartaledd %2 diwrnod</translation>
    </message>
    <message>
        <source>%1: lowest–highest that day</source>
        <translation>%1: isaf–uchaf y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of 7 (%2)</source>
        <translation>%1 o 7 (%2)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Each dot is a day. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>Mae pob dot yn ddiwrnod. Y llinellau llyfnach yw eich cyfartaleddau 7 diwrnod a 30 diwrnod. Bwlch yw diwrnod heb gofnod.</translation>
    </message>
    <message>
        <source>Each dot is a day; an upright line shows the lowest to highest check-in of a day with several. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>Mae pob dot yn ddiwrnod; mae llinell unionsyth yn dangos y cofnod isaf i’r uchaf ar ddiwrnod gyda sawl un. Y llinellau llyfnach yw eich cyfartaleddau 7 diwrnod a 30 diwrnod. Bwlch yw diwrnod heb gofnod.</translation>
    </message>
    <message>
        <source>The thin line follows each day. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>Mae’r llinell denau yn dilyn pob diwrnod. Y llinellau llyfnach yw eich cyfartaleddau 7 diwrnod a 30 diwrnod. Bwlch yw diwrnod heb gofnod.</translation>
    </message>
    <message>
        <source>The thin line follows each day; an upright line shows the lowest to highest check-in of a day with several. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>Mae’r llinell denau yn dilyn pob diwrnod; mae llinell unionsyth yn dangos y cofnod isaf i’r uchaf ar ddiwrnod gyda sawl un. Y llinellau llyfnach yw eich cyfartaleddau 7 diwrnod a 30 diwrnod. Bwlch yw diwrnod heb gofnod.</translation>
    </message>
    <message>
        <source>The thin line follows each week's average; the dashed line is your 30-day average. A gap is a week without a check-in.</source>
        <translation>Mae’r llinell denau yn dilyn cyfartaledd pob wythnos; y llinell doredig yw eich cyfartaledd 30 diwrnod. Bwlch yw wythnos heb gofnod.</translation>
    </message>
    <message>
        <source>The line follows each month's average. A gap is a month without a check-in.</source>
        <translation>Mae’r llinell yn dilyn cyfartaledd pob mis. Bwlch yw mis heb gofnod.</translation>
    </message>
    <message>
        <source>One small chart per measure. The thin line follows each week's average, the shaded band its usual range over 30 days; a gap is a week without a value.</source>
        <translation>Un siart bach i bob mesur. Mae’r llinell denau yn dilyn cyfartaledd pob wythnos, a’r band cysgodol yw ei ystod arferol dros 30 diwrnod; bwlch yw wythnos heb werth.</translation>
    </message>
    <message>
        <source>One small chart per measure. The line follows each month's average, the shaded band its usual range over 30 days; a gap is a month without a value.</source>
        <translation>Un siart bach i bob mesur. Mae’r llinell yn dilyn cyfartaledd pob mis, a’r band cysgodol yw ei ystod arferol dros 30 diwrnod; bwlch yw mis heb werth.</translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range over 7 days; a gap is a day without a value.</source>
        <translation>Un siart bach i bob mesur. Y band cysgodol yw ei ystod arferol dros 7 diwrnod; bwlch yw diwrnod heb werth.</translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range over 30 days; a gap is a day without a value.</source>
        <translation>Un siart bach i bob mesur. Y band cysgodol yw ei ystod arferol dros 30 diwrnod; bwlch yw diwrnod heb werth.</translation>
    </message>
    <message>
        <source>A whole year, each square a day, coloured by the measure you pick: the brighter, the higher. Grey squares are days without a check-in; faint ones are outside your journal so far (before your first check-in, or still to come).</source>
        <translation>Blwyddyn gyfan, pob sgwâr yn ddiwrnod, wedi’i liwio yn ôl y mesur a ddewiswch: po ddisgleiriaf, uchaf. Diwrnodau heb gofnod yw’r sgwariau llwyd; mae’r rhai gwan y tu allan i’ch dyddlyfr hyd yma (cyn eich cofnod cyntaf, neu eto i ddod).</translation>
    </message>
    <message>
        <source>Your last ten years, a row each, each square a day, coloured by the measure you pick: the brighter, the higher. Grey squares are days without a check-in. Choose a period to see the years before.</source>
        <translation>Eich deng mlynedd olaf, rhes i bob un, pob sgwâr yn ddiwrnod, wedi’i liwio yn ôl y mesur a ddewiswch: po ddisgleiriaf, uchaf. Diwrnodau heb gofnod yw’r sgwariau llwyd. Dewiswch gyfnod i weld y blynyddoedd cyn hynny.</translation>
    </message>
    <message>
        <source>Left, the goal steps you marked done, added up. Right, each goal on a band of its own: a point is a review, higher is further along, and its number is the progress you noted.</source>
        <translation>Ar y chwith, y camau nodau a nodwyd gennych yn rhai wedi’u gwneud, wedi’u hadio. Ar y dde, pob nod ar ei fand ei hun: adolygiad yw pob pwynt, uwch yw ymhellach ymlaen, a’i rif yw’r cynnydd a nodwyd gennych.</translation>
    </message>
    <message>
        <source>The goal steps you marked done, added up over the period.</source>
        <translation>Y camau nodau a nodwyd gennych yn rhai wedi’u gwneud, wedi’u hadio dros y cyfnod.</translation>
    </message>
    <message>
        <source>Each goal on a band of its own: a point is a review, higher is further along, and its number is the progress you noted.</source>
        <translation>Pob nod ar ei fand ei hun: adolygiad yw pob pwynt, uwch yw ymhellach ymlaen, a’i rif yw’r cynnydd a nodwyd gennych.</translation>
    </message>
    <message>
        <source>Each bar counts the things you linked to a part of life (tagged check-ins and journal entries, strength uses, goal steps done), beside the period of the same length before. It shows where attention went, not a score.</source>
        <translation>Mae pob bar yn cyfrif y pethau a gysylltwyd gennych â rhan o fywyd (cofnodion a chofnodion dyddlyfr gyda thagiau, defnydd o gryfderau, camau nodau wedi’u gwneud), wrth ymyl y cyfnod o’r un hyd cyn hynny. Mae’n dangos ble aeth eich sylw, nid sgôr.</translation>
    </message>
    <message>
        <source>Mood and hope over time</source>
        <translation>Hwyliau a gobaith dros amser</translation>
    </message>
    <message>
        <source>Your measures over time</source>
        <translation>Eich mesurau dros amser</translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range; a gap is a day without a value.</source>
        <translation>Un siart bach i bob mesur. Y band cysgodol yw ei ystod arferol; bwlch yw diwrnod heb werth.</translation>
    </message>
    <message>
        <source>Year in pixels</source>
        <translation>Blwyddyn mewn picseli</translation>
    </message>
    <message>
        <source>What goes with better days</source>
        <translation>Beth sy’n mynd gyda dyddiau gwell</translation>
    </message>
    <message>
        <source>Your average on days with each tag and on days without it. This shows what goes together, not what causes what.</source>
        <translation>Eich cyfartaledd ar ddiwrnodau gyda phob tag ac ar ddiwrnodau hebddo. Mae hyn yn dangos beth sy’n mynd gyda’i gilydd, nid beth sy’n achosi beth.</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Cyn ac ar ôl</translation>
    </message>
    <message>
        <source>Your average before and after a day that mattered, such as a new job or a change of medication.</source>
        <translation>Eich cyfartaledd cyn ac ar ôl diwrnod a oedd yn bwysig, fel swydd newydd neu newid meddyginiaeth.</translation>
    </message>
    <message>
        <source>Strengths used</source>
        <translation>Cryfderau a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>How often you noted using each strength, and the part of life it belongs to.</source>
        <translation>Pa mor aml y nodwyd gennych eich bod wedi defnyddio pob cryfder, a’r rhan o fywyd y mae’n perthyn iddi.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>The goal steps you marked done, and the progress you noted at each goal's reviews.</source>
        <translation>Y camau nodau a nodwyd gennych yn rhai wedi’u gwneud, a’r cynnydd a nodwyd gennych yn adolygiadau pob nod.</translation>
    </message>
    <message>
        <source>Life balance</source>
        <translation>Cydbwysedd bywyd</translation>
    </message>
    <message>
        <source>Questionnaires over time</source>
        <translation>Holiaduron dros amser</translation>
    </message>
    <message>
        <source>Each questionnaire's total each time you answered it, over the ranges its authors publish (named at the side). ONS4 shows its four questions on their own. A time with a question left blank has no total. None of this is a diagnosis.</source>
        <translation>Cyfanswm pob holiadur bob tro y gwnaethoch ei ateb, dros yr ystodau y mae ei awduron yn eu cyhoeddi (wedi’u henwi ar yr ochr). Mae ONS4 yn dangos ei bedwar cwestiwn ar wahân. Does dim cyfanswm pan adawyd cwestiwn yn wag. Nid diagnosis yw dim o hyn.</translation>
    </message>
    <message>
        <source>Life check</source>
        <translation>Gwiriad bywyd</translation>
    </message>
    <message>
        <source>How satisfied you said you were with each part of life, from 1 (not at all) to 7 (completely), in the newest life check of the period, beside the one before it. Our own questions, not a clinical measure.</source>
        <translation>Pa mor fodlon y dywedoch eich bod gyda phob rhan o fywyd, o 1 (ddim o gwbl) i 7 (yn llwyr), yng ngwiriad bywyd diweddaraf y cyfnod, wrth ymyl yr un cyn hynny. Ein cwestiynau ein hunain, nid mesur clinigol.</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Teimladau</translation>
    </message>
    <message>
        <source>How often you named each feeling in a check-in, with your average mood and hope in those check-ins. This shows what goes together, not what causes what.</source>
        <translation>Pa mor aml y gwnaethoch enwi pob teimlad mewn cofnod, gyda’ch hwyliau a’ch gobaith ar gyfartaledd yn y cofnodion hynny. Mae hyn yn dangos beth sy’n mynd gyda’i gilydd, nid beth sy’n achosi beth.</translation>
    </message>
</context>
<context>
    <name>CheckInList</name>
    <message>
        <source>Recent check-ins</source>
        <translation>Cofnodion diweddar</translation>
    </message>
    <message>
        <source>Enter edits the selected check-in; Delete removes it</source>
        <translation>Mae Enter yn golygu’r cofnod a ddewiswyd; mae Delete yn ei dynnu</translation>
    </message>
    <message>
        <source>No check-ins yet. How are you today?</source>
        <translation>Dim cofnodion eto. Sut ydych chi heddiw?</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Golygu</translation>
    </message>
    <message>
        <source>Edit the selected check-in</source>
        <translation>Golygu’r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete the selected check-in</source>
        <translation>Dileu’r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Mae Ctrl+Z yn dod ag ef yn ôl</translation>
    </message>
    <message>
        <source>Add to my hope box</source>
        <translation>I’m blwch gobaith</translation>
    </message>
    <message>
        <source>Add the selected check-in to my hope box</source>
        <translation>Ychwanegu’r cofnod a ddewiswyd at fy mlwch gobaith</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Wedi cofnodi</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heddiw, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ddoe, %1</translation>
    </message>
    <message>
        <source>Feeling %1</source>
        <translation>Teimlad %1</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Delete, Space or a click removes this tag</source>
        <translation>Mae Delete, Bylchwr neu glic yn tynnu’r tag hwn</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Tynnu “%1”</translation>
    </message>
</context>
<context>
    <name>ColumnsBox</name>
    <message>
        <source>What each column holds</source>
        <translation>Beth sydd ym mhob colofn</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Heb ei fewnforio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Awr</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Munud</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Gwerth: %1</translation>
    </message>
    <message>
        <source>Value: %1 (a new measure)</source>
        <translation>Gwerth: %1 (mesur newydd)</translation>
    </message>
    <message>
        <source>Value: a new measure “%1”</source>
        <translation>Gwerth: mesur newydd “%1”</translation>
    </message>
    <message>
        <source>Column “%1” holds</source>
        <translation>Mae colofn “%1” yn dal</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Dewiswch y golofn sy’n dal y dyddiad.</translation>
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
        <translation>Clirio %1</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Clirio’r testun</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Create your journal</source>
        <translation>Creu eich dyddlyfr</translation>
    </message>
    <message>
        <source>Choose a passphrase to lock your journal. A few words that mean something only to you work well. Write it down and keep it somewhere safe: if it is forgotten, it can't be recovered.</source>
        <translation>Dewiswch gyfrinymadrodd i gloi eich dyddlyfr. Mae ychydig eiriau sy’n golygu rhywbeth i chi’n unig yn gweithio’n dda. Ysgrifennwch ef a’i gadw rywle diogel: os caiff ei anghofio, does dim modd ei adfer.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Teipiwch ef &amp;eto</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Cyfrinymadrodd newydd, eto</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Dangos beth rwy’n ei deipio</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>Dangos y cyfrinymadrodd wrth i mi deipio</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Mae’n ymddangos bod Caps Lock ymlaen.</translation>
    </message>
    <message>
        <source>Choose another place…</source>
        <translation>Dewis lle arall…</translation>
    </message>
    <message>
        <source>Choose another place for the journal file</source>
        <translation>Dewis lle arall i ffeil y dyddlyfr</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Wrthi’n creu eich dyddlyfr…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Back to the welcome</source>
        <translation>Yn ôl i’r croeso</translation>
    </message>
    <message>
        <source>Create journal</source>
        <translation>Creu dyddlyfr</translation>
    </message>
    <message>
        <source>Create the journal</source>
        <translation>Creu’r dyddlyfr</translation>
    </message>
    <message>
        <source>&amp;Region for helplines</source>
        <translation>&amp;Rhanbarth y llinellau cymorth</translation>
    </message>
    <message>
        <source>Get help now shows helplines for this region. You can change it at any time.</source>
        <translation>Mae Cael help nawr yn dangos llinellau cymorth y rhanbarth hwn. Gallwch ei newid unrhyw bryd.</translation>
    </message>
    <message>
        <source>Your journal will be saved as: %s</source>
        <translation>Bydd eich dyddlyfr yn cael ei gadw fel: %s</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>Dewiswch gyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>The two passphrases aren't the same yet. Please type it again.</source>
        <translation>Dydy’r ddau gyfrinymadrodd ddim yr un fath eto. Teipiwch ef eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The journal couldn't be created there. Please try again, or choose another place.</source>
        <translation>Doedd dim modd creu’r dyddlyfr yno. Rhowch gynnig arall arni, neu dewiswch le arall.</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Pa mor gryf yw’r cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>CrisisCard</name>
    <message>
        <source>… (the whole plan is in the app)</source>
        <translation>… (mae’r cynllun cyfan yn yr ap)</translation>
    </message>
    <message>
        <source>My crisis card</source>
        <translation>Fy ngherdyn argyfwng</translation>
    </message>
    <message>
        <source>People I'd like contacted</source>
        <translation>Pobl yr hoffwn iddynt gael gwybod</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Gwnaed ar %1.</translation>
    </message>
    <message>
        <source>Helplines (%1)</source>
        <translation>Llinellau cymorth (%1)</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Fy nghynllun diogelwch</translation>
    </message>
    <message>
        <source>What keeps me going</source>
        <translation>Beth sy’n fy nghadw i fynd</translation>
    </message>
    <message>
        <source>My own numbers</source>
        <translation>Fy rhifau fy hun</translation>
    </message>
    <message>
        <source>Help in %1</source>
        <translation>Help ar gyfer %1</translation>
    </message>
    <message>
        <source>In an emergency call %1.</source>
        <translation>Mewn argyfwng, ffoniwch %1.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Fy nodiadau</translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation>Fy nghynllun argyfwng</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Llinellau cymorth</translation>
    </message>
    <message>
        <source>In an emergency call your local emergency number.</source>
        <translation>Mewn argyfwng, ffoniwch eich rhif argyfwng lleol.</translation>
    </message>
    <message>
        <source>Crisis card</source>
        <translation>Cerdyn argyfwng</translation>
    </message>
</context>
<context>
    <name>CrisisCardDialog</name>
    <message>
        <source>Crisis card</source>
        <translation>Cerdyn argyfwng</translation>
    </message>
    <message>
        <source>A one-page card with your crisis plan, the people you chose and the helplines. Print it, fold it, keep it in a wallet or by the phone.</source>
        <translation>Cerdyn un dudalen gyda’ch cynllun argyfwng, y bobl a ddewisoch a’r llinellau cymorth. Argraffwch ef, plygwch ef, a’i gadw mewn waled neu wrth y ffôn.</translation>
    </message>
    <message>
        <source>A6 (pocket size)</source>
        <translation>A6 (maint poced)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Maint y papur</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papur</translation>
    </message>
    <message>
        <source>Add the words from my hope box</source>
        <translation>Ychwanegu’r geiriau o fy mlwch gobaith</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who has the file or the paper can read it. Keep it somewhere you trust.</source>
        <translation>Dydy’r PDF ddim wedi’i amgryptio: gall unrhyw un sydd â’r ffeil neu’r papur ei ddarllen. Cadwch ef rywle rydych chi’n ymddiried ynddo.</translation>
    </message>
    <message>
        <source>Preview of the crisis card</source>
        <translation>Rhagolwg o’r cerdyn argyfwng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save the crisis card as a PDF file</source>
        <translation>Cadw’r cerdyn argyfwng fel ffeil PDF</translation>
    </message>
    <message>
        <source>Close the crisis card</source>
        <translation>Cau’r cerdyn argyfwng</translation>
    </message>
    <message>
        <source>Save an accessible copy (HTML)…</source>
        <translation>Cadw copi hygyrch (HTML)…</translation>
    </message>
    <message>
        <source>Save an accessible copy of the crisis card as a web page (HTML)</source>
        <translation>Cadw copi hygyrch o’r cerdyn argyfwng fel tudalen we (HTML)</translation>
    </message>
    <message>
        <source>The card couldn't be saved there. Please try another folder.</source>
        <translation>Doedd dim modd cadw’r cerdyn yno. Rhowch gynnig ar ffolder arall.</translation>
    </message>
    <message>
        <source>Saved the crisis card as %s. It is not encrypted.</source>
        <translation>Cadwyd y cerdyn argyfwng fel %s. Dydy e ddim wedi’i amgryptio.</translation>
    </message>
    <message>
        <source>Saved an accessible copy of the crisis card as %s. It is not encrypted.</source>
        <translation>Cadwyd copi hygyrch o’r cerdyn argyfwng fel %s. Dydy e ddim wedi’i amgryptio.</translation>
    </message>
</context>
<context>
    <name>DataDialogs</name>
    <message>
        <source>Something unexpected got in the way, so nothing was changed. Please try again.</source>
        <translation>Daeth rhywbeth annisgwyl yn y ffordd, felly chafodd dim ei newid. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
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
        <translation>Dileu popeth</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>dileu</translation>
    </message>
    <message>
        <source>This removes your journal (%1) and all of its automatic backups from this computer: every check-in, entry, goal, plan and contact in it. It can't be undone, and no one, including us, can bring it back.</source>
        <translation>Mae hyn yn tynnu eich dyddlyfr (%1) a’i holl gopïau wrth gefn awtomatig oddi ar y cyfrifiadur hwn: pob cofnod, nod, cynllun a chyswllt ynddo. Does dim modd dadwneud hyn, a does neb, gan gynnwys ni, yn gallu dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Exports and backup files you saved somewhere yourself are not touched. If you might want any of it later, choose Keep my journal and use File, Export first.</source>
        <translation>Dydy ffeiliau allforio a chopïau wrth gefn a gadwoch chi rywle eich hun ddim yn cael eu cyffwrdd. Os byddwch efallai eisiau unrhyw ran ohono wedyn, dewiswch Cadw fy nyddlyfr a defnyddio Ffeil, Allforio yn gyntaf.</translation>
    </message>
    <message>
        <source>To go ahead, type the word “%1”:</source>
        <translation>I fwrw ymlaen, teipiwch y gair “%1”:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Teipiwch %1 i gadarnhau</translation>
    </message>
    <message>
        <source>&amp;Keep my journal</source>
        <translation>&amp;Cadw fy nyddlyfr</translation>
    </message>
    <message>
        <source>Keep my journal, delete nothing</source>
        <translation>Cadw fy nyddlyfr, dileu dim</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>&amp;Dileu popeth</translation>
    </message>
    <message>
        <source>Delete the journal and its backups</source>
        <translation>Dileu’r dyddlyfr a’i gopïau wrth gefn</translation>
    </message>
</context>
<context>
    <name>DeletedBar</name>
    <message numerus="yes">
        <source>Entry deleted. Ctrl+Z can bring back your last %n deleted entries, even after a restart.</source>
        <translation>
            <numerusform>Cofnod wedi’i ddileu. Gall Ctrl+Z ddod â’r %n cofnod diwethaf a ddilëwyd yn ôl, hyd yn oed ar ôl ailgychwyn.</numerusform>
            <numerusform>Cofnod wedi’i ddileu. Gall Ctrl+Z ddod â’r %n cofnod diwethaf a ddilëwyd yn ôl, hyd yn oed ar ôl ailgychwyn.</numerusform>
            <numerusform>Cofnod wedi’i ddileu. Gall Ctrl+Z ddod â’r %n cofnod diwethaf a ddilëwyd yn ôl, hyd yn oed ar ôl ailgychwyn.</numerusform>
            <numerusform>Cofnod wedi’i ddileu. Gall Ctrl+Z ddod â’r %n cofnod diwethaf a ddilëwyd yn ôl, hyd yn oed ar ôl ailgychwyn.</numerusform>
            <numerusform>Cofnod wedi’i ddileu. Gall Ctrl+Z ddod â’r %n cofnod diwethaf a ddilëwyd yn ôl, hyd yn oed ar ôl ailgychwyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>Cofnod wedi’i ddileu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>Bring the deleted entry back</source>
        <translation>Dod â’r cofnod a ddilëwyd yn ôl</translation>
    </message>
    <message>
        <source>Ctrl+Z does the same</source>
        <translation>Mae Ctrl+Z yn gwneud yr un peth</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Hide this note; Ctrl+Z still works</source>
        <translation>Cuddio’r nodyn hwn; mae Ctrl+Z yn dal i weithio</translation>
    </message>
</context>
<context>
    <name>DomainsEditor</name>
    <message>
        <source>Life areas</source>
        <translation>Meysydd bywyd</translation>
    </message>
    <message>
        <source>No life areas yet.</source>
        <translation>Dim meysydd bywyd eto.</translation>
    </message>
    <message>
        <source>e.g. Creativity</source>
        <translation>e.e. Creadigrwydd</translation>
    </message>
    <message>
        <source>Name of a new life area</source>
        <translation>Enw maes bywyd newydd</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add the new life area</source>
        <translation>Ychwanegu’r maes bywyd newydd</translation>
    </message>
    <message>
        <source>New life &amp;area</source>
        <translation>M&amp;aes newydd</translation>
    </message>
    <message>
        <source> — hidden</source>
        <translation> — cudd</translation>
    </message>
    <message>
        <source>Life area added</source>
        <translation>Maes bywyd wedi’i ychwanegu</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>A title, if you like</source>
        <translation>Teitl, os hoffech chi</translation>
    </message>
    <message>
        <source>The day this entry is about</source>
        <translation>Y diwrnod mae’r cofnod hwn yn sôn amdano</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation>Dangos y rhagolwg</translation>
    </message>
    <message>
        <source>Switch between writing and the preview (Ctrl+Shift+P)</source>
        <translation>Newid rhwng ysgrifennu a’r rhagolwg (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Testun y cofnod</translation>
    </message>
    <message>
        <source>Plain text; # headings, *emphasis* and - lists show in the preview</source>
        <translation>Testun plaen; mae # penawdau, *pwyslais* a - rhestrau yn ymddangos yn y rhagolwg</translation>
    </message>
    <message>
        <source>Write whatever you like. It is kept as you type.</source>
        <translation>Ysgrifennwch beth bynnag a fynnwch. Mae’n cael ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Preview of the entry</source>
        <translation>Rhagolwg o’r cofnod</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P switches between writing and the preview</source>
        <translation>Mae Ctrl+Shift+P yn newid rhwng ysgrifennu a’r rhagolwg</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <source>Back to writing</source>
        <translation>Yn ôl i ysgrifennu</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export your journal</source>
        <translation>Allforio eich dyddlyfr</translation>
    </message>
    <message>
        <source>An export holds everything in your journal in an open format that other apps and spreadsheets can read.</source>
        <translation>Mae allforio yn cadw popeth yn eich dyddlyfr mewn fformat agored y gall apiau a thaenlenni eraill ei ddarllen.</translation>
    </message>
    <message>
        <source>&amp;JSON: one file with everything (best for moving to another app or back here)</source>
        <translation>&amp;JSON: un ffeil gyda phopeth (gorau ar gyfer symud i ap arall neu yn ôl yma)</translation>
    </message>
    <message>
        <source>JSON, one file with everything</source>
        <translation>JSON, un ffeil gyda phopeth</translation>
    </message>
    <message>
        <source>&amp;CSV: a zip with one spreadsheet file per kind of record</source>
        <translation>&amp;CSV: ffeil zip gydag un ffeil taenlen ar gyfer pob math o gofnod</translation>
    </message>
    <message>
        <source>CSV, a zip of spreadsheet files</source>
        <translation>CSV, ffeil zip o ffeiliau taenlen</translation>
    </message>
    <message>
        <source>The export is not encrypted: anyone who can open the file can read all of it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Dydy’r allforio ddim wedi’i amgryptio: gall unrhyw un sy’n gallu agor y ffeil ei darllen i gyd. Cadwch hi rywle preifat, a’i dileu pan nad oes ei hangen mwyach.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Dewis ble i gadw’r allforio</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Canslo’r allforio</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ffeiliau JSON (*.json)</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Ffeiliau zip (*.zip)</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Cadw’r allforio</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Wrthi’n ysgrifennu’r allforio…</translation>
    </message>
    <message>
        <source>Export saved as %1. It is not encrypted.</source>
        <translation>Allforio wedi’i gadw fel %1. Dydy e ddim wedi’i amgryptio.</translation>
    </message>
</context>
<context>
    <name>FeelingGroup</name>
    <message>
        <source>Pleasant, more energy</source>
        <translation>Braf, mwy o egni</translation>
    </message>
    <message>
        <source>Pleasant, less energy</source>
        <translation>Braf, llai o egni</translation>
    </message>
    <message>
        <source>Unpleasant, more energy</source>
        <translation>Annymunol, mwy o egni</translation>
    </message>
    <message>
        <source>Unpleasant, less energy</source>
        <translation>Annymunol, llai o egni</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Heb ei osod eto</translation>
    </message>
</context>
<context>
    <name>FeelingsEditor</name>
    <message>
        <source>Feelings</source>
        <translation>Teimladau</translation>
    </message>
    <message>
        <source>No feelings in your list yet.</source>
        <translation>Dim teimladau yn eich rhestr eto.</translation>
    </message>
    <message>
        <source>Group of the feeling</source>
        <translation>Grŵp y teimlad</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grŵp</translation>
    </message>
    <message>
        <source>e.g. wistful</source>
        <translation>e.e. hiraethus</translation>
    </message>
    <message>
        <source>Name of a new feeling</source>
        <translation>Enw teimlad newydd</translation>
    </message>
    <message>
        <source>Group of the new feeling</source>
        <translation>Grŵp y teimlad newydd</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add the new feeling</source>
        <translation>Ychwanegu’r teimlad newydd</translation>
    </message>
    <message>
        <source>New &amp;feeling</source>
        <translation>Teimlad ne&amp;wydd</translation>
    </message>
    <message>
        <source> — hidden</source>
        <translation> — cudd</translation>
    </message>
    <message>
        <source>Feeling added</source>
        <translation>Teimlad wedi’i ychwanegu</translation>
    </message>
</context>
<context>
    <name>FeelingsPicker</name>
    <message>
        <source>Find a feeling</source>
        <translation>Chwilio am deimlad</translation>
    </message>
    <message>
        <source>Type a feeling, Enter picks it</source>
        <translation>Teipiwch deimlad, mae Enter yn ei ddewis</translation>
    </message>
    <message>
        <source>All feelings…</source>
        <translation>Pob teimlad…</translation>
    </message>
    <message>
        <source>Show all feelings to choose from</source>
        <translation>Dangos pob teimlad i ddewis ohonynt</translation>
    </message>
    <message>
        <source>Feelings, grouped by how pleasant and how energetic</source>
        <translation>Teimladau, wedi’u grwpio yn ôl pa mor braf a pha mor egnïol</translation>
    </message>
    <message>
        <source>Feeling %1, press to remove</source>
        <translation>Teimlad %1, pwyswch i’w dynnu</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Tynnu “%1”</translation>
    </message>
</context>
<context>
    <name>FileCheckCard</name>
    <message>
        <source>Journal file</source>
        <translation>Ffeil y dyddlyfr</translation>
    </message>
    <message>
        <source>Your journal file is checked each time you unlock it and before each backup. You can also check it now; it takes a moment and changes nothing.</source>
        <translation>Mae ffeil eich dyddlyfr yn cael ei gwirio bob tro y byddwch yn ei datgloi a chyn pob copi wrth gefn. Gallwch ei gwirio nawr hefyd; mae’n cymryd eiliad a does dim yn newid.</translation>
    </message>
    <message>
        <source>Check my &amp;journal file</source>
        <translation>Gwirio &amp;ffeil fy nyddlyfr</translation>
    </message>
    <message>
        <source>Check my journal file</source>
        <translation>Gwirio ffeil fy nyddlyfr</translation>
    </message>
    <message>
        <source>Checking your journal file…</source>
        <translation>Wrthi’n gwirio ffeil eich dyddlyfr…</translation>
    </message>
    <message>
        <source>Your journal file checked out: every page is whole.</source>
        <translation>Mae ffeil eich dyddlyfr yn iawn: mae pob tudalen yn gyfan.</translation>
    </message>
    <message>
        <source>The check couldn't run just now. Nothing was changed; please try again.</source>
        <translation>Doedd dim modd gwirio ar hyn o bryd. Chafodd dim ei newid; rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Cadw’r cofnod</translation>
    </message>
    <message>
        <source>Save this check-in (Ctrl+Enter)</source>
        <translation>Cadw’r cofnod hwn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Cadw newidiadau</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Rhoi’r gorau i olygu</translation>
    </message>
    <message>
        <source>Leave the check-in as it was</source>
        <translation>Gadael y cofnod fel yr oedd</translation>
    </message>
    <message>
        <source>Save keeps the changes; Cancel editing leaves it as it was.</source>
        <translation>Mae Cadw yn cadw’r newidiadau; mae Rhoi’r gorau i olygu yn ei adael fel yr oedd.</translation>
    </message>
    <message>
        <source>Clear the form without saving</source>
        <translation>Clirio’r ffurflen heb gadw</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter i gadw</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>Goal title</source>
        <translation>Teitl y nod</translation>
    </message>
    <message>
        <source>e.g. Walk by the river on Saturdays</source>
        <translation>e.e. Cerdded ger yr afon ar ddydd Sadwrn</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Pam mae’n bwysig i mi</translation>
    </message>
    <message>
        <source>What moving towards this would mean to you</source>
        <translation>Beth fyddai symud tuag at hyn yn ei olygu i chi</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Strengths that help</source>
        <translation>Cryfderau sy’n helpu</translation>
    </message>
    <message>
        <source>Space ticks or unticks a strength</source>
        <translation>Mae Bylchwr yn ticio neu’n dad-dicio cryfder</translation>
    </message>
    <message>
        <source>No strengths yet. You can add some on the Strengths page.</source>
        <translation>Dim cryfderau eto. Gallwch ychwanegu rhai ar y dudalen Cryfderau.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>&amp;Why it matters to me</source>
        <translation>&amp;Pam mae’n bwysig i mi</translation>
    </message>
    <message>
        <source>Life &amp;area</source>
        <translation>M&amp;aes bywyd</translation>
    </message>
    <message>
        <source>&amp;Strengths that help</source>
        <translation>&amp;Cryfderau sy’n helpu</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter i gadw</translation>
    </message>
    <message>
        <source>No particular life area</source>
        <translation>Dim maes bywyd penodol</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Cadw newidiadau</translation>
    </message>
    <message>
        <source>Save the changes to this goal</source>
        <translation>Cadw’r newidiadau i’r nod hwn</translation>
    </message>
    <message>
        <source>Add this goal</source>
        <translation>Ychwanegu’r nod hwn</translation>
    </message>
    <message>
        <source>That goal is no longer here.</source>
        <translation>Dydy’r nod hwnnw ddim yma mwyach.</translation>
    </message>
    <message>
        <source>Goal saved</source>
        <translation>Nod wedi’i gadw</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Nod wedi’i ychwanegu</translation>
    </message>
</context>
<context>
    <name>GoalList</name>
    <message>
        <source>Show goals of a life area</source>
        <translation>Dangos nodau maes bywyd</translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation>&amp;Maes bywyd</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nod newydd</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>Grouped by where each goal stands. Delete removes the selected goal.</source>
        <translation>Wedi’u grwpio yn ôl lle mae pob nod arni. Mae Delete yn tynnu’r nod a ddewiswyd.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Dileu’r nod</translation>
    </message>
    <message>
        <source>Delete the selected goal</source>
        <translation>Dileu’r nod a ddewiswyd</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Mae Ctrl+Z yn dod ag ef yn ôl</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>Pob maes bywyd</translation>
    </message>
    <message>
        <source>A goal can be small. What would you like to move towards?</source>
        <translation>Gall nod fod yn fach. Tuag at beth yr hoffech chi symud?</translation>
    </message>
    <message>
        <source>No goals in this life area yet. Choose "All life areas" to see the others.</source>
        <translation>Dim nodau yn y maes bywyd hwn eto. Dewiswch "Pob maes bywyd" i weld y lleill.</translation>
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
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi’i oedi</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Wedi’i gyflawni</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Wedi gollwng gafael</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Dim camau eto</translation>
    </message>
    <message>
        <source>Every step is done</source>
        <translation>Mae pob cam wedi’i wneud</translation>
    </message>
    <message>
        <source>progress %1 %</source>
        <translation>cynnydd %1 %</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Cam nesaf: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>Goals you choose, and small steps towards them, at your own pace.</source>
        <translation>Nodau rydych chi’n eu dewis, a chamau bach tuag atynt, ar eich cyflymder eich hun.</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Lle mae arni</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>About this goal</source>
        <translation>Ynglŷn â’r nod hwn</translation>
    </message>
    <message>
        <source>A new goal</source>
        <translation>Nod newydd</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Dileu’r nod</translation>
    </message>
    <message>
        <source>Goal deleted. Ctrl+Z brings it back.</source>
        <translation>Nod wedi’i ddileu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Goal restored</source>
        <translation>Nod wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That goal can no longer be brought back.</source>
        <translation>Does dim modd dod â’r nod hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Dileu’r cam</translation>
    </message>
    <message>
        <source>Step deleted. Ctrl+Z brings it back.</source>
        <translation>Cam wedi’i ddileu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Step restored</source>
        <translation>Cam wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That step can no longer be brought back.</source>
        <translation>Does dim modd dod â’r cam hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Dileu’r adolygiad</translation>
    </message>
    <message>
        <source>Review deleted. Ctrl+Z brings it back.</source>
        <translation>Adolygiad wedi’i ddileu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Review restored</source>
        <translation>Adolygiad wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That review can no longer be brought back.</source>
        <translation>Does dim modd dod â’r adolygiad hwnnw’n ôl bellach.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide — Recovery Journal</source>
        <translation>Canllaw — Recovery Journal</translation>
    </message>
    <message>
        <source>Topics of the guide</source>
        <translation>Pynciau’r canllaw</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Canllaw</translation>
    </message>
    <message>
        <source>Picture from the guide</source>
        <translation>Llun o’r canllaw</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>Cael help nawr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close Get help now</source>
        <translation>Cau Cael help nawr</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Rhanbarth</translation>
    </message>
    <message>
        <source>You don't have to go through this alone. The people at these numbers are there to listen. This app never calls or opens anything itself: each number has a Copy button.</source>
        <translation>Does dim rhaid i chi wynebu hyn ar eich pen eich hun. Mae’r bobl ar y rhifau hyn yno i wrando. Dydy’r ap hwn byth yn ffonio nac yn agor dim ei hun: mae botwm Copïo gyda phob rhif.</translation>
    </message>
    <message>
        <source>People I'd like contacted</source>
        <translation>Pobl yr hoffwn iddynt gael gwybod</translation>
    </message>
    <message>
        <source>Your own numbers</source>
        <translation>Eich rhifau eich hun</translation>
    </message>
    <message>
        <source>You can add your own numbers in Settings: your GP, a local crisis team, a friend. They will be shown here.</source>
        <translation>Gallwch ychwanegu eich rhifau eich hun yn y Gosodiadau: eich meddyg teulu, tîm argyfwng lleol, ffrind. Byddant yn cael eu dangos yma.</translation>
    </message>
    <message>
        <source>Add or change your numbers in Settings…</source>
        <translation>Ychwanegu neu newid eich rhifau yn y Gosodiadau…</translation>
    </message>
    <message>
        <source>Add your own numbers in Settings…</source>
        <translation>Ychwanegu eich rhifau eich hun yn y Gosodiadau…</translation>
    </message>
    <message>
        <source>The list of helplines couldn't be read. In an emergency, call your local emergency number.</source>
        <translation>Doedd dim modd darllen y rhestr o linellau cymorth. Mewn argyfwng, ffoniwch eich rhif argyfwng lleol.</translation>
    </message>
    <message>
        <source>Helplines (%s)</source>
        <translation>Llinellau cymorth (%s)</translation>
    </message>
    <message>
        <source>Checked in %s.</source>
        <translation>Gwiriwyd yn %s.</translation>
    </message>
    <message>
        <source>Help in %s</source>
        <translation>Help yn %s</translation>
    </message>
    <message>
        <source>The app doesn't have a list of helplines for %s yet.</source>
        <translation>Does gan yr ap ddim rhestr o linellau cymorth ar gyfer %s eto.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Argyfwng</translation>
    </message>
    <message>
        <source>Call %s</source>
        <translation>Ffoniwch %s</translation>
    </message>
    <message>
        <source>If a life is at risk right now.</source>
        <translation>Os oes bywyd mewn perygl ar hyn o bryd.</translation>
    </message>
    <message>
        <source>If a life is at risk right now, call your local emergency number.</source>
        <translation>Os oes bywyd mewn perygl ar hyn o bryd, ffoniwch eich rhif argyfwng lleol.</translation>
    </message>
    <message>
        <source>You can add numbers you trust, like a local crisis line, your doctor or a friend. They will be shown here, with a Copy button each.</source>
        <translation>Gallwch ychwanegu rhifau rydych chi’n ymddiried ynddynt, fel llinell argyfwng leol, eich meddyg neu ffrind. Byddant yn cael eu dangos yma, pob un gyda botwm Copïo.</translation>
    </message>
    <message>
        <source>Once your journal is open, you can add numbers you trust in Settings, like a local crisis line, your doctor or a friend. They will be shown here.</source>
        <translation>Pan fydd eich dyddlyfr ar agor, gallwch ychwanegu rhifau rydych chi’n ymddiried ynddynt yn y Gosodiadau, fel llinell argyfwng leol, eich meddyg neu ffrind. Byddant yn cael eu dangos yma.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <source>Copy %1: %2</source>
        <translation>Copïo %1: %2</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Wedi’i gopïo</translation>
    </message>
    <message>
        <source>Open my hope box</source>
        <translation>Agor fy mlwch gobaith</translation>
    </message>
</context>
<context>
    <name>HelplineEditor</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>For example: My GP</source>
        <translation>Er enghraifft: Fy meddyg teulu</translation>
    </message>
    <message>
        <source>Number or how to reach them</source>
        <translation>Rhif neu sut i gysylltu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Optional, for example: weekdays 8 to 6</source>
        <translation>Dewisol, er enghraifft: yn ystod yr wythnos 8 tan 6</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save this number</source>
        <translation>Cadw’r rhif hwn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel changing this number</source>
        <translation>Canslo newid y rhif hwn</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Ei roi’n ôl</translation>
    </message>
    <message>
        <source>Put back the number you removed</source>
        <translation>Rhoi’n ôl y rhif a dynnoch</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Ychwanegu rhif</translation>
    </message>
    <message>
        <source>Change a number</source>
        <translation>Newid rhif</translation>
    </message>
    <message>
        <source>Please give the number a name, so you know whose it is.</source>
        <translation>Rhowch enw i’r rhif, er mwyn i chi wybod rhif pwy ydyw.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi’i gadw.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Wedi’i symud.</translation>
    </message>
    <message>
        <source>Removed %s. You can put it back.</source>
        <translation>Wedi tynnu %s. Gallwch ei roi’n ôl.</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>Wedi’i roi’n ôl.</translation>
    </message>
</context>
<context>
    <name>HopeBoxDialog</name>
    <message>
        <source>My hope box</source>
        <translation>Fy mlwch gobaith</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Undo the last removal</source>
        <translation>Dadwneud y tynnu diwethaf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close my hope box</source>
        <translation>Cau fy mlwch gobaith</translation>
    </message>
    <message>
        <source>What reminds you why things matter, kept close for the hard days. Add what you like, in any order.</source>
        <translation>Yr hyn sy’n eich atgoffa pam mae pethau’n bwysig, wedi’i gadw’n agos ar gyfer y dyddiau anodd. Ychwanegwch beth bynnag a fynnwch, mewn unrhyw drefn.</translation>
    </message>
    <message>
        <source>Added to your hope box</source>
        <translation>Wedi’i ychwanegu at eich blwch gobaith</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>Wedi’i symud i fyny</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>Wedi’i symud i lawr</translation>
    </message>
    <message>
        <source>Remove from hope box</source>
        <translation>Tynnu o’r blwch gobaith</translation>
    </message>
    <message>
        <source>Removed from your hope box. You can undo this.</source>
        <translation>Wedi’i dynnu o’ch blwch gobaith. Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Wedi dod yn ôl</translation>
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
        <translation>O %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Symud %1 i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Symud %1 i lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Tynnu %1</translation>
    </message>
</context>
<context>
    <name>HopeItemEditor</name>
    <message>
        <source>Your words</source>
        <translation>Eich geiriau</translation>
    </message>
    <message>
        <source>Who said it (optional)</source>
        <translation>Pwy a’i dywedodd (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Geiriau</translation>
    </message>
    <message>
        <source>Who &amp;said it (optional)</source>
        <translation>Pwy a’i &amp;dywedodd (dewisol)</translation>
    </message>
    <message>
        <source>The picture</source>
        <translation>Y llun</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Dewis llun…</translation>
    </message>
    <message>
        <source>Choose a picture from your files</source>
        <translation>Dewis llun o’ch ffeiliau</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Lluniau (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Choose a picture first, or press Cancel.</source>
        <translation>Dewiswch lun yn gyntaf, neu pwyswch Canslo.</translation>
    </message>
</context>
<context>
    <name>HopePictures</name>
    <message>
        <source>That picture is over 20 MB. Please pick a smaller one.</source>
        <translation>Mae’r llun hwnnw dros 20 MB. Dewiswch un llai.</translation>
    </message>
    <message>
        <source>That file couldn't be read.</source>
        <translation>Doedd dim modd darllen y ffeil honno.</translation>
    </message>
    <message>
        <source>That file isn't a picture this app can keep.</source>
        <translation>Dydy’r ffeil honno ddim yn llun y gall yr ap hwn ei gadw.</translation>
    </message>
    <message>
        <source>That picture is too big to open safely.</source>
        <translation>Mae’r llun hwnnw’n rhy fawr i’w agor yn ddiogel.</translation>
    </message>
    <message>
        <source>That picture couldn't be opened.</source>
        <translation>Doedd dim modd agor y llun hwnnw.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n cofnod dyddlyfr</numerusform>
            <numerusform>%n cofnod dyddlyfr</numerusform>
            <numerusform>%n cofnod dyddlyfr</numerusform>
            <numerusform>%n cofnod dyddlyfr</numerusform>
            <numerusform>%n cofnod dyddlyfr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n mesur</numerusform>
            <numerusform>%n mesur</numerusform>
            <numerusform>%n mesur</numerusform>
            <numerusform>%n mesur</numerusform>
            <numerusform>%n mesur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life area(s)</source>
        <translation>
            <numerusform>%n maes bywyd</numerusform>
            <numerusform>%n maes bywyd</numerusform>
            <numerusform>%n maes bywyd</numerusform>
            <numerusform>%n maes bywyd</numerusform>
            <numerusform>%n maes bywyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s)</source>
        <translation>
            <numerusform>%n cryfder</numerusform>
            <numerusform>%n cryfder</numerusform>
            <numerusform>%n cryfder</numerusform>
            <numerusform>%n cryfder</numerusform>
            <numerusform>%n cryfder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength use(s)</source>
        <translation>
            <numerusform>%n defnydd o gryfder</numerusform>
            <numerusform>%n defnydd o gryfder</numerusform>
            <numerusform>%n defnydd o gryfder</numerusform>
            <numerusform>%n defnydd o gryfder</numerusform>
            <numerusform>%n defnydd o gryfder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan section(s)</source>
        <translation>
            <numerusform>%n adran o’r cynllun</numerusform>
            <numerusform>%n adran o’r cynllun</numerusform>
            <numerusform>%n adran o’r cynllun</numerusform>
            <numerusform>%n adran o’r cynllun</numerusform>
            <numerusform>%n adran o’r cynllun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n helpline(s)</source>
        <translation>
            <numerusform>%n llinell gymorth</numerusform>
            <numerusform>%n llinell gymorth</numerusform>
            <numerusform>%n llinell gymorth</numerusform>
            <numerusform>%n llinell gymorth</numerusform>
            <numerusform>%n llinell gymorth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n early-warning rule(s)</source>
        <translation>
            <numerusform>%n arwydd rhybudd cynnar</numerusform>
            <numerusform>%n arwydd rhybudd cynnar</numerusform>
            <numerusform>%n arwydd rhybudd cynnar</numerusform>
            <numerusform>%n arwydd rhybudd cynnar</numerusform>
            <numerusform>%n arwydd rhybudd cynnar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire answer(s)</source>
        <translation>
            <numerusform>%n ateb holiadur</numerusform>
            <numerusform>%n ateb holiadur</numerusform>
            <numerusform>%n ateb holiadur</numerusform>
            <numerusform>%n ateb holiadur</numerusform>
            <numerusform>%n ateb holiadur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life check(s)</source>
        <translation>
            <numerusform>%n gwiriad bywyd</numerusform>
            <numerusform>%n gwiriad bywyd</numerusform>
            <numerusform>%n gwiriad bywyd</numerusform>
            <numerusform>%n gwiriad bywyd</numerusform>
            <numerusform>%n gwiriad bywyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s) or support(s)</source>
        <translation>
            <numerusform>%n triniaeth neu gymorth</numerusform>
            <numerusform>%n triniaeth neu gymorth</numerusform>
            <numerusform>%n triniaeth neu gymorth</numerusform>
            <numerusform>%n triniaeth neu gymorth</numerusform>
            <numerusform>%n triniaeth neu gymorth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeling word(s)</source>
        <translation>
            <numerusform>%n gair am deimlad</numerusform>
            <numerusform>%n gair am deimlad</numerusform>
            <numerusform>%n gair am deimlad</numerusform>
            <numerusform>%n gair am deimlad</numerusform>
            <numerusform>%n gair am deimlad</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new — everything in that file is already in your journal</source>
        <translation>Dim byd newydd — mae popeth yn y ffeil honno eisoes yn eich dyddlyfr</translation>
    </message>
    <message numerus="yes">
        <source>And %n more skipped row(s).</source>
        <translation>
            <numerusform>A %n rhes arall wedi’u hepgor.</numerusform>
            <numerusform>A %n rhes arall wedi’u hepgor.</numerusform>
            <numerusform>A %n rhes arall wedi’u hepgor.</numerusform>
            <numerusform>A %n rhes arall wedi’u hepgor.</numerusform>
            <numerusform>A %n rhes arall wedi’u hepgor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>If you cancel, nothing is added.</source>
        <translation>Os byddwch yn canslo, does dim yn cael ei ychwanegu.</translation>
    </message>
    <message>
        <source>It adds these measures to your journal: %1.</source>
        <translation>Mae’n ychwanegu’r mesurau hyn at eich dyddlyfr: %1.</translation>
    </message>
    <message>
        <source>Not brought in, as nothing here holds it: %1.</source>
        <translation>Heb ei fewnforio, gan nad oes dim yma i’w ddal: %1.</translation>
    </message>
    <message>
        <source>Import from another app</source>
        <translation>Mewnforio o ap arall</translation>
    </message>
    <message>
        <source>Bring in your history from a file. You'll see what it holds before anything is added, and importing the same file twice adds nothing the second time.</source>
        <translation>Dewch â’ch hanes i mewn o ffeil. Byddwch yn gweld beth sydd ynddi cyn i ddim gael ei ychwanegu, a dydy mewnforio’r un ffeil ddwywaith ddim yn ychwanegu dim yr ail dro.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Fformat y ffeil</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Fformat:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Dim ffeil wedi’i dewis</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Dewis y ffeil i’w mewnforio</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Ffeil:</translation>
    </message>
    <message>
        <source>Ready-made mapping for another app's file</source>
        <translation>Cyfatebiaeth barod ar gyfer ffeil ap arall</translation>
    </message>
    <message>
        <source>None: I'll choose the columns</source>
        <translation>Dim: fe ddewisaf y colofnau</translation>
    </message>
    <message>
        <source>Ready-made &amp;mapping:</source>
        <translation>&amp;Cyfatebiaeth barod:</translation>
    </message>
    <message>
        <source>Your mood labels on the 0–10 mood scale</source>
        <translation>Eich labeli hwyliau ar y raddfa hwyliau 0–10</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Sut mae’r ffeil yn cael ei darllen</translation>
    </message>
    <message>
        <source>Also add the file's &amp;scales as measures</source>
        <translation>Ychwanegu &amp;graddfeydd y ffeil fel mesurau hefyd</translation>
    </message>
    <message>
        <source>Also add the file's scales as measures</source>
        <translation>Ychwanegu graddfeydd y ffeil fel mesurau hefyd</translation>
    </message>
    <message>
        <source>Cancel, import nothing</source>
        <translation>Canslo, mewnforio dim</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <source>Preview what the file holds</source>
        <translation>Rhagolwg o’r hyn sydd yn y ffeil</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Import what the preview showed</source>
        <translation>Mewnforio’r hyn a ddangosodd y rhagolwg</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Dewis ffeil i’w mewnforio</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Ffeiliau allforio (*.csv *.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Chosen file: %1</source>
        <translation>Ffeil a ddewiswyd: %1</translation>
    </message>
    <message>
        <source>Mood for “%1”, 0 to 10</source>
        <translation>Hwyliau ar gyfer “%1”, 0 i 10</translation>
    </message>
    <message>
        <source>Please choose a file first.</source>
        <translation>Dewiswch ffeil yn gyntaf.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Wrthi’n darllen y ffeil…</translation>
    </message>
    <message>
        <source>Scales in the file: %1</source>
        <translation>Graddfeydd yn y ffeil: %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added, so your journal is as it was.</source>
        <translation>Wedi stopio. Chafodd dim ei ychwanegu, felly mae eich dyddlyfr fel yr oedd.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wrthi’n mewnforio…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>dim byd</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Does dim yn cael ei ysgrifennu nes i chi ddewis Mewnforio.</translation>
    </message>
    <message>
        <source>This file holds: %1.</source>
        <translation>Mae’r ffeil hon yn dal: %1.</translation>
    </message>
    <message>
        <source>Added from %1: %2.</source>
        <translation>Wedi’u hychwanegu o %1: %2.</translation>
    </message>
    <message>
        <source>New, to be added: %1.</source>
        <translation>Newydd, i’w hychwanegu: %1.</translation>
    </message>
    <message>
        <source>Already in your journal, so not added again: %1.</source>
        <translation>Eisoes yn eich dyddlyfr, felly heb eu hychwanegu eto: %1.</translation>
    </message>
    <message>
        <source>Skipped, as the same as an earlier row of the file: %1.</source>
        <translation>Wedi’u hepgor, gan eu bod yr un fath â rhes gynharach yn y ffeil: %1.</translation>
    </message>
    <message>
        <source>The file also holds Daylio scales (%1). They are left out unless you choose to add them as measures.</source>
        <translation>Mae’r ffeil hefyd yn dal graddfeydd Daylio (%1). Maen nhw’n cael eu gadael allan oni bai eich bod yn dewis eu hychwanegu fel mesurau.</translation>
    </message>
    <message>
        <source>New feeling words for your list: %1.</source>
        <translation>Geiriau teimlad newydd i’ch rhestr: %1.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>O %1 i %2.</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>This date is too far in the past or future for a calendar to hold.</source>
        <translation>Mae’r dyddiad hwn yn rhy bell yn y gorffennol neu’r dyfodol i galendr ei ddal.</translation>
    </message>
    <message>
        <source>This isn't a date in a form this app can read.</source>
        <translation>Dydy hwn ddim yn ddyddiad mewn ffurf y gall yr ap hwn ei darllen.</translation>
    </message>
    <message>
        <source>This doesn't look like a Daylio export: a column is missing.</source>
        <translation>Dydy hon ddim yn edrych fel ffeil allforio Daylio: mae colofn ar goll.</translation>
    </message>
    <message>
        <source>This day isn't in a Pixels layout this app knows (date with scores, mood or entries).</source>
        <translation>Dydy’r diwrnod hwn ddim mewn cynllun Pixels mae’r ap hwn yn ei adnabod (dyddiad gyda sgorau, hwyliau neu gofnodion).</translation>
    </message>
    <message>
        <source>Nothing new — everything in that file is already in your journal.</source>
        <translation>Dim byd newydd — mae popeth yn y ffeil honno eisoes yn eich dyddlyfr.</translation>
    </message>
    <message>
        <source>This file holds no entries to import, so nothing was added.</source>
        <translation>Does dim byd i’w fewnforio yn y ffeil hon, felly chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>A row: skipped, it holds nothing to import</source>
        <translation>Rhes: wedi’i hepgor, does dim ynddi i’w fewnforio</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(dim categori)</translation>
    </message>
    <message>
        <source>Row %1: skipped, the same as row %2</source>
        <translation>Rhes %1: wedi’i hepgor, yr un fath â rhes %2</translation>
    </message>
    <message>
        <source>%1 (no number)</source>
        <translation>%1 (dim rhif)</translation>
    </message>
    <message>
        <source>Row %1, column "%2": %3</source>
        <translation>Rhes %1, colofn “%2”: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rhes %1: %2</translation>
    </message>
    <message>
        <source>column "%1": %2</source>
        <translation>Colofn “%1”: %2</translation>
    </message>
    <message>
        <source>A row: skipped, the same as row %1</source>
        <translation>Rhes: wedi’i hepgor, yr un fath â rhes %1</translation>
    </message>
    <message>
        <source>Row %1: skipped, it holds nothing to import</source>
        <translation>Rhes %1: wedi’i hepgor, does dim ynddi i’w fewnforio</translation>
    </message>
    <message>
        <source>This journal has no measure for this column.</source>
        <translation>Does dim mesur ar gyfer y golofn hon yn y dyddlyfr hwn.</translation>
    </message>
    <message>
        <source>This value is outside the measure's range (%1 to %2).</source>
        <translation>Mae’r gwerth hwn y tu allan i ystod y mesur (%1 i %2).</translation>
    </message>
    <message>
        <source>This isn't one of the feeling groups.</source>
        <translation>Dydy hwn ddim yn un o grwpiau’r teimladau.</translation>
    </message>
    <message>
        <source>This doesn't look like a Bearable export: a column is missing.</source>
        <translation>Dydy hon ddim yn edrych fel ffeil allforio Bearable: mae colofn ar goll.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Mae’r ffeil yn wag.</translation>
    </message>
    <message>
        <source>The file holds %1, which isn't an ordinary number.</source>
        <translation>Mae’r ffeil yn dal %1, sydd ddim yn rhif arferol.</translation>
    </message>
    <message>
        <source>That is a pipe or a device, not a file.</source>
        <translation>Pibell neu ddyfais yw honno, nid ffeil.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>Mae’r ffeil yn dal data deuaidd, nid testun.</translation>
    </message>
    <message>
        <source>This row has fewer cells than the header.</source>
        <translation>Mae gan y rhes hon lai o gelloedd na’r pennawd.</translation>
    </message>
    <message>
        <source>This isn't a time of day.</source>
        <translation>Dydy hwn ddim yn amser o’r dydd.</translation>
    </message>
    <message>
        <source>This isn't an ordinary number.</source>
        <translation>Dydy hwn ddim yn rhif arferol.</translation>
    </message>
    <message>
        <source>This number is too large for a measure (the limit is a million either way).</source>
        <translation>Mae’r rhif hwn yn rhy fawr i fesur (y terfyn yw miliwn, uwchben neu o dan sero).</translation>
    </message>
    <message>
        <source>That is a folder, not a file.</source>
        <translation>Ffolder yw honno, nid ffeil.</translation>
    </message>
    <message>
        <source>That file doesn't exist.</source>
        <translation>Dydy’r ffeil honno ddim yn bodoli.</translation>
    </message>
    <message>
        <source>That file can't be read.</source>
        <translation>Does dim modd darllen y ffeil honno.</translation>
    </message>
    <message>
        <source>The file isn't UTF-8 text (the first unreadable byte is at position %1). Export it again as UTF-8.</source>
        <translation>Dydy’r ffeil ddim yn destun UTF-8 (mae’r beit cyntaf na ellir ei ddarllen yn safle %1). Allforiwch hi eto fel UTF-8.</translation>
    </message>
    <message>
        <source>The same name appears twice in one object.</source>
        <translation>Mae’r un enw yn ymddangos ddwywaith yn yr un gwrthrych.</translation>
    </message>
    <message>
        <source>The file isn't valid JSON (line %1, position %2).</source>
        <translation>Dydy’r ffeil ddim yn JSON dilys (llinell %1, safle %2).</translation>
    </message>
    <message>
        <source>The file is nested too deeply to read.</source>
        <translation>Mae’r ffeil wedi’i nythu’n rhy ddwfn i’w darllen.</translation>
    </message>
    <message>
        <source>The file holds a number too large to read.</source>
        <translation>Mae’r ffeil yn dal rhif sy’n rhy fawr i’w ddarllen.</translation>
    </message>
    <message>
        <source>The file isn't readable as CSV (a quote is not closed).</source>
        <translation>Does dim modd darllen y ffeil fel CSV (mae dyfynnod heb ei gau).</translation>
    </message>
    <message>
        <source>This isn't a number.</source>
        <translation>Dydy hwn ddim yn rhif.</translation>
    </message>
    <message>
        <source>This part of the day isn't one this import knows (%1).</source>
        <translation>Dydy’r rhan hon o’r dydd ddim yn un mae’r mewnforio hwn yn ei hadnabod (%1).</translation>
    </message>
    <message>
        <source>This isn't a date in the expected form.</source>
        <translation>Dydy hwn ddim yn ddyddiad yn y ffurf ddisgwyliedig.</translation>
    </message>
    <message>
        <source>This date doesn't exist.</source>
        <translation>Dydy’r dyddiad hwn ddim yn bodoli.</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10 for these moods: %1.</source>
        <translation>Dewiswch rif o 0 i 10 ar gyfer yr hwyliau hyn: %1.</translation>
    </message>
    <message>
        <source>This isn't a date like "18 May".</source>
        <translation>Dydy hwn ddim yn ddyddiad fel “18 May”.</translation>
    </message>
    <message>
        <source>Each mood must be given a number from 0 to 10.</source>
        <translation>Mae angen rhoi rhif o 0 i 10 i bob un o’r hwyliau.</translation>
    </message>
    <message>
        <source>This row has more cells than the header.</source>
        <translation>Mae gan y rhes hon fwy o gelloedd na’r pennawd.</translation>
    </message>
    <message>
        <source>This isn't a year.</source>
        <translation>Dydy hwn ddim yn flwyddyn.</translation>
    </message>
    <message>
        <source>This isn't a date (YYYY-MM-DD).</source>
        <translation>Dydy hwn ddim yn ddyddiad (BBBB-MM-DD).</translation>
    </message>
    <message>
        <source>This scale's value isn't a number.</source>
        <translation>Dydy gwerth y raddfa hon ddim yn rhif.</translation>
    </message>
    <message>
        <source>This scale's value is of another kind than in earlier rows.</source>
        <translation>Mae gwerth y raddfa hon o fath gwahanol i’r hyn oedd yn y rhesi cynharach.</translation>
    </message>
    <message>
        <source>This isn't a scale like "Sleep Quality: 8/10 points".</source>
        <translation>Dydy hon ddim yn raddfa fel “Sleep Quality: 8/10 points”.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>Mae angen i %1 fod yn rhestr.</translation>
    </message>
    <message>
        <source>Each item in %1 must be an object.</source>
        <translation>Mae angen i bob eitem yn %1 fod yn wrthrych.</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>Mae angen i hwn fod yn destun.</translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation>Mae angen i hwn fod yn wir neu’n anwir (true neu false).</translation>
    </message>
    <message>
        <source>This must be a number.</source>
        <translation>Mae angen i hwn fod yn rhif.</translation>
    </message>
    <message>
        <source>This must be a whole number.</source>
        <translation>Mae angen i hwn fod yn rhif cyfan.</translation>
    </message>
    <message>
        <source>This date and time has no UTC offset.</source>
        <translation>Does gan y dyddiad a’r amser hwn ddim gwrthbwyso UTC.</translation>
    </message>
    <message>
        <source>This must be a list of text.</source>
        <translation>Mae angen i hwn fod yn rhestr o destun.</translation>
    </message>
    <message>
        <source>This must be a list.</source>
        <translation>Mae angen i hwn fod yn rhestr.</translation>
    </message>
    <message>
        <source>This isn't a date and time.</source>
        <translation>Dydy hwn ddim yn ddyddiad ac amser.</translation>
    </message>
    <message>
        <source>This doesn't look like a jrnl JSON export (no entries).</source>
        <translation>Dydy hon ddim yn edrych fel ffeil allforio JSON jrnl (does dim cofnodion ynddi).</translation>
    </message>
    <message>
        <source>The file has no column with this name.</source>
        <translation>Does dim colofn gyda’r enw hwn yn y ffeil.</translation>
    </message>
    <message>
        <source>Choose a number for each of these words: %1.</source>
        <translation>Dewiswch rif ar gyfer pob un o’r geiriau hyn: %1.</translation>
    </message>
    <message>
        <source>This isn't a Recovery Journal export.</source>
        <translation>Dydy hon ddim yn ffeil allforio Recovery Journal.</translation>
    </message>
    <message>
        <source>The export has no version number.</source>
        <translation>Does dim rhif fersiwn yn y ffeil allforio.</translation>
    </message>
    <message>
        <source>This export comes from a newer version of Recovery Journal; update the app first.</source>
        <translation>Mae’r ffeil allforio hon yn dod o fersiwn mwy newydd o Recovery Journal; diweddarwch yr ap yn gyntaf.</translation>
    </message>
    <message>
        <source>This export's format version (%1) isn't one Recovery Journal knows, so nothing was imported.</source>
        <translation>Dydy Recovery Journal ddim yn adnabod fersiwn fformat y ffeil allforio hon (%1), felly chafodd dim byd ei fewnforio.</translation>
    </message>
    <message>
        <source>settings must be an object.</source>
        <translation>Mae angen i settings fod yn wrthrych.</translation>
    </message>
    <message>
        <source>This must be an object of measure keys and numbers.</source>
        <translation>Mae angen i hwn fod yn wrthrych o allweddi mesurau a rhifau.</translation>
    </message>
    <message>
        <source>This doesn't name a strength in the file.</source>
        <translation>Dydy hwn ddim yn enwi cryfder sydd yn y ffeil.</translation>
    </message>
    <message>
        <source>This isn't a kind of early-warning rule this app knows.</source>
        <translation>Dydy hwn ddim yn fath o arwydd rhybudd cynnar mae’r ap hwn yn ei adnabod.</translation>
    </message>
    <message>
        <source>This isn't a section of the wellness plan.</source>
        <translation>Dydy hon ddim yn adran o’r cynllun lles.</translation>
    </message>
    <message>
        <source>This %1 is already used by item %2 of %3; each must be different, so nothing was imported.</source>
        <translation>Mae eitem %2 o %3 eisoes yn defnyddio’r %1 hwn; mae angen i bob un fod yn wahanol, felly chafodd dim byd ei fewnforio.</translation>
    </message>
    <message>
        <source>A life area is rated twice in this life check.</source>
        <translation>Mae maes bywyd wedi’i raddio ddwywaith yn y gwiriad bywyd hwn.</translation>
    </message>
    <message>
        <source>This life check has no rating and no note.</source>
        <translation>Does gan y gwiriad bywyd hwn ddim gradd na nodyn.</translation>
    </message>
    <message>
        <source>A life check rating is a whole number from 1 to 7.</source>
        <translation>Mae gradd gwiriad bywyd yn rhif cyfan o 1 i 7.</translation>
    </message>
    <message>
        <source>A support is a medicine, a therapy, a group or other.</source>
        <translation>Mae cymorth yn feddyginiaeth, yn therapi, yn grŵp neu’n rhywbeth arall.</translation>
    </message>
    <message>
        <source>This support has no name.</source>
        <translation>Does dim enw gan y cymorth hwn.</translation>
    </message>
    <message>
        <source>That is not a kind of change this log knows.</source>
        <translation>Dydy hwnnw ddim yn fath o newid mae’r cofnod hwn yn ei adnabod.</translation>
    </message>
    <message>
        <source>This doesn't look like a Pixels backup (a list of days).</source>
        <translation>Dydy hwn ddim yn edrych fel copi wrth gefn Pixels (rhestr o ddyddiau).</translation>
    </message>
    <message>
        <source>This must be a number from 1 to 5.</source>
        <translation>Mae angen i hwn fod yn rhif o 1 i 5.</translation>
    </message>
    <message>
        <source>Only Pixels' Mood type is known to this app.</source>
        <translation>Dim ond math Mood Pixels mae’r ap hwn yn ei adnabod.</translation>
    </message>
    <message>
        <source>This isn't a date (year-month-day).</source>
        <translation>Dydy hwn ddim yn ddyddiad (blwyddyn-mis-diwrnod).</translation>
    </message>
    <message>
        <source>Scores must be a list of numbers from 1 to 5.</source>
        <translation>Mae angen i’r sgorau fod yn rhestr o rifau o 1 i 5.</translation>
    </message>
    <message>
        <source>This isn't one of the question's answers.</source>
        <translation>Dydy hwn ddim yn un o atebion y cwestiwn.</translation>
    </message>
    <message>
        <source>This isn't a questionnaire this app knows.</source>
        <translation>Dydy hwn ddim yn holiadur mae’r ap hwn yn ei adnabod.</translation>
    </message>
    <message>
        <source>This must be %1 answers from 0 to %2, with null for a question left blank.</source>
        <translation>Mae angen %1 ateb yma o 0 i %2, gyda null ar gyfer cwestiwn a adawyd yn wag.</translation>
    </message>
    <message>
        <source>This picture is too large to import.</source>
        <translation>Mae’r llun hwn yn rhy fawr i’w fewnforio.</translation>
    </message>
    <message>
        <source>This isn't a kind of hope box item.</source>
        <translation>Dydy hwn ddim yn fath o eitem yn y blwch gobaith.</translation>
    </message>
    <message>
        <source>A memory links to a journal entry or a check-in.</source>
        <translation>Mae atgof yn cysylltu â chofnod yn y dyddlyfr neu â chofnod hwyliau.</translation>
    </message>
    <message>
        <source>This picture isn't readable base64 text.</source>
        <translation>Dydy’r llun hwn ddim yn destun base64 y gellir ei ddarllen.</translation>
    </message>
    <message>
        <source>That import format isn't one this app knows.</source>
        <translation>Dydy’r ap hwn ddim yn adnabod y fformat mewnforio hwnnw.</translation>
    </message>
    <message>
        <source>Choose which columns hold the date, values, tags and note first.</source>
        <translation>Dewiswch yn gyntaf pa golofnau sy’n dal y dyddiad, y gwerthoedd, y tagiau a’r nodyn.</translation>
    </message>
    <message>
        <source>This value can't be stored.</source>
        <translation>Does dim modd cadw’r gwerth hwn.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Patrymau</translation>
    </message>
    <message>
        <source>How life has been going, drawn from your own check-ins. These charts show what tends to go together over time; they are not scores.</source>
        <translation>Sut mae bywyd wedi bod, wedi’i dynnu o’ch cofnodion eich hun. Mae’r siartiau hyn yn dangos beth sy’n tueddu i fynd gyda’i gilydd dros amser; nid sgorau ydyn nhw.</translation>
    </message>
    <message>
        <source>This chart can't be shown just now. Your check-ins are safe.</source>
        <translation>Does dim modd dangos y siart hwn ar hyn o bryd. Mae eich cofnodion yn ddiogel.</translation>
    </message>
    <message>
        <source>This chart can't be drawn just now. Your check-ins are safe.</source>
        <translation>Does dim modd llunio’r siart hwn ar hyn o bryd. Mae eich cofnodion yn ddiogel.</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>Siart wedi’i gadw fel %1</translation>
    </message>
    <message>
        <source>Charts can be saved as .png, .svg or .pdf. Please pick one of those.</source>
        <translation>Gellir cadw siartiau fel .png, .svg neu .pdf. Dewiswch un o’r rheini, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The chart couldn't be saved there. Please try another folder.</source>
        <translation>Doedd dim modd cadw’r siart yno. Rhowch gynnig ar ffolder arall.</translation>
    </message>
</context>
<context>
    <name>InventoryDialogs</name>
    <message>
        <source>Strength added</source>
        <translation>Cryfder wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Newidiadau wedi’u cadw</translation>
    </message>
    <message>
        <source>That strength is no longer here.</source>
        <translation>Dydy’r cryfder hwnnw ddim yma mwyach.</translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s) added</source>
        <translation>
            <numerusform>%n cryfder wedi’u hychwanegu</numerusform>
            <numerusform>%n cryfder wedi’i ychwanegu</numerusform>
            <numerusform>%n cryfder wedi’u hychwanegu</numerusform>
            <numerusform>%n cryfder wedi’u hychwanegu</numerusform>
            <numerusform>%n cryfder wedi’u hychwanegu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemChoice</name>
    <message>
        <source>0 is “%1”, 10 is “%2”</source>
        <translation>0 yw “%1”, 10 yw “%2”</translation>
    </message>
    <message>
        <source>Leave blank</source>
        <translation>Gadael yn wag</translation>
    </message>
    <message>
        <source>Leave question %1 blank</source>
        <translation>Gadael cwestiwn %1 yn wag</translation>
    </message>
    <message>
        <source>Leave this question blank</source>
        <translation>Gadael y cwestiwn hwn yn wag</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Cwestiwn %1: %2</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Dyddlyfr</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Cofnodion y dyddlyfr</translation>
    </message>
    <message>
        <source>Newest first. Enter opens the entry; Delete removes it.</source>
        <translation>Y mwyaf diweddar yn gyntaf. Mae Enter yn agor y cofnod; mae Delete yn ei dynnu.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Cofnod newydd</translation>
    </message>
    <message>
        <source>Start a new entry</source>
        <translation>Dechrau cofnod newydd</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Dechrau cofnod newydd (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Dileu’r cofnod</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Dileu’r cofnod hwn</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Mae Ctrl+Z yn dod ag ef yn ôl</translation>
    </message>
    <message>
        <source>Add to my hope box</source>
        <translation>I’m blwch gobaith</translation>
    </message>
    <message>
        <source>Add this entry to my hope box</source>
        <translation>Ychwanegu’r cofnod hwn at fy mlwch gobaith</translation>
    </message>
    <message>
        <source>Nothing found for those words. Fewer words, or the start of a word, may find more.</source>
        <translation>Dim byd wedi’i ganfod ar gyfer y geiriau hynny. Efallai y bydd llai o eiriau, neu ddechrau gair, yn canfod mwy.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n entries match</source>
        <translation>
            <numerusform>Cofnodion sy’n cyfateb: mwy na %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: mwy na %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: mwy na %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: mwy na %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: mwy na %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match</source>
        <translation>
            <numerusform>Cofnodion sy’n cyfateb: %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries in this period or with this tag.</source>
        <translation>Dim cofnodion yn y cyfnod hwn na gyda’r tag hwn.</translation>
    </message>
    <message>
        <source>Nothing written yet. Press Ctrl+N to start a page, whenever you like.</source>
        <translation>Dim byd wedi’i ysgrifennu eto. Pwyswch Ctrl+N i ddechrau tudalen, pryd bynnag y mynnwch.</translation>
    </message>
    <message>
        <source>A new page. It is kept as you write.</source>
        <translation>Tudalen newydd. Mae’n cael ei chadw wrth i chi ysgrifennu.</translation>
    </message>
    <message>
        <source>Couldn't save just now. Your words are still here; they'll be kept.</source>
        <translation>Doedd dim modd cadw ar hyn o bryd. Mae eich geiriau yma o hyd; byddant yn cael eu cadw.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Wedi’i gadw am %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
    <message>
        <source>Enter opens the entry.</source>
        <translation>Mae Enter yn agor y cofnod.</translation>
    </message>
    <message>
        <source>Write or open an entry first</source>
        <translation>Ysgrifennwch neu agorwch gofnod yn gyntaf</translation>
    </message>
    <message>
        <source>Added to your hope box</source>
        <translation>Wedi’i ychwanegu at eich blwch gobaith</translation>
    </message>
    <message>
        <source>Entry deleted. Undo, just below the list, or Ctrl+Z brings it back.</source>
        <translation>Cofnod wedi’i ddileu. Mae Dadwneud, o dan y rhestr, neu Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Entry brought back</source>
        <translation>Cofnod wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That entry can no longer be brought back.</source>
        <translation>Does dim modd dod â’r cofnod hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>Dileu cofnod y dyddlyfr</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
    <message>
        <source>Takes effect when you next open the app.</source>
        <translation>Bydd yn dod i rym y tro nesaf y byddwch yn agor yr ap.</translation>
    </message>
</context>
<context>
    <name>LifeAreas</name>
    <message>
        <source>Work &amp; meaningful activity</source>
        <translation>Gwaith a gweithgarwch ystyrlon</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Dysgu</translation>
    </message>
    <message>
        <source>Relationships &amp; family</source>
        <translation>Perthnasoedd a theulu</translation>
    </message>
    <message>
        <source>Friends &amp; social life</source>
        <translation>Ffrindiau a bywyd cymdeithasol</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
    <message>
        <source>Spirituality &amp; faith</source>
        <translation>Ysbrydolrwydd a ffydd</translation>
    </message>
    <message>
        <source>Culture &amp; identity</source>
        <translation>Diwylliant a hunaniaeth</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Iechyd corfforol</translation>
    </message>
    <message>
        <source>Emotional wellbeing</source>
        <translation>Lles emosiynol</translation>
    </message>
    <message>
        <source>Home &amp; money</source>
        <translation>Cartref ac arian</translation>
    </message>
</context>
<context>
    <name>LifeCheckCard</name>
    <message>
        <source>Life check</source>
        <translation>Gwiriad bywyd</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source>Offer a life check every so many weeks</source>
        <translation>Cynnig gwiriad bywyd bob hyn a hyn o wythnosau</translation>
    </message>
    <message>
        <source>Offer a life check on Today &amp;every</source>
        <translation>Cynnig gwiriad bywyd ar Heddiw &amp;bob</translation>
    </message>
    <message>
        <source>A life check asks how satisfied you are with each part of your life, from 1 to 7, and what is going well. Today offers one only if you choose a number here, and it can always be put aside. You can take one at any time from Insights.</source>
        <translation>Mae gwiriad bywyd yn gofyn pa mor fodlon ydych chi gyda phob rhan o’ch bywyd, o 1 i 7, a beth sy’n mynd yn dda. Dim ond os dewiswch rif yma y bydd Heddiw yn cynnig un, a gallwch ei roi o’r neilltu bob amser. Gallwch wneud un unrhyw bryd o Patrymau.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
</context>
<context>
    <name>LifeCheckDialog</name>
    <message>
        <source>Life check</source>
        <translation>Gwiriad bywyd</translation>
    </message>
    <message>
        <source>Life check questions</source>
        <translation>Cwestiynau’r gwiriad bywyd</translation>
    </message>
    <message>
        <source>Life check result</source>
        <translation>Canlyniad y gwiriad bywyd</translation>
    </message>
    <message>
        <source>Save life check</source>
        <translation>Cadw’r gwiriad bywyd</translation>
    </message>
    <message>
        <source>Save the life check</source>
        <translation>Cadw’r gwiriad bywyd</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Leave without saving anything</source>
        <translation>Gadael heb gadw dim</translation>
    </message>
    <message>
        <source>See your last life check</source>
        <translation>Gweld eich gwiriad bywyd diwethaf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close the life check</source>
        <translation>Cau’r gwiriad bywyd</translation>
    </message>
    <message>
        <source>Delete this life check</source>
        <translation>Dileu’r gwiriad bywyd hwn</translation>
    </message>
    <message>
        <source>Delete this life check (Undo brings it back)</source>
        <translation>Dileu’r gwiriad bywyd hwn (mae Dadwneud yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Bring the deleted life check back</source>
        <translation>Dod â’r gwiriad bywyd a ddilëwyd yn ôl</translation>
    </message>
    <message>
        <source>How is each part of your life going?</source>
        <translation>Sut mae pob rhan o’ch bywyd yn mynd?</translation>
    </message>
    <message>
        <source>For each part of your life, choose how satisfied you are with it now, from 1 (not at all) to 7 (completely), and note what is going well if you like. Skip any you want. These are our own questions, not a clinical or licensed questionnaire; the numbers are yours, never a grade.</source>
        <translation>Ar gyfer pob rhan o’ch bywyd, dewiswch pa mor fodlon ydych chi gyda hi nawr, o 1 (ddim o gwbl) i 7 (yn llwyr), a nodwch beth sy’n mynd yn dda os hoffech chi. Hepgorwch unrhyw rai y mynnwch. Ein cwestiynau ein hunain yw’r rhain, nid holiadur clinigol na thrwyddedig; eich rhifau chi ydyn nhw, byth yn farc.</translation>
    </message>
    <message>
        <source>Rate at least one part of life, or note what is going well, or choose Not now.</source>
        <translation>Graddiwch o leiaf un rhan o fywyd, neu nodwch beth sy’n mynd yn dda, neu dewiswch Dim nawr.</translation>
    </message>
    <message>
        <source>Life check saved</source>
        <translation>Gwiriad bywyd wedi’i gadw</translation>
    </message>
    <message>
        <source>This life check is deleted. Undo brings it back.</source>
        <translation>Mae’r gwiriad bywyd hwn wedi’i ddileu. Mae Dadwneud yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>The life check is back.</source>
        <translation>Mae’r gwiriad bywyd yn ôl.</translation>
    </message>
</context>
<context>
    <name>LifeCheckOffer</name>
    <message>
        <source>A life check is here if you would like one: how each part of your life is going, in a few minutes.</source>
        <translation>Mae gwiriad bywyd yma os hoffech chi un: sut mae pob rhan o’ch bywyd yn mynd, mewn ychydig funudau.</translation>
    </message>
    <message>
        <source>Take a life check</source>
        <translation>Gwneud gwiriad bywyd</translation>
    </message>
    <message>
        <source>Take a life check now</source>
        <translation>Gwneud gwiriad bywyd nawr</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Put the life check offer aside</source>
        <translation>Rhoi’r cynnig gwiriad bywyd o’r neilltu</translation>
    </message>
</context>
<context>
    <name>LifeCheckResult</name>
    <message>
        <source>Your life check as a wheel</source>
        <translation>Eich gwiriad bywyd fel olwyn</translation>
    </message>
    <message>
        <source>What is going well</source>
        <translation>Beth sy’n mynd yn dda</translation>
    </message>
    <message>
        <source>Each area over time</source>
        <translation>Pob maes dros amser</translation>
    </message>
    <message>
        <source>Each life area's ratings over time</source>
        <translation>Graddau pob maes bywyd dros amser</translation>
    </message>
    <message>
        <source>A smallest next step</source>
        <translation>Y cam nesaf lleiaf</translation>
    </message>
    <message>
        <source>Taken on %1.</source>
        <translation>Wedi’i wneud ar %1.</translation>
    </message>
    <message>
        <source>Taken on %1, beside the one on %2.</source>
        <translation>Wedi’i wneud ar %1, wrth ymyl yr un ar %2.</translation>
    </message>
    <message>
        <source>One small chart per life area, with each life check's rating.</source>
        <translation>Un siart bach i bob maes bywyd, gyda gradd pob gwiriad bywyd.</translation>
    </message>
    <message>
        <source>This chart couldn't be drawn just now. Your life check is saved.</source>
        <translation>Doedd dim modd llunio’r siart hwn ar hyn o bryd. Mae eich gwiriad bywyd wedi’i gadw.</translation>
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
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>A moment for a check-in, if you'd like one.</source>
        <translation>Eiliad i gofnodi sut rydych chi, os hoffech chi.</translation>
    </message>
    <message>
        <source>Your journal locked itself after a quiet while. Anything you were typing was kept safely and will be back when you unlock.</source>
        <translation>Cafodd eich dyddlyfr ei gloi ar ôl cyfnod tawel. Cafodd unrhyw beth roeddech chi’n ei deipio ei gadw’n ddiogel a bydd yn ôl pan fyddwch yn datgloi.</translation>
    </message>
    <message>
        <source>Your journal is locked. Some text you were typing couldn't be kept as a draft; the rest of your journal is safe.</source>
        <translation>Mae eich dyddlyfr wedi’i gloi. Doedd dim modd cadw rhywfaint o’r testun roeddech chi’n ei deipio fel drafft; mae gweddill eich dyddlyfr yn ddiogel.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Lock the journal now</source>
        <translation>Cloi’r dyddlyfr nawr</translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>Cloi’r dyddlyfr nawr (Ctrl+L)</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Cael help nawr</translation>
    </message>
    <message>
        <source>Helplines and your own numbers (F1)</source>
        <translation>Llinellau cymorth a’ch rhifau eich hun (F1)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dyddlyfr</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Fy nghynllun</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Patrymau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Cloi nawr</translation>
    </message>
    <message>
        <source>&amp;Share a report…</source>
        <translation>&amp;Rhannu adroddiad…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Gwneud copi &amp;wrth gefn nawr…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Delete everything…</source>
        <translation>&amp;Dileu popeth…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>&amp;Cael help nawr</translation>
    </message>
    <message>
        <source>&amp;Crisis card…</source>
        <translation>&amp;Cerdyn argyfwng…</translation>
    </message>
    <message>
        <source>My &amp;hope box…</source>
        <translation>Fy mlwch &amp;gobaith…</translation>
    </message>
    <message>
        <source>G&amp;uide</source>
        <translation>&amp;Canllaw</translation>
    </message>
    <message>
        <source>&amp;About Recovery Journal</source>
        <translation>&amp;Ynglŷn â Recovery Journal</translation>
    </message>
    <message>
        <source>Go to Today</source>
        <translation>Mynd i Heddiw</translation>
    </message>
    <message>
        <source>Go to Today for a check-in</source>
        <translation>Mynd i Heddiw i gofnodi sut rydych chi</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>Cau’r nodyn atgoffa</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Mood</source>
        <translation>Hwyliau</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Gobaith</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Isel iawn</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Da iawn</translation>
    </message>
    <message>
        <source>No hope right now</source>
        <translation>Dim gobaith ar hyn o bryd</translation>
    </message>
    <message>
        <source>Very hopeful</source>
        <translation>Gobeithiol iawn</translation>
    </message>
</context>
<context>
    <name>MeasuresEditor</name>
    <message>
        <source>Whole numbers</source>
        <translation>Rhifau cyfan</translation>
    </message>
    <message>
        <source>Halves (0.5)</source>
        <translation>Haneri (0.5)</translation>
    </message>
    <message>
        <source>Tenths (0.1)</source>
        <translation>Degfedau (0.1)</translation>
    </message>
    <message>
        <source>e.g. Energy</source>
        <translation>e.e. Egni</translation>
    </message>
    <message>
        <source>Name of a new measure</source>
        <translation>Enw mesur newydd</translation>
    </message>
    <message>
        <source>Steps of the new measure</source>
        <translation>Camau’r mesur newydd</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add the new measure</source>
        <translation>Ychwanegu’r mesur newydd</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesurau</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down change the order</source>
        <translation>Mae Alt+Up ac Alt+Down yn newid y drefn</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Cuddio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Name of the measure</source>
        <translation>Enw’r mesur</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Gwerth isaf</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Gwerth uchaf</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Words for the low end</source>
        <translation>Geiriau ar gyfer y pen isel</translation>
    </message>
    <message>
        <source>e.g. Very low</source>
        <translation>e.e. Isel iawn</translation>
    </message>
    <message>
        <source>Words for the high end</source>
        <translation>Geiriau ar gyfer y pen uchel</translation>
    </message>
    <message>
        <source>e.g. Very good</source>
        <translation>e.e. Da iawn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>L&amp;owest value</source>
        <translation>Gwerth &amp;isaf</translation>
    </message>
    <message>
        <source>H&amp;ighest value</source>
        <translation>Gwerth &amp;uchaf</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>&amp;Camau</translation>
    </message>
    <message>
        <source>Low &amp;end words</source>
        <translation>Geiriau’r pen i&amp;sel</translation>
    </message>
    <message>
        <source>High e&amp;nd words</source>
        <translation>Geiriau’r pen uc&amp;hel</translation>
    </message>
    <message>
        <source>New &amp;measure</source>
        <translation>&amp;Mesur newydd</translation>
    </message>
    <message>
        <source>in</source>
        <translation>mewn</translation>
    </message>
    <message>
        <source>Hide it instead</source>
        <translation>Ei guddio yn lle hynny</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Ei gadw fel y mae</translation>
    </message>
    <message>
        <source>%1 (%2 to %3</source>
        <translation>%1 (%2 i %3</translation>
    </message>
    <message>
        <source>in steps of %1</source>
        <translation>mewn camau o %1</translation>
    </message>
    <message>
        <source> — hidden</source>
        <translation> — cudd</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Mood and hope are built in: they can be hidden, but not deleted.</source>
        <translation>Mae hwyliau a gobaith wedi’u cynnwys: gellir eu cuddio, ond nid eu dileu.</translation>
    </message>
    <message>
        <source>Their range stays 0 to 10, so charts read them the same way.</source>
        <translation>Mae eu hystod yn aros o 0 i 10, fel bod siartiau’n eu darllen yr un ffordd.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
    <message>
        <source>The lowest value must be below the highest value.</source>
        <translation>Rhaid i’r gwerth isaf fod yn is na’r gwerth uchaf.</translation>
    </message>
    <message>
        <source>Measure added</source>
        <translation>Mesur wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>“%1” has values in your check-ins, so it can't be deleted. Hiding it takes it off the check-in and keeps what you recorded.</source>
        <translation>Mae gan “%1” werthoedd yn eich cofnodion, felly does dim modd ei ddileu. Mae ei guddio yn ei dynnu oddi ar y cofnod ac yn cadw’r hyn a nodwyd gennych.</translation>
    </message>
    <message>
        <source>Measure deleted</source>
        <translation>Mesur wedi’i ddileu</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Cudd</translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextStepBox</name>
    <message>
        <source>If you like, pick one or two areas and write the smallest next step for each: something small enough to do this week. It goes into Goals.</source>
        <translation>Os hoffech chi, dewiswch un neu ddau faes ac ysgrifennwch y cam nesaf lleiaf ar gyfer pob un: rhywbeth digon bach i’w wneud yr wythnos hon. Mae’n mynd i Nodau.</translation>
    </message>
    <message>
        <source>Life area for the next step</source>
        <translation>Maes bywyd y cam nesaf</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Maes</translation>
    </message>
    <message>
        <source>Goal the step belongs to</source>
        <translation>Y nod y mae’r cam yn perthyn iddo</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Nod</translation>
    </message>
    <message>
        <source>Name of the new goal</source>
        <translation>Enw’r nod newydd</translation>
    </message>
    <message>
        <source>New goal's &amp;name</source>
        <translation>&amp;Enw’r nod newydd</translation>
    </message>
    <message>
        <source>For example: text Sam about a walk on Saturday</source>
        <translation>Er enghraifft: tecstio Sam am fynd am dro ddydd Sadwrn</translation>
    </message>
    <message>
        <source>The smallest next step</source>
        <translation>Y cam nesaf lleiaf</translation>
    </message>
    <message>
        <source>Smallest next &amp;step</source>
        <translation>Y &amp;cam nesaf lleiaf</translation>
    </message>
    <message>
        <source>Add to Goals</source>
        <translation>Ychwanegu at Nodau</translation>
    </message>
    <message>
        <source>Add the step to Goals</source>
        <translation>Ychwanegu’r cam at Nodau</translation>
    </message>
    <message>
        <source>A new goal in %1</source>
        <translation>Nod newydd yn %1</translation>
    </message>
    <message>
        <source>Added to Goals under %1.</source>
        <translation>Wedi’i ychwanegu at Nodau o dan %1.</translation>
    </message>
    <message>
        <source>Step added to Goals</source>
        <translation>Cam wedi’i ychwanegu at Nodau</translation>
    </message>
</context>
<context>
    <name>OwnNumbersEditor</name>
    <message>
        <source>Add a number…</source>
        <translation>Ychwanegu rhif…</translation>
    </message>
    <message>
        <source>Add a number of your own</source>
        <translation>Ychwanegu rhif eich hun</translation>
    </message>
    <message>
        <source>No numbers of your own yet. You could add your GP, a local crisis team or a friend; Get help now shows them first.</source>
        <translation>Dim rhifau eich hun eto. Gallech ychwanegu eich meddyg teulu, tîm argyfwng lleol neu ffrind; mae Cael help nawr yn eu dangos yn gyntaf.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Newid…</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Newid %s</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Move %s up</source>
        <translation>Symud %s i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Move %s down</source>
        <translation>Symud %s i lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove %s</source>
        <translation>Tynnu %s</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>in my crisis plan</source>
        <translation>yn fy nghynllun argyfwng</translation>
    </message>
    <message>
        <source>please don't contact</source>
        <translation>peidiwch â chysylltu</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Fy mhobl</translation>
    </message>
    <message>
        <source>The people you choose to have on your side, in the order you like. You decide who appears in your crisis plan.</source>
        <translation>Y bobl rydych chi’n dewis eu cael ar eich ochr, yn y drefn a fynnwch. Chi sy’n penderfynu pwy sy’n ymddangos yn eich cynllun argyfwng.</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Ychwanegu person</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Ychwanegu person (Ctrl+N)</translation>
    </message>
    <message>
        <source>No one here yet. Who helps you, even a little? A friend, someone in your family, a peer worker, your GP. Add them, and say how they help.</source>
        <translation>Does neb yma eto. Pwy sy’n eich helpu, hyd yn oed ychydig? Ffrind, rhywun yn eich teulu, gweithiwr cymheiriaid, eich meddyg teulu. Ychwanegwch nhw, a dweud sut maen nhw’n helpu.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Symud &amp;i fyny</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Symud i fyny (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Symud i lawr (Alt+Down)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove this person (Delete)</source>
        <translation>Tynnu’r person hwn (Delete)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save this person (Ctrl+S)</source>
        <translation>Cadw’r person hwn (Ctrl+S)</translation>
    </message>
    <message>
        <source>About %s</source>
        <translation>Ynglŷn â %s</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Rhywun newydd</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>Wedi’i symud i fyny</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>Wedi’i symud i lawr</translation>
    </message>
    <message>
        <source>Removed from My people. Ctrl+Z brings them back.</source>
        <translation>Wedi’u tynnu o Fy mhobl. Mae Ctrl+Z yn dod â nhw’n ôl.</translation>
    </message>
    <message>
        <source>Back in My people</source>
        <translation>Yn ôl yn Fy mhobl</translation>
    </message>
    <message>
        <source>That person can no longer be brought back.</source>
        <translation>Does dim modd dod â’r person hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Tynnu person</translation>
    </message>
    <message>
        <source>When in my plan they are involved</source>
        <translation>Pryd yn fy nghynllun maen nhw’n rhan ohono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Eu henw</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>For example: friend, sister, GP</source>
        <translation>Er enghraifft: ffrind, chwaer, meddyg teulu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>What they help with</source>
        <translation>Beth maen nhw’n helpu gydag e</translation>
    </message>
    <message>
        <source>For example: a walk and a talk, lifts, feeding the cat</source>
        <translation>Er enghraifft: mynd am dro a sgwrs, lifftiau, bwydo’r gath</translation>
    </message>
    <message>
        <source>Show them in my crisis plan</source>
        <translation>Eu dangos yn fy nghynllun argyfwng</translation>
    </message>
    <message>
        <source>In my crisis plan</source>
        <translation>Yn fy nghynllun argyfwng</translation>
    </message>
    <message>
        <source>They then appear in Get help now and on the crisis card, unless you ask that they not be contacted.</source>
        <translation>Yna maen nhw’n ymddangos yn Cael help nawr ac ar y cerdyn argyfwng, oni bai eich bod yn gofyn i neb gysylltu â nhw.</translation>
    </message>
    <message>
        <source>Please don't contact them</source>
        <translation>Peidiwch â chysylltu â nhw</translation>
    </message>
    <message>
        <source>Please don't contact</source>
        <translation>Peidiwch â chysylltu</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Perthynas</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <source>What they &amp;help with</source>
        <translation>Sut maen nhw’n &amp;helpu</translation>
    </message>
    <message>
        <source>Involved at: %s</source>
        <translation>Yn rhan o: %s</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <source>Picture from the guide</source>
        <translation>Llun o’r canllaw</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan sections</source>
        <translation>Adrannau’r cynllun</translation>
    </message>
    <message>
        <source>Signs from my check-ins</source>
        <translation>Arwyddion o’m cofnodion</translation>
    </message>
    <message>
        <source>Treatments and supports</source>
        <translation>Triniaethau a chymorth</translation>
    </message>
    <message>
        <source>My wellness plan</source>
        <translation>Fy nghynllun lles</translation>
    </message>
    <message>
        <source>Your own plan for staying well and for hard times, in your words. Every save is kept, so you can look back.</source>
        <translation>Eich cynllun eich hun ar gyfer aros yn iach ac ar gyfer adegau anodd, yn eich geiriau chi. Mae pob cadw’n cael ei gadw, fel y gallwch edrych yn ôl.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back.</source>
        <translation>Mae eich newidiadau heb eu cadw yn ôl.</translation>
    </message>
    <message>
        <source>Nothing new to save</source>
        <translation>Dim byd newydd i’w gadw</translation>
    </message>
    <message>
        <source>Saved: %s</source>
        <translation>Wedi’i gadw: %s</translation>
    </message>
    <message>
        <source>Restored an earlier version</source>
        <translation>Adferwyd fersiwn gynharach</translation>
    </message>
</context>
<context>
    <name>PlanRuleWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n diwrnod yn olynol</numerusform>
            <numerusform>%n diwrnod yn olynol</numerusform>
            <numerusform>%n diwrnod yn olynol</numerusform>
            <numerusform>%n diwrnod yn olynol</numerusform>
            <numerusform>%n diwrnod yn olynol</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation>%1 o dan %2</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 dros %2</translation>
    </message>
    <message>
        <source>%1 %2 or lower</source>
        <translation>%1 %2 neu is</translation>
    </message>
    <message>
        <source>the tag “%1”</source>
        <translation>y tag “%1”</translation>
    </message>
    <message>
        <source>%1 on %2 of the last %3</source>
        <translation>%1 ar %2 o’r %3 diwethaf</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Your check-ins show %1 on %2 of the last %3.</source>
        <translation>Mae eich cofnodion yn dangos %1 ar %2 o’r %3 diwethaf.</translation>
    </message>
    <message>
        <source>Your latest check-in shows %1.</source>
        <translation>Mae eich cofnod diweddaraf yn dangos %1.</translation>
    </message>
    <message>
        <source>Your check-ins show %1 for %2.</source>
        <translation>Mae eich cofnodion yn dangos %1 am %2.</translation>
    </message>
    <message>
        <source>Your plan has your own ideas for times like this.</source>
        <translation>Mae gan eich cynllun eich syniadau eich hun ar gyfer adegau fel hyn.</translation>
    </message>
</context>
<context>
    <name>PlanSectionEditor</name>
    <message>
        <source>My safety plan, step by step</source>
        <translation>Fy nghynllun diogelwch, gam wrth gam</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save this section (Ctrl+S)</source>
        <translation>Cadw’r adran hon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save this section</source>
        <translation>Cadw’r adran hon</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Fersiynau cynharach…</translation>
    </message>
    <message>
        <source>Earlier versions of this section: view, compare and restore</source>
        <translation>Fersiynau cynharach o’r adran hon: gweld, cymharu ac adfer</translation>
    </message>
    <message>
        <source>Crisis card…</source>
        <translation>Cerdyn argyfwng…</translation>
    </message>
    <message>
        <source>Make a one-page crisis card as a PDF</source>
        <translation>Gwneud cerdyn argyfwng un dudalen fel PDF</translation>
    </message>
    <message>
        <source>Last changed %s.</source>
        <translation>Newidiwyd ddiwethaf %s.</translation>
    </message>
    <message>
        <source>Last looked at %s.</source>
        <translation>Edrychwyd arno ddiwethaf %s.</translation>
    </message>
    <message>
        <source>What I'm like when I'm well</source>
        <translation>Sut ydw i pan fydda i’n iach</translation>
    </message>
    <message>
        <source>My wellness toolbox</source>
        <translation>Fy mlwch offer lles</translation>
    </message>
    <message>
        <source>Daily maintenance</source>
        <translation>Gofalu amdanaf fy hun bob dydd</translation>
    </message>
    <message>
        <source>Triggers and what I'll do</source>
        <translation>Sbardunau a beth wna i</translation>
    </message>
    <message>
        <source>Early warning signs and what I'll do</source>
        <translation>Arwyddion rhybudd cynnar a beth wna i</translation>
    </message>
    <message>
        <source>When things are breaking down</source>
        <translation>Pan fydd pethau’n chwalu</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Fy nghynllun diogelwch</translation>
    </message>
    <message>
        <source>After a crisis</source>
        <translation>Ar ôl argyfwng</translation>
    </message>
    <message>
        <source>How you are when you're well: what you do, how you feel, what other people notice.</source>
        <translation>Sut ydych chi pan fyddwch chi’n iach: beth rydych chi’n ei wneud, sut rydych chi’n teimlo, beth mae pobl eraill yn sylwi arno.</translation>
    </message>
    <message>
        <source>Things that help you stay well or feel better, big or small. One per line; start a line with - to make a list.</source>
        <translation>Pethau sy’n eich helpu i aros yn iach neu i deimlo’n well, mawr neu fach. Un ar bob llinell; dechreuwch linell gyda - i wneud rhestr.</translation>
    </message>
    <message>
        <source>What you do every day, or most days, to stay well.</source>
        <translation>Beth rydych chi’n ei wneud bob dydd, neu’r rhan fwyaf o ddyddiau, i aros yn iach.</translation>
    </message>
    <message>
        <source>Things that can knock you off balance, and what you'll do if they happen.</source>
        <translation>Pethau a all eich taflu oddi ar eich echel, a beth wnewch chi os ydyn nhw’n digwydd.</translation>
    </message>
    <message>
        <source>Small changes that tell you things may be getting harder, and what you'll do then. The app can also watch your check-ins for some of these, if you like: see "Signs from my check-ins".</source>
        <translation>Newidiadau bach sy’n dweud wrthych y gallai pethau fod yn mynd yn anoddach, a beth wnewch chi bryd hynny. Gall yr ap hefyd wylio’ch cofnodion am rai o’r rhain, os hoffech chi: gweler “Arwyddion o’m cofnodion”.</translation>
    </message>
    <message>
        <source>Signs that things are getting much harder, and what you'll do, or ask others to do, then.</source>
        <translation>Arwyddion bod pethau’n mynd yn llawer anoddach, a beth wnewch chi, neu beth fyddwch chi’n gofyn i eraill ei wneud, bryd hynny.</translation>
    </message>
    <message>
        <source>For the people who help when you can't. You might write about:
- signs that others need to step in
- who you want involved, and who not
- what helps and what doesn't
- treatments and places you prefer, or want to avoid</source>
        <translation>I’r bobl sy’n helpu pan na allwch chi. Gallech chi ysgrifennu am:
- arwyddion bod angen i eraill gamu i mewn
- pwy rydych chi eisiau ei gynnwys, a phwy ddim
- beth sy’n helpu a beth sydd ddim
- triniaethau a lleoedd sydd orau gennych, neu rydych chi eisiau eu hosgoi</translation>
    </message>
    <message>
        <source>How you'd like to recover afterwards, and what to look at again when you're ready.</source>
        <translation>Sut hoffech chi wella wedyn, a beth i edrych arno eto pan fyddwch chi’n barod.</translation>
    </message>
</context>
<context>
    <name>PlanWarningNote</name>
    <message>
        <source>Open my plan</source>
        <translation>Agor fy nghynllun</translation>
    </message>
    <message>
        <source>Open my plan at %s</source>
        <translation>Agor fy nghynllun yn %s</translation>
    </message>
    <message>
        <source>My hope box</source>
        <translation>Fy mlwch gobaith</translation>
    </message>
    <message>
        <source>Open my hope box</source>
        <translation>Agor fy mlwch gobaith</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Put this note aside</source>
        <translation>Rhoi’r nodyn hwn o’r neilltu</translation>
    </message>
</context>
<context>
    <name>PrivacyCard</name>
    <message>
        <source>Privacy</source>
        <translation>Preifatrwydd</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Cloi pan fydd y sgrin yn cloi neu’r cyfrifiadur yn cysgu</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Cloi pan fydd y ffenestr yn cael ei lleihau</translation>
    </message>
    <message>
        <source>Show an icon in the notification area</source>
        <translation>Dangos eicon yn yr ardal hysbysu</translation>
    </message>
    <message>
        <source>Keep running in the notification area when the window is closed</source>
        <translation>Aros yn yr ardal hysbysu pan fydd y ffenestr ar gau</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
    <message>
        <source>The icon offers Check in, Get help now and Lock, and the daily reminder also comes as a desktop notification: it only says it's time for a check-in, never anything you have written. Kept running there, the journal stays locked.</source>
        <translation>Mae’r eicon yn cynnig Cofnodi, Cael help nawr a Cloi, ac mae’r nodyn atgoffa dyddiol hefyd yn dod fel hysbysiad bwrdd gwaith: dim ond dweud ei bod hi’n amser cofnodi y mae, byth ddim rydych chi wedi’i ysgrifennu. Tra bo’n rhedeg yno, mae’r dyddlyfr yn aros wedi’i gloi.</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so there is no icon and the daily reminder shows inside the window only, while it is open.</source>
        <translation>Does gan y bwrdd gwaith hwn ddim ardal hysbysu, felly does dim eicon ac mae’r nodyn atgoffa dyddiol yn ymddangos yn y ffenestr yn unig, tra bo hi ar agor.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Credit and licence</source>
        <translation>Cydnabyddiaeth a thrwydded</translation>
    </message>
    <message>
        <source>Answer what you like: any question may be left blank. Nothing is kept until you choose Save, and nothing is ever sent anywhere.</source>
        <translation>Atebwch beth a fynnwch: gellir gadael unrhyw gwestiwn yn wag. Does dim yn cael ei gadw nes i chi ddewis Cadw, a does dim byth yn cael ei anfon i unman.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Cadw fy atebion</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cau heb gadw</translation>
    </message>
    <message>
        <source>Your answers are saved</source>
        <translation>Mae eich atebion wedi’u cadw</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Eich canlyniad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close the questionnaire</source>
        <translation>Cau’r holiadur</translation>
    </message>
</context>
<context>
    <name>QuestionnaireOffer</name>
    <message>
        <source>A short questionnaire is here when you want it</source>
        <translation>Mae holiadur byr yma pan fyddwch chi eisiau</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Not now: hide this until tomorrow</source>
        <translation>Dim nawr: cuddio hwn tan yfory</translation>
    </message>
    <message>
        <source>“%1” is ready, if you'd like to answer it. It takes a few minutes, and any question can be left blank.</source>
        <translation>Mae “%1” yn barod, os hoffech ei ateb. Mae’n cymryd ychydig funudau, a gallwch adael unrhyw gwestiwn yn wag.</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Ateb %1</translation>
    </message>
</context>
<context>
    <name>QuestionnairesCard</name>
    <message>
        <source>Questionnaires</source>
        <translation>Holiaduron</translation>
    </message>
    <message>
        <source>Well-known questionnaires you may answer now and then, for yourself, to notice change over time. None is on unless you switch it on; when one is due, Today offers it once, and “Not now” is always fine. Your answers stay in your journal.</source>
        <translation>Holiaduron adnabyddus y gallwch eu hateb bob hyn a hyn, i chi’ch hun, i sylwi ar newid dros amser. Does dim un ymlaen oni bai eich bod yn ei droi ymlaen; pan fydd un yn ddyledus, mae Heddiw yn ei gynnig unwaith, ac mae “Dim nawr” yn iawn bob amser. Mae eich atebion yn aros yn eich dyddlyfr.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
</context>
<context>
    <name>QuickStrengthLog</name>
    <message>
        <source>A strength I used today</source>
        <translation>Cryfder a ddefnyddiais heddiw</translation>
    </message>
    <message>
        <source>Type or pick a strength and press Enter to log it for today. A new name is added to your strengths.</source>
        <translation>Teipiwch neu dewiswch gryfder a phwyso Enter i’w nodi ar gyfer heddiw. Mae enw newydd yn cael ei ychwanegu at eich cryfderau.</translation>
    </message>
    <message>
        <source>Type or pick one, then Enter</source>
        <translation>Teipiwch neu dewiswch un, yna Enter</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Ei nodi</translation>
    </message>
    <message>
        <source>Log this strength for today</source>
        <translation>Nodi’r cryfder hwn ar gyfer heddiw</translation>
    </message>
    <message>
        <source>Type or pick a strength first.</source>
        <translation>Teipiwch neu dewiswch gryfder yn gyntaf.</translation>
    </message>
    <message>
        <source>That strength could not be logged just now.</source>
        <translation>Doedd dim modd nodi’r cryfder hwnnw ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Added to your strengths and logged for today. Ctrl+Z takes it back.</source>
        <translation>Wedi’i ychwanegu at eich cryfderau a’i nodi ar gyfer heddiw. Mae Ctrl+Z yn ei ddadwneud.</translation>
    </message>
    <message>
        <source>Strength logged for today. Ctrl+Z takes it back.</source>
        <translation>Cryfder wedi’i nodi ar gyfer heddiw. Mae Ctrl+Z yn ei ddadwneud.</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>Date range</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 diwrnod diwethaf</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 mis diwethaf</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Y flwyddyn ddiwethaf</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Y cyfan</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Dewis dyddiadau…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dyddiad cychwyn</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;i</translation>
    </message>
</context>
<context>
    <name>RegionCard</name>
    <message>
        <source>Help where you are</source>
        <translation>Help lle rydych chi</translation>
    </message>
    <message>
        <source>Get help now and your crisis card show the helplines for this region. It is kept on this computer, outside your journal, so it works while the journal is locked.</source>
        <translation>Mae Cael help nawr a’ch cerdyn argyfwng yn dangos llinellau cymorth y rhanbarth hwn. Mae’n cael ei gadw ar y cyfrifiadur hwn, y tu allan i’ch dyddlyfr, felly mae’n gweithio tra bo’r dyddlyfr wedi’i gloi.</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Rhanbarth</translation>
    </message>
    <message>
        <source>Your own numbers</source>
        <translation>Eich rhifau eich hun</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
    <message>
        <source>Helplines for %1 are included, checked in %2.</source>
        <translation>Mae llinellau cymorth ar gyfer %1 wedi’u cynnwys, wedi’u gwirio yn %2.</translation>
    </message>
    <message>
        <source>There is no list of helplines for %1 in the app yet. In an emergency, call %2. Numbers you add below are shown first in Get help now.</source>
        <translation>Does dim rhestr o linellau cymorth ar gyfer %1 yn yr ap eto. Mewn argyfwng, ffoniwch %2. Mae rhifau rydych chi’n eu hychwanegu isod yn cael eu dangos yn gyntaf yn Cael help nawr.</translation>
    </message>
    <message>
        <source>There is no list of helplines for %1 in the app yet. In an emergency, call your local emergency number. Numbers you add below are shown first in Get help now.</source>
        <translation>Does dim rhestr o linellau cymorth ar gyfer %1 yn yr ap eto. Mewn argyfwng, ffoniwch eich rhif argyfwng lleol. Mae rhifau rydych chi’n eu hychwanegu isod yn cael eu dangos yn gyntaf yn Cael help nawr.</translation>
    </message>
</context>
<context>
    <name>RegionCombo</name>
    <message>
        <source>Region for helplines</source>
        <translation>Rhanbarth y llinellau cymorth</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Writing the accessible copy</source>
        <translation>Wrthi’n ysgrifennu’r copi hygyrch</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Wrthi’n gosod y tudalennau</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Wythnos o</translation>
    </message>
    <message>
        <source>Days with a value</source>
        <translation>Diwrnodau gyda gwerth</translation>
    </message>
    <message>
        <source>Check-ins in this period</source>
        <translation>Cofnodion yn y cyfnod hwn</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Fy nghryfderau</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Fy nodau</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Fy mhobl</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Cofnodion y dyddlyfr</translation>
    </message>
    <message>
        <source>Treatments and supports</source>
        <translation>Triniaethau a chymorth</translation>
    </message>
    <message>
        <source>My hope box</source>
        <translation>Fy mlwch gobaith</translation>
    </message>
    <message>
        <source>The numbers behind the chart, shortened for paper.</source>
        <translation>Y rhifau y tu ôl i’r siart, wedi’u byrhau ar gyfer papur.</translation>
    </message>
    <message>
        <source>The questionnaires’ questions and the names of their published ranges stay in English, as their authors published them.</source>
        <translation>Mae cwestiynau’r holiaduron ac enwau eu hystodau cyhoeddedig yn aros yn Saesneg, fel y cawson nhw eu cyhoeddi gan eu hawduron.</translation>
    </message>
    <message>
        <source>Notes written with check-ins are not included.</source>
        <translation>Dydy’r nodiadau a ysgrifennwyd gyda chofnodion ddim wedi’u cynnwys.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Gwerthoedd</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Cyfartaledd</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Isaf</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Uchaf</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Graddfa</translation>
    </message>
    <message>
        <source>My strengths inventory</source>
        <translation>Rhestr fy nghryfderau</translation>
    </message>
    <message>
        <source>Each goal</source>
        <translation>Pob nod</translation>
    </message>
    <message>
        <source>(Nothing written here yet.)</source>
        <translation>(Does dim wedi’i ysgrifennu yma eto.)</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Fy nodiadau</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Fy nghynllun diogelwch</translation>
    </message>
    <message>
        <source>In my crisis plan</source>
        <translation>Yn fy nghynllun argyfwng</translation>
    </message>
    <message>
        <source>Please don't contact</source>
        <translation>Peidiwch â chysylltu</translation>
    </message>
    <message>
        <source>1 person I chose to list.</source>
        <translation>1 person y dewisais ei restru.</translation>
    </message>
    <message>
        <source>Phone numbers and email addresses are not included.</source>
        <translation>Dydy rhifau ffôn a chyfeiriadau e-bost ddim wedi’u cynnwys.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(heb deitl)</translation>
    </message>
    <message>
        <source>Only dates, titles and tags are shown; the text of the entries is not.</source>
        <translation>Dim ond dyddiadau, teitlau a thagiau sy’n cael eu dangos; dydy testun y cofnodion ddim.</translation>
    </message>
    <message>
        <source>Pictures are not included.</source>
        <translation>Dydy lluniau ddim wedi’u cynnwys.</translation>
    </message>
    <message>
        <source>A reason to keep going</source>
        <translation>Rheswm i ddal ati</translation>
    </message>
    <message>
        <source>Words that help</source>
        <translation>Geiriau sy’n helpu</translation>
    </message>
    <message>
        <source>A good memory</source>
        <translation>Atgof da</translation>
    </message>
    <message>
        <source>A person or place</source>
        <translation>Person neu le</translation>
    </message>
    <message>
        <source>A picture</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>No numbers for this period.</source>
        <translation>Dim rhifau ar gyfer y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Dim byd yma eto.</translation>
    </message>
    <message>
        <source>My recovery report</source>
        <translation>Fy adroddiad adferiad</translation>
    </message>
    <message>
        <source>I chose what is in this report. The numbers are my own check-ins, not scores or a diagnosis.</source>
        <translation>Fi a ddewisodd beth sydd yn yr adroddiad hwn. Fy nghofnodion i fy hun yw’r rhifau, nid sgoriau na diagnosis.</translation>
    </message>
    <message>
        <source>My wellness plan</source>
        <translation>Fy nghynllun lles</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Meddyginiaeth</translation>
    </message>
    <message>
        <source>Talking therapy</source>
        <translation>Therapi siarad</translation>
    </message>
    <message>
        <source>Peer or self-help group</source>
        <translation>Grŵp cymheiriaid neu hunangymorth</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Nothing in my log of treatments and supports yet.</source>
        <translation>Dim byd yn fy nghofnod o driniaethau a chymorth eto.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi’i oedi</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Wedi’i gyflawni</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Wedi gollwng gafael</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Rhinwedd</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Sgil</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Adnodd</translation>
    </message>
    <message>
        <source>What I'm like when I'm well</source>
        <translation>Sut ydw i pan fydda i’n iach</translation>
    </message>
    <message>
        <source>My wellness toolbox</source>
        <translation>Fy mlwch offer lles</translation>
    </message>
    <message>
        <source>Daily maintenance</source>
        <translation>Gofalu amdanaf fy hun bob dydd</translation>
    </message>
    <message>
        <source>Triggers and what I'll do</source>
        <translation>Sbardunau a beth wna i</translation>
    </message>
    <message>
        <source>Early warning signs and what I'll do</source>
        <translation>Arwyddion rhybudd cynnar a beth wna i</translation>
    </message>
    <message>
        <source>When things are breaking down</source>
        <translation>Pan fydd pethau’n chwalu</translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation>Cynllun argyfwng</translation>
    </message>
    <message>
        <source>After a crisis</source>
        <translation>Ar ôl argyfwng</translation>
    </message>
    <message>
        <source>%1 (average)</source>
        <translation>%1 (cyfartaledd)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in this period.</source>
        <translation>
            <numerusform>%n cofnod dyddlyfr yn y cyfnod hwn.</numerusform>
            <numerusform>%n cofnod dyddlyfr yn y cyfnod hwn.</numerusform>
            <numerusform>%n cofnod dyddlyfr yn y cyfnod hwn.</numerusform>
            <numerusform>%n cofnod dyddlyfr yn y cyfnod hwn.</numerusform>
            <numerusform>%n cofnod dyddlyfr yn y cyfnod hwn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared by me on %1</source>
        <translation>Rhannwyd gennyf ar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people I chose to list.</source>
        <translation>
            <numerusform>%n person y dewisais eu rhestru.</numerusform>
            <numerusform>%n person y dewisais eu rhestru.</numerusform>
            <numerusform>%n person y dewisais eu rhestru.</numerusform>
            <numerusform>%n person y dewisais eu rhestru.</numerusform>
            <numerusform>%n person y dewisais eu rhestru.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) on %1 of %2.</source>
        <translation>
            <numerusform>%n cofnod ar %1 o %2.</numerusform>
            <numerusform>%n cofnod ar %1 o %2.</numerusform>
            <numerusform>%n cofnod ar %1 o %2.</numerusform>
            <numerusform>%n cofnod ar %1 o %2.</numerusform>
            <numerusform>%n cofnod ar %1 o %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Helps with: %1</source>
        <translation>Yn helpu gyda: %1</translation>
    </message>
    <message>
        <source>Involved at: %1</source>
        <translation>Yn rhan o: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>Camau: %1 o %2 wedi’u gwneud</translation>
    </message>
    <message>
        <source>Last review: %1% on %2</source>
        <translation>Adolygiad diwethaf: %1% ar %2</translation>
    </message>
    <message>
        <source>Hoping for: %1</source>
        <translation>Gobeithio erbyn: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Ffôn: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-bost: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · used %n time(s) in this period</source>
        <translation>
            <numerusform>%1 · wedi’i ddefnyddio %n gwaith yn y cyfnod hwn</numerusform>
            <numerusform>%1 · wedi’i ddefnyddio %n gwaith yn y cyfnod hwn</numerusform>
            <numerusform>%1 · wedi’i ddefnyddio %n gwaith yn y cyfnod hwn</numerusform>
            <numerusform>%1 · wedi’i ddefnyddio %n gwaith yn y cyfnod hwn</numerusform>
            <numerusform>%1 · wedi’i ddefnyddio %n gwaith yn y cyfnod hwn</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>O %1</translation>
    </message>
    <message>
        <source>Drawing “%1”</source>
        <translation>Wrthi’n llunio “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n kept in my log. Changes in this period are listed under each; they are also marked on the charts over time.</source>
        <translation>
            <numerusform>%n yn fy nghofnod. Mae newidiadau yn y cyfnod hwn wedi’u rhestru o dan bob un; maen nhw hefyd wedi’u marcio ar y siartiau dros amser.</numerusform>
            <numerusform>%n yn fy nghofnod. Mae newidiadau yn y cyfnod hwn wedi’u rhestru o dan bob un; maen nhw hefyd wedi’u marcio ar y siartiau dros amser.</numerusform>
            <numerusform>%n yn fy nghofnod. Mae newidiadau yn y cyfnod hwn wedi’u rhestru o dan bob un; maen nhw hefyd wedi’u marcio ar y siartiau dros amser.</numerusform>
            <numerusform>%n yn fy nghofnod. Mae newidiadau yn y cyfnod hwn wedi’u rhestru o dan bob un; maen nhw hefyd wedi’u marcio ar y siartiau dros amser.</numerusform>
            <numerusform>%n yn fy nghofnod. Mae newidiadau yn y cyfnod hwn wedi’u rhestru o dan bob un; maen nhw hefyd wedi’u marcio ar y siartiau dros amser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nawr: %1</translation>
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
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Restoring puts a backup in place of your journal as it is now. Your current journal is not deleted: it is kept aside, unchanged, next to the journal file, with today's date and time in its name. Afterwards you unlock the restored journal with the passphrase it had when the backup was made.</source>
        <translation>Mae adfer yn rhoi copi wrth gefn yn lle eich dyddlyfr fel y mae nawr. Dydy eich dyddlyfr presennol ddim yn cael ei ddileu: mae’n cael ei gadw o’r neilltu, heb ei newid, wrth ymyl ffeil y dyddlyfr, gyda dyddiad ac amser heddiw yn ei enw. Wedyn rydych chi’n datgloi’r dyddlyfr a adferwyd gyda’r cyfrinymadrodd oedd ganddo pan wnaed y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Backups are changed with your passphrase, but some couldn't be, so they still open with an earlier passphrase. If your passphrase doesn't open one, try your previous one.</source>
        <translation>Mae copïau wrth gefn yn cael eu newid gyda’ch cyfrinymadrodd, ond doedd dim modd newid rhai, felly maen nhw’n dal i agor gyda chyfrinymadrodd cynharach. Os nad yw eich cyfrinymadrodd yn agor un, rhowch gynnig ar eich hen un.</translation>
    </message>
    <message>
        <source>&amp;Backups made when the journal was closed:</source>
        <translation>&amp;Copïau wrth gefn a wnaed pan gaewyd y dyddlyfr:</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copïau wrth gefn, y diweddaraf gyntaf</translation>
    </message>
    <message>
        <source>No automatic backups yet. You can choose a file.</source>
        <translation>Dim copïau wrth gefn awtomatig eto. Gallwch ddewis ffeil.</translation>
    </message>
    <message>
        <source>Choose a backup &amp;file…</source>
        <translation>Dewis &amp;ffeil wrth gefn…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Dewis ffeil wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Cyfrinymadrodd y copi wrth gefn:</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Cyfrinymadrodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>Check and &amp;restore</source>
        <translation>Gwirio ac &amp;adfer</translation>
    </message>
    <message>
        <source>Check the backup and restore it</source>
        <translation>Gwirio’r copi wrth gefn a’i adfer</translation>
    </message>
    <message>
        <source>Cancel, keep the journal as it is</source>
        <translation>Canslo, cadw’r dyddlyfr fel y mae</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Dewis copi wrth gefn</translation>
    </message>
    <message>
        <source>Journal backups (*.vault);;All files (*)</source>
        <translation>Copïau wrth gefn y dyddlyfr (*.vault);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Chosen file: %1</source>
        <translation>Ffeil a ddewiswyd: %1</translation>
    </message>
    <message>
        <source>Please choose a backup first.</source>
        <translation>Dewiswch gopi wrth gefn yn gyntaf.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Teipiwch gyfrinymadrodd y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Wrthi’n gwirio’r copi wrth gefn…</translation>
    </message>
</context>
<context>
    <name>ReviewsEditor</name>
    <message>
        <source>Progress, from 0 to 100 percent</source>
        <translation>Cynnydd, o 0 i 100 y cant</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nodyn adolygu</translation>
    </message>
    <message>
        <source>How is it going? What has helped?</source>
        <translation>Sut mae’n mynd? Beth sydd wedi helpu?</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add this review</source>
        <translation>Ychwanegu’r adolygiad hwn</translation>
    </message>
    <message>
        <source>Review history, newest first</source>
        <translation>Adolygiadau cynt, y diweddaraf gyntaf</translation>
    </message>
    <message>
        <source>Delete removes the selected review</source>
        <translation>Mae Delete yn tynnu’r adolygiad a ddewiswyd</translation>
    </message>
    <message>
        <source>No reviews yet. Looking back now and then can show how far you've come.</source>
        <translation>Dim adolygiadau eto. Gall edrych yn ôl bob hyn a hyn ddangos pa mor bell rydych chi wedi dod.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Dileu’r adolygiad</translation>
    </message>
    <message>
        <source>Delete the selected review</source>
        <translation>Dileu’r adolygiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Mae Ctrl+Z yn dod ag ef yn ôl</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>C&amp;ynnydd</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>Earlier re&amp;views, newest first</source>
        <translation>Adolygiadau cynt, y &amp;diweddaraf gyntaf</translation>
    </message>
    <message>
        <source>Review added: %1 %</source>
        <translation>Adolygiad wedi’i ychwanegu: %1 %</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Earlier versions: %s</source>
        <translation>Fersiynau cynharach: %s</translation>
    </message>
    <message>
        <source>Every time you save, the earlier text is kept here. Restoring a version saves it as the newest one, so nothing is lost.</source>
        <translation>Bob tro y byddwch yn cadw, mae’r testun cynharach yn cael ei gadw yma. Mae adfer fersiwn yn ei chadw fel yr un ddiweddaraf, felly does dim yn cael ei golli.</translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation>Fersiynau a gadwyd, y diweddaraf gyntaf</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>Y fersiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation>Cymharu â nawr</translation>
    </message>
    <message>
        <source>Show what changed between this version and the text now</source>
        <translation>Dangos beth newidiodd rhwng y fersiwn hon a’r testun nawr</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Adfer y fersiwn hon</translation>
    </message>
    <message>
        <source>Restore the chosen version</source>
        <translation>Adfer y fersiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close earlier versions</source>
        <translation>Cau’r fersiynau cynharach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>%s (now)</source>
        <translation>%s (nawr)</translation>
    </message>
    <message>
        <source>This version is the same as the text now.</source>
        <translation>Mae’r fersiwn hon yr un fath â’r testun nawr.</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Cadwyd %s</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Restored. The text before is kept as a version too.</source>
        <translation>Wedi’i adfer. Mae’r testun blaenorol yn cael ei gadw fel fersiwn hefyd.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>If you like, the app can watch your own check-ins for signs you know, and show a gentle note on Today that opens your plan. It stays off until you add a sign; you can pause any of them. Nothing is ever sent anywhere.</source>
        <translation>Os hoffech chi, gall yr ap gadw llygad ar eich cofnodion am arwyddion rydych chi’n eu hadnabod, a dangos nodyn tyner ar Heddiw sy’n agor eich cynllun. Mae’n aros i ffwrdd nes i chi ychwanegu arwydd; gallwch oedi unrhyw un ohonynt. Does dim byth yn cael ei anfon i unman.</translation>
    </message>
    <message>
        <source>Show a note on Today when a sign is there</source>
        <translation>Dangos nodyn ar Heddiw pan fydd arwydd yno</translation>
    </message>
    <message>
        <source>My signs</source>
        <translation>Fy arwyddion</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
    <message>
        <source>Pause or start the chosen sign</source>
        <translation>Oedi neu ailddechrau’r arwydd a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove the chosen sign</source>
        <translation>Tynnu’r arwydd a ddewiswyd</translation>
    </message>
    <message>
        <source>Signs from my check-ins</source>
        <translation>Arwyddion o’m cofnodion</translation>
    </message>
    <message>
        <source>Add a sign</source>
        <translation>Ychwanegu arwydd</translation>
    </message>
    <message>
        <source>Kind of sign</source>
        <translation>Math o arwydd</translation>
    </message>
    <message>
        <source>A measure below a number, days in a row</source>
        <translation>Mesur o dan rif, sawl diwrnod yn olynol</translation>
    </message>
    <message>
        <source>A measure above a number, days in a row</source>
        <translation>Mesur dros rif, sawl diwrnod yn olynol</translation>
    </message>
    <message>
        <source>A measure at or below a number, on some of the last days</source>
        <translation>Mesur ar rif neu’n is, ar rai o’r diwrnodau diwethaf</translation>
    </message>
    <message>
        <source>A tag, days in a row</source>
        <translation>Tag, sawl diwrnod yn olynol</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>For example: not eating</source>
        <translation>Er enghraifft: ddim yn bwyta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <source>Out of the last how many days</source>
        <translation>Allan o faint o’r diwrnodau diwethaf</translation>
    </message>
    <message>
        <source>Plan section the note opens</source>
        <translation>Yr adran o’r cynllun y mae’r nodyn yn ei hagor</translation>
    </message>
    <message>
        <source>Add this sign</source>
        <translation>Ychwanegu’r arwydd hwn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Of the last</source>
        <translation>Allan o</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Yn agor</translation>
    </message>
    <message>
        <source> → %s</source>
        <translation> → %s</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (wedi’i oedi)</translation>
    </message>
    <message>
        <source>No signs yet. Add one below, if you'd like to.</source>
        <translation>Dim arwyddion eto. Ychwanegwch un isod, os hoffech chi.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Ailddechrau</translation>
    </message>
    <message>
        <source>Sign added</source>
        <translation>Arwydd wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>Started again</source>
        <translation>Wedi ailddechrau</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi’i oedi</translation>
    </message>
    <message>
        <source>Sign removed</source>
        <translation>Arwydd wedi’i dynnu</translation>
    </message>
    <message>
        <source>Notes on Today are on</source>
        <translation>Mae nodiadau ar Heddiw ymlaen</translation>
    </message>
    <message>
        <source>Notes on Today are off</source>
        <translation>Mae nodiadau ar Heddiw i ffwrdd</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Thank you for answering that</source>
        <translation>Diolch am ateb hynny</translation>
    </message>
    <message>
        <source>Thoughts of being better off dead, or of hurting yourself, can be a lot to carry, and you don't have to carry them alone. Your crisis plan, the people you chose and the helplines are open for you now, in their own window.</source>
        <translation>Gall meddyliau y byddai’n well petaech chi wedi marw, neu o niweidio eich hun, fod yn bwysau mawr i’w gario, a does dim rhaid i chi eu cario ar eich pen eich hun. Mae eich cynllun argyfwng, y bobl a ddewisoch a’r llinellau cymorth ar agor i chi nawr, yn eu ffenestr eu hunain.</translation>
    </message>
    <message>
        <source>Nothing has been saved and nothing is sent anywhere. You can go back to the questionnaire, or leave it for now.</source>
        <translation>Does dim wedi’i gadw a does dim yn cael ei anfon i unman. Gallwch fynd yn ôl i’r holiadur, neu ei adael am y tro.</translation>
    </message>
    <message>
        <source>Show my crisis plan and helplines</source>
        <translation>Dangos fy nghynllun argyfwng a’r llinellau cymorth</translation>
    </message>
    <message>
        <source>Show my crisis plan, my people and the helplines</source>
        <translation>Dangos fy nghynllun argyfwng, fy mhobl a’r llinellau cymorth</translation>
    </message>
    <message>
        <source>Back to the questionnaire</source>
        <translation>Yn ôl i’r holiadur</translation>
    </message>
    <message>
        <source>Leave it for now</source>
        <translation>Ei adael am y tro</translation>
    </message>
    <message>
        <source>Leave the questionnaire without saving</source>
        <translation>Gadael yr holiadur heb gadw</translation>
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
        <translation>Beth rydw i’n byw ar ei gyfer</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation>Arwyddion bod pethau’n mynd yn anodd</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Pethau y gallaf eu gwneud ar fy mhen fy hun</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Pobl a lleoedd sy’n mynd â’m meddwl oddi ar bethau</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Pobl y gallaf ofyn iddyn nhw am help</translation>
    </message>
    <message>
        <source>Professionals and services I can contact</source>
        <translation>Gweithwyr proffesiynol a gwasanaethau y gallaf gysylltu â nhw</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Gwneud fy amgylchedd yn fwy diogel</translation>
    </message>
    <message>
        <source>The people, hopes, plans and small things that matter to you. Keep them close.</source>
        <translation>Y bobl, y gobeithion, y cynlluniau a’r pethau bach sy’n bwysig i chi. Cadwch nhw’n agos.</translation>
    </message>
    <message>
        <source>Thoughts, feelings or situations that tell you a hard time may be starting.</source>
        <translation>Meddyliau, teimladau neu sefyllfaoedd sy’n dweud wrthych y gallai cyfnod anodd fod yn dechrau.</translation>
    </message>
    <message>
        <source>Things you can do by yourself to feel a little calmer or to get through a moment.</source>
        <translation>Pethau y gallwch eu gwneud ar eich pen eich hun i deimlo ychydig yn dawelach neu i ddod drwy eiliad anodd.</translation>
    </message>
    <message>
        <source>People to be with, or places to go, that help you think about something else.</source>
        <translation>Pobl i fod gyda nhw, neu leoedd i fynd iddyn nhw, sy’n eich helpu i feddwl am rywbeth arall.</translation>
    </message>
    <message>
        <source>People you trust to ask for help. You can pick from your People.</source>
        <translation>Pobl rydych chi’n ymddiried ynddyn nhw i ofyn am help. Gallwch ddewis o’ch Pobl.</translation>
    </message>
    <message>
        <source>Your doctor, a crisis team or a helpline. You can pick from your own numbers and the helplines for your region.</source>
        <translation>Eich meddyg, tîm argyfwng neu linell gymorth. Gallwch ddewis o’ch rhifau eich hun a llinellau cymorth eich rhanbarth.</translation>
    </message>
    <message>
        <source>Ways to make where you are safer, perhaps with someone's help.</source>
        <translation>Ffyrdd o wneud lle rydych chi’n fwy diogel, efallai gyda help rhywun.</translation>
    </message>
    <message>
        <source>Notes from before</source>
        <translation>Nodiadau o’r blaen</translation>
    </message>
</context>
<context>
    <name>SafetyPlanEditor</name>
    <message>
        <source>Notes from before</source>
        <translation>Nodiadau o’r blaen</translation>
    </message>
    <message>
        <source>What you wrote here before the steps. It stays until you move it into a step or remove it yourself.</source>
        <translation>Yr hyn a ysgrifennoch yma cyn y camau. Mae’n aros nes i chi ei symud i gam neu ei dynnu eich hun.</translation>
    </message>
    <message>
        <source>Nothing to choose yet: add people in People, and numbers in Settings</source>
        <translation>Dim byd i’w ddewis eto: ychwanegwch bobl yn Pobl, a rhifau yn y Gosodiadau</translation>
    </message>
</context>
<context>
    <name>ScaleInput</name>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Clirio %1</translation>
    </message>
    <message>
        <source>Set back to “not set” (Delete on the scale)</source>
        <translation>Yn ôl i “heb ei osod” (Delete ar y raddfa)</translation>
    </message>
    <message>
        <source>%1. Arrow keys change it; Delete clears it.</source>
        <translation>%1. Mae’r bysellau saeth yn ei newid; mae Delete yn ei glirio.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Chwilio (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Chwilio’r dyddlyfr</translation>
    </message>
    <message>
        <source>Words, "a phrase in quotes" or the start of a word. Down arrow goes to the results, Enter opens the first, Escape clears.</source>
        <translation>Geiriau, "ymadrodd mewn dyfynodau" neu ddechrau gair. Mae’r saeth i lawr yn mynd i’r canlyniadau, mae Enter yn agor y cyntaf, mae Escape yn clirio.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Unrhyw bryd</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Y 30 diwrnod diwethaf</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Rhwng dyddiadau…</translation>
    </message>
    <message>
        <source>When it was written</source>
        <translation>Pryd cafodd ei ysgrifennu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Cyfateb orau</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Y mwyaf diweddar yn gyntaf</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Trefnu’r canlyniadau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Trefnu</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Unrhyw dag</translation>
    </message>
    <message>
        <source>Best match first.</source>
        <translation>Yr un sy’n cyfateb orau yn gyntaf.</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>Y mwyaf diweddar yn gyntaf.</translation>
    </message>
    <message>
        <source>Oldest first.</source>
        <translation>Yr hynaf yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>SecurityCard</name>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Your journal is locked with your passphrase. Changing it re-encrypts your journal and its automatic backups, so they all open with the new one.</source>
        <translation>Mae eich dyddlyfr wedi’i gloi gyda’ch cyfrinymadrodd. Mae ei newid yn ail-amgryptio eich dyddlyfr a’i gopïau wrth gefn awtomatig, fel bod pob un yn agor gyda’r un newydd.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Changes are saved as soon as you make them.</source>
        <translation>Mae newidiadau’n cael eu cadw cyn gynted ag y byddwch yn eu gwneud.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesurau</translation>
    </message>
    <message>
        <source>What you rate in a check-in. Hidden measures keep their past values.</source>
        <translation>Yr hyn rydych chi’n ei raddio wrth gofnodi. Mae mesurau cudd yn cadw eu gwerthoedd blaenorol.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Teimladau</translation>
    </message>
    <message>
        <source>The words you can pick in a check-in. Hidden ones stay on past check-ins.</source>
        <translation>Y geiriau y gallwch eu dewis mewn cofnod. Mae’r rhai cudd yn aros ar gofnodion blaenorol.</translation>
    </message>
    <message>
        <source>Life areas</source>
        <translation>Meysydd bywyd</translation>
    </message>
    <message>
        <source>The parts of life your goals, strengths and tags can belong to.</source>
        <translation>Y rhannau o fywyd y gall eich nodau, eich cryfderau a’ch tagiau berthyn iddynt.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>I ffwrdd</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Cloi ar ôl munudau heb ddefnydd</translation>
    </message>
    <message>
        <source>Lock after this long without &amp;use</source>
        <translation>Cloi ar ôl cymaint â hyn heb &amp;ddefnydd</translation>
    </message>
    <message>
        <source>0 turns automatic locking off. Ctrl+L locks at any time.</source>
        <translation>Mae 0 yn diffodd cloi awtomatig. Mae Ctrl+L yn cloi unrhyw bryd.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Maint y testun mewn canran</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Maint y &amp;testun</translation>
    </message>
    <message>
        <source>Call the window just “Journal” (for a computer others can see)</source>
        <translation>Galw’r ffenestr yn “Dyddlyfr” (ar gyfrifiadur a rennir)</translation>
    </message>
    <message>
        <source>Neutral window title: Journal</source>
        <translation>Teitl ffenestr niwtral: Dyddlyfr</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Nodyn atgoffa dyddiol</translation>
    </message>
    <message>
        <source>Remind me once a day to check in</source>
        <translation>Fy atgoffa unwaith y dydd i gofnodi sut rydw i</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Amser y nodyn atgoffa</translation>
    </message>
    <message>
        <source>It comes as a desktop notification while the notification-area icon is on (see Privacy), even with the window closed to it, and inside the window while it is open.</source>
        <translation>Mae’n dod fel hysbysiad bwrdd gwaith tra bo’r eicon yn yr ardal hysbysu ymlaen (gweler Preifatrwydd), hyd yn oed â’r ffenestr ar gau, ac yn y ffenestr tra bo hi ar agor.</translation>
    </message>
    <message>
        <source>It shows inside the window, while Recovery Journal is open.</source>
        <translation>Mae’n ymddangos yn y ffenestr, tra bo Recovery Journal ar agor.</translation>
    </message>
    <message>
        <source>At most once a day, it just says it's time for a check-in and never shows anything you have written.</source>
        <translation>Unwaith y dydd ar y mwyaf, mae’n dweud ei bod hi’n amser cofnodi, a byth yn dangos dim rydych chi wedi’i ysgrifennu.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
</context>
<context>
    <name>ShareReportDialog</name>
    <message>
        <source>Share a report</source>
        <translation>Rhannu adroddiad</translation>
    </message>
    <message>
        <source>Choose the period and each part to include. Nothing else goes into the file.</source>
        <translation>Dewiswch y cyfnod a phob rhan i’w chynnwys. Does dim byd arall yn mynd i’r ffeil.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Maint y papur</translation>
    </message>
    <message>
        <source>Add “Shared by me on %s” at the foot of each page</source>
        <translation>Rhoi “Rhannwyd gennyf ar %s” ar bob tudalen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papur</translation>
    </message>
    <message>
        <source>Charts (each with its sentence and numbers)</source>
        <translation>Siartiau (pob un gyda’i frawddeg a’i rifau)</translation>
    </message>
    <message>
        <source>Other parts</source>
        <translation>Rhannau eraill</translation>
    </message>
    <message>
        <source>Include phone numbers and email addresses</source>
        <translation>Cynnwys rhifau ffôn a chyfeiriadau e-bost</translation>
    </message>
    <message>
        <source>Include the text of journal entries</source>
        <translation>Cynnwys testun cofnodion y dyddlyfr</translation>
    </message>
    <message>
        <source>Include the pictures in my hope box</source>
        <translation>Cynnwys y lluniau yn fy mlwch gobaith</translation>
    </message>
    <message>
        <source>My wellness plan</source>
        <translation>Fy nghynllun lles</translation>
    </message>
    <message>
        <source>Press Preview to see the pages here.</source>
        <translation>Pwyswch Rhagolwg i weld y tudalennau yma.</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Rhagolwg o’r tudalennau</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who has the file can read it. Share it only with people you choose.</source>
        <translation>Dydy’r PDF ddim wedi’i amgryptio: gall unrhyw un sydd â’r ffeil ei ddarllen. Rhannwch ef â’r bobl rydych chi’n eu dewis yn unig.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save an &amp;accessible copy (HTML)…</source>
        <translation>Cadw copi &amp;hygyrch (HTML)…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopio</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wrthi’n stopio…</translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation>Mae’r diwrnod cyntaf yn dod ar ôl y diwrnod olaf.</translation>
    </message>
    <message>
        <source>Choose at least one part to include.</source>
        <translation>Dewiswch o leiaf un rhan i’w chynnwys.</translation>
    </message>
    <message>
        <source>Saved an accessible copy as %s. It is not encrypted.</source>
        <translation>Cadwyd copi hygyrch fel %s. Dydy e ddim wedi’i amgryptio.</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n page(s).</source>
        <translation>
            <numerusform>Rhagolwg yn barod: %n tudalen.</numerusform>
            <numerusform>Rhagolwg yn barod: %n tudalen.</numerusform>
            <numerusform>Rhagolwg yn barod: %n tudalen.</numerusform>
            <numerusform>Rhagolwg yn barod: %n tudalen.</numerusform>
            <numerusform>Rhagolwg yn barod: %n tudalen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the report as %s. It is not encrypted.</source>
        <translation>Cadwyd yr adroddiad fel %s. Dydy e ddim wedi’i amgryptio.</translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation>Wedi stopio. Chafodd dim ffeil ei hysgrifennu.</translation>
    </message>
    <message>
        <source>The report couldn't be saved there (the disk may be full or the folder read-only). No file was left behind.</source>
        <translation>Doedd dim modd cadw’r adroddiad yno (efallai fod y ddisg yn llawn neu’r ffolder yn ddarllen-yn-unig). Chafodd dim ffeil ei gadael ar ôl.</translation>
    </message>
    <message>
        <source>The report couldn't be made. No file was written.</source>
        <translation>Doedd dim modd gwneud yr adroddiad. Chafodd dim ffeil ei hysgrifennu.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>Check-in summary table</source>
        <translation>Tabl cryno o’r cofnodion</translation>
    </message>
    <message>
        <source>Strengths: chart and inventory</source>
        <translation>Cryfderau: siart a rhestr</translation>
    </message>
    <message>
        <source>Goals: chart and each goal</source>
        <translation>Nodau: siart a phob nod</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Fy mhobl</translation>
    </message>
    <message>
        <source>Journal entries (dates, titles and tags)</source>
        <translation>Cofnodion y dyddlyfr (dyddiadau, teitlau a thagiau)</translation>
    </message>
    <message>
        <source>Treatments and supports (the log, and its changes on the charts)</source>
        <translation>Triniaethau a chymorth (y cofnod, a’i newidiadau ar y siartiau)</translation>
    </message>
    <message>
        <source>My hope box (its words)</source>
        <translation>Fy mlwch gobaith (ei eiriau)</translation>
    </message>
</context>
<context>
    <name>StarterDialog</name>
    <message>
        <source>Ideas for strengths</source>
        <translation>Syniadau am gryfderau</translation>
    </message>
    <message>
        <source>Tick any that feel like yours. Nothing is added until you choose; you can change or archive them later.</source>
        <translation>Ticiwch unrhyw rai sy’n teimlo fel eich rhai chi. Does dim yn cael ei ychwanegu nes i chi ddewis; gallwch eu newid neu eu harchifo wedyn.</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected idea</source>
        <translation>Mae Bylchwr yn ticio neu’n dad-dicio’r syniad a ddewiswyd</translation>
    </message>
    <message>
        <source>Add the ones I ticked</source>
        <translation>Ychwanegu’r rhai a diciais</translation>
    </message>
    <message>
        <source>Close without adding</source>
        <translation>Cau heb ychwanegu</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Dim wedi’i dicio eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked.</source>
        <translation>
            <numerusform>%n wedi’u ticio.</numerusform>
            <numerusform>%n wedi’i dicio.</numerusform>
            <numerusform>%n wedi’u ticio.</numerusform>
            <numerusform>%n wedi’u ticio.</numerusform>
            <numerusform>%n wedi’u ticio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterModel</name>
    <message>
        <source>%1 (already yours)</source>
        <translation>%1 (eisoes gennych)</translation>
    </message>
</context>
<context>
    <name>StatusBox</name>
    <message>
        <source>Make active again</source>
        <translation>Gwneud yn weithredol eto</translation>
    </message>
    <message>
        <source>Pause for now</source>
        <translation>Oedi am y tro</translation>
    </message>
    <message>
        <source>Mark as achieved</source>
        <translation>Nodi’n gyflawn</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Gollwng gafael arno</translation>
    </message>
    <message>
        <source>Letting go of a goal is a choice, and it's yours to make.</source>
        <translation>Dewis yw gollwng gafael ar nod, a’ch dewis chi yw e.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Hide tip</source>
        <translation>Cuddio’r awgrym</translation>
    </message>
    <message>
        <source>Hide the tip for: %1</source>
        <translation>Cuddio’r awgrym ar gyfer: %1</translation>
    </message>
    <message>
        <source>F2 changes an item, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>Mae F2 yn newid eitem, Delete yn ei thynnu, Alt+Up ac Alt+Down yn ei symud.</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Ychwanegu at: %1</translation>
    </message>
    <message>
        <source>Type and press Enter to add</source>
        <translation>Teipiwch a phwyso Enter i ychwanegu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Choose from mine…</source>
        <translation>Dewis o’m rhai i…</translation>
    </message>
    <message>
        <source>Choose from your own people and numbers for: %1</source>
        <translation>Dewis o’ch pobl a’ch rhifau eich hun ar gyfer: %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Move the chosen item up</source>
        <translation>Symud yr eitem a ddewiswyd i fyny</translation>
    </message>
    <message>
        <source>Move the chosen item down</source>
        <translation>Symud yr eitem a ddewiswyd i lawr</translation>
    </message>
    <message>
        <source>Remove the chosen item</source>
        <translation>Tynnu’r eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>Moved to place %1 of %2</source>
        <translation>Wedi’i symud i le %1 o %2</translation>
    </message>
    <message>
        <source>Removed from the list.</source>
        <translation>Wedi’i dynnu o’r rhestr.</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Space ticks a step off; Alt+Up and Alt+Down change the order; Delete removes it</source>
        <translation>Mae Bylchwr yn ticio cam; mae Alt+Up ac Alt+Down yn newid y drefn; mae Delete yn ei dynnu</translation>
    </message>
    <message>
        <source>No steps yet. What's one small thing you could do first?</source>
        <translation>Dim camau eto. Beth yw un peth bach y gallech ei wneud yn gyntaf?</translation>
    </message>
    <message>
        <source>Tick off</source>
        <translation>Ticio</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Dileu’r cam</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Mae Ctrl+Z yn dod ag ef yn ôl</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Cam newydd</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>Cam bach nesaf</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Due date of the new step</source>
        <translation>Dyddiad targed y cam newydd</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ychwanegu cam</translation>
    </message>
    <message>
        <source>Add the new step</source>
        <translation>Ychwanegu’r cam newydd</translation>
    </message>
    <message>
        <source>New ste&amp;p</source>
        <translation>Cam ne&amp;wydd</translation>
    </message>
    <message>
        <source>That goal is no longer here.</source>
        <translation>Dydy’r nod hwnnw ddim yma mwyach.</translation>
    </message>
    <message>
        <source>Step added</source>
        <translation>Cam wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>Step moved to place %1</source>
        <translation>Cam wedi’i symud i le %1</translation>
    </message>
    <message>
        <source>Step ticked off</source>
        <translation>Cam wedi’i dicio</translation>
    </message>
    <message>
        <source>Step not done yet</source>
        <translation>Cam heb ei wneud eto</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Heb ei wneud eto</translation>
    </message>
    <message>
        <source>Mark the selected step as not done yet</source>
        <translation>Nodi’r cam a ddewiswyd fel un heb ei wneud eto</translation>
    </message>
    <message>
        <source>Tick off the selected step</source>
        <translation>Ticio’r cam a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source> — by %1</source>
        <translation> — erbyn %1</translation>
    </message>
    <message>
        <source> — done</source>
        <translation> — wedi’i wneud</translation>
    </message>
</context>
<context>
    <name>StrengthDialog</name>
    <message>
        <source>Add a strength</source>
        <translation>Ychwanegu cryfder</translation>
    </message>
    <message>
        <source>Change a strength</source>
        <translation>Newid cryfder</translation>
    </message>
    <message>
        <source>Name of the strength</source>
        <translation>Enw’r cryfder</translation>
    </message>
    <message>
        <source>For example: patience, cooking, my sister, the park</source>
        <translation>Er enghraifft: amynedd, coginio, fy chwaer, y parc</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>What it is, or how it helps you (optional)</source>
        <translation>Beth yw e, neu sut mae’n eich helpu (dewisol)</translation>
    </message>
    <message>
        <source>Kind of strength</source>
        <translation>Math o gryfder</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>No particular area</source>
        <translation>Dim maes penodol</translation>
    </message>
    <message>
        <source>Save strength</source>
        <translation>Cadw’r cryfder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Disgrifiad</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation>&amp;Maes bywyd</translation>
    </message>
    <message>
        <source>Please give the strength a name.</source>
        <translation>Rhowch enw i’r cryfder, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>Strengths</name>
    <message>
        <source>Personal quality</source>
        <translation>Rhinwedd bersonol</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Sgil</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Adnodd</translation>
    </message>
    <message>
        <source>the last 30 days</source>
        <translation>y 30 diwrnod diwethaf</translation>
    </message>
    <message>
        <source>the last 3 months</source>
        <translation>y 3 mis diwethaf</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>y flwyddyn ddiwethaf</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>yr holl amser</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Defnydd</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (wedi’i archifo)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation>Nodyn a thagiau</translation>
    </message>
    <message>
        <source>no life area</source>
        <translation>dim maes bywyd</translation>
    </message>
    <message>
        <source>not in this period</source>
        <translation>dim yn y cyfnod hwn</translation>
    </message>
    <message>
        <source>no note or tags</source>
        <translation>dim nodyn na thagiau</translation>
    </message>
</context>
<context>
    <name>StrengthsPage</name>
    <message>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <source>The qualities, skills, people, places and resources that help you, and the days they did.</source>
        <translation>Y rhinweddau, y sgiliau, y bobl, y lleoedd a’r adnoddau sy’n eich helpu, a’r dyddiau y gwnaethant.</translation>
    </message>
    <message>
        <source>Count uses in</source>
        <translation>Cyfrif defnydd yn</translation>
    </message>
    <message>
        <source>Count uses &amp;in</source>
        <translation>Cyfrif defnydd &amp;yn</translation>
    </message>
    <message>
        <source>Order strengths by</source>
        <translation>Trefnu cryfderau yn ôl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Y mwyaf o ddefnydd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>&amp;Order by</source>
        <translation>T&amp;refn</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Dangos y rhai wedi’u &amp;harchifo</translation>
    </message>
    <message>
        <source>Show archived strengths</source>
        <translation>Dangos cryfderau wedi’u harchifo</translation>
    </message>
    <message>
        <source>Your strengths</source>
        <translation>Eich cryfderau</translation>
    </message>
    <message>
        <source>What helps you get through a day? Add a strength, or pick from a few ideas.</source>
        <translation>Beth sy’n eich helpu drwy’r dydd? Ychwanegwch gryfder, neu dewiswch o blith ychydig o syniadau.</translation>
    </message>
    <message>
        <source>Enter changes the selected strength; Delete deletes it (Ctrl+Z brings it back)</source>
        <translation>Mae Enter yn newid y cryfder a ddewiswyd; mae Delete yn ei ddileu (mae Ctrl+Z yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change the selected strength</source>
        <translation>Newid y cryfder a ddewiswyd</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archifo</translation>
    </message>
    <message>
        <source>Archive the selected strength</source>
        <translation>Archifo’r cryfder a ddewiswyd</translation>
    </message>
    <message>
        <source>Hidden from lists; its history stays</source>
        <translation>Wedi’i guddio o restrau; mae ei hanes yn aros</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete the selected strength</source>
        <translation>Dileu’r cryfder a ddewiswyd</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Mae Ctrl+Z yn dod ag ef yn ôl</translation>
    </message>
    <message>
        <source>Add a strength</source>
        <translation>Ychwanegu cryfder</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Pick from ideas</source>
        <translation>Dewis o syniadau</translation>
    </message>
    <message>
        <source>Pick strengths from a list of ideas</source>
        <translation>Dewis cryfderau o restr o syniadau</translation>
    </message>
    <message>
        <source>Log a use</source>
        <translation>Nodi defnydd</translation>
    </message>
    <message>
        <source>Once you have a strength, you can note here the days it helped.</source>
        <translation>Pan fydd gennych gryfder, gallwch nodi yma’r dyddiau y bu’n help.</translation>
    </message>
    <message>
        <source>Uses of your strengths</source>
        <translation>Defnydd o’ch cryfderau</translation>
    </message>
    <message>
        <source>Enter changes the selected use; Delete deletes it (Ctrl+Z brings it back)</source>
        <translation>Mae Enter yn newid y defnydd a ddewiswyd; mae Delete yn ei ddileu (mae Ctrl+Z yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <source>Change the selected use</source>
        <translation>Newid y defnydd a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete the selected use</source>
        <translation>Dileu’r defnydd a ddewiswyd</translation>
    </message>
    <message>
        <source>Uses in %1 (%2)</source>
        <translation>Defnydd yn %1 (%2)</translation>
    </message>
    <message>
        <source>No uses noted in %1. When a strength helps you, you can note it above.</source>
        <translation>Dim defnydd wedi’i nodi yn %1. Pan fydd cryfder yn eich helpu, gallwch ei nodi uchod.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Dod yn ôl</translation>
    </message>
    <message>
        <source>Bring back the selected strength</source>
        <translation>Dod â’r cryfder a ddewiswyd yn ôl</translation>
    </message>
    <message>
        <source>Back among your strengths</source>
        <translation>Yn ôl ymhlith eich cryfderau</translation>
    </message>
    <message>
        <source>Archived. Its history stays; Show archived brings it back into view.</source>
        <translation>Wedi’i archifo. Mae ei hanes yn aros; mae Dangos y rhai wedi’u harchifo yn dod ag ef yn ôl i’r golwg.</translation>
    </message>
    <message>
        <source>Changing a logged use</source>
        <translation>Newid defnydd a nodwyd</translation>
    </message>
    <message>
        <source>You had started on a strength before the journal locked; it is kept. Add a strength (or Change) carries on with it.</source>
        <translation>Roeddech chi wedi dechrau ar gryfder cyn i’r dyddlyfr gloi; mae wedi’i gadw. Mae Ychwanegu cryfder (neu Newid) yn parhau ag ef.</translation>
    </message>
    <message>
        <source>Strength deleted. Ctrl+Z brings it back.</source>
        <translation>Cryfder wedi’i ddileu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Strength brought back</source>
        <translation>Cryfder wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That strength can no longer be brought back.</source>
        <translation>Does dim modd dod â’r cryfder hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Use deleted. Ctrl+Z brings it back.</source>
        <translation>Defnydd wedi’i ddileu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Use brought back</source>
        <translation>Defnydd wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That use can no longer be brought back.</source>
        <translation>Does dim modd dod â’r defnydd hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Delete strength</source>
        <translation>Dileu’r cryfder</translation>
    </message>
    <message>
        <source>Delete a logged use</source>
        <translation>Dileu defnydd a nodwyd</translation>
    </message>
    <message>
        <source>Log a strength used today</source>
        <translation>Nodi cryfder a ddefnyddiwyd heddiw</translation>
    </message>
    <message>
        <source>Use logged again</source>
        <translation>Defnydd wedi’i nodi eto</translation>
    </message>
    <message>
        <source>Taken back: that use is no longer logged.</source>
        <translation>Wedi’i ddadwneud: dydy’r defnydd hwnnw ddim wedi’i nodi mwyach.</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Edit a support</source>
        <translation>Golygu cymorth</translation>
    </message>
    <message>
        <source>Add a support</source>
        <translation>Ychwanegu cymorth</translation>
    </message>
    <message>
        <source>What kind of support</source>
        <translation>Pa fath o gymorth</translation>
    </message>
    <message>
        <source>Your own word for it</source>
        <translation>Eich gair eich hun amdano</translation>
    </message>
    <message>
        <source>For example: gardening, yoga</source>
        <translation>Er enghraifft: garddio, ioga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Dose, in your words</source>
        <translation>Dos, yn eich geiriau chi</translation>
    </message>
    <message>
        <source>How often, in your words</source>
        <translation>Pa mor aml, yn eich geiriau chi</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>I started on</source>
        <translation>Dechreuais ar</translation>
    </message>
    <message>
        <source>Note the day I started</source>
        <translation>Nodi’r diwrnod y dechreuais</translation>
    </message>
    <message>
        <source>Day started</source>
        <translation>Diwrnod dechrau</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Your word</source>
        <translation>Eich gair</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Please give it a name.</source>
        <translation>Rhowch enw iddo.</translation>
    </message>
</context>
<context>
    <name>SupportsLog</name>
    <message>
        <source>Support set aside. Ctrl+Z brings it back.</source>
        <translation>Cymorth wedi’i roi o’r neilltu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Support brought back</source>
        <translation>Cymorth wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That support can no longer be brought back.</source>
        <translation>Does dim modd dod â’r cymorth hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Change set aside. Ctrl+Z brings it back.</source>
        <translation>Newid wedi’i roi o’r neilltu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Change brought back</source>
        <translation>Newid wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That change can no longer be brought back.</source>
        <translation>Does dim modd dod â’r newid hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>A log you keep of what supports your recovery — medicines, talking therapies, groups, or anything else you name — and how each has changed over time. It is yours: nothing here is checked or judged, and you decide what goes in. Changes can show on your charts in Insights.</source>
        <translation>Cofnod rydych chi’n ei gadw o’r hyn sy’n cefnogi eich adferiad — meddyginiaethau, therapïau siarad, grwpiau, neu unrhyw beth arall rydych chi’n ei enwi — a sut mae pob un wedi newid dros amser. Eich un chi yw e: does dim yma’n cael ei wirio na’i farnu, a chi sy’n penderfynu beth sy’n mynd i mewn. Gall newidiadau ymddangos ar eich siartiau yn Patrymau.</translation>
    </message>
    <message>
        <source>Find in my supports</source>
        <translation>Chwilio yn fy nghymorth</translation>
    </message>
    <message>
        <source>Find in names and notes</source>
        <translation>Chwilio mewn enwau a nodiadau</translation>
    </message>
    <message>
        <source>My supports</source>
        <translation>Fy nghymorth</translation>
    </message>
    <message>
        <source>Nothing here yet. Add a support when you like: a medicine, a therapy, a group, a place or a person that helps.</source>
        <translation>Dim byd yma eto. Ychwanegwch gymorth pan fynnwch: meddyginiaeth, therapi, grŵp, lle neu berson sy’n helpu.</translation>
    </message>
    <message>
        <source>Changes over time</source>
        <translation>Newidiadau dros amser</translation>
    </message>
    <message>
        <source>Set this change aside</source>
        <translation>Rhoi’r newid hwn o’r neilltu</translation>
    </message>
    <message>
        <source>Set the chosen change aside (a change recorded by mistake)</source>
        <translation>Rhoi’r newid a ddewiswyd o’r neilltu (newid a nodwyd drwy gamgymeriad)</translation>
    </message>
    <message>
        <source>Add a support…</source>
        <translation>Ychwanegu cymorth…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Record a change…</source>
        <translation>Nodi newid…</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Rhoi o’r neilltu</translation>
    </message>
    <message>
        <source>Add a support</source>
        <translation>Ychwanegu cymorth</translation>
    </message>
    <message>
        <source>Edit this support</source>
        <translation>Golygu’r cymorth hwn</translation>
    </message>
    <message>
        <source>Record a change in this support</source>
        <translation>Nodi newid yn y cymorth hwn</translation>
    </message>
    <message>
        <source>Set this support aside</source>
        <translation>Rhoi’r cymorth hwn o’r neilltu</translation>
    </message>
    <message>
        <source>Treatments and supports</source>
        <translation>Triniaethau a chymorth</translation>
    </message>
    <message>
        <source>Nothing in your supports matches that.</source>
        <translation>Does dim yn eich cymorth yn cyfateb i hynny.</translation>
    </message>
    <message>
        <source>Changes over time: %1</source>
        <translation>Newidiadau dros amser: %1</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Dim newidiadau wedi’u nodi eto.</translation>
    </message>
    <message>
        <source>Support added</source>
        <translation>Cymorth wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>Support saved</source>
        <translation>Cymorth wedi’i gadw</translation>
    </message>
    <message>
        <source>Change recorded</source>
        <translation>Newid wedi’i nodi</translation>
    </message>
    <message>
        <source>Set aside a support</source>
        <translation>Rhoi cymorth o’r neilltu</translation>
    </message>
    <message>
        <source>Set aside a change in a support</source>
        <translation>Rhoi newid mewn cymorth o’r neilltu</translation>
    </message>
</context>
<context>
    <name>TagInput</name>
    <message>
        <source>Add a tag, then Enter</source>
        <translation>Ychwanegwch dag, yna Enter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Activities, people or places. Enter or a comma adds the tag; Backspace in the empty field removes the last one; Left reaches the tags.</source>
        <translation>Gweithgareddau, pobl neu lefydd. Mae Enter neu goma yn ychwanegu’r tag; mae Backspace yn y maes gwag yn tynnu’r un olaf; mae’r saeth chwith yn cyrraedd y tagiau.</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>No tags yet. They appear here once you add one to a check-in.</source>
        <translation>Dim tagiau eto. Maen nhw’n ymddangos yma unwaith y byddwch yn ychwanegu un at gofnod.</translation>
    </message>
    <message>
        <source>Kind of tag</source>
        <translation>Math o dag</translation>
    </message>
    <message>
        <source>Life area of the tag</source>
        <translation>Maes bywyd y tag</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation>&amp;Maes bywyd</translation>
    </message>
    <message>
        <source> — hidden</source>
        <translation> — cudd</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>How are you right now?</source>
        <translation>Sut ydych chi ar hyn o bryd?</translation>
    </message>
    <message>
        <source>Everything here is optional. Save what you like, or skip.</source>
        <translation>Mae popeth yma’n ddewisol. Cadwch beth a fynnwch, neu hepgorwch.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Anything you'd like to remember about now</source>
        <translation>Unrhyw beth yr hoffech ei gofio am nawr</translation>
    </message>
    <message>
        <source>Date and time of this check-in</source>
        <translation>Dyddiad ac amser y cofnod hwn</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>Gosod yr amser i nawr</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Teimladau</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Cofnodion diweddar</translation>
    </message>
    <message>
        <source>Check-in saved</source>
        <translation>Cofnod wedi’i gadw</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Newidiadau wedi’u cadw</translation>
    </message>
    <message>
        <source>That check-in is no longer here.</source>
        <translation>Dydy’r cofnod hwnnw ddim yma mwyach.</translation>
    </message>
    <message>
        <source>Left unchanged</source>
        <translation>Heb ei newid</translation>
    </message>
    <message>
        <source>Skipped. Nothing was saved.</source>
        <translation>Wedi’i hepgor. Chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>Editing %1</source>
        <translation>Yn golygu %1</translation>
    </message>
    <message>
        <source>Added to your hope box</source>
        <translation>Wedi’i ychwanegu at eich blwch gobaith</translation>
    </message>
    <message>
        <source>Check-in deleted. Ctrl+Z brings it back.</source>
        <translation>Cofnod wedi’i ddileu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Check-in restored</source>
        <translation>Cofnod wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That check-in can no longer be brought back.</source>
        <translation>Does dim modd dod â’r cofnod hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Dileu’r cofnod</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Your journal is locked</source>
        <translation>Mae eich dyddlyfr wedi’i gloi</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Dangos beth rwy’n ei deipio</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>Dangos y cyfrinymadrodd wrth i mi deipio</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Mae’n ymddangos bod Caps Lock ymlaen.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wrthi’n datgloi…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation>Datgloi’r dyddlyfr</translation>
    </message>
    <message>
        <source>Open a different journal…</source>
        <translation>Agor dyddlyfr gwahanol…</translation>
    </message>
    <message>
        <source>Open a different journal file</source>
        <translation>Agor ffeil dyddlyfr wahanol</translation>
    </message>
    <message>
        <source>Create a new journal…</source>
        <translation>Creu dyddlyfr newydd…</translation>
    </message>
    <message>
        <source>Create a new journal</source>
        <translation>Creu dyddlyfr newydd</translation>
    </message>
    <message>
        <source>Journal file: %s</source>
        <translation>Ffeil y dyddlyfr: %s</translation>
    </message>
    <message>
        <source>Something unexpected got in the way of opening the journal. Nothing was changed. Please try again.</source>
        <translation>Daeth rhywbeth annisgwyl yn y ffordd wrth agor y dyddlyfr. Chafodd dim ei newid. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>UseForm</name>
    <message>
        <source>Which strength</source>
        <translation>Pa gryfder</translation>
    </message>
    <message>
        <source>Day you used it</source>
        <translation>Y diwrnod y gwnaethoch ei ddefnyddio</translation>
    </message>
    <message>
        <source>Note about this use</source>
        <translation>Nodyn am y defnydd hwn</translation>
    </message>
    <message>
        <source>What you did, or how it helped (optional)</source>
        <translation>Beth wnaethoch chi, neu sut y helpodd (dewisol)</translation>
    </message>
    <message>
        <source>Save use</source>
        <translation>Cadw’r defnydd</translation>
    </message>
    <message>
        <source>Save this use</source>
        <translation>Cadw’r defnydd hwn</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter i gadw</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Clear the form without saving</source>
        <translation>Clirio’r ffurflen heb gadw</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;Cryfder</translation>
    </message>
    <message>
        <source>D&amp;ay</source>
        <translation>&amp;Diwrnod</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Tagiau</translation>
    </message>
    <message>
        <source>Changing the use of %1. Save keeps the changes; Cancel leaves it as it was.</source>
        <translation>Yn newid y defnydd o %1. Mae Cadw yn cadw’r newidiadau; mae Canslo yn ei adael fel yr oedd.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Cadw newidiadau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Please choose a strength first.</source>
        <translation>Dewiswch gryfder yn gyntaf.</translation>
    </message>
    <message>
        <source>Use logged</source>
        <translation>Defnydd wedi’i nodi</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Newidiadau wedi’u cadw</translation>
    </message>
    <message>
        <source>That is no longer here; it may have been deleted.</source>
        <translation>Dydy hwnnw ddim yma mwyach; efallai ei fod wedi’i ddileu.</translation>
    </message>
</context>
<context>
    <name>WalkAway</name>
    <message>
        <source>Your journal locked itself when the screen locked or the computer went to sleep. Anything you were typing was kept safely and will be back when you unlock.</source>
        <translation>Cafodd eich dyddlyfr ei gloi pan gafodd y sgrin ei chloi neu pan aeth y cyfrifiadur i gysgu. Cafodd unrhyw beth roeddech chi’n ei deipio ei gadw’n ddiogel a bydd yn ôl pan fyddwch yn datgloi.</translation>
    </message>
    <message>
        <source>Your journal locked itself when its window was minimised. Anything you were typing was kept safely and will be back when you unlock.</source>
        <translation>Cafodd eich dyddlyfr ei gloi pan gafodd ei ffenestr ei lleihau. Cafodd unrhyw beth roeddech chi’n ei deipio ei gadw’n ddiogel a bydd yn ôl pan fyddwch yn datgloi.</translation>
    </message>
</context>
<context>
    <name>WeeksBox</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to Recovery Journal</source>
        <translation>Croeso i Recovery Journal</translation>
    </message>
    <message>
        <source>A private place to notice how you are doing, the strengths you use and the goals you choose, at your own pace. Nothing here is required.</source>
        <translation>Lle preifat i sylwi sut rydych chi, y cryfderau rydych chi’n eu defnyddio a’r nodau rydych chi’n eu dewis, ar eich cyflymder eich hun. Does dim byd yma’n orfodol.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in one encrypted file. Nothing is sent anywhere.</source>
        <translation>Mae popeth yn aros ar y cyfrifiadur hwn, mewn un ffeil wedi’i hamgryptio. Does dim yn cael ei anfon i unman.</translation>
    </message>
    <message>
        <source>Your journal is locked with a passphrase that only you know. If it is forgotten, nobody can recover it, so please keep it somewhere safe.</source>
        <translation>Mae eich dyddlyfr wedi’i gloi gyda chyfrinymadrodd rydych chi’n unig yn ei wybod. Os caiff ei anghofio, all neb ei adfer, felly cadwch ef rywle diogel.</translation>
    </message>
    <message>
        <source>Create a new journal</source>
        <translation>Creu dyddlyfr newydd</translation>
    </message>
    <message>
        <source>Open an existing journal file…</source>
        <translation>Agor ffeil dyddlyfr sy’n bodoli…</translation>
    </message>
    <message>
        <source>Open an existing journal file</source>
        <translation>Agor ffeil dyddlyfr sy’n bodoli</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>very low</source>
        <translation>isel iawn</translation>
    </message>
    <message>
        <source>low</source>
        <translation>isel</translation>
    </message>
    <message>
        <source>a bit low</source>
        <translation>braidd yn isel</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>iawn</translation>
    </message>
    <message>
        <source>good</source>
        <translation>da</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>da iawn</translation>
    </message>
    <message>
        <source>fairly low</source>
        <translation>eithaf isel</translation>
    </message>
    <message>
        <source>in the middle</source>
        <translation>yn y canol</translation>
    </message>
    <message>
        <source>fairly high</source>
        <translation>eithaf uchel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>uchel</translation>
    </message>
    <message>
        <source>h</source>
        <translation>awr</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mun</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>Your words in “%1” as numbers from %2 to %3</source>
        <translation>Eich geiriau yn “%1” fel rhifau o %2 i %3</translation>
    </message>
    <message>
        <source>Number for “%1”</source>
        <translation>Rhif ar gyfer “%1”</translation>
    </message>
</context>
<context>
    <name>_NamedListEditor</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Show in lists and suggestions</source>
        <translation>Dangos mewn rhestrau ac awgrymiadau</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <source>Take a life check…</source>
        <translation>Gwneud gwiriad bywyd…</translation>
    </message>
    <message>
        <source>Take a life check: rate each part of your life</source>
        <translation>Gwneud gwiriad bywyd: graddio pob rhan o’ch bywyd</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Cynnig %1</translation>
    </message>
    <message>
        <source>every </source>
        <translation>bob </translation>
    </message>
    <message>
        <source>How often to offer %1</source>
        <translation>Pa mor aml i gynnig %1</translation>
    </message>
    <message>
        <source>Days or weeks for %1</source>
        <translation>Diwrnodau neu wythnosau ar gyfer %1</translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>Ateb nawr</translation>
    </message>
    <message>
        <source>Answer %1 now</source>
        <translation>Ateb %1 nawr</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Open a journal file</source>
        <translation>Agor ffeil dyddlyfr</translation>
    </message>
    <message>
        <source>Journal files (*.vault);;All files (*)</source>
        <translation>Ffeiliau dyddlyfr (*.vault);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Where should the journal be saved?</source>
        <translation>Ble dylid cadw’r dyddlyfr?</translation>
    </message>
    <message>
        <source>Journal files (*.vault)</source>
        <translation>Ffeiliau dyddlyfr (*.vault)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Tudalen we (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the crisis card</source>
        <translation>Cadw’r cerdyn argyfwng</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Cadw’r adroddiad</translation>
    </message>
</context>
<context>
    <name>@any</name>
    <message>
        <source>Open a journal file</source>
        <translation>Agor ffeil dyddlyfr</translation>
    </message>
    <message>
        <source>Journal files (*.vault);;All files (*)</source>
        <translation>Ffeiliau dyddlyfr (*.vault);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Where should the journal be saved?</source>
        <translation>Ble dylid cadw’r dyddlyfr?</translation>
    </message>
    <message>
        <source>Journal files (*.vault)</source>
        <translation>Ffeiliau dyddlyfr (*.vault)</translation>
    </message>
    <message>
        <source>Your hope box is empty for now, and that's fine. When you're ready, you could add a reason to keep going, a few words that help, a good day you remember, someone who matters to you, or a picture that makes you feel a little lighter. Everything here is yours, and all of it is optional.</source>
        <translation>Mae eich blwch gobaith yn wag am y tro, ac mae hynny’n iawn. Pan fyddwch chi’n barod, gallech ychwanegu rheswm i ddal ati, ychydig eiriau sy’n helpu, diwrnod da rydych chi’n ei gofio, rhywun sy’n bwysig i chi, neu lun sy’n gwneud i chi deimlo ychydig yn ysgafnach. Eich un chi yw popeth yma, a does dim ohono’n orfodol.</translation>
    </message>
    <message>
        <source>A reason to keep going</source>
        <translation>Rheswm i ddal ati</translation>
    </message>
    <message>
        <source>Words that help</source>
        <translation>Geiriau sy’n helpu</translation>
    </message>
    <message>
        <source>A good memory</source>
        <translation>Atgof da</translation>
    </message>
    <message>
        <source>A person or place</source>
        <translation>Person neu le</translation>
    </message>
    <message>
        <source>A picture</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Add a reason</source>
        <translation>Ychwanegu rheswm</translation>
    </message>
    <message>
        <source>Add words that help</source>
        <translation>Ychwanegu geiriau sy’n helpu</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>Ychwanegu atgof</translation>
    </message>
    <message>
        <source>Add a person or place</source>
        <translation>Ychwanegu person neu le</translation>
    </message>
    <message>
        <source>Add a picture…</source>
        <translation>Ychwanegu llun…</translation>
    </message>
    <message>
        <source>Someone or something that matters to me…</source>
        <translation>Rhywun neu rywbeth sy’n bwysig i mi…</translation>
    </message>
    <message>
        <source>Words I wrote, or words someone said that stayed with me…</source>
        <translation>Geiriau a ysgrifennais, neu eiriau a ddywedodd rhywun sydd wedi aros gyda mi…</translation>
    </message>
    <message>
        <source>A day, a moment, a time I felt all right…</source>
        <translation>Diwrnod, eiliad, adeg pan oeddwn i’n teimlo’n iawn…</translation>
    </message>
    <message>
        <source>Someone who is glad I'm here, a place I feel calm…</source>
        <translation>Rhywun sy’n falch fy mod i yma, lle rwy’n teimlo’n dawel…</translation>
    </message>
    <message>
        <source>A few words about the picture, if you like…</source>
        <translation>Ychydig eiriau am y llun, os hoffech chi…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>What is going well (optional)</source>
        <translation>Beth sy’n mynd yn dda (dewisol)</translation>
    </message>
    <message>
        <source>How satisfied are you with %1?</source>
        <translation>Pa mor fodlon ydych chi gyda %1?</translation>
    </message>
    <message>
        <source>How satisfied you are with %1, 1 to 7</source>
        <translation>Pa mor fodlon ydych chi gyda %1, 1 i 7</translation>
    </message>
    <message>
        <source>What is going well in %1</source>
        <translation>Beth sy’n mynd yn dda yn %1</translation>
    </message>
    <message>
        <source>1 – not at all</source>
        <translation>1 – ddim o gwbl</translation>
    </message>
    <message>
        <source>7 – completely</source>
        <translation>7 – yn llwyr</translation>
    </message>
    <message>
        <source>Take a life check…</source>
        <translation>Gwneud gwiriad bywyd…</translation>
    </message>
    <message>
        <source>Take a life check: rate each part of your life</source>
        <translation>Gwneud gwiriad bywyd: graddio pob rhan o’ch bywyd</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Tudalen we (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the crisis card</source>
        <translation>Cadw’r cerdyn argyfwng</translation>
    </message>
    <message>
        <source>every </source>
        <translation>bob </translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>Ateb nawr</translation>
    </message>
    <message>
        <source>day</source>
        <translation>diwrnod</translation>
    </message>
    <message>
        <source>days</source>
        <translation>diwrnod</translation>
    </message>
    <message>
        <source>week</source>
        <translation>wythnos</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>wythnos</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Cynnig %1</translation>
    </message>
    <message>
        <source>How often to offer %1</source>
        <translation>Pa mor aml i gynnig %1</translation>
    </message>
    <message>
        <source>Days or weeks for %1</source>
        <translation>Diwrnodau neu wythnosau ar gyfer %1</translation>
    </message>
    <message>
        <source>Answer %1 now</source>
        <translation>Ateb %1 nawr</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Cadw’r adroddiad</translation>
    </message>
    <message>
        <source>This is quite short. A few unrelated words, like a small sentence only you would make up, are easy to remember and hard to guess.</source>
        <translation>Mae hwn yn eithaf byr. Mae ychydig eiriau nad ydynt yn perthyn, fel brawddeg fach y byddech chi’n unig yn ei llunio, yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message>
        <source>That looks like a strong passphrase.</source>
        <translation>Mae hwnna’n edrych fel cyfrinymadrodd cryf.</translation>
    </message>
    <message>
        <source>A good length. One more word would make it even harder to guess.</source>
        <translation>Hyd da. Byddai un gair arall yn ei wneud yn anoddach fyth i’w ddyfalu.</translation>
    </message>
    <message>
        <source>A start. Adding a word or two would make it harder to guess.</source>
        <translation>Dechrau da. Byddai gair neu ddau arall yn ei wneud yn anoddach i’w ddyfalu.</translation>
    </message>
    <message>
        <source>About Recovery Journal</source>
        <translation>Ynglŷn â Recovery Journal</translation>
    </message>
    <message>
        <source>Recovery Journal icon</source>
        <translation>Eicon Recovery Journal</translation>
    </message>
    <message>
        <source>Recovery Journal</source>
        <translation>Recovery Journal</translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation>Fersiwn %s</translation>
    </message>
    <message>
        <source>Recovery Journal contains no network code: what you write stays on this computer, in one file encrypted under your passphrase, and leaves it only when you export or share something yourself.</source>
        <translation>Does dim cod rhwydwaith yn Recovery Journal: mae’r hyn rydych chi’n ei ysgrifennu yn aros ar y cyfrifiadur hwn, mewn un ffeil wedi’i hamgryptio dan eich cyfrinymadrodd, a dim ond yn ei adael pan fyddwch chi’n allforio neu’n rhannu rhywbeth eich hun.</translation>
    </message>
    <message>
        <source>Your journal file</source>
        <translation>Ffeil eich dyddlyfr</translation>
    </message>
    <message>
        <source>Automatic backups folder</source>
        <translation>Ffolder y copïau wrth gefn awtomatig</translation>
    </message>
    <message>
        <source>Your journal:</source>
        <translation>Eich dyddlyfr:</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Copïau wrth gefn awtomatig:</translation>
    </message>
    <message>
        <source>App settings file</source>
        <translation>Ffeil gosodiadau’r ap</translation>
    </message>
    <message>
        <source>App settings:</source>
        <translation>Gosodiadau’r ap:</translation>
    </message>
    <message>
        <source>The app settings hold only the window's size, the theme, the text size, the language and where your journal is; nothing you wrote.</source>
        <translation>Dim ond maint y ffenestr, y thema, maint y testun, yr iaith a lleoliad eich dyddlyfr sydd yng ngosodiadau’r ap; dim byd a ysgrifennoch chi.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%s): you may use, study, share and change it.</source>
        <translation>Meddalwedd rydd dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach (%s): gallwch ei defnyddio, ei hastudio, ei rhannu a’i newid.</translation>
    </message>
    <message>
        <source>Close About Recovery Journal</source>
        <translation>Cau Ynglŷn â Recovery Journal</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>Does dim yn cael ei anfon i unman</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Ble mae eich data</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
    <message>
        <source>Your journal and its backups were deleted.</source>
        <translation>Cafodd eich dyddlyfr a’i gopïau wrth gefn eu dileu.</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Wrthi’n llunio’r siart…</translation>
    </message>
    <message>
        <source>Drawing the chart</source>
        <translation>Wrthi’n llunio’r siart</translation>
    </message>
    <message>
        <source>What each kind of reading becomes</source>
        <translation>Beth ddaw o bob math o ddarlleniad</translation>
    </message>
    <message>
        <source>Not brought in</source>
        <translation>Heb ei fewnforio</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Part of the note</source>
        <translation>Rhan o’r nodyn</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Gwerth: %1</translation>
    </message>
    <message>
        <source>Value: %1 (a new measure)</source>
        <translation>Gwerth: %1 (mesur newydd)</translation>
    </message>
    <message>
        <source>“%1” (%2 rows) becomes</source>
        <translation>Mae “%1” (%2 rhes) yn dod yn</translation>
    </message>
    <message>
        <source>Record a change</source>
        <translation>Nodi newid</translation>
    </message>
    <message>
        <source>A change in %1, in your own words.</source>
        <translation>Newid yn %1, yn eich geiriau eich hun.</translation>
    </message>
    <message>
        <source>Day of the change</source>
        <translation>Diwrnod y newid</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>New dose, if it changed</source>
        <translation>Dos newydd, os newidiodd</translation>
    </message>
    <message>
        <source>New how often, if it changed</source>
        <translation>Pa mor aml nawr, os newidiodd</translation>
    </message>
    <message>
        <source>A note, for example on effects</source>
        <translation>Nodyn, er enghraifft am effeithiau</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Dos newydd</translation>
    </message>
    <message>
        <source>New how often</source>
        <translation>Pa mor aml nawr</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Your journal and its backups will open with the new passphrase. Write it down and keep it somewhere safe: if it is forgotten, it can't be recovered.</source>
        <translation>Bydd eich dyddlyfr a’i gopïau wrth gefn yn agor gyda’r cyfrinymadrodd newydd. Ysgrifennwch ef a’i gadw rywle diogel: os caiff ei anghofio, does dim modd ei adfer.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Cyfrinymadrodd newydd, eto</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Mae’n ymddangos bod Caps Lock ymlaen.</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Dangos beth rwy’n ei deipio</translation>
    </message>
    <message>
        <source>Show the passphrases as I type</source>
        <translation>Dangos y cyfrinymadroddion wrth i mi deipio</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Cyfrinymadrodd &amp;presennol</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <source>Type the new one &amp;again</source>
        <translation>Teipiwch yr un newydd &amp;eto</translation>
    </message>
    <message>
        <source>Changing your passphrase and your backups… This can take a little while; please keep the app open.</source>
        <translation>Wrthi’n newid eich cyfrinymadrodd a’ch copïau wrth gefn… Gall hyn gymryd ychydig o amser; cadwch yr ap ar agor.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Newid y &amp;cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Cancel, keep the passphrase you have</source>
        <translation>Canslo, cadw’r cyfrinymadrodd sydd gennych</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Teipiwch eich cyfrinymadrodd presennol.</translation>
    </message>
    <message>
        <source>Please choose a new passphrase.</source>
        <translation>Dewiswch gyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <source>The two new passphrases aren't the same yet. Please type the new one again.</source>
        <translation>Dydy’r ddau gyfrinymadrodd newydd ddim yr un fath eto. Teipiwch yr un newydd eto.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you have now. Please choose a different one.</source>
        <translation>Mae’r cyfrinymadrodd newydd yr un fath â’r un sydd gennych nawr. Dewiswch un gwahanol.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>That isn't the passphrase your journal has now, so nothing was changed. Check Caps Lock and type it again.</source>
        <translation>Nid dyna gyfrinymadrodd presennol eich dyddlyfr, felly chafodd dim ei newid. Gwiriwch Caps Lock a’i deipio eto.</translation>
    </message>
    <message>
        <source>Something unexpected got in the way. Your journal is safe: if the new passphrase doesn't open it next time, your previous one will.</source>
        <translation>Daeth rhywbeth annisgwyl yn y ffordd. Mae eich dyddlyfr yn ddiogel: os na fydd y cyfrinymadrodd newydd yn ei agor y tro nesaf, bydd eich hen un yn gwneud.</translation>
    </message>
    <message>
        <source>The chart appears here in a moment.</source>
        <translation>Bydd y siart yn ymddangos yma mewn eiliad.</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Siart %1</translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation>%1: y rhifau</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Dangos fel tabl</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Dangos %1 fel tabl</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Cadw’r siart…</translation>
    </message>
    <message>
        <source>Save the %1 chart as a file</source>
        <translation>Cadw siart %1 fel ffeil</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Dangos fel siart</translation>
    </message>
    <message>
        <source>Show %1 as a chart</source>
        <translation>Dangos %1 fel siart</translation>
    </message>
    <message>
        <source>Measures shown:</source>
        <translation>Mesurau a ddangosir:</translation>
    </message>
    <message>
        <source>Measure shown in the calendar</source>
        <translation>Y mesur a ddangosir yn y calendr</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesur</translation>
    </message>
    <message>
        <source>Questions shown one by one</source>
        <translation>Cwestiynau fesul un</translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation>Cyfansymiau’n unig</translation>
    </message>
    <message>
        <source>%1, question by question</source>
        <translation>%1, fesul cwestiwn</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>Show changes in my supports</source>
        <translation>Dangos newidiadau yn fy nghymorth</translation>
    </message>
    <message>
        <source>Compare around</source>
        <translation>Cymharu o gwmpas</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <source>the first day with a tag</source>
        <translation>y diwrnod cyntaf gyda thag</translation>
    </message>
    <message>
        <source>a change in my supports</source>
        <translation>newid yn fy nghymorth</translation>
    </message>
    <message>
        <source>The date to compare around</source>
        <translation>Y dyddiad i gymharu o’i gwmpas</translation>
    </message>
    <message>
        <source>The tag to compare around</source>
        <translation>Y tag i gymharu o’i gwmpas</translation>
    </message>
    <message>
        <source>The change in my supports to compare around</source>
        <translation>Y newid yn fy nghymorth i gymharu o’i gwmpas</translation>
    </message>
    <message>
        <source>Measure compared</source>
        <translation>Y mesur a gymherir</translation>
    </message>
    <message>
        <source>Days before and after</source>
        <translation>Diwrnodau cyn ac ar ôl</translation>
    </message>
    <message>
        <source>Compare &amp;around</source>
        <translation>Cymharu o &amp;gwmpas</translation>
    </message>
    <message>
        <source>M&amp;easure</source>
        <translation>M&amp;esur</translation>
    </message>
    <message>
        <source>&amp;Days each side</source>
        <translation>Diwrnodau bob &amp;ochr</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Dangos %1</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Dim tagiau eto</translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation>Dim newidiadau wedi’u nodi eto</translation>
    </message>
    <message>
        <source>Things linked to each life area: tagged check-ins and journal entries, strength uses and goal steps done</source>
        <translation>Pethau a gysylltwyd â phob maes bywyd: cofnodion a chofnodion dyddlyfr gyda thagiau, defnydd o gryfderau a chamau nodau wedi’u gwneud</translation>
    </message>
    <message>
        <source>you rated %1 of 7</source>
        <translation>eich gradd: %1 o 7</translation>
    </message>
    <message>
        <source>Days with the tag</source>
        <translation>Diwrnodau gyda’r tag</translation>
    </message>
    <message>
        <source>Days without the tag</source>
        <translation>Diwrnodau heb y tag</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Hwyliau</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Gobaith</translation>
    </message>
    <message>
        <source>By strength</source>
        <translation>Fesul cryfder</translation>
    </message>
    <message>
        <source>By life area</source>
        <translation>Fesul maes bywyd</translation>
    </message>
    <message>
        <source>Other strengths</source>
        <translation>Cryfderau eraill</translation>
    </message>
    <message>
        <source>Other life areas</source>
        <translation>Meysydd bywyd eraill</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Nifer o weithiau</translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation>Dim cofnod</translation>
    </message>
    <message>
        <source>Before your first check-in</source>
        <translation>Cyn eich cofnod cyntaf</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Eto i ddod</translation>
    </message>
    <message>
        <source>Steps done, added up</source>
        <translation>Camau wedi’u gwneud, wedi’u hadio</translation>
    </message>
    <message>
        <source>Progress at reviews</source>
        <translation>Cynnydd yn yr adolygiadau</translation>
    </message>
    <message>
        <source> (skipped)</source>
        <translation> (wedi’i hepgor)</translation>
    </message>
    <message>
        <source>A change in your supports</source>
        <translation>Newid yn eich cymorth</translation>
    </message>
    <message>
        <source>Each week's average</source>
        <translation>Cyfartaledd pob wythnos</translation>
    </message>
    <message>
        <source>Each month's average</source>
        <translation>Cyfartaledd pob mis</translation>
    </message>
    <message>
        <source>Each day</source>
        <translation>Pob diwrnod</translation>
    </message>
    <message>
        <source>Lowest to highest that day</source>
        <translation>Isaf i uchaf y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>Each day before</source>
        <translation>Pob diwrnod cyn</translation>
    </message>
    <message>
        <source>Each day after</source>
        <translation>Pob diwrnod ar ôl</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
    <message>
        <source>nothing linked in either period</source>
        <translation>dim byd wedi’i gysylltu yn y naill gyfnod na’r llall</translation>
    </message>
    <message>
        <source>Nothing linked to a life area in this period or the one before it yet. Give tags, strengths or goals a life area to see it here.</source>
        <translation>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn na’r un cyn hynny eto. Rhowch faes bywyd i dagiau, cryfderau neu nodau i’w weld yma.</translation>
    </message>
    <message>
        <source>No strength uses noted in this period yet.</source>
        <translation>Dim defnydd o gryfderau wedi’i nodi yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>No feelings named in this period yet.</source>
        <translation>Dim teimladau wedi’u henwi yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>No goal steps done or reviews noted in this period yet.</source>
        <translation>Dim camau nodau wedi’u gwneud nac adolygiadau wedi’u nodi yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>No goal steps were marked done in this period.</source>
        <translation>Ni nodwyd bod unrhyw gamau nodau wedi’u gwneud yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>No goal was reviewed in this period.</source>
        <translation>Ni adolygwyd unrhyw nod yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>No life area rated yet. Your ratings will show here as a wheel.</source>
        <translation>Dim maes bywyd wedi’i raddio eto. Bydd eich graddau’n ymddangos yma fel olwyn.</translation>
    </message>
    <message>
        <source>No life checks yet. Each area's ratings over time will show here.</source>
        <translation>Dim gwiriadau bywyd eto. Bydd graddau pob maes dros amser yn ymddangos yma.</translation>
    </message>
    <message>
        <source>No life check in this period yet.</source>
        <translation>Dim gwiriad bywyd yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>No questionnaires answered in this period yet.</source>
        <translation>Dim holiaduron wedi’u hateb yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>No totals in this period: each time, a question was left blank.</source>
        <translation>Dim cyfansymiau yn y cyfnod hwn: bob tro, gadawyd cwestiwn yn wag.</translation>
    </message>
    <message>
        <source>No check-ins around this day yet.</source>
        <translation>Dim cofnodion o gwmpas y diwrnod hwn eto.</translation>
    </message>
    <message>
        <source>No check-ins in this period yet.</source>
        <translation>Dim cofnodion yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>This shows what goes together, not what causes what.</source>
        <translation>Mae hyn yn dangos beth sy’n mynd gyda’i gilydd, nid beth sy’n achosi beth.</translation>
    </message>
    <message>
        <source>These are not a diagnosis.</source>
        <translation>Nid diagnosis yw’r rhain.</translation>
    </message>
    <message>
        <source>Nothing linked to a life area in this period or the one before it yet.</source>
        <translation>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn na’r un cyn hynny eto.</translation>
    </message>
    <message>
        <source>No changes in your supports yet. Record one in My plan, under Treatments and supports, to compare around it.</source>
        <translation>Dim newidiadau yn eich cymorth eto. Cofnodwch un yn Fy nghynllun, o dan Triniaethau a chymorth, i gymharu o’i gwmpas.</translation>
    </message>
    <message>
        <source>That change in your supports is no longer in your journal.</source>
        <translation>Dydy’r newid hwnnw yn eich cymorth ddim yn eich dyddlyfr mwyach.</translation>
    </message>
    <message>
        <source>This shows what tends to go together, not what causes what.</source>
        <translation>Mae hyn yn dangos beth sy’n tueddu i fynd gyda’i gilydd, nid beth sy’n achosi beth.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Cadw’r siart</translation>
    </message>
    <message>
        <source>Title saved with the chart</source>
        <translation>Teitl i’w gadw gyda’r siart</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>&amp;Show the title and period on the image</source>
        <translation>&amp;Dangos y teitl a’r cyfnod ar y llun</translation>
    </message>
    <message>
        <source>Besides the chart, the file keeps only this title: no app name, date saved or folder. It uses light colours so it prints well. Share it with whoever you choose.</source>
        <translation>Ar wahân i’r siart, dim ond y teitl hwn sydd yn y ffeil: dim enw ap, dyddiad cadw na ffolder. Mae’n defnyddio lliwiau golau fel ei fod yn argraffu’n dda. Rhannwch ef â phwy bynnag a ddewiswch.</translation>
    </message>
    <message>
        <source>That is too few times to say how feelings sit with mood and hope.</source>
        <translation>Mae hynny’n rhy ychydig o weithiau i ddweud sut mae teimladau’n cyd-fynd â hwyliau a gobaith.</translation>
    </message>
    <message>
        <source>Your first life check: you noted what is going well.</source>
        <translation>Eich gwiriad bywyd cyntaf: nodoch chi beth sy’n mynd yn dda.</translation>
    </message>
    <message>
        <source>Nothing was rated in this life check; what is going well is noted.</source>
        <translation>Chafodd dim ei raddio yn y gwiriad bywyd hwn; mae beth sy’n mynd yn dda wedi’i nodi.</translation>
    </message>
    <message>
        <source>1 time with a question left blank has no total.</source>
        <translation>Does dim cyfanswm ar gyfer yr 1 tro gyda chwestiwn yn wag.</translation>
    </message>
    <message>
        <source>there were no days without it to compare</source>
        <translation>doedd dim diwrnodau hebddo i’w cymharu</translation>
    </message>
    <message>
        <source>Under each area's name is how satisfied you said you were with it in your latest life check.</source>
        <translation>O dan enw pob maes mae pa mor fodlon oeddech chi ag ef, yn ôl eich gwiriad bywyd diweddaraf.</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Teimlad</translation>
    </message>
    <message>
        <source>Check-ins naming it</source>
        <translation>Cofnodion yn ei enwi</translation>
    </message>
    <message>
        <source>Average mood</source>
        <translation>Hwyliau ar gyfartaledd</translation>
    </message>
    <message>
        <source>Average hope</source>
        <translation>Gobaith ar gyfartaledd</translation>
    </message>
    <message>
        <source>Life check</source>
        <translation>Gwiriad bywyd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Holiadur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Published range</source>
        <translation>Ystod a gyhoeddwyd</translation>
    </message>
    <message>
        <source>Answers, question by question</source>
        <translation>Atebion, fesul cwestiwn</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>dim cyfanswm</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>gwag</translation>
    </message>
    <message>
        <source>No life area</source>
        <translation>Dim maes bywyd</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Days with it</source>
        <translation>Diwrnodau gyda’r tag</translation>
    </message>
    <message>
        <source>Days without it</source>
        <translation>Diwrnodau heb y tag</translation>
    </message>
    <message>
        <source>Mood with it</source>
        <translation>Hwyliau gyda’r tag</translation>
    </message>
    <message>
        <source>Mood without it</source>
        <translation>Hwyliau heb y tag</translation>
    </message>
    <message>
        <source>Hope with it</source>
        <translation>Gobaith gyda’r tag</translation>
    </message>
    <message>
        <source>Hope without it</source>
        <translation>Gobaith heb y tag</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <source>Days with a check-in</source>
        <translation>Diwrnodau gyda chofnod</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Maes bywyd</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Wedi’i gyfrif yn ôl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Pob nod</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Camau wedi’u gwneud</translation>
    </message>
    <message>
        <source>Review: progress noted</source>
        <translation>Adolygiad: cynnydd a nodwyd</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Your latest life check rating</source>
        <translation>Eich gradd ddiweddaraf mewn gwiriad bywyd</translation>
    </message>
    <message>
        <source>Each dot is a day. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>Mae pob dot yn ddiwrnod. Y llinellau llyfnach yw eich cyfartaleddau 7 diwrnod a 30 diwrnod. Bwlch yw diwrnod heb gofnod.</translation>
    </message>
    <message>
        <source>Each dot is a day; an upright line shows the lowest to highest check-in of a day with several. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>Mae pob dot yn ddiwrnod; mae llinell unionsyth yn dangos y cofnod isaf i’r uchaf ar ddiwrnod gyda sawl un. Y llinellau llyfnach yw eich cyfartaleddau 7 diwrnod a 30 diwrnod. Bwlch yw diwrnod heb gofnod.</translation>
    </message>
    <message>
        <source>The thin line follows each day. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>Mae’r llinell denau yn dilyn pob diwrnod. Y llinellau llyfnach yw eich cyfartaleddau 7 diwrnod a 30 diwrnod. Bwlch yw diwrnod heb gofnod.</translation>
    </message>
    <message>
        <source>The thin line follows each day; an upright line shows the lowest to highest check-in of a day with several. The smoother lines are your 7-day and 30-day averages. A gap is a day without a check-in.</source>
        <translation>Mae’r llinell denau yn dilyn pob diwrnod; mae llinell unionsyth yn dangos y cofnod isaf i’r uchaf ar ddiwrnod gyda sawl un. Y llinellau llyfnach yw eich cyfartaleddau 7 diwrnod a 30 diwrnod. Bwlch yw diwrnod heb gofnod.</translation>
    </message>
    <message>
        <source>The thin line follows each week's average; the dashed line is your 30-day average. A gap is a week without a check-in.</source>
        <translation>Mae’r llinell denau yn dilyn cyfartaledd pob wythnos; y llinell doredig yw eich cyfartaledd 30 diwrnod. Bwlch yw wythnos heb gofnod.</translation>
    </message>
    <message>
        <source>The line follows each month's average. A gap is a month without a check-in.</source>
        <translation>Mae’r llinell yn dilyn cyfartaledd pob mis. Bwlch yw mis heb gofnod.</translation>
    </message>
    <message>
        <source>One small chart per measure. The thin line follows each week's average, the shaded band its usual range over 30 days; a gap is a week without a value.</source>
        <translation>Un siart bach i bob mesur. Mae’r llinell denau yn dilyn cyfartaledd pob wythnos, a’r band cysgodol yw ei ystod arferol dros 30 diwrnod; bwlch yw wythnos heb werth.</translation>
    </message>
    <message>
        <source>One small chart per measure. The line follows each month's average, the shaded band its usual range over 30 days; a gap is a month without a value.</source>
        <translation>Un siart bach i bob mesur. Mae’r llinell yn dilyn cyfartaledd pob mis, a’r band cysgodol yw ei ystod arferol dros 30 diwrnod; bwlch yw mis heb werth.</translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range over 7 days; a gap is a day without a value.</source>
        <translation>Un siart bach i bob mesur. Y band cysgodol yw ei ystod arferol dros 7 diwrnod; bwlch yw diwrnod heb werth.</translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range over 30 days; a gap is a day without a value.</source>
        <translation>Un siart bach i bob mesur. Y band cysgodol yw ei ystod arferol dros 30 diwrnod; bwlch yw diwrnod heb werth.</translation>
    </message>
    <message>
        <source>A whole year, each square a day, coloured by the measure you pick: the brighter, the higher. Grey squares are days without a check-in; faint ones are outside your journal so far (before your first check-in, or still to come).</source>
        <translation>Blwyddyn gyfan, pob sgwâr yn ddiwrnod, wedi’i liwio yn ôl y mesur a ddewiswch: po ddisgleiriaf, uchaf. Diwrnodau heb gofnod yw’r sgwariau llwyd; mae’r rhai gwan y tu allan i’ch dyddlyfr hyd yma (cyn eich cofnod cyntaf, neu eto i ddod).</translation>
    </message>
    <message>
        <source>Your last ten years, a row each, each square a day, coloured by the measure you pick: the brighter, the higher. Grey squares are days without a check-in. Choose a period to see the years before.</source>
        <translation>Eich deng mlynedd olaf, rhes i bob un, pob sgwâr yn ddiwrnod, wedi’i liwio yn ôl y mesur a ddewiswch: po ddisgleiriaf, uchaf. Diwrnodau heb gofnod yw’r sgwariau llwyd. Dewiswch gyfnod i weld y blynyddoedd cyn hynny.</translation>
    </message>
    <message>
        <source>Left, the goal steps you marked done, added up. Right, each goal on a band of its own: a point is a review, higher is further along, and its number is the progress you noted.</source>
        <translation>Ar y chwith, y camau nodau a nodwyd gennych yn rhai wedi’u gwneud, wedi’u hadio. Ar y dde, pob nod ar ei fand ei hun: adolygiad yw pob pwynt, uwch yw ymhellach ymlaen, a’i rif yw’r cynnydd a nodwyd gennych.</translation>
    </message>
    <message>
        <source>The goal steps you marked done, added up over the period.</source>
        <translation>Y camau nodau a nodwyd gennych yn rhai wedi’u gwneud, wedi’u hadio dros y cyfnod.</translation>
    </message>
    <message>
        <source>Each goal on a band of its own: a point is a review, higher is further along, and its number is the progress you noted.</source>
        <translation>Pob nod ar ei fand ei hun: adolygiad yw pob pwynt, uwch yw ymhellach ymlaen, a’i rif yw’r cynnydd a nodwyd gennych.</translation>
    </message>
    <message>
        <source>Each bar counts the things you linked to a part of life (tagged check-ins and journal entries, strength uses, goal steps done), beside the period of the same length before. It shows where attention went, not a score.</source>
        <translation>Mae pob bar yn cyfrif y pethau a gysylltwyd gennych â rhan o fywyd (cofnodion a chofnodion dyddlyfr gyda thagiau, defnydd o gryfderau, camau nodau wedi’u gwneud), wrth ymyl y cyfnod o’r un hyd cyn hynny. Mae’n dangos ble aeth eich sylw, nid sgôr.</translation>
    </message>
    <message>
        <source>Mood and hope over time</source>
        <translation>Hwyliau a gobaith dros amser</translation>
    </message>
    <message>
        <source>Your measures over time</source>
        <translation>Eich mesurau dros amser</translation>
    </message>
    <message>
        <source>One small chart per measure. The shaded band is its usual range; a gap is a day without a value.</source>
        <translation>Un siart bach i bob mesur. Y band cysgodol yw ei ystod arferol; bwlch yw diwrnod heb werth.</translation>
    </message>
    <message>
        <source>Year in pixels</source>
        <translation>Blwyddyn mewn picseli</translation>
    </message>
    <message>
        <source>What goes with better days</source>
        <translation>Beth sy’n mynd gyda dyddiau gwell</translation>
    </message>
    <message>
        <source>Your average on days with each tag and on days without it. This shows what goes together, not what causes what.</source>
        <translation>Eich cyfartaledd ar ddiwrnodau gyda phob tag ac ar ddiwrnodau hebddo. Mae hyn yn dangos beth sy’n mynd gyda’i gilydd, nid beth sy’n achosi beth.</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Cyn ac ar ôl</translation>
    </message>
    <message>
        <source>Your average before and after a day that mattered, such as a new job or a change of medication.</source>
        <translation>Eich cyfartaledd cyn ac ar ôl diwrnod a oedd yn bwysig, fel swydd newydd neu newid meddyginiaeth.</translation>
    </message>
    <message>
        <source>Strengths used</source>
        <translation>Cryfderau a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>How often you noted using each strength, and the part of life it belongs to.</source>
        <translation>Pa mor aml y nodwyd gennych eich bod wedi defnyddio pob cryfder, a’r rhan o fywyd y mae’n perthyn iddi.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>The goal steps you marked done, and the progress you noted at each goal's reviews.</source>
        <translation>Y camau nodau a nodwyd gennych yn rhai wedi’u gwneud, a’r cynnydd a nodwyd gennych yn adolygiadau pob nod.</translation>
    </message>
    <message>
        <source>Life balance</source>
        <translation>Cydbwysedd bywyd</translation>
    </message>
    <message>
        <source>Questionnaires over time</source>
        <translation>Holiaduron dros amser</translation>
    </message>
    <message>
        <source>Each questionnaire's total each time you answered it, over the ranges its authors publish (named at the side). ONS4 shows its four questions on their own. A time with a question left blank has no total. None of this is a diagnosis.</source>
        <translation>Cyfanswm pob holiadur bob tro y gwnaethoch ei ateb, dros yr ystodau y mae ei awduron yn eu cyhoeddi (wedi’u henwi ar yr ochr). Mae ONS4 yn dangos ei bedwar cwestiwn ar wahân. Does dim cyfanswm pan adawyd cwestiwn yn wag. Nid diagnosis yw dim o hyn.</translation>
    </message>
    <message>
        <source>How satisfied you said you were with each part of life, from 1 (not at all) to 7 (completely), in the newest life check of the period, beside the one before it. Our own questions, not a clinical measure.</source>
        <translation>Pa mor fodlon y dywedoch eich bod gyda phob rhan o fywyd, o 1 (ddim o gwbl) i 7 (yn llwyr), yng ngwiriad bywyd diweddaraf y cyfnod, wrth ymyl yr un cyn hynny. Ein cwestiynau ein hunain, nid mesur clinigol.</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Teimladau</translation>
    </message>
    <message>
        <source>How often you named each feeling in a check-in, with your average mood and hope in those check-ins. This shows what goes together, not what causes what.</source>
        <translation>Pa mor aml y gwnaethoch enwi pob teimlad mewn cofnod, gyda’ch hwyliau a’ch gobaith ar gyfartaledd yn y cofnodion hynny. Mae hyn yn dangos beth sy’n mynd gyda’i gilydd, nid beth sy’n achosi beth.</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Cofnodion diweddar</translation>
    </message>
    <message>
        <source>Enter edits the selected check-in; Delete removes it</source>
        <translation>Mae Enter yn golygu’r cofnod a ddewiswyd; mae Delete yn ei dynnu</translation>
    </message>
    <message>
        <source>No check-ins yet. How are you today?</source>
        <translation>Dim cofnodion eto. Sut ydych chi heddiw?</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Golygu</translation>
    </message>
    <message>
        <source>Edit the selected check-in</source>
        <translation>Golygu’r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete the selected check-in</source>
        <translation>Dileu’r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Mae Ctrl+Z yn dod ag ef yn ôl</translation>
    </message>
    <message>
        <source>Add to my hope box</source>
        <translation>I’m blwch gobaith</translation>
    </message>
    <message>
        <source>Add the selected check-in to my hope box</source>
        <translation>Ychwanegu’r cofnod a ddewiswyd at fy mlwch gobaith</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Delete, Space or a click removes this tag</source>
        <translation>Mae Delete, Bylchwr neu glic yn tynnu’r tag hwn</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Tynnu “%1”</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Beth sydd ym mhob colofn</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Heb ei fewnforio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Awr</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Munud</translation>
    </message>
    <message>
        <source>Value: a new measure “%1”</source>
        <translation>Gwerth: mesur newydd “%1”</translation>
    </message>
    <message>
        <source>Column “%1” holds</source>
        <translation>Mae colofn “%1” yn dal</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Dewiswch y golofn sy’n dal y dyddiad.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Clirio %1</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Clirio’r testun</translation>
    </message>
    <message>
        <source>Create your journal</source>
        <translation>Creu eich dyddlyfr</translation>
    </message>
    <message>
        <source>Choose a passphrase to lock your journal. A few words that mean something only to you work well. Write it down and keep it somewhere safe: if it is forgotten, it can't be recovered.</source>
        <translation>Dewiswch gyfrinymadrodd i gloi eich dyddlyfr. Mae ychydig eiriau sy’n golygu rhywbeth i chi’n unig yn gweithio’n dda. Ysgrifennwch ef a’i gadw rywle diogel: os caiff ei anghofio, does dim modd ei adfer.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Teipiwch ef &amp;eto</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Dangos beth rwy’n ei deipio</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>Dangos y cyfrinymadrodd wrth i mi deipio</translation>
    </message>
    <message>
        <source>Choose another place…</source>
        <translation>Dewis lle arall…</translation>
    </message>
    <message>
        <source>Choose another place for the journal file</source>
        <translation>Dewis lle arall i ffeil y dyddlyfr</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Wrthi’n creu eich dyddlyfr…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Back to the welcome</source>
        <translation>Yn ôl i’r croeso</translation>
    </message>
    <message>
        <source>Create journal</source>
        <translation>Creu dyddlyfr</translation>
    </message>
    <message>
        <source>Create the journal</source>
        <translation>Creu’r dyddlyfr</translation>
    </message>
    <message>
        <source>&amp;Region for helplines</source>
        <translation>&amp;Rhanbarth y llinellau cymorth</translation>
    </message>
    <message>
        <source>Get help now shows helplines for this region. You can change it at any time.</source>
        <translation>Mae Cael help nawr yn dangos llinellau cymorth y rhanbarth hwn. Gallwch ei newid unrhyw bryd.</translation>
    </message>
    <message>
        <source>Your journal will be saved as: %s</source>
        <translation>Bydd eich dyddlyfr yn cael ei gadw fel: %s</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>Dewiswch gyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>The two passphrases aren't the same yet. Please type it again.</source>
        <translation>Dydy’r ddau gyfrinymadrodd ddim yr un fath eto. Teipiwch ef eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The journal couldn't be created there. Please try again, or choose another place.</source>
        <translation>Doedd dim modd creu’r dyddlyfr yno. Rhowch gynnig arall arni, neu dewiswch le arall.</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Pa mor gryf yw’r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>… (the whole plan is in the app)</source>
        <translation>… (mae’r cynllun cyfan yn yr ap)</translation>
    </message>
    <message>
        <source>Crisis card</source>
        <translation>Cerdyn argyfwng</translation>
    </message>
    <message>
        <source>A one-page card with your crisis plan, the people you chose and the helplines. Print it, fold it, keep it in a wallet or by the phone.</source>
        <translation>Cerdyn un dudalen gyda’ch cynllun argyfwng, y bobl a ddewisoch a’r llinellau cymorth. Argraffwch ef, plygwch ef, a’i gadw mewn waled neu wrth y ffôn.</translation>
    </message>
    <message>
        <source>A6 (pocket size)</source>
        <translation>A6 (maint poced)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Maint y papur</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papur</translation>
    </message>
    <message>
        <source>Add the words from my hope box</source>
        <translation>Ychwanegu’r geiriau o fy mlwch gobaith</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who has the file or the paper can read it. Keep it somewhere you trust.</source>
        <translation>Dydy’r PDF ddim wedi’i amgryptio: gall unrhyw un sydd â’r ffeil neu’r papur ei ddarllen. Cadwch ef rywle rydych chi’n ymddiried ynddo.</translation>
    </message>
    <message>
        <source>Preview of the crisis card</source>
        <translation>Rhagolwg o’r cerdyn argyfwng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save the crisis card as a PDF file</source>
        <translation>Cadw’r cerdyn argyfwng fel ffeil PDF</translation>
    </message>
    <message>
        <source>Close the crisis card</source>
        <translation>Cau’r cerdyn argyfwng</translation>
    </message>
    <message>
        <source>Save an accessible copy (HTML)…</source>
        <translation>Cadw copi hygyrch (HTML)…</translation>
    </message>
    <message>
        <source>Save an accessible copy of the crisis card as a web page (HTML)</source>
        <translation>Cadw copi hygyrch o’r cerdyn argyfwng fel tudalen we (HTML)</translation>
    </message>
    <message>
        <source>The card couldn't be saved there. Please try another folder.</source>
        <translation>Doedd dim modd cadw’r cerdyn yno. Rhowch gynnig ar ffolder arall.</translation>
    </message>
    <message>
        <source>Saved the crisis card as %s. It is not encrypted.</source>
        <translation>Cadwyd y cerdyn argyfwng fel %s. Dydy e ddim wedi’i amgryptio.</translation>
    </message>
    <message>
        <source>Saved an accessible copy of the crisis card as %s. It is not encrypted.</source>
        <translation>Cadwyd copi hygyrch o’r cerdyn argyfwng fel %s. Dydy e ddim wedi’i amgryptio.</translation>
    </message>
    <message>
        <source>Something unexpected got in the way, so nothing was changed. Please try again.</source>
        <translation>Daeth rhywbeth annisgwyl yn y ffordd, felly chafodd dim ei newid. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
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
        <translation>Dileu popeth</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>dileu</translation>
    </message>
    <message>
        <source>This removes your journal (%1) and all of its automatic backups from this computer: every check-in, entry, goal, plan and contact in it. It can't be undone, and no one, including us, can bring it back.</source>
        <translation>Mae hyn yn tynnu eich dyddlyfr (%1) a’i holl gopïau wrth gefn awtomatig oddi ar y cyfrifiadur hwn: pob cofnod, nod, cynllun a chyswllt ynddo. Does dim modd dadwneud hyn, a does neb, gan gynnwys ni, yn gallu dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Exports and backup files you saved somewhere yourself are not touched. If you might want any of it later, choose Keep my journal and use File, Export first.</source>
        <translation>Dydy ffeiliau allforio a chopïau wrth gefn a gadwoch chi rywle eich hun ddim yn cael eu cyffwrdd. Os byddwch efallai eisiau unrhyw ran ohono wedyn, dewiswch Cadw fy nyddlyfr a defnyddio Ffeil, Allforio yn gyntaf.</translation>
    </message>
    <message>
        <source>To go ahead, type the word “%1”:</source>
        <translation>I fwrw ymlaen, teipiwch y gair “%1”:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Teipiwch %1 i gadarnhau</translation>
    </message>
    <message>
        <source>&amp;Keep my journal</source>
        <translation>&amp;Cadw fy nyddlyfr</translation>
    </message>
    <message>
        <source>Keep my journal, delete nothing</source>
        <translation>Cadw fy nyddlyfr, dileu dim</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>&amp;Dileu popeth</translation>
    </message>
    <message>
        <source>Delete the journal and its backups</source>
        <translation>Dileu’r dyddlyfr a’i gopïau wrth gefn</translation>
    </message>
    <message numerus="yes">
        <source>Entry deleted. Ctrl+Z can bring back your last %n deleted entries, even after a restart.</source>
        <translation>
            <numerusform>Cofnod wedi’i ddileu. Gall Ctrl+Z ddod â’r %n cofnod diwethaf a ddilëwyd yn ôl, hyd yn oed ar ôl ailgychwyn.</numerusform>
            <numerusform>Cofnod wedi’i ddileu. Gall Ctrl+Z ddod â’r %n cofnod diwethaf a ddilëwyd yn ôl, hyd yn oed ar ôl ailgychwyn.</numerusform>
            <numerusform>Cofnod wedi’i ddileu. Gall Ctrl+Z ddod â’r %n cofnod diwethaf a ddilëwyd yn ôl, hyd yn oed ar ôl ailgychwyn.</numerusform>
            <numerusform>Cofnod wedi’i ddileu. Gall Ctrl+Z ddod â’r %n cofnod diwethaf a ddilëwyd yn ôl, hyd yn oed ar ôl ailgychwyn.</numerusform>
            <numerusform>Cofnod wedi’i ddileu. Gall Ctrl+Z ddod â’r %n cofnod diwethaf a ddilëwyd yn ôl, hyd yn oed ar ôl ailgychwyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>Cofnod wedi’i ddileu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>Bring the deleted entry back</source>
        <translation>Dod â’r cofnod a ddilëwyd yn ôl</translation>
    </message>
    <message>
        <source>Ctrl+Z does the same</source>
        <translation>Mae Ctrl+Z yn gwneud yr un peth</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Hide this note; Ctrl+Z still works</source>
        <translation>Cuddio’r nodyn hwn; mae Ctrl+Z yn dal i weithio</translation>
    </message>
    <message>
        <source>Life areas</source>
        <translation>Meysydd bywyd</translation>
    </message>
    <message>
        <source>No life areas yet.</source>
        <translation>Dim meysydd bywyd eto.</translation>
    </message>
    <message>
        <source>e.g. Creativity</source>
        <translation>e.e. Creadigrwydd</translation>
    </message>
    <message>
        <source>Name of a new life area</source>
        <translation>Enw maes bywyd newydd</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add the new life area</source>
        <translation>Ychwanegu’r maes bywyd newydd</translation>
    </message>
    <message>
        <source>New life &amp;area</source>
        <translation>M&amp;aes newydd</translation>
    </message>
    <message>
        <source> — hidden</source>
        <translation> — cudd</translation>
    </message>
    <message>
        <source>Life area added</source>
        <translation>Maes bywyd wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>A title, if you like</source>
        <translation>Teitl, os hoffech chi</translation>
    </message>
    <message>
        <source>The day this entry is about</source>
        <translation>Y diwrnod mae’r cofnod hwn yn sôn amdano</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation>Dangos y rhagolwg</translation>
    </message>
    <message>
        <source>Switch between writing and the preview (Ctrl+Shift+P)</source>
        <translation>Newid rhwng ysgrifennu a’r rhagolwg (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Testun y cofnod</translation>
    </message>
    <message>
        <source>Plain text; # headings, *emphasis* and - lists show in the preview</source>
        <translation>Testun plaen; mae # penawdau, *pwyslais* a - rhestrau yn ymddangos yn y rhagolwg</translation>
    </message>
    <message>
        <source>Write whatever you like. It is kept as you type.</source>
        <translation>Ysgrifennwch beth bynnag a fynnwch. Mae’n cael ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Preview of the entry</source>
        <translation>Rhagolwg o’r cofnod</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P switches between writing and the preview</source>
        <translation>Mae Ctrl+Shift+P yn newid rhwng ysgrifennu a’r rhagolwg</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <source>Back to writing</source>
        <translation>Yn ôl i ysgrifennu</translation>
    </message>
    <message>
        <source>Export your journal</source>
        <translation>Allforio eich dyddlyfr</translation>
    </message>
    <message>
        <source>An export holds everything in your journal in an open format that other apps and spreadsheets can read.</source>
        <translation>Mae allforio yn cadw popeth yn eich dyddlyfr mewn fformat agored y gall apiau a thaenlenni eraill ei ddarllen.</translation>
    </message>
    <message>
        <source>&amp;JSON: one file with everything (best for moving to another app or back here)</source>
        <translation>&amp;JSON: un ffeil gyda phopeth (gorau ar gyfer symud i ap arall neu yn ôl yma)</translation>
    </message>
    <message>
        <source>JSON, one file with everything</source>
        <translation>JSON, un ffeil gyda phopeth</translation>
    </message>
    <message>
        <source>&amp;CSV: a zip with one spreadsheet file per kind of record</source>
        <translation>&amp;CSV: ffeil zip gydag un ffeil taenlen ar gyfer pob math o gofnod</translation>
    </message>
    <message>
        <source>CSV, a zip of spreadsheet files</source>
        <translation>CSV, ffeil zip o ffeiliau taenlen</translation>
    </message>
    <message>
        <source>The export is not encrypted: anyone who can open the file can read all of it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Dydy’r allforio ddim wedi’i amgryptio: gall unrhyw un sy’n gallu agor y ffeil ei darllen i gyd. Cadwch hi rywle preifat, a’i dileu pan nad oes ei hangen mwyach.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Dewis ble i gadw’r allforio</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Canslo’r allforio</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ffeiliau JSON (*.json)</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Ffeiliau zip (*.zip)</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Cadw’r allforio</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Wrthi’n ysgrifennu’r allforio…</translation>
    </message>
    <message>
        <source>Export saved as %1. It is not encrypted.</source>
        <translation>Allforio wedi’i gadw fel %1. Dydy e ddim wedi’i amgryptio.</translation>
    </message>
    <message>
        <source>Pleasant, more energy</source>
        <translation>Braf, mwy o egni</translation>
    </message>
    <message>
        <source>Pleasant, less energy</source>
        <translation>Braf, llai o egni</translation>
    </message>
    <message>
        <source>Unpleasant, more energy</source>
        <translation>Annymunol, mwy o egni</translation>
    </message>
    <message>
        <source>Unpleasant, less energy</source>
        <translation>Annymunol, llai o egni</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Heb ei osod eto</translation>
    </message>
    <message>
        <source>No feelings in your list yet.</source>
        <translation>Dim teimladau yn eich rhestr eto.</translation>
    </message>
    <message>
        <source>Group of the feeling</source>
        <translation>Grŵp y teimlad</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grŵp</translation>
    </message>
    <message>
        <source>e.g. wistful</source>
        <translation>e.e. hiraethus</translation>
    </message>
    <message>
        <source>Name of a new feeling</source>
        <translation>Enw teimlad newydd</translation>
    </message>
    <message>
        <source>Group of the new feeling</source>
        <translation>Grŵp y teimlad newydd</translation>
    </message>
    <message>
        <source>Add the new feeling</source>
        <translation>Ychwanegu’r teimlad newydd</translation>
    </message>
    <message>
        <source>New &amp;feeling</source>
        <translation>Teimlad ne&amp;wydd</translation>
    </message>
    <message>
        <source>Feeling added</source>
        <translation>Teimlad wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>Find a feeling</source>
        <translation>Chwilio am deimlad</translation>
    </message>
    <message>
        <source>Type a feeling, Enter picks it</source>
        <translation>Teipiwch deimlad, mae Enter yn ei ddewis</translation>
    </message>
    <message>
        <source>All feelings…</source>
        <translation>Pob teimlad…</translation>
    </message>
    <message>
        <source>Show all feelings to choose from</source>
        <translation>Dangos pob teimlad i ddewis ohonynt</translation>
    </message>
    <message>
        <source>Feelings, grouped by how pleasant and how energetic</source>
        <translation>Teimladau, wedi’u grwpio yn ôl pa mor braf a pha mor egnïol</translation>
    </message>
    <message>
        <source>Feeling %1, press to remove</source>
        <translation>Teimlad %1, pwyswch i’w dynnu</translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation>Ffeil y dyddlyfr</translation>
    </message>
    <message>
        <source>Your journal file is checked each time you unlock it and before each backup. You can also check it now; it takes a moment and changes nothing.</source>
        <translation>Mae ffeil eich dyddlyfr yn cael ei gwirio bob tro y byddwch yn ei datgloi a chyn pob copi wrth gefn. Gallwch ei gwirio nawr hefyd; mae’n cymryd eiliad a does dim yn newid.</translation>
    </message>
    <message>
        <source>Check my &amp;journal file</source>
        <translation>Gwirio &amp;ffeil fy nyddlyfr</translation>
    </message>
    <message>
        <source>Check my journal file</source>
        <translation>Gwirio ffeil fy nyddlyfr</translation>
    </message>
    <message>
        <source>Checking your journal file…</source>
        <translation>Wrthi’n gwirio ffeil eich dyddlyfr…</translation>
    </message>
    <message>
        <source>Your journal file checked out: every page is whole.</source>
        <translation>Mae ffeil eich dyddlyfr yn iawn: mae pob tudalen yn gyfan.</translation>
    </message>
    <message>
        <source>The check couldn't run just now. Nothing was changed; please try again.</source>
        <translation>Doedd dim modd gwirio ar hyn o bryd. Chafodd dim ei newid; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Cadw’r cofnod</translation>
    </message>
    <message>
        <source>Save this check-in (Ctrl+Enter)</source>
        <translation>Cadw’r cofnod hwn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Cadw newidiadau</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Rhoi’r gorau i olygu</translation>
    </message>
    <message>
        <source>Leave the check-in as it was</source>
        <translation>Gadael y cofnod fel yr oedd</translation>
    </message>
    <message>
        <source>Save keeps the changes; Cancel editing leaves it as it was.</source>
        <translation>Mae Cadw yn cadw’r newidiadau; mae Rhoi’r gorau i olygu yn ei adael fel yr oedd.</translation>
    </message>
    <message>
        <source>Clear the form without saving</source>
        <translation>Clirio’r ffurflen heb gadw</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter i gadw</translation>
    </message>
    <message>
        <source>Goal title</source>
        <translation>Teitl y nod</translation>
    </message>
    <message>
        <source>e.g. Walk by the river on Saturdays</source>
        <translation>e.e. Cerdded ger yr afon ar ddydd Sadwrn</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Pam mae’n bwysig i mi</translation>
    </message>
    <message>
        <source>What moving towards this would mean to you</source>
        <translation>Beth fyddai symud tuag at hyn yn ei olygu i chi</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Strengths that help</source>
        <translation>Cryfderau sy’n helpu</translation>
    </message>
    <message>
        <source>Space ticks or unticks a strength</source>
        <translation>Mae Bylchwr yn ticio neu’n dad-dicio cryfder</translation>
    </message>
    <message>
        <source>No strengths yet. You can add some on the Strengths page.</source>
        <translation>Dim cryfderau eto. Gallwch ychwanegu rhai ar y dudalen Cryfderau.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&amp;Why it matters to me</source>
        <translation>&amp;Pam mae’n bwysig i mi</translation>
    </message>
    <message>
        <source>Life &amp;area</source>
        <translation>M&amp;aes bywyd</translation>
    </message>
    <message>
        <source>&amp;Strengths that help</source>
        <translation>&amp;Cryfderau sy’n helpu</translation>
    </message>
    <message>
        <source>No particular life area</source>
        <translation>Dim maes bywyd penodol</translation>
    </message>
    <message>
        <source>Save the changes to this goal</source>
        <translation>Cadw’r newidiadau i’r nod hwn</translation>
    </message>
    <message>
        <source>Add this goal</source>
        <translation>Ychwanegu’r nod hwn</translation>
    </message>
    <message>
        <source>That goal is no longer here.</source>
        <translation>Dydy’r nod hwnnw ddim yma mwyach.</translation>
    </message>
    <message>
        <source>Goal saved</source>
        <translation>Nod wedi’i gadw</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Nod wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>Show goals of a life area</source>
        <translation>Dangos nodau maes bywyd</translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation>&amp;Maes bywyd</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nod newydd</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Grouped by where each goal stands. Delete removes the selected goal.</source>
        <translation>Wedi’u grwpio yn ôl lle mae pob nod arni. Mae Delete yn tynnu’r nod a ddewiswyd.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Dileu’r nod</translation>
    </message>
    <message>
        <source>Delete the selected goal</source>
        <translation>Dileu’r nod a ddewiswyd</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>Pob maes bywyd</translation>
    </message>
    <message>
        <source>A goal can be small. What would you like to move towards?</source>
        <translation>Gall nod fod yn fach. Tuag at beth yr hoffech chi symud?</translation>
    </message>
    <message>
        <source>No goals in this life area yet. Choose "All life areas" to see the others.</source>
        <translation>Dim nodau yn y maes bywyd hwn eto. Dewiswch "Pob maes bywyd" i weld y lleill.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi’i oedi</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Wedi’i gyflawni</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Wedi gollwng gafael</translation>
    </message>
    <message>
        <source>Goals you choose, and small steps towards them, at your own pace.</source>
        <translation>Nodau rydych chi’n eu dewis, a chamau bach tuag atynt, ar eich cyflymder eich hun.</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Lle mae arni</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>About this goal</source>
        <translation>Ynglŷn â’r nod hwn</translation>
    </message>
    <message>
        <source>A new goal</source>
        <translation>Nod newydd</translation>
    </message>
    <message>
        <source>Goal deleted. Ctrl+Z brings it back.</source>
        <translation>Nod wedi’i ddileu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Goal restored</source>
        <translation>Nod wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That goal can no longer be brought back.</source>
        <translation>Does dim modd dod â’r nod hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Dileu’r cam</translation>
    </message>
    <message>
        <source>Step deleted. Ctrl+Z brings it back.</source>
        <translation>Cam wedi’i ddileu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Step restored</source>
        <translation>Cam wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That step can no longer be brought back.</source>
        <translation>Does dim modd dod â’r cam hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Dileu’r adolygiad</translation>
    </message>
    <message>
        <source>Review deleted. Ctrl+Z brings it back.</source>
        <translation>Adolygiad wedi’i ddileu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Review restored</source>
        <translation>Adolygiad wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That review can no longer be brought back.</source>
        <translation>Does dim modd dod â’r adolygiad hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Guide — Recovery Journal</source>
        <translation>Canllaw — Recovery Journal</translation>
    </message>
    <message>
        <source>Topics of the guide</source>
        <translation>Pynciau’r canllaw</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Canllaw</translation>
    </message>
    <message>
        <source>Picture from the guide</source>
        <translation>Llun o’r canllaw</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Cael help nawr</translation>
    </message>
    <message>
        <source>Close Get help now</source>
        <translation>Cau Cael help nawr</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Rhanbarth</translation>
    </message>
    <message>
        <source>You don't have to go through this alone. The people at these numbers are there to listen. This app never calls or opens anything itself: each number has a Copy button.</source>
        <translation>Does dim rhaid i chi wynebu hyn ar eich pen eich hun. Mae’r bobl ar y rhifau hyn yno i wrando. Dydy’r ap hwn byth yn ffonio nac yn agor dim ei hun: mae botwm Copïo gyda phob rhif.</translation>
    </message>
    <message>
        <source>People I'd like contacted</source>
        <translation>Pobl yr hoffwn iddynt gael gwybod</translation>
    </message>
    <message>
        <source>Your own numbers</source>
        <translation>Eich rhifau eich hun</translation>
    </message>
    <message>
        <source>You can add your own numbers in Settings: your GP, a local crisis team, a friend. They will be shown here.</source>
        <translation>Gallwch ychwanegu eich rhifau eich hun yn y Gosodiadau: eich meddyg teulu, tîm argyfwng lleol, ffrind. Byddant yn cael eu dangos yma.</translation>
    </message>
    <message>
        <source>Add or change your numbers in Settings…</source>
        <translation>Ychwanegu neu newid eich rhifau yn y Gosodiadau…</translation>
    </message>
    <message>
        <source>Add your own numbers in Settings…</source>
        <translation>Ychwanegu eich rhifau eich hun yn y Gosodiadau…</translation>
    </message>
    <message>
        <source>The list of helplines couldn't be read. In an emergency, call your local emergency number.</source>
        <translation>Doedd dim modd darllen y rhestr o linellau cymorth. Mewn argyfwng, ffoniwch eich rhif argyfwng lleol.</translation>
    </message>
    <message>
        <source>Helplines (%s)</source>
        <translation>Llinellau cymorth (%s)</translation>
    </message>
    <message>
        <source>Checked in %s.</source>
        <translation>Gwiriwyd yn %s.</translation>
    </message>
    <message>
        <source>Help in %s</source>
        <translation>Help yn %s</translation>
    </message>
    <message>
        <source>The app doesn't have a list of helplines for %s yet.</source>
        <translation>Does gan yr ap ddim rhestr o linellau cymorth ar gyfer %s eto.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Argyfwng</translation>
    </message>
    <message>
        <source>Call %s</source>
        <translation>Ffoniwch %s</translation>
    </message>
    <message>
        <source>If a life is at risk right now.</source>
        <translation>Os oes bywyd mewn perygl ar hyn o bryd.</translation>
    </message>
    <message>
        <source>If a life is at risk right now, call your local emergency number.</source>
        <translation>Os oes bywyd mewn perygl ar hyn o bryd, ffoniwch eich rhif argyfwng lleol.</translation>
    </message>
    <message>
        <source>You can add numbers you trust, like a local crisis line, your doctor or a friend. They will be shown here, with a Copy button each.</source>
        <translation>Gallwch ychwanegu rhifau rydych chi’n ymddiried ynddynt, fel llinell argyfwng leol, eich meddyg neu ffrind. Byddant yn cael eu dangos yma, pob un gyda botwm Copïo.</translation>
    </message>
    <message>
        <source>Once your journal is open, you can add numbers you trust in Settings, like a local crisis line, your doctor or a friend. They will be shown here.</source>
        <translation>Pan fydd eich dyddlyfr ar agor, gallwch ychwanegu rhifau rydych chi’n ymddiried ynddynt yn y Gosodiadau, fel llinell argyfwng leol, eich meddyg neu ffrind. Byddant yn cael eu dangos yma.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <source>Copy %1: %2</source>
        <translation>Copïo %1: %2</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Wedi’i gopïo</translation>
    </message>
    <message>
        <source>Open my hope box</source>
        <translation>Agor fy mlwch gobaith</translation>
    </message>
    <message>
        <source>For example: My GP</source>
        <translation>Er enghraifft: Fy meddyg teulu</translation>
    </message>
    <message>
        <source>Number or how to reach them</source>
        <translation>Rhif neu sut i gysylltu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Optional, for example: weekdays 8 to 6</source>
        <translation>Dewisol, er enghraifft: yn ystod yr wythnos 8 tan 6</translation>
    </message>
    <message>
        <source>Save this number</source>
        <translation>Cadw’r rhif hwn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel changing this number</source>
        <translation>Canslo newid y rhif hwn</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Ei roi’n ôl</translation>
    </message>
    <message>
        <source>Put back the number you removed</source>
        <translation>Rhoi’n ôl y rhif a dynnoch</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Ychwanegu rhif</translation>
    </message>
    <message>
        <source>Change a number</source>
        <translation>Newid rhif</translation>
    </message>
    <message>
        <source>Please give the number a name, so you know whose it is.</source>
        <translation>Rhowch enw i’r rhif, er mwyn i chi wybod rhif pwy ydyw.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi’i gadw.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Wedi’i symud.</translation>
    </message>
    <message>
        <source>Removed %s. You can put it back.</source>
        <translation>Wedi tynnu %s. Gallwch ei roi’n ôl.</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>Wedi’i roi’n ôl.</translation>
    </message>
    <message>
        <source>My hope box</source>
        <translation>Fy mlwch gobaith</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Undo the last removal</source>
        <translation>Dadwneud y tynnu diwethaf</translation>
    </message>
    <message>
        <source>Close my hope box</source>
        <translation>Cau fy mlwch gobaith</translation>
    </message>
    <message>
        <source>What reminds you why things matter, kept close for the hard days. Add what you like, in any order.</source>
        <translation>Yr hyn sy’n eich atgoffa pam mae pethau’n bwysig, wedi’i gadw’n agos ar gyfer y dyddiau anodd. Ychwanegwch beth bynnag a fynnwch, mewn unrhyw drefn.</translation>
    </message>
    <message>
        <source>Added to your hope box</source>
        <translation>Wedi’i ychwanegu at eich blwch gobaith</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>Wedi’i symud i fyny</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>Wedi’i symud i lawr</translation>
    </message>
    <message>
        <source>Remove from hope box</source>
        <translation>Tynnu o’r blwch gobaith</translation>
    </message>
    <message>
        <source>Removed from your hope box. You can undo this.</source>
        <translation>Wedi’i dynnu o’ch blwch gobaith. Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Wedi dod yn ôl</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>O %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Symud %1 i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Symud %1 i lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Tynnu %1</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Eich geiriau</translation>
    </message>
    <message>
        <source>Who said it (optional)</source>
        <translation>Pwy a’i dywedodd (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Geiriau</translation>
    </message>
    <message>
        <source>Who &amp;said it (optional)</source>
        <translation>Pwy a’i &amp;dywedodd (dewisol)</translation>
    </message>
    <message>
        <source>The picture</source>
        <translation>Y llun</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Dewis llun…</translation>
    </message>
    <message>
        <source>Choose a picture from your files</source>
        <translation>Dewis llun o’ch ffeiliau</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Lluniau (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Choose a picture first, or press Cancel.</source>
        <translation>Dewiswch lun yn gyntaf, neu pwyswch Canslo.</translation>
    </message>
    <message>
        <source>That picture is over 20 MB. Please pick a smaller one.</source>
        <translation>Mae’r llun hwnnw dros 20 MB. Dewiswch un llai.</translation>
    </message>
    <message>
        <source>That file couldn't be read.</source>
        <translation>Doedd dim modd darllen y ffeil honno.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n cofnod dyddlyfr</numerusform>
            <numerusform>%n cofnod dyddlyfr</numerusform>
            <numerusform>%n cofnod dyddlyfr</numerusform>
            <numerusform>%n cofnod dyddlyfr</numerusform>
            <numerusform>%n cofnod dyddlyfr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n mesur</numerusform>
            <numerusform>%n mesur</numerusform>
            <numerusform>%n mesur</numerusform>
            <numerusform>%n mesur</numerusform>
            <numerusform>%n mesur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life area(s)</source>
        <translation>
            <numerusform>%n maes bywyd</numerusform>
            <numerusform>%n maes bywyd</numerusform>
            <numerusform>%n maes bywyd</numerusform>
            <numerusform>%n maes bywyd</numerusform>
            <numerusform>%n maes bywyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s)</source>
        <translation>
            <numerusform>%n cryfder</numerusform>
            <numerusform>%n cryfder</numerusform>
            <numerusform>%n cryfder</numerusform>
            <numerusform>%n cryfder</numerusform>
            <numerusform>%n cryfder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength use(s)</source>
        <translation>
            <numerusform>%n defnydd o gryfder</numerusform>
            <numerusform>%n defnydd o gryfder</numerusform>
            <numerusform>%n defnydd o gryfder</numerusform>
            <numerusform>%n defnydd o gryfder</numerusform>
            <numerusform>%n defnydd o gryfder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan section(s)</source>
        <translation>
            <numerusform>%n adran o’r cynllun</numerusform>
            <numerusform>%n adran o’r cynllun</numerusform>
            <numerusform>%n adran o’r cynllun</numerusform>
            <numerusform>%n adran o’r cynllun</numerusform>
            <numerusform>%n adran o’r cynllun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n helpline(s)</source>
        <translation>
            <numerusform>%n llinell gymorth</numerusform>
            <numerusform>%n llinell gymorth</numerusform>
            <numerusform>%n llinell gymorth</numerusform>
            <numerusform>%n llinell gymorth</numerusform>
            <numerusform>%n llinell gymorth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n early-warning rule(s)</source>
        <translation>
            <numerusform>%n arwydd rhybudd cynnar</numerusform>
            <numerusform>%n arwydd rhybudd cynnar</numerusform>
            <numerusform>%n arwydd rhybudd cynnar</numerusform>
            <numerusform>%n arwydd rhybudd cynnar</numerusform>
            <numerusform>%n arwydd rhybudd cynnar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire answer(s)</source>
        <translation>
            <numerusform>%n ateb holiadur</numerusform>
            <numerusform>%n ateb holiadur</numerusform>
            <numerusform>%n ateb holiadur</numerusform>
            <numerusform>%n ateb holiadur</numerusform>
            <numerusform>%n ateb holiadur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life check(s)</source>
        <translation>
            <numerusform>%n gwiriad bywyd</numerusform>
            <numerusform>%n gwiriad bywyd</numerusform>
            <numerusform>%n gwiriad bywyd</numerusform>
            <numerusform>%n gwiriad bywyd</numerusform>
            <numerusform>%n gwiriad bywyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s) or support(s)</source>
        <translation>
            <numerusform>%n triniaeth neu gymorth</numerusform>
            <numerusform>%n triniaeth neu gymorth</numerusform>
            <numerusform>%n triniaeth neu gymorth</numerusform>
            <numerusform>%n triniaeth neu gymorth</numerusform>
            <numerusform>%n triniaeth neu gymorth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeling word(s)</source>
        <translation>
            <numerusform>%n gair am deimlad</numerusform>
            <numerusform>%n gair am deimlad</numerusform>
            <numerusform>%n gair am deimlad</numerusform>
            <numerusform>%n gair am deimlad</numerusform>
            <numerusform>%n gair am deimlad</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new — everything in that file is already in your journal</source>
        <translation>Dim byd newydd — mae popeth yn y ffeil honno eisoes yn eich dyddlyfr</translation>
    </message>
    <message numerus="yes">
        <source>And %n more skipped row(s).</source>
        <translation>
            <numerusform>A %n rhes arall wedi’u hepgor.</numerusform>
            <numerusform>A %n rhes arall wedi’u hepgor.</numerusform>
            <numerusform>A %n rhes arall wedi’u hepgor.</numerusform>
            <numerusform>A %n rhes arall wedi’u hepgor.</numerusform>
            <numerusform>A %n rhes arall wedi’u hepgor.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you cancel, nothing is added.</source>
        <translation>Os byddwch yn canslo, does dim yn cael ei ychwanegu.</translation>
    </message>
    <message>
        <source>It adds these measures to your journal: %1.</source>
        <translation>Mae’n ychwanegu’r mesurau hyn at eich dyddlyfr: %1.</translation>
    </message>
    <message>
        <source>Not brought in, as nothing here holds it: %1.</source>
        <translation>Heb ei fewnforio, gan nad oes dim yma i’w ddal: %1.</translation>
    </message>
    <message>
        <source>Import from another app</source>
        <translation>Mewnforio o ap arall</translation>
    </message>
    <message>
        <source>Bring in your history from a file. You'll see what it holds before anything is added, and importing the same file twice adds nothing the second time.</source>
        <translation>Dewch â’ch hanes i mewn o ffeil. Byddwch yn gweld beth sydd ynddi cyn i ddim gael ei ychwanegu, a dydy mewnforio’r un ffeil ddwywaith ddim yn ychwanegu dim yr ail dro.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Fformat y ffeil</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Fformat:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Dim ffeil wedi’i dewis</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Dewis y ffeil i’w mewnforio</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Ffeil:</translation>
    </message>
    <message>
        <source>Ready-made mapping for another app's file</source>
        <translation>Cyfatebiaeth barod ar gyfer ffeil ap arall</translation>
    </message>
    <message>
        <source>None: I'll choose the columns</source>
        <translation>Dim: fe ddewisaf y colofnau</translation>
    </message>
    <message>
        <source>Ready-made &amp;mapping:</source>
        <translation>&amp;Cyfatebiaeth barod:</translation>
    </message>
    <message>
        <source>Your mood labels on the 0–10 mood scale</source>
        <translation>Eich labeli hwyliau ar y raddfa hwyliau 0–10</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Sut mae’r ffeil yn cael ei darllen</translation>
    </message>
    <message>
        <source>Also add the file's &amp;scales as measures</source>
        <translation>Ychwanegu &amp;graddfeydd y ffeil fel mesurau hefyd</translation>
    </message>
    <message>
        <source>Also add the file's scales as measures</source>
        <translation>Ychwanegu graddfeydd y ffeil fel mesurau hefyd</translation>
    </message>
    <message>
        <source>Cancel, import nothing</source>
        <translation>Canslo, mewnforio dim</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <source>Preview what the file holds</source>
        <translation>Rhagolwg o’r hyn sydd yn y ffeil</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Import what the preview showed</source>
        <translation>Mewnforio’r hyn a ddangosodd y rhagolwg</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Dewis ffeil i’w mewnforio</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Ffeiliau allforio (*.csv *.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Chosen file: %1</source>
        <translation>Ffeil a ddewiswyd: %1</translation>
    </message>
    <message>
        <source>Mood for “%1”, 0 to 10</source>
        <translation>Hwyliau ar gyfer “%1”, 0 i 10</translation>
    </message>
    <message>
        <source>Please choose a file first.</source>
        <translation>Dewiswch ffeil yn gyntaf.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Wrthi’n darllen y ffeil…</translation>
    </message>
    <message>
        <source>Scales in the file: %1</source>
        <translation>Graddfeydd yn y ffeil: %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added, so your journal is as it was.</source>
        <translation>Wedi stopio. Chafodd dim ei ychwanegu, felly mae eich dyddlyfr fel yr oedd.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wrthi’n mewnforio…</translation>
    </message>
    <message>
        <source>This date is too far in the past or future for a calendar to hold.</source>
        <translation>Mae’r dyddiad hwn yn rhy bell yn y gorffennol neu’r dyfodol i galendr ei ddal.</translation>
    </message>
    <message>
        <source>This isn't a date in a form this app can read.</source>
        <translation>Dydy hwn ddim yn ddyddiad mewn ffurf y gall yr ap hwn ei darllen.</translation>
    </message>
    <message>
        <source>This doesn't look like a Daylio export: a column is missing.</source>
        <translation>Dydy hon ddim yn edrych fel ffeil allforio Daylio: mae colofn ar goll.</translation>
    </message>
    <message>
        <source>This day isn't in a Pixels layout this app knows (date with scores, mood or entries).</source>
        <translation>Dydy’r diwrnod hwn ddim mewn cynllun Pixels mae’r ap hwn yn ei adnabod (dyddiad gyda sgorau, hwyliau neu gofnodion).</translation>
    </message>
    <message>
        <source>Nothing new — everything in that file is already in your journal.</source>
        <translation>Dim byd newydd — mae popeth yn y ffeil honno eisoes yn eich dyddlyfr.</translation>
    </message>
    <message>
        <source>This file holds no entries to import, so nothing was added.</source>
        <translation>Does dim byd i’w fewnforio yn y ffeil hon, felly chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>A row: skipped, it holds nothing to import</source>
        <translation>Rhes: wedi’i hepgor, does dim ynddi i’w fewnforio</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(dim categori)</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Patrymau</translation>
    </message>
    <message>
        <source>How life has been going, drawn from your own check-ins. These charts show what tends to go together over time; they are not scores.</source>
        <translation>Sut mae bywyd wedi bod, wedi’i dynnu o’ch cofnodion eich hun. Mae’r siartiau hyn yn dangos beth sy’n tueddu i fynd gyda’i gilydd dros amser; nid sgorau ydyn nhw.</translation>
    </message>
    <message>
        <source>This chart can't be shown just now. Your check-ins are safe.</source>
        <translation>Does dim modd dangos y siart hwn ar hyn o bryd. Mae eich cofnodion yn ddiogel.</translation>
    </message>
    <message>
        <source>This chart can't be drawn just now. Your check-ins are safe.</source>
        <translation>Does dim modd llunio’r siart hwn ar hyn o bryd. Mae eich cofnodion yn ddiogel.</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>Siart wedi’i gadw fel %1</translation>
    </message>
    <message>
        <source>Charts can be saved as .png, .svg or .pdf. Please pick one of those.</source>
        <translation>Gellir cadw siartiau fel .png, .svg neu .pdf. Dewiswch un o’r rheini, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The chart couldn't be saved there. Please try another folder.</source>
        <translation>Doedd dim modd cadw’r siart yno. Rhowch gynnig ar ffolder arall.</translation>
    </message>
    <message>
        <source>Strength added</source>
        <translation>Cryfder wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Newidiadau wedi’u cadw</translation>
    </message>
    <message>
        <source>That strength is no longer here.</source>
        <translation>Dydy’r cryfder hwnnw ddim yma mwyach.</translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s) added</source>
        <translation>
            <numerusform>%n cryfder wedi’u hychwanegu</numerusform>
            <numerusform>%n cryfder wedi’i ychwanegu</numerusform>
            <numerusform>%n cryfder wedi’u hychwanegu</numerusform>
            <numerusform>%n cryfder wedi’u hychwanegu</numerusform>
            <numerusform>%n cryfder wedi’u hychwanegu</numerusform>
        </translation>
    </message>
    <message>
        <source>0 is “%1”, 10 is “%2”</source>
        <translation>0 yw “%1”, 10 yw “%2”</translation>
    </message>
    <message>
        <source>Leave blank</source>
        <translation>Gadael yn wag</translation>
    </message>
    <message>
        <source>Leave question %1 blank</source>
        <translation>Gadael cwestiwn %1 yn wag</translation>
    </message>
    <message>
        <source>Leave this question blank</source>
        <translation>Gadael y cwestiwn hwn yn wag</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Cwestiwn %1: %2</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dyddlyfr</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Cofnodion y dyddlyfr</translation>
    </message>
    <message>
        <source>Newest first. Enter opens the entry; Delete removes it.</source>
        <translation>Y mwyaf diweddar yn gyntaf. Mae Enter yn agor y cofnod; mae Delete yn ei dynnu.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Cofnod newydd</translation>
    </message>
    <message>
        <source>Start a new entry</source>
        <translation>Dechrau cofnod newydd</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Dechrau cofnod newydd (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Dileu’r cofnod</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Dileu’r cofnod hwn</translation>
    </message>
    <message>
        <source>Add this entry to my hope box</source>
        <translation>Ychwanegu’r cofnod hwn at fy mlwch gobaith</translation>
    </message>
    <message>
        <source>Nothing found for those words. Fewer words, or the start of a word, may find more.</source>
        <translation>Dim byd wedi’i ganfod ar gyfer y geiriau hynny. Efallai y bydd llai o eiriau, neu ddechrau gair, yn canfod mwy.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n entries match</source>
        <translation>
            <numerusform>Cofnodion sy’n cyfateb: mwy na %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: mwy na %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: mwy na %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: mwy na %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: mwy na %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match</source>
        <translation>
            <numerusform>Cofnodion sy’n cyfateb: %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: %n</numerusform>
            <numerusform>Cofnodion sy’n cyfateb: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries in this period or with this tag.</source>
        <translation>Dim cofnodion yn y cyfnod hwn na gyda’r tag hwn.</translation>
    </message>
    <message>
        <source>Nothing written yet. Press Ctrl+N to start a page, whenever you like.</source>
        <translation>Dim byd wedi’i ysgrifennu eto. Pwyswch Ctrl+N i ddechrau tudalen, pryd bynnag y mynnwch.</translation>
    </message>
    <message>
        <source>A new page. It is kept as you write.</source>
        <translation>Tudalen newydd. Mae’n cael ei chadw wrth i chi ysgrifennu.</translation>
    </message>
    <message>
        <source>Couldn't save just now. Your words are still here; they'll be kept.</source>
        <translation>Doedd dim modd cadw ar hyn o bryd. Mae eich geiriau yma o hyd; byddant yn cael eu cadw.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Wedi’i gadw am %1</translation>
    </message>
    <message>
        <source>Enter opens the entry.</source>
        <translation>Mae Enter yn agor y cofnod.</translation>
    </message>
    <message>
        <source>Write or open an entry first</source>
        <translation>Ysgrifennwch neu agorwch gofnod yn gyntaf</translation>
    </message>
    <message>
        <source>Entry deleted. Undo, just below the list, or Ctrl+Z brings it back.</source>
        <translation>Cofnod wedi’i ddileu. Mae Dadwneud, o dan y rhestr, neu Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Entry brought back</source>
        <translation>Cofnod wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That entry can no longer be brought back.</source>
        <translation>Does dim modd dod â’r cofnod hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>Dileu cofnod y dyddlyfr</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Takes effect when you next open the app.</source>
        <translation>Bydd yn dod i rym y tro nesaf y byddwch yn agor yr ap.</translation>
    </message>
    <message>
        <source>Work &amp; meaningful activity</source>
        <translation>Gwaith a gweithgarwch ystyrlon</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Dysgu</translation>
    </message>
    <message>
        <source>Relationships &amp; family</source>
        <translation>Perthnasoedd a theulu</translation>
    </message>
    <message>
        <source>Friends &amp; social life</source>
        <translation>Ffrindiau a bywyd cymdeithasol</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
    <message>
        <source>Spirituality &amp; faith</source>
        <translation>Ysbrydolrwydd a ffydd</translation>
    </message>
    <message>
        <source>Culture &amp; identity</source>
        <translation>Diwylliant a hunaniaeth</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Iechyd corfforol</translation>
    </message>
    <message>
        <source>Emotional wellbeing</source>
        <translation>Lles emosiynol</translation>
    </message>
    <message>
        <source>Home &amp; money</source>
        <translation>Cartref ac arian</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source>Offer a life check every so many weeks</source>
        <translation>Cynnig gwiriad bywyd bob hyn a hyn o wythnosau</translation>
    </message>
    <message>
        <source>Offer a life check on Today &amp;every</source>
        <translation>Cynnig gwiriad bywyd ar Heddiw &amp;bob</translation>
    </message>
    <message>
        <source>A life check asks how satisfied you are with each part of your life, from 1 to 7, and what is going well. Today offers one only if you choose a number here, and it can always be put aside. You can take one at any time from Insights.</source>
        <translation>Mae gwiriad bywyd yn gofyn pa mor fodlon ydych chi gyda phob rhan o’ch bywyd, o 1 i 7, a beth sy’n mynd yn dda. Dim ond os dewiswch rif yma y bydd Heddiw yn cynnig un, a gallwch ei roi o’r neilltu bob amser. Gallwch wneud un unrhyw bryd o Patrymau.</translation>
    </message>
    <message>
        <source>Life check questions</source>
        <translation>Cwestiynau’r gwiriad bywyd</translation>
    </message>
    <message>
        <source>Life check result</source>
        <translation>Canlyniad y gwiriad bywyd</translation>
    </message>
    <message>
        <source>Save life check</source>
        <translation>Cadw’r gwiriad bywyd</translation>
    </message>
    <message>
        <source>Save the life check</source>
        <translation>Cadw’r gwiriad bywyd</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Leave without saving anything</source>
        <translation>Gadael heb gadw dim</translation>
    </message>
    <message>
        <source>See your last life check</source>
        <translation>Gweld eich gwiriad bywyd diwethaf</translation>
    </message>
    <message>
        <source>Close the life check</source>
        <translation>Cau’r gwiriad bywyd</translation>
    </message>
    <message>
        <source>Delete this life check</source>
        <translation>Dileu’r gwiriad bywyd hwn</translation>
    </message>
    <message>
        <source>Delete this life check (Undo brings it back)</source>
        <translation>Dileu’r gwiriad bywyd hwn (mae Dadwneud yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <source>Bring the deleted life check back</source>
        <translation>Dod â’r gwiriad bywyd a ddilëwyd yn ôl</translation>
    </message>
    <message>
        <source>How is each part of your life going?</source>
        <translation>Sut mae pob rhan o’ch bywyd yn mynd?</translation>
    </message>
    <message>
        <source>For each part of your life, choose how satisfied you are with it now, from 1 (not at all) to 7 (completely), and note what is going well if you like. Skip any you want. These are our own questions, not a clinical or licensed questionnaire; the numbers are yours, never a grade.</source>
        <translation>Ar gyfer pob rhan o’ch bywyd, dewiswch pa mor fodlon ydych chi gyda hi nawr, o 1 (ddim o gwbl) i 7 (yn llwyr), a nodwch beth sy’n mynd yn dda os hoffech chi. Hepgorwch unrhyw rai y mynnwch. Ein cwestiynau ein hunain yw’r rhain, nid holiadur clinigol na thrwyddedig; eich rhifau chi ydyn nhw, byth yn farc.</translation>
    </message>
    <message>
        <source>Rate at least one part of life, or note what is going well, or choose Not now.</source>
        <translation>Graddiwch o leiaf un rhan o fywyd, neu nodwch beth sy’n mynd yn dda, neu dewiswch Dim nawr.</translation>
    </message>
    <message>
        <source>Life check saved</source>
        <translation>Gwiriad bywyd wedi’i gadw</translation>
    </message>
    <message>
        <source>This life check is deleted. Undo brings it back.</source>
        <translation>Mae’r gwiriad bywyd hwn wedi’i ddileu. Mae Dadwneud yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>The life check is back.</source>
        <translation>Mae’r gwiriad bywyd yn ôl.</translation>
    </message>
    <message>
        <source>A life check is here if you would like one: how each part of your life is going, in a few minutes.</source>
        <translation>Mae gwiriad bywyd yma os hoffech chi un: sut mae pob rhan o’ch bywyd yn mynd, mewn ychydig funudau.</translation>
    </message>
    <message>
        <source>Take a life check</source>
        <translation>Gwneud gwiriad bywyd</translation>
    </message>
    <message>
        <source>Take a life check now</source>
        <translation>Gwneud gwiriad bywyd nawr</translation>
    </message>
    <message>
        <source>Put the life check offer aside</source>
        <translation>Rhoi’r cynnig gwiriad bywyd o’r neilltu</translation>
    </message>
    <message>
        <source>Your life check as a wheel</source>
        <translation>Eich gwiriad bywyd fel olwyn</translation>
    </message>
    <message>
        <source>What is going well</source>
        <translation>Beth sy’n mynd yn dda</translation>
    </message>
    <message>
        <source>Each area over time</source>
        <translation>Pob maes dros amser</translation>
    </message>
    <message>
        <source>Each life area's ratings over time</source>
        <translation>Graddau pob maes bywyd dros amser</translation>
    </message>
    <message>
        <source>A smallest next step</source>
        <translation>Y cam nesaf lleiaf</translation>
    </message>
    <message>
        <source>Taken on %1.</source>
        <translation>Wedi’i wneud ar %1.</translation>
    </message>
    <message>
        <source>Taken on %1, beside the one on %2.</source>
        <translation>Wedi’i wneud ar %1, wrth ymyl yr un ar %2.</translation>
    </message>
    <message>
        <source>One small chart per life area, with each life check's rating.</source>
        <translation>Un siart bach i bob maes bywyd, gyda gradd pob gwiriad bywyd.</translation>
    </message>
    <message>
        <source>This chart couldn't be drawn just now. Your life check is saved.</source>
        <translation>Doedd dim modd llunio’r siart hwn ar hyn o bryd. Mae eich gwiriad bywyd wedi’i gadw.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A moment for a check-in, if you'd like one.</source>
        <translation>Eiliad i gofnodi sut rydych chi, os hoffech chi.</translation>
    </message>
    <message>
        <source>Your journal locked itself after a quiet while. Anything you were typing was kept safely and will be back when you unlock.</source>
        <translation>Cafodd eich dyddlyfr ei gloi ar ôl cyfnod tawel. Cafodd unrhyw beth roeddech chi’n ei deipio ei gadw’n ddiogel a bydd yn ôl pan fyddwch yn datgloi.</translation>
    </message>
    <message>
        <source>Your journal is locked. Some text you were typing couldn't be kept as a draft; the rest of your journal is safe.</source>
        <translation>Mae eich dyddlyfr wedi’i gloi. Doedd dim modd cadw rhywfaint o’r testun roeddech chi’n ei deipio fel drafft; mae gweddill eich dyddlyfr yn ddiogel.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Lock the journal now</source>
        <translation>Cloi’r dyddlyfr nawr</translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>Cloi’r dyddlyfr nawr (Ctrl+L)</translation>
    </message>
    <message>
        <source>Helplines and your own numbers (F1)</source>
        <translation>Llinellau cymorth a’ch rhifau eich hun (F1)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Fy nghynllun</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Isel iawn</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Da iawn</translation>
    </message>
    <message>
        <source>No hope right now</source>
        <translation>Dim gobaith ar hyn o bryd</translation>
    </message>
    <message>
        <source>Very hopeful</source>
        <translation>Gobeithiol iawn</translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation>Rhifau cyfan</translation>
    </message>
    <message>
        <source>Halves (0.5)</source>
        <translation>Haneri (0.5)</translation>
    </message>
    <message>
        <source>Tenths (0.1)</source>
        <translation>Degfedau (0.1)</translation>
    </message>
    <message>
        <source>e.g. Energy</source>
        <translation>e.e. Egni</translation>
    </message>
    <message>
        <source>Name of a new measure</source>
        <translation>Enw mesur newydd</translation>
    </message>
    <message>
        <source>Steps of the new measure</source>
        <translation>Camau’r mesur newydd</translation>
    </message>
    <message>
        <source>Add the new measure</source>
        <translation>Ychwanegu’r mesur newydd</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesurau</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down change the order</source>
        <translation>Mae Alt+Up ac Alt+Down yn newid y drefn</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Cuddio</translation>
    </message>
    <message>
        <source>Name of the measure</source>
        <translation>Enw’r mesur</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Gwerth isaf</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Gwerth uchaf</translation>
    </message>
    <message>
        <source>Words for the low end</source>
        <translation>Geiriau ar gyfer y pen isel</translation>
    </message>
    <message>
        <source>e.g. Very low</source>
        <translation>e.e. Isel iawn</translation>
    </message>
    <message>
        <source>Words for the high end</source>
        <translation>Geiriau ar gyfer y pen uchel</translation>
    </message>
    <message>
        <source>e.g. Very good</source>
        <translation>e.e. Da iawn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>L&amp;owest value</source>
        <translation>Gwerth &amp;isaf</translation>
    </message>
    <message>
        <source>H&amp;ighest value</source>
        <translation>Gwerth &amp;uchaf</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>&amp;Camau</translation>
    </message>
    <message>
        <source>Low &amp;end words</source>
        <translation>Geiriau’r pen i&amp;sel</translation>
    </message>
    <message>
        <source>High e&amp;nd words</source>
        <translation>Geiriau’r pen uc&amp;hel</translation>
    </message>
    <message>
        <source>New &amp;measure</source>
        <translation>&amp;Mesur newydd</translation>
    </message>
    <message>
        <source>in</source>
        <translation>mewn</translation>
    </message>
    <message>
        <source>Hide it instead</source>
        <translation>Ei guddio yn lle hynny</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Ei gadw fel y mae</translation>
    </message>
    <message>
        <source>%1 (%2 to %3</source>
        <translation>%1 (%2 i %3</translation>
    </message>
    <message>
        <source>in steps of %1</source>
        <translation>mewn camau o %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Mood and hope are built in: they can be hidden, but not deleted.</source>
        <translation>Mae hwyliau a gobaith wedi’u cynnwys: gellir eu cuddio, ond nid eu dileu.</translation>
    </message>
    <message>
        <source>Their range stays 0 to 10, so charts read them the same way.</source>
        <translation>Mae eu hystod yn aros o 0 i 10, fel bod siartiau’n eu darllen yr un ffordd.</translation>
    </message>
    <message>
        <source>The lowest value must be below the highest value.</source>
        <translation>Rhaid i’r gwerth isaf fod yn is na’r gwerth uchaf.</translation>
    </message>
    <message>
        <source>Measure added</source>
        <translation>Mesur wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>“%1” has values in your check-ins, so it can't be deleted. Hiding it takes it off the check-in and keeps what you recorded.</source>
        <translation>Mae gan “%1” werthoedd yn eich cofnodion, felly does dim modd ei ddileu. Mae ei guddio yn ei dynnu oddi ar y cofnod ac yn cadw’r hyn a nodwyd gennych.</translation>
    </message>
    <message>
        <source>Measure deleted</source>
        <translation>Mesur wedi’i ddileu</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Cudd</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message>
        <source>If you like, pick one or two areas and write the smallest next step for each: something small enough to do this week. It goes into Goals.</source>
        <translation>Os hoffech chi, dewiswch un neu ddau faes ac ysgrifennwch y cam nesaf lleiaf ar gyfer pob un: rhywbeth digon bach i’w wneud yr wythnos hon. Mae’n mynd i Nodau.</translation>
    </message>
    <message>
        <source>Life area for the next step</source>
        <translation>Maes bywyd y cam nesaf</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Maes</translation>
    </message>
    <message>
        <source>Goal the step belongs to</source>
        <translation>Y nod y mae’r cam yn perthyn iddo</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Nod</translation>
    </message>
    <message>
        <source>Name of the new goal</source>
        <translation>Enw’r nod newydd</translation>
    </message>
    <message>
        <source>New goal's &amp;name</source>
        <translation>&amp;Enw’r nod newydd</translation>
    </message>
    <message>
        <source>For example: text Sam about a walk on Saturday</source>
        <translation>Er enghraifft: tecstio Sam am fynd am dro ddydd Sadwrn</translation>
    </message>
    <message>
        <source>The smallest next step</source>
        <translation>Y cam nesaf lleiaf</translation>
    </message>
    <message>
        <source>Smallest next &amp;step</source>
        <translation>Y &amp;cam nesaf lleiaf</translation>
    </message>
    <message>
        <source>Add to Goals</source>
        <translation>Ychwanegu at Nodau</translation>
    </message>
    <message>
        <source>Add the step to Goals</source>
        <translation>Ychwanegu’r cam at Nodau</translation>
    </message>
    <message>
        <source>A new goal in %1</source>
        <translation>Nod newydd yn %1</translation>
    </message>
    <message>
        <source>Added to Goals under %1.</source>
        <translation>Wedi’i ychwanegu at Nodau o dan %1.</translation>
    </message>
    <message>
        <source>Step added to Goals</source>
        <translation>Cam wedi’i ychwanegu at Nodau</translation>
    </message>
    <message>
        <source>Add a number…</source>
        <translation>Ychwanegu rhif…</translation>
    </message>
    <message>
        <source>Add a number of your own</source>
        <translation>Ychwanegu rhif eich hun</translation>
    </message>
    <message>
        <source>No numbers of your own yet. You could add your GP, a local crisis team or a friend; Get help now shows them first.</source>
        <translation>Dim rhifau eich hun eto. Gallech ychwanegu eich meddyg teulu, tîm argyfwng lleol neu ffrind; mae Cael help nawr yn eu dangos yn gyntaf.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Newid…</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Newid %s</translation>
    </message>
    <message>
        <source>Move %s up</source>
        <translation>Symud %s i fyny</translation>
    </message>
    <message>
        <source>Move %s down</source>
        <translation>Symud %s i lawr</translation>
    </message>
    <message>
        <source>Remove %s</source>
        <translation>Tynnu %s</translation>
    </message>
    <message>
        <source>in my crisis plan</source>
        <translation>yn fy nghynllun argyfwng</translation>
    </message>
    <message>
        <source>please don't contact</source>
        <translation>peidiwch â chysylltu</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Fy mhobl</translation>
    </message>
    <message>
        <source>The people you choose to have on your side, in the order you like. You decide who appears in your crisis plan.</source>
        <translation>Y bobl rydych chi’n dewis eu cael ar eich ochr, yn y drefn a fynnwch. Chi sy’n penderfynu pwy sy’n ymddangos yn eich cynllun argyfwng.</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Ychwanegu person</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Ychwanegu person (Ctrl+N)</translation>
    </message>
    <message>
        <source>No one here yet. Who helps you, even a little? A friend, someone in your family, a peer worker, your GP. Add them, and say how they help.</source>
        <translation>Does neb yma eto. Pwy sy’n eich helpu, hyd yn oed ychydig? Ffrind, rhywun yn eich teulu, gweithiwr cymheiriaid, eich meddyg teulu. Ychwanegwch nhw, a dweud sut maen nhw’n helpu.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Symud &amp;i fyny</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Symud i fyny (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Symud i lawr (Alt+Down)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove this person (Delete)</source>
        <translation>Tynnu’r person hwn (Delete)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save this person (Ctrl+S)</source>
        <translation>Cadw’r person hwn (Ctrl+S)</translation>
    </message>
    <message>
        <source>About %s</source>
        <translation>Ynglŷn â %s</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Rhywun newydd</translation>
    </message>
    <message>
        <source>Removed from My people. Ctrl+Z brings them back.</source>
        <translation>Wedi’u tynnu o Fy mhobl. Mae Ctrl+Z yn dod â nhw’n ôl.</translation>
    </message>
    <message>
        <source>Back in My people</source>
        <translation>Yn ôl yn Fy mhobl</translation>
    </message>
    <message>
        <source>That person can no longer be brought back.</source>
        <translation>Does dim modd dod â’r person hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Tynnu person</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>Adrannau’r cynllun</translation>
    </message>
    <message>
        <source>Signs from my check-ins</source>
        <translation>Arwyddion o’m cofnodion</translation>
    </message>
    <message>
        <source>Treatments and supports</source>
        <translation>Triniaethau a chymorth</translation>
    </message>
    <message>
        <source>My wellness plan</source>
        <translation>Fy nghynllun lles</translation>
    </message>
    <message>
        <source>Your own plan for staying well and for hard times, in your words. Every save is kept, so you can look back.</source>
        <translation>Eich cynllun eich hun ar gyfer aros yn iach ac ar gyfer adegau anodd, yn eich geiriau chi. Mae pob cadw’n cael ei gadw, fel y gallwch edrych yn ôl.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back.</source>
        <translation>Mae eich newidiadau heb eu cadw yn ôl.</translation>
    </message>
    <message>
        <source>Nothing new to save</source>
        <translation>Dim byd newydd i’w gadw</translation>
    </message>
    <message>
        <source>Saved: %s</source>
        <translation>Wedi’i gadw: %s</translation>
    </message>
    <message>
        <source>Restored an earlier version</source>
        <translation>Adferwyd fersiwn gynharach</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n diwrnod yn olynol</numerusform>
            <numerusform>%n diwrnod yn olynol</numerusform>
            <numerusform>%n diwrnod yn olynol</numerusform>
            <numerusform>%n diwrnod yn olynol</numerusform>
            <numerusform>%n diwrnod yn olynol</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation>%1 o dan %2</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 dros %2</translation>
    </message>
    <message>
        <source>%1 %2 or lower</source>
        <translation>%1 %2 neu is</translation>
    </message>
    <message>
        <source>the tag “%1”</source>
        <translation>y tag “%1”</translation>
    </message>
    <message>
        <source>%1 on %2 of the last %3</source>
        <translation>%1 ar %2 o’r %3 diwethaf</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Your check-ins show %1 on %2 of the last %3.</source>
        <translation>Mae eich cofnodion yn dangos %1 ar %2 o’r %3 diwethaf.</translation>
    </message>
    <message>
        <source>Your latest check-in shows %1.</source>
        <translation>Mae eich cofnod diweddaraf yn dangos %1.</translation>
    </message>
    <message>
        <source>Your check-ins show %1 for %2.</source>
        <translation>Mae eich cofnodion yn dangos %1 am %2.</translation>
    </message>
    <message>
        <source>Your plan has your own ideas for times like this.</source>
        <translation>Mae gan eich cynllun eich syniadau eich hun ar gyfer adegau fel hyn.</translation>
    </message>
    <message>
        <source>My safety plan, step by step</source>
        <translation>Fy nghynllun diogelwch, gam wrth gam</translation>
    </message>
    <message>
        <source>Save this section (Ctrl+S)</source>
        <translation>Cadw’r adran hon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save this section</source>
        <translation>Cadw’r adran hon</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Fersiynau cynharach…</translation>
    </message>
    <message>
        <source>Earlier versions of this section: view, compare and restore</source>
        <translation>Fersiynau cynharach o’r adran hon: gweld, cymharu ac adfer</translation>
    </message>
    <message>
        <source>Crisis card…</source>
        <translation>Cerdyn argyfwng…</translation>
    </message>
    <message>
        <source>Make a one-page crisis card as a PDF</source>
        <translation>Gwneud cerdyn argyfwng un dudalen fel PDF</translation>
    </message>
    <message>
        <source>Last changed %s.</source>
        <translation>Newidiwyd ddiwethaf %s.</translation>
    </message>
    <message>
        <source>Last looked at %s.</source>
        <translation>Edrychwyd arno ddiwethaf %s.</translation>
    </message>
    <message>
        <source>Open my plan</source>
        <translation>Agor fy nghynllun</translation>
    </message>
    <message>
        <source>Open my plan at %s</source>
        <translation>Agor fy nghynllun yn %s</translation>
    </message>
    <message>
        <source>Put this note aside</source>
        <translation>Rhoi’r nodyn hwn o’r neilltu</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Preifatrwydd</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Cloi pan fydd y sgrin yn cloi neu’r cyfrifiadur yn cysgu</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Cloi pan fydd y ffenestr yn cael ei lleihau</translation>
    </message>
    <message>
        <source>Show an icon in the notification area</source>
        <translation>Dangos eicon yn yr ardal hysbysu</translation>
    </message>
    <message>
        <source>Keep running in the notification area when the window is closed</source>
        <translation>Aros yn yr ardal hysbysu pan fydd y ffenestr ar gau</translation>
    </message>
    <message>
        <source>The icon offers Check in, Get help now and Lock, and the daily reminder also comes as a desktop notification: it only says it's time for a check-in, never anything you have written. Kept running there, the journal stays locked.</source>
        <translation>Mae’r eicon yn cynnig Cofnodi, Cael help nawr a Cloi, ac mae’r nodyn atgoffa dyddiol hefyd yn dod fel hysbysiad bwrdd gwaith: dim ond dweud ei bod hi’n amser cofnodi y mae, byth ddim rydych chi wedi’i ysgrifennu. Tra bo’n rhedeg yno, mae’r dyddlyfr yn aros wedi’i gloi.</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so there is no icon and the daily reminder shows inside the window only, while it is open.</source>
        <translation>Does gan y bwrdd gwaith hwn ddim ardal hysbysu, felly does dim eicon ac mae’r nodyn atgoffa dyddiol yn ymddangos yn y ffenestr yn unig, tra bo hi ar agor.</translation>
    </message>
    <message>
        <source>Credit and licence</source>
        <translation>Cydnabyddiaeth a thrwydded</translation>
    </message>
    <message>
        <source>Answer what you like: any question may be left blank. Nothing is kept until you choose Save, and nothing is ever sent anywhere.</source>
        <translation>Atebwch beth a fynnwch: gellir gadael unrhyw gwestiwn yn wag. Does dim yn cael ei gadw nes i chi ddewis Cadw, a does dim byth yn cael ei anfon i unman.</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Cadw fy atebion</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cau heb gadw</translation>
    </message>
    <message>
        <source>Your answers are saved</source>
        <translation>Mae eich atebion wedi’u cadw</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Eich canlyniad</translation>
    </message>
    <message>
        <source>Close the questionnaire</source>
        <translation>Cau’r holiadur</translation>
    </message>
    <message>
        <source>A short questionnaire is here when you want it</source>
        <translation>Mae holiadur byr yma pan fyddwch chi eisiau</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Not now: hide this until tomorrow</source>
        <translation>Dim nawr: cuddio hwn tan yfory</translation>
    </message>
    <message>
        <source>“%1” is ready, if you'd like to answer it. It takes a few minutes, and any question can be left blank.</source>
        <translation>Mae “%1” yn barod, os hoffech ei ateb. Mae’n cymryd ychydig funudau, a gallwch adael unrhyw gwestiwn yn wag.</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Ateb %1</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Holiaduron</translation>
    </message>
    <message>
        <source>Well-known questionnaires you may answer now and then, for yourself, to notice change over time. None is on unless you switch it on; when one is due, Today offers it once, and “Not now” is always fine. Your answers stay in your journal.</source>
        <translation>Holiaduron adnabyddus y gallwch eu hateb bob hyn a hyn, i chi’ch hun, i sylwi ar newid dros amser. Does dim un ymlaen oni bai eich bod yn ei droi ymlaen; pan fydd un yn ddyledus, mae Heddiw yn ei gynnig unwaith, ac mae “Dim nawr” yn iawn bob amser. Mae eich atebion yn aros yn eich dyddlyfr.</translation>
    </message>
    <message>
        <source>A strength I used today</source>
        <translation>Cryfder a ddefnyddiais heddiw</translation>
    </message>
    <message>
        <source>Type or pick a strength and press Enter to log it for today. A new name is added to your strengths.</source>
        <translation>Teipiwch neu dewiswch gryfder a phwyso Enter i’w nodi ar gyfer heddiw. Mae enw newydd yn cael ei ychwanegu at eich cryfderau.</translation>
    </message>
    <message>
        <source>Type or pick one, then Enter</source>
        <translation>Teipiwch neu dewiswch un, yna Enter</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Ei nodi</translation>
    </message>
    <message>
        <source>Log this strength for today</source>
        <translation>Nodi’r cryfder hwn ar gyfer heddiw</translation>
    </message>
    <message>
        <source>Type or pick a strength first.</source>
        <translation>Teipiwch neu dewiswch gryfder yn gyntaf.</translation>
    </message>
    <message>
        <source>That strength could not be logged just now.</source>
        <translation>Doedd dim modd nodi’r cryfder hwnnw ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Added to your strengths and logged for today. Ctrl+Z takes it back.</source>
        <translation>Wedi’i ychwanegu at eich cryfderau a’i nodi ar gyfer heddiw. Mae Ctrl+Z yn ei ddadwneud.</translation>
    </message>
    <message>
        <source>Strength logged for today. Ctrl+Z takes it back.</source>
        <translation>Cryfder wedi’i nodi ar gyfer heddiw. Mae Ctrl+Z yn ei ddadwneud.</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 diwrnod diwethaf</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 mis diwethaf</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Y flwyddyn ddiwethaf</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Y cyfan</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Dewis dyddiadau…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dyddiad cychwyn</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;i</translation>
    </message>
    <message>
        <source>Help where you are</source>
        <translation>Help lle rydych chi</translation>
    </message>
    <message>
        <source>Get help now and your crisis card show the helplines for this region. It is kept on this computer, outside your journal, so it works while the journal is locked.</source>
        <translation>Mae Cael help nawr a’ch cerdyn argyfwng yn dangos llinellau cymorth y rhanbarth hwn. Mae’n cael ei gadw ar y cyfrifiadur hwn, y tu allan i’ch dyddlyfr, felly mae’n gweithio tra bo’r dyddlyfr wedi’i gloi.</translation>
    </message>
    <message>
        <source>Helplines for %1 are included, checked in %2.</source>
        <translation>Mae llinellau cymorth ar gyfer %1 wedi’u cynnwys, wedi’u gwirio yn %2.</translation>
    </message>
    <message>
        <source>There is no list of helplines for %1 in the app yet. In an emergency, call %2. Numbers you add below are shown first in Get help now.</source>
        <translation>Does dim rhestr o linellau cymorth ar gyfer %1 yn yr ap eto. Mewn argyfwng, ffoniwch %2. Mae rhifau rydych chi’n eu hychwanegu isod yn cael eu dangos yn gyntaf yn Cael help nawr.</translation>
    </message>
    <message>
        <source>There is no list of helplines for %1 in the app yet. In an emergency, call your local emergency number. Numbers you add below are shown first in Get help now.</source>
        <translation>Does dim rhestr o linellau cymorth ar gyfer %1 yn yr ap eto. Mewn argyfwng, ffoniwch eich rhif argyfwng lleol. Mae rhifau rydych chi’n eu hychwanegu isod yn cael eu dangos yn gyntaf yn Cael help nawr.</translation>
    </message>
    <message>
        <source>Region for helplines</source>
        <translation>Rhanbarth y llinellau cymorth</translation>
    </message>
    <message>
        <source>Writing the accessible copy</source>
        <translation>Wrthi’n ysgrifennu’r copi hygyrch</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Wrthi’n gosod y tudalennau</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Wythnos o</translation>
    </message>
    <message>
        <source>Days with a value</source>
        <translation>Diwrnodau gyda gwerth</translation>
    </message>
    <message>
        <source>Check-ins in this period</source>
        <translation>Cofnodion yn y cyfnod hwn</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Fy nghryfderau</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Fy nodau</translation>
    </message>
    <message>
        <source>The numbers behind the chart, shortened for paper.</source>
        <translation>Y rhifau y tu ôl i’r siart, wedi’u byrhau ar gyfer papur.</translation>
    </message>
    <message>
        <source>The questionnaires’ questions and the names of their published ranges stay in English, as their authors published them.</source>
        <translation>Mae cwestiynau’r holiaduron ac enwau eu hystodau cyhoeddedig yn aros yn Saesneg, fel y cawson nhw eu cyhoeddi gan eu hawduron.</translation>
    </message>
    <message>
        <source>Notes written with check-ins are not included.</source>
        <translation>Dydy’r nodiadau a ysgrifennwyd gyda chofnodion ddim wedi’u cynnwys.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Gwerthoedd</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Cyfartaledd</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Isaf</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Uchaf</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Graddfa</translation>
    </message>
    <message>
        <source>My strengths inventory</source>
        <translation>Rhestr fy nghryfderau</translation>
    </message>
    <message>
        <source>Each goal</source>
        <translation>Pob nod</translation>
    </message>
    <message>
        <source>(Nothing written here yet.)</source>
        <translation>(Does dim wedi’i ysgrifennu yma eto.)</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Fy nodiadau</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Fy nghynllun diogelwch</translation>
    </message>
    <message>
        <source>In my crisis plan</source>
        <translation>Yn fy nghynllun argyfwng</translation>
    </message>
    <message>
        <source>Please don't contact</source>
        <translation>Peidiwch â chysylltu</translation>
    </message>
    <message>
        <source>1 person I chose to list.</source>
        <translation>1 person y dewisais ei restru.</translation>
    </message>
    <message>
        <source>Phone numbers and email addresses are not included.</source>
        <translation>Dydy rhifau ffôn a chyfeiriadau e-bost ddim wedi’u cynnwys.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(heb deitl)</translation>
    </message>
    <message>
        <source>Only dates, titles and tags are shown; the text of the entries is not.</source>
        <translation>Dim ond dyddiadau, teitlau a thagiau sy’n cael eu dangos; dydy testun y cofnodion ddim.</translation>
    </message>
    <message>
        <source>Pictures are not included.</source>
        <translation>Dydy lluniau ddim wedi’u cynnwys.</translation>
    </message>
    <message>
        <source>No numbers for this period.</source>
        <translation>Dim rhifau ar gyfer y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Dim byd yma eto.</translation>
    </message>
    <message>
        <source>My recovery report</source>
        <translation>Fy adroddiad adferiad</translation>
    </message>
    <message>
        <source>I chose what is in this report. The numbers are my own check-ins, not scores or a diagnosis.</source>
        <translation>Fi a ddewisodd beth sydd yn yr adroddiad hwn. Fy nghofnodion i fy hun yw’r rhifau, nid sgoriau na diagnosis.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Meddyginiaeth</translation>
    </message>
    <message>
        <source>Talking therapy</source>
        <translation>Therapi siarad</translation>
    </message>
    <message>
        <source>Peer or self-help group</source>
        <translation>Grŵp cymheiriaid neu hunangymorth</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Nothing in my log of treatments and supports yet.</source>
        <translation>Dim byd yn fy nghofnod o driniaethau a chymorth eto.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Rhinwedd</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Sgil</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Adnodd</translation>
    </message>
    <message>
        <source>What I'm like when I'm well</source>
        <translation>Sut ydw i pan fydda i’n iach</translation>
    </message>
    <message>
        <source>My wellness toolbox</source>
        <translation>Fy mlwch offer lles</translation>
    </message>
    <message>
        <source>Daily maintenance</source>
        <translation>Gofalu amdanaf fy hun bob dydd</translation>
    </message>
    <message>
        <source>Triggers and what I'll do</source>
        <translation>Sbardunau a beth wna i</translation>
    </message>
    <message>
        <source>Early warning signs and what I'll do</source>
        <translation>Arwyddion rhybudd cynnar a beth wna i</translation>
    </message>
    <message>
        <source>When things are breaking down</source>
        <translation>Pan fydd pethau’n chwalu</translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation>Cynllun argyfwng</translation>
    </message>
    <message>
        <source>After a crisis</source>
        <translation>Ar ôl argyfwng</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Restoring puts a backup in place of your journal as it is now. Your current journal is not deleted: it is kept aside, unchanged, next to the journal file, with today's date and time in its name. Afterwards you unlock the restored journal with the passphrase it had when the backup was made.</source>
        <translation>Mae adfer yn rhoi copi wrth gefn yn lle eich dyddlyfr fel y mae nawr. Dydy eich dyddlyfr presennol ddim yn cael ei ddileu: mae’n cael ei gadw o’r neilltu, heb ei newid, wrth ymyl ffeil y dyddlyfr, gyda dyddiad ac amser heddiw yn ei enw. Wedyn rydych chi’n datgloi’r dyddlyfr a adferwyd gyda’r cyfrinymadrodd oedd ganddo pan wnaed y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Backups are changed with your passphrase, but some couldn't be, so they still open with an earlier passphrase. If your passphrase doesn't open one, try your previous one.</source>
        <translation>Mae copïau wrth gefn yn cael eu newid gyda’ch cyfrinymadrodd, ond doedd dim modd newid rhai, felly maen nhw’n dal i agor gyda chyfrinymadrodd cynharach. Os nad yw eich cyfrinymadrodd yn agor un, rhowch gynnig ar eich hen un.</translation>
    </message>
    <message>
        <source>&amp;Backups made when the journal was closed:</source>
        <translation>&amp;Copïau wrth gefn a wnaed pan gaewyd y dyddlyfr:</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copïau wrth gefn, y diweddaraf gyntaf</translation>
    </message>
    <message>
        <source>No automatic backups yet. You can choose a file.</source>
        <translation>Dim copïau wrth gefn awtomatig eto. Gallwch ddewis ffeil.</translation>
    </message>
    <message>
        <source>Choose a backup &amp;file…</source>
        <translation>Dewis &amp;ffeil wrth gefn…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Dewis ffeil wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Cyfrinymadrodd y copi wrth gefn:</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Cyfrinymadrodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>Check and &amp;restore</source>
        <translation>Gwirio ac &amp;adfer</translation>
    </message>
    <message>
        <source>Check the backup and restore it</source>
        <translation>Gwirio’r copi wrth gefn a’i adfer</translation>
    </message>
    <message>
        <source>Cancel, keep the journal as it is</source>
        <translation>Canslo, cadw’r dyddlyfr fel y mae</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Dewis copi wrth gefn</translation>
    </message>
    <message>
        <source>Journal backups (*.vault);;All files (*)</source>
        <translation>Copïau wrth gefn y dyddlyfr (*.vault);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Please choose a backup first.</source>
        <translation>Dewiswch gopi wrth gefn yn gyntaf.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Teipiwch gyfrinymadrodd y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Wrthi’n gwirio’r copi wrth gefn…</translation>
    </message>
    <message>
        <source>Progress, from 0 to 100 percent</source>
        <translation>Cynnydd, o 0 i 100 y cant</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nodyn adolygu</translation>
    </message>
    <message>
        <source>How is it going? What has helped?</source>
        <translation>Sut mae’n mynd? Beth sydd wedi helpu?</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add this review</source>
        <translation>Ychwanegu’r adolygiad hwn</translation>
    </message>
    <message>
        <source>Review history, newest first</source>
        <translation>Adolygiadau cynt, y diweddaraf gyntaf</translation>
    </message>
    <message>
        <source>Delete removes the selected review</source>
        <translation>Mae Delete yn tynnu’r adolygiad a ddewiswyd</translation>
    </message>
    <message>
        <source>No reviews yet. Looking back now and then can show how far you've come.</source>
        <translation>Dim adolygiadau eto. Gall edrych yn ôl bob hyn a hyn ddangos pa mor bell rydych chi wedi dod.</translation>
    </message>
    <message>
        <source>Delete the selected review</source>
        <translation>Dileu’r adolygiad a ddewiswyd</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>C&amp;ynnydd</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>Earlier re&amp;views, newest first</source>
        <translation>Adolygiadau cynt, y &amp;diweddaraf gyntaf</translation>
    </message>
    <message>
        <source>Review added: %1 %</source>
        <translation>Adolygiad wedi’i ychwanegu: %1 %</translation>
    </message>
    <message>
        <source>Earlier versions: %s</source>
        <translation>Fersiynau cynharach: %s</translation>
    </message>
    <message>
        <source>Every time you save, the earlier text is kept here. Restoring a version saves it as the newest one, so nothing is lost.</source>
        <translation>Bob tro y byddwch yn cadw, mae’r testun cynharach yn cael ei gadw yma. Mae adfer fersiwn yn ei chadw fel yr un ddiweddaraf, felly does dim yn cael ei golli.</translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation>Fersiynau a gadwyd, y diweddaraf gyntaf</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>Y fersiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation>Cymharu â nawr</translation>
    </message>
    <message>
        <source>Show what changed between this version and the text now</source>
        <translation>Dangos beth newidiodd rhwng y fersiwn hon a’r testun nawr</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Adfer y fersiwn hon</translation>
    </message>
    <message>
        <source>Restore the chosen version</source>
        <translation>Adfer y fersiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>Close earlier versions</source>
        <translation>Cau’r fersiynau cynharach</translation>
    </message>
    <message>
        <source>%s (now)</source>
        <translation>%s (nawr)</translation>
    </message>
    <message>
        <source>This version is the same as the text now.</source>
        <translation>Mae’r fersiwn hon yr un fath â’r testun nawr.</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Cadwyd %s</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Restored. The text before is kept as a version too.</source>
        <translation>Wedi’i adfer. Mae’r testun blaenorol yn cael ei gadw fel fersiwn hefyd.</translation>
    </message>
    <message>
        <source>If you like, the app can watch your own check-ins for signs you know, and show a gentle note on Today that opens your plan. It stays off until you add a sign; you can pause any of them. Nothing is ever sent anywhere.</source>
        <translation>Os hoffech chi, gall yr ap gadw llygad ar eich cofnodion am arwyddion rydych chi’n eu hadnabod, a dangos nodyn tyner ar Heddiw sy’n agor eich cynllun. Mae’n aros i ffwrdd nes i chi ychwanegu arwydd; gallwch oedi unrhyw un ohonynt. Does dim byth yn cael ei anfon i unman.</translation>
    </message>
    <message>
        <source>Show a note on Today when a sign is there</source>
        <translation>Dangos nodyn ar Heddiw pan fydd arwydd yno</translation>
    </message>
    <message>
        <source>My signs</source>
        <translation>Fy arwyddion</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
    <message>
        <source>Pause or start the chosen sign</source>
        <translation>Oedi neu ailddechrau’r arwydd a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the chosen sign</source>
        <translation>Tynnu’r arwydd a ddewiswyd</translation>
    </message>
    <message>
        <source>Add a sign</source>
        <translation>Ychwanegu arwydd</translation>
    </message>
    <message>
        <source>Kind of sign</source>
        <translation>Math o arwydd</translation>
    </message>
    <message>
        <source>A measure below a number, days in a row</source>
        <translation>Mesur o dan rif, sawl diwrnod yn olynol</translation>
    </message>
    <message>
        <source>A measure above a number, days in a row</source>
        <translation>Mesur dros rif, sawl diwrnod yn olynol</translation>
    </message>
    <message>
        <source>A measure at or below a number, on some of the last days</source>
        <translation>Mesur ar rif neu’n is, ar rai o’r diwrnodau diwethaf</translation>
    </message>
    <message>
        <source>A tag, days in a row</source>
        <translation>Tag, sawl diwrnod yn olynol</translation>
    </message>
    <message>
        <source>For example: not eating</source>
        <translation>Er enghraifft: ddim yn bwyta</translation>
    </message>
    <message>
        <source>Out of the last how many days</source>
        <translation>Allan o faint o’r diwrnodau diwethaf</translation>
    </message>
    <message>
        <source>Plan section the note opens</source>
        <translation>Yr adran o’r cynllun y mae’r nodyn yn ei hagor</translation>
    </message>
    <message>
        <source>Add this sign</source>
        <translation>Ychwanegu’r arwydd hwn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Of the last</source>
        <translation>Allan o</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Yn agor</translation>
    </message>
    <message>
        <source> → %s</source>
        <translation> → %s</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (wedi’i oedi)</translation>
    </message>
    <message>
        <source>No signs yet. Add one below, if you'd like to.</source>
        <translation>Dim arwyddion eto. Ychwanegwch un isod, os hoffech chi.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Ailddechrau</translation>
    </message>
    <message>
        <source>Sign added</source>
        <translation>Arwydd wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>Started again</source>
        <translation>Wedi ailddechrau</translation>
    </message>
    <message>
        <source>Sign removed</source>
        <translation>Arwydd wedi’i dynnu</translation>
    </message>
    <message>
        <source>Notes on Today are on</source>
        <translation>Mae nodiadau ar Heddiw ymlaen</translation>
    </message>
    <message>
        <source>Notes on Today are off</source>
        <translation>Mae nodiadau ar Heddiw i ffwrdd</translation>
    </message>
    <message>
        <source>Thank you for answering that</source>
        <translation>Diolch am ateb hynny</translation>
    </message>
    <message>
        <source>Thoughts of being better off dead, or of hurting yourself, can be a lot to carry, and you don't have to carry them alone. Your crisis plan, the people you chose and the helplines are open for you now, in their own window.</source>
        <translation>Gall meddyliau y byddai’n well petaech chi wedi marw, neu o niweidio eich hun, fod yn bwysau mawr i’w gario, a does dim rhaid i chi eu cario ar eich pen eich hun. Mae eich cynllun argyfwng, y bobl a ddewisoch a’r llinellau cymorth ar agor i chi nawr, yn eu ffenestr eu hunain.</translation>
    </message>
    <message>
        <source>Nothing has been saved and nothing is sent anywhere. You can go back to the questionnaire, or leave it for now.</source>
        <translation>Does dim wedi’i gadw a does dim yn cael ei anfon i unman. Gallwch fynd yn ôl i’r holiadur, neu ei adael am y tro.</translation>
    </message>
    <message>
        <source>Show my crisis plan and helplines</source>
        <translation>Dangos fy nghynllun argyfwng a’r llinellau cymorth</translation>
    </message>
    <message>
        <source>Show my crisis plan, my people and the helplines</source>
        <translation>Dangos fy nghynllun argyfwng, fy mhobl a’r llinellau cymorth</translation>
    </message>
    <message>
        <source>Back to the questionnaire</source>
        <translation>Yn ôl i’r holiadur</translation>
    </message>
    <message>
        <source>Leave it for now</source>
        <translation>Ei adael am y tro</translation>
    </message>
    <message>
        <source>Leave the questionnaire without saving</source>
        <translation>Gadael yr holiadur heb gadw</translation>
    </message>
    <message>
        <source>What I live for</source>
        <translation>Beth rydw i’n byw ar ei gyfer</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation>Arwyddion bod pethau’n mynd yn anodd</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Pethau y gallaf eu gwneud ar fy mhen fy hun</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Pobl a lleoedd sy’n mynd â’m meddwl oddi ar bethau</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Pobl y gallaf ofyn iddyn nhw am help</translation>
    </message>
    <message>
        <source>Professionals and services I can contact</source>
        <translation>Gweithwyr proffesiynol a gwasanaethau y gallaf gysylltu â nhw</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Gwneud fy amgylchedd yn fwy diogel</translation>
    </message>
    <message>
        <source>The people, hopes, plans and small things that matter to you. Keep them close.</source>
        <translation>Y bobl, y gobeithion, y cynlluniau a’r pethau bach sy’n bwysig i chi. Cadwch nhw’n agos.</translation>
    </message>
    <message>
        <source>Thoughts, feelings or situations that tell you a hard time may be starting.</source>
        <translation>Meddyliau, teimladau neu sefyllfaoedd sy’n dweud wrthych y gallai cyfnod anodd fod yn dechrau.</translation>
    </message>
    <message>
        <source>Things you can do by yourself to feel a little calmer or to get through a moment.</source>
        <translation>Pethau y gallwch eu gwneud ar eich pen eich hun i deimlo ychydig yn dawelach neu i ddod drwy eiliad anodd.</translation>
    </message>
    <message>
        <source>People to be with, or places to go, that help you think about something else.</source>
        <translation>Pobl i fod gyda nhw, neu leoedd i fynd iddyn nhw, sy’n eich helpu i feddwl am rywbeth arall.</translation>
    </message>
    <message>
        <source>People you trust to ask for help. You can pick from your People.</source>
        <translation>Pobl rydych chi’n ymddiried ynddyn nhw i ofyn am help. Gallwch ddewis o’ch Pobl.</translation>
    </message>
    <message>
        <source>Your doctor, a crisis team or a helpline. You can pick from your own numbers and the helplines for your region.</source>
        <translation>Eich meddyg, tîm argyfwng neu linell gymorth. Gallwch ddewis o’ch rhifau eich hun a llinellau cymorth eich rhanbarth.</translation>
    </message>
    <message>
        <source>Ways to make where you are safer, perhaps with someone's help.</source>
        <translation>Ffyrdd o wneud lle rydych chi’n fwy diogel, efallai gyda help rhywun.</translation>
    </message>
    <message>
        <source>Notes from before</source>
        <translation>Nodiadau o’r blaen</translation>
    </message>
    <message>
        <source>What you wrote here before the steps. It stays until you move it into a step or remove it yourself.</source>
        <translation>Yr hyn a ysgrifennoch yma cyn y camau. Mae’n aros nes i chi ei symud i gam neu ei dynnu eich hun.</translation>
    </message>
    <message>
        <source>Nothing to choose yet: add people in People, and numbers in Settings</source>
        <translation>Dim byd i’w ddewis eto: ychwanegwch bobl yn Pobl, a rhifau yn y Gosodiadau</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Set back to “not set” (Delete on the scale)</source>
        <translation>Yn ôl i “heb ei osod” (Delete ar y raddfa)</translation>
    </message>
    <message>
        <source>%1. Arrow keys change it; Delete clears it.</source>
        <translation>%1. Mae’r bysellau saeth yn ei newid; mae Delete yn ei glirio.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Chwilio (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Chwilio’r dyddlyfr</translation>
    </message>
    <message>
        <source>Words, "a phrase in quotes" or the start of a word. Down arrow goes to the results, Enter opens the first, Escape clears.</source>
        <translation>Geiriau, "ymadrodd mewn dyfynodau" neu ddechrau gair. Mae’r saeth i lawr yn mynd i’r canlyniadau, mae Enter yn agor y cyntaf, mae Escape yn clirio.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Unrhyw bryd</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Y 30 diwrnod diwethaf</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Rhwng dyddiadau…</translation>
    </message>
    <message>
        <source>When it was written</source>
        <translation>Pryd cafodd ei ysgrifennu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Cyfateb orau</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Y mwyaf diweddar yn gyntaf</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Trefnu’r canlyniadau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Trefnu</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Unrhyw dag</translation>
    </message>
    <message>
        <source>Best match first.</source>
        <translation>Yr un sy’n cyfateb orau yn gyntaf.</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>Y mwyaf diweddar yn gyntaf.</translation>
    </message>
    <message>
        <source>Oldest first.</source>
        <translation>Yr hynaf yn gyntaf.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Your journal is locked with your passphrase. Changing it re-encrypts your journal and its automatic backups, so they all open with the new one.</source>
        <translation>Mae eich dyddlyfr wedi’i gloi gyda’ch cyfrinymadrodd. Mae ei newid yn ail-amgryptio eich dyddlyfr a’i gopïau wrth gefn awtomatig, fel bod pob un yn agor gyda’r un newydd.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Changes are saved as soon as you make them.</source>
        <translation>Mae newidiadau’n cael eu cadw cyn gynted ag y byddwch yn eu gwneud.</translation>
    </message>
    <message>
        <source>What you rate in a check-in. Hidden measures keep their past values.</source>
        <translation>Yr hyn rydych chi’n ei raddio wrth gofnodi. Mae mesurau cudd yn cadw eu gwerthoedd blaenorol.</translation>
    </message>
    <message>
        <source>The words you can pick in a check-in. Hidden ones stay on past check-ins.</source>
        <translation>Y geiriau y gallwch eu dewis mewn cofnod. Mae’r rhai cudd yn aros ar gofnodion blaenorol.</translation>
    </message>
    <message>
        <source>The parts of life your goals, strengths and tags can belong to.</source>
        <translation>Y rhannau o fywyd y gall eich nodau, eich cryfderau a’ch tagiau berthyn iddynt.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>I ffwrdd</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Cloi ar ôl munudau heb ddefnydd</translation>
    </message>
    <message>
        <source>Lock after this long without &amp;use</source>
        <translation>Cloi ar ôl cymaint â hyn heb &amp;ddefnydd</translation>
    </message>
    <message>
        <source>0 turns automatic locking off. Ctrl+L locks at any time.</source>
        <translation>Mae 0 yn diffodd cloi awtomatig. Mae Ctrl+L yn cloi unrhyw bryd.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Maint y testun mewn canran</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Maint y &amp;testun</translation>
    </message>
    <message>
        <source>Call the window just “Journal” (for a computer others can see)</source>
        <translation>Galw’r ffenestr yn “Dyddlyfr” (ar gyfrifiadur a rennir)</translation>
    </message>
    <message>
        <source>Neutral window title: Journal</source>
        <translation>Teitl ffenestr niwtral: Dyddlyfr</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Nodyn atgoffa dyddiol</translation>
    </message>
    <message>
        <source>Remind me once a day to check in</source>
        <translation>Fy atgoffa unwaith y dydd i gofnodi sut rydw i</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Amser y nodyn atgoffa</translation>
    </message>
    <message>
        <source>It comes as a desktop notification while the notification-area icon is on (see Privacy), even with the window closed to it, and inside the window while it is open.</source>
        <translation>Mae’n dod fel hysbysiad bwrdd gwaith tra bo’r eicon yn yr ardal hysbysu ymlaen (gweler Preifatrwydd), hyd yn oed â’r ffenestr ar gau, ac yn y ffenestr tra bo hi ar agor.</translation>
    </message>
    <message>
        <source>It shows inside the window, while Recovery Journal is open.</source>
        <translation>Mae’n ymddangos yn y ffenestr, tra bo Recovery Journal ar agor.</translation>
    </message>
    <message>
        <source>At most once a day, it just says it's time for a check-in and never shows anything you have written.</source>
        <translation>Unwaith y dydd ar y mwyaf, mae’n dweud ei bod hi’n amser cofnodi, a byth yn dangos dim rydych chi wedi’i ysgrifennu.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Share a report</source>
        <translation>Rhannu adroddiad</translation>
    </message>
    <message>
        <source>Choose the period and each part to include. Nothing else goes into the file.</source>
        <translation>Dewiswch y cyfnod a phob rhan i’w chynnwys. Does dim byd arall yn mynd i’r ffeil.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Add “Shared by me on %s” at the foot of each page</source>
        <translation>Rhoi “Rhannwyd gennyf ar %s” ar bob tudalen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>Charts (each with its sentence and numbers)</source>
        <translation>Siartiau (pob un gyda’i frawddeg a’i rifau)</translation>
    </message>
    <message>
        <source>Other parts</source>
        <translation>Rhannau eraill</translation>
    </message>
    <message>
        <source>Include phone numbers and email addresses</source>
        <translation>Cynnwys rhifau ffôn a chyfeiriadau e-bost</translation>
    </message>
    <message>
        <source>Include the text of journal entries</source>
        <translation>Cynnwys testun cofnodion y dyddlyfr</translation>
    </message>
    <message>
        <source>Include the pictures in my hope box</source>
        <translation>Cynnwys y lluniau yn fy mlwch gobaith</translation>
    </message>
    <message>
        <source>Press Preview to see the pages here.</source>
        <translation>Pwyswch Rhagolwg i weld y tudalennau yma.</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Rhagolwg o’r tudalennau</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who has the file can read it. Share it only with people you choose.</source>
        <translation>Dydy’r PDF ddim wedi’i amgryptio: gall unrhyw un sydd â’r ffeil ei ddarllen. Rhannwch ef â’r bobl rydych chi’n eu dewis yn unig.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save an &amp;accessible copy (HTML)…</source>
        <translation>Cadw copi &amp;hygyrch (HTML)…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopio</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wrthi’n stopio…</translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation>Mae’r diwrnod cyntaf yn dod ar ôl y diwrnod olaf.</translation>
    </message>
    <message>
        <source>Choose at least one part to include.</source>
        <translation>Dewiswch o leiaf un rhan i’w chynnwys.</translation>
    </message>
    <message>
        <source>Saved an accessible copy as %s. It is not encrypted.</source>
        <translation>Cadwyd copi hygyrch fel %s. Dydy e ddim wedi’i amgryptio.</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n page(s).</source>
        <translation>
            <numerusform>Rhagolwg yn barod: %n tudalen.</numerusform>
            <numerusform>Rhagolwg yn barod: %n tudalen.</numerusform>
            <numerusform>Rhagolwg yn barod: %n tudalen.</numerusform>
            <numerusform>Rhagolwg yn barod: %n tudalen.</numerusform>
            <numerusform>Rhagolwg yn barod: %n tudalen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the report as %s. It is not encrypted.</source>
        <translation>Cadwyd yr adroddiad fel %s. Dydy e ddim wedi’i amgryptio.</translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation>Wedi stopio. Chafodd dim ffeil ei hysgrifennu.</translation>
    </message>
    <message>
        <source>The report couldn't be saved there (the disk may be full or the folder read-only). No file was left behind.</source>
        <translation>Doedd dim modd cadw’r adroddiad yno (efallai fod y ddisg yn llawn neu’r ffolder yn ddarllen-yn-unig). Chafodd dim ffeil ei gadael ar ôl.</translation>
    </message>
    <message>
        <source>The report couldn't be made. No file was written.</source>
        <translation>Doedd dim modd gwneud yr adroddiad. Chafodd dim ffeil ei hysgrifennu.</translation>
    </message>
    <message>
        <source>Check-in summary table</source>
        <translation>Tabl cryno o’r cofnodion</translation>
    </message>
    <message>
        <source>Strengths: chart and inventory</source>
        <translation>Cryfderau: siart a rhestr</translation>
    </message>
    <message>
        <source>Goals: chart and each goal</source>
        <translation>Nodau: siart a phob nod</translation>
    </message>
    <message>
        <source>Journal entries (dates, titles and tags)</source>
        <translation>Cofnodion y dyddlyfr (dyddiadau, teitlau a thagiau)</translation>
    </message>
    <message>
        <source>Treatments and supports (the log, and its changes on the charts)</source>
        <translation>Triniaethau a chymorth (y cofnod, a’i newidiadau ar y siartiau)</translation>
    </message>
    <message>
        <source>My hope box (its words)</source>
        <translation>Fy mlwch gobaith (ei eiriau)</translation>
    </message>
    <message>
        <source>Ideas for strengths</source>
        <translation>Syniadau am gryfderau</translation>
    </message>
    <message>
        <source>Tick any that feel like yours. Nothing is added until you choose; you can change or archive them later.</source>
        <translation>Ticiwch unrhyw rai sy’n teimlo fel eich rhai chi. Does dim yn cael ei ychwanegu nes i chi ddewis; gallwch eu newid neu eu harchifo wedyn.</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected idea</source>
        <translation>Mae Bylchwr yn ticio neu’n dad-dicio’r syniad a ddewiswyd</translation>
    </message>
    <message>
        <source>Add the ones I ticked</source>
        <translation>Ychwanegu’r rhai a diciais</translation>
    </message>
    <message>
        <source>Close without adding</source>
        <translation>Cau heb ychwanegu</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Dim wedi’i dicio eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked.</source>
        <translation>
            <numerusform>%n wedi’u ticio.</numerusform>
            <numerusform>%n wedi’i dicio.</numerusform>
            <numerusform>%n wedi’u ticio.</numerusform>
            <numerusform>%n wedi’u ticio.</numerusform>
            <numerusform>%n wedi’u ticio.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (already yours)</source>
        <translation>%1 (eisoes gennych)</translation>
    </message>
    <message>
        <source>Make active again</source>
        <translation>Gwneud yn weithredol eto</translation>
    </message>
    <message>
        <source>Pause for now</source>
        <translation>Oedi am y tro</translation>
    </message>
    <message>
        <source>Mark as achieved</source>
        <translation>Nodi’n gyflawn</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Gollwng gafael arno</translation>
    </message>
    <message>
        <source>Letting go of a goal is a choice, and it's yours to make.</source>
        <translation>Dewis yw gollwng gafael ar nod, a’ch dewis chi yw e.</translation>
    </message>
    <message>
        <source>Hide tip</source>
        <translation>Cuddio’r awgrym</translation>
    </message>
    <message>
        <source>Hide the tip for: %1</source>
        <translation>Cuddio’r awgrym ar gyfer: %1</translation>
    </message>
    <message>
        <source>F2 changes an item, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>Mae F2 yn newid eitem, Delete yn ei thynnu, Alt+Up ac Alt+Down yn ei symud.</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Ychwanegu at: %1</translation>
    </message>
    <message>
        <source>Type and press Enter to add</source>
        <translation>Teipiwch a phwyso Enter i ychwanegu</translation>
    </message>
    <message>
        <source>Choose from mine…</source>
        <translation>Dewis o’m rhai i…</translation>
    </message>
    <message>
        <source>Choose from your own people and numbers for: %1</source>
        <translation>Dewis o’ch pobl a’ch rhifau eich hun ar gyfer: %1</translation>
    </message>
    <message>
        <source>Move the chosen item up</source>
        <translation>Symud yr eitem a ddewiswyd i fyny</translation>
    </message>
    <message>
        <source>Move the chosen item down</source>
        <translation>Symud yr eitem a ddewiswyd i lawr</translation>
    </message>
    <message>
        <source>Remove the chosen item</source>
        <translation>Tynnu’r eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>Moved to place %1 of %2</source>
        <translation>Wedi’i symud i le %1 o %2</translation>
    </message>
    <message>
        <source>Removed from the list.</source>
        <translation>Wedi’i dynnu o’r rhestr.</translation>
    </message>
    <message>
        <source>Space ticks a step off; Alt+Up and Alt+Down change the order; Delete removes it</source>
        <translation>Mae Bylchwr yn ticio cam; mae Alt+Up ac Alt+Down yn newid y drefn; mae Delete yn ei dynnu</translation>
    </message>
    <message>
        <source>No steps yet. What's one small thing you could do first?</source>
        <translation>Dim camau eto. Beth yw un peth bach y gallech ei wneud yn gyntaf?</translation>
    </message>
    <message>
        <source>Tick off</source>
        <translation>Ticio</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Cam newydd</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>Cam bach nesaf</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Due date of the new step</source>
        <translation>Dyddiad targed y cam newydd</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ychwanegu cam</translation>
    </message>
    <message>
        <source>Add the new step</source>
        <translation>Ychwanegu’r cam newydd</translation>
    </message>
    <message>
        <source>New ste&amp;p</source>
        <translation>Cam ne&amp;wydd</translation>
    </message>
    <message>
        <source>Step added</source>
        <translation>Cam wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>Step moved to place %1</source>
        <translation>Cam wedi’i symud i le %1</translation>
    </message>
    <message>
        <source>Step ticked off</source>
        <translation>Cam wedi’i dicio</translation>
    </message>
    <message>
        <source>Step not done yet</source>
        <translation>Cam heb ei wneud eto</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Heb ei wneud eto</translation>
    </message>
    <message>
        <source>Mark the selected step as not done yet</source>
        <translation>Nodi’r cam a ddewiswyd fel un heb ei wneud eto</translation>
    </message>
    <message>
        <source>Tick off the selected step</source>
        <translation>Ticio’r cam a ddewiswyd</translation>
    </message>
    <message>
        <source> — by %1</source>
        <translation> — erbyn %1</translation>
    </message>
    <message>
        <source> — done</source>
        <translation> — wedi’i wneud</translation>
    </message>
    <message>
        <source>Add a strength</source>
        <translation>Ychwanegu cryfder</translation>
    </message>
    <message>
        <source>Change a strength</source>
        <translation>Newid cryfder</translation>
    </message>
    <message>
        <source>Name of the strength</source>
        <translation>Enw’r cryfder</translation>
    </message>
    <message>
        <source>For example: patience, cooking, my sister, the park</source>
        <translation>Er enghraifft: amynedd, coginio, fy chwaer, y parc</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>What it is, or how it helps you (optional)</source>
        <translation>Beth yw e, neu sut mae’n eich helpu (dewisol)</translation>
    </message>
    <message>
        <source>Kind of strength</source>
        <translation>Math o gryfder</translation>
    </message>
    <message>
        <source>No particular area</source>
        <translation>Dim maes penodol</translation>
    </message>
    <message>
        <source>Save strength</source>
        <translation>Cadw’r cryfder</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Disgrifiad</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>Please give the strength a name.</source>
        <translation>Rhowch enw i’r cryfder, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Personal quality</source>
        <translation>Rhinwedd bersonol</translation>
    </message>
    <message>
        <source>the last 30 days</source>
        <translation>y 30 diwrnod diwethaf</translation>
    </message>
    <message>
        <source>the last 3 months</source>
        <translation>y 3 mis diwethaf</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>y flwyddyn ddiwethaf</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>yr holl amser</translation>
    </message>
    <message>
        <source>The qualities, skills, people, places and resources that help you, and the days they did.</source>
        <translation>Y rhinweddau, y sgiliau, y bobl, y lleoedd a’r adnoddau sy’n eich helpu, a’r dyddiau y gwnaethant.</translation>
    </message>
    <message>
        <source>Count uses in</source>
        <translation>Cyfrif defnydd yn</translation>
    </message>
    <message>
        <source>Count uses &amp;in</source>
        <translation>Cyfrif defnydd &amp;yn</translation>
    </message>
    <message>
        <source>Order strengths by</source>
        <translation>Trefnu cryfderau yn ôl</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Y mwyaf o ddefnydd</translation>
    </message>
    <message>
        <source>&amp;Order by</source>
        <translation>T&amp;refn</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Dangos y rhai wedi’u &amp;harchifo</translation>
    </message>
    <message>
        <source>Show archived strengths</source>
        <translation>Dangos cryfderau wedi’u harchifo</translation>
    </message>
    <message>
        <source>Your strengths</source>
        <translation>Eich cryfderau</translation>
    </message>
    <message>
        <source>What helps you get through a day? Add a strength, or pick from a few ideas.</source>
        <translation>Beth sy’n eich helpu drwy’r dydd? Ychwanegwch gryfder, neu dewiswch o blith ychydig o syniadau.</translation>
    </message>
    <message>
        <source>Enter changes the selected strength; Delete deletes it (Ctrl+Z brings it back)</source>
        <translation>Mae Enter yn newid y cryfder a ddewiswyd; mae Delete yn ei ddileu (mae Ctrl+Z yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change the selected strength</source>
        <translation>Newid y cryfder a ddewiswyd</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archifo</translation>
    </message>
    <message>
        <source>Archive the selected strength</source>
        <translation>Archifo’r cryfder a ddewiswyd</translation>
    </message>
    <message>
        <source>Hidden from lists; its history stays</source>
        <translation>Wedi’i guddio o restrau; mae ei hanes yn aros</translation>
    </message>
    <message>
        <source>Delete the selected strength</source>
        <translation>Dileu’r cryfder a ddewiswyd</translation>
    </message>
    <message>
        <source>Pick from ideas</source>
        <translation>Dewis o syniadau</translation>
    </message>
    <message>
        <source>Pick strengths from a list of ideas</source>
        <translation>Dewis cryfderau o restr o syniadau</translation>
    </message>
    <message>
        <source>Log a use</source>
        <translation>Nodi defnydd</translation>
    </message>
    <message>
        <source>Once you have a strength, you can note here the days it helped.</source>
        <translation>Pan fydd gennych gryfder, gallwch nodi yma’r dyddiau y bu’n help.</translation>
    </message>
    <message>
        <source>Uses of your strengths</source>
        <translation>Defnydd o’ch cryfderau</translation>
    </message>
    <message>
        <source>Enter changes the selected use; Delete deletes it (Ctrl+Z brings it back)</source>
        <translation>Mae Enter yn newid y defnydd a ddewiswyd; mae Delete yn ei ddileu (mae Ctrl+Z yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <source>Change the selected use</source>
        <translation>Newid y defnydd a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete the selected use</source>
        <translation>Dileu’r defnydd a ddewiswyd</translation>
    </message>
    <message>
        <source>Uses in %1 (%2)</source>
        <translation>Defnydd yn %1 (%2)</translation>
    </message>
    <message>
        <source>No uses noted in %1. When a strength helps you, you can note it above.</source>
        <translation>Dim defnydd wedi’i nodi yn %1. Pan fydd cryfder yn eich helpu, gallwch ei nodi uchod.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Dod yn ôl</translation>
    </message>
    <message>
        <source>Bring back the selected strength</source>
        <translation>Dod â’r cryfder a ddewiswyd yn ôl</translation>
    </message>
    <message>
        <source>Back among your strengths</source>
        <translation>Yn ôl ymhlith eich cryfderau</translation>
    </message>
    <message>
        <source>Archived. Its history stays; Show archived brings it back into view.</source>
        <translation>Wedi’i archifo. Mae ei hanes yn aros; mae Dangos y rhai wedi’u harchifo yn dod ag ef yn ôl i’r golwg.</translation>
    </message>
    <message>
        <source>Changing a logged use</source>
        <translation>Newid defnydd a nodwyd</translation>
    </message>
    <message>
        <source>You had started on a strength before the journal locked; it is kept. Add a strength (or Change) carries on with it.</source>
        <translation>Roeddech chi wedi dechrau ar gryfder cyn i’r dyddlyfr gloi; mae wedi’i gadw. Mae Ychwanegu cryfder (neu Newid) yn parhau ag ef.</translation>
    </message>
    <message>
        <source>Strength deleted. Ctrl+Z brings it back.</source>
        <translation>Cryfder wedi’i ddileu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Strength brought back</source>
        <translation>Cryfder wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That strength can no longer be brought back.</source>
        <translation>Does dim modd dod â’r cryfder hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Use deleted. Ctrl+Z brings it back.</source>
        <translation>Defnydd wedi’i ddileu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Use brought back</source>
        <translation>Defnydd wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That use can no longer be brought back.</source>
        <translation>Does dim modd dod â’r defnydd hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Edit a support</source>
        <translation>Golygu cymorth</translation>
    </message>
    <message>
        <source>Add a support</source>
        <translation>Ychwanegu cymorth</translation>
    </message>
    <message>
        <source>What kind of support</source>
        <translation>Pa fath o gymorth</translation>
    </message>
    <message>
        <source>Your own word for it</source>
        <translation>Eich gair eich hun amdano</translation>
    </message>
    <message>
        <source>For example: gardening, yoga</source>
        <translation>Er enghraifft: garddio, ioga</translation>
    </message>
    <message>
        <source>Dose, in your words</source>
        <translation>Dos, yn eich geiriau chi</translation>
    </message>
    <message>
        <source>How often, in your words</source>
        <translation>Pa mor aml, yn eich geiriau chi</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>I started on</source>
        <translation>Dechreuais ar</translation>
    </message>
    <message>
        <source>Note the day I started</source>
        <translation>Nodi’r diwrnod y dechreuais</translation>
    </message>
    <message>
        <source>Day started</source>
        <translation>Diwrnod dechrau</translation>
    </message>
    <message>
        <source>Your word</source>
        <translation>Eich gair</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <source>Please give it a name.</source>
        <translation>Rhowch enw iddo.</translation>
    </message>
    <message>
        <source>Support set aside. Ctrl+Z brings it back.</source>
        <translation>Cymorth wedi’i roi o’r neilltu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Support brought back</source>
        <translation>Cymorth wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That support can no longer be brought back.</source>
        <translation>Does dim modd dod â’r cymorth hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Change set aside. Ctrl+Z brings it back.</source>
        <translation>Newid wedi’i roi o’r neilltu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Change brought back</source>
        <translation>Newid wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That change can no longer be brought back.</source>
        <translation>Does dim modd dod â’r newid hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>A log you keep of what supports your recovery — medicines, talking therapies, groups, or anything else you name — and how each has changed over time. It is yours: nothing here is checked or judged, and you decide what goes in. Changes can show on your charts in Insights.</source>
        <translation>Cofnod rydych chi’n ei gadw o’r hyn sy’n cefnogi eich adferiad — meddyginiaethau, therapïau siarad, grwpiau, neu unrhyw beth arall rydych chi’n ei enwi — a sut mae pob un wedi newid dros amser. Eich un chi yw e: does dim yma’n cael ei wirio na’i farnu, a chi sy’n penderfynu beth sy’n mynd i mewn. Gall newidiadau ymddangos ar eich siartiau yn Patrymau.</translation>
    </message>
    <message>
        <source>Find in my supports</source>
        <translation>Chwilio yn fy nghymorth</translation>
    </message>
    <message>
        <source>Find in names and notes</source>
        <translation>Chwilio mewn enwau a nodiadau</translation>
    </message>
    <message>
        <source>My supports</source>
        <translation>Fy nghymorth</translation>
    </message>
    <message>
        <source>Nothing here yet. Add a support when you like: a medicine, a therapy, a group, a place or a person that helps.</source>
        <translation>Dim byd yma eto. Ychwanegwch gymorth pan fynnwch: meddyginiaeth, therapi, grŵp, lle neu berson sy’n helpu.</translation>
    </message>
    <message>
        <source>Changes over time</source>
        <translation>Newidiadau dros amser</translation>
    </message>
    <message>
        <source>Set this change aside</source>
        <translation>Rhoi’r newid hwn o’r neilltu</translation>
    </message>
    <message>
        <source>Set the chosen change aside (a change recorded by mistake)</source>
        <translation>Rhoi’r newid a ddewiswyd o’r neilltu (newid a nodwyd drwy gamgymeriad)</translation>
    </message>
    <message>
        <source>Add a support…</source>
        <translation>Ychwanegu cymorth…</translation>
    </message>
    <message>
        <source>Record a change…</source>
        <translation>Nodi newid…</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Rhoi o’r neilltu</translation>
    </message>
    <message>
        <source>Edit this support</source>
        <translation>Golygu’r cymorth hwn</translation>
    </message>
    <message>
        <source>Record a change in this support</source>
        <translation>Nodi newid yn y cymorth hwn</translation>
    </message>
    <message>
        <source>Set this support aside</source>
        <translation>Rhoi’r cymorth hwn o’r neilltu</translation>
    </message>
    <message>
        <source>Nothing in your supports matches that.</source>
        <translation>Does dim yn eich cymorth yn cyfateb i hynny.</translation>
    </message>
    <message>
        <source>Changes over time: %1</source>
        <translation>Newidiadau dros amser: %1</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Dim newidiadau wedi’u nodi eto.</translation>
    </message>
    <message>
        <source>Support added</source>
        <translation>Cymorth wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>Support saved</source>
        <translation>Cymorth wedi’i gadw</translation>
    </message>
    <message>
        <source>Change recorded</source>
        <translation>Newid wedi’i nodi</translation>
    </message>
    <message>
        <source>Set aside a support</source>
        <translation>Rhoi cymorth o’r neilltu</translation>
    </message>
    <message>
        <source>Set aside a change in a support</source>
        <translation>Rhoi newid mewn cymorth o’r neilltu</translation>
    </message>
    <message>
        <source>Add a tag, then Enter</source>
        <translation>Ychwanegwch dag, yna Enter</translation>
    </message>
    <message>
        <source>Activities, people or places. Enter or a comma adds the tag; Backspace in the empty field removes the last one; Left reaches the tags.</source>
        <translation>Gweithgareddau, pobl neu lefydd. Mae Enter neu goma yn ychwanegu’r tag; mae Backspace yn y maes gwag yn tynnu’r un olaf; mae’r saeth chwith yn cyrraedd y tagiau.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>No tags yet. They appear here once you add one to a check-in.</source>
        <translation>Dim tagiau eto. Maen nhw’n ymddangos yma unwaith y byddwch yn ychwanegu un at gofnod.</translation>
    </message>
    <message>
        <source>Kind of tag</source>
        <translation>Math o dag</translation>
    </message>
    <message>
        <source>Life area of the tag</source>
        <translation>Maes bywyd y tag</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>Sut ydych chi ar hyn o bryd?</translation>
    </message>
    <message>
        <source>Everything here is optional. Save what you like, or skip.</source>
        <translation>Mae popeth yma’n ddewisol. Cadwch beth a fynnwch, neu hepgorwch.</translation>
    </message>
    <message>
        <source>Anything you'd like to remember about now</source>
        <translation>Unrhyw beth yr hoffech ei gofio am nawr</translation>
    </message>
    <message>
        <source>Date and time of this check-in</source>
        <translation>Dyddiad ac amser y cofnod hwn</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>Gosod yr amser i nawr</translation>
    </message>
    <message>
        <source>Check-in saved</source>
        <translation>Cofnod wedi’i gadw</translation>
    </message>
    <message>
        <source>That check-in is no longer here.</source>
        <translation>Dydy’r cofnod hwnnw ddim yma mwyach.</translation>
    </message>
    <message>
        <source>Left unchanged</source>
        <translation>Heb ei newid</translation>
    </message>
    <message>
        <source>Skipped. Nothing was saved.</source>
        <translation>Wedi’i hepgor. Chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>Editing %1</source>
        <translation>Yn golygu %1</translation>
    </message>
    <message>
        <source>Check-in deleted. Ctrl+Z brings it back.</source>
        <translation>Cofnod wedi’i ddileu. Mae Ctrl+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Check-in restored</source>
        <translation>Cofnod wedi dod yn ôl</translation>
    </message>
    <message>
        <source>That check-in can no longer be brought back.</source>
        <translation>Does dim modd dod â’r cofnod hwnnw’n ôl bellach.</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Dileu’r cofnod</translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation>Mae eich dyddlyfr wedi’i gloi</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wrthi’n datgloi…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation>Datgloi’r dyddlyfr</translation>
    </message>
    <message>
        <source>Open a different journal…</source>
        <translation>Agor dyddlyfr gwahanol…</translation>
    </message>
    <message>
        <source>Open a different journal file</source>
        <translation>Agor ffeil dyddlyfr wahanol</translation>
    </message>
    <message>
        <source>Create a new journal…</source>
        <translation>Creu dyddlyfr newydd…</translation>
    </message>
    <message>
        <source>Create a new journal</source>
        <translation>Creu dyddlyfr newydd</translation>
    </message>
    <message>
        <source>Journal file: %s</source>
        <translation>Ffeil y dyddlyfr: %s</translation>
    </message>
    <message>
        <source>Something unexpected got in the way of opening the journal. Nothing was changed. Please try again.</source>
        <translation>Daeth rhywbeth annisgwyl yn y ffordd wrth agor y dyddlyfr. Chafodd dim ei newid. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Which strength</source>
        <translation>Pa gryfder</translation>
    </message>
    <message>
        <source>Day you used it</source>
        <translation>Y diwrnod y gwnaethoch ei ddefnyddio</translation>
    </message>
    <message>
        <source>Note about this use</source>
        <translation>Nodyn am y defnydd hwn</translation>
    </message>
    <message>
        <source>What you did, or how it helped (optional)</source>
        <translation>Beth wnaethoch chi, neu sut y helpodd (dewisol)</translation>
    </message>
    <message>
        <source>Save use</source>
        <translation>Cadw’r defnydd</translation>
    </message>
    <message>
        <source>Save this use</source>
        <translation>Cadw’r defnydd hwn</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;Cryfder</translation>
    </message>
    <message>
        <source>D&amp;ay</source>
        <translation>&amp;Diwrnod</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Tagiau</translation>
    </message>
    <message>
        <source>Changing the use of %1. Save keeps the changes; Cancel leaves it as it was.</source>
        <translation>Yn newid y defnydd o %1. Mae Cadw yn cadw’r newidiadau; mae Canslo yn ei adael fel yr oedd.</translation>
    </message>
    <message>
        <source>Please choose a strength first.</source>
        <translation>Dewiswch gryfder yn gyntaf.</translation>
    </message>
    <message>
        <source>Use logged</source>
        <translation>Defnydd wedi’i nodi</translation>
    </message>
    <message>
        <source>That is no longer here; it may have been deleted.</source>
        <translation>Dydy hwnnw ddim yma mwyach; efallai ei fod wedi’i ddileu.</translation>
    </message>
    <message>
        <source>Your journal locked itself when the screen locked or the computer went to sleep. Anything you were typing was kept safely and will be back when you unlock.</source>
        <translation>Cafodd eich dyddlyfr ei gloi pan gafodd y sgrin ei chloi neu pan aeth y cyfrifiadur i gysgu. Cafodd unrhyw beth roeddech chi’n ei deipio ei gadw’n ddiogel a bydd yn ôl pan fyddwch yn datgloi.</translation>
    </message>
    <message>
        <source>Your journal locked itself when its window was minimised. Anything you were typing was kept safely and will be back when you unlock.</source>
        <translation>Cafodd eich dyddlyfr ei gloi pan gafodd ei ffenestr ei lleihau. Cafodd unrhyw beth roeddech chi’n ei deipio ei gadw’n ddiogel a bydd yn ôl pan fyddwch yn datgloi.</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Recovery Journal</source>
        <translation>Croeso i Recovery Journal</translation>
    </message>
    <message>
        <source>A private place to notice how you are doing, the strengths you use and the goals you choose, at your own pace. Nothing here is required.</source>
        <translation>Lle preifat i sylwi sut rydych chi, y cryfderau rydych chi’n eu defnyddio a’r nodau rydych chi’n eu dewis, ar eich cyflymder eich hun. Does dim byd yma’n orfodol.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in one encrypted file. Nothing is sent anywhere.</source>
        <translation>Mae popeth yn aros ar y cyfrifiadur hwn, mewn un ffeil wedi’i hamgryptio. Does dim yn cael ei anfon i unman.</translation>
    </message>
    <message>
        <source>Your journal is locked with a passphrase that only you know. If it is forgotten, nobody can recover it, so please keep it somewhere safe.</source>
        <translation>Mae eich dyddlyfr wedi’i gloi gyda chyfrinymadrodd rydych chi’n unig yn ei wybod. Os caiff ei anghofio, all neb ei adfer, felly cadwch ef rywle diogel.</translation>
    </message>
    <message>
        <source>Open an existing journal file…</source>
        <translation>Agor ffeil dyddlyfr sy’n bodoli…</translation>
    </message>
    <message>
        <source>Open an existing journal file</source>
        <translation>Agor ffeil dyddlyfr sy’n bodoli</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>isel iawn</translation>
    </message>
    <message>
        <source>low</source>
        <translation>isel</translation>
    </message>
    <message>
        <source>a bit low</source>
        <translation>braidd yn isel</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>iawn</translation>
    </message>
    <message>
        <source>good</source>
        <translation>da</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>da iawn</translation>
    </message>
    <message>
        <source>fairly low</source>
        <translation>eithaf isel</translation>
    </message>
    <message>
        <source>in the middle</source>
        <translation>yn y canol</translation>
    </message>
    <message>
        <source>fairly high</source>
        <translation>eithaf uchel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>uchel</translation>
    </message>
    <message>
        <source>h</source>
        <translation>awr</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mun</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>Your words in “%1” as numbers from %2 to %3</source>
        <translation>Eich geiriau yn “%1” fel rhifau o %2 i %3</translation>
    </message>
    <message>
        <source>Number for “%1”</source>
        <translation>Rhif ar gyfer “%1”</translation>
    </message>
    <message>
        <source>Show in lists and suggestions</source>
        <translation>Dangos mewn rhestrau ac awgrymiadau</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This period (%1)</source>
        <translation>Y cyfnod hwn (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %n day(s) before (%1)</source>
        <translation>
            <numerusform>Y %n diwrnod cyn hynny (%1)</numerusform>
            <numerusform>Y %n diwrnod cyn hynny (%1)</numerusform>
            <numerusform>Y %n diwrnod cyn hynny (%1)</numerusform>
            <numerusform>Y %n diwrnod cyn hynny (%1)</numerusform>
            <numerusform>Y %n diwrnod cyn hynny (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n diwrnod)</numerusform>
            <numerusform>%1 (%n diwrnod)</numerusform>
            <numerusform>%1 (%n diwrnod)</numerusform>
            <numerusform>%1 (%n diwrnod)</numerusform>
            <numerusform>%1 (%n diwrnod)</numerusform>
        </translation>
    </message>
    <message>
        <source>No tag was used on %1 or more days with a check-in in this period yet.</source>
        <translation>Does dim tag wedi’i ddefnyddio ar %1 neu fwy o ddiwrnodau gyda chofnod yn y cyfnod hwn eto.</translation>
    </message>
    <message>
        <source>%1 of %2 tags are shown; the table has all of them.</source>
        <translation>Dangosir %1 o %2 tag; mae’r tabl yn eu cynnwys i gyd.</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, o %2 i %3</translation>
    </message>
    <message>
        <source>No check-ins with a %1 value in this year yet.</source>
        <translation>Dim cofnodion gyda gwerth %1 yn y flwyddyn hon eto.</translation>
    </message>
    <message>
        <source>Check-ins naming it (with average mood and hope there, from %1 on)</source>
        <translation>Cofnodion sy’n ei enwi (gyda’r cyfartaledd hwyliau a gobaith ynddynt, o %1 ymlaen)</translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation>hwyliau %1</translation>
    </message>
    <message>
        <source>hope %1</source>
        <translation>gobaith %1</translation>
    </message>
    <message>
        <source>%1 → %2%</source>
        <translation>%1 → %2%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1% ×%2</source>
        <translation>%1% ×%2</translation>
    </message>
    <message>
        <source>The %1 goals reviewed most recently; the table has all %2.</source>
        <translation>Y %1 nod a adolygwyd yn fwyaf diweddar; mae’r tabl yn cynnwys pob un o’r %2.</translation>
    </message>
    <message>
        <source>This life check (%1)</source>
        <translation>Y gwiriad bywyd hwn (%1)</translation>
    </message>
    <message>
        <source>Last time (%1)</source>
        <translation>Y tro diwethaf (%1)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 o %3</translation>
    </message>
    <message>
        <source>Average before: %1</source>
        <translation>Cyfartaledd cyn: %1</translation>
    </message>
    <message>
        <source>Average after: %1</source>
        <translation>Cyfartaledd ar ôl: %1</translation>
    </message>
    <message>
        <source>first %1, %2</source>
        <translation>%1 am y tro cyntaf, %2</translation>
    </message>
    <message numerus="yes">
        <source>Usual range over %n day(s)</source>
        <translation>
            <numerusform>Ystod arferol dros %n diwrnod</numerusform>
            <numerusform>Ystod arferol dros %n diwrnod</numerusform>
            <numerusform>Ystod arferol dros %n diwrnod</numerusform>
            <numerusform>Ystod arferol dros %n diwrnod</numerusform>
            <numerusform>Ystod arferol dros %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-day average</source>
        <translation>Cyfartaledd %1 diwrnod</translation>
    </message>
    <message>
        <source>No feelings named in a check-in %1 yet.</source>
        <translation>Dim teimladau wedi’u henwi mewn cofnod %1 eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) %1 named a feeling. Most often: %2.</source>
        <translation>
            <numerusform>Roedd %n cofnod %1 yn enwi teimlad. Amlaf: %2.</numerusform>
            <numerusform>Roedd %n cofnod %1 yn enwi teimlad. Amlaf: %2.</numerusform>
            <numerusform>Roedd %n cofnod %1 yn enwi teimlad. Amlaf: %2.</numerusform>
            <numerusform>Roedd %n cofnod %1 yn enwi teimlad. Amlaf: %2.</numerusform>
            <numerusform>Roedd %n cofnod %1 yn enwi teimlad. Amlaf: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>In check-ins naming %1, mood averaged %2, against %3 over the whole period.</source>
        <translation>Mewn cofnodion yn enwi %1, roedd hwyliau ar gyfartaledd yn %2, o’i gymharu â %3 dros y cyfnod cyfan.</translation>
    </message>
    <message>
        <source>In check-ins naming %1, mood averaged %2, against %3 over the whole period, and hope %4.</source>
        <translation>Mewn cofnodion yn enwi %1, roedd hwyliau ar gyfartaledd yn %2, o’i gymharu â %3 dros y cyfnod cyfan, a gobaith yn %4.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Rated for the first time: %1.</source>
        <translation>Wedi’u graddio am y tro cyntaf: %1.</translation>
    </message>
    <message>
        <source>Your first life check. Rated highest (%1 of %2): %3.</source>
        <translation>Eich gwiriad bywyd cyntaf. Y graddau uchaf (%1 o %2): %3.</translation>
    </message>
    <message>
        <source>Grown since last time: %1.</source>
        <translation>Wedi tyfu ers y tro diwethaf: %1.</translation>
    </message>
    <message>
        <source>Grown: %1.</source>
        <translation>Wedi tyfu: %1.</translation>
    </message>
    <message>
        <source>The same as last time: %1.</source>
        <translation>Yr un fath â’r tro diwethaf: %1.</translation>
    </message>
    <message>
        <source>The same: %1.</source>
        <translation>Yr un fath: %1.</translation>
    </message>
    <message>
        <source>Lower than last time: %1.</source>
        <translation>Is na’r tro diwethaf: %1.</translation>
    </message>
    <message>
        <source>Lower: %1.</source>
        <translation>Is: %1.</translation>
    </message>
    <message>
        <source>%1: your latest total is %2 of %3 (%4)</source>
        <translation>%1: eich cyfanswm diweddaraf yw %2 o %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1: answered %n time(s); each question is shown on its own.</source>
        <translation>
            <numerusform>%1: wedi’i ateb %n gwaith; mae pob cwestiwn yn cael ei ddangos ar wahân.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith; mae pob cwestiwn yn cael ei ddangos ar wahân.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith; mae pob cwestiwn yn cael ei ddangos ar wahân.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith; mae pob cwestiwn yn cael ei ddangos ar wahân.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith; mae pob cwestiwn yn cael ei ddangos ar wahân.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: answered %n time(s), each with a question left blank, so there is no total to show.</source>
        <translation>
            <numerusform>%1: wedi’i ateb %n gwaith, bob tro gyda chwestiwn yn wag, felly does dim cyfanswm i’w ddangos.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith, bob tro gyda chwestiwn yn wag, felly does dim cyfanswm i’w ddangos.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith, bob tro gyda chwestiwn yn wag, felly does dim cyfanswm i’w ddangos.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith, bob tro gyda chwestiwn yn wag, felly does dim cyfanswm i’w ddangos.</numerusform>
            <numerusform>%1: wedi’i ateb %n gwaith, bob tro gyda chwestiwn yn wag, felly does dim cyfanswm i’w ddangos.</numerusform>
        </translation>
    </message>
    <message>
        <source>, in the range published as %1</source>
        <translation>, yn yr ystod a gyhoeddwyd fel %1</translation>
    </message>
    <message>
        <source>; the same as on %1</source>
        <translation>; yr un fath ag ar %1</translation>
    </message>
    <message>
        <source>; %1 higher than on %2</source>
        <translation>; %1 yn uwch nag ar %2</translation>
    </message>
    <message>
        <source>; %1 lower than on %2</source>
        <translation>; %1 yn is nag ar %2</translation>
    </message>
    <message>
        <source>%1 times with a question left blank have no total.</source>
        <translation>Does dim cyfanswm ar gyfer y %1 gwaith gyda chwestiwn yn wag.</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>C%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message numerus="yes">
        <source>, down from %1 in the %n day(s) before</source>
        <translation>
            <numerusform>, i lawr o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i lawr o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i lawr o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i lawr o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i lawr o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mood averaged %1 %2%3; your hope averaged %4.</source>
        <translation>Roedd eich hwyliau ar gyfartaledd yn %1 %2%3; roedd eich gobaith ar gyfartaledd yn %4.</translation>
    </message>
    <message>
        <source>your %1 averaged %2</source>
        <translation>roedd eich %1 ar gyfartaledd yn %2</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n day(s) have a %3 value, averaging %4; grey squares are days without one.</source>
        <translation>
            <numerusform>%1, mae gan %2 o %n diwrnod werth %3, ar gyfartaledd %4; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>%1, mae gan %2 o %n diwrnod werth %3, ar gyfartaledd %4; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>%1, mae gan %2 o %n diwrnod werth %3, ar gyfartaledd %4; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>%1, mae gan %2 o %n diwrnod werth %3, ar gyfartaledd %4; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>%1, mae gan %2 o %n diwrnod werth %3, ar gyfartaledd %4; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on the %n day(s) without</source>
        <translation>
            <numerusform>%1 ar %n diwrnod hebddo</numerusform>
            <numerusform>%1 ar %n diwrnod hebddo</numerusform>
            <numerusform>%1 ar %n diwrnod hebddo</numerusform>
            <numerusform>%1 ar %n diwrnod hebddo</numerusform>
            <numerusform>%1 ar %n diwrnod hebddo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mood averaged %1 on the %n day(s) with %2 and %3; %4</source>
        <translation>
            <numerusform>Roedd eich hwyliau ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich hwyliau ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich hwyliau ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich hwyliau ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich hwyliau ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Your %1 %2; %3.</source>
        <translation>Eich %1: %2; %3.</translation>
    </message>
    <message>
        <source>The tag %1 hasn't been used yet, so there is nothing to compare.</source>
        <translation>Dydych chi ddim wedi defnyddio’r tag %1 eto, felly does dim i’w gymharu.</translation>
    </message>
    <message numerus="yes">
        <source>You noted using a strength %n time(s) %1, most often %2 (%3).</source>
        <translation>
            <numerusform>Nodoch chi eich bod wedi defnyddio cryfder %n gwaith %1, %2 amlaf (%3).</numerusform>
            <numerusform>Nodoch chi eich bod wedi defnyddio cryfder %n gwaith %1, %2 amlaf (%3).</numerusform>
            <numerusform>Nodoch chi eich bod wedi defnyddio cryfder %n gwaith %1, %2 amlaf (%3).</numerusform>
            <numerusform>Nodoch chi eich bod wedi defnyddio cryfder %n gwaith %1, %2 amlaf (%3).</numerusform>
            <numerusform>Nodoch chi eich bod wedi defnyddio cryfder %n gwaith %1, %2 amlaf (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>You marked %1 done and noted %2 %3.</source>
        <translation>Gwnaethoch chi %1 a nodi %2 %3.</translation>
    </message>
    <message>
        <source>%1 (%2 of the %3)</source>
        <translation>%1 (%2 o’r %3)</translation>
    </message>
    <message numerus="yes">
        <source>Most of your activity %1 was in %2; the %n day(s) before have nothing linked to a life area.</source>
        <translation>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2; does dim wedi’i gysylltu â maes bywyd yn y cyfnod o %n diwrnod cynt.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2; does dim wedi’i gysylltu â maes bywyd yn y cyfnod o %n diwrnod cynt.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2; does dim wedi’i gysylltu â maes bywyd yn y cyfnod o %n diwrnod cynt.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2; does dim wedi’i gysylltu â maes bywyd yn y cyfnod o %n diwrnod cynt.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2; does dim wedi’i gysylltu â maes bywyd yn y cyfnod o %n diwrnod cynt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the same as in the %n day(s) before</source>
        <translation>
            <numerusform>, yr un fath ag yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, yr un fath ag yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, yr un fath ag yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, yr un fath ag yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, yr un fath ag yn y cyfnod o %n diwrnod cynt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, up from %1 in the %n day(s) before</source>
        <translation>
            <numerusform>, i fyny o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i fyny o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i fyny o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i fyny o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
            <numerusform>, i fyny o %1 yn y cyfnod o %n diwrnod cynt</numerusform>
        </translation>
    </message>
    <message>
        <source>Your hope averaged %1 %2%3.</source>
        <translation>Roedd eich gobaith ar gyfartaledd yn %1 %2%3.</translation>
    </message>
    <message>
        <source>Your mood averaged %1 %2%3.</source>
        <translation>Roedd eich hwyliau ar gyfartaledd yn %1 %2%3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more measure(s) below)</source>
        <translation>
            <numerusform>%1 (a %n mesur arall isod)</numerusform>
            <numerusform>%1 (a %n mesur arall isod)</numerusform>
            <numerusform>%1 (a %n mesur arall isod)</numerusform>
            <numerusform>%1 (a %n mesur arall isod)</numerusform>
            <numerusform>%1 (a %n mesur arall isod)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) have a %2 value, averaging %3; grey squares are days without one.</source>
        <translation>
            <numerusform>Mae gan %1 o %n diwrnod werth %2, ar gyfartaledd %3; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>Mae gan %1 o %n diwrnod werth %2, ar gyfartaledd %3; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>Mae gan %1 o %n diwrnod werth %2, ar gyfartaledd %3; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>Mae gan %1 o %n diwrnod werth %2, ar gyfartaledd %3; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
            <numerusform>Mae gan %1 o %n diwrnod werth %2, ar gyfartaledd %3; diwrnodau heb un yw’r sgwariau llwyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tag was used on %1 or more days with a check-in in this period yet, so there is nothing to compare.</source>
        <translation>Does dim tag wedi’i ddefnyddio ar %1 diwrnod neu fwy gyda chofnod yn y cyfnod hwn eto, felly does dim i’w gymharu.</translation>
    </message>
    <message numerus="yes">
        <source>Your hope averaged %1 on the %n day(s) with %2 and %3; %4</source>
        <translation>
            <numerusform>Roedd eich gobaith ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich gobaith ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich gobaith ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich gobaith ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
            <numerusform>Roedd eich gobaith ar gyfartaledd yn %1 ar %n diwrnod gyda %2 a %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>you first used %1 (%2)</source>
        <translation>y tro cyntaf i chi ddefnyddio %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>No check-ins with a %1 value yet in the %n day(s) either side of %2.</source>
        <translation>
            <numerusform>Dim cofnodion gyda gwerth %1 eto yn y cyfnod o %n diwrnod bob ochr i %2.</numerusform>
            <numerusform>Dim cofnodion gyda gwerth %1 eto yn y cyfnod o %n diwrnod bob ochr i %2.</numerusform>
            <numerusform>Dim cofnodion gyda gwerth %1 eto yn y cyfnod o %n diwrnod bob ochr i %2.</numerusform>
            <numerusform>Dim cofnodion gyda gwerth %1 eto yn y cyfnod o %n diwrnod bob ochr i %2.</numerusform>
            <numerusform>Dim cofnodion gyda gwerth %1 eto yn y cyfnod o %n diwrnod bob ochr i %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>averaged %1 in the %n day(s) before %2 (%3 with a check-in)</source>
        <translation>
            <numerusform>cyfartaledd o %1 yn y cyfnod o %n diwrnod cyn %2 (%3 gyda chofnod)</numerusform>
            <numerusform>cyfartaledd o %1 yn y cyfnod o %n diwrnod cyn %2 (%3 gyda chofnod)</numerusform>
            <numerusform>cyfartaledd o %1 yn y cyfnod o %n diwrnod cyn %2 (%3 gyda chofnod)</numerusform>
            <numerusform>cyfartaledd o %1 yn y cyfnod o %n diwrnod cyn %2 (%3 gyda chofnod)</numerusform>
            <numerusform>cyfartaledd o %1 yn y cyfnod o %n diwrnod cyn %2 (%3 gyda chofnod)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>had no check-ins in the %n day(s) before %1</source>
        <translation>
            <numerusform>dim cofnodion yn y cyfnod o %n diwrnod cyn %1</numerusform>
            <numerusform>dim cofnodion yn y cyfnod o %n diwrnod cyn %1</numerusform>
            <numerusform>dim cofnodion yn y cyfnod o %n diwrnod cyn %1</numerusform>
            <numerusform>dim cofnodion yn y cyfnod o %n diwrnod cyn %1</numerusform>
            <numerusform>dim cofnodion yn y cyfnod o %n diwrnod cyn %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the %n day(s) from then on (%2 with a check-in)</source>
        <translation>
            <numerusform>%1 yn y cyfnod o %n diwrnod o hynny ymlaen (%2 gyda chofnod)</numerusform>
            <numerusform>%1 yn y cyfnod o %n diwrnod o hynny ymlaen (%2 gyda chofnod)</numerusform>
            <numerusform>%1 yn y cyfnod o %n diwrnod o hynny ymlaen (%2 gyda chofnod)</numerusform>
            <numerusform>%1 yn y cyfnod o %n diwrnod o hynny ymlaen (%2 gyda chofnod)</numerusform>
            <numerusform>%1 yn y cyfnod o %n diwrnod o hynny ymlaen (%2 gyda chofnod)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there are no check-ins yet in the %n day(s) from then on</source>
        <translation>
            <numerusform>dim cofnodion eto yn y cyfnod o %n diwrnod o hynny ymlaen</numerusform>
            <numerusform>dim cofnodion eto yn y cyfnod o %n diwrnod o hynny ymlaen</numerusform>
            <numerusform>dim cofnodion eto yn y cyfnod o %n diwrnod o hynny ymlaen</numerusform>
            <numerusform>dim cofnodion eto yn y cyfnod o %n diwrnod o hynny ymlaen</numerusform>
            <numerusform>dim cofnodion eto yn y cyfnod o %n diwrnod o hynny ymlaen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your %1 %2 and %3.</source>
        <translation>Eich %1: %2 a %3.</translation>
    </message>
    <message numerus="yes">
        <source>You marked %n goal step(s) done %1.</source>
        <translation>
            <numerusform>Gwnaethoch chi %n cam nod %1.</numerusform>
            <numerusform>Gwnaethoch chi %n cam nod %1.</numerusform>
            <numerusform>Gwnaethoch chi %n cam nod %1.</numerusform>
            <numerusform>Gwnaethoch chi %n cam nod %1.</numerusform>
            <numerusform>Gwnaethoch chi %n cam nod %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You noted %n goal review(s) %1; no steps were marked done in this time.</source>
        <translation>
            <numerusform>Nodoch chi %n adolygiad nod %1; chafodd dim camau eu gwneud yn yr amser hwn.</numerusform>
            <numerusform>Nodoch chi %n adolygiad nod %1; chafodd dim camau eu gwneud yn yr amser hwn.</numerusform>
            <numerusform>Nodoch chi %n adolygiad nod %1; chafodd dim camau eu gwneud yn yr amser hwn.</numerusform>
            <numerusform>Nodoch chi %n adolygiad nod %1; chafodd dim camau eu gwneud yn yr amser hwn.</numerusform>
            <numerusform>Nodoch chi %n adolygiad nod %1; chafodd dim camau eu gwneud yn yr amser hwn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal step(s)</source>
        <translation>
            <numerusform>%n cam nod</numerusform>
            <numerusform>%n cam nod</numerusform>
            <numerusform>%n cam nod</numerusform>
            <numerusform>%n cam nod</numerusform>
            <numerusform>%n cam nod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal review(s)</source>
        <translation>
            <numerusform>%n adolygiad nod</numerusform>
            <numerusform>%n adolygiad nod</numerusform>
            <numerusform>%n adolygiad nod</numerusform>
            <numerusform>%n adolygiad nod</numerusform>
            <numerusform>%n adolygiad nod</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of the %3 things you linked to a life area)</source>
        <translation>%1 (%2 o’r %3 peth a gysylltwyd gennych â maes bywyd)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing linked to a life area in this period yet; in the %n day(s) before, most was in %1.</source>
        <translation>
            <numerusform>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn eto; yn y cyfnod o %n diwrnod cynt, roedd y rhan fwyaf yn %1.</numerusform>
            <numerusform>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn eto; yn y cyfnod o %n diwrnod cynt, roedd y rhan fwyaf yn %1.</numerusform>
            <numerusform>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn eto; yn y cyfnod o %n diwrnod cynt, roedd y rhan fwyaf yn %1.</numerusform>
            <numerusform>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn eto; yn y cyfnod o %n diwrnod cynt, roedd y rhan fwyaf yn %1.</numerusform>
            <numerusform>Dim byd wedi’i gysylltu â maes bywyd yn y cyfnod hwn eto; yn y cyfnod o %n diwrnod cynt, roedd y rhan fwyaf yn %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most of your activity %1 was in %2, and in the %n day(s) before in %3.</source>
        <translation>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2, ac yn y cyfnod o %n diwrnod cynt yn %3.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2, ac yn y cyfnod o %n diwrnod cynt yn %3.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2, ac yn y cyfnod o %n diwrnod cynt yn %3.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2, ac yn y cyfnod o %n diwrnod cynt yn %3.</numerusform>
            <numerusform>Roedd y rhan fwyaf o’ch gweithgarwch %1 yn %2, ac yn y cyfnod o %n diwrnod cynt yn %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Dechrau %1</translation>
    </message>
    <message>
        <source>Changes in your supports: %1.</source>
        <translation>Newidiadau yn eich cymorth: %1.</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>Oedi %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>Started again %1</source>
        <translation>Ailddechrau %1</translation>
    </message>
    <message>
        <source>Let go of %1</source>
        <translation>Gollwng gafael ar %1</translation>
    </message>
    <message>
        <source>Noted effects of %1</source>
        <translation>Nodi effeithiau %1</translation>
    </message>
    <message>
        <source>Before: %1 to %2</source>
        <translation>Cyn: %1 i %2</translation>
    </message>
    <message>
        <source>After: %1 to %2</source>
        <translation>Ar ôl: %1 i %2</translation>
    </message>
    <message>
        <source>This period: %1 to %2</source>
        <translation>Y cyfnod hwn: %1 i %2</translation>
    </message>
    <message>
        <source>%1 average</source>
        <translation>%1 (cyfartaledd)</translation>
    </message>
    <message>
        <source>%1: %2-day average</source>
        <translation>%1: cyfartaledd %2 diwrnod</translation>
    </message>
    <message>
        <source>%1: lowest–highest that day</source>
        <translation>%1: isaf–uchaf y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>%1 of 7 (%2)</source>
        <translation>%1 o 7 (%2)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>o %1 i %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>ar %1</translation>
    </message>
    <message>
        <source>Row %1: skipped, the same as row %2</source>
        <translation>Rhes %1: wedi’i hepgor, yr un fath â rhes %2</translation>
    </message>
    <message>
        <source>%1 (no number)</source>
        <translation>%1 (dim rhif)</translation>
    </message>
    <message>
        <source>Row %1, column "%2": %3</source>
        <translation>Rhes %1, colofn “%2”: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rhes %1: %2</translation>
    </message>
    <message>
        <source>column "%1": %2</source>
        <translation>Colofn “%1”: %2</translation>
    </message>
    <message>
        <source>A row: skipped, the same as row %1</source>
        <translation>Rhes: wedi’i hepgor, yr un fath â rhes %1</translation>
    </message>
    <message>
        <source>Row %1: skipped, it holds nothing to import</source>
        <translation>Rhes %1: wedi’i hepgor, does dim ynddi i’w fewnforio</translation>
    </message>
    <message>
        <source>My crisis card</source>
        <translation>Fy ngherdyn argyfwng</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Gwnaed ar %1.</translation>
    </message>
    <message>
        <source>Helplines (%1)</source>
        <translation>Llinellau cymorth (%1)</translation>
    </message>
    <message>
        <source>What keeps me going</source>
        <translation>Beth sy’n fy nghadw i fynd</translation>
    </message>
    <message>
        <source>My own numbers</source>
        <translation>Fy rhifau fy hun</translation>
    </message>
    <message>
        <source>Help in %1</source>
        <translation>Help ar gyfer %1</translation>
    </message>
    <message>
        <source>In an emergency call %1.</source>
        <translation>Mewn argyfwng, ffoniwch %1.</translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation>Fy nghynllun argyfwng</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Llinellau cymorth</translation>
    </message>
    <message>
        <source>In an emergency call your local emergency number.</source>
        <translation>Mewn argyfwng, ffoniwch eich rhif argyfwng lleol.</translation>
    </message>
    <message>
        <source>%1 (average)</source>
        <translation>%1 (cyfartaledd)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in this period.</source>
        <translation>
            <numerusform>%n cofnod dyddlyfr yn y cyfnod hwn.</numerusform>
            <numerusform>%n cofnod dyddlyfr yn y cyfnod hwn.</numerusform>
            <numerusform>%n cofnod dyddlyfr yn y cyfnod hwn.</numerusform>
            <numerusform>%n cofnod dyddlyfr yn y cyfnod hwn.</numerusform>
            <numerusform>%n cofnod dyddlyfr yn y cyfnod hwn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared by me on %1</source>
        <translation>Rhannwyd gennyf ar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people I chose to list.</source>
        <translation>
            <numerusform>%n person y dewisais eu rhestru.</numerusform>
            <numerusform>%n person y dewisais eu rhestru.</numerusform>
            <numerusform>%n person y dewisais eu rhestru.</numerusform>
            <numerusform>%n person y dewisais eu rhestru.</numerusform>
            <numerusform>%n person y dewisais eu rhestru.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) on %1 of %2.</source>
        <translation>
            <numerusform>%n cofnod ar %1 o %2.</numerusform>
            <numerusform>%n cofnod ar %1 o %2.</numerusform>
            <numerusform>%n cofnod ar %1 o %2.</numerusform>
            <numerusform>%n cofnod ar %1 o %2.</numerusform>
            <numerusform>%n cofnod ar %1 o %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Helps with: %1</source>
        <translation>Yn helpu gyda: %1</translation>
    </message>
    <message>
        <source>Involved at: %1</source>
        <translation>Yn rhan o: %1</translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>Camau: %1 o %2 wedi’u gwneud</translation>
    </message>
    <message>
        <source>Last review: %1% on %2</source>
        <translation>Adolygiad diwethaf: %1% ar %2</translation>
    </message>
    <message>
        <source>Hoping for: %1</source>
        <translation>Gobeithio erbyn: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Ffôn: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-bost: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · used %n time(s) in this period</source>
        <translation>
            <numerusform>%1 · wedi’i ddefnyddio %n gwaith yn y cyfnod hwn</numerusform>
            <numerusform>%1 · wedi’i ddefnyddio %n gwaith yn y cyfnod hwn</numerusform>
            <numerusform>%1 · wedi’i ddefnyddio %n gwaith yn y cyfnod hwn</numerusform>
            <numerusform>%1 · wedi’i ddefnyddio %n gwaith yn y cyfnod hwn</numerusform>
            <numerusform>%1 · wedi’i ddefnyddio %n gwaith yn y cyfnod hwn</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing “%1”</source>
        <translation>Wrthi’n llunio “%1”</translation>
    </message>
    <message>
        <source>That file isn't a picture this app can keep.</source>
        <translation>Dydy’r ffeil honno ddim yn llun y gall yr ap hwn ei gadw.</translation>
    </message>
    <message>
        <source>That picture is too big to open safely.</source>
        <translation>Mae’r llun hwnnw’n rhy fawr i’w agor yn ddiogel.</translation>
    </message>
    <message>
        <source>That picture couldn't be opened.</source>
        <translation>Doedd dim modd agor y llun hwnnw.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept in my log. Changes in this period are listed under each; they are also marked on the charts over time.</source>
        <translation>
            <numerusform>%n yn fy nghofnod. Mae newidiadau yn y cyfnod hwn wedi’u rhestru o dan bob un; maen nhw hefyd wedi’u marcio ar y siartiau dros amser.</numerusform>
            <numerusform>%n yn fy nghofnod. Mae newidiadau yn y cyfnod hwn wedi’u rhestru o dan bob un; maen nhw hefyd wedi’u marcio ar y siartiau dros amser.</numerusform>
            <numerusform>%n yn fy nghofnod. Mae newidiadau yn y cyfnod hwn wedi’u rhestru o dan bob un; maen nhw hefyd wedi’u marcio ar y siartiau dros amser.</numerusform>
            <numerusform>%n yn fy nghofnod. Mae newidiadau yn y cyfnod hwn wedi’u rhestru o dan bob un; maen nhw hefyd wedi’u marcio ar y siartiau dros amser.</numerusform>
            <numerusform>%n yn fy nghofnod. Mae newidiadau yn y cyfnod hwn wedi’u rhestru o dan bob un; maen nhw hefyd wedi’u marcio ar y siartiau dros amser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nawr: %1</translation>
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
        <translation>Cadw copi wrth gefn</translation>
    </message>
    <message>
        <source>Journal backups (*.vault)</source>
        <translation>Copïau wrth gefn y dyddlyfr (*.vault)</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Wrthi’n gwneud y copi wrth gefn…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it had when it was made.</source>
        <translation>Cafodd y copi wrth gefn ei adfer. Datglowch ef gyda’r cyfrinymadrodd oedd ganddo pan gafodd ei wneud.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Wrthi’n adfer y copi wrth gefn…</translation>
    </message>
    <message>
        <source>Deleting the journal…</source>
        <translation>Wrthi’n dileu’r dyddlyfr…</translation>
    </message>
    <message>
        <source>A backup can't replace the journal itself. Choose another name.</source>
        <translation>All copi wrth gefn ddim cymryd lle’r dyddlyfr ei hun. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Backup saved and checked. It opens with your current passphrase.</source>
        <translation>Copi wrth gefn wedi’i gadw a’i wirio. Mae’n agor gyda’ch cyfrinymadrodd presennol.</translation>
    </message>
    <message>
        <source>Your previous journal was kept, whole, as %1.</source>
        <translation>Cafodd eich dyddlyfr blaenorol ei gadw, yn gyfan, fel %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>dim byd</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Does dim yn cael ei ysgrifennu nes i chi ddewis Mewnforio.</translation>
    </message>
    <message>
        <source>This file holds: %1.</source>
        <translation>Mae’r ffeil hon yn dal: %1.</translation>
    </message>
    <message>
        <source>Added from %1: %2.</source>
        <translation>Wedi’u hychwanegu o %1: %2.</translation>
    </message>
    <message>
        <source>New, to be added: %1.</source>
        <translation>Newydd, i’w hychwanegu: %1.</translation>
    </message>
    <message>
        <source>Already in your journal, so not added again: %1.</source>
        <translation>Eisoes yn eich dyddlyfr, felly heb eu hychwanegu eto: %1.</translation>
    </message>
    <message>
        <source>Skipped, as the same as an earlier row of the file: %1.</source>
        <translation>Wedi’u hepgor, gan eu bod yr un fath â rhes gynharach yn y ffeil: %1.</translation>
    </message>
    <message>
        <source>The file also holds Daylio scales (%1). They are left out unless you choose to add them as measures.</source>
        <translation>Mae’r ffeil hefyd yn dal graddfeydd Daylio (%1). Maen nhw’n cael eu gadael allan oni bai eich bod yn dewis eu hychwanegu fel mesurau.</translation>
    </message>
    <message>
        <source>New feeling words for your list: %1.</source>
        <translation>Geiriau teimlad newydd i’ch rhestr: %1.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>O %1 i %2.</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Dim camau eto</translation>
    </message>
    <message>
        <source>Every step is done</source>
        <translation>Mae pob cam wedi’i wneud</translation>
    </message>
    <message>
        <source>progress %1 %</source>
        <translation>cynnydd %1 %</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Cam nesaf: %1</translation>
    </message>
    <message>
        <source>A good day's check-in</source>
        <translation>Cofnod diwrnod da</translation>
    </message>
    <message>
        <source>A journal entry</source>
        <translation>Cofnod yn y dyddlyfr</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Heb deitl</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Cloi nawr</translation>
    </message>
    <message>
        <source>&amp;Share a report…</source>
        <translation>&amp;Rhannu adroddiad…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Gwneud copi &amp;wrth gefn nawr…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Delete everything…</source>
        <translation>&amp;Dileu popeth…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>&amp;Cael help nawr</translation>
    </message>
    <message>
        <source>&amp;Crisis card…</source>
        <translation>&amp;Cerdyn argyfwng…</translation>
    </message>
    <message>
        <source>My &amp;hope box…</source>
        <translation>Fy mlwch &amp;gobaith…</translation>
    </message>
    <message>
        <source>G&amp;uide</source>
        <translation>&amp;Canllaw</translation>
    </message>
    <message>
        <source>&amp;About Recovery Journal</source>
        <translation>&amp;Ynglŷn â Recovery Journal</translation>
    </message>
    <message>
        <source>When in my plan they are involved</source>
        <translation>Pryd yn fy nghynllun maen nhw’n rhan ohono</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Eu henw</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>For example: friend, sister, GP</source>
        <translation>Er enghraifft: ffrind, chwaer, meddyg teulu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>What they help with</source>
        <translation>Beth maen nhw’n helpu gydag e</translation>
    </message>
    <message>
        <source>For example: a walk and a talk, lifts, feeding the cat</source>
        <translation>Er enghraifft: mynd am dro a sgwrs, lifftiau, bwydo’r gath</translation>
    </message>
    <message>
        <source>Show them in my crisis plan</source>
        <translation>Eu dangos yn fy nghynllun argyfwng</translation>
    </message>
    <message>
        <source>They then appear in Get help now and on the crisis card, unless you ask that they not be contacted.</source>
        <translation>Yna maen nhw’n ymddangos yn Cael help nawr ac ar y cerdyn argyfwng, oni bai eich bod yn gofyn i neb gysylltu â nhw.</translation>
    </message>
    <message>
        <source>Please don't contact them</source>
        <translation>Peidiwch â chysylltu â nhw</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Perthynas</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <source>What they &amp;help with</source>
        <translation>Sut maen nhw’n &amp;helpu</translation>
    </message>
    <message>
        <source>Involved at: %s</source>
        <translation>Yn rhan o: %s</translation>
    </message>
    <message>
        <source>How you are when you're well: what you do, how you feel, what other people notice.</source>
        <translation>Sut ydych chi pan fyddwch chi’n iach: beth rydych chi’n ei wneud, sut rydych chi’n teimlo, beth mae pobl eraill yn sylwi arno.</translation>
    </message>
    <message>
        <source>Things that help you stay well or feel better, big or small. One per line; start a line with - to make a list.</source>
        <translation>Pethau sy’n eich helpu i aros yn iach neu i deimlo’n well, mawr neu fach. Un ar bob llinell; dechreuwch linell gyda - i wneud rhestr.</translation>
    </message>
    <message>
        <source>What you do every day, or most days, to stay well.</source>
        <translation>Beth rydych chi’n ei wneud bob dydd, neu’r rhan fwyaf o ddyddiau, i aros yn iach.</translation>
    </message>
    <message>
        <source>Things that can knock you off balance, and what you'll do if they happen.</source>
        <translation>Pethau a all eich taflu oddi ar eich echel, a beth wnewch chi os ydyn nhw’n digwydd.</translation>
    </message>
    <message>
        <source>Small changes that tell you things may be getting harder, and what you'll do then. The app can also watch your check-ins for some of these, if you like: see "Signs from my check-ins".</source>
        <translation>Newidiadau bach sy’n dweud wrthych y gallai pethau fod yn mynd yn anoddach, a beth wnewch chi bryd hynny. Gall yr ap hefyd wylio’ch cofnodion am rai o’r rhain, os hoffech chi: gweler “Arwyddion o’m cofnodion”.</translation>
    </message>
    <message>
        <source>Signs that things are getting much harder, and what you'll do, or ask others to do, then.</source>
        <translation>Arwyddion bod pethau’n mynd yn llawer anoddach, a beth wnewch chi, neu beth fyddwch chi’n gofyn i eraill ei wneud, bryd hynny.</translation>
    </message>
    <message>
        <source>For the people who help when you can't. You might write about:
- signs that others need to step in
- who you want involved, and who not
- what helps and what doesn't
- treatments and places you prefer, or want to avoid</source>
        <translation>I’r bobl sy’n helpu pan na allwch chi. Gallech chi ysgrifennu am:
- arwyddion bod angen i eraill gamu i mewn
- pwy rydych chi eisiau ei gynnwys, a phwy ddim
- beth sy’n helpu a beth sydd ddim
- triniaethau a lleoedd sydd orau gennych, neu rydych chi eisiau eu hosgoi</translation>
    </message>
    <message>
        <source>How you'd like to recover afterwards, and what to look at again when you're ready.</source>
        <translation>Sut hoffech chi wella wedyn, a beth i edrych arno eto pan fyddwch chi’n barod.</translation>
    </message>
    <message>
        <source>This is not a diagnosis. It is a way for you to notice change over time, and something you may choose to talk over with someone you trust.</source>
        <translation>Nid diagnosis yw hwn. Mae’n ffordd i chi sylwi ar newid dros amser, ac yn rhywbeth y gallech ddewis ei drafod â rhywun rydych chi’n ymddiried ynddo.</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 cwestiwn</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 cwestiwn</translation>
    </message>
    <message>
        <source>Your total is %1 of %2.</source>
        <translation>Eich cyfanswm yw %1 o %2.</translation>
    </message>
    <message>
        <source>%1 — you chose %2 (ONS calls this “%3”).</source>
        <translation>%1 — dewisoch %2 (mae’r ONS yn galw hyn yn “%3”).</translation>
    </message>
    <message>
        <source>You left %1 blank.</source>
        <translation>Gadawsoch %1 yn wag.</translation>
    </message>
    <message>
        <source>%1 publishes these ranges: %2. Yours is in the range it calls “%3”.</source>
        <translation>Mae %1 yn cyhoeddi’r ystodau hyn: %2. Mae eich un chi yn yr ystod y mae’n ei galw’n “%3”.</translation>
    </message>
    <message>
        <source>You left %1 blank, so there is no total this time: %2 is only added up when every question is answered. Your answers are kept as you gave them.</source>
        <translation>Gadawsoch %1 yn wag, felly does dim cyfanswm y tro hwn: dim ond pan fydd pob cwestiwn wedi’i ateb y caiff %2 ei adio. Mae eich atebion yn cael eu cadw fel y rhoesoch nhw.</translation>
    </message>
    <message>
        <source>Go to Today</source>
        <translation>Mynd i Heddiw</translation>
    </message>
    <message>
        <source>Go to Today for a check-in</source>
        <translation>Mynd i Heddiw i gofnodi sut rydych chi</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>Cau’r nodyn atgoffa</translation>
    </message>
    <message>
        <source>Your passphrase is changed, and your journal opened with the new one. Use it from now on.</source>
        <translation>Mae eich cyfrinymadrodd wedi’i newid, ac agorodd eich dyddlyfr gyda’r un newydd. Defnyddiwch ef o hyn ymlaen.</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>y copi wrth gefn o %1</translation>
    </message>
    <message>
        <source>Your backup was changed with it, so it opens with your new passphrase too.</source>
        <translation>Newidiwyd eich copi wrth gefn gydag ef, felly mae’n agor gyda’ch cyfrinymadrodd newydd hefyd.</translation>
    </message>
    <message>
        <source>a copy kept beside your journal (%1)</source>
        <translation>copi a gedwir wrth ymyl eich dyddlyfr (%1)</translation>
    </message>
    <message>
        <source>These couldn't be changed and were left exactly as they were, so they still need the passphrase they had before (most likely your previous one): %1.</source>
        <translation>Doedd dim modd newid y rhain, a chawsant eu gadael yn union fel yr oeddent, felly maen nhw’n dal i fod angen y cyfrinymadrodd oedd ganddynt o’r blaen (eich hen un, mwy na thebyg): %1.</translation>
    </message>
    <message>
        <source>Your %1 backups were changed with it, so they open with your new passphrase too.</source>
        <translation>Newidiwyd eich %1 copi wrth gefn gydag ef, felly maen nhw’n agor gyda’ch cyfrinymadrodd newydd hefyd.</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Defnydd</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (wedi’i archifo)</translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation>Nodyn a thagiau</translation>
    </message>
    <message>
        <source>no life area</source>
        <translation>dim maes bywyd</translation>
    </message>
    <message>
        <source>not in this period</source>
        <translation>dim yn y cyfnod hwn</translation>
    </message>
    <message>
        <source>no note or tags</source>
        <translation>dim nodyn na thagiau</translation>
    </message>
    <message>
        <source>Delete strength</source>
        <translation>Dileu’r cryfder</translation>
    </message>
    <message>
        <source>Delete a logged use</source>
        <translation>Dileu defnydd a nodwyd</translation>
    </message>
    <message>
        <source>Log a strength used today</source>
        <translation>Nodi cryfder a ddefnyddiwyd heddiw</translation>
    </message>
    <message>
        <source>Use logged again</source>
        <translation>Defnydd wedi’i nodi eto</translation>
    </message>
    <message>
        <source>Taken back: that use is no longer logged.</source>
        <translation>Wedi’i ddadwneud: dydy’r defnydd hwnnw ddim wedi’i nodi mwyach.</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Meddyginiaethau</translation>
    </message>
    <message>
        <source>Talking therapies</source>
        <translation>Therapïau siarad</translation>
    </message>
    <message>
        <source>Peer and self-help groups</source>
        <translation>Grwpiau cymheiriaid a hunangymorth</translation>
    </message>
    <message>
        <source>Other supports</source>
        <translation>Cymorth arall</translation>
    </message>
    <message>
        <source>A medicine</source>
        <translation>Meddyginiaeth</translation>
    </message>
    <message>
        <source>A talking therapy</source>
        <translation>Therapi siarad</translation>
    </message>
    <message>
        <source>A peer or self-help group</source>
        <translation>Grŵp cymheiriaid neu hunangymorth</translation>
    </message>
    <message>
        <source>Something else (name it)</source>
        <translation>Rhywbeth arall (rhowch enw iddo)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Wedi dechrau</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Wedi newid</translation>
    </message>
    <message>
        <source>Note on effects</source>
        <translation>Nodyn am effeithiau</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wedi’i oedi</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>wedi gollwng gafael</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>ers %1</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 ar %3</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Wedi cofnodi</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heddiw, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ddoe, %1</translation>
    </message>
    <message>
        <source>Feeling %1</source>
        <translation>Teimlad %1</translation>
    </message>
    <message>
        <source>Choose Check in from its icon to come back, or Quit to close it completely. You can change this in Settings, under Privacy.</source>
        <translation>Dewiswch Cofnodi o’i eicon i ddod yn ôl, neu Gadael i’w gau’n llwyr. Gallwch newid hyn yn y Gosodiadau, o dan Preifatrwydd.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Cofnodi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>{title} is still running in the notification area, locked.</source>
        <translation>Mae {title} yn dal i redeg yn yr ardal hysbysu, wedi’i gloi.</translation>
    </message>
    <message>
        <source>--install-desktop-entry and --uninstall-desktop-entry go without a command. See 'recovery-journal --help'.</source>
        <translation>Mae --install-desktop-entry a --uninstall-desktop-entry yn cael eu defnyddio heb orchymyn. Gweler ‘recovery-journal --help’.</translation>
    </message>
    <message>
        <source>Recovery Journal was taken out of your app menu.</source>
        <translation>Cafodd Recovery Journal ei dynnu o’ch dewislen apiau.</translation>
    </message>
    <message>
        <source>Recovery Journal wasn't in your app menu, so nothing was removed.</source>
        <translation>Doedd Recovery Journal ddim yn eich dewislen apiau, felly chafodd dim byd ei dynnu.</translation>
    </message>
    <message>
        <source>Recovery Journal is now in your app menu (its files are under {folder}).</source>
        <translation>Mae Recovery Journal yn eich dewislen apiau nawr (mae ei ffeiliau o dan {folder}).</translation>
    </message>
    <message>
        <source>The app menu entry couldn't be changed under {folder} (the folder may be read-only or the disk full).</source>
        <translation>Doedd dim modd newid y cofnod yn y ddewislen apiau o dan {folder} (efallai fod y ffolder yn ddarllen-yn-unig neu fod y ddisg yn llawn).</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>mae’r ddisg yn llawn</translation>
    </message>
    <message>
        <source>The folder for the new journal doesn't exist.</source>
        <translation>Dydy’r ffolder ar gyfer y dyddlyfr newydd ddim yn bodoli.</translation>
    </message>
    <message>
        <source>this computer account may not write there</source>
        <translation>efallai na chaiff y cyfrif hwn ar y cyfrifiadur ysgrifennu yno</translation>
    </message>
    <message>
        <source>the disk or folder refused it</source>
        <translation>gwrthododd y ddisg neu’r ffolder</translation>
    </message>
    <message>
        <source>the journal file (default: your usual journal, shown below)</source>
        <translation>ffeil y dyddlyfr (diofyn: eich dyddlyfr arferol, a ddangosir isod)</translation>
    </message>
    <message>
        <source>the journal file</source>
        <translation>ffeil y dyddlyfr</translation>
    </message>
    <message>
        <source>{path} couldn't be written: {why}. Nothing was left there; any earlier file at that place was kept as it was.</source>
        <translation>Doedd dim modd ysgrifennu {path}: {why}. Chafodd dim byd ei adael yno; cafodd unrhyw ffeil gynharach yn y lle hwnnw ei chadw fel yr oedd.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a journal file.</source>
        <translation>Ffolder yw {path}, nid ffeil dyddlyfr.</translation>
    </message>
    <message>
        <source>There is no journal file at {path}.</source>
        <translation>Does dim ffeil dyddlyfr yn {path}.</translation>
    </message>
    <message>
        <source>--out names {path}, which is the journal itself or one of its own side files (-wal, -shm, -journal); nothing was written.</source>
        <translation>Mae --out yn enwi {path}, sef y dyddlyfr ei hun neu un o’i ffeiliau ochr (-wal, -shm, -journal); chafodd dim byd ei ysgrifennu.</translation>
    </message>
    <message>
        <source>--out names {path}, but {why}; nothing was written.</source>
        <translation>Mae --out yn enwi {path}, ond {why}; chafodd dim byd ei ysgrifennu.</translation>
    </message>
    <message>
        <source>The folder for --out ({folder}) doesn't exist; nothing was written.</source>
        <translation>Dydy’r ffolder ar gyfer --out ({folder}) ddim yn bodoli; chafodd dim byd ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Backup written and checked. It opens with the journal's current passphrase.</source>
        <translation>Mae’r copi wrth gefn wedi’i ysgrifennu a’i wirio. Mae’n agor gyda chyfrinymadrodd presennol y dyddlyfr.</translation>
    </message>
    <message>
        <source>write a verified encrypted backup of a journal</source>
        <translation>ysgrifennu copi wrth gefn wedi’i amgryptio a’i wirio o ddyddlyfr</translation>
    </message>
    <message>
        <source>Write an encrypted copy of a journal to a new file. The copy is written under a temporary name, checked (both integrity checks and the number of rows in every table), synced to disk and only then given its name. It opens with the same passphrase as the journal.</source>
        <translation>Ysgrifennu copi wedi’i amgryptio o ddyddlyfr i ffeil newydd. Mae’r copi’n cael ei ysgrifennu dan enw dros dro, ei wirio (y ddau wiriad cyfanrwydd a nifer y rhesi ym mhob tabl), ei gadw ar y ddisg a dim ond wedyn yn cael ei enw. Mae’n agor gyda’r un cyfrinymadrodd â’r dyddlyfr.</translation>
    </message>
    <message>
        <source>where to write the backup (a new file; it keeps the journal's passphrase)</source>
        <translation>ble i ysgrifennu’r copi wrth gefn (ffeil newydd; mae’n cadw cyfrinymadrodd y dyddlyfr)</translation>
    </message>
    <message>
        <source>A file already exists at --out, so no backup was written.</source>
        <translation>Mae ffeil yn bodoli yn --out yn barod, felly chafodd dim copi wrth gefn ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Choose a new file name; the existing file was left as it is.</source>
        <translation>Dewiswch enw ffeil newydd; cafodd y ffeil bresennol ei gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>That --pivot-tag hasn't been used in this journal yet, so there is no day to compare around and no file was written. Check its spelling, or give --pivot-date instead.</source>
        <translation>Dydy’r --pivot-tag hwnnw ddim wedi’i ddefnyddio yn y dyddlyfr hwn eto, felly does dim diwrnod i gymharu o’i gwmpas a chafodd dim ffeil ei hysgrifennu. Gwiriwch y sillafu, neu rhowch --pivot-date yn lle hynny.</translation>
    </message>
    <message>
        <source>save one chart as a PNG, SVG or PDF file</source>
        <translation>cadw un siart fel ffeil PNG, SVG neu PDF</translation>
    </message>
    <message>
        <source>Unlock a journal and save one chart of a period to FILE, in the format its extension names (.png at 300 dpi, .svg or .pdf). Charts: {charts}. The chart's title and period are drawn above it (--no-title leaves them off); the file holds no metadata but that title, and is written whole or not at all.</source>
        <translation>Datgloi dyddlyfr a chadw un siart o gyfnod yn FILE, yn y fformat mae ei estyniad yn ei enwi (.png ar 300 dpi, .svg neu .pdf). Siartiau: {charts}. Mae teitl a chyfnod y siart yn cael eu dangos uwch ei ben (mae --no-title yn eu gadael allan); does dim metadata yn y ffeil heblaw’r teitl hwnnw, ac mae’n cael ei hysgrifennu’n gyfan neu ddim o gwbl.</translation>
    </message>
    <message>
        <source>the file to write; .png (300 dpi), .svg or .pdf</source>
        <translation>y ffeil i’w hysgrifennu; .png (300 dpi), .svg neu .pdf</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>y diwrnod olaf (diofyn: heddiw)</translation>
    </message>
    <message>
        <source>the measure to show (mood, hope, or one you added, like sleep_hours); repeat it for several in the measures chart (default: mood for calendar and before-after, every measure in use for measures)</source>
        <translation>y mesur i’w ddangos (mood, hope, neu un a ychwanegoch chi, fel sleep_hours); rhowch ef sawl gwaith i weld sawl mesur yn y siart measures (diofyn: mood ar gyfer calendar a before-after, pob mesur sy’n cael ei ddefnyddio ar gyfer measures)</translation>
    </message>
    <message>
        <source>before-after: compare the days before and from this day (default: the last --days days up to --to, against the --days days before them)</source>
        <translation>before-after: cymharu’r dyddiau cyn y diwrnod hwn â’r dyddiau o’r diwrnod hwn ymlaen (diofyn: y --days diwrnod olaf hyd at --to, o’u cymharu â’r --days diwrnod cyn hynny)</translation>
    </message>
    <message>
        <source>before-after: compare around the first day this tag was used (a tag never used is an error)</source>
        <translation>before-after: cymharu o gwmpas y diwrnod cyntaf y defnyddiwyd y tag hwn (rhaid bod y tag wedi’i ddefnyddio o leiaf unwaith)</translation>
    </message>
    <message>
        <source>before-after: how many days on each side (default: %(default)s)</source>
        <translation>before-after: faint o ddyddiau ar bob ochr (diofyn: %(default)s)</translation>
    </message>
    <message>
        <source>colours (default: %(default)s)</source>
        <translation>lliwiau (diofyn: %(default)s)</translation>
    </message>
    <message>
        <source>the title shown above the chart and kept in the file (default: the chart's name and period); nothing else about you or this app is written into it</source>
        <translation>y teitl a ddangosir uwchben y siart ac a gedwir yn y ffeil (diofyn: enw a chyfnod y siart); does dim byd arall amdanoch chi na’r ap hwn yn cael ei ysgrifennu ynddi</translation>
    </message>
    <message>
        <source>leave the title and period off the image (a --title is still kept in the file)</source>
        <translation>gadael y teitl a’r cyfnod oddi ar y llun (mae --title yn dal i gael ei gadw yn y ffeil)</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>Mae’r dyddiad --from ar ôl y dyddiad --to.</translation>
    </message>
    <message>
        <source>The --out file must end in .png, .svg or .pdf.</source>
        <translation>Rhaid i’r ffeil --out orffen gyda .png, .svg neu .pdf.</translation>
    </message>
    <message>
        <source>The --out path is a folder; give a file name ending in .png, .svg or .pdf.</source>
        <translation>Ffolder yw’r llwybr --out; rhowch enw ffeil sy’n gorffen gyda .png, .svg neu .pdf.</translation>
    </message>
    <message>
        <source> ({start} to {end})</source>
        <translation> ({start} i {end})</translation>
    </message>
    <message>
        <source>Saved the chart “{title}”{period} to {path}.</source>
        <translation>Cafodd y siart “{title}”{period} ei gadw yn {path}.</translation>
    </message>
    <message>
        <source> ({before} to {before_end} against {after_start} to {after_end})</source>
        <translation> ({before} i {before_end} o’i gymharu â {after_start} i {after_end})</translation>
    </message>
    <message>
        <source>'{text}' is not a whole number of days above 0</source>
        <translation>Dydy ‘{text}’ ddim yn nifer cyfan o ddyddiau dros 0</translation>
    </message>
    <message>
        <source>which chart, one of: {charts}</source>
        <translation>pa siart, un o: {charts}</translation>
    </message>
    <message>
        <source>first day, like 2025-03-04 (default: the {days} days ending on --to; for calendar a year, the {year} days ending on --to; before-after uses --days instead)</source>
        <translation>y diwrnod cyntaf, fel 2025-03-04 (diofyn: y {days} diwrnod sy’n gorffen ar --to; ar gyfer calendar, blwyddyn: y {year} diwrnod sy’n gorffen ar --to; mae before-after yn defnyddio --days yn lle hynny)</translation>
    </message>
    <message>
        <source>'{text}' is not a date like 2025-03-04</source>
        <translation>Dydy ‘{text}’ ddim yn ddyddiad fel 2025-03-04</translation>
    </message>
    <message>
        <source>{problem} See 'recovery-journal chart --help'.</source>
        <translation>{problem} Gweler ‘recovery-journal chart --help’.</translation>
    </message>
    <message>
        <source>Both integrity checks passed: this journal is sound.</source>
        <translation>Pasiodd y ddau wiriad cyfanrwydd: mae'r dyddlyfr hwn yn gadarn.</translation>
    </message>
    <message>
        <source>check a journal's integrity</source>
        <translation>gwirio cyfanrwydd dyddlyfr</translation>
    </message>
    <message>
        <source>Unlock a journal and run both integrity checks (SQLCipher's page check and SQLite's structure check). Nothing is changed unless the journal needs an update to this version, which is made after a verified backup.</source>
        <translation>Datgloi dyddlyfr a rhedeg y ddau wiriad cyfanrwydd (gwiriad tudalennau SQLCipher a gwiriad strwythur SQLite). Does dim yn cael ei newid oni bai fod angen diweddaru’r dyddlyfr i’r fersiwn hon, a gwneir hynny ar ôl copi wrth gefn wedi’i wirio.</translation>
    </message>
    <message>
        <source>create a journal filled with an invented year, to try the app</source>
        <translation>creu dyddlyfr wedi’i lenwi â blwyddyn ddychmygol, i roi cynnig ar yr ap</translation>
    </message>
    <message>
        <source>Create a new journal at PATH filled with a year of invented check-ins, journal entries, strengths, goals, a wellness plan and supporters, ending today. Everything in it is made up; it is meant for trying the app and its charts.</source>
        <translation>Creu dyddlyfr newydd yn PATH wedi’i lenwi â blwyddyn o gofnodion, cofnodion dyddlyfr, cryfderau, nodau, cynllun lles a chefnogwyr dychmygol, yn gorffen heddiw. Mae popeth ynddo wedi’i ddychmygu; mae ar gyfer rhoi cynnig ar yr ap a’i siartiau.</translation>
    </message>
    <message>
        <source>the new journal file</source>
        <translation>ffeil y dyddlyfr newydd</translation>
    </message>
    <message>
        <source>another number gives another invented year (default: %(default)s)</source>
        <translation>mae rhif arall yn rhoi blwyddyn ddychmygol arall (diofyn: %(default)s)</translation>
    </message>
    <message>
        <source>Created a demo journal with a year of invented entries at {path}.</source>
        <translation>Crëwyd dyddlyfr enghreifftiol gyda blwyddyn o gofnodion dychmygol yn {path}.</translation>
    </message>
    <message>
        <source>write everything in a journal to a JSON file or a zip of CSV files</source>
        <translation>ysgrifennu popeth mewn dyddlyfr i ffeil JSON neu zip o ffeiliau CSV</translation>
    </message>
    <message>
        <source>Write everything in a journal (check-ins, journal entries, strengths, goals, the wellness plan, supporters, helplines, settings) to an open format: one JSON file described in docs/export-format.md, or a zip with one CSV file per kind of record. The file is written whole or not at all and only you can read it (mode 0600), but it is NOT encrypted: anyone who gets the file can read it.</source>
        <translation>Ysgrifennu popeth mewn dyddlyfr (cofnodion, cofnodion dyddlyfr, cryfderau, nodau, y cynllun lles, cefnogwyr, llinellau cymorth, gosodiadau) i fformat agored: un ffeil JSON a ddisgrifir yn docs/export-format.md, neu zip gydag un ffeil CSV ar gyfer pob math o gofnod. Mae’r ffeil yn cael ei hysgrifennu’n gyfan neu ddim o gwbl a dim ond chi sy’n gallu ei darllen (modd 0600), ond DYDY hi DDIM wedi’i hamgryptio: gall unrhyw un sy’n cael y ffeil ei darllen.</translation>
    </message>
    <message>
        <source>json: one file holding everything; csv: a zip with one CSV file per kind of record (default: %(default)s)</source>
        <translation>json: un ffeil sy’n dal popeth; csv: zip gydag un ffeil CSV ar gyfer pob math o gofnod (diofyn: %(default)s)</translation>
    </message>
    <message>
        <source>the file to write (an existing file is replaced)</source>
        <translation>y ffeil i’w hysgrifennu (mae ffeil sydd yno’n barod yn cael ei disodli)</translation>
    </message>
    <message>
        <source>Exported everything to {path}.</source>
        <translation>Cafodd popeth ei allforio i {path}.</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>cofnodion</translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation>cofnodion dyddlyfr</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>mesurau</translation>
    </message>
    <message>
        <source>life areas</source>
        <translation>meysydd bywyd</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tagiau</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>cryfderau</translation>
    </message>
    <message>
        <source>strength uses</source>
        <translation>defnyddiau o gryfderau</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>nodau</translation>
    </message>
    <message>
        <source>plan sections</source>
        <translation>adrannau o’r cynllun</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>cefnogwyr</translation>
    </message>
    <message>
        <source>helplines</source>
        <translation>llinellau cymorth</translation>
    </message>
    <message>
        <source>questionnaire answers</source>
        <translation>atebion holiadur</translation>
    </message>
    <message>
        <source>The file couldn't be imported, so nothing was added.</source>
        <translation>Doedd dim modd mewnforio’r ffeil, felly chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>any CSV (--from csv)</source>
        <translation>unrhyw CSV (--from csv)</translation>
    </message>
    <message>
        <source>In the file:</source>
        <translation>Yn y ffeil:</translation>
    </message>
    <message>
        <source>bring in history from Recovery Journal, Daylio, Pixels, jrnl or any CSV</source>
        <translation>dod â hanes i mewn o Recovery Journal, Daylio, Pixels, jrnl neu unrhyw CSV</translation>
    </message>
    <message>
        <source>Read FILE, show what it holds (counts, days, what is already in the journal), then add it in one step: if any row can't be stored, nothing is added and the message names the row and column. Importing the same file again adds nothing new. On a terminal you are asked to confirm; when standard input is not a terminal, line 1 is the passphrase and --yes is required. Daylio moods are your own words, so give each a number from 0 to 10 with --mood-map or --mood-map-file (rad, good, meh, bad and awful have defaults). Only a row that is already in the journal, or identical in every field to an earlier row of the same file, is skipped; the preview counts both. A file with a row that can't be read is refused with that row's number.</source>
        <translation>Darllen FILE, dangos beth sydd ynddo (niferoedd, dyddiau, beth sydd yn y dyddlyfr yn barod), yna ei ychwanegu mewn un cam: os oes unrhyw res na ellir ei chadw, does dim yn cael ei ychwanegu ac mae’r neges yn enwi’r rhes a’r golofn. Dydy mewnforio’r un ffeil eto ddim yn ychwanegu dim byd newydd. Mewn terfynell, gofynnir i chi gadarnhau; pan nad yw’r mewnbwn safonol yn derfynell, llinell 1 yw’r cyfrinymadrodd ac mae angen --yes. Eich geiriau chi yw hwyliau Daylio, felly rhowch rif o 0 i 10 i bob un gyda --mood-map neu --mood-map-file (mae gan rad, good, meh, bad ac awful werthoedd diofyn). Dim ond rhes sydd yn y dyddlyfr yn barod, neu sy’n union yr un fath ym mhob maes â rhes gynharach yn yr un ffeil, sy’n cael ei hepgor; mae’r rhagolwg yn cyfrif y ddwy. Mae ffeil gyda rhes na ellir ei darllen yn cael ei gwrthod, gyda rhif y rhes honno.</translation>
    </message>
    <message>
        <source>json (Recovery Journal), daylio (Daylio CSV), pixels (Pixels JSON), jrnl (jrnl JSON), bearable (Bearable CSV), csv (any CSV; needs --preset, or --date and more)</source>
        <translation>json (Recovery Journal), daylio (CSV Daylio), pixels (JSON Pixels), jrnl (JSON jrnl), bearable (CSV Bearable), csv (unrhyw CSV; mae angen --preset, neu --date a mwy)</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>y ffeil i’w mewnforio</translation>
    </message>
    <message>
        <source>Daylio: the 0-10 mood for each of your labels, e.g. 'rad=10,good=7.5,meh=5,bad=2.5,awful=0' (these are the defaults)</source>
        <translation>Daylio: yr hwyliau o 0 i 10 ar gyfer pob un o’ch labeli, e.e. 'rad=10,good=7.5,meh=5,bad=2.5,awful=0' (dyma’r rhai diofyn)</translation>
    </message>
    <message>
        <source>Daylio: a text file with one 'label = N' a line, for labels that hold commas (the last '=' on a line starts the number)</source>
        <translation>Daylio: ffeil destun gydag un 'label = N' ar bob llinell, ar gyfer labeli sy’n cynnwys comas (mae’r '=' olaf ar linell yn dechrau’r rhif)</translation>
    </message>
    <message>
        <source>Daylio: add the file's scales (e.g. Sleep Quality) as measures</source>
        <translation>Daylio: ychwanegu graddfeydd y ffeil (e.e. Sleep Quality) fel mesurau</translation>
    </message>
    <message>
        <source>add without asking; needed when standard input isn't a terminal (there, line 1 is the passphrase)</source>
        <translation>ychwanegu heb ofyn; mae angen hyn pan nad yw’r mewnbwn safonol yn derfynell (yno, llinell 1 yw’r cyfrinymadrodd)</translation>
    </message>
    <message>
        <source>the column holding the date</source>
        <translation>y golofn sy’n dal y dyddiad</translation>
    </message>
    <message>
        <source>the date's form, e.g. %%d/%%m/%%Y (default: 2024-03-05)</source>
        <translation>ffurf y dyddiad, e.e. %%d/%%m/%%Y (diofyn: 2024-03-05)</translation>
    </message>
    <message>
        <source>the column holding the time of day</source>
        <translation>y golofn sy’n dal yr amser o’r dydd</translation>
    </message>
    <message>
        <source>a column of numbers and the measure it fills (repeatable)</source>
        <translation>colofn o rifau a’r mesur mae’n ei lenwi (gallwch ei roi fwy nag unwaith)</translation>
    </message>
    <message>
        <source>a column of tags split by |, comma or ; (repeatable)</source>
        <translation>colofn o dagiau wedi’u rhannu gan |, coma neu ; (gallwch ei roi fwy nag unwaith)</translation>
    </message>
    <message>
        <source>the column holding the note</source>
        <translation>y golofn sy’n dal y nodyn</translation>
    </message>
    <message>
        <source>--preset goes with --from csv, instead of --date and the rest.</source>
        <translation>Mae --preset yn mynd gyda --from csv, yn lle --date a’r gweddill.</translation>
    </message>
    <message>
        <source>--from csv needs --date COLUMN (and usually --measure or --note).</source>
        <translation>Mae angen --date COLUMN ar --from csv (a fel arfer --measure neu --note).</translation>
    </message>
    <message>
        <source>Nothing was added. Add --yes to import when standard input isn't a terminal.</source>
        <translation>Chafodd dim byd ei ychwanegu. Ychwanegwch --yes i fewnforio pan nad yw’r mewnbwn safonol yn derfynell.</translation>
    </message>
    <message>
        <source>Add these to the journal? Type yes to go ahead: </source>
        <translation>Ychwanegu’r rhain at y dyddlyfr? Teipiwch ie i fwrw ymlaen: </translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>--mood-map-file: that file can't be read as UTF-8 text.</source>
        <translation>--mood-map-file: does dim modd darllen y ffeil honno fel testun UTF-8.</translation>
    </message>
    <message>
        <source>--measure takes COLUMN=KEY, e.g. --measure Mood=mood.</source>
        <translation>Mae --measure yn cymryd COLUMN=KEY, e.e. --measure Mood=mood.</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>dim byd i’w fewnforio</translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation>{problem} Chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>a ready-made mapping: {presets} (--mood-map then gives numbers to its mood words)</source>
        <translation>cyfatebiaeth barod: {presets} (yna mae --mood-map yn rhoi rhifau i’w geiriau hwyliau)</translation>
    </message>
    <message>
        <source>--mood-map takes label=number pairs, e.g. good=7.5,meh=5.</source>
        <translation>Mae --mood-map yn cymryd parau label=rhif, e.e. good=7.5,meh=5.</translation>
    </message>
    <message>
        <source>From {first} to {last}.</source>
        <translation>O {first} i {last}.</translation>
    </message>
    <message>
        <source>The file also holds Daylio scales ({scales}). They are left out unless you add --with-scales, which makes each one a measure.</source>
        <translation>Mae’r ffeil hefyd yn dal graddfeydd Daylio ({scales}). Maen nhw’n cael eu gadael allan oni bai eich bod yn ychwanegu --with-scales, sy’n gwneud pob un yn fesur.</translation>
    </message>
    <message>
        <source>There is no file to import at {path}. Nothing was added.</source>
        <translation>Does dim ffeil i’w mewnforio yn {path}. Chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>Added {total} new records.</source>
        <translation>Wedi ychwanegu {total} eitem newydd.</translation>
    </message>
    <message>
        <source>New measures it creates: {names}.</source>
        <translation>Mesurau newydd y bydd yn eu creu: {names}.</translation>
    </message>
    <message>
        <source>Not brought in (no place for it in the journal): {items}.</source>
        <translation>Heb ddod i mewn (does dim lle iddo yn y dyddlyfr): {items}.</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} newydd</translation>
    </message>
    <message>
        <source>--mood-map-file, line {number}: write it as 'label = number'.</source>
        <translation>--mood-map-file, llinell {number}: ysgrifennwch hi fel ‘label = rhif’.</translation>
    </message>
    <message>
        <source>{count} already in this journal</source>
        <translation>{count} yn y dyddlyfr hwn yn barod</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} wedi’u hepgor</translation>
    </message>
    <message>
        <source>{count} {kind} ({parts})</source>
        <translation>{count} {kind} ({parts})</translation>
    </message>
    <message>
        <source>create a new, empty journal</source>
        <translation>creu dyddlyfr newydd, gwag</translation>
    </message>
    <message>
        <source>Create a new, empty journal protected by a passphrase. It starts with the usual measures (mood, hope) and life areas, and nothing personal. An existing file is never replaced.</source>
        <translation>Creu dyddlyfr newydd, gwag wedi’i ddiogelu gan gyfrinymadrodd. Mae’n dechrau gyda’r mesurau arferol (hwyliau, gobaith) a meysydd bywyd, a dim byd personol. Dydy ffeil sy’n bodoli byth yn cael ei disodli.</translation>
    </message>
    <message>
        <source>Created a new, empty journal at {path}.</source>
        <translation>Crëwyd dyddlyfr newydd, gwag yn {path}.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Cyfrinymadrodd presennol: </translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Mae’r cyfrinymadrodd wedi newid. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <source>change a journal's passphrase</source>
        <translation>newid cyfrinymadrodd dyddlyfr</translation>
    </message>
    <message>
        <source>Change the passphrase of a journal. The journal is re-encrypted and reopened with the new passphrase to prove the change, then each automatic backup and each copy kept beside it is re-encrypted too; any copy that can't be is named and left as it was. If the computer stops during the change, one of the two passphrases still opens the journal and each copy: try the previous one too.</source>
        <translation>Newid cyfrinymadrodd dyddlyfr. Mae’r dyddlyfr yn cael ei ail-amgryptio a’i ailagor gyda’r cyfrinymadrodd newydd i brofi’r newid, yna mae pob copi wrth gefn awtomatig a phob copi a gedwir wrth ei ymyl yn cael ei ail-amgryptio hefyd; mae unrhyw gopi na ellir ei newid yn cael ei enwi a’i adael fel yr oedd. Os bydd y cyfrifiadur yn stopio yn ystod y newid, bydd un o’r ddau gyfrinymadrodd yn dal i agor y dyddlyfr a phob copi: rhowch gynnig ar yr hen un hefyd.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Cyfrinymadrodd newydd: </translation>
    </message>
    <message>
        <source>Backups changed with it: {count}.</source>
        <translation>Copïau wrth gefn a newidiwyd gydag ef: {count}.</translation>
    </message>
    <message>
        <source>Left as it was, still under the passphrase it had before: {path}</source>
        <translation>Wedi’i adael fel yr oedd, yn dal dan y cyfrinymadrodd oedd ganddo o’r blaen: {path}</translation>
    </message>
    <message>
        <source>write a PDF report of the sections you choose</source>
        <translation>ysgrifennu adroddiad PDF o’r adrannau rydych chi’n eu dewis</translation>
    </message>
    <message>
        <source>Unlock a journal and write a PDF report of a period with only the sections you choose. Sections: checkins, {charts}, plan, {plan_sections}, people, journal. Phone numbers, email addresses and journal text stay out unless asked for. The file holds no metadata but its title and is not encrypted.</source>
        <translation>Datgloi dyddlyfr ac ysgrifennu adroddiad PDF o gyfnod gyda dim ond yr adrannau rydych chi’n eu dewis. Adrannau: checkins, {charts}, plan, {plan_sections}, people, journal. Mae rhifau ffôn, cyfeiriadau e-bost a thestun y dyddlyfr yn aros allan oni bai eich bod yn gofyn amdanyn nhw. Does dim metadata yn y ffeil heblaw ei theitl, a dydy hi ddim wedi’i hamgryptio.</translation>
    </message>
    <message>
        <source>comma-separated sections: a chart ({charts}), checkins (a summary table), strengths and goals (chart and list), plan (every section) or one plan section ({plan_sections}), people, journal (dates, titles and tags; add --with-journal-text for the text)</source>
        <translation>adrannau wedi’u gwahanu gan goma: siart ({charts}), checkins (tabl cryno), strengths a goals (siart a rhestr), plan (pob adran) neu un adran o’r cynllun ({plan_sections}), people, journal (dyddiadau, teitlau a thagiau; ychwanegwch --with-journal-text i gael y testun)</translation>
    </message>
    <message>
        <source>first day, like 2025-03-04</source>
        <translation>y diwrnod cyntaf, fel 2025-03-04</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>y diwrnod olaf</translation>
    </message>
    <message>
        <source>the PDF to write (not encrypted; written whole or not at all)</source>
        <translation>y PDF i’w ysgrifennu (heb ei amgryptio; mae’n cael ei ysgrifennu’n gyfan neu ddim o gwbl)</translation>
    </message>
    <message>
        <source>people: include phone numbers and email addresses (off by default)</source>
        <translation>people: cynnwys rhifau ffôn a chyfeiriadau e-bost (i ffwrdd fel arfer)</translation>
    </message>
    <message>
        <source>journal: include the text of the entries (off by default)</source>
        <translation>journal: cynnwys testun y cofnodion (i ffwrdd fel arfer)</translation>
    </message>
    <message>
        <source>paper size (default: %(default)s)</source>
        <translation>maint y papur (diofyn: %(default)s)</translation>
    </message>
    <message>
        <source>add "Shared by me on DATE" at the foot of every page</source>
        <translation>rhoi “Rhannwyd gennyf ar DYDDIAD” ar waelod pob tudalen</translation>
    </message>
    <message>
        <source>The --out file must end in .pdf.</source>
        <translation>Rhaid i’r ffeil --out orffen gyda .pdf.</translation>
    </message>
    <message>
        <source>The --out path is a folder; give a file name ending in .pdf.</source>
        <translation>Ffolder yw’r llwybr --out; rhowch enw ffeil sy’n gorffen gyda .pdf.</translation>
    </message>
    <message>
        <source>Saved the report to {path}. It is not encrypted: anyone with the file can read it.</source>
        <translation>Cafodd yr adroddiad ei gadw yn {path}. Dydy e ddim wedi’i amgryptio: gall unrhyw un sydd â’r ffeil ei ddarllen.</translation>
    </message>
    <message>
        <source>{problem} See 'recovery-journal report --help'.</source>
        <translation>{problem} Gweler ‘recovery-journal report --help’.</translation>
    </message>
    <message>
        <source>The backup was checked and restored.</source>
        <translation>Cafodd y copi wrth gefn ei wirio a’i adfer.</translation>
    </message>
    <message>
        <source>restore a journal from a backup</source>
        <translation>adfer dyddlyfr o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Check a backup first (its passphrase, both integrity checks), then put it in place of the journal. The journal that was there is kept with the date and time in its name, never deleted, with every save it held. If PATH is a link, the link stays and the file it points to is replaced. You are told if the backup came from another journal. If the backup doesn't check out, nothing is changed. The passphrase asked for is the one the journal had when the backup was made.</source>
        <translation>Gwirio copi wrth gefn yn gyntaf (ei gyfrinymadrodd, y ddau wiriad cyfanrwydd), yna ei roi yn lle’r dyddlyfr. Mae’r dyddlyfr oedd yno yn cael ei gadw gyda’r dyddiad a’r amser yn ei enw, heb ei ddileu byth, gyda phob cadw oedd ynddo. Os yw PATH yn ddolen, mae’r ddolen yn aros ac mae’r ffeil mae’n pwyntio ati yn cael ei disodli. Cewch wybod os daeth y copi wrth gefn o ddyddlyfr arall. Os nad yw’r copi wrth gefn yn pasio’r gwiriad, does dim yn cael ei newid. Y cyfrinymadrodd a ofynnir amdano yw’r un oedd gan y dyddlyfr pan wnaed y copi wrth gefn.</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>y copi wrth gefn i’w adfer</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Cyfrinymadrodd y copi wrth gefn: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Does dim ffeil copi wrth gefn yn {path}.</translation>
    </message>
    <message>
        <source>Your previous journal was kept, whole, at: {path}</source>
        <translation>Cafodd eich dyddlyfr blaenorol ei gadw, yn gyfan, yn: {path}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so the command stopped. Your journal file was left as the last finished step saved it.</source>
        <translation>Aeth rhywbeth annisgwyl o’i le, felly stopiodd y gorchymyn. Cafodd ffeil eich dyddlyfr ei gadael fel y cadwodd y cam olaf a orffennwyd hi.</translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <translation>Wedi stopio, fel y gofynnoch.</translation>
    </message>
    <message>
        <source>The command wasn't understood. See 'recovery-journal --help'.</source>
        <translation>Doedd dim modd deall y gorchymyn. Gweler ‘recovery-journal --help’.</translation>
    </message>
    <message>
        <source>The two passphrases you typed are different, so nothing was changed.</source>
        <translation>Mae’r ddau gyfrinymadrodd a deipioch chi’n wahanol, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <source>The file named by --out couldn't be written, so nothing was written there.</source>
        <translation>Doedd dim modd ysgrifennu’r ffeil a enwyd gan --out, felly chafodd dim byd ei ysgrifennu yno.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Wedi gorffen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (the message says no more).</source>
        <translation>Aeth rhywbeth annisgwyl o’i le (dydy’r neges ddim yn dweud mwy).</translation>
    </message>
    <message>
        <source>The command line wasn't understood.</source>
        <translation>Doedd dim modd deall y llinell orchymyn.</translation>
    </message>
    <message>
        <source>Stopped with Ctrl+C.</source>
        <translation>Wedi stopio gyda Ctrl+C.</translation>
    </message>
    <message>
        <source>Recovery Journal: a private, offline-first wellness journal. With no command, the desktop app opens your journal.</source>
        <translation>Recovery Journal: dyddlyfr lles preifat sy’n gweithio all-lein yn gyntaf. Heb orchymyn, mae’r ap bwrdd gwaith yn agor eich dyddlyfr.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>defnydd: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>dadleuon safle</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsiynau</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>dangos y neges gymorth hon, yna stopio</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>mae angen y dadleuon hyn: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>mae angen un o’r dadleuon %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>dadleuon anghyfarwydd: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>dadl %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>dydy %(value)r ddim yn un o’r dewisiadau (dewiswch o %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>dydy %(value)r ddim yn werth %(type)s dilys</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>mae angen un gwerth ar ei ôl</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>does dim modd ei ddefnyddio gyda %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>anwybyddwyd y gwerth %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsiwn amwys: gallai %(option)s olygu %(matches)s</translation>
    </message>
    <message>
        <source>Your usual journal:</source>
        <translation>Eich dyddlyfr arferol:</translation>
    </message>
    <message>
        <source>Passphrases:</source>
        <translation>Cyfrinymadroddion:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codau gadael:</translation>
    </message>
    <message>
        <source>show the version number, then stop</source>
        <translation>dangos rhif y fersiwn, yna stopio</translation>
    </message>
    <message>
        <source>the journal the desktop app opens (default: your usual journal)</source>
        <translation>y dyddlyfr mae’r ap bwrdd gwaith yn ei agor (diofyn: eich dyddlyfr arferol)</translation>
    </message>
    <message>
        <source>the language of these messages: en, cy (Cymraeg) or es (Español); default: your system's</source>
        <translation>iaith y negeseuon hyn: en, cy (Cymraeg) neu es (Español); diofyn: iaith eich system</translation>
    </message>
    <message>
        <source>add Recovery Journal to your desktop's app menu, for you only (under $XDG_DATA_HOME, usually ~/.local/share), then stop</source>
        <translation>ychwanegu Recovery Journal at ddewislen apiau eich bwrdd gwaith, i chi yn unig (o dan $XDG_DATA_HOME, fel arfer ~/.local/share), yna stopio</translation>
    </message>
    <message>
        <source>take Recovery Journal out of your app menu again, then stop</source>
        <translation>tynnu Recovery Journal o’ch dewislen apiau eto, yna stopio</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>gorchmynion</translation>
    </message>
    <message>
        <source>{problem}. See '{command} --help'.</source>
        <translation>{problem}. Gweler ‘{command} --help’.</translation>
    </message>
    <message>
        <source>Passphrases: {rule}</source>
        <translation>Cyfrinymadroddion: {rule}</translation>
    </message>
    <message>
        <source>On a terminal, passphrases are asked without showing what you type, and a new one is asked twice. When standard input is not a terminal, the passphrase is read from its first line (for passwd: the current passphrase on line 1, the new one on line 2). Only the line ending (\n or \r\n) is removed; every other space is part of the passphrase.</source>
        <translation>Mewn terfynell, gofynnir am gyfrinymadroddion heb ddangos beth rydych chi’n ei deipio, a gofynnir am un newydd ddwywaith. Pan nad yw’r mewnbwn safonol yn derfynell, mae’r cyfrinymadrodd yn cael ei ddarllen o’i linell gyntaf (ar gyfer passwd: y cyfrinymadrodd presennol ar linell 1, yr un newydd ar linell 2). Dim ond diwedd y llinell (\n neu \r\n) sy’n cael ei dynnu; mae pob bwlch arall yn rhan o’r cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Cyfrinymadrodd: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Teipiwch ef eto: </translation>
    </message>
    <message>
        <source>No passphrase was typed.</source>
        <translation>Chafodd dim cyfrinymadrodd ei deipio.</translation>
    </message>
    <message>
        <source>The passphrase on standard input isn't UTF-8 text.</source>
        <translation>Dydy’r cyfrinymadrodd ar y mewnbwn safonol ddim yn destun UTF-8.</translation>
    </message>
    <message>
        <source>No passphrase was found on line {number} of standard input.</source>
        <translation>Chafwyd dim cyfrinymadrodd ar linell {number} o’r mewnbwn safonol.</translation>
    </message>
    <message>
        <source>Something went wrong with the journal file.</source>
        <translation>Aeth rhywbeth o’i le gyda ffeil y dyddlyfr.</translation>
    </message>
    <message>
        <source>Please type a passphrase; an empty one can't protect your journal.</source>
        <translation>Teipiwch gyfrinymadrodd; all un gwag ddim diogelu eich dyddlyfr.</translation>
    </message>
    <message>
        <source>That passphrase contains a character that can't be used (a null character).</source>
        <translation>Mae’r cyfrinymadrodd hwnnw’n cynnwys nod na ellir ei ddefnyddio (nod null).</translation>
    </message>
    <message>
        <source>That passphrase doesn't open this journal, or this is not a Recovery Journal file.</source>
        <translation>Dydy’r cyfrinymadrodd hwnnw ddim yn agor y dyddlyfr hwn, neu dydy hon ddim yn ffeil Recovery Journal.</translation>
    </message>
    <message>
        <source>Check Caps Lock and try again. If you changed your passphrase recently, try the previous one too.</source>
        <translation>Gwiriwch Caps Lock a rhowch gynnig arall arni. Os gwnaethoch chi newid eich cyfrinymadrodd yn ddiweddar, rhowch gynnig ar yr hen un hefyd.</translation>
    </message>
    <message>
        <source>That isn't the passphrase your journal has now, so nothing was changed.</source>
        <translation>Nid dyna gyfrinymadrodd presennol eich dyddlyfr, felly chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>Check Caps Lock and type your current passphrase again.</source>
        <translation>Gwiriwch Caps Lock a theipiwch eich cyfrinymadrodd presennol eto.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you have now, so nothing was changed.</source>
        <translation>Mae’r cyfrinymadrodd newydd yr un fath â’r un sydd gennych chi nawr, felly chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>Choose a different one to change it.</source>
        <translation>Dewiswch un gwahanol i’w newid.</translation>
    </message>
    <message>
        <source>There is no journal file at that place.</source>
        <translation>Does dim ffeil dyddlyfr yn y lle hwnnw.</translation>
    </message>
    <message>
        <source>It may have been moved or renamed. Choose the file again, or create a new journal.</source>
        <translation>Efallai ei bod wedi'i symud neu wedi'i hailenwi. Dewiswch y ffeil eto, neu crëwch ddyddlyfr newydd.</translation>
    </message>
    <message>
        <source>That is a folder or a special file, not a journal file.</source>
        <translation>Ffolder neu ffeil arbennig yw honno, nid ffeil dyddlyfr.</translation>
    </message>
    <message>
        <source>Choose the journal file itself.</source>
        <translation>Dewiswch ffeil y dyddlyfr ei hun.</translation>
    </message>
    <message>
        <source>This file is empty, so it holds no journal (it may be damaged).</source>
        <translation>Mae’r ffeil hon yn wag, felly does dim dyddlyfr ynddi (efallai ei bod wedi’i difrodi).</translation>
    </message>
    <message>
        <source>If you have a backup, restore it. Your other files were not touched.</source>
        <translation>Os oes gennych chi gopi wrth gefn, adferwch ef. Chafodd eich ffeiliau eraill mo’u cyffwrdd.</translation>
    </message>
    <message>
        <source>This is an ordinary, unencrypted database file, not a Recovery Journal.</source>
        <translation>Ffeil cronfa ddata gyffredin, heb ei hamgryptio, yw hon, nid Recovery Journal.</translation>
    </message>
    <message>
        <source>Choose your journal file, or import your data from another app instead.</source>
        <translation>Dewiswch ffeil eich dyddlyfr, neu mewnforiwch eich data o ap arall yn lle hynny.</translation>
    </message>
    <message>
        <source>This encrypted file opened, but it belongs to another app, not Recovery Journal.</source>
        <translation>Agorodd y ffeil hon sydd wedi’i hamgryptio, ond mae’n perthyn i ap arall, nid Recovery Journal.</translation>
    </message>
    <message>
        <source>Nothing in it was changed. Choose your journal file instead.</source>
        <translation>Chafodd dim byd ynddi ei newid. Dewiswch ffeil eich dyddlyfr yn lle hynny.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but part of this journal file is damaged.</source>
        <translation>Mae eich cyfrinymadrodd yn gywir, ond mae rhan o ffeil y dyddlyfr hwn wedi’i difrodi.</translation>
    </message>
    <message>
        <source>The file was not changed. Restore your latest backup, and keep this file in case it can be repaired.</source>
        <translation>Chafodd y ffeil mo’i newid. Adferwch eich copi wrth gefn diweddaraf, a chadwch y ffeil hon rhag ofn y gellir ei thrwsio.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Recovery Journal.</source>
        <translation>Cafodd y dyddlyfr hwn ei gadw gan fersiwn mwy newydd o Recovery Journal.</translation>
    </message>
    <message>
        <source>Update the app to open it. The file was not changed.</source>
        <translation>Diweddarwch yr ap i’w agor. Chafodd y ffeil mo’i newid.</translation>
    </message>
    <message>
        <source>This journal is already open in another window or program.</source>
        <translation>Mae’r dyddlyfr hwn eisoes ar agor mewn ffenestr neu raglen arall.</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation>Ewch i’r ffenestr honno, neu caewch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This computer account isn't allowed to read or change that journal file.</source>
        <translation>Dydy’r cyfrif hwn ar y cyfrifiadur ddim yn cael darllen na newid ffeil y dyddlyfr honno.</translation>
    </message>
    <message>
        <source>Check the file's permissions, or copy it somewhere you can write to.</source>
        <translation>Gwiriwch ganiatâd y ffeil, neu copïwch hi i rywle lle gallwch chi ysgrifennu.</translation>
    </message>
    <message>
        <source>A file already exists there, so a new journal was not created.</source>
        <translation>Mae ffeil yno’n barod, felly chafodd dyddlyfr newydd mo’i greu.</translation>
    </message>
    <message>
        <source>Choose another name or place; the existing file was left as it is.</source>
        <translation>Dewiswch enw neu le arall; cafodd y ffeil bresennol ei gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>There isn't enough free space on the disk to save.</source>
        <translation>Does dim digon o le rhydd ar y ddisg i gadw.</translation>
    </message>
    <message>
        <source>Nothing was lost: free some space and save again.</source>
        <translation>Chollwyd dim byd: rhyddhewch ychydig o le a chadwch eto.</translation>
    </message>
    <message>
        <source>The journal file couldn't be read or written just now.</source>
        <translation>Doedd dim modd darllen nac ysgrifennu ffeil y dyddlyfr ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Nothing was lost. Try again; if it keeps happening, restore a backup.</source>
        <translation>Chollwyd dim byd. Rhowch gynnig arall arni; os yw’n dal i ddigwydd, adferwch gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>Mae’r dyddlyfr wedi’i gloi.</translation>
    </message>
    <message>
        <source>Unlock it to go on.</source>
        <translation>Datgloiwch ef i barhau.</translation>
    </message>
    <message>
        <source>The journal is busy changing its passphrase.</source>
        <translation>Mae’r dyddlyfr wrthi’n newid ei gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Rhowch gynnig arall arni mewn eiliad.</translation>
    </message>
    <message>
        <source>That item no longer exists in the journal.</source>
        <translation>Dydy’r eitem honno ddim yn y dyddlyfr mwyach.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the side file holding this journal's most recent saves was damaged or lost when the computer stopped, so some of those saves may be missing.</source>
        <translation>Mae eich cyfrinymadrodd yn gywir, ond cafodd y ffeil ochr sy’n dal y pethau a gadwyd ddiweddaraf yn y dyddlyfr hwn ei difrodi neu ei cholli pan stopiodd y cyfrifiadur, felly efallai fod rhai o’r pethau hynny ar goll.</translation>
    </message>
    <message>
        <source>Unlock again to go on with everything that could be read.</source>
        <translation>Datgloiwch eto i barhau gyda phopeth y gellid ei ddarllen.</translation>
    </message>
    <message>
        <source>This file ends before its first page does, so it was cut short or it isn't a journal file.</source>
        <translation>Mae’r ffeil hon yn gorffen cyn i’w thudalen gyntaf orffen, felly cafodd ei thorri’n fyr neu dydy hi ddim yn ffeil dyddlyfr.</translation>
    </message>
    <message>
        <source>The file was not changed. If you have a backup, restore it.</source>
        <translation>Chafodd y ffeil mo’i newid. Os oes gennych chi gopi wrth gefn, adferwch ef.</translation>
    </message>
    <message>
        <source>This export is not encrypted: anyone who can open the file can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Dydy’r allforyn hwn ddim wedi’i amgryptio: gall unrhyw un sy’n gallu agor y ffeil ddarllen popeth sydd ynddi. Cadwch hi rywle preifat, a’i dileu pan nad oes ei hangen arnoch mwyach.</translation>
    </message>
    <message>
        <source>This journal has no measure for this column.</source>
        <translation>Does dim mesur ar gyfer y golofn hon yn y dyddlyfr hwn.</translation>
    </message>
    <message>
        <source>This value is outside the measure's range (%1 to %2).</source>
        <translation>Mae’r gwerth hwn y tu allan i ystod y mesur (%1 i %2).</translation>
    </message>
    <message>
        <source>This isn't one of the feeling groups.</source>
        <translation>Dydy hwn ddim yn un o grwpiau’r teimladau.</translation>
    </message>
    <message>
        <source>This doesn't look like a Bearable export: a column is missing.</source>
        <translation>Dydy hon ddim yn edrych fel ffeil allforio Bearable: mae colofn ar goll.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Mae’r ffeil yn wag.</translation>
    </message>
    <message>
        <source>The file holds %1, which isn't an ordinary number.</source>
        <translation>Mae’r ffeil yn dal %1, sydd ddim yn rhif arferol.</translation>
    </message>
    <message>
        <source>That is a pipe or a device, not a file.</source>
        <translation>Pibell neu ddyfais yw honno, nid ffeil.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>Mae’r ffeil yn dal data deuaidd, nid testun.</translation>
    </message>
    <message>
        <source>This row has fewer cells than the header.</source>
        <translation>Mae gan y rhes hon lai o gelloedd na’r pennawd.</translation>
    </message>
    <message>
        <source>This isn't a time of day.</source>
        <translation>Dydy hwn ddim yn amser o’r dydd.</translation>
    </message>
    <message>
        <source>This isn't an ordinary number.</source>
        <translation>Dydy hwn ddim yn rhif arferol.</translation>
    </message>
    <message>
        <source>This number is too large for a measure (the limit is a million either way).</source>
        <translation>Mae’r rhif hwn yn rhy fawr i fesur (y terfyn yw miliwn, uwchben neu o dan sero).</translation>
    </message>
    <message>
        <source>That is a folder, not a file.</source>
        <translation>Ffolder yw honno, nid ffeil.</translation>
    </message>
    <message>
        <source>That file doesn't exist.</source>
        <translation>Dydy’r ffeil honno ddim yn bodoli.</translation>
    </message>
    <message>
        <source>That file can't be read.</source>
        <translation>Does dim modd darllen y ffeil honno.</translation>
    </message>
    <message>
        <source>The file isn't UTF-8 text (the first unreadable byte is at position %1). Export it again as UTF-8.</source>
        <translation>Dydy’r ffeil ddim yn destun UTF-8 (mae’r beit cyntaf na ellir ei ddarllen yn safle %1). Allforiwch hi eto fel UTF-8.</translation>
    </message>
    <message>
        <source>The same name appears twice in one object.</source>
        <translation>Mae’r un enw yn ymddangos ddwywaith yn yr un gwrthrych.</translation>
    </message>
    <message>
        <source>The file isn't valid JSON (line %1, position %2).</source>
        <translation>Dydy’r ffeil ddim yn JSON dilys (llinell %1, safle %2).</translation>
    </message>
    <message>
        <source>The file is nested too deeply to read.</source>
        <translation>Mae’r ffeil wedi’i nythu’n rhy ddwfn i’w darllen.</translation>
    </message>
    <message>
        <source>The file holds a number too large to read.</source>
        <translation>Mae’r ffeil yn dal rhif sy’n rhy fawr i’w ddarllen.</translation>
    </message>
    <message>
        <source>The file isn't readable as CSV (a quote is not closed).</source>
        <translation>Does dim modd darllen y ffeil fel CSV (mae dyfynnod heb ei gau).</translation>
    </message>
    <message>
        <source>This isn't a number.</source>
        <translation>Dydy hwn ddim yn rhif.</translation>
    </message>
    <message>
        <source>This part of the day isn't one this import knows (%1).</source>
        <translation>Dydy’r rhan hon o’r dydd ddim yn un mae’r mewnforio hwn yn ei hadnabod (%1).</translation>
    </message>
    <message>
        <source>This isn't a date in the expected form.</source>
        <translation>Dydy hwn ddim yn ddyddiad yn y ffurf ddisgwyliedig.</translation>
    </message>
    <message>
        <source>This date doesn't exist.</source>
        <translation>Dydy’r dyddiad hwn ddim yn bodoli.</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10 for these moods: %1.</source>
        <translation>Dewiswch rif o 0 i 10 ar gyfer yr hwyliau hyn: %1.</translation>
    </message>
    <message>
        <source>This isn't a date like "18 May".</source>
        <translation>Dydy hwn ddim yn ddyddiad fel “18 May”.</translation>
    </message>
    <message>
        <source>Each mood must be given a number from 0 to 10.</source>
        <translation>Mae angen rhoi rhif o 0 i 10 i bob un o’r hwyliau.</translation>
    </message>
    <message>
        <source>This row has more cells than the header.</source>
        <translation>Mae gan y rhes hon fwy o gelloedd na’r pennawd.</translation>
    </message>
    <message>
        <source>This isn't a year.</source>
        <translation>Dydy hwn ddim yn flwyddyn.</translation>
    </message>
    <message>
        <source>This isn't a date (YYYY-MM-DD).</source>
        <translation>Dydy hwn ddim yn ddyddiad (BBBB-MM-DD).</translation>
    </message>
    <message>
        <source>This scale's value isn't a number.</source>
        <translation>Dydy gwerth y raddfa hon ddim yn rhif.</translation>
    </message>
    <message>
        <source>This scale's value is of another kind than in earlier rows.</source>
        <translation>Mae gwerth y raddfa hon o fath gwahanol i’r hyn oedd yn y rhesi cynharach.</translation>
    </message>
    <message>
        <source>This isn't a scale like "Sleep Quality: 8/10 points".</source>
        <translation>Dydy hon ddim yn raddfa fel “Sleep Quality: 8/10 points”.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>Mae angen i %1 fod yn rhestr.</translation>
    </message>
    <message>
        <source>Each item in %1 must be an object.</source>
        <translation>Mae angen i bob eitem yn %1 fod yn wrthrych.</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>Mae angen i hwn fod yn destun.</translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation>Mae angen i hwn fod yn wir neu’n anwir (true neu false).</translation>
    </message>
    <message>
        <source>This must be a number.</source>
        <translation>Mae angen i hwn fod yn rhif.</translation>
    </message>
    <message>
        <source>This must be a whole number.</source>
        <translation>Mae angen i hwn fod yn rhif cyfan.</translation>
    </message>
    <message>
        <source>This date and time has no UTC offset.</source>
        <translation>Does gan y dyddiad a’r amser hwn ddim gwrthbwyso UTC.</translation>
    </message>
    <message>
        <source>This must be a list of text.</source>
        <translation>Mae angen i hwn fod yn rhestr o destun.</translation>
    </message>
    <message>
        <source>This must be a list.</source>
        <translation>Mae angen i hwn fod yn rhestr.</translation>
    </message>
    <message>
        <source>This isn't a date and time.</source>
        <translation>Dydy hwn ddim yn ddyddiad ac amser.</translation>
    </message>
    <message>
        <source>This doesn't look like a jrnl JSON export (no entries).</source>
        <translation>Dydy hon ddim yn edrych fel ffeil allforio JSON jrnl (does dim cofnodion ynddi).</translation>
    </message>
    <message>
        <source>The file has no column with this name.</source>
        <translation>Does dim colofn gyda’r enw hwn yn y ffeil.</translation>
    </message>
    <message>
        <source>Choose a number for each of these words: %1.</source>
        <translation>Dewiswch rif ar gyfer pob un o’r geiriau hyn: %1.</translation>
    </message>
    <message>
        <source>This isn't a Recovery Journal export.</source>
        <translation>Dydy hon ddim yn ffeil allforio Recovery Journal.</translation>
    </message>
    <message>
        <source>The export has no version number.</source>
        <translation>Does dim rhif fersiwn yn y ffeil allforio.</translation>
    </message>
    <message>
        <source>This export comes from a newer version of Recovery Journal; update the app first.</source>
        <translation>Mae’r ffeil allforio hon yn dod o fersiwn mwy newydd o Recovery Journal; diweddarwch yr ap yn gyntaf.</translation>
    </message>
    <message>
        <source>This export's format version (%1) isn't one Recovery Journal knows, so nothing was imported.</source>
        <translation>Dydy Recovery Journal ddim yn adnabod fersiwn fformat y ffeil allforio hon (%1), felly chafodd dim byd ei fewnforio.</translation>
    </message>
    <message>
        <source>settings must be an object.</source>
        <translation>Mae angen i settings fod yn wrthrych.</translation>
    </message>
    <message>
        <source>This must be an object of measure keys and numbers.</source>
        <translation>Mae angen i hwn fod yn wrthrych o allweddi mesurau a rhifau.</translation>
    </message>
    <message>
        <source>This doesn't name a strength in the file.</source>
        <translation>Dydy hwn ddim yn enwi cryfder sydd yn y ffeil.</translation>
    </message>
    <message>
        <source>This isn't a kind of early-warning rule this app knows.</source>
        <translation>Dydy hwn ddim yn fath o arwydd rhybudd cynnar mae’r ap hwn yn ei adnabod.</translation>
    </message>
    <message>
        <source>This isn't a section of the wellness plan.</source>
        <translation>Dydy hon ddim yn adran o’r cynllun lles.</translation>
    </message>
    <message>
        <source>This %1 is already used by item %2 of %3; each must be different, so nothing was imported.</source>
        <translation>Mae eitem %2 o %3 eisoes yn defnyddio’r %1 hwn; mae angen i bob un fod yn wahanol, felly chafodd dim byd ei fewnforio.</translation>
    </message>
    <message>
        <source>A life area is rated twice in this life check.</source>
        <translation>Mae maes bywyd wedi’i raddio ddwywaith yn y gwiriad bywyd hwn.</translation>
    </message>
    <message>
        <source>This life check has no rating and no note.</source>
        <translation>Does gan y gwiriad bywyd hwn ddim gradd na nodyn.</translation>
    </message>
    <message>
        <source>A life check rating is a whole number from 1 to 7.</source>
        <translation>Mae gradd gwiriad bywyd yn rhif cyfan o 1 i 7.</translation>
    </message>
    <message>
        <source>A support is a medicine, a therapy, a group or other.</source>
        <translation>Mae cymorth yn feddyginiaeth, yn therapi, yn grŵp neu’n rhywbeth arall.</translation>
    </message>
    <message>
        <source>This support has no name.</source>
        <translation>Does dim enw gan y cymorth hwn.</translation>
    </message>
    <message>
        <source>That is not a kind of change this log knows.</source>
        <translation>Dydy hwnnw ddim yn fath o newid mae’r cofnod hwn yn ei adnabod.</translation>
    </message>
    <message>
        <source>This doesn't look like a Pixels backup (a list of days).</source>
        <translation>Dydy hwn ddim yn edrych fel copi wrth gefn Pixels (rhestr o ddyddiau).</translation>
    </message>
    <message>
        <source>This must be a number from 1 to 5.</source>
        <translation>Mae angen i hwn fod yn rhif o 1 i 5.</translation>
    </message>
    <message>
        <source>Only Pixels' Mood type is known to this app.</source>
        <translation>Dim ond math Mood Pixels mae’r ap hwn yn ei adnabod.</translation>
    </message>
    <message>
        <source>This isn't a date (year-month-day).</source>
        <translation>Dydy hwn ddim yn ddyddiad (blwyddyn-mis-diwrnod).</translation>
    </message>
    <message>
        <source>Scores must be a list of numbers from 1 to 5.</source>
        <translation>Mae angen i’r sgorau fod yn rhestr o rifau o 1 i 5.</translation>
    </message>
    <message>
        <source>This isn't one of the question's answers.</source>
        <translation>Dydy hwn ddim yn un o atebion y cwestiwn.</translation>
    </message>
    <message>
        <source>This isn't a questionnaire this app knows.</source>
        <translation>Dydy hwn ddim yn holiadur mae’r ap hwn yn ei adnabod.</translation>
    </message>
    <message>
        <source>This must be %1 answers from 0 to %2, with null for a question left blank.</source>
        <translation>Mae angen %1 ateb yma o 0 i %2, gyda null ar gyfer cwestiwn a adawyd yn wag.</translation>
    </message>
    <message>
        <source>This picture is too large to import.</source>
        <translation>Mae’r llun hwn yn rhy fawr i’w fewnforio.</translation>
    </message>
    <message>
        <source>This isn't a kind of hope box item.</source>
        <translation>Dydy hwn ddim yn fath o eitem yn y blwch gobaith.</translation>
    </message>
    <message>
        <source>A memory links to a journal entry or a check-in.</source>
        <translation>Mae atgof yn cysylltu â chofnod yn y dyddlyfr neu â chofnod hwyliau.</translation>
    </message>
    <message>
        <source>This picture isn't readable base64 text.</source>
        <translation>Dydy’r llun hwn ddim yn destun base64 y gellir ei ddarllen.</translation>
    </message>
    <message>
        <source>That import format isn't one this app knows.</source>
        <translation>Dydy’r ap hwn ddim yn adnabod y fformat mewnforio hwnnw.</translation>
    </message>
    <message>
        <source>Choose which columns hold the date, values, tags and note first.</source>
        <translation>Dewiswch yn gyntaf pa golofnau sy’n dal y dyddiad, y gwerthoedd, y tagiau a’r nodyn.</translation>
    </message>
    <message>
        <source>This value can't be stored.</source>
        <translation>Does dim modd cadw’r gwerth hwn.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Save a backup</source>
        <translation>Cadw copi wrth gefn</translation>
    </message>
    <message>
        <source>Journal backups (*.vault)</source>
        <translation>Copïau wrth gefn y dyddlyfr (*.vault)</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Wrthi’n gwneud y copi wrth gefn…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it had when it was made.</source>
        <translation>Cafodd y copi wrth gefn ei adfer. Datglowch ef gyda’r cyfrinymadrodd oedd ganddo pan gafodd ei wneud.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Wrthi’n adfer y copi wrth gefn…</translation>
    </message>
    <message>
        <source>Deleting the journal…</source>
        <translation>Wrthi’n dileu’r dyddlyfr…</translation>
    </message>
    <message>
        <source>A backup can't replace the journal itself. Choose another name.</source>
        <translation>All copi wrth gefn ddim cymryd lle’r dyddlyfr ei hun. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Backup saved and checked. It opens with your current passphrase.</source>
        <translation>Copi wrth gefn wedi’i gadw a’i wirio. Mae’n agor gyda’ch cyfrinymadrodd presennol.</translation>
    </message>
    <message>
        <source>Your previous journal was kept, whole, as %1.</source>
        <translation>Cafodd eich dyddlyfr blaenorol ei gadw, yn gyfan, fel %1.</translation>
    </message>
</context>
<context>
    <name>HopeBox</name>
    <message>
        <source>A good day's check-in</source>
        <translation>Cofnod diwrnod da</translation>
    </message>
    <message>
        <source>A journal entry</source>
        <translation>Cofnod yn y dyddlyfr</translation>
    </message>
</context>
<context>
    <name>JournalList</name>
    <message>
        <source>Untitled</source>
        <translation>Heb deitl</translation>
    </message>
</context>
<context>
    <name>JournalSearch</name>
    <message>
        <source>Untitled</source>
        <translation>Heb deitl</translation>
    </message>
</context>
<context>
    <name>PlanHelp</name>
    <message>
        <source>My notes</source>
        <translation>Fy nodiadau</translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation>Fy nghynllun argyfwng</translation>
    </message>
</context>
<context>
    <name>QuestionnaireResult</name>
    <message>
        <source>This is not a diagnosis. It is a way for you to notice change over time, and something you may choose to talk over with someone you trust.</source>
        <translation>Nid diagnosis yw hwn. Mae’n ffordd i chi sylwi ar newid dros amser, ac yn rhywbeth y gallech ddewis ei drafod â rhywun rydych chi’n ymddiried ynddo.</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 cwestiwn</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 cwestiwn</translation>
    </message>
    <message>
        <source>Your total is %1 of %2.</source>
        <translation>Eich cyfanswm yw %1 o %2.</translation>
    </message>
    <message>
        <source>%1 — you chose %2 (ONS calls this “%3”).</source>
        <translation>%1 — dewisoch %2 (mae’r ONS yn galw hyn yn “%3”).</translation>
    </message>
    <message>
        <source>You left %1 blank.</source>
        <translation>Gadawsoch %1 yn wag.</translation>
    </message>
    <message>
        <source>%1 publishes these ranges: %2. Yours is in the range it calls “%3”.</source>
        <translation>Mae %1 yn cyhoeddi’r ystodau hyn: %2. Mae eich un chi yn yr ystod y mae’n ei galw’n “%3”.</translation>
    </message>
    <message>
        <source>You left %1 blank, so there is no total this time: %2 is only added up when every question is answered. Your answers are kept as you gave them.</source>
        <translation>Gadawsoch %1 yn wag, felly does dim cyfanswm y tro hwn: dim ond pan fydd pob cwestiwn wedi’i ateb y caiff %2 ei adio. Mae eich atebion yn cael eu cadw fel y rhoesoch nhw.</translation>
    </message>
</context>
<context>
    <name>SupportWords</name>
    <message>
        <source>Medicines</source>
        <translation>Meddyginiaethau</translation>
    </message>
    <message>
        <source>Talking therapies</source>
        <translation>Therapïau siarad</translation>
    </message>
    <message>
        <source>Peer and self-help groups</source>
        <translation>Grwpiau cymheiriaid a hunangymorth</translation>
    </message>
    <message>
        <source>Other supports</source>
        <translation>Cymorth arall</translation>
    </message>
    <message>
        <source>A medicine</source>
        <translation>Meddyginiaeth</translation>
    </message>
    <message>
        <source>A talking therapy</source>
        <translation>Therapi siarad</translation>
    </message>
    <message>
        <source>A peer or self-help group</source>
        <translation>Grŵp cymheiriaid neu hunangymorth</translation>
    </message>
    <message>
        <source>Something else (name it)</source>
        <translation>Rhywbeth arall (rhowch enw iddo)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Wedi dechrau</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Wedi newid</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi’i oedi</translation>
    </message>
    <message>
        <source>Started again</source>
        <translation>Wedi ailddechrau</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Wedi gollwng gafael</translation>
    </message>
    <message>
        <source>Note on effects</source>
        <translation>Nodyn am effeithiau</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wedi’i oedi</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>wedi gollwng gafael</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>ers %1</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 ar %3</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Choose Check in from its icon to come back, or Quit to close it completely. You can change this in Settings, under Privacy.</source>
        <translation>Dewiswch Cofnodi o’i eicon i ddod yn ôl, neu Gadael i’w gau’n llwyr. Gallwch newid hyn yn y Gosodiadau, o dan Preifatrwydd.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Cofnodi</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Cael help nawr</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>{title} is still running in the notification area, locked.</source>
        <translation>Mae {title} yn dal i redeg yn yr ardal hysbysu, wedi’i gloi.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--install-desktop-entry and --uninstall-desktop-entry go without a command. See 'recovery-journal --help'.</source>
        <translation>Mae --install-desktop-entry a --uninstall-desktop-entry yn cael eu defnyddio heb orchymyn. Gweler ‘recovery-journal --help’.</translation>
    </message>
    <message>
        <source>Recovery Journal was taken out of your app menu.</source>
        <translation>Cafodd Recovery Journal ei dynnu o’ch dewislen apiau.</translation>
    </message>
    <message>
        <source>Recovery Journal wasn't in your app menu, so nothing was removed.</source>
        <translation>Doedd Recovery Journal ddim yn eich dewislen apiau, felly chafodd dim byd ei dynnu.</translation>
    </message>
    <message>
        <source>Recovery Journal is now in your app menu (its files are under {folder}).</source>
        <translation>Mae Recovery Journal yn eich dewislen apiau nawr (mae ei ffeiliau o dan {folder}).</translation>
    </message>
    <message>
        <source>The app menu entry couldn't be changed under {folder} (the folder may be read-only or the disk full).</source>
        <translation>Doedd dim modd newid y cofnod yn y ddewislen apiau o dan {folder} (efallai fod y ffolder yn ddarllen-yn-unig neu fod y ddisg yn llawn).</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>mae’r ddisg yn llawn</translation>
    </message>
    <message>
        <source>The folder for the new journal doesn't exist.</source>
        <translation>Dydy’r ffolder ar gyfer y dyddlyfr newydd ddim yn bodoli.</translation>
    </message>
    <message>
        <source>this computer account may not write there</source>
        <translation>efallai na chaiff y cyfrif hwn ar y cyfrifiadur ysgrifennu yno</translation>
    </message>
    <message>
        <source>the disk or folder refused it</source>
        <translation>gwrthododd y ddisg neu’r ffolder</translation>
    </message>
    <message>
        <source>the journal file (default: your usual journal, shown below)</source>
        <translation>ffeil y dyddlyfr (diofyn: eich dyddlyfr arferol, a ddangosir isod)</translation>
    </message>
    <message>
        <source>the journal file</source>
        <translation>ffeil y dyddlyfr</translation>
    </message>
    <message>
        <source>{path} couldn't be written: {why}. Nothing was left there; any earlier file at that place was kept as it was.</source>
        <translation>Doedd dim modd ysgrifennu {path}: {why}. Chafodd dim byd ei adael yno; cafodd unrhyw ffeil gynharach yn y lle hwnnw ei chadw fel yr oedd.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a journal file.</source>
        <translation>Ffolder yw {path}, nid ffeil dyddlyfr.</translation>
    </message>
    <message>
        <source>There is no journal file at {path}.</source>
        <translation>Does dim ffeil dyddlyfr yn {path}.</translation>
    </message>
    <message>
        <source>--out names {path}, which is the journal itself or one of its own side files (-wal, -shm, -journal); nothing was written.</source>
        <translation>Mae --out yn enwi {path}, sef y dyddlyfr ei hun neu un o’i ffeiliau ochr (-wal, -shm, -journal); chafodd dim byd ei ysgrifennu.</translation>
    </message>
    <message>
        <source>--out names {path}, but {why}; nothing was written.</source>
        <translation>Mae --out yn enwi {path}, ond {why}; chafodd dim byd ei ysgrifennu.</translation>
    </message>
    <message>
        <source>The folder for --out ({folder}) doesn't exist; nothing was written.</source>
        <translation>Dydy’r ffolder ar gyfer --out ({folder}) ddim yn bodoli; chafodd dim byd ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Backup written and checked. It opens with the journal's current passphrase.</source>
        <translation>Mae’r copi wrth gefn wedi’i ysgrifennu a’i wirio. Mae’n agor gyda chyfrinymadrodd presennol y dyddlyfr.</translation>
    </message>
    <message>
        <source>write a verified encrypted backup of a journal</source>
        <translation>ysgrifennu copi wrth gefn wedi’i amgryptio a’i wirio o ddyddlyfr</translation>
    </message>
    <message>
        <source>Write an encrypted copy of a journal to a new file. The copy is written under a temporary name, checked (both integrity checks and the number of rows in every table), synced to disk and only then given its name. It opens with the same passphrase as the journal.</source>
        <translation>Ysgrifennu copi wedi’i amgryptio o ddyddlyfr i ffeil newydd. Mae’r copi’n cael ei ysgrifennu dan enw dros dro, ei wirio (y ddau wiriad cyfanrwydd a nifer y rhesi ym mhob tabl), ei gadw ar y ddisg a dim ond wedyn yn cael ei enw. Mae’n agor gyda’r un cyfrinymadrodd â’r dyddlyfr.</translation>
    </message>
    <message>
        <source>where to write the backup (a new file; it keeps the journal's passphrase)</source>
        <translation>ble i ysgrifennu’r copi wrth gefn (ffeil newydd; mae’n cadw cyfrinymadrodd y dyddlyfr)</translation>
    </message>
    <message>
        <source>A file already exists at --out, so no backup was written.</source>
        <translation>Mae ffeil yn bodoli yn --out yn barod, felly chafodd dim copi wrth gefn ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Choose a new file name; the existing file was left as it is.</source>
        <translation>Dewiswch enw ffeil newydd; cafodd y ffeil bresennol ei gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>That --pivot-tag hasn't been used in this journal yet, so there is no day to compare around and no file was written. Check its spelling, or give --pivot-date instead.</source>
        <translation>Dydy’r --pivot-tag hwnnw ddim wedi’i ddefnyddio yn y dyddlyfr hwn eto, felly does dim diwrnod i gymharu o’i gwmpas a chafodd dim ffeil ei hysgrifennu. Gwiriwch y sillafu, neu rhowch --pivot-date yn lle hynny.</translation>
    </message>
    <message>
        <source>save one chart as a PNG, SVG or PDF file</source>
        <translation>cadw un siart fel ffeil PNG, SVG neu PDF</translation>
    </message>
    <message>
        <source>Unlock a journal and save one chart of a period to FILE, in the format its extension names (.png at 300 dpi, .svg or .pdf). Charts: {charts}. The chart's title and period are drawn above it (--no-title leaves them off); the file holds no metadata but that title, and is written whole or not at all.</source>
        <translation>Datgloi dyddlyfr a chadw un siart o gyfnod yn FILE, yn y fformat mae ei estyniad yn ei enwi (.png ar 300 dpi, .svg neu .pdf). Siartiau: {charts}. Mae teitl a chyfnod y siart yn cael eu dangos uwch ei ben (mae --no-title yn eu gadael allan); does dim metadata yn y ffeil heblaw’r teitl hwnnw, ac mae’n cael ei hysgrifennu’n gyfan neu ddim o gwbl.</translation>
    </message>
    <message>
        <source>the file to write; .png (300 dpi), .svg or .pdf</source>
        <translation>y ffeil i’w hysgrifennu; .png (300 dpi), .svg neu .pdf</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>y diwrnod olaf (diofyn: heddiw)</translation>
    </message>
    <message>
        <source>the measure to show (mood, hope, or one you added, like sleep_hours); repeat it for several in the measures chart (default: mood for calendar and before-after, every measure in use for measures)</source>
        <translation>y mesur i’w ddangos (mood, hope, neu un a ychwanegoch chi, fel sleep_hours); rhowch ef sawl gwaith i weld sawl mesur yn y siart measures (diofyn: mood ar gyfer calendar a before-after, pob mesur sy’n cael ei ddefnyddio ar gyfer measures)</translation>
    </message>
    <message>
        <source>before-after: compare the days before and from this day (default: the last --days days up to --to, against the --days days before them)</source>
        <translation>before-after: cymharu’r dyddiau cyn y diwrnod hwn â’r dyddiau o’r diwrnod hwn ymlaen (diofyn: y --days diwrnod olaf hyd at --to, o’u cymharu â’r --days diwrnod cyn hynny)</translation>
    </message>
    <message>
        <source>before-after: compare around the first day this tag was used (a tag never used is an error)</source>
        <translation>before-after: cymharu o gwmpas y diwrnod cyntaf y defnyddiwyd y tag hwn (rhaid bod y tag wedi’i ddefnyddio o leiaf unwaith)</translation>
    </message>
    <message>
        <source>before-after: how many days on each side (default: %(default)s)</source>
        <translation>before-after: faint o ddyddiau ar bob ochr (diofyn: %(default)s)</translation>
    </message>
    <message>
        <source>colours (default: %(default)s)</source>
        <translation>lliwiau (diofyn: %(default)s)</translation>
    </message>
    <message>
        <source>the title shown above the chart and kept in the file (default: the chart's name and period); nothing else about you or this app is written into it</source>
        <translation>y teitl a ddangosir uwchben y siart ac a gedwir yn y ffeil (diofyn: enw a chyfnod y siart); does dim byd arall amdanoch chi na’r ap hwn yn cael ei ysgrifennu ynddi</translation>
    </message>
    <message>
        <source>leave the title and period off the image (a --title is still kept in the file)</source>
        <translation>gadael y teitl a’r cyfnod oddi ar y llun (mae --title yn dal i gael ei gadw yn y ffeil)</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>Mae’r dyddiad --from ar ôl y dyddiad --to.</translation>
    </message>
    <message>
        <source>The --out file must end in .png, .svg or .pdf.</source>
        <translation>Rhaid i’r ffeil --out orffen gyda .png, .svg neu .pdf.</translation>
    </message>
    <message>
        <source>The --out path is a folder; give a file name ending in .png, .svg or .pdf.</source>
        <translation>Ffolder yw’r llwybr --out; rhowch enw ffeil sy’n gorffen gyda .png, .svg neu .pdf.</translation>
    </message>
    <message>
        <source> ({start} to {end})</source>
        <translation> ({start} i {end})</translation>
    </message>
    <message>
        <source>Saved the chart “{title}”{period} to {path}.</source>
        <translation>Cafodd y siart “{title}”{period} ei gadw yn {path}.</translation>
    </message>
    <message>
        <source> ({before} to {before_end} against {after_start} to {after_end})</source>
        <translation> ({before} i {before_end} o’i gymharu â {after_start} i {after_end})</translation>
    </message>
    <message>
        <source>'{text}' is not a whole number of days above 0</source>
        <translation>Dydy ‘{text}’ ddim yn nifer cyfan o ddyddiau dros 0</translation>
    </message>
    <message>
        <source>which chart, one of: {charts}</source>
        <translation>pa siart, un o: {charts}</translation>
    </message>
    <message>
        <source>first day, like 2025-03-04 (default: the {days} days ending on --to; for calendar a year, the {year} days ending on --to; before-after uses --days instead)</source>
        <translation>y diwrnod cyntaf, fel 2025-03-04 (diofyn: y {days} diwrnod sy’n gorffen ar --to; ar gyfer calendar, blwyddyn: y {year} diwrnod sy’n gorffen ar --to; mae before-after yn defnyddio --days yn lle hynny)</translation>
    </message>
    <message>
        <source>'{text}' is not a date like 2025-03-04</source>
        <translation>Dydy ‘{text}’ ddim yn ddyddiad fel 2025-03-04</translation>
    </message>
    <message>
        <source>{problem} See 'recovery-journal chart --help'.</source>
        <translation>{problem} Gweler ‘recovery-journal chart --help’.</translation>
    </message>
    <message>
        <source>Both integrity checks passed: this journal is sound.</source>
        <translation>Pasiodd y ddau wiriad cyfanrwydd: mae'r dyddlyfr hwn yn gadarn.</translation>
    </message>
    <message>
        <source>check a journal's integrity</source>
        <translation>gwirio cyfanrwydd dyddlyfr</translation>
    </message>
    <message>
        <source>Unlock a journal and run both integrity checks (SQLCipher's page check and SQLite's structure check). Nothing is changed unless the journal needs an update to this version, which is made after a verified backup.</source>
        <translation>Datgloi dyddlyfr a rhedeg y ddau wiriad cyfanrwydd (gwiriad tudalennau SQLCipher a gwiriad strwythur SQLite). Does dim yn cael ei newid oni bai fod angen diweddaru’r dyddlyfr i’r fersiwn hon, a gwneir hynny ar ôl copi wrth gefn wedi’i wirio.</translation>
    </message>
    <message>
        <source>create a journal filled with an invented year, to try the app</source>
        <translation>creu dyddlyfr wedi’i lenwi â blwyddyn ddychmygol, i roi cynnig ar yr ap</translation>
    </message>
    <message>
        <source>Create a new journal at PATH filled with a year of invented check-ins, journal entries, strengths, goals, a wellness plan and supporters, ending today. Everything in it is made up; it is meant for trying the app and its charts.</source>
        <translation>Creu dyddlyfr newydd yn PATH wedi’i lenwi â blwyddyn o gofnodion, cofnodion dyddlyfr, cryfderau, nodau, cynllun lles a chefnogwyr dychmygol, yn gorffen heddiw. Mae popeth ynddo wedi’i ddychmygu; mae ar gyfer rhoi cynnig ar yr ap a’i siartiau.</translation>
    </message>
    <message>
        <source>the new journal file</source>
        <translation>ffeil y dyddlyfr newydd</translation>
    </message>
    <message>
        <source>another number gives another invented year (default: %(default)s)</source>
        <translation>mae rhif arall yn rhoi blwyddyn ddychmygol arall (diofyn: %(default)s)</translation>
    </message>
    <message>
        <source>Created a demo journal with a year of invented entries at {path}.</source>
        <translation>Crëwyd dyddlyfr enghreifftiol gyda blwyddyn o gofnodion dychmygol yn {path}.</translation>
    </message>
    <message>
        <source>write everything in a journal to a JSON file or a zip of CSV files</source>
        <translation>ysgrifennu popeth mewn dyddlyfr i ffeil JSON neu zip o ffeiliau CSV</translation>
    </message>
    <message>
        <source>Write everything in a journal (check-ins, journal entries, strengths, goals, the wellness plan, supporters, helplines, settings) to an open format: one JSON file described in docs/export-format.md, or a zip with one CSV file per kind of record. The file is written whole or not at all and only you can read it (mode 0600), but it is NOT encrypted: anyone who gets the file can read it.</source>
        <translation>Ysgrifennu popeth mewn dyddlyfr (cofnodion, cofnodion dyddlyfr, cryfderau, nodau, y cynllun lles, cefnogwyr, llinellau cymorth, gosodiadau) i fformat agored: un ffeil JSON a ddisgrifir yn docs/export-format.md, neu zip gydag un ffeil CSV ar gyfer pob math o gofnod. Mae’r ffeil yn cael ei hysgrifennu’n gyfan neu ddim o gwbl a dim ond chi sy’n gallu ei darllen (modd 0600), ond DYDY hi DDIM wedi’i hamgryptio: gall unrhyw un sy’n cael y ffeil ei darllen.</translation>
    </message>
    <message>
        <source>json: one file holding everything; csv: a zip with one CSV file per kind of record (default: %(default)s)</source>
        <translation>json: un ffeil sy’n dal popeth; csv: zip gydag un ffeil CSV ar gyfer pob math o gofnod (diofyn: %(default)s)</translation>
    </message>
    <message>
        <source>the file to write (an existing file is replaced)</source>
        <translation>y ffeil i’w hysgrifennu (mae ffeil sydd yno’n barod yn cael ei disodli)</translation>
    </message>
    <message>
        <source>Exported everything to {path}.</source>
        <translation>Cafodd popeth ei allforio i {path}.</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>cofnodion</translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation>cofnodion dyddlyfr</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>mesurau</translation>
    </message>
    <message>
        <source>life areas</source>
        <translation>meysydd bywyd</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tagiau</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>cryfderau</translation>
    </message>
    <message>
        <source>strength uses</source>
        <translation>defnyddiau o gryfderau</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>nodau</translation>
    </message>
    <message>
        <source>plan sections</source>
        <translation>adrannau o’r cynllun</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>cefnogwyr</translation>
    </message>
    <message>
        <source>helplines</source>
        <translation>llinellau cymorth</translation>
    </message>
    <message>
        <source>questionnaire answers</source>
        <translation>atebion holiadur</translation>
    </message>
    <message>
        <source>The file couldn't be imported, so nothing was added.</source>
        <translation>Doedd dim modd mewnforio’r ffeil, felly chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>any CSV (--from csv)</source>
        <translation>unrhyw CSV (--from csv)</translation>
    </message>
    <message>
        <source>In the file:</source>
        <translation>Yn y ffeil:</translation>
    </message>
    <message>
        <source>bring in history from Recovery Journal, Daylio, Pixels, jrnl or any CSV</source>
        <translation>dod â hanes i mewn o Recovery Journal, Daylio, Pixels, jrnl neu unrhyw CSV</translation>
    </message>
    <message>
        <source>Read FILE, show what it holds (counts, days, what is already in the journal), then add it in one step: if any row can't be stored, nothing is added and the message names the row and column. Importing the same file again adds nothing new. On a terminal you are asked to confirm; when standard input is not a terminal, line 1 is the passphrase and --yes is required. Daylio moods are your own words, so give each a number from 0 to 10 with --mood-map or --mood-map-file (rad, good, meh, bad and awful have defaults). Only a row that is already in the journal, or identical in every field to an earlier row of the same file, is skipped; the preview counts both. A file with a row that can't be read is refused with that row's number.</source>
        <translation>Darllen FILE, dangos beth sydd ynddo (niferoedd, dyddiau, beth sydd yn y dyddlyfr yn barod), yna ei ychwanegu mewn un cam: os oes unrhyw res na ellir ei chadw, does dim yn cael ei ychwanegu ac mae’r neges yn enwi’r rhes a’r golofn. Dydy mewnforio’r un ffeil eto ddim yn ychwanegu dim byd newydd. Mewn terfynell, gofynnir i chi gadarnhau; pan nad yw’r mewnbwn safonol yn derfynell, llinell 1 yw’r cyfrinymadrodd ac mae angen --yes. Eich geiriau chi yw hwyliau Daylio, felly rhowch rif o 0 i 10 i bob un gyda --mood-map neu --mood-map-file (mae gan rad, good, meh, bad ac awful werthoedd diofyn). Dim ond rhes sydd yn y dyddlyfr yn barod, neu sy’n union yr un fath ym mhob maes â rhes gynharach yn yr un ffeil, sy’n cael ei hepgor; mae’r rhagolwg yn cyfrif y ddwy. Mae ffeil gyda rhes na ellir ei darllen yn cael ei gwrthod, gyda rhif y rhes honno.</translation>
    </message>
    <message>
        <source>json (Recovery Journal), daylio (Daylio CSV), pixels (Pixels JSON), jrnl (jrnl JSON), bearable (Bearable CSV), csv (any CSV; needs --preset, or --date and more)</source>
        <translation>json (Recovery Journal), daylio (CSV Daylio), pixels (JSON Pixels), jrnl (JSON jrnl), bearable (CSV Bearable), csv (unrhyw CSV; mae angen --preset, neu --date a mwy)</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>y ffeil i’w mewnforio</translation>
    </message>
    <message>
        <source>Daylio: the 0-10 mood for each of your labels, e.g. 'rad=10,good=7.5,meh=5,bad=2.5,awful=0' (these are the defaults)</source>
        <translation>Daylio: yr hwyliau o 0 i 10 ar gyfer pob un o’ch labeli, e.e. 'rad=10,good=7.5,meh=5,bad=2.5,awful=0' (dyma’r rhai diofyn)</translation>
    </message>
    <message>
        <source>Daylio: a text file with one 'label = N' a line, for labels that hold commas (the last '=' on a line starts the number)</source>
        <translation>Daylio: ffeil destun gydag un 'label = N' ar bob llinell, ar gyfer labeli sy’n cynnwys comas (mae’r '=' olaf ar linell yn dechrau’r rhif)</translation>
    </message>
    <message>
        <source>Daylio: add the file's scales (e.g. Sleep Quality) as measures</source>
        <translation>Daylio: ychwanegu graddfeydd y ffeil (e.e. Sleep Quality) fel mesurau</translation>
    </message>
    <message>
        <source>add without asking; needed when standard input isn't a terminal (there, line 1 is the passphrase)</source>
        <translation>ychwanegu heb ofyn; mae angen hyn pan nad yw’r mewnbwn safonol yn derfynell (yno, llinell 1 yw’r cyfrinymadrodd)</translation>
    </message>
    <message>
        <source>the column holding the date</source>
        <translation>y golofn sy’n dal y dyddiad</translation>
    </message>
    <message>
        <source>the date's form, e.g. %%d/%%m/%%Y (default: 2024-03-05)</source>
        <translation>ffurf y dyddiad, e.e. %%d/%%m/%%Y (diofyn: 2024-03-05)</translation>
    </message>
    <message>
        <source>the column holding the time of day</source>
        <translation>y golofn sy’n dal yr amser o’r dydd</translation>
    </message>
    <message>
        <source>a column of numbers and the measure it fills (repeatable)</source>
        <translation>colofn o rifau a’r mesur mae’n ei lenwi (gallwch ei roi fwy nag unwaith)</translation>
    </message>
    <message>
        <source>a column of tags split by |, comma or ; (repeatable)</source>
        <translation>colofn o dagiau wedi’u rhannu gan |, coma neu ; (gallwch ei roi fwy nag unwaith)</translation>
    </message>
    <message>
        <source>the column holding the note</source>
        <translation>y golofn sy’n dal y nodyn</translation>
    </message>
    <message>
        <source>--preset goes with --from csv, instead of --date and the rest.</source>
        <translation>Mae --preset yn mynd gyda --from csv, yn lle --date a’r gweddill.</translation>
    </message>
    <message>
        <source>--from csv needs --date COLUMN (and usually --measure or --note).</source>
        <translation>Mae angen --date COLUMN ar --from csv (a fel arfer --measure neu --note).</translation>
    </message>
    <message>
        <source>Nothing was added. Add --yes to import when standard input isn't a terminal.</source>
        <translation>Chafodd dim byd ei ychwanegu. Ychwanegwch --yes i fewnforio pan nad yw’r mewnbwn safonol yn derfynell.</translation>
    </message>
    <message>
        <source>Add these to the journal? Type yes to go ahead: </source>
        <translation>Ychwanegu’r rhain at y dyddlyfr? Teipiwch ie i fwrw ymlaen: </translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>--mood-map-file: that file can't be read as UTF-8 text.</source>
        <translation>--mood-map-file: does dim modd darllen y ffeil honno fel testun UTF-8.</translation>
    </message>
    <message>
        <source>--measure takes COLUMN=KEY, e.g. --measure Mood=mood.</source>
        <translation>Mae --measure yn cymryd COLUMN=KEY, e.e. --measure Mood=mood.</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>dim byd i’w fewnforio</translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation>{problem} Chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>a ready-made mapping: {presets} (--mood-map then gives numbers to its mood words)</source>
        <translation>cyfatebiaeth barod: {presets} (yna mae --mood-map yn rhoi rhifau i’w geiriau hwyliau)</translation>
    </message>
    <message>
        <source>--mood-map takes label=number pairs, e.g. good=7.5,meh=5.</source>
        <translation>Mae --mood-map yn cymryd parau label=rhif, e.e. good=7.5,meh=5.</translation>
    </message>
    <message>
        <source>From {first} to {last}.</source>
        <translation>O {first} i {last}.</translation>
    </message>
    <message>
        <source>The file also holds Daylio scales ({scales}). They are left out unless you add --with-scales, which makes each one a measure.</source>
        <translation>Mae’r ffeil hefyd yn dal graddfeydd Daylio ({scales}). Maen nhw’n cael eu gadael allan oni bai eich bod yn ychwanegu --with-scales, sy’n gwneud pob un yn fesur.</translation>
    </message>
    <message>
        <source>There is no file to import at {path}. Nothing was added.</source>
        <translation>Does dim ffeil i’w mewnforio yn {path}. Chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>Added {total} new records.</source>
        <translation>Wedi ychwanegu {total} eitem newydd.</translation>
    </message>
    <message>
        <source>New measures it creates: {names}.</source>
        <translation>Mesurau newydd y bydd yn eu creu: {names}.</translation>
    </message>
    <message>
        <source>Not brought in (no place for it in the journal): {items}.</source>
        <translation>Heb ddod i mewn (does dim lle iddo yn y dyddlyfr): {items}.</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} newydd</translation>
    </message>
    <message>
        <source>--mood-map-file, line {number}: write it as 'label = number'.</source>
        <translation>--mood-map-file, llinell {number}: ysgrifennwch hi fel ‘label = rhif’.</translation>
    </message>
    <message>
        <source>{count} already in this journal</source>
        <translation>{count} yn y dyddlyfr hwn yn barod</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} wedi’u hepgor</translation>
    </message>
    <message>
        <source>{count} {kind} ({parts})</source>
        <translation>{count} {kind} ({parts})</translation>
    </message>
    <message>
        <source>create a new, empty journal</source>
        <translation>creu dyddlyfr newydd, gwag</translation>
    </message>
    <message>
        <source>Create a new, empty journal protected by a passphrase. It starts with the usual measures (mood, hope) and life areas, and nothing personal. An existing file is never replaced.</source>
        <translation>Creu dyddlyfr newydd, gwag wedi’i ddiogelu gan gyfrinymadrodd. Mae’n dechrau gyda’r mesurau arferol (hwyliau, gobaith) a meysydd bywyd, a dim byd personol. Dydy ffeil sy’n bodoli byth yn cael ei disodli.</translation>
    </message>
    <message>
        <source>Created a new, empty journal at {path}.</source>
        <translation>Crëwyd dyddlyfr newydd, gwag yn {path}.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Cyfrinymadrodd presennol: </translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Mae’r cyfrinymadrodd wedi newid. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <source>change a journal's passphrase</source>
        <translation>newid cyfrinymadrodd dyddlyfr</translation>
    </message>
    <message>
        <source>Change the passphrase of a journal. The journal is re-encrypted and reopened with the new passphrase to prove the change, then each automatic backup and each copy kept beside it is re-encrypted too; any copy that can't be is named and left as it was. If the computer stops during the change, one of the two passphrases still opens the journal and each copy: try the previous one too.</source>
        <translation>Newid cyfrinymadrodd dyddlyfr. Mae’r dyddlyfr yn cael ei ail-amgryptio a’i ailagor gyda’r cyfrinymadrodd newydd i brofi’r newid, yna mae pob copi wrth gefn awtomatig a phob copi a gedwir wrth ei ymyl yn cael ei ail-amgryptio hefyd; mae unrhyw gopi na ellir ei newid yn cael ei enwi a’i adael fel yr oedd. Os bydd y cyfrifiadur yn stopio yn ystod y newid, bydd un o’r ddau gyfrinymadrodd yn dal i agor y dyddlyfr a phob copi: rhowch gynnig ar yr hen un hefyd.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Cyfrinymadrodd newydd: </translation>
    </message>
    <message>
        <source>Backups changed with it: {count}.</source>
        <translation>Copïau wrth gefn a newidiwyd gydag ef: {count}.</translation>
    </message>
    <message>
        <source>Left as it was, still under the passphrase it had before: {path}</source>
        <translation>Wedi’i adael fel yr oedd, yn dal dan y cyfrinymadrodd oedd ganddo o’r blaen: {path}</translation>
    </message>
    <message>
        <source>write a PDF report of the sections you choose</source>
        <translation>ysgrifennu adroddiad PDF o’r adrannau rydych chi’n eu dewis</translation>
    </message>
    <message>
        <source>Unlock a journal and write a PDF report of a period with only the sections you choose. Sections: checkins, {charts}, plan, {plan_sections}, people, journal. Phone numbers, email addresses and journal text stay out unless asked for. The file holds no metadata but its title and is not encrypted.</source>
        <translation>Datgloi dyddlyfr ac ysgrifennu adroddiad PDF o gyfnod gyda dim ond yr adrannau rydych chi’n eu dewis. Adrannau: checkins, {charts}, plan, {plan_sections}, people, journal. Mae rhifau ffôn, cyfeiriadau e-bost a thestun y dyddlyfr yn aros allan oni bai eich bod yn gofyn amdanyn nhw. Does dim metadata yn y ffeil heblaw ei theitl, a dydy hi ddim wedi’i hamgryptio.</translation>
    </message>
    <message>
        <source>comma-separated sections: a chart ({charts}), checkins (a summary table), strengths and goals (chart and list), plan (every section) or one plan section ({plan_sections}), people, journal (dates, titles and tags; add --with-journal-text for the text)</source>
        <translation>adrannau wedi’u gwahanu gan goma: siart ({charts}), checkins (tabl cryno), strengths a goals (siart a rhestr), plan (pob adran) neu un adran o’r cynllun ({plan_sections}), people, journal (dyddiadau, teitlau a thagiau; ychwanegwch --with-journal-text i gael y testun)</translation>
    </message>
    <message>
        <source>first day, like 2025-03-04</source>
        <translation>y diwrnod cyntaf, fel 2025-03-04</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>y diwrnod olaf</translation>
    </message>
    <message>
        <source>the PDF to write (not encrypted; written whole or not at all)</source>
        <translation>y PDF i’w ysgrifennu (heb ei amgryptio; mae’n cael ei ysgrifennu’n gyfan neu ddim o gwbl)</translation>
    </message>
    <message>
        <source>people: include phone numbers and email addresses (off by default)</source>
        <translation>people: cynnwys rhifau ffôn a chyfeiriadau e-bost (i ffwrdd fel arfer)</translation>
    </message>
    <message>
        <source>journal: include the text of the entries (off by default)</source>
        <translation>journal: cynnwys testun y cofnodion (i ffwrdd fel arfer)</translation>
    </message>
    <message>
        <source>paper size (default: %(default)s)</source>
        <translation>maint y papur (diofyn: %(default)s)</translation>
    </message>
    <message>
        <source>add "Shared by me on DATE" at the foot of every page</source>
        <translation>rhoi “Rhannwyd gennyf ar DYDDIAD” ar waelod pob tudalen</translation>
    </message>
    <message>
        <source>The --out file must end in .pdf.</source>
        <translation>Rhaid i’r ffeil --out orffen gyda .pdf.</translation>
    </message>
    <message>
        <source>The --out path is a folder; give a file name ending in .pdf.</source>
        <translation>Ffolder yw’r llwybr --out; rhowch enw ffeil sy’n gorffen gyda .pdf.</translation>
    </message>
    <message>
        <source>Saved the report to {path}. It is not encrypted: anyone with the file can read it.</source>
        <translation>Cafodd yr adroddiad ei gadw yn {path}. Dydy e ddim wedi’i amgryptio: gall unrhyw un sydd â’r ffeil ei ddarllen.</translation>
    </message>
    <message>
        <source>{problem} See 'recovery-journal report --help'.</source>
        <translation>{problem} Gweler ‘recovery-journal report --help’.</translation>
    </message>
    <message>
        <source>The backup was checked and restored.</source>
        <translation>Cafodd y copi wrth gefn ei wirio a’i adfer.</translation>
    </message>
    <message>
        <source>restore a journal from a backup</source>
        <translation>adfer dyddlyfr o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Check a backup first (its passphrase, both integrity checks), then put it in place of the journal. The journal that was there is kept with the date and time in its name, never deleted, with every save it held. If PATH is a link, the link stays and the file it points to is replaced. You are told if the backup came from another journal. If the backup doesn't check out, nothing is changed. The passphrase asked for is the one the journal had when the backup was made.</source>
        <translation>Gwirio copi wrth gefn yn gyntaf (ei gyfrinymadrodd, y ddau wiriad cyfanrwydd), yna ei roi yn lle’r dyddlyfr. Mae’r dyddlyfr oedd yno yn cael ei gadw gyda’r dyddiad a’r amser yn ei enw, heb ei ddileu byth, gyda phob cadw oedd ynddo. Os yw PATH yn ddolen, mae’r ddolen yn aros ac mae’r ffeil mae’n pwyntio ati yn cael ei disodli. Cewch wybod os daeth y copi wrth gefn o ddyddlyfr arall. Os nad yw’r copi wrth gefn yn pasio’r gwiriad, does dim yn cael ei newid. Y cyfrinymadrodd a ofynnir amdano yw’r un oedd gan y dyddlyfr pan wnaed y copi wrth gefn.</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>y copi wrth gefn i’w adfer</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Cyfrinymadrodd y copi wrth gefn: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Does dim ffeil copi wrth gefn yn {path}.</translation>
    </message>
    <message>
        <source>Your previous journal was kept, whole, at: {path}</source>
        <translation>Cafodd eich dyddlyfr blaenorol ei gadw, yn gyfan, yn: {path}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so the command stopped. Your journal file was left as the last finished step saved it.</source>
        <translation>Aeth rhywbeth annisgwyl o’i le, felly stopiodd y gorchymyn. Cafodd ffeil eich dyddlyfr ei gadael fel y cadwodd y cam olaf a orffennwyd hi.</translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <translation>Wedi stopio, fel y gofynnoch.</translation>
    </message>
    <message>
        <source>The command wasn't understood. See 'recovery-journal --help'.</source>
        <translation>Doedd dim modd deall y gorchymyn. Gweler ‘recovery-journal --help’.</translation>
    </message>
    <message>
        <source>The two passphrases you typed are different, so nothing was changed.</source>
        <translation>Mae’r ddau gyfrinymadrodd a deipioch chi’n wahanol, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <source>The file named by --out couldn't be written, so nothing was written there.</source>
        <translation>Doedd dim modd ysgrifennu’r ffeil a enwyd gan --out, felly chafodd dim byd ei ysgrifennu yno.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Wedi gorffen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (the message says no more).</source>
        <translation>Aeth rhywbeth annisgwyl o’i le (dydy’r neges ddim yn dweud mwy).</translation>
    </message>
    <message>
        <source>The command line wasn't understood.</source>
        <translation>Doedd dim modd deall y llinell orchymyn.</translation>
    </message>
    <message>
        <source>Stopped with Ctrl+C.</source>
        <translation>Wedi stopio gyda Ctrl+C.</translation>
    </message>
    <message>
        <source>Recovery Journal: a private, offline-first wellness journal. With no command, the desktop app opens your journal.</source>
        <translation>Recovery Journal: dyddlyfr lles preifat sy’n gweithio all-lein yn gyntaf. Heb orchymyn, mae’r ap bwrdd gwaith yn agor eich dyddlyfr.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>defnydd: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>dadleuon safle</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsiynau</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>dangos y neges gymorth hon, yna stopio</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>mae angen y dadleuon hyn: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>mae angen un o’r dadleuon %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>dadleuon anghyfarwydd: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>dadl %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>dydy %(value)r ddim yn un o’r dewisiadau (dewiswch o %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>dydy %(value)r ddim yn werth %(type)s dilys</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>mae angen un gwerth ar ei ôl</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>does dim modd ei ddefnyddio gyda %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>anwybyddwyd y gwerth %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsiwn amwys: gallai %(option)s olygu %(matches)s</translation>
    </message>
    <message>
        <source>Your usual journal:</source>
        <translation>Eich dyddlyfr arferol:</translation>
    </message>
    <message>
        <source>Passphrases:</source>
        <translation>Cyfrinymadroddion:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codau gadael:</translation>
    </message>
    <message>
        <source>show the version number, then stop</source>
        <translation>dangos rhif y fersiwn, yna stopio</translation>
    </message>
    <message>
        <source>the journal the desktop app opens (default: your usual journal)</source>
        <translation>y dyddlyfr mae’r ap bwrdd gwaith yn ei agor (diofyn: eich dyddlyfr arferol)</translation>
    </message>
    <message>
        <source>the language of these messages: en, cy (Cymraeg) or es (Español); default: your system's</source>
        <translation>iaith y negeseuon hyn: en, cy (Cymraeg) neu es (Español); diofyn: iaith eich system</translation>
    </message>
    <message>
        <source>add Recovery Journal to your desktop's app menu, for you only (under $XDG_DATA_HOME, usually ~/.local/share), then stop</source>
        <translation>ychwanegu Recovery Journal at ddewislen apiau eich bwrdd gwaith, i chi yn unig (o dan $XDG_DATA_HOME, fel arfer ~/.local/share), yna stopio</translation>
    </message>
    <message>
        <source>take Recovery Journal out of your app menu again, then stop</source>
        <translation>tynnu Recovery Journal o’ch dewislen apiau eto, yna stopio</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>gorchmynion</translation>
    </message>
    <message>
        <source>{problem}. See '{command} --help'.</source>
        <translation>{problem}. Gweler ‘{command} --help’.</translation>
    </message>
    <message>
        <source>Passphrases: {rule}</source>
        <translation>Cyfrinymadroddion: {rule}</translation>
    </message>
    <message>
        <source>On a terminal, passphrases are asked without showing what you type, and a new one is asked twice. When standard input is not a terminal, the passphrase is read from its first line (for passwd: the current passphrase on line 1, the new one on line 2). Only the line ending (\n or \r\n) is removed; every other space is part of the passphrase.</source>
        <translation>Mewn terfynell, gofynnir am gyfrinymadroddion heb ddangos beth rydych chi’n ei deipio, a gofynnir am un newydd ddwywaith. Pan nad yw’r mewnbwn safonol yn derfynell, mae’r cyfrinymadrodd yn cael ei ddarllen o’i linell gyntaf (ar gyfer passwd: y cyfrinymadrodd presennol ar linell 1, yr un newydd ar linell 2). Dim ond diwedd y llinell (\n neu \r\n) sy’n cael ei dynnu; mae pob bwlch arall yn rhan o’r cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Cyfrinymadrodd: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Teipiwch ef eto: </translation>
    </message>
    <message>
        <source>No passphrase was typed.</source>
        <translation>Chafodd dim cyfrinymadrodd ei deipio.</translation>
    </message>
    <message>
        <source>The passphrase on standard input isn't UTF-8 text.</source>
        <translation>Dydy’r cyfrinymadrodd ar y mewnbwn safonol ddim yn destun UTF-8.</translation>
    </message>
    <message>
        <source>No passphrase was found on line {number} of standard input.</source>
        <translation>Chafwyd dim cyfrinymadrodd ar linell {number} o’r mewnbwn safonol.</translation>
    </message>
    <message>
        <source>Something went wrong with the journal file.</source>
        <translation>Aeth rhywbeth o’i le gyda ffeil y dyddlyfr.</translation>
    </message>
    <message>
        <source>Please type a passphrase; an empty one can't protect your journal.</source>
        <translation>Teipiwch gyfrinymadrodd; all un gwag ddim diogelu eich dyddlyfr.</translation>
    </message>
    <message>
        <source>That passphrase contains a character that can't be used (a null character).</source>
        <translation>Mae’r cyfrinymadrodd hwnnw’n cynnwys nod na ellir ei ddefnyddio (nod null).</translation>
    </message>
    <message>
        <source>That passphrase doesn't open this journal, or this is not a Recovery Journal file.</source>
        <translation>Dydy’r cyfrinymadrodd hwnnw ddim yn agor y dyddlyfr hwn, neu dydy hon ddim yn ffeil Recovery Journal.</translation>
    </message>
    <message>
        <source>Check Caps Lock and try again. If you changed your passphrase recently, try the previous one too.</source>
        <translation>Gwiriwch Caps Lock a rhowch gynnig arall arni. Os gwnaethoch chi newid eich cyfrinymadrodd yn ddiweddar, rhowch gynnig ar yr hen un hefyd.</translation>
    </message>
    <message>
        <source>That isn't the passphrase your journal has now, so nothing was changed.</source>
        <translation>Nid dyna gyfrinymadrodd presennol eich dyddlyfr, felly chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>Check Caps Lock and type your current passphrase again.</source>
        <translation>Gwiriwch Caps Lock a theipiwch eich cyfrinymadrodd presennol eto.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you have now, so nothing was changed.</source>
        <translation>Mae’r cyfrinymadrodd newydd yr un fath â’r un sydd gennych chi nawr, felly chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>Choose a different one to change it.</source>
        <translation>Dewiswch un gwahanol i’w newid.</translation>
    </message>
    <message>
        <source>There is no journal file at that place.</source>
        <translation>Does dim ffeil dyddlyfr yn y lle hwnnw.</translation>
    </message>
    <message>
        <source>It may have been moved or renamed. Choose the file again, or create a new journal.</source>
        <translation>Efallai ei bod wedi'i symud neu wedi'i hailenwi. Dewiswch y ffeil eto, neu crëwch ddyddlyfr newydd.</translation>
    </message>
    <message>
        <source>That is a folder or a special file, not a journal file.</source>
        <translation>Ffolder neu ffeil arbennig yw honno, nid ffeil dyddlyfr.</translation>
    </message>
    <message>
        <source>Choose the journal file itself.</source>
        <translation>Dewiswch ffeil y dyddlyfr ei hun.</translation>
    </message>
    <message>
        <source>This file is empty, so it holds no journal (it may be damaged).</source>
        <translation>Mae’r ffeil hon yn wag, felly does dim dyddlyfr ynddi (efallai ei bod wedi’i difrodi).</translation>
    </message>
    <message>
        <source>If you have a backup, restore it. Your other files were not touched.</source>
        <translation>Os oes gennych chi gopi wrth gefn, adferwch ef. Chafodd eich ffeiliau eraill mo’u cyffwrdd.</translation>
    </message>
    <message>
        <source>This is an ordinary, unencrypted database file, not a Recovery Journal.</source>
        <translation>Ffeil cronfa ddata gyffredin, heb ei hamgryptio, yw hon, nid Recovery Journal.</translation>
    </message>
    <message>
        <source>Choose your journal file, or import your data from another app instead.</source>
        <translation>Dewiswch ffeil eich dyddlyfr, neu mewnforiwch eich data o ap arall yn lle hynny.</translation>
    </message>
    <message>
        <source>This encrypted file opened, but it belongs to another app, not Recovery Journal.</source>
        <translation>Agorodd y ffeil hon sydd wedi’i hamgryptio, ond mae’n perthyn i ap arall, nid Recovery Journal.</translation>
    </message>
    <message>
        <source>Nothing in it was changed. Choose your journal file instead.</source>
        <translation>Chafodd dim byd ynddi ei newid. Dewiswch ffeil eich dyddlyfr yn lle hynny.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but part of this journal file is damaged.</source>
        <translation>Mae eich cyfrinymadrodd yn gywir, ond mae rhan o ffeil y dyddlyfr hwn wedi’i difrodi.</translation>
    </message>
    <message>
        <source>The file was not changed. Restore your latest backup, and keep this file in case it can be repaired.</source>
        <translation>Chafodd y ffeil mo’i newid. Adferwch eich copi wrth gefn diweddaraf, a chadwch y ffeil hon rhag ofn y gellir ei thrwsio.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Recovery Journal.</source>
        <translation>Cafodd y dyddlyfr hwn ei gadw gan fersiwn mwy newydd o Recovery Journal.</translation>
    </message>
    <message>
        <source>Update the app to open it. The file was not changed.</source>
        <translation>Diweddarwch yr ap i’w agor. Chafodd y ffeil mo’i newid.</translation>
    </message>
    <message>
        <source>This journal is already open in another window or program.</source>
        <translation>Mae’r dyddlyfr hwn eisoes ar agor mewn ffenestr neu raglen arall.</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation>Ewch i’r ffenestr honno, neu caewch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This computer account isn't allowed to read or change that journal file.</source>
        <translation>Dydy’r cyfrif hwn ar y cyfrifiadur ddim yn cael darllen na newid ffeil y dyddlyfr honno.</translation>
    </message>
    <message>
        <source>Check the file's permissions, or copy it somewhere you can write to.</source>
        <translation>Gwiriwch ganiatâd y ffeil, neu copïwch hi i rywle lle gallwch chi ysgrifennu.</translation>
    </message>
    <message>
        <source>A file already exists there, so a new journal was not created.</source>
        <translation>Mae ffeil yno’n barod, felly chafodd dyddlyfr newydd mo’i greu.</translation>
    </message>
    <message>
        <source>Choose another name or place; the existing file was left as it is.</source>
        <translation>Dewiswch enw neu le arall; cafodd y ffeil bresennol ei gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>There isn't enough free space on the disk to save.</source>
        <translation>Does dim digon o le rhydd ar y ddisg i gadw.</translation>
    </message>
    <message>
        <source>Nothing was lost: free some space and save again.</source>
        <translation>Chollwyd dim byd: rhyddhewch ychydig o le a chadwch eto.</translation>
    </message>
    <message>
        <source>The journal file couldn't be read or written just now.</source>
        <translation>Doedd dim modd darllen nac ysgrifennu ffeil y dyddlyfr ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Nothing was lost. Try again; if it keeps happening, restore a backup.</source>
        <translation>Chollwyd dim byd. Rhowch gynnig arall arni; os yw’n dal i ddigwydd, adferwch gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>Mae’r dyddlyfr wedi’i gloi.</translation>
    </message>
    <message>
        <source>Unlock it to go on.</source>
        <translation>Datgloiwch ef i barhau.</translation>
    </message>
    <message>
        <source>The journal is busy changing its passphrase.</source>
        <translation>Mae’r dyddlyfr wrthi’n newid ei gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Rhowch gynnig arall arni mewn eiliad.</translation>
    </message>
    <message>
        <source>That item no longer exists in the journal.</source>
        <translation>Dydy’r eitem honno ddim yn y dyddlyfr mwyach.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the side file holding this journal's most recent saves was damaged or lost when the computer stopped, so some of those saves may be missing.</source>
        <translation>Mae eich cyfrinymadrodd yn gywir, ond cafodd y ffeil ochr sy’n dal y pethau a gadwyd ddiweddaraf yn y dyddlyfr hwn ei difrodi neu ei cholli pan stopiodd y cyfrifiadur, felly efallai fod rhai o’r pethau hynny ar goll.</translation>
    </message>
    <message>
        <source>Unlock again to go on with everything that could be read.</source>
        <translation>Datgloiwch eto i barhau gyda phopeth y gellid ei ddarllen.</translation>
    </message>
    <message>
        <source>This file ends before its first page does, so it was cut short or it isn't a journal file.</source>
        <translation>Mae’r ffeil hon yn gorffen cyn i’w thudalen gyntaf orffen, felly cafodd ei thorri’n fyr neu dydy hi ddim yn ffeil dyddlyfr.</translation>
    </message>
    <message>
        <source>The file was not changed. If you have a backup, restore it.</source>
        <translation>Chafodd y ffeil mo’i newid. Os oes gennych chi gopi wrth gefn, adferwch ef.</translation>
    </message>
    <message>
        <source>This export is not encrypted: anyone who can open the file can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Dydy’r allforyn hwn ddim wedi’i amgryptio: gall unrhyw un sy’n gallu agor y ffeil ddarllen popeth sydd ynddi. Cadwch hi rywle preifat, a’i dileu pan nad oes ei hangen arnoch mwyach.</translation>
    </message>
</context>
</TS>
