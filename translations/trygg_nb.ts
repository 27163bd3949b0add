<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>CycleTexts</name>
    <message>
        <location filename="../ui/cycle/CycleTexts.cpp" line="+11"/>
        <source>Confidentiality</source>
        <translation>Konfidensialitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Tilgjengelighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data breach</source>
        <translation>Brudd på personopplysningssikkerheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breach of routine</source>
        <translation>Brudd på rutine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Middels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>Under utredning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risk assessment</source>
        <translation>Risikovurdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Aktivum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy document</source>
        <translation>Styringsdokument</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never assessed</source>
        <translation>Aldri vurdert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew the risk assessment</source>
        <translation>Forny risikovurderingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up the measure</source>
        <translation>Følg opp tiltaket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the policy document</source>
        <translation>Gå gjennom styringsdokumentet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the asset</source>
        <translation>Gå gjennom aktivumet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure deadline</source>
        <translation>Frist for tiltak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residual risk not accepted</source>
        <translation>Restrisikoen er ikke akseptert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance expired</source>
        <translation>Aksepten er utløpt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acceptance expires</source>
        <translation>Aksepten utløper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action plan changed since approved</source>
        <translation>Handlingsplanen er endret etter godkjenningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment changed since approved</source>
        <translation>Vurderingen er endret etter godkjenningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the data protection authority (72 hours)</source>
        <translation>Meld til Datatilsynet (72 timer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception runs out</source>
        <translation>Unntaket utløper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a measure or management&apos;s acceptance</source>
        <translation>Trenger et tiltak eller ledelsens aksept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the residual risk</source>
        <translation>Vurder restrisikoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassess the carried-over line</source>
        <translation>Vurder den overførte linjen på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the risk line</source>
        <translation>Vurder risikolinjen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reviews</source>
        <translation>Gjennomganger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure deadlines</source>
        <translation>Frister for tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptances</source>
        <translation>Aksepter av restrisiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>Godkjenninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breach notifications</source>
        <translation>Meldinger om brudd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceptions</source>
        <translation>Unntak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks needing treatment</source>
        <translation>Risikoer som trenger behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual risks to score</source>
        <translation>Restrisikoer uten fastsatt produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried-over lines to reassess</source>
        <translation>Overførte linjer som skal vurderes på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk lines not scored</source>
        <translation>Risikolinjer som ikke er vurdert</translation>
    </message>
</context>
<context>
    <name>DomainTexts</name>
    <message>
        <location filename="../core/model/ValueWords.cpp" line="+152"/>
        <source>IT system</source>
        <translation>IT-system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/common/DomainTexts.cpp" line="+64"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Applikasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Rutine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper archive</source>
        <translation>Papirarkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welfare technology</source>
        <translation>Velferdsteknologi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary</source>
        <translation>Vanlige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Middels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Levert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Privacy</source>
        <translation>Personvern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Konfidensialitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Tilgjengelighet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../ui/common/DomainTexts.cpp" line="+1"/>
        <source>Risk matrix</source>
        <translation>Risikomatrise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Aktivum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Risikovurdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy document</source>
        <translation>Styringsdokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>Aksept av restrisiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception</source>
        <translation>Unntak</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../ui/common/QtTexts.cpp" line="+48"/>
        <source>&amp;Select All</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Steg opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Steg &amp;ned</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <location line="+82"/>
        <source>Select Color</source>
        <translation>Velg farge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Basic colors</source>
        <translation>&amp;Grunnfarger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Custom colors</source>
        <translation>&amp;Egne farger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Legg til i egne farger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pick Screen Color</source>
        <translation>&amp;Hent farge fra skjermen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Markøren ved %1, %2
Trykk Esc for å avbryte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hu&amp;e:</source>
        <translation>Farge&amp;tone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sat:</source>
        <translation>&amp;Metning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Val:</source>
        <translation>&amp;Verdi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Red:</source>
        <translation>&amp;Rød:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Green:</source>
        <translation>&amp;Grønn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bl&amp;ue:</source>
        <translation>Bl&amp;å:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;lpha channel:</source>
        <translation>Gjennom&amp;siktighet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location line="+93"/>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job Control</source>
        <translation>Jobbstyring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled printing:</source>
        <translation>Planlagt utskrift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing information:</source>
        <translation>Faktureringsopplysninger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job priority:</source>
        <translation>Jobbprioritet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banner Pages</source>
        <translation>Bannersider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End:</source>
        <translation>Slutt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Immediately</source>
        <translation>Skriv ut straks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold Indefinitely</source>
        <translation>Hold tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day (06:00 to 17:59)</source>
        <translation>Dag (06:00 til 17:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night (18:00 to 05:59)</source>
        <translation>Natt (18:00 til 05:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Kveldsskift (16:00 til 23:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Nattskift (00:00 til 07:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Helg (lørdag til søndag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific Time</source>
        <translation>Bestemt tidspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unclassified</source>
        <translation>Ugradert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Fortrolig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classified</source>
        <translation>Gradert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Hemmelig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top Secret</source>
        <translation>Strengt hemmelig</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <location line="+1"/>
        <source>Authentication Needed</source>
        <translation>Autentisering kreves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication needed to use %1.</source>
        <translation>Det kreves autentisering for å bruke %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Det kreves autentisering for å bruke %1 på %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username:</source>
        <translation>Brukernavn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passord:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-194"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Gå fram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Gå til den overordnede mappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Opprett en ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Vis som liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Vis med detaljer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Filnavn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>Finn mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Steder og bokmerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Nylige steder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Denne datamaskinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Mappen kunne ikke slettes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Vil du slette «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+152"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Mappen finnes ikke.
Kontroller navnet på mappen.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen finnes ikke.
Kontroller navnet på filen.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Snarvei</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="-147"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Denne datamaskinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>Ugyldig filnavn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Navnet «%1» kan ikke brukes.&lt;/b&gt;&lt;p&gt;Prøv et annet navn med færre tegn eller uten skilletegn.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-97"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp u&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+12"/>
        <source>Show Details...</source>
        <translation>Vis detaljer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location line="+155"/>
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page size:</source>
        <translation>Sidestørrelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>Bredde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Høyde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper source:</source>
        <translation>Papirkilde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse landscape</source>
        <translation>Omvendt liggende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse portrait</source>
        <translation>Omvendt stående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins</source>
        <translation>Marger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top margin</source>
        <translation>toppmarg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left margin</source>
        <translation>venstre marg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right margin</source>
        <translation>høyre marg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom margin</source>
        <translation>bunnmarg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Layout</source>
        <translation>Sideoppsett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page order:</source>
        <translation>Siderekkefølge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages per sheet:</source>
        <translation>Sider per ark:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Egendefinert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Millimeters (mm)</source>
        <translation>Millimeter (mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inches (in)</source>
        <translation>Tommer (in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points (pt)</source>
        <translation>Punkter (pt)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-213"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location line="+117"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print</source>
        <translation>&amp;Skriv ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Innstillinger &gt;&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Innstillinger &lt;&lt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print to File (PDF)</source>
        <translation>Skriv ut til fil (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print To File ...</source>
        <translation>Skriv ut til fil ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local file</source>
        <translation>Lokal fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write PDF file</source>
        <translation>Skriv PDF-fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Pages</source>
        <translation>Alle sider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd Pages</source>
        <translation>Oddetallssider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even Pages</source>
        <translation>Partallssider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>Venstre mot høyre, ovenfra og ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>Venstre mot høyre, nedenfra og opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>Høyre mot venstre, nedenfra og opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>Høyre mot venstre, ovenfra og ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>Nedenfra og opp, venstre mot høyre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>Nedenfra og opp, høyre mot venstre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>Ovenfra og ned, venstre mot høyre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>Ovenfra og ned, høyre mot venstre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 finnes allerede.
Vil du overskrive den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 er en mappe.
Velg et annet filnavn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Filen %1 kan ikke skrives til.
Velg et annet filnavn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid Pages Definition</source>
        <translation>Ugyldig sideutvalg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 er ikke skrevet riktig. Skill sider og intervaller med «,», angi intervaller med «-», og la ikke intervallene overlappe hverandre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Verdien «Fra» kan ikke være større enn verdien «Til».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplex Settings Conflicts</source>
        <translation>Motstridende innstillinger for tosidig utskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Innstillingene for tosidig utskrift strider mot hverandre. Vil du rette dem?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Innstillingene «Sider per ark» og «Sidesett» kan ikke brukes sammen.
Slå av en av dem.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location line="-124"/>
        <source>Print Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Tilpass siden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Tilpass bredden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Setup</source>
        <translation>Sideoppsett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page setup</source>
        <translation>Sideoppsett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show overview of all pages</source>
        <translation>Vis alle sidene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First page</source>
        <translation>Første side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last page</source>
        <translation>Siste side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show single page</source>
        <translation>Vis én side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show facing pages</source>
        <translation>Vis to sider ved siden av hverandre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to PDF</source>
        <translation>Eksporter til PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location line="+162"/>
        <source>Printer Properties</source>
        <translation>Skriveregenskaper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job Options</source>
        <translation>Innstillinger for utskriftsjobben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced Option Conflicts</source>
        <translation>Motstridende avanserte innstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Noen avanserte innstillinger strider mot hverandre. Vil du rette dem?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Setup Conflicts</source>
        <translation>Motstridende sideoppsett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Innstillingene for sideoppsett strider mot hverandre. Vil du rette dem?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location line="-8"/>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Avansert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Noen innstillinger strider mot hverandre. Rett dem.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="-53"/>
        <source>Copies</source>
        <translation>Eksemplarer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print range</source>
        <translation>Utskriftsområde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print all</source>
        <translation>Skriv ut alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages from</source>
        <translation>Sider fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Page</source>
        <translation>Gjeldende side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Utvalg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output Settings</source>
        <translation>Utskriftsinnstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies:</source>
        <translation>Eksemplarer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collate</source>
        <translation>Sorter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Omvendt rekkefølge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color Mode</source>
        <translation>Fargemodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color</source>
        <translation>Farge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grayscale</source>
        <translation>Gråtoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplex Printing</source>
        <translation>Tosidig utskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long side</source>
        <translation>Langside</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short side</source>
        <translation>Kortside</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Set:</source>
        <translation>Sidesett:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Angi sider eller intervaller skilt med komma. Et intervall er to tall med bindestrek mellom. F.eks. skriver 3,5-7,9 ut sidene 3, 5, 6, 7 og 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roperties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Plassering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Forhåndsvis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output &amp;file:</source>
        <translation>Skriv ut til &amp;fil:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-166"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp u&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier l&amp;enkeadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="+70"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · printed %2 with Trygg</source>
        <translation>%1 · skrevet ut %2 med Trygg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trail fingerprint %1</source>
        <translation>Loggens fingeravtrykk %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+262"/>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Sannsynlighet</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+263"/>
        <location line="+1"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Current risk</source>
        <translation>Nåværende risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual risk after measures</source>
        <translation>Restrisiko etter tiltak</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable</source>
        <translation>Akseptabel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks now</source>
        <translation>Risikoer nå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks after measures</source>
        <translation>Risikoer etter tiltak</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <location line="+47"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Approved by %1 on %2, but changed since: to be approved again.</source>
        <translation>Godkjent av %1 den %2, men endret siden: må godkjennes på nytt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+409"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="-398"/>
        <location line="+133"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+279"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="-278"/>
        <location line="+280"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="-279"/>
        <location line="+280"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="-279"/>
        <location line="+98"/>
        <location line="+182"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+314"/>
        <source>Score</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Risks treated (score, zone)</source>
        <translation>Risikoer tiltaket behandler (produkt, sone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has no measures.</source>
        <translation>Planen har ingen tiltak.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+194"/>
        <location line="+17"/>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Municipality / register</source>
        <translation>Kommune / register</translation>
    </message>
    <message>
        <location filename="../ui/reports/AssetRegisterReport.cpp" line="+37"/>
        <location filename="../ui/reports/ReportBuilder.cpp" line="+1"/>
        <location line="+46"/>
        <location line="+182"/>
        <location line="+39"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="-265"/>
        <location line="+88"/>
        <location line="+130"/>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message numerus="yes">
        <location line="-217"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalt</numerusform>
            <numerusform>%n forfalte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measures in order of priority</source>
        <translation>Tiltak i prioritert rekkefølge</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+120"/>
        <source>Approved by management</source>
        <translation>Godkjent av ledelsen</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The risk assessment form is printed for one assessment: choose one.</source>
        <translation>Risikovurderingsskjemaet skrives ut for én vurdering: velg en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessment</source>
        <translation>Risikovurdering</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessed by</source>
        <translation>Vurdert av</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assets assessed</source>
        <translation>Vurderte aktiva</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>Acceptance criteria</source>
        <translation>Akseptkriterier</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+184"/>
        <source>What can happen?</source>
        <translation>Hva kan skje?</translation>
    </message>
    <message>
        <location filename="../ui/reports/AssetRegisterReport.cpp" line="+1"/>
        <location filename="../ui/reports/ReportBuilder.cpp" line="-183"/>
        <location line="+184"/>
        <source>Asset</source>
        <translation>Aktivum</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="-183"/>
        <source>Aspects</source>
        <translation>Aspekter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/reports/AssetRegisterReport.cpp" line="+6"/>
        <location filename="../ui/reports/ReportBuilder.cpp" line="+1"/>
        <source>C</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing measures</source>
        <translation>Eksisterende tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation>Kunnskapsstyrke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment has no risk lines.</source>
        <translation>Vurderingen har ingen risikolinjer.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+208"/>
        <source>Risk matrix</source>
        <translation>Risikomatrise</translation>
    </message>
    <message numerus="yes">
        <location line="-200"/>
        <source>%n risk(s) scored on criteria with other scales are not in the matrix.</source>
        <translation>
            <numerusform>%n risiko vurdert etter kriterier med andre skalaer er ikke med i matrisen.</numerusform>
            <numerusform>%n risikoer vurdert etter kriterier med andre skalaer er ikke med i matrisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-312"/>
        <location line="+319"/>
        <source>%n risk(s) without an assessed residual risk are placed by their current risk.</source>
        <translation>
            <numerusform>%n risiko uten vurdert restrisiko er plassert etter nåværende risiko.</numerusform>
            <numerusform>%n risikoer uten vurdert restrisiko er plassert etter nåværende risiko.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+185"/>
        <source>Asset register</source>
        <translation>Aktivaregister</translation>
    </message>
    <message>
        <location filename="../ui/reports/AssetRegisterReport.cpp" line="-5"/>
        <location filename="../ui/reports/ReportBuilder.cpp" line="-167"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Stedfortreder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Personal data</source>
        <translation>Personopplysninger</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Klassifisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register has no assets.</source>
        <translation>Registeret har ingen aktiva.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no owner</source>
        <translation>ingen eier</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n asset(s). C, I, A: confidentiality, integrity and availability, 0-4.</source>
        <translation>
            <numerusform>%n aktivum. K, I, T: konfidensialitet, integritet og tilgjengelighet, 0-4.</numerusform>
            <numerusform>%n aktiva. K, I, T: konfidensialitet, integritet og tilgjengelighet, 0-4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="-6"/>
        <source>Management review %1</source>
        <translation>Ledelsens gjennomgang %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents and deviations</source>
        <translation>Hendelser og avvik</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n incident(s) in %1, of which %2 still open.</source>
        <translation>
            <numerusform>%n avvik i %1, hvorav %2 fortsatt er åpent.</numerusform>
            <numerusform>%n avvik i %1, hvorav %2 fortsatt er åpne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n personal data breach(es); %1 not told to the data protection authority within 72 hours.</source>
        <translation>
            <numerusform>%n brudd på personopplysningssikkerheten; %1 ble ikke meldt til Datatilsynet innen 72 timer.</numerusform>
            <numerusform>%n brudd på personopplysningssikkerheten; %1 ble ikke meldt til Datatilsynet innen 72 timer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still within their 72 hours, not told yet: %1.</source>
        <translation>Fortsatt innenfor de 72 timene og ikke meldt ennå: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n measure(s) done in the year.</source>
        <translation>
            <numerusform>%n tiltak gjennomført i løpet av året.</numerusform>
            <numerusform>%n tiltak gjennomført i løpet av året.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n measure(s) overdue:</source>
        <translation>
            <numerusform>%n tiltak har forfalt:</numerusform>
            <numerusform>%n tiltak har forfalt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No measure is overdue.</source>
        <translation>Ingen tiltak har forfalt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Risk assessments due by the end of the year</source>
        <translation>Risikovurderinger som forfaller innen utgangen av året</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the whole register</source>
        <translation>hele registeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+15"/>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Risks above the acceptance line</source>
        <translation>Risikoer over akseptlinjen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk(s) above the acceptance line after measures; %1 of them accepted by management.</source>
        <translation>
            <numerusform>%n risiko over akseptlinjen etter tiltak; %1 av dem akseptert av ledelsen.</numerusform>
            <numerusform>%n risikoer over akseptlinjen etter tiltak; %1 av dem akseptert av ledelsen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Approved exceptions in force</source>
        <translation>Godkjente unntak som gjelder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exception from</source>
        <translation>Unntak fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Godkjent av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>until revoked</source>
        <translation>til det trekkes tilbake</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed by management</source>
        <translation>Gjennomgått av ledelsen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Risk assessment form</source>
        <translation>Risikovurderingsskjema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Management review</source>
        <translation>Ledelsens gjennomgang</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>open measures only</source>
        <translation>kun åpne tiltak</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Residual P</source>
        <translation>Rest-S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual C</source>
        <translation>Rest-K</translation>
    </message>
    <message>
        <location filename="../ui/reports/AssetRegisterReport.cpp" line="-39"/>
        <location line="+49"/>
        <source>Persons registered</source>
        <translation>Registrerte personer</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information held</source>
        <translation>Opplysninger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification or licence</source>
        <translation>Melding/konsesjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Driftsoperatør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement</source>
        <translation>Databehandleravtale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safeguards</source>
        <translation>Sikringstiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage and communication</source>
        <translation>Lagring og kommunikasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archiving and deletion</source>
        <translation>Arkivering og sletting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="+199"/>
        <source>Trend</source>
        <translation>Utvikling</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Comparison of rounds</source>
        <translation>Sammenligning av runder</translation>
    </message>
    <message>
        <location line="-476"/>
        <location line="+246"/>
        <source>not scored</source>
        <translation>ikke vurdert</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n risk(s) not scored yet are not in the matrix.</source>
        <translation>
            <numerusform>%n risiko som ikke er vurdert ennå, er ikke i matrisen.</numerusform>
            <numerusform>%n risikoer som ikke er vurdert ennå, er ikke i matrisen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-92"/>
        <source>An event that affects many people is given a consequence one level higher.</source>
        <translation>En hendelse som rammer mange personer, gis én konsekvensgrad høyere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RoundReports</name>
    <message>
        <location filename="../ui/reports/RoundReports.cpp" line="+31"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher</source>
        <translation>Høyere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower</source>
        <translation>Lavere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comparison of rounds</source>
        <translation>Sammenligning av runder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new, %2 removed, %3 higher, %4 lower and %5 unchanged. Higher or lower: by zone first, then by score as a share of its matrix&apos;s highest, so rounds scored on different matrix versions compare.</source>
        <translation>%1 nye, %2 fjernet, %3 høyere, %4 lavere og %5 uendret. Høyere eller lavere: først etter sone, så etter produktet som andel av matrisens høyeste, så runder vurdert etter ulike matriseversjoner kan sammenlignes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What can happen?</source>
        <translation>Hva kan skje?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset</source>
        <translation>Aktivum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Neither round has lines.</source>
        <translation>Ingen av rundene har linjer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Measures completed between the rounds</source>
        <translation>Tiltak gjennomført mellom rundene</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Measures still open (%1 overdue, marked)</source>
        <translation>Tiltak som fortsatt er åpne (%1 forfalt, markert)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Above the line</source>
        <translation>Over linjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Akseptert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures done</source>
        <translation>Tiltak utført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures overdue</source>
        <translation>Tiltak forfalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No risk assessment yet.</source>
        <translation>Ingen risikovurdering ennå.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Risks by zone per year</source>
        <translation>Risikoer per sone og år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over each bar: the risks above the acceptance line.</source>
        <translation>Over hver søyle: risikoer over akseptlinjen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 risks (%3), %4 above the acceptance line</source>
        <translation>%1: %2 risikoer (%3), %4 over akseptlinjen</translation>
    </message>
</context>
<context>
    <name>TrailNotice</name>
    <message>
        <location filename="../ui/mainwindow/TrailNotice.cpp" line="+25"/>
        <source>%1 was changed outside Trygg: %2</source>
        <translation>%1 er endret utenfor Trygg: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more finding(s))</source>
        <translation>
            <numerusform>(%n funn til)</numerusform>
            <numerusform>(%n funn til)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed outside Trygg</source>
        <translation>Endret utenfor Trygg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed since Trygg last recorded it, by a program other than Trygg or by hand. Ask who can write its folder, and compare it with the printed reports, which carry the trail&apos;s fingerprint.</source>
        <translation>%1 er endret siden Trygg sist registrerte det, av et annet program enn Trygg eller for hånd. Spør hvem som kan skrive i mappen, og sammenlign med de utskrevne rapportene, som bærer loggens fingeravtrykk.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+103"/>
        <source>Information-security risk registers</source>
        <translation>Registre for risikoarbeid i informasjonssikkerhet</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The language: da, nb, sv or en (default: the system&apos;s).</source>
        <translation>Språket: da, nb, sv eller en (standard: systemets).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The register to open: a file, or a server&apos;s address (postgresql://...)</source>
        <translation>Registeret som skal åpnes: en fil eller en servers adresse (postgresql://...)</translation>
    </message>
</context>
<context>
    <name>trygg</name>
    <message>
        <location filename="../core/check/RegisterCheck.cpp" line="+33"/>
        <source>risk matrix %1: %2</source>
        <translation>risikomatrise %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/model/RegisterData.cpp" line="+14"/>
        <source>the register has no current risk matrix</source>
        <translation>registeret har ingen gjeldende risikomatrise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the review rule &apos;%1&apos; is not understood</source>
        <translation>regelen for gjennomgang «%1» er ikke forståelig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assessment &apos;%1&apos; has no risk matrix</source>
        <translation>vurderingen «%1» har ingen risikomatrise</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>risk %1 (&apos;%2&apos;) in &apos;%3&apos;: %4</source>
        <translation>risiko %1 («%2») i «%3»: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>measure &apos;%1&apos; treats a risk of another assessment (&apos;%2&apos;)</source>
        <translation>tiltaket «%1» behandler en risiko i en annen vurdering («%2»)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>asset &apos;%1&apos; (%2)</source>
        <translation>aktivumet «%1» (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asset &apos;%1&apos;</source>
        <translation>aktivumet «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has the same person as owner and deputy</source>
        <translation>%1 har samme person som eier og stedfortreder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IT security leader</source>
        <translation>IT-sikkerhetsleder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system owner</source>
        <translation>systemeier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT-responsible</source>
        <translation>IT-ansvarlig</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>units &apos;%1&apos; (%2) and &apos;%3&apos; (%4) differ only in upper and lower case, and Trygg takes them for one unit; move the assets and assessments of one into the other and delete it</source>
        <translation>enhetene «%1» (%2) og «%3» (%4) skiller seg bare ved store og små bokstaver, og Trygg regner dem som én enhet; flytt aktivaene og risikovurderingene fra den ene til den andre, og slett den</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: the audit trail&apos;s chain is checked by a user who may read the whole register (a security officer): you may read your units&apos; part of it only</source>
        <translation>%1: endringsloggens kjede kontrolleres av en bruker som kan lese hele registeret (en sikkerhetsansvarlig): du kan bare lese dine enheters del av den</translation>
    </message>
    <message>
        <location filename="../core/combine/Combiner.cpp" line="+162"/>
        <source>%1: this is the combined register itself (or a copy of it); it cannot be combined into itself</source>
        <translation>%1: dette er selve det sammenslåtte registeret (eller en kopi av det); det kan ikke slås sammen med seg selv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 are copies of one register (the same register id), so their objects cannot be told apart; combine each section&apos;s own register, or, if %2 is a different section, combine it as a new section</source>
        <translation>%1 og %2 er kopier av det samme registeret (samme register-id), så objektene deres kan ikke skilles fra hverandre; slå sammen hver seksjons eget register, eller, hvis %2 er en annen seksjon, slå den sammen som en ny seksjon</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 has the same register id as %2, which was combined into this register before: one is a copy of the other, so their objects cannot be told apart. Combine each section&apos;s own register, or, if %1 is a different section, combine it as a new section</source>
        <translation>%1 har samme register-id som %2, som tidligere er slått sammen inn i dette registeret: det ene er en kopi av det andre, så objektene deres kan ikke skilles fra hverandre. Slå sammen hver seksjons eget register, eller, hvis %1 er en annen seksjon, slå den sammen som en ny seksjon</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>changed differently in &apos;%1&apos;, which was taken over</source>
        <translation>endret på en annen måte i «%1», som ble tatt inn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed both in the section and in the combined register since the last combine</source>
        <translation>endret både i seksjonens register og i det sammenslåtte registeret siden forrige sammenslåing</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the combined register already holds it, entered there, with other content</source>
        <translation>det sammenslåtte registeret har det allerede, registrert der, med annet innhold</translation>
    </message>
    <message>
        <location filename="../core/combine/Combine.cpp" line="+81"/>
        <source>%1: %2 &apos;%3&apos; holds risk lines or measures that are not from the section; move or remove them before taking the section&apos;s removal</source>
        <translation>%1: %2 «%3» har risikolinjer eller tiltak som ikke kommer fra seksjonens register; flytt eller slett dem før seksjonens sletting tas over</translation>
    </message>
    <message>
        <location filename="../core/combine/Combiner.cpp" line="-1"/>
        <source>the combined register already holds it from &apos;%1&apos; with other content</source>
        <translation>det sammenslåtte registeret har det allerede fra «%1» med annet innhold</translation>
    </message>
    <message>
        <location filename="../core/combine/CombineRemovals.cpp" line="+38"/>
        <source>no longer in the section, but it holds risk lines or measures that are not from it; kept</source>
        <translation>ikke lenger i seksjonens register, men den har risikolinjer eller tiltak som ikke kommer derfra; beholdt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer in the section, but changed in the combined register since the last combine; kept</source>
        <translation>ikke lenger i seksjonens register, men endret i det sammenslåtte registeret siden forrige sammenslåing; beholdt</translation>
    </message>
    <message>
        <location filename="../core/cycle/DueList.cpp" line="+22"/>
        <source>last reviewed %1 by %2</source>
        <translation>sist gjennomgått %1 av %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>never assessed</source>
        <translation>aldri vurdert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assessed %1</source>
        <translation>vurdert %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>never reviewed (counted from %1)</source>
        <translation>aldri gjennomgått (regnet fra %1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>responsible: %1</source>
        <translation>ansvarlig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible: none</source>
        <translation>ansvarlig: ingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never followed up (counted from %1)</source>
        <translation>aldri fulgt opp (regnet fra %1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>residual risk %1 in zone &apos;%2&apos; is not accepted by management</source>
        <translation>restrisiko %1 i sonen «%2» er ikke akseptert av ledelsen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>acceptance expired (accepted %1 by %2)</source>
        <translation>aksepten er utløpt (akseptert %1 av %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acceptance expires (accepted %1 by %2)</source>
        <translation>aksepten utløper (akseptert %1 av %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>risk %1 in zone &apos;%2&apos; needs a measure or management&apos;s acceptance</source>
        <translation>risiko %1 i sonen «%2» trenger et tiltak eller ledelsens aksept</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its measures are finished: score the residual risk (now %1 in zone &apos;%2&apos;)</source>
        <translation>tiltakene er avsluttet: vurder restrisikoen (nå %1 i sonen «%2»)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>assessment %1</source>
        <translation>vurdering %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>action plan of %1</source>
        <translation>handlingsplan for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action plan</source>
        <translation>handlingsplan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted since approved %1 by %2</source>
        <translation>slettet etter godkjenningen %1 av %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed since approved %1 by %2</source>
        <translation>endret etter godkjenningen %1 av %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>personal data breach discovered %1: tell the data protection authority by %2</source>
        <translation>brudd på personopplysningssikkerheten oppdaget %1: meld til Datatilsynet innen %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>approved by %1 on %2</source>
        <translation>godkjent av %1 den %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/deadlines/DeadlineRule.cpp" line="+105"/>
        <source>a review cycle of %n month is outside %1-%2</source>
        <comment>a review cycle of %n months is outside %1-%2</comment>
        <translation>
            <numerusform>en gjennomgangssyklus på %n måned er utenfor %1-%2</numerusform>
            <numerusform>en gjennomgangssyklus på %n måneder er utenfor %1-%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the yearly review date %1-%2 is not a day of the year (MM-DD)</source>
        <translation>den årlige gjennomgangsdatoen %1-%2 er ikke en dag i året (MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/exchange/AssetImport.cpp" line="+122"/>
        <source>the asset has no name</source>
        <translation>aktivumet har ikke noe navn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a type of asset: use %2</source>
        <translation>«%1» er ikke en type aktivum: bruk %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/exchange/RiskImport.cpp" line="+161"/>
        <location line="+39"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>«%1» er ikke en av %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not yes, no or irrelevant</source>
        <translation>«%1» er ikke ja, nej eller irrelevant</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the asset &apos;%1&apos; is already in row %2 of the file (an asset&apos;s name is unique within its unit); give each row its own name</source>
        <translation>aktivumet «%1» står allerede i rad %2 i filen (et aktivums navn er entydig innenfor enheten); gi hver rad sitt eget navn</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+293"/>
        <source>%1: row %2: the column &apos;%3&apos; is mapped to an unknown column</source>
        <translation>%1: rad %2: kolonnen «%3» er koblet til en ukjent kolonne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: row %2: the columns &apos;%3&apos; and &apos;%4&apos; both mean &apos;%5&apos;</source>
        <translation>%1: rad %2: kolonnene «%3» og «%4» betyr begge «%5»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: row %2: the required column &apos;%3&apos; is missing</source>
        <translation>%1: rad %2: den påkrevde kolonnen «%3» mangler</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="+23"/>
        <source>row %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/exchange/CsvImport.cpp" line="+51"/>
        <source>%1: row %2: %3</source>
        <translation>%1: rad %2: %3</translation>
    </message>
    <message>
        <location filename="../core/combine/Combiner.cpp" line="-279"/>
        <location filename="../core/exchange/Csv.cpp" line="+2"/>
        <location filename="../core/exchange/XlsxWrite.cpp" line="+112"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="+19"/>
        <source>text is not valid UTF-8</source>
        <translation>teksten er ikke gyldig UTF-8</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>the row has more than %n column</source>
        <comment>the row has more than %n columns</comment>
        <translation>
            <numerusform>raden har mer enn %n kolonne</numerusform>
            <numerusform>raden har mer enn %n kolonner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a quoted field is not closed</source>
        <translation>et felt i anførselstegn er ikke avsluttet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected text after a closing quote</source>
        <translation>uventet tekst etter et avsluttende anførselstegn</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the file is larger than %1 MB, the most Trygg reads of an import file</source>
        <translation>filen er større enn %1 MB, det meste Trygg leser av en importfil</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>the file has more than %n row</source>
        <comment>the file has more than %n rows</comment>
        <translation>
            <numerusform>filen har mer enn %n rad</numerusform>
            <numerusform>filen har mer enn %n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the file has more than %n cell</source>
        <comment>the file has more than %n cells</comment>
        <translation>
            <numerusform>filen har mer enn %n celle</numerusform>
            <numerusform>filen har mer enn %n celler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty (no header row)</source>
        <translation>filen er tom (ingen overskriftsrad)</translation>
    </message>
    <message>
        <location filename="../core/platform/SafeFiles.cpp" line="+103"/>
        <location line="+44"/>
        <source>%1: cannot write the file (is the folder writable, is the disk full?)</source>
        <translation>%1: kan ikke skrive filen (er det skrivetilgang til mappen, er disken full?)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: kan ikke skrive filen: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvImport.cpp" line="+1"/>
        <source>%1: row %2, column &apos;%3&apos;: %4</source>
        <translation>%1: rad %2, kolonne «%3»: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1
... and %n more problem</source>
        <comment>%1
... and %n more problems</comment>
        <translation>
            <numerusform>%1
... og ytterligere %n feil</numerusform>
            <numerusform>%1
... og ytterligere %n feil</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Nothing was imported.</source>
        <translation>%1
Ingenting ble importert.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../core/exchange/RiskImport.cpp" line="-45"/>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>«%1» er ikke en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a whole number of zero or more</source>
        <translation>«%1» er ikke et helt tall fra null og oppover</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a level of the scale: use 1-%2 (%3)</source>
        <translation>«%1» er ikke et nivå på skalaen: bruk 1-%2 (%3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a level from 0 to %2</source>
        <translation>«%1» er ikke et nivå fra 0 til %2</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n asset imported (%1 new, %2 updated)</source>
        <comment>%n assets imported (%1 new, %2 updated)</comment>
        <translation>
            <numerusform>%n aktivum importert (nye: %1, oppdaterte: %2)</numerusform>
            <numerusform>%n aktiva importert (nye: %1, oppdaterte: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk imported (%1 new, %2 updated)</source>
        <comment>%n risks imported (%1 new, %2 updated)</comment>
        <translation>
            <numerusform>%n risiko importert (nye: %1, oppdaterte: %2)</numerusform>
            <numerusform>%n risikoer importert (nye: %1, oppdaterte: %2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1
new measures: %2</source>
        <translation>%1
nye tiltak: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n asset imported (%1 new, %2 updated, %3 unchanged)</source>
        <comment>%n assets imported (%1 new, %2 updated, %3 unchanged)</comment>
        <translation>
            <numerusform>%n aktivum importert (nye: %1, oppdaterte: %2, uendrede: %3)</numerusform>
            <numerusform>%n aktiva importert (nye: %1, oppdaterte: %2, uendrede: %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
new units: %2</source>
        <translation>%1
nye enheter: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
new assessments: %2</source>
        <translation>%1
nye risikovurderinger: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%n risk imported (%1 new, %2 updated, %3 unchanged)</source>
        <comment>%n risks imported (%1 new, %2 updated, %3 unchanged)</comment>
        <translation>
            <numerusform>%n risiko importert (nye: %1, oppdaterte: %2, uendrede: %3)</numerusform>
            <numerusform>%n risikoer importert (nye: %1, oppdaterte: %2, uendrede: %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
new assets: %2</source>
        <translation>%1
nye aktiva: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
new people: %2</source>
        <translation>%1
nye personer: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1
updated measures: %2</source>
        <translation>%1
oppdaterte tiltak: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
skipped rows with problems: %2</source>
        <translation>%1
rader med feil som ble hoppet over: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1
units written otherwise in the file, imported into the register&apos;s unit: %2</source>
        <translation>%1
enheter skrevet annerledes i filen, importert til registerets enhet: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
ignored columns: %2</source>
        <translation>%1
ignorerte kolonner: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportRows.h" line="+144"/>
        <source>the row has %1 cells but the header has %2</source>
        <translation>raden har %1 celler, men overskriftsraden har %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/Json.cpp" line="+26"/>
        <source>%1: the file is %2 bytes; a matrix definition is at most %3</source>
        <translation>%1: filen er på %2 byte; en matrisedefinisjon er på høyst %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty; expected a JSON object</source>
        <translation>filen er tom; forventet et JSON-objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected %1 after the end of the document</source>
        <translation>uventet %1 etter slutten av dokumentet</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/exchange/MatrixJson.cpp" line="+47"/>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: linje %2, kolonne %3: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>end of file</source>
        <translation>slutten av filen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>byte 0x%1</source>
        <translation>byte 0x%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>expected %1, found %2</source>
        <translation>forventet %1, fant %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the document nests deeper than %1 levels</source>
        <translation>dokumentet er nestet dypere enn %1 nivåer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected a value (an object, list, text, number, true, false or null), found %1</source>
        <translation>forventet en verdi (et objekt, en liste, tekst, et tall, true, false eller null), fant %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a value, found %1 (text must be in double quotes)</source>
        <translation>forventet en verdi, fant %1 (tekst må stå i doble anførselstegn)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected a field name in double quotes, found %1 (a comma before &apos;}&apos; is not allowed)</source>
        <translation>forventet et feltnavn i doble anførselstegn, fant %1 (komma foran «}» er ikke tillatt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a field name in double quotes, found %1</source>
        <translation>forventet et feltnavn i doble anførselstegn, fant %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the field &apos;%1&apos; appears twice in the same object</source>
        <translation>feltet «%1» forekommer to ganger i samme objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;:&apos; after the field name</source>
        <translation>«:» etter feltnavnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>«,» eller «}»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a comma before &apos;]&apos; is not allowed</source>
        <translation>komma foran «]» er ikke tillatt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>«,» eller «]»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>\u must be followed by four hexadecimal digits, found %1</source>
        <translation>\u må følges av fire heksadesimale sifre, fant %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>teksten er ikke gyldig UTF-8 (byte 0x%1); lagre filen som UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is not valid UTF-8 (a character is cut off at the end of the file)</source>
        <translation>teksten er ikke gyldig UTF-8 (et tegn er kuttet av på slutten av filen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text is not valid UTF-8 (byte 0x%1 inside a character); save the file as UTF-8</source>
        <translation>teksten er ikke gyldig UTF-8 (byte 0x%1 inne i et tegn); lagre filen som UTF-8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>teksten er ikke gyldig UTF-8; lagre filen som UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <source>the text has no closing &apos;&quot;&apos;</source>
        <translation>teksten mangler avsluttende «&quot;»</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>a line break inside text must be written \n</source>
        <translation>et linjeskift inne i tekst må skrives \n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a control character (0x%1) inside text must be escaped</source>
        <translation>et kontrolltegn (0x%1) inne i tekst må skrives som escape-sekvens</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>\u%1 is half of a character (a lone surrogate)</source>
        <translation>\u%1 er halvparten av et tegn (et surrogat uten par)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>\u%1 must be followed by the second half of its character</source>
        <translation>\u%1 må følges av andre halvdel av tegnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text must not contain the character \u0000</source>
        <translation>tekst kan ikke inneholde tegnet \u0000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown escape &apos;\%1&apos; in text</source>
        <translation>ukjent escape-sekvens «\%1» i tekst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a number must not start with 0</source>
        <translation>et tall kan ikke begynne med 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a digit, found %1</source>
        <translation>forventet et siffer, fant %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a digit after the decimal point, found %1</source>
        <translation>forventet et siffer etter desimaltegnet, fant %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a digit in the exponent, found %1</source>
        <translation>forventet et siffer i eksponenten, fant %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the number %1 is too large</source>
        <translation>tallet %1 er for stort</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value</source>
        <translation>en verdi</translation>
    </message>
    <message>
        <location filename="../core/exchange/MatrixJson.cpp" line="+7"/>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>«%1» må være %2, ikke %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown field &apos;%1&apos;; the fields are %2</source>
        <translation>ukjent felt «%1»; feltene er %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field &apos;%1&apos; in &apos;%2&apos;; the fields are %3</source>
        <translation>ukjent felt «%1» i «%2»; feltene er %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>the field &apos;%1&apos; is missing</source>
        <translation>feltet «%1» mangler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is too long (%2 characters; at most %3)</source>
        <translation>«%1» har for mange tegn (%2; høyst %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; must be a whole number, not %2</source>
        <translation>«%1» må være et helt tall, ikke %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a fraction</source>
        <translation>et desimaltall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is %2; it must be %3 to %4</source>
        <translation>«%1» er %2; det må være fra %3 til %4</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>&apos;%1&apos; has %n level; it needs %2 to %3</source>
        <comment>&apos;%1&apos; has %n levels; it needs %2 to %3</comment>
        <translation>
            <numerusform>«%1» har %n nivå; det trengs %2 til %3</numerusform>
            <numerusform>«%1» har %n nivåer; det trengs %2 til %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>a matrix definition is a JSON object ({...}), not %1</source>
        <translation>en matrisedefinisjon er et JSON-objekt ({...}), ikke %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;format&apos; must be &quot;%1&quot;: this is not a Trygg matrix definition</source>
        <translation>«format» må være «%1»: dette er ikke en matrisedefinisjon fra Trygg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;version&apos; must be %1; this file may come from a newer Trygg</source>
        <translation>«version» må være %1; filen kan komme fra en nyere versjon av Trygg</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;zones&apos; is empty; the matrix needs at least one zone</source>
        <translation>«zones» er tom; matrisen trenger minst én sone</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&apos;zones&apos; has %n zone; a matrix has at most %1</source>
        <comment>&apos;zones&apos; has %n zones; a matrix has at most %1</comment>
        <translation>
            <numerusform>«zones» har %n sone; en matrise har høyst %1</numerusform>
            <numerusform>«zones» har %n soner; en matrise har høyst %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>&apos;cells&apos; lists %n cell; the matrix has only %1</source>
        <comment>&apos;cells&apos; lists %n cells; the matrix has only %1</comment>
        <translation>
            <numerusform>«cells» oppgir %n celle; matrisen har bare %1</numerusform>
            <numerusform>«cells» oppgir %n celler; matrisen har bare %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos;: the cell probability %2 x consequence %3 is listed twice</source>
        <translation>«%1»: cellen sannsynlighet %2 x konsekvens %3 står oppført to ganger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1; and %n more</source>
        <comment>%1; and %n more</comment>
        <translation>
            <numerusform>%1; og %n til</numerusform>
            <numerusform>%1; og %n til</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the matrix is not valid: %2</source>
        <translation>%1: matrisen er ikke gyldig: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/RiskImport.cpp" line="+14"/>
        <source>the row names no risk assessment</source>
        <translation>raden oppgir ingen risikovurdering</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/risk/RiskRules.cpp" line="+98"/>
        <source>what can happen is empty</source>
        <translation>feltet «Hva kan skje» er tomt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a list of %2</source>
        <translation>«%1» er ikke en liste med %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not the id of a risk line (a whole number, as the risk export writes it)</source>
        <translation>«%1» er ikke id-en til en risikolinje (et helt tall, slik risikoeksporten skriver den)</translation>
    </message>
    <message>
        <location filename="../core/exchange/XlsxWrite.cpp" line="-33"/>
        <source>… (shortened: %1 characters in all; see the CSV export)</source>
        <translation>… (forkortet: %1 tegn i alt; se CSV-eksporten)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: cannot write the file (out of memory)</source>
        <translation>%1: kan ikke skrive filen (ikke nok minne)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot write the file (out of memory)</source>
        <translation>kan ikke skrive filen (ikke nok minne)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1, column &apos;%2&apos;: the text is longer than the 32,767 characters a spreadsheet cell can hold</source>
        <translation>rad %1, kolonne «%2»: teksten er lengre enn de 32 767 tegnene en celle i et regneark kan romme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1, column &apos;%2&apos;: cannot write the cell: %3</source>
        <translation>rad %1, kolonne «%2»: kan ikke skrive cellen: %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../core/platform/SafeFiles.cpp" line="-12"/>
        <location line="+6"/>
        <source>%1: cannot write the file (is the folder writable, is the disk full?): %2</source>
        <translation>%1: kan ikke skrive filen (er det skrivetilgang til mappen, er disken full?): %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/Xlsx.cpp" line="+57"/>
        <source>%1: not an XLSX workbook, or the file is damaged (it is not a readable zip archive)</source>
        <translation>%1: ikke en XLSX-arbeidsbok, eller filen er skadet (den er ikke et lesbart zip-arkiv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: the zip archive has more than %n part; a workbook has a few dozen</source>
        <comment>%1: the zip archive has more than %n parts; a workbook has a few dozen</comment>
        <translation>
            <numerusform>%1: zip-arkivet har mer enn %n del; en arbeidsbok har noen få dusin</numerusform>
            <numerusform>%1: zip-arkivet har mer enn %n deler; en arbeidsbok har noen få dusin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the zip archive is damaged</source>
        <translation>zip-arkivet er skadet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook is encrypted (password-protected); save it without a password</source>
        <translation>arbeidsboken er kryptert (passordbeskyttet); lagre den uten passord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip archive is damaged or uses an unsupported compression</source>
        <translation>zip-arkivet er skadet eller bruker en komprimering som ikke støttes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the zip archive is damaged (cannot decompress; is the file truncated?)</source>
        <translation>zip-arkivet er skadet (kan ikke pakkes ut; er filen avkortet?)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the zip archive is damaged (checksum error)</source>
        <translation>zip-arkivet er skadet (feil i kontrollsum)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/storage/Postgres.cpp" line="+481"/>
        <location line="+26"/>
        <location filename="../core/storage/Sqlite.cpp" line="+285"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>larger than %1 uncompressed; the file is refused as a possible zip bomb</source>
        <translation>større enn %1 utpakket; filen avvises som en mulig zip-bombe</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../core/model/SystemError.cpp" line="+42"/>
        <location filename="../core/storage/Postgres.cpp" line="-274"/>
        <location filename="../core/storage/Sqlite.cpp" line="-173"/>
        <source>out of memory</source>
        <translation>ikke nok minne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the XML has a document type declaration, which a workbook never has</source>
        <translation>XML-en har en dokumenttypedeklarasjon, noe en arbeidsbok aldri har</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the XML is malformed at line %1: %2</source>
        <translation>XML-en er ugyldig på linje %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>the workbook lists more than %n part</source>
        <comment>the workbook lists more than %n parts</comment>
        <translation>
            <numerusform>arbeidsboken oppgir mer enn %n del</numerusform>
            <numerusform>arbeidsboken oppgir mer enn %n deler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>the workbook has more than %n shared text</source>
        <comment>the workbook has more than %n shared texts</comment>
        <translation>
            <numerusform>arbeidsboken har mer enn %n delt tekst</numerusform>
            <numerusform>arbeidsboken har mer enn %n delte tekster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>the sheet has more than %n row</source>
        <comment>the sheet has more than %n rows</comment>
        <translation>
            <numerusform>arket har mer enn %n rad</numerusform>
            <numerusform>arket har mer enn %n rader</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row has the invalid number &apos;%1&apos;</source>
        <translation>en rad har det ugyldige nummeret «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the sheet has more than %n column (cell %1)</source>
        <comment>the sheet has more than %n columns (cell %1)</comment>
        <translation>
            <numerusform>arket har mer enn %n kolonne (celle %1)</numerusform>
            <numerusform>arket har mer enn %n kolonner (celle %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>cell %1 refers to shared string &apos;%2&apos;, but the workbook has %3</source>
        <translation>cellen %1 viser til delt tekst «%2», men arbeidsboken har %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the sheet holds more than %1 MB of text; the file is refused as a possible zip bomb</source>
        <translation>arket inneholder mer enn %1 MB tekst; filen avvises som en mulig zip-bombe</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>the sheet has more than %n cell (cell %1)</source>
        <comment>the sheet has more than %n cells (cell %1)</comment>
        <translation>
            <numerusform>arket har mer enn %n celle (celle %1)</numerusform>
            <numerusform>arket har mer enn %n celler (celle %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>missing: this is a zip archive but not an XLSX workbook</source>
        <translation>mangler: dette er et zip-arkiv, men ikke en XLSX-arbeidsbok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook has no sheet</source>
        <translation>arbeidsboken har ingen ark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: the workbook does not say where its sheets are</source>
        <translation>mangler: arbeidsboken sier ikke hvor arkene ligger</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the first sheet (&apos;%1&apos;) is not listed</source>
        <translation>det første arket («%1») er ikke oppført</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing: the workbook&apos;s first sheet is not in the file</source>
        <translation>mangler: arbeidsbokens første ark finnes ikke i filen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the first sheet is empty (no header row)</source>
        <translation>%1: det første arket er tomt (ingen overskriftsrad)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an import file</source>
        <translation>en importfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: this is an old Excel .xls file; save it as .xlsx or CSV and import that</source>
        <translation>%1: dette er en gammel Excel-fil (.xls); lagre den som .xlsx eller CSV og importer den</translation>
    </message>
    <message>
        <location filename="../core/matrix/Presets.cpp" line="+226"/>
        <source>unknown preset &apos;%1&apos;: choose %2</source>
        <translation>ukjent forhåndsoppsett «%1»: velg %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <location filename="../core/matrix/RiskMatrix.cpp" line="+35"/>
        <source>the cell probability %1 x consequence %2</source>
        <translation>cellen sannsynlighet %1 x konsekvens %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>zone %1</source>
        <translation>sone %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone &apos;%1&apos;</source>
        <translation>sonen «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the %1 scale has %n level; it needs %2 to %3</source>
        <comment>the %1 scale has %n levels; it needs %2 to %3</comment>
        <translation>
            <numerusform>skalaen for %1 har %n nivå; den må ha %2 til %3</numerusform>
            <numerusform>skalaen for %1 har %n nivåer; den må ha %2 til %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 level %2 has no label</source>
        <translation>nivå %2 for %1 har ingen betegnelse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the matrix has no zones</source>
        <translation>matrisen har ingen soner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>zone %1 has no name</source>
        <translation>sone %1 har ikke noe navn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has the colour &apos;%2&apos;; it must be #rrggbb</source>
        <translation>%1 har fargen «%2»; den må være #rrggbb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 runs from score %2 to %3; the lowest score must not be above the highest</source>
        <translation>%1 går fra produkt %2 til %3; det laveste produktet kan ikke være høyere enn det høyeste</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the matrix has %n zone; it may have at most %1</source>
        <comment>the matrix has %n zones; it may have at most %1</comment>
        <translation>
            <numerusform>matrisen har %n sone; den kan ha høyst %1</numerusform>
            <numerusform>matrisen har %n soner; den kan ha høyst %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 and %2 overlap at score %3</source>
        <translation>%1 og %2 overlapper ved produkt %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 overlap at scores %3-%4</source>
        <translation>%1 og %2 overlapper ved produkt %3-%4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is outside the %2 x %3 matrix</source>
        <translation>%1 er utenfor matrisen på %2 x %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be set to zone index %2</source>
        <translation>%1 kan ikke settes til soneindeks %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../core/risk/RiskRules.cpp" line="+1"/>
        <source>probability</source>
        <translation>sannsynlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/risk/RiskRules.cpp" line="+1"/>
        <source>consequence</source>
        <translation>konsekvens</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 is set to zone %2, but the matrix has only %n zone</source>
        <comment>%1 is set to zone %2, but the matrix has only %n zones</comment>
        <translation>
            <numerusform>%1 er satt til sone %2, men matrisen har bare %n sone</numerusform>
            <numerusform>%1 er satt til sone %2, men matrisen har bare %n soner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (score %2) has no zone</source>
        <translation>%1 (produkt %2) har ingen sone</translation>
    </message>
    <message>
        <location filename="../core/report/PdfWriter.cpp" line="+239"/>
        <source>could not compress a PDF page</source>
        <translation>kunne ikke komprimere en PDF-side</translation>
    </message>
    <message>
        <location filename="../core/risk/RiskRules.cpp" line="-60"/>
        <source>%1 %2 cannot be scored: the matrix has no %3 levels</source>
        <translation>%1 %2 kan ikke vurderes: matrisen har ingen nivåer for %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is outside 1-%3</source>
        <translation>%1 %2 er utenfor 1-%3</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>residual probability</source>
        <translation>sannsynlighet etter tiltak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>residual consequence</source>
        <translation>konsekvens etter tiltak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>aspects %1 include unknown aspects; allowed are privacy, confidentiality, integrity and availability</source>
        <translation>aspektene %1 omfatter ukjente aspekter; tillatt er personvern, konfidensialitet, integritet og tilgjengelighet</translation>
    </message>
    <message>
        <location filename="../core/cycle/Rounds.cpp" line="+43"/>
        <location filename="../core/storage/AssessmentWrites.cpp" line="+28"/>
        <location filename="../core/storage/RecordKinds.h" line="+251"/>
        <location line="+12"/>
        <location line="+29"/>
        <source>risk assessment %1 does not exist</source>
        <translation>risikovurdering %1 finnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-45"/>
        <source>asset %1 in the assessment&apos;s scope does not exist</source>
        <translation>aktivum %1 i vurderingens omfang finnes ikke</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the assessment&apos;s name</source>
        <translation>vurderingens navn</translation>
    </message>
    <message>
        <location filename="../core/storage/AssessmentWrites.cpp" line="+13"/>
        <source>an assessment named &apos;%1&apos; already exists in this unit</source>
        <translation>en vurdering med navnet «%1» finnes allerede i denne enheten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the measure &apos;%1&apos; has a completion date but is not done</source>
        <translation>tiltaket «%1» har en dato for utførelse, men er ikke utført</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+41"/>
        <source>what can happen</source>
        <translation>hva kan skje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>existing measures</source>
        <translation>eksisterende tiltak</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the risk&apos;s asset does not exist</source>
        <translation>aktivumet til risikoen finnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/AssessmentWrites.cpp" line="+10"/>
        <location filename="../core/storage/RecordKinds.h" line="+17"/>
        <location line="+84"/>
        <source>risk %1 does not exist</source>
        <translation>risiko %1 finnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-72"/>
        <source>the measure</source>
        <translation>tiltaket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>follow-up</source>
        <translation>oppfølging</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the person responsible for the measure does not exist</source>
        <translation>den ansvarlige for tiltaket finnes ikke</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>risk %1 treated by the measure does not exist</source>
        <translation>risiko %1 som tiltaket behandler, finnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/AssessmentWrites.cpp" line="-2"/>
        <location filename="../core/storage/RecordKinds.h" line="+4"/>
        <source>measure %1 does not exist</source>
        <translation>tiltak %1 finnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/AuditTrail.cpp" line="+20"/>
        <location line="+1"/>
        <source>the name of the person making changes</source>
        <translation>navnet på personen som gjør endringer</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>&apos;%1&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation>«%1» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/storage/Validation.cpp" line="+64"/>
        <source>%1 is not a valid date</source>
        <translation>%1 er ikke en gyldig dato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a valid time of day</source>
        <translation>%1 er ikke et gyldig klokkeslett</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+51"/>
        <source>the review rule &apos;%1&apos; for %2 is not one of odd-year, even-year-q1, months:N (1-120), yearly:MM-DD</source>
        <translation>gjennomgangsregelen «%1» for %2 er ikke en av odd-year, even-year-q1, months:N (1-120), yearly:MM-DD</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>zone %1 does not exist in the current matrix</source>
        <translation>sone %1 finnes ikke i gjeldende matrise</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+11"/>
        <source>the document&apos;s name</source>
        <translation>dokumentets navn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document&apos;s unit does not exist</source>
        <translation>enheten til dokumentet finnes ikke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>policy document %1 does not exist</source>
        <translation>styringsdokument %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the review&apos;s date</source>
        <translation>datoen for gjennomgangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who reviewed</source>
        <translation>hvem som gjennomgikk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the review&apos;s note</source>
        <translation>merknaden til gjennomgangen</translation>
    </message>
    <message>
        <location filename="../core/storage/AuditChain.cpp" line="+65"/>
        <location filename="../core/storage/CycleWrites.cpp" line="-48"/>
        <source>the register</source>
        <translation>registeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk matrix</source>
        <translation>risikomatrise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assessment</source>
        <translation>vurdering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy document</source>
        <translation>policydokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>gjennomgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk acceptance</source>
        <translation>risikoaksept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval</source>
        <translation>godkjenning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident</source>
        <translation>avvik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception</source>
        <translation>unntak</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="+462"/>
        <source>the audit trail was changed outside Trygg: entry %1 has no chain hash (added outside Trygg)</source>
        <translation>endringsloggen er endret utenfor Trygg: oppføring %1 har ingen kjedehash (lagt til utenfor Trygg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the audit trail was changed outside Trygg: entry %1 is missing (removed outside Trygg)</source>
        <translation>endringsloggen er endret utenfor Trygg: oppføring %1 mangler (fjernet utenfor Trygg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the audit trail was changed outside Trygg: entries %1 to %2 are missing (removed outside Trygg)</source>
        <translation>endringsloggen er endret utenfor Trygg: oppføringene %1 til %2 mangler (fjernet utenfor Trygg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the audit trail was changed outside Trygg: entry %1 does not match its chain hash (changed, or an entry before it added or removed)</source>
        <translation>endringsloggen er endret utenfor Trygg: oppføring %1 stemmer ikke med sin kjedehash (endret, eller en oppføring før den lagt til eller fjernet)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>the audit trail: %n more entry does not match its chain hash</source>
        <comment>the audit trail: %n more entries do not match their chain hash</comment>
        <translation>
            <numerusform>endringsloggen: %n oppføring til stemmer ikke med sin kjedehash</numerusform>
            <numerusform>endringsloggen: %n oppføringer til stemmer ikke med sin kjedehash</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: added outside Trygg: the audit trail has no record of it</source>
        <translation>%1: lagt til utenfor Trygg: endringsloggen kjenner den ikke</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (&apos;%2&apos;): added outside Trygg: the audit trail says it was deleted on %3</source>
        <translation>%1 («%2»): lagt til utenfor Trygg: endringsloggen sier at den ble slettet %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the audit trail&apos;s record of it is damaged</source>
        <translation>%1: endringsloggens opplysninger om den er skadet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, %2: changed outside Trygg: the trail says %3, the file says %4</source>
        <translation>%1, %2: endret utenfor Trygg: loggen sier %3, filen sier %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no value)</source>
        <translation>(ingen verdi)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 (&apos;%3&apos;): removed outside Trygg: the audit trail last recorded it on %4</source>
        <translation>%1 %2 («%3»): fjernet utenfor Trygg: endringsloggen registrerte den sist %4</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+1"/>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>days between reviews in zone &apos;%1&apos; must be from 1 to %2, not %3</source>
        <translation>dager mellom gjennomganger i sonen «%1» må være fra 1 til %2, ikke %3</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the reviewed assessment %1 does not exist</source>
        <translation>den gjennomgåtte vurderingen %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewed asset %1 does not exist</source>
        <translation>det gjennomgåtte aktivumet %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewed measure %1 does not exist</source>
        <translation>det gjennomgåtte tiltaket %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewed policy %1 does not exist</source>
        <translation>det gjennomgåtte styringsdokumentet %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the review date (%1) is more than a day in the future</source>
        <translation>datoen for gjennomgangen (%1) ligger mer enn en dag fram i tid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the acceptance date (%1) is more than a day in the future</source>
        <translation>datoen for aksepten (%1) ligger mer enn en dag fram i tid</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the approval date (%1) is more than a day in the future</source>
        <translation>datoen for godkjenningen (%1) ligger mer enn en dag fram i tid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the time the incident was discovered (%1) is more than a day in the future</source>
        <translation>tidspunktet avviket ble oppdaget (%1) ligger mer enn en dag fram i tid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the time the authority was notified (%1) is more than a day in the future</source>
        <translation>tidspunktet tilsynsmyndigheten ble varslet (%1) ligger mer enn en dag fram i tid</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+8"/>
        <source>review %1 does not exist</source>
        <translation>gjennomgang %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>who accepted the risk</source>
        <translation>hvem som aksepterte risikoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the role of who accepted</source>
        <translation>rollen til den som aksepterte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the acceptance&apos;s date</source>
        <translation>datoen for aksepten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the acceptance&apos;s expiry date</source>
        <translation>utløpsdatoen for aksepten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the justification</source>
        <translation>begrunnelsen</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="-33"/>
        <source>the acceptance expires (%1) on or before it is given (%2)</source>
        <translation>aksepten utløper (%1) samme dag som eller før den er gitt (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+9"/>
        <source>risk acceptance %1 does not exist</source>
        <translation>risikoaksept %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>who approved</source>
        <translation>hvem som godkjente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the role of who approved</source>
        <translation>rollen til den som godkjente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the approval&apos;s date</source>
        <translation>datoen for godkjenningen</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+18"/>
        <source>the approved risk assessment does not exist</source>
        <translation>den godkjente risikovurderingen finnes ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit of the approved action plan does not exist</source>
        <translation>enheten til den godkjente handlingsplanen finnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+13"/>
        <source>approval %1 does not exist</source>
        <translation>godkjenning %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the time the incident was discovered</source>
        <translation>tidspunktet da avviket ble oppdaget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who reported the incident</source>
        <translation>hvem som meldte avviket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the incident&apos;s description</source>
        <translation>beskrivelsen av avviket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what was seen</source>
        <translation>hva som ble observert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the time the data protection authority was notified</source>
        <translation>tidspunktet da Datatilsynet ble varslet</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+17"/>
        <source>a notification time is given but the authority is not marked as notified</source>
        <translation>et varslingstidspunkt er oppgitt, men tilsynsmyndigheten er ikke markert som varslet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data protection authority was notified (%1) before the incident was discovered (%2)</source>
        <translation>Datatilsynet ble varslet (%1) før avviket ble oppdaget (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-9"/>
        <source>the incident&apos;s unit does not exist</source>
        <translation>enheten til avviket finnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/AuditChain.cpp" line="-560"/>
        <location filename="../core/storage/RecordKinds.h" line="+17"/>
        <source>asset</source>
        <translation>aktivum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/storage/RecordKinds.h" line="+5"/>
        <source>risk</source>
        <translation>risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/storage/RecordKinds.h" line="+4"/>
        <source>measure</source>
        <translation>tiltak</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-8"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1 %2 linked to the incident does not exist</source>
        <translation>%1 %2 som er knyttet til avviket, finnes ikke</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>the parent unit does not exist</source>
        <translation>den overordnede enheten finnes ikke</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>number of persons registered</source>
        <translation>antall registrerte personer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>notification or licence</source>
        <translation>melding/konsesjon</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the assessment&apos;s risk matrix does not exist</source>
        <translation>risikomatrisen til vurderingen finnes ikke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the assessment&apos;s unit does not exist</source>
        <translation>enheten til vurderingen finnes ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the assessor does not exist</source>
        <translation>den som har vurdert, finnes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the assessment&apos;s date</source>
        <translation>datoen for vurderingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the person who approved the assessment does not exist</source>
        <translation>personen som godkjente vurderingen, finnes ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the assessment&apos;s approval date</source>
        <translation>godkjenningsdatoen for vurderingen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the measure&apos;s deadline</source>
        <translation>fristen for tiltaket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the measure&apos;s hours</source>
        <translation>timene for tiltaket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the measure&apos;s cost</source>
        <translation>kostnaden for tiltaket</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the approval&apos;s fingerprint</source>
        <translation>fingeravtrykket til godkjenningen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>incident %1 does not exist</source>
        <translation>avvik %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the rule the exception is from</source>
        <translation>regelen unntaket gjelder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why the exception is made</source>
        <translation>hvorfor unntaket gjøres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who approved the exception</source>
        <translation>hvem som godkjente unntaket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exception&apos;s approval date</source>
        <translation>datoen unntaket ble godkjent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date the exception is valid until</source>
        <translation>datoen unntaket gjelder til</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+10"/>
        <source>the exception is valid until %1, before it was approved (%2)</source>
        <translation>unntaket gjelder til %1, før det ble godkjent (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+2"/>
        <source>the exception&apos;s unit does not exist</source>
        <translation>enheten til unntaket finnes ikke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exception %1 does not exist</source>
        <translation>unntak %1 finnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterFile.cpp" line="+61"/>
        <source>SQLite cannot read its structure</source>
        <translation>SQLite kan ikke lese filens struktur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file is damaged (%2); it was not upgraded and was left as it was</source>
        <translation>%1: filen er skadet (%2); den er ikke oppgradert og er ikke endret</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: the file is damaged: its size (%2 bytes) is not a whole number of its pages of %3 bytes; it was not opened and was left as it was</source>
        <translation>%1: filen er skadet: størrelsen (%2 byte) er ikke et helt antall av sidene på %3 byte; den ble ikke åpnet og er uendret</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a symbolic link: a register is not created through a link; it was left as it is</source>
        <translation>%1 er en symbolsk lenke: et register opprettes ikke gjennom en lenke; den ble latt være som den var</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+140"/>
        <location line="+271"/>
        <location filename="../core/storage/ServerRegister.cpp" line="+210"/>
        <location line="+30"/>
        <source>%1: cannot create the file: %2</source>
        <translation>%1: kan ikke opprette filen: %2</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>%1: a register on a server is made with trygg-cli init, or copied there from a file with trygg-cli copy; nothing was changed</source>
        <translation>%1: et register på en server opprettes med trygg-cli init eller kopieres dit fra en fil med trygg-cli copy; ingenting ble endret</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1: the file already exists; choose another name or delete it first</source>
        <translation>%1: filen finnes allerede; velg et annet navn eller slett den først</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+26"/>
        <source>%1: no such file</source>
        <translation>%1: filen finnes ikke</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the file is empty, not a Trygg register</source>
        <translation>%1: filen er tom og er ikke et Trygg-register</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/storage/ServerRegister.cpp" line="+20"/>
        <source>%1: this is a database of another program, not a Trygg register</source>
        <translation>%1: dette er en database fra et annet program, ikke et Trygg-register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the register was saved by a newer version of Trygg (file version %2, this program reads up to version %3); open it with a newer Trygg</source>
        <translation>%1: registeret ble lagret av en nyere versjon av Trygg (filversjon %2, dette programmet leser opp til versjon %3); åpne det med en nyere Trygg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file header holds the version number %2, which no Trygg ever wrote; the file is damaged and was left as it was</source>
        <translation>%1: filhodet har versjonsnummeret %2, som ingen Trygg noen gang har skrevet; filen er skadet og er ikke endret</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/storage/ServerRegister.cpp" line="+8"/>
        <source>%1: the register is incomplete: it has no register information</source>
        <translation>%1: registeret er ufullstendig: det mangler registeropplysninger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the register must be upgraded to this version of Trygg, which needs write access</source>
        <translation>%1: registeret må oppgraderes til denne versjonen av Trygg, og det krever skrivetilgang</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the register could not be upgraded to this version of Trygg (%2); the file was left as it was</source>
        <translation>%1: registeret kunne ikke oppgraderes til denne versjonen av Trygg (%2); filen er ikke endret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the register could not be upgraded to this version of Trygg (%2); the file was left as it was; a copy made before the upgrade is %3</source>
        <translation>%1: registeret kunne ikke oppgraderes til denne versjonen av Trygg (%2); filen er ikke endret; en kopi tatt før oppgraderingen er %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: another instance has taken over the register&apos;s write lock; nothing was changed</source>
        <translation>%1: en annen forekomst av Trygg har overtatt skrivelåsen til registeret; ingenting ble endret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the register is open read-only; nothing was changed</source>
        <translation>%1: registeret er åpnet skrivebeskyttet; ingenting ble endret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the register was replaced by another file (or moved or removed) since it was opened; nothing was changed</source>
        <translation>%1: registeret er erstattet av en annen fil (eller flyttet eller slettet) siden det ble åpnet; ingenting ble endret</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the register has no register information</source>
        <translation>%1: registeret mangler registeropplysninger</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the register&apos;s name</source>
        <translation>registerets navn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the register&apos;s language &apos;%1&apos; is not one of da, nb, sv, en</source>
        <translation>registerets språk «%1» er ikke ett av da, nb, sv, en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the review rule &apos;%1&apos; is not one of odd-year, even-year-q1, months:N, yearly:MM-DD</source>
        <translation>gjennomgangsregelen «%1» er ikke en av odd-year, even-year-q1, months:N, yearly:MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the register needs names for the %1 classification levels 0-%2, not %3</source>
        <translation>registeret trenger navn på de %1 klassifiseringsnivåene 0-%2, ikke %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name of classification level %1</source>
        <translation>navnet på klassifiseringsnivå %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the definition of classification level %1</source>
        <translation>definisjonen av klassifiseringsnivå %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+4"/>
        <location filename="../core/storage/ServerRegister.cpp" line="-65"/>
        <source>%1: the file already exists; choose another name</source>
        <translation>%1: filen finnes allerede; velg et annet navn</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>copying the register</source>
        <translation>kopiering av registeret</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite-integritetskontroll: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 of table &apos;%2&apos; refers to a missing row of table &apos;%3&apos;</source>
        <translation>rad %1 i tabellen «%2» viser til en rad som mangler i tabellen «%3»</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterLoad.cpp" line="+69"/>
        <source>%1: risk matrix %2 is missing</source>
        <translation>%1: risikomatrise %2 mangler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matrix %1</source>
        <translation>matrise %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, row %2</source>
        <translation>%1, rad %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one axis of %1</source>
        <translation>én akse i %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the risk matrix is not valid: %1</source>
        <translation>risikomatrisen er ikke gyldig: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the label of level %1</source>
        <translation>betegnelsen for nivå %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the definition of level %1</source>
        <translation>beskrivelsen av nivå %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name of zone &apos;%1&apos;</source>
        <translation>navnet på sonen «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the matrix&apos;s preset</source>
        <translation>matrisens forhåndsinnstilling</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-323"/>
        <source>the unit&apos;s name</source>
        <translation>enhetens navn</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterWrites.cpp" line="+23"/>
        <source>a unit named &apos;%1&apos; already exists</source>
        <translation>en enhet med navnet «%1» finnes allerede</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>a unit named &apos;%1&apos; already exists as &apos;%2&apos;; unit names that differ only in upper and lower case are one unit</source>
        <translation>en enhet med navnet «%1» finnes allerede, skrevet «%2»; enhetsnavn som bare skiller seg ved store og små bokstaver, er én enhet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the unit still has assets or risk assessments; move or delete them first</source>
        <translation>enheten har fortsatt aktiva eller risikovurderinger; flytt eller slett dem først</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+5"/>
        <source>unit %1 does not exist</source>
        <translation>enhet %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the person&apos;s name</source>
        <translation>personens navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person&apos;s role</source>
        <translation>personens rolle</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterWrites.cpp" line="+6"/>
        <source>a person named &apos;%1&apos; already exists</source>
        <translation>en person med navnet «%1» finnes allerede</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+6"/>
        <source>person %1 does not exist</source>
        <translation>person %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the asset&apos;s name</source>
        <translation>navnet på aktivumet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>purpose</source>
        <translation>formål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information</source>
        <translation>informasjon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>legal basis</source>
        <translation>rettslig grunnlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>driftsoperatør</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>classification</source>
        <translation>klassifisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archiving</source>
        <translation>arkivering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safeguards</source>
        <translation>sikringstiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage</source>
        <translation>lagring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>merknader</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>confidentiality</source>
        <translation>konfidensialitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity</source>
        <translation>integritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>availability</source>
        <translation>tilgjengelighet</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the asset&apos;s unit does not exist</source>
        <translation>enheten til aktivumet finnes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the asset&apos;s owner does not exist</source>
        <translation>eieren av aktivumet finnes ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the asset&apos;s deputy does not exist</source>
        <translation>stedfortrederen for aktivumet finnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterWrites.cpp" line="+6"/>
        <source>an asset named &apos;%1&apos; already exists in this unit</source>
        <translation>et aktivum med navnet «%1» finnes allerede i denne enheten</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+21"/>
        <source>asset %1 does not exist</source>
        <translation>aktivum %1 finnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/Schema.cpp" line="+430"/>
        <source>%1: no upgrade from file version %2</source>
        <translation>%1: ingen oppgradering fra filversjon %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: the file contains a %2 (&apos;%3&apos;) that Trygg did not create; it is refused so that no code from the file runs</source>
        <translation>%1: filen inneholder en %2 («%3») som Trygg ikke har laget; den avvises slik at ingen kode fra filen kjøres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the register is incomplete: table &apos;%2&apos; is missing</source>
        <translation>%1: registeret er ufullstendig: tabellen «%2» mangler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the register is incomplete: column &apos;%2&apos; of table &apos;%3&apos; is missing</source>
        <translation>%1: registeret er ufullstendig: kolonnen «%2» i tabellen «%3» mangler</translation>
    </message>
    <message>
        <location filename="../core/storage/Sqlite.cpp" line="+5"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kan ikke åpnes: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/Postgres.cpp" line="+86"/>
        <location line="+115"/>
        <location filename="../core/storage/Sqlite.cpp" line="+32"/>
        <location line="+214"/>
        <source>saving</source>
        <translation>lagring</translation>
    </message>
    <message>
        <location filename="../core/storage/Sqlite.cpp" line="-103"/>
        <source>the disk is full; nothing was changed</source>
        <translation>disken er full; ingenting ble endret</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1: %2: the register was replaced by another file (or moved or removed) since it was opened; nothing was changed</source>
        <translation>%1: %2: registeret er erstattet av en annen fil (eller flyttet eller slettet) siden det ble åpnet; ingenting ble endret</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the file or its folder is read-only; nothing was changed</source>
        <translation>filen eller mappen den ligger i, er skrivebeskyttet; ingenting ble endret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is in use by another program; try again</source>
        <translation>filen er i bruk av et annet program; prøv igjen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is damaged or is not a Trygg register</source>
        <translation>filen er skadet eller er ikke et Trygg-register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value is larger than the %1 MB Trygg allows; Trygg never writes one, so the file was changed by another program</source>
        <translation>en verdi er større enn de %1 MB Trygg tillater; Trygg skriver aldri en slik verdi, så filen er endret av et annet program</translation>
    </message>
    <message>
        <location filename="../core/storage/Postgres.cpp" line="-46"/>
        <location filename="../core/storage/Sqlite.cpp" line="+26"/>
        <source>preparing a query</source>
        <translation>forberedelse av en spørring</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+326"/>
        <location line="+73"/>
        <location line="+9"/>
        <location line="+7"/>
        <location filename="../core/storage/Sqlite.cpp" line="+24"/>
        <source>writing</source>
        <translation>skriving</translation>
    </message>
    <message>
        <location filename="../core/storage/Sqlite.cpp" line="+77"/>
        <source>%1: the register was replaced or changed by another program since it was opened; nothing was changed</source>
        <translation>%1: registeret er erstattet eller endret av et annet program siden det ble åpnet; ingenting ble endret</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>the disk is full, and the file may hold part of the change, which could not be undone yet: %1 holds what undoes it. Make room on the disk, then open the register for writing once, which rolls the change back</source>
        <translation>disken er full, og filen kan inneholde en del av endringen, som ennå ikke kunne angres: %1 inneholder det som angrer den. Skaff plass på disken, og åpne så registeret én gang med skrivetilgang, så rulles endringen tilbake</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a change to it was interrupted (a program was stopped, or the disk was full, while it saved) and must be rolled back before the register can be read. Open it once for writing, as someone who may change the file and its folder, which rolls the change back; nothing was changed</source>
        <translation>en endring av den ble avbrutt (et program ble stoppet, eller disken var full, mens det lagret) og må rulles tilbake før registeret kan leses. Åpne det én gang med skrivetilgang, som en som kan endre filen og mappen den ligger i, så rulles endringen tilbake; ingenting ble endret</translation>
    </message>
    <message>
        <location filename="../core/storage/Validation.cpp" line="-47"/>
        <source>%1: %2 %3, field &apos;%4&apos;: %5 characters, more than the %6 Trygg allows; Trygg never writes such a value, so the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet «%4»: %5 tegn, flere enn de %6 Trygg tillater; Trygg skriver aldri en slik verdi, så filen er endret av et annet program og åpnes ikke</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is empty</source>
        <translation>%1 er ikke fylt ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 er ikke gyldig UTF-8-tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long (%2 characters; at most %3)</source>
        <translation>%1 har for mange tegn (%2; høyst %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 holds a control character (a line break, tab or escape); a name is one line of text</source>
        <translation>%1 inneholder et kontrolltegn (linjeskift, tabulator eller escape); et navn er én linje tekst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 is outside %3-%4</source>
        <translation>%1 %2 er utenfor %3-%4</translation>
    </message>
    <message>
        <location filename="../core/storage/WriteLock.cpp" line="+65"/>
        <source>%1: the lock file is a symbolic link; Trygg never makes one, and does not follow it. Remove it, then open the register again</source>
        <translation>%1: låsefilen er en symbolsk lenke; Trygg lager aldri en og følger den ikke. Fjern den, og åpne så registeret igjen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the lock file cannot be read (%2)</source>
        <translation>%1: låsefilen kan ikke leses (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the lock file is not a plain file (a folder, pipe or device); Trygg never makes one. Remove it, then open the register again</source>
        <translation>%1: låsefilen er ikke en vanlig fil (en mappe, en pipe eller en enhet); Trygg lager aldri en slik. Fjern den, og åpne så registeret igjen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the lock file is larger than %2 bytes; a Trygg lock holds one short line. Remove it, then open the register again</source>
        <translation>%1: låsefilen er større enn %2 byte; en lås fra Trygg inneholder én kort linje. Fjern den, og åpne så registeret igjen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: could not write the lock file (%2)</source>
        <translation>%1: kunne ikke skrive låsefilen (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 on %2 since %3</source>
        <translation>%1 på %2 siden %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: in use by %2 (the lock looks abandoned); it can only be opened read-only until they close it</source>
        <translation>%1: i bruk av %2 (låsen ser forlatt ut); den kan bare åpnes skrivebeskyttet til vedkommende lukker den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: in use by %2; it can only be opened read-only until they close it</source>
        <translation>%1: i bruk av %2; den kan bare åpnes skrivebeskyttet til vedkommende lukker den</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1: could not create the lock file %2 (%3)</source>
        <translation>%1: kunne ikke opprette låsefilen %2 (%3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+57"/>
        <source>%1: could not create the lock file %2</source>
        <translation>%1: kunne ikke opprette låsefilen %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1: could not replace the lock file %2 (%3)</source>
        <translation>%1: kunne ikke erstatte låsefilen %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/model/Clock.cpp" line="+177"/>
        <source>%1=&apos;%2&apos; is not a time Trygg can use: write YYYY-MM-DD or YYYY-MM-DDTHH:MMZ (UTC)</source>
        <translation>%1=«%2» er ikke et tidspunkt Trygg kan bruke: skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTTT:MMZ (UTC)</translation>
    </message>
    <message>
        <location filename="../core/storage/RowReader.cpp" line="+42"/>
        <source>%1: %2 %3, field &apos;%4&apos; holds no value, but Trygg always writes one; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet «%4» har ingen verdi, men Trygg skriver alltid en; filen er endret av et annet program og åpnes ikke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not one of %6; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet «%4»: «%5» er ikke en av %6; filen er endret av et annet program og åpnes ikke</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not a whole number; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet «%4»: «%5» er ikke et heltall; filen er endret av et annet program og åpnes ikke</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+17"/>
        <source>%1: %2 %3, field &apos;%4&apos;: %5 is out of range; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet «%4»: %5 er utenfor det tillatte området; filen er endret av et annet program og åpnes ikke</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not a number; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet «%4»: «%5» er ikke et tall; filen er endret av et annet program og åpnes ikke</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not a date (YYYY-MM-DD); the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet «%4»: «%5» er ikke en dato (ÅÅÅÅ-MM-DD); filen er endret av et annet program og åpnes ikke</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not a UTC date and time (YYYY-MM-DDTHH:MMZ); the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet «%4»: «%5» er ikke en dato og et klokkeslett i UTC (ÅÅÅÅ-MM-DDTTT:MMZ); filen er endret av et annet program og åpnes ikke</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 (%3), field &apos;%4&apos;: &apos;%5&apos; is not a whole number from %6 to %7; the file was changed by another program and is not opened</source>
        <translation>%1: %2 (%3), feltet «%4»: «%5» er ikke et heltall fra %6 til %7; filen er endret av et annet program og åpnes ikke</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 holds more than %3 rows for %4, more than Trygg ever writes; the file was changed by another program and is not opened</source>
        <translation>%1: %2 inneholder mer enn %3 rader for %4, flere enn Trygg noen gang skriver; filen er endret av et annet program og åpnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/SchemaChecks.cpp" line="+169"/>
        <source>%1 %2, field &apos;%3&apos; holds no value</source>
        <translation>%1 %2, feltet «%3» har ingen verdi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2, field &apos;%3&apos;: &apos;%4&apos; is not one of %5</source>
        <translation>%1 %2, feltet «%3»: «%4» er ikke en av %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2, field &apos;%3&apos;: &apos;%4&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1 %2, feltet «%3»: «%4» er ikke en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1 %2, field &apos;%3&apos;: &apos;%4&apos; is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>%1 %2, feltet «%3»: «%4» er ikke en dato og et klokkeslett (ÅÅÅÅ-MM-DD TT:MM)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordSql.h" line="+246"/>
        <location line="+13"/>
        <source>%1 must be zero or more</source>
        <translation>%1 må være null eller mer</translation>
    </message>
    <message>
        <location filename="../core/storage/SideFiles.cpp" line="+42"/>
        <source>a symbolic link</source>
        <translation>en symbolsk lenke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder</source>
        <translation>en mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device, a pipe or another special file</source>
        <translation>en enhet, en pipe eller en annen spesiell fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 lies beside the register. Trygg never makes such a file (it does not use SQLite&apos;s write-ahead log), so another program left it there or someone put it there, and SQLite would read the register through it. Nothing was read or changed. Move %2 away (keep it if you want to find out where it came from), then open the register again.</source>
        <translation>%1: %2 ligger ved siden av registeret. Trygg lager aldri en slik fil (den bruker ikke SQLites write-ahead-logg), så et annet program har latt den ligge, eller noen har lagt den der, og SQLite ville lese registeret gjennom den. Ingenting ble lest eller endret. Flytt %2 bort (ta vare på den hvis du vil finne ut hvor den kom fra), og åpne så registeret igjen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 beside the register is not a journal SQLite made for it (%3); SQLite would read or write the register through it. Nothing was read or changed. Move %2 away, then open the register again.</source>
        <translation>%1: %2 ved siden av registeret er ikke en journal som SQLite har laget for det (%3); SQLite ville lese eller skrive registeret gjennom den. Ingenting ble lest eller endret. Flytt %2 bort, og åpne så registeret igjen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 beside the register holds an unfinished change that does not belong to this file (%3); rolling it back would damage the register. Nothing was read or changed. Move %2 away (keep it until you know where it came from: another copy of the register, a restored backup, another program), then open the register again.</source>
        <translation>%1: %2 ved siden av registeret inneholder en uferdig endring som ikke hører til denne filen (%3); å rulle den tilbake ville skade registeret. Ingenting ble lest eller endret. Flytt %2 bort (ta vare på den til du vet hvor den kom fra: en annen kopi av registeret, en gjenopprettet sikkerhetskopi, et annet program), og åpne så registeret igjen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>it does not begin with SQLite&apos;s journal header</source>
        <translation>den begynner ikke med SQLites journalhode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its header holds sizes SQLite never writes</source>
        <translation>hodet angir størrelser som SQLite aldri skriver</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+8"/>
        <source>%1: cannot read the register (%2)</source>
        <translation>%1: kan ikke lese registeret (%2)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the register is larger than the %1 MB Trygg can verify a journal against</source>
        <translation>registeret er større enn de %1 MB Trygg kan kontrollere en journal mot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its pages are of %1 bytes, the register&apos;s of %2</source>
        <translation>sidene er på %1 byte, registerets på %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it describes a file of %1 pages, the register has %2</source>
        <translation>den beskriver en fil på %1 sider, registeret har %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+92"/>
        <location line="+4"/>
        <source>%1: cannot read %2 beside it (%3)</source>
        <translation>%1: kan ikke lese %2 ved siden av den (%3)</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>it is larger than the %1 MB Trygg can verify</source>
        <translation>den er større enn de %1 MB Trygg kan kontrollere</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>it was made for another state of the file</source>
        <translation>den ble laget for en annen tilstand av filen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rolled back, the file would not be a Trygg register</source>
        <translation>rullet tilbake ville filen ikke være et Trygg-register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rolled back, the file would be damaged</source>
        <translation>rullet tilbake ville filen være skadet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it belongs to another register</source>
        <translation>den hører til et annet register</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+78"/>
        <source>%1: cannot look at %2 beside it (%3)</source>
        <translation>%1: kan ikke undersøke %2 ved siden av den (%3)</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+27"/>
        <source>it is %1</source>
        <translation>den er %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+27"/>
        <source>it has %1 names (hard links); writing it would change another file</source>
        <translation>den har %1 navn (harde lenker); å skrive i den ville endre en annen fil</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1: %2 beside the register, left over from an earlier change, cannot be written by you (%3), so no change could be saved. Nothing was changed. Move %2 away (it holds nothing to roll back), then open the register again.</source>
        <translation>%1: %2 ved siden av registeret, etterlatt av en tidligere endring, kan du ikke skrive i (%3), så ingen endring ville kunne lagres. Ingenting ble endret. Flytt %2 bort (den inneholder ingenting som skal rulles tilbake), og åpne så registeret igjen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: another program has switched the register to SQLite&apos;s write-ahead log, which Trygg never uses (SQLite would read the register through files beside it). Nothing was read or changed. Switch it back with that program (in sqlite3: PRAGMA journal_mode = DELETE), then open the register again.</source>
        <translation>%1: et annet program har byttet registeret over til SQLites write-ahead-logg, som Trygg aldri bruker (SQLite ville lese registeret gjennom filer ved siden av det). Ingenting ble lest eller endret. Bytt det tilbake med det programmet (i sqlite3: PRAGMA journal_mode = DELETE), og åpne så registeret igjen.</translation>
    </message>
    <message>
        <location filename="../core/platform/SafeFiles.cpp" line="-51"/>
        <source>%1 is a symbolic link: Trygg does not write through a link; give the file&apos;s own path</source>
        <translation>%1 er en symbolsk lenke: Trygg skriver ikke gjennom en lenke; oppgi stien til selve filen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder: give the name of a file to write</source>
        <translation>%1 er en mappe: oppgi navnet på en fil som skal skrives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a device, a FIFO or a socket, not a file: Trygg writes only ordinary files</source>
        <translation>%1 er en enhet, en FIFO eller en socket, ikke en fil: Trygg skriver bare vanlige filer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a Trygg register: an export never replaces a register; choose another name</source>
        <translation>%1 er et Trygg-register: en eksport erstatter aldri et register; velg et annet navn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a database (SQLite): an export never replaces one; choose another name</source>
        <translation>%1 er en database (SQLite): en eksport erstatter aldri en database; velg et annet navn</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot create a private temporary folder in %1: %2</source>
        <translation>kan ikke opprette en privat midlertidig mappe i %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: filen kan ikke leses (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file is larger than %2, the most Trygg reads of %3</source>
        <translation>%1: filen er større enn %2, det meste Trygg leser av %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/Xlsx.cpp" line="-80"/>
        <location filename="../core/platform/SafeFiles.cpp" line="+8"/>
        <source>%1: not a plain file (a folder, a pipe or a device); nothing was read</source>
        <translation>%1: ikke en vanlig fil (en mappe, en pipe eller en enhet); ingenting ble lest</translation>
    </message>
    <message>
        <location filename="../ui/matrix/MatrixEditorDialog.cpp" line="+472"/>
        <source>a matrix definition</source>
        <translation>en matrisedefinisjon</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportCheck.cpp" line="+74"/>
        <source>cannot make a temporary folder</source>
        <translation>kan ikke opprette en midlertidig mappe</translation>
    </message>
    <message>
        <location filename="../core/model/SystemError.cpp" line="-30"/>
        <source>no such file or folder</source>
        <translation>filen eller mappen finnes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>ingen tilgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operation not permitted</source>
        <translation>handlingen er ikke tillatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file system is read-only</source>
        <translation>filsystemet er skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no space left on the disk</source>
        <translation>det er ikke mer plass på disken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk quota is used up</source>
        <translation>diskkvoten er brukt opp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file already exists</source>
        <translation>filen finnes allerede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of the path is not a folder</source>
        <translation>en del av stien er ikke en mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is not empty</source>
        <translation>mappen er ikke tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>the file is in use</source>
        <translation>filen er i bruk</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <source>the file is locked by another program; try again</source>
        <translation>filen er låst av et annet program; prøv igjen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input/output error (the disk or network share failed)</source>
        <translation>inn-/utdatafeil (disken eller nettverksområdet sviktet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file name is too long</source>
        <translation>filnavnet er for langt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many symbolic links in the path</source>
        <translation>for mange symbolske lenker i stien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many files are open</source>
        <translation>for mange filer er åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large</source>
        <translation>filen er for stor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be moved to another disk</source>
        <translation>filen kan ikke flyttes til en annen disk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid argument</source>
        <translation>ugyldig argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no lock is available (the network share does not support locks)</source>
        <translation>ingen lås er tilgjengelig (nettverksområdet støtter ikke låser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network share&apos;s file handle is stale; open the register again</source>
        <translation>nettverksområdets filreferanse er foreldet; åpne registeret igjen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFont.cpp" line="+134"/>
        <location line="+18"/>
        <source>could not embed the report font in the PDF</source>
        <translation>kunne ikke bygge inn rapportens skrifttype i PDF-filen</translation>
    </message>
    <message>
        <location filename="../core/cycle/DueList.cpp" line="-18"/>
        <source>carried over into &apos;%1&apos;, not reassessed: confirm or change its scores</source>
        <translation>overført til «%1», ikke vurdert på nytt: bekreft eller endre nivåene og produktet</translation>
    </message>
    <message>
        <location filename="../core/cycle/Rounds.cpp" line="+7"/>
        <source>a round was already started from &apos;%1&apos;</source>
        <translation>det er allerede startet en runde fra «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a round was already started from &apos;%1&apos;: &apos;%2&apos;</source>
        <translation>det er allerede startet en runde fra «%1»: «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new round&apos;s date %1 is before the date of the round it starts from, &apos;%2&apos; (%3)</source>
        <translation>den nye rundens dato %1 er før datoen for runden den starter fra, «%2» (%3)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+29"/>
        <source>the round the assessment was started from does not exist</source>
        <translation>runden vurderingen ble startet fra finnes ikke</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the line the risk was carried over from does not exist</source>
        <translation>linjen risikoen ble overført fra finnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordWrites.cpp" line="+95"/>
        <source>&apos;%1&apos; is a closed round: the next round was started from it, so it stays as it was scored; change the lines and measures of the current round instead</source>
        <translation>«%1» er en avsluttet runde: neste runde ble startet fra den, så den forblir slik den ble vurdert; endre heller linjene og tiltakene i den gjeldende runden</translation>
    </message>
    <message>
        <location filename="../core/cycle/DueList.cpp" line="-35"/>
        <source>not scored: enter its probability and consequence</source>
        <translation>ikke vurdert: fyll inn sannsynlighet og konsekvens</translation>
    </message>
    <message>
        <location filename="../core/check/RegisterCheck.cpp" line="-78"/>
        <location filename="../core/edit/Edit.cpp" line="+139"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no owner</source>
        <translation>%1 har ingen eier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no deputy for its system owner</source>
        <translation>%1 har ingen stedfortreder for systemeieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is %2 and %3 at once (separation of duties)</source>
        <translation>%1 er %2 og %3 på én gang (rollene skal holdes adskilt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, %3 and %4 at once (separation of duties)</source>
        <translation>%1 er %2, %3 og %4 på én gang (rollene skal holdes adskilt)</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvImport.cpp" line="-155"/>
        <source>&apos;%1&apos; is not %2 or %3</source>
        <translation>«%1» er ikke %2 eller %3</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterFile.cpp" line="-80"/>
        <source>the register&apos;s reference for the rule &apos;%1&apos;</source>
        <translation>registerets henvisning for regelen «%1»</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+25"/>
        <source>the measure&apos;s completion date</source>
        <translation>datoen tiltaket ble utført</translation>
    </message>
    <message>
        <location filename="../core/storage/Postgres.cpp" line="-518"/>
        <location line="+474"/>
        <source>%1: saving: a text holds a NUL character, which the server cannot store; nothing was changed</source>
        <translation>%1: lagring: en tekst inneholder et NUL-tegn, som serveren ikke kan lagre; ingenting ble endret</translation>
    </message>
    <message>
        <location line="-326"/>
        <location line="+43"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1: kan ikke koble til: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the server cannot be reached: is it running, and are the host name and port right? (%1)</source>
        <translation>serveren kan ikke nås: kjører den, og er vertsnavn og port riktige? (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server is starting up or shutting down; try again in a moment (%1)</source>
        <translation>serveren holder på å starte eller stenge; prøv igjen om litt (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a server address libpq understands (%1)</source>
        <translation>dette er ikke en serveradresse libpq forstår (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server asks for a password and none was given (in the address, ~/.pgpass or PGPASSWORD) (%1)</source>
        <translation>serveren ber om et passord, og ingen ble gitt (i adressen, ~/.pgpass eller PGPASSWORD) (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server refused the connection: the user, the password or the database is not accepted (%1)</source>
        <translation>serveren avviste tilkoblingen: brukeren, passordet eller databasen godtas ikke (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>looking for others&apos; changes</source>
        <translation>ved søk etter andres endringer</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1: saving: a statement of the change failed, so the server rolled it back; nothing was changed</source>
        <translation>%1: lagring: en del av endringen mislyktes, så serveren rullet den tilbake; ingenting ble endret</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: saving: the server rolled the change back; nothing was changed</source>
        <translation>%1: lagring: serveren rullet endringen tilbake; ingenting ble endret</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the connection to the server was lost while the change was being committed: it may or may not have been saved; connect again and look (%1)</source>
        <translation>tilkoblingen til serveren ble brutt mens endringen ble lagret: den kan være lagret eller ikke; koble til igjen og se etter (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to the server was lost; nothing was changed; connect again to go on (%1)</source>
        <translation>tilkoblingen til serveren ble brutt; ingenting ble endret; koble til igjen for å fortsette (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>another change to the same records came in between; nothing was changed; try again</source>
        <translation>en annen endring av de samme postene kom imellom; ingenting ble endret; prøv igjen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone else is changing the same records; nothing was changed; try again</source>
        <translation>noen andre holder på å endre de samme postene; ingenting ble endret; prøv igjen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the register is open read-only; nothing was changed</source>
        <translation>registeret er åpnet skrivebeskyttet; ingenting ble endret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server does not allow this user to do that (%1); nothing was changed</source>
        <translation>serveren tillater ikke denne brukeren å gjøre det (%1); ingenting ble endret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server is out of disk space or memory (%1); nothing was changed</source>
        <translation>serveren mangler diskplass eller minne (%1); ingenting ble endret</translation>
    </message>
    <message>
        <location filename="../core/storage/Connect.cpp" line="+85"/>
        <source>%1: this build of Trygg has no PostgreSQL support: open a register file instead</source>
        <translation>%1: denne utgaven av Trygg kan ikke bruke PostgreSQL: åpne en registerfil i stedet</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlConnection.cpp" line="+12"/>
        <source>the statement took longer than the time allowed and was stopped; nothing was changed</source>
        <translation>spørringen tok lengre tid enn tillatt og ble stoppet; ingenting ble endret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the change breaks a rule of the register&apos;s database (%1); nothing was changed</source>
        <translation>endringen bryter en regel i registerets database (%1); ingenting ble endret</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerRegister.cpp" line="-134"/>
        <source>%1: the database holds a register of a newer version of Trygg (server schema version %2, this program knows up to version %3); it was left untouched</source>
        <translation>%1: databasen inneholder et register fra en nyere versjon av Trygg (serverskjemaversjon %2, dette programmet kjenner opp til versjon %3); den ble ikke rørt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the database already holds a Trygg register; a register is created only in an empty database; it was left untouched</source>
        <translation>%1: databasen inneholder allerede et Trygg-register; et register opprettes bare i en tom database; den ble ikke rørt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the database already has tables (%2); a register is created only in an empty database; it was left untouched</source>
        <translation>%1: databasen har allerede tabeller (%2); et register opprettes bare i en tom database; den ble ikke rørt</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>%1: the copy from %2 is not sound (%3); no file was made</source>
        <translation>%1: kopien fra %2 er ikke i orden (%3); ingen fil ble laget</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the database is empty, not a Trygg register (trygg-cli init creates one)</source>
        <translation>%1: databasen er tom, ikke et Trygg-register (trygg-cli init oppretter et)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the register was saved by a newer version of Trygg (server schema version %2, this program reads up to version %3); open it with a newer Trygg</source>
        <translation>%1: registeret ble lagret av en nyere versjon av Trygg (serverskjemaversjon %2, dette programmet leser opp til versjon %3); åpne det med en nyere Trygg</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the register must be upgraded to this version of Trygg (server schema version %2), which failed (%3); nothing was changed; the register&apos;s owner can upgrade it by opening it once</source>
        <translation>%1: registeret må oppgraderes til denne versjonen av Trygg (serverskjemaversjon %2), og det mislyktes (%3); ingenting ble endret; registerets eier kan oppgradere det ved å åpne det én gang</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a server&apos;s address (postgresql://...)</source>
        <translation>%1 er ikke en servers adresse (postgresql://...)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 to %2: a copy goes from a register file to a server&apos;s database (postgresql://...) or from a server to a new file</source>
        <translation>%1 til %2: en kopi går fra en registerfil til en servers database (postgresql://...) eller fra en server til en ny fil</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerAccess.cpp" line="+345"/>
        <source>%1: the database&apos;s name is too long for the roles of the register&apos;s duties (%2 is longer than PostgreSQL&apos;s 63 bytes); choose a shorter name</source>
        <translation>%1: databasens navn er for langt for rollene til registerets oppgaver (%2 er lengre enn PostgreSQLs 63 byte); velg et kortere navn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the role %2 of the register&apos;s duties does not exist, and the register&apos;s owner may not create roles: the server&apos;s administrator creates it (CREATE ROLE %2 NOLOGIN; GRANT %2 TO the owner WITH ADMIN OPTION) or gives the owner CREATEROLE; nothing was changed</source>
        <translation>%1: rollen %2 for registerets oppgaver finnes ikke, og registerets eier har ikke lov til å opprette roller: serverens administrator oppretter den (CREATE ROLE %2 NOLOGIN; GRANT %2 TO eieren WITH ADMIN OPTION) eller gir eieren CREATEROLE; ingenting ble endret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the register&apos;s owner may not grant the role %2 (it needs it WITH ADMIN OPTION, or CREATEROLE); nothing was changed</source>
        <translation>%1: registerets eier har ikke lov til å tildele rollen %2 (eieren må ha den WITH ADMIN OPTION eller ha CREATEROLE); ingenting ble endret</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerGrants.cpp" line="+75"/>
        <source>%1: there is no unit named &apos;%2&apos; (the register has no units)</source>
        <translation>%1: det finnes ingen enhet med navnet «%2» (registeret har ingen enheter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: there is no unit named &apos;%2&apos; (units: %3)</source>
        <translation>%1: det finnes ingen enhet med navnet «%2» (enheter: %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the register&apos;s server schema has no access by unit yet (it is older than server schema version %2)</source>
        <translation>%1: registerets serverskjema har ennå ikke tilgang per enhet (det er eldre enn serverskjemaversjon %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: only a security officer or the register&apos;s owner may grant or revoke access, and %2 is neither</source>
        <translation>%1: bare en sikkerhetsansvarlig eller registerets eier kan gi eller trekke tilbake tilgang, og %2 er ingen av delene</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: there is no database role &apos;%2&apos; on the server (the server&apos;s administrator makes it: CREATE ROLE %2 LOGIN)</source>
        <translation>%1: det finnes ingen databaserolle «%2» på serveren (serverens administrator oppretter den: CREATE ROLE %2 LOGIN)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; is the group role of a duty; grant a person&apos;s own role</source>
        <translation>%1: «%2» er grupperollen for en oppgave; gi tilgang til en persons egen rolle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the database user %2 has not been granted access to this register (the security officer grants it: trygg-cli grant)</source>
        <translation>%1: databasebrukeren %2 har ikke fått tilgang til dette registeret (den sikkerhetsansvarlige gir den: trygg-cli grant)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1: there is no person named &apos;%2&apos; in the register</source>
        <translation>%1: det finnes ingen person med navnet «%2» i registeret</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the role &apos;%2&apos; has been granted no access to this register</source>
        <translation>%1: rollen «%2» har ikke fått tilgang til dette registeret</translation>
    </message>
    <message>
        <location filename="../core/edit/Edit.cpp" line="-2"/>
        <source>someone else</source>
        <translation>en annen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&apos;%1&apos; was removed by %2 since it was shown here; nothing was saved</source>
        <translation>«%1» er slettet av %2 siden det ble vist her; ingenting ble lagret</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; was changed by %2 since it was shown here (%3); nothing was saved; it is shown as it is now, to change again if need be</source>
        <translation>«%1» er endret av %2 siden det ble vist her (%3); ingenting ble lagret; det vises nå slik det er, så det kan endres igjen om nødvendig</translation>
    </message>
    <message>
        <location filename="../core/combine/OfflineCopy.cpp" line="+215"/>
        <source>changed in the offline copy and in the register since the copy was made</source>
        <translation>endret både i frakoblet kopi og i registeret siden kopien ble laget</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 has this register&apos;s id but shares none of its audit trail: it is no offline copy of it (trygg-cli copy); combine it as a new section</source>
        <translation>%1 har dette registerets id, men deler ingenting av endringsloggen: det er ikke en frakoblet kopi av det (trygg-cli copy); slå det sammen som en ny seksjon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new, %2 updated, %3 removed, %4 unchanged, %5 conflicts</source>
        <translation>%1 nye, %2 oppdatert, %3 fjernet, %4 uendret, %5 konflikter</translation>
    </message>
</context>
<context>
    <name>trygg::cli</name>
    <message>
        <location filename="../app/cli/CliArguments.cpp" line="+27"/>
        <source>--%1 takes no value</source>
        <translation>--%1 tar ingen verdi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 needs a value</source>
        <translation>--%1 trenger en verdi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown option --%1</source>
        <translation>ukjent valg --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/CliCommands.cpp" line="+517"/>
        <location filename="../app/cli/GrantCommand.cpp" line="+49"/>
        <source>usage: %1</source>
        <translation>bruk: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 is required; usage: %2</source>
        <translation>--%1 er påkrevd; bruk: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 må være et heltall fra %2 til %3, ikke «%4»</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="-428"/>
        <source>Usage:</source>
        <translation>Bruk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success, 1 bad input (the message names file, row and field), 2 bad usage.</source>
        <translation>Avslutningskoder: 0 vellykket, 1 feil i inndata (meldingen nevner fil, rad og felt), 2 feil bruk.</translation>
    </message>
    <message>
        <location line="+513"/>
        <source>%1: there is no unit named &apos;%2&apos; (the register has no units)</source>
        <translation>%1: det finnes ingen enhet med navnet «%2» (registeret har ingen enheter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: there is no unit named &apos;%2&apos; (units: %3)</source>
        <translation>%1: det finnes ingen enhet med navnet «%2» (enheter: %3)</translation>
    </message>
    <message>
        <location line="-496"/>
        <location line="+210"/>
        <source>unknown preset &apos;%1&apos;: choose %2</source>
        <translation>ukjent forhåndsoppsett «%1»: velg %2</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>a matrix definition</source>
        <translation>en matrisedefinisjon</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>created %1: register &apos;%2&apos; with the %3 matrix</source>
        <translation>opprettet %1: registeret «%2» med %3-matrisen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>copy goes from a register file to a server (postgresql://...) or from a server to a new file</source>
        <translation>copy går fra en registerfil til en server (postgresql://...) eller fra en server til en ny fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copied %1 to %2</source>
        <translation>kopierte %1 til %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import what? &apos;%1&apos; is neither assets nor risks; usage: %2</source>
        <translation>importere hva? «%1» er verken assets eller risks; bruk: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../app/cli/RoundCommands.cpp" line="+169"/>
        <source>this trygg-cli was built without Qt and cannot print reports</source>
        <translation>denne trygg-cli er bygget uten Qt og kan ikke skrive ut rapporter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export what? &apos;%1&apos; is not risks, assets or plan; usage: %2</source>
        <translation>eksportere hva? «%1» er ikke risks, assets eller plan; bruk: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>format &apos;%1&apos; is not supported: use --format csv or xlsx (tables), pdf or html (reports)</source>
        <translation>formatet «%1» støttes ikke: bruk --format csv eller xlsx (tabeller), pdf eller html (rapporter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format xlsx needs --output OUT (a workbook is not written to the terminal)</source>
        <translation>--format xlsx trenger --output UT (en arbeidsbok skrives ikke til terminalen)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>exported the current matrix of %1 to %2</source>
        <translation>eksporterte den gjeldende matrisen i %1 til %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>imported %1 into %2: matrix version %3 (%4 x %5, %6) is now current for new assessments; %7</source>
        <translation>importerte %1 til %2: matriseversjon %3 (%4 x %5, %6) gjelder nå for nye vurderinger; %7</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n zone</source>
        <comment>%n zones</comment>
        <translation>
            <numerusform>%n sone</numerusform>
            <numerusform>%n soner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n assessment keeps its earlier matrix</source>
        <comment>%n assessments keep their earlier matrix</comment>
        <translation>
            <numerusform>%n vurdering beholder sin tidligere matrise</numerusform>
            <numerusform>%n vurderinger beholder sin tidligere matrise</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--export and --import go alone; usage: %1</source>
        <translation>--export og --import brukes alene; bruk: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>residual risk after measures</source>
        <translation>restrisiko etter tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>current risk</source>
        <translation>nåværende risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit %1</source>
        <translation>enhet %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all units</source>
        <translation>alle enheter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>error: </source>
        <translation>feil: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: </source>
        <translation>advarsel: </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error</source>
        <comment>%n errors</comment>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning</source>
        <comment>%n warnings</comment>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 units, %3 people, %4 assets, %5 assessments, %6 risks, %7 measures</source>
        <translation>%1: %2 enheter, %3 personer, %4 aktiva, %5 vurderinger, %6 risikoer, %7 tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added to %1</source>
        <translation>la til i %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+230"/>
        <source>created %1</source>
        <translation>opprettet %1</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matrix</source>
        <translation>matrise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>create</source>
        <translation>opprettet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edit</source>
        <translation>endret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>slettet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import</source>
        <translation>importert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve</source>
        <translation>godkjent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trail chain started</source>
        <translation>loggens kjede startet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+53"/>
        <location filename="../app/cli/RoundCommands.cpp" line="+44"/>
        <source>format &apos;%1&apos; is not supported: use --format text or --format csv</source>
        <translation>formatet «%1» støttes ikke: bruk --format text eller --format csv</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>--since &apos;%1&apos; is not a valid date; write it as YYYY-MM-DD, e.g. 2026-01-31</source>
        <translation>--since «%1» er ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, f.eks. 2026-01-31</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>cannot write to standard output (is the disk full, or the reader gone?); what was written is incomplete</source>
        <translation>kan ikke skrive til standard ut (er disken full, eller er mottakeren borte?); det som ble skrevet, er ufullstendig</translation>
    </message>
    <message>
        <location line="-342"/>
        <location line="+73"/>
        <source>review</source>
        <translation>gjennomgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>frist</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+74"/>
        <source>acceptance</source>
        <translation>aksept</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>approval</source>
        <translation>godkjenning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notification</source>
        <translation>melding</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>exception</source>
        <translation>unntak</translation>
    </message>
    <message>
        <location line="-91"/>
        <location filename="../app/cli/CycleCommands.cpp" line="+57"/>
        <source>assessment</source>
        <translation>vurdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/CycleCommands.cpp" line="-2"/>
        <source>asset</source>
        <translation>aktivum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/CycleCommands.cpp" line="+4"/>
        <source>measure</source>
        <translation>tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location filename="../app/cli/CycleCommands.cpp" line="+1"/>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk</source>
        <translation>risiko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident</source>
        <translation>avvik</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>treatment</source>
        <translation>behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residual risk</source>
        <translation>restrisiko</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 on %2: %3 overdue, %4 due within %5</source>
        <translation>%1 per %2: %3 forfalt, %4 forfaller innen %5</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day</source>
        <comment>%n days</comment>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue:</source>
        <translation>Forfalt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon:</source>
        <translation>Forfaller snart:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>now</source>
        <translation>nå</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>resolved: removed, as in the section</source>
        <translation>løst: slettet, som i seksjonens register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: the section&apos;s version taken</source>
        <translation>løst: seksjonens versjon tatt over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: the combined register&apos;s version kept</source>
        <translation>løst: det sammenslåtte registerets versjon beholdt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved: kept in the combined register</source>
        <translation>løst: beholdt i det sammenslåtte registeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: both kept, the section&apos;s as a separate object</source>
        <translation>løst: begge beholdt, seksjonens som et eget objekt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--as-new-section %1 is not one of the registers to combine; usage: %2</source>
        <translation>--as-new-section %1 er ikke ett av registrene som skal slås sammen; bruk: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 from %2: %3 new, %4 updated, %5 unchanged, %6</source>
        <translation>%1 fra %2: nye: %3, oppdaterte: %4, uendrede: %5, %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1</source>
        <translation>oppdaterte %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>--resolve &apos;%1&apos;: choose section, combined or both; usage: %2</source>
        <translation>--resolve «%1»: velg section, combined eller both; bruk: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n section</source>
        <comment>%n sections</comment>
        <translation>
            <numerusform>%n seksjon</numerusform>
            <numerusform>%n seksjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict</source>
        <comment>%n conflicts</comment>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n object removed: its section no longer holds it</source>
        <comment>%n objects removed: their sections no longer hold them</comment>
        <translation>
            <numerusform>%n objekt fjernet: seksjonen har det ikke lenger</numerusform>
            <numerusform>%n objekter fjernet: seksjonene har dem ikke lenger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>conflict: </source>
        <translation>konflikt: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (score %1 in the section, %2 in the combined register)</source>
        <translation> (produkt %1 i seksjonens register, %2 i det sammenslåtte registeret)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (score %1 in the combined register)</source>
        <translation> (produkt %1 i det sammenslåtte registeret)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>ukjent kommando «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected error: %1</source>
        <translation>uventet feil: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/MatrixText.cpp" line="+71"/>
        <source>P%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Sannsynlighet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consequence:</source>
        <translation>Konsekvens:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zones:</source>
        <translation>Soner:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risks: %1</source>
        <translation>Risikoer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without residual values is shown at its current place</source>
        <comment>%n without residual values are shown at their current place</comment>
        <translation>
            <numerusform>%n uten restverdier vises på sin nåværende plass</numerusform>
            <numerusform>%n uten restverdier vises på sin nåværende plass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n scored on other scales is not shown</source>
        <comment>%n scored on other scales are not shown</comment>
        <translation>
            <numerusform>%n vurdert på andre skalaer vises ikke</numerusform>
            <numerusform>%n vurdert på andre skalaer vises ikke</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+75"/>
        <source>%1: there is no unit named &apos;%2&apos;</source>
        <translation>%1: det finnes ingen enhet med navnet «%2»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: there is no assessment named &apos;%2&apos; in unit &apos;%3&apos;</source>
        <translation>%1: det finnes ingen vurdering med navnet «%2» i enheten «%3»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: there is no assessment named &apos;%2&apos;</source>
        <translation>%1: det finnes ingen vurdering med navnet «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 assessments are named &apos;%3&apos; (units: %4): add --unit NAME</source>
        <translation>%1: %2 vurderinger heter «%3» (enheter: %4): legg til --unit NAVN</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>&apos;%1&apos; has no printed report: choose plan, form, matrix, assets or review; usage: %2</source>
        <translation>«%1» har ingen utskrevet rapport: velg plan, form, matrix, assets eller review; bruk: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/RoundCommands.cpp" line="-69"/>
        <source>a PDF needs --output FILE; usage: %1</source>
        <translation>en PDF trenger --output FIL; bruk: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--all-units makes one report per unit: it takes no --unit or --assessment, and no form or review</source>
        <translation>--all-units lager én rapport per enhet: den tar ikke --unit eller --assessment, og ikke form eller review</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+41"/>
        <source>unknown language &apos;%1&apos;: choose da, nb, sv or en</source>
        <translation>ukjent språk «%1»: velg da, nb, sv eller en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--all-units needs --output DIR</source>
        <translation>--all-units trenger --output MAPPE</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the form is printed for one assessment: add --assessment NAME</source>
        <translation>skjemaet skrives ut for én vurdering: legg til --assessment NAVN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot create the folder: %2</source>
        <translation>%1: kan ikke opprette mappen: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unit &apos;%1&apos;: the report %2 was not written: %3</source>
        <translation>enhet «%1»: rapporten %2 ble ikke skrevet: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 unit reports could not be written (see above)</source>
        <translation>%1 av %2 enhetsrapporter kunne ikke skrives (se ovenfor)</translation>
    </message>
    <message>
        <location filename="../app/cli/CycleCommands.cpp" line="-26"/>
        <source>--%1 must not be empty</source>
        <translation>--%1 kan ikke være tom</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/RoundCommands.cpp" line="-111"/>
        <source>--%1 &apos;%2&apos; is not a valid date; write it as YYYY-MM-DD, e.g. 2026-01-31</source>
        <translation>--%1 «%2» er ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, f.eks. 2026-01-31</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: there is no %2 named &apos;%3&apos; in unit %4</source>
        <translation>%1: det finnes ingen %2 med navnet «%3» i enheten %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: there is no %2 named &apos;%3&apos;</source>
        <translation>%1: det finnes ingen %2 med navnet «%3»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 &apos;%3&apos; is ambiguous: there is one in each of %4; choose one with --unit</source>
        <translation>%1: %2 «%3» er tvetydig: det finnes en i hver av %4; velg med --unit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>approve what? &apos;%1&apos; is neither plan nor assessment; usage: %2</source>
        <translation>godkjenne hva? «%1» er verken plan eller assessment; bruk: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--assessment goes with approve assessment; usage: %1</source>
        <translation>--assessment hører til approve assessment; bruk: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>assessment &apos;%1&apos;</source>
        <translation>risikovurderingen «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the action plan of %1</source>
        <translation>handlingsplanen for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the action plan of the whole register</source>
        <translation>handlingsplanen for hele registeret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: approved %2 by %3 on %4</source>
        <translation>%1: %2 godkjent av %3 den %4</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: accepted the residual risk of risk %2 &apos;%3&apos; by %4 on %5, until %6</source>
        <translation>%1: restrisikoen for risiko %2 «%3» akseptert av %4 den %5, til %6</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>review what? &apos;%1&apos; is not asset, assessment, measure or document; usage: %2</source>
        <translation>gjennomgå hva? «%1» er ikke asset, assessment, measure eller document; bruk: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: recorded a review of %2 &apos;%3&apos; by %4 on %5</source>
        <translation>%1: registrert en gjennomgang av %2 «%3» utført av %4 den %5</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="-48"/>
        <source>--open-only is for the plan: it leaves out measures done or cancelled</source>
        <translation>--open-only gjelder handlingsplanen: den utelater utførte og avbrutte tiltak</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="-238"/>
        <source>reassessment</source>
        <translation>ny vurdering</translation>
    </message>
    <message>
        <location filename="../app/cli/RoundCommands.cpp" line="+11"/>
        <source>%1: --%2: there is no round named &apos;%3&apos; in unit %4 (an assessment&apos;s name or a year)</source>
        <translation>%1: --%2: det finnes ingen runde med navnet «%3» i enhet %4 (navnet på en vurdering eller et år)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: --%2: there is no round named &apos;%3&apos; (an assessment&apos;s name or a year)</source>
        <translation>%1: --%2: det finnes ingen runde med navnet «%3» (navnet på en vurdering eller et år)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--%1 must not be empty</source>
        <comment>name</comment>
        <translation>--%1 kan ikke være tom</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: --from: there is no assessment named &apos;%2&apos; in unit %3</source>
        <translation>%1: --from: det finnes ingen vurdering med navnet «%2» i enhet %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unit %2 has no assessment to start the next round from</source>
        <translation>%1: enhet %2 har ingen vurdering å starte neste runde fra</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: --assessor: there is no person named &apos;%2&apos;</source>
        <translation>%1: --assessor: det finnes ingen person med navnet «%2»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: started round &apos;%2&apos; of %3 from &apos;%4&apos;: %5 carried over (not reassessed), %6 came along; &apos;%4&apos; is closed</source>
        <translation>%1: startet runde «%2» for %3 fra «%4»: %5 overført (ikke vurdert på nytt), %6 ble med; «%4» er avsluttet</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line</source>
        <comment>%n lines</comment>
        <translation>
            <numerusform>%n linje</numerusform>
            <numerusform>%n linjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open measure</source>
        <comment>%n open measures</comment>
        <translation>
            <numerusform>%n åpent tiltak</numerusform>
            <numerusform>%n åpne tiltak</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>format &apos;%1&apos; is not supported: use --format text, csv, html or pdf; usage: %2</source>
        <translation>formatet «%1» støttes ikke: bruk --format text, csv, html eller pdf; bruk: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: there is no asset named &apos;%2&apos;</source>
        <translation>%1: det finnes ikke noe aktivum med navnet «%2»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 -&gt; %2: %3 new, %4 removed, %5 higher, %6 lower, %7 unchanged</source>
        <translation>%1 -&gt; %2: %3 nye, %4 fjernet, %5 høyere, %6 lavere, %7 uendret</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Measures completed between them: %1</source>
        <translation>Tiltak gjennomført mellom dem: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures still open: %1, of them overdue: %2</source>
        <translation>Tiltak som fortsatt er åpne: %1, av dem forfalt: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Trend of %1 (zones from the most severe: %2)</source>
        <translation>Utviklingen i %1 (soner fra den alvorligste: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trend of the whole register (zones from the most severe: %1)</source>
        <translation>Utviklingen i hele registeret (soner fra den alvorligste: %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 risks (%2; residual %3), %4 above the line of which %5 accepted, measures %6 done and %7 overdue, %8 incidents</source>
        <translation>%1 risikoer (%2; restrisiko %3), %4 over akseptlinjen, av dem %5 akseptert, tiltak %6 utført og %7 forfalt, %8 avvik</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="+1"/>
        <source>not scored</source>
        <translation>ikke vurdert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/MatrixText.cpp" line="+3"/>
        <source>%n not scored yet is not shown</source>
        <comment>%n not scored yet are not shown</comment>
        <translation>
            <numerusform>%n som ikke er vurdert ennå, vises ikke</numerusform>
            <numerusform>%n som ikke er vurdert ennå, vises ikke</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="-245"/>
        <source>--language &apos;%1&apos; is not da, nb, sv or en</source>
        <translation>--language «%1» er ikke da, nb, sv eller en</translation>
    </message>
    <message>
        <location filename="../app/cli/GrantCommand.cpp" line="-16"/>
        <source>units: %1</source>
        <translation>enheter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every unit</source>
        <translation>alle enheter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no units</source>
        <translation>ingen enheter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person: %1</source>
        <translation>person: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>grant is for a register on a server (postgresql://...): a register file is everyone&apos;s who may open it</source>
        <translation>grant gjelder et register på en server (postgresql://...): en registerfil er alles som kan åpne den</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--list takes only the register&apos;s address; usage: %1</source>
        <translation>--list tar bare registerets adresse; bruk: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no role has been granted access yet</source>
        <translation>%1: ingen rolle har fått tilgang ennå</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give either --duty or --revoke; usage: %1</source>
        <translation>oppgi enten --duty eller --revoke; bruk: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--person goes with --duty, not --revoke</source>
        <translation>--person hører til --duty, ikke --revoke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: revoked every access of %2</source>
        <translation>%1: all tilgang for %2 er trukket tilbake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: revoked %2&apos;s access to %3</source>
        <translation>%1: tilgangen for %2 til %3 er trukket tilbake</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown duty &apos;%1&apos;: choose %2</source>
        <translation>ukjent oppgave «%1»: velg %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a section leader needs the units they lead: add --unit NAME</source>
        <translation>en seksjonsleder trenger enhetene vedkommende leder: legg til --unit NAVN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--unit is for a section leader or a reader; %1 reads every unit</source>
        <translation>--unit gjelder en seksjonsleder eller en leser; %1 leser alle enheter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: granted %2</source>
        <translation>%1: tildelt %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+15"/>
        <source>Password for %1: </source>
        <translation>Passord for %1: </translation>
    </message>
</context>
<context>
    <name>trygg::ui::ActionPlanModel</name>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+345"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+262"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>The deadline %1 has passed.</source>
        <translation>Fristen %1 er passert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon: the deadline is %1.</source>
        <translation>Forfaller snart: fristen er %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deadline set.</source>
        <translation>Ingen frist satt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This measure treats no risk.</source>
        <translation>Tiltaket behandler ingen risiko.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="-16"/>
        <location line="+11"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+13"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-215"/>
        <location filename="../core/exchange/CsvExport.cpp" line="+1"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/exchange/CsvExport.cpp" line="+1"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/exchange/CsvExport.cpp" line="+1"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/exchange/CsvExport.cpp" line="+1"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+8"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Top score</source>
        <translation>Høyeste produkt</translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-13"/>
        <location filename="../core/exchange/CsvExport.cpp" line="+4"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/exchange/CsvExport.cpp" line="+1"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+6"/>
        <source>Place in the action plan: measures for the most urgent risks first</source>
        <translation>Plass i handlingsplanen: tiltak for de mest presserende risikoene først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is done</source>
        <translation>Hva som gjøres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is responsible</source>
        <translation>Hvem som er ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when it is done</source>
        <translation>Når det skal være gjort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnel resources, in hours</source>
        <translation>Personellressurser, i timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic resources</source>
        <translation>Økonomiske ressurser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the measure is followed up</source>
        <translation>Hvordan tiltaket følges opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many risks the measure treats</source>
        <translation>Hvor mange risikoer tiltaket behandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score (probability x consequence) of the most urgent risk it treats</source>
        <translation>Produkt (sannsynlighet x konsekvens) for den mest presserende risikoen tiltaket behandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance zone of the most urgent risk it treats</source>
        <translation>Akseptsonen for den mest presserende risikoen tiltaket behandler</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1: not scored</source>
        <translation>%1: ikke vurdert</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ActionPlanView</name>
    <message>
        <location filename="../ui/plan/ActionPlanView.cpp" line="+55"/>
        <source>&amp;New measure...</source>
        <translation>&amp;Nytt tiltak...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Rediger...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History...</source>
        <translation>&amp;Historikk...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the measures of one unit</source>
        <translation>Vis tiltakene for én enhet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the measures one person is responsible for</source>
        <translation>Vis tiltakene én person er ansvarlig for</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done</source>
        <translation>Ikke utført</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show measures by status</source>
        <translation>Vis tiltak etter status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All deadlines</source>
        <translation>Alle frister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 30 days</source>
        <translation>Forfaller innen 30 dager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show measures whose deadline has passed or is near</source>
        <translation>Vis tiltak der fristen er passert eller nær</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search measures</source>
        <translation>Søk i tiltak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show measures whose text or follow-up contains this</source>
        <translation>Vis tiltak der teksten eller oppfølgingen inneholder dette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible:</source>
        <translation>Ansvarlig:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Klikk for å sortere; høyreklikk for å velge kolonner</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+302"/>
        <source>Add a measure to the action plan</source>
        <translation>Legg til et tiltak i handlingsplanen</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Edit the selected measure and the risks it treats</source>
        <translation>Rediger det valgte tiltaket og risikoene det behandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected measures</source>
        <translation>Slett de valgte tiltakene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the selected measure, when, and what</source>
        <translation>Hvem som endret det valgte tiltaket, når og hva</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Delete the measure &quot;%1&quot; from the action plan?</source>
        <translation>Slette tiltaket «%1» fra handlingsplanen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n measures from the action plan?</source>
        <translation>
            <numerusform>Slette %n tiltak fra handlingsplanen?</numerusform>
            <numerusform>Slette %n tiltak fra handlingsplanen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete measures</source>
        <translation>Slett tiltak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The risks they treat stay in their assessments. Undo brings the measures back.</source>
        <translation>Risikoene de behandler, blir stående i vurderingene sine. Angre henter tiltakene tilbake.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A measure belongs to a risk assessment: create an assessment first</source>
        <translation>Et tiltak hører til en risikovurdering: opprett en vurdering først</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1; %2; total %3 hours, cost %4</source>
        <translation>%1; %2; totalt %3 timer, kostnad %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalt</numerusform>
            <numerusform>%n forfalte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(filtered from %1)</source>
        <translation>(filtrert fra %1)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::AssetEditorDialog</name>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+74"/>
        <source>Not classified</source>
        <translation>Ikke klassifisert</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Asset %1</source>
        <translation>Aktivum %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New asset</source>
        <translation>Nytt aktivum</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Asset</source>
        <translation>Aktivum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personopplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Klassifisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection</source>
        <translation>Beskyttelse</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-9"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+29"/>
        <source>Required, for example &quot;Fagsystem barnevern&quot;</source>
        <translation>Påkrevd, for eksempel «Fagsystem barnevern»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose, or type a new name</source>
        <translation>Velg, eller skriv et nytt navn</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-26"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Owner:</source>
        <translation>Eie&amp;r:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Deputy:</source>
        <translation>&amp;Stedfortreder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>Type of &amp;information:</source>
        <translation>Type &amp;informasjon:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>O&amp;perator or supplier:</source>
        <translation>&amp;Driftsoperatør eller leverandør:</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+15"/>
        <source>Not known</source>
        <translation>Ikke kjent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The law or consent the processing rests on (hjemmel)</source>
        <translation>Loven eller samtykket behandlingen bygger på (hjemmel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notified to or licensed by the authority, and when</source>
        <translation>Meldt til eller konsesjon fra myndigheten, og når</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-5"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+5"/>
        <source>&amp;Personal data:</source>
        <translation>&amp;Personopplysninger:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>Number of p&amp;ersons registered:</source>
        <translation>&amp;Antall registrerte personer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Hjemmel:</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>Notification or li&amp;cence:</source>
        <translation>Melding/&amp;konsesjon:</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+5"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+25"/>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Konfidensialitet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Integrity:</source>
        <translation>&amp;Integritet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Availability:</source>
        <translation>&amp;Tilgjengelighet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Document classification:</source>
        <translation>&amp;Dokumentklassifisering:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+14"/>
        <source>&amp;Safeguards:</source>
        <translation>&amp;Sikringstiltak:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>S&amp;torage and communication:</source>
        <translation>&amp;Lagring og kommunikasjon:</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>A&amp;rchiving and deletion decision:</source>
        <translation>Vedtak om &amp;arkivering og sletting:</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+18"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New unit...</source>
        <translation>Ny enhet...</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The register is open read-only; changes cannot be saved.</source>
        <translation>Registeret er åpnet skrivebeskyttet; endringer kan ikke lagres.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New unit</source>
        <translation>Ny enhet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new unit:</source>
        <translation>Navn på den nye enheten:</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>System owner or information owner. A new name is added to the register&apos;s people.</source>
        <translation>Systemeier eller informasjonseier. Et nytt navn legges til blant personene i registeret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy of the system owner. A new name is added to the register&apos;s people.</source>
        <translation>Stedfortreder for systemeieren. Et nytt navn legges til blant personene i registeret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The type of information the asset holds</source>
        <translation>Hvilken type informasjon aktivumet inneholder</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A data processing agreement with the operator is in place</source>
        <translation>Det er inngått databehandleravtale med driftsoperatøren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Levels from 0 (lowest) to 4 (highest): how much harm a breach of each would do.</source>
        <translation>Nivå fra 0 (lavest) til 4 (høyest): hvor stor skade et brudd på hver av dem vil gjøre.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::AssetTableModel</name>
    <message>
        <location filename="../ui/assets/AssetTableModel.cpp" line="+52"/>
        <source>Owner and deputy are the same person</source>
        <translation>Eier og stedfortreder er samme person</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Stedfortreder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personopplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPA</source>
        <translation>DBA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C</source>
        <extracomment>Confidentiality, one letter</extracomment>
        <translation>K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I</source>
        <extracomment>Integrity, one letter</extracomment>
        <translation>I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A</source>
        <extracomment>Availability, one letter</extracomment>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Klassifisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Driftsoperatør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The asset&apos;s name (F2 renames it; double-click opens the editor)</source>
        <translation>Navnet på aktivumet (F2 gir nytt navn; dobbeltklikk åpner redigeringen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of persons registered</source>
        <translation>Antall registrerte personer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidentiality, 0-4</source>
        <translation>Konfidensialitet, 0-4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity, 0-4</source>
        <translation>Integritet, 0-4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability, 0-4</source>
        <translation>Tilgjengelighet, 0-4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document classification, for example %1 or %2</source>
        <translation>Dokumentklassifisering, for eksempel %1 eller %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator or supplier</source>
        <translation>Driftsoperatør eller leverandør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the register lacks for this asset</source>
        <translation>Hva registeret mangler for dette aktivumet</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>No owner</source>
        <translation>Ingen eier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deputy for the system owner</source>
        <translation>Ingen stedfortreder for systemeieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is system owner, IT security leader and IT-responsible at once (separation of duties)</source>
        <translation>%1 er systemeier, IT-sikkerhetsleder og IT-ansvarlig på én gang (rollene skal holdes adskilt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is system owner and IT security leader at once (separation of duties)</source>
        <translation>%1 er systemeier og IT-sikkerhetsleder på én gang (rollene skal holdes adskilt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is system owner and IT-responsible at once (separation of duties)</source>
        <translation>%1 er systemeier og IT-ansvarlig på én gang (rollene skal holdes adskilt)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>System owner or information owner</source>
        <translation>Systemeier eller informasjonseier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy of the system owner</source>
        <translation>Stedfortreder for systemeieren</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-7"/>
        <location filename="../ui/assets/AssetTableModel.cpp" line="+2"/>
        <source>Data processing agreement with the operator</source>
        <translation>Databehandleravtale med driftsoperatøren</translation>
    </message>
</context>
<context>
    <name>trygg::ui::AssetsView</name>
    <message>
        <location filename="../ui/assets/AssetsView.cpp" line="+78"/>
        <source>&amp;New asset...</source>
        <translation>&amp;Nytt aktivum...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an asset to the register</source>
        <translation>Legg til et aktivum i registeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Rediger...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit every field of the selected asset (Enter)</source>
        <translation>Rediger alle feltene for det valgte aktivumet (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+207"/>
        <source>Delete the selected asset (Del)</source>
        <translation>Slett det valgte aktivumet (Del)</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>&amp;History...</source>
        <translation>&amp;Historikk...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the selected asset, when, and what</source>
        <translation>Hvem som endret det valgte aktivumet, når og hva</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Search assets</source>
        <translation>Søk i aktiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds the text in name, purpose, type of information, operator and notes</source>
        <translation>Finner teksten i navn, formål, type informasjon, driftsoperatør og merknader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the assets of one unit</source>
        <translation>Vis aktiva for én enhet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the assets of one owner</source>
        <translation>Vis aktiva for én eier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show one type of asset</source>
        <translation>Vis én type aktiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the assets with this level of personal data</source>
        <translation>Vis aktiva med dette nivået av personopplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any personal data</source>
        <translation>Personopplysninger: alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data: %1</source>
        <translation>Personopplysninger: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only with &amp;warnings</source>
        <translation>Bare med &amp;advarsler</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All owners</source>
        <translation>Alle eiere</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 assets; %3 with warnings</source>
        <translation>%1 av %2 aktiva; %3 med advarsler</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Delete asset</source>
        <translation>Slett aktivum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the asset &quot;%1&quot; from the register?

Risk lines about it keep their text without an asset. Undo brings the asset back.</source>
        <translation>Slette aktivumet «%1» fra registeret?

Risikolinjer om det beholder teksten sin, men uten aktivum. Angre henter aktivumet tilbake.</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Assets without owner or deputy, or whose owner holds roles that are to be kept apart</source>
        <translation>Aktiva uten eier eller stedfortreder, eller der eieren har roller som skal holdes adskilt</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The server lets you change only the assets of your own units</source>
        <translation>Serveren lar deg bare endre aktivaene i dine egne enheter</translation>
    </message>
</context>
<context>
    <name>trygg::ui::CellRiskModel</name>
    <message>
        <location filename="../ui/matrix/CellRiskModel.cpp" line="+133"/>
        <source>%1 (entered %2)</source>
        <translation>%1 (registrert %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No residual risk assessed yet: the current risk is shown.</source>
        <translation>Ingen restrisiko vurdert ennå: nåværende risiko vises.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered as %1, raised one level because many people are affected.</source>
        <translation>Registrert som %1, hevet ett nivå fordi mange personer berøres.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Place in the prioritised list of the chosen unit and assessment</source>
        <translation>Plass i den prioriterte listen for valgt enhet og vurdering</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can happen</source>
        <translation>Hva kan skje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Aktivum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual
probability</source>
        <translation>Sannsynlighet
etter tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability</source>
        <translation>Sannsynlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual
consequence</source>
        <translation>Konsekvens
etter tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual
score</source>
        <translation>Produkt
etter tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual
zone</source>
        <translation>Sone
etter tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Raised one level when many people are affected</source>
        <translation>Hevet ett nivå når mange personer berøres</translation>
    </message>
</context>
<context>
    <name>trygg::ui::CombineConflictsDialog</name>
    <message>
        <location filename="../ui/combine/CombineConflictsDialog.cpp" line="+25"/>
        <source>Removed, as in the section</source>
        <translation>Slettet, som i seksjonens register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section&apos;s version taken</source>
        <translation>Seksjonens versjon tatt over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This register&apos;s version kept</source>
        <translation>Dette registerets versjon beholdt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in this register</source>
        <translation>Beholdt i dette registeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both kept, the section&apos;s as a separate object</source>
        <translation>Begge beholdt, seksjonens som et eget objekt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Take the &amp;section&apos;s</source>
        <translation>Ta over &amp;seksjonens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep this register&apos;s</source>
        <translation>&amp;Behold dette registerets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;both</source>
        <translation>Behold b&amp;egge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combine registers: conflicts</source>
        <translation>Slå sammen registre: konflikter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These objects differ between the sections and this register and were not overwritten. Choose for each what this register keeps; the choice is remembered for the next combine.</source>
        <translation>Disse objektene er ulike i seksjonenes registre og i dette registeret og ble ikke overskrevet. Velg for hvert hva dette registeret beholder; valget huskes til neste sammenslåing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score (section / here)</source>
        <translation>Produkt (seksjon / her)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overwrite this register&apos;s object with the section&apos;s version (a removal in the section removes it here)</source>
        <translation>Overskriv dette registerets objekt med seksjonens versjon (slettet i seksjonens register slettes det også her)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this register&apos;s object as it is</source>
        <translation>Behold dette registerets objekt som det er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this register&apos;s object and add the section&apos;s version as an object of its own</source>
        <translation>Behold dette registerets objekt, og legg til seksjonens versjon som et eget objekt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not resolved: %1</source>
        <translation>Ikke løst: %1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::DateField</name>
    <message>
        <location filename="../ui/common/DateField.cpp" line="+19"/>
        <source>Calendar (F4)</source>
        <translation>Kalender (F4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a date (e.g. %1) or pick it with F4; empty for none</source>
        <translation>Skriv en dato (f.eks. %1) eller velg den med F4; tom for ingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a date (e.g. %1) or pick it with F4</source>
        <translation>Skriv en dato (f.eks. %1) eller velg den med F4</translation>
    </message>
</context>
<context>
    <name>trygg::ui::DeadlineEdit</name>
    <message>
        <location filename="../ui/plan/DeadlineEdit.cpp" line="+8"/>
        <source>No deadline</source>
        <translation>Ingen frist</translation>
    </message>
</context>
<context>
    <name>trygg::ui::DueModel</name>
    <message>
        <location filename="../ui/cycle/DueModel.cpp" line="+86"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Whole register</source>
        <translation>Hele registeret</translation>
    </message>
</context>
<context>
    <name>trygg::ui::DueView</name>
    <message>
        <location filename="../ui/cycle/DueView.cpp" line="+79"/>
        <source>Record &amp;review...</source>
        <translation>Registrer &amp;gjennomgang...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Accept risk...</source>
        <translation>&amp;Aksepter risiko...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve a&amp;gain...</source>
        <translation>Godkjenn på &amp;nytt...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve action &amp;plan...</source>
        <translation>Godkjenn &amp;handlingsplan...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review r&amp;ules...</source>
        <translation>&amp;Regler for gjennomgang...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add policy &amp;document...</source>
        <translation>Legg til &amp;styringsdokument...</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Forfaller innen %n dag</numerusform>
            <numerusform>Forfaller innen %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The object was looked through: its next review is counted from today</source>
        <translation>Objektet er gjennomgått: neste gjennomgang regnes fra i dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management accepts the residual risk until a date</source>
        <translation>Ledelsen aksepterer restrisikoen fram til en dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management approves the plan or assessment as it is now</source>
        <translation>Ledelsen godkjenner planen eller vurderingen slik den er nå</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A policy, instruction or guideline revised on the policy documents&apos; review rule</source>
        <translation>En policy, instruks eller retningslinje som revideres etter regelen for gjennomgang av styringsdokumenter</translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalt</numerusform>
            <numerusform>%n forfalte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due within %1 days</source>
        <translation>
            <numerusform>%n forfaller innen %1 dager</numerusform>
            <numerusform>%n forfaller innen %1 dager</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The whole register</source>
        <translation>Hele registeret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approve action plan</source>
        <translation>Godkjenn handlingsplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action plan of:</source>
        <translation>Handlingsplan for:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the action plan of %1</source>
        <translation>handlingsplanen for %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add policy document</source>
        <translation>Legg til styringsdokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the document (e.g. &quot;Informasjonssikkerhetspolicy&quot;):</source>
        <translation>Navn på dokumentet (f.eks. «Informasjonssikkerhetspolicy»):</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue and due soon</source>
        <translation>Forfalt og forfaller snart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Forfaller snart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show one kind of task only</source>
        <translation>Vis bare én type oppgave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one unit&apos;s tasks only, or the whole register&apos;s</source>
        <translation>Vis bare oppgavene til én enhet, eller hele registerets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what is overdue, or what falls due soon</source>
        <translation>Vis det som er forfalt, eller det som forfaller snart</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole register</source>
        <translation>Hele registeret</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Nothing matches the filter. %n task(s) are hidden by it.</source>
        <translation>
            <numerusform>Ingenting passer med filteret. %n oppgave er skjult av det.</numerusform>
            <numerusform>Ingenting passer med filteret. %n oppgaver er skjult av det.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing is overdue and nothing falls due within %n day(s). The list covers reviews of assessments, assets, measures and policy documents; measure deadlines; risks above the acceptance line that need a measure or management&apos;s acceptance; risk lines not scored yet; residual risks to score or accept; acceptances that run out; approvals outdated by a change; personal data breaches to report; and exceptions that run out.</source>
        <translation>
            <numerusform>Ingenting er forfalt, og ingenting forfaller innen %n dag. Listen dekker gjennomganger av vurderinger, aktiva, tiltak og styringsdokumenter; frister for tiltak; risikoer over akseptlinjen som trenger et tiltak eller ledelsens aksept; risikolinjer som ennå ikke har fått et produkt; restrisikoer som skal ha et produkt eller aksepteres; aksepter som utløper; godkjenninger som er utdatert av en endring; brudd på personopplysningssikkerheten som skal meldes; og unntak som utløper.</numerusform>
            <numerusform>Ingenting er forfalt, og ingenting forfaller innen %n dager. Listen dekker gjennomganger av vurderinger, aktiva, tiltak og styringsdokumenter; frister for tiltak; risikoer over akseptlinjen som trenger et tiltak eller ledelsens aksept; risikolinjer som ennå ikke har fått et produkt; restrisikoer som skal ha et produkt eller aksepteres; aksepter som utløper; godkjenninger som er utdatert av en endring; brudd på personopplysningssikkerheten som skal meldes; og unntak som utløper.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+92"/>
        <source>whole register</source>
        <translation>hele registeret</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>score %1 (%2 × %3), zone %4</source>
        <translation>produkt %1 (%2 × %3), sone %4</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::EditDialog</name>
    <message>
        <location filename="../ui/common/EditDialog.cpp" line="+72"/>
        <source>Discard changes</source>
        <translation>Forkast endringer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Throw away the changes made in this dialog?</source>
        <translation>Forkaste endringene i denne dialogen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Fortsett å redigere</translation>
    </message>
</context>
<context>
    <name>trygg::ui::EmptyPageHints</name>
    <message>
        <location filename="../ui/help/EmptyPageHints.cpp" line="+27"/>
        <source>No assets yet. Start with your section&apos;s IT systems, files and registers: press New asset, or bring them in from a spreadsheet or KITOS with File &gt; Import assets or risks. F1 opens the guide.</source>
        <translation>Ingen aktiva ennå. Begynn med seksjonens IT-systemer, filer og registre: trykk Nytt aktivum, eller hent dem fra et regneark med Fil &gt; Importer aktiva eller risikoer. F1 åpner veiledningen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No risk assessment yet. Press New assessment above to start one for your section; then add a line for each thing that can go wrong. F1 opens the guide.</source>
        <translation>Ingen risikovurdering ennå. Trykk Ny vurdering over for å starte en for seksjonen, og legg så til en linje for hver ting som kan gå galt. F1 åpner veiledningen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assessment has no lines yet. Press Add line (Ctrl+Enter), describe what can happen, and type the probability and the consequence. F1 opens the guide.</source>
        <translation>Vurderingen har ingen linjer ennå. Trykk Legg til linje (Ctrl+Enter), beskriv hva som kan skje, og skriv inn sannsynlighet og konsekvens. F1 åpner veiledningen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No measures yet. A measure treats risks of an assessment: fill in the risk form first. F1 opens the guide.</source>
        <translation>Ingen tiltak ennå. Et tiltak behandler risikoer i en vurdering: fyll ut risikoskjemaet først. F1 åpner veiledningen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No measures yet. Select lines above the acceptance line in the risk form and choose Create measure from selected lines, or press New measure. F1 opens the guide.</source>
        <translation>Ingen tiltak ennå. Marker linjer over akseptlinjen i risikoskjemaet og velg Opprett tiltak fra valgte linjer, eller trykk Nytt tiltak. F1 åpner veiledningen.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ExceptionDialog</name>
    <message>
        <location filename="../ui/cycle/ExceptionDialog.cpp" line="+44"/>
        <source>Valid until:</source>
        <translation>Gyldig til:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New exception</source>
        <translation>Nytt unntak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit exception</source>
        <translation>Rediger unntak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the exception is made</source>
        <translation>Hvorfor unntaket gis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(whole register)</source>
        <translation>(hele registeret)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>Godkjent av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on:</source>
        <translation>Godkjent dato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name the rule the exception departs from.</source>
        <translation>Oppgi regelen det gjøres unntak fra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the exception is made.</source>
        <translation>Oppgi hvorfor unntaket gis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who approved the exception.</source>
        <translation>Oppgi hvem som godkjente unntaket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exception cannot run out before it was approved.</source>
        <translation>Unntaket kan ikke utløpe før det ble godkjent.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A date is no date: type it as %1.</source>
        <translation>En dato er ikke en gyldig dato: skriv den som %1.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The rule it departs from, e.g. &quot;a deputy for every IT system&quot;</source>
        <translation>Regelen det gjøres unntak fra, f.eks. «en stedfortreder for hvert IT-system»</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ExceptionModel</name>
    <message>
        <location filename="../ui/cycle/ExceptionModel.cpp" line="+59"/>
        <source>Until revoked</source>
        <translation>Til det trekkes tilbake</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exception from</source>
        <translation>Unntak fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Godkjent av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on</source>
        <translation>Godkjent dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ExportDialog</name>
    <message>
        <location filename="../ui/exchange/ExportDialog.cpp" line="+19"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset register</source>
        <translation>Aktivaregister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks in priority order</source>
        <translation>Risikoer i prioritert rekkefølge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-arbeidsbok (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (UTF-8, semicolons)</source>
        <translation>CSV for regneark (UTF-8, semikolon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export:</source>
        <translation>E&amp;ksporter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>assets</source>
        <translation>aktiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risks</source>
        <translation>risikoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action plan</source>
        <translation>handlingsplan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::HelpWindow</name>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="+50"/>
        <source>Back (Alt+Left)</source>
        <translation>Tilbake (Alt+Venstre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward (Alt+Right)</source>
        <translation>Fram (Alt+Høyre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trygg user guide</source>
        <translation>Brukerveiledning for Trygg</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Find in this page</source>
        <translation>Søk på denne siden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter finds the next place, Shift+Enter the one before</source>
        <translation>Enter finner neste treff, Shift+Enter det forrige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found</source>
        <translation>Ikke funnet</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 - Trygg user guide</source>
        <translation>%1 - Brukerveiledning for Trygg</translation>
    </message>
</context>
<context>
    <name>trygg::ui::HistoryDialog</name>
    <message>
        <location filename="../ui/mainwindow/HistoryDialog.cpp" line="+28"/>
        <source>History of the register</source>
        <translation>Registerets historikk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: a name, a person, a field, a value...</source>
        <translation>Filter: et navn, en person, et felt, en verdi...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export CSV...</source>
        <translation>Eksporter CSV...</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+5"/>
        <source>Export the history</source>
        <translation>Eksporter historikken</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::HistoryModel</name>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="+43"/>
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="+159"/>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="-18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="+15"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Asset</source>
        <translation>Aktivum</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="+104"/>
        <source>Assessment</source>
        <translation>Risikovurdering</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="-102"/>
        <source>Trail chain started by the upgrade</source>
        <translation>Loggens kjede startet av oppgraderingen</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="-59"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of reports</source>
        <translation>Språk i rapporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matrix in use</source>
        <translation>Matrise i bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review rules</source>
        <translation>Regler for gjennomgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register identity</source>
        <translation>Registerets identitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification levels</source>
        <translation>Klassifiseringsnivåer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definitions of the classification levels</source>
        <translation>Beskrivelser av klassifiseringsnivåene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Forhåndsinnstilling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many affected raises the consequence</source>
        <translation>Mange berørte hever konsekvensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent unit</source>
        <translation>Overordnet enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security leader</source>
        <translation>Sikkerhetsleder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT responsible</source>
        <translation>IT-ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Stedfortreder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information held</source>
        <translation>Opplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personopplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons registered</source>
        <translation>Registrerte personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification or licence</source>
        <translation>Melding/konsesjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Driftsoperatør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement</source>
        <translation>Databehandleravtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Konfidensialitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Tilgjengelighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Klassifisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archiving and deletion</source>
        <translation>Arkivering og sletting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguards</source>
        <translation>Sikringstiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage and communication</source>
        <translation>Lagring og kommunikasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor</source>
        <translation>Utført av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>Matrise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Approved by</source>
        <translation>Godkjent av</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Approved on</source>
        <translation>Godkjent dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can happen</source>
        <translation>Hva kan skje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspects</source>
        <translation>Aspekter</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+24"/>
        <location filename="../core/exchange/CsvExport.cpp" line="-3"/>
        <location filename="../core/model/TrailWords.cpp" line="+1"/>
        <source>Probability</source>
        <translation>Sannsynlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/exchange/CsvExport.cpp" line="-1"/>
        <location filename="../core/model/TrailWords.cpp" line="+1"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/model/TrailWords.cpp" line="+1"/>
        <source>Many affected</source>
        <translation>Mange berørte</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="+1"/>
        <source>Knowledge</source>
        <translation>Kunnskapsstyrke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing measures</source>
        <translation>Eksisterende tiltak</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+7"/>
        <location filename="../core/model/TrailWords.cpp" line="+1"/>
        <source>Residual probability</source>
        <translation>Restsannsynlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/model/TrailWords.cpp" line="+1"/>
        <source>Residual consequence</source>
        <translation>Restkonsekvens</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="+6"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed by</source>
        <translation>Gjennomgått av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted by</source>
        <translation>Akseptert av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval of</source>
        <translation>Godkjenning av</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content approved</source>
        <translation>Godkjent innhold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovered</source>
        <translation>Oppdaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>Rapportert av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen</source>
        <translation>Observert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority notified</source>
        <translation>Datatilsynet varslet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority notified at</source>
        <translation>Datatilsynet varslet den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n row(s): %1 new, %2 updated</source>
        <translation>
            <numerusform>%n rad (nye: %1, oppdaterte: %2)</numerusform>
            <numerusform>%n rader (nye: %1, oppdaterte: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n row(s) with problems skipped</source>
        <translation>
            <numerusform>, %n rad med feil hoppet over</numerusform>
            <numerusform>, %n rader med feil hoppet over</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="+102"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n field(s) filled in</source>
        <translation>
            <numerusform>%n felt fylt ut</numerusform>
            <numerusform>%n felt fylt ut</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="-59"/>
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="+1"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="+1"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Etter</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="-13"/>
        <source>Carried over from</source>
        <translation>Overført fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reassessed</source>
        <translation>Ikke vurdert på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous round</source>
        <translation>Forrige runde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed round</source>
        <translation>Avsluttet runde</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>References to the policy</source>
        <translation>Henvisninger til egne styringsdokumenter</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1 until %2</source>
        <translation>%1 til og med %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+8"/>
        <location filename="../core/model/TrailWords.cpp" line="-74"/>
        <source>Completed</source>
        <translation>Utført den</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ImportCheck</name>
    <message>
        <location filename="../ui/exchange/ImportCheck.cpp" line="+66"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ImportDialog</name>
    <message>
        <location filename="../ui/exchange/ImportDialog.cpp" line="+67"/>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>&amp;Hopp over radene med feil og importer de andre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets (the asset register)</source>
        <translation>Aktiva (aktivaregisteret)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks (lines of risk assessments, with their measures)</source>
        <translation>Risikoer (linjer i risikovurderinger, med tiltak)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import:</source>
        <translation>&amp;Importer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns: choose what each column of the file is, or ignore it</source>
        <translation>Kolonner: velg hva hver kolonne i filen er, eller se bort fra den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Checking the rows: %p%</source>
        <translation>Kontrollerer radene: %p%</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>Checking %n row(s)...</source>
        <translation>
            <numerusform>Kontrollerer %n rad...</numerusform>
            <numerusform>Kontrollerer %n rader...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rows in the file: %1. Can be imported: %2. With problems: %3.</source>
        <translation>Rader i filen: %1. Kan importeres: %2. Med feil: %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is imported while rows have problems: correct the file, or choose to skip those rows.</source>
        <translation>Ingenting importeres så lenge rader har feil: rett filen, eller velg å hoppe over de radene.</translation>
    </message>
    <message numerus="yes">
        <location line="-76"/>
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n column(s) of the file will be ignored: %1</source>
        <translation>
            <numerusform>%n kolonne i filen blir ikke lest inn: %1</numerusform>
            <numerusform>%n kolonner i filen blir ikke lest inn: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::ImportMappingModel</name>
    <message>
        <location filename="../ui/exchange/ImportMappingModel.cpp" line="+18"/>
        <source>(ignore)</source>
        <translation>(se bort fra)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (required)</source>
        <translation>%1 (påkrevd)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Double-click to choose what this column is</source>
        <translation>Dobbeltklikk for å velge hva kolonnen er</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importeres som</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ImportRowsModel</name>
    <message>
        <location filename="../ui/exchange/ImportRowsModel.cpp" line="+63"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Feil</translation>
    </message>
</context>
<context>
    <name>trygg::ui::IncidentDialog</name>
    <message>
        <location filename="../ui/cycle/IncidentDialog.cpp" line="+70"/>
        <source>The data protection authority was told</source>
        <translation>Meldt til Datatilsynet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New incident</source>
        <translation>Nytt avvik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit incident</source>
        <translation>Rediger avvik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most a day ahead of now: a time further in the future is a mistake Trygg does not record.</source>
        <translation>Høyst en dag fram fra nå: et tidspunkt lenger fram i tid er en feil som Trygg ikke registrerer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was seen: messages on the screen, the error</source>
        <translation>Hva som ble observert: meldinger på skjermen, feilen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discovered:</source>
        <translation>Oppdaget:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by:</source>
        <translation>Rapportert av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity:</source>
        <translation>Alvorlighetsgrad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen:</source>
        <translation>Observert:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assets concerned:</source>
        <translation>Berørte aktiva:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrective measures:</source>
        <translation>Korrigerende tiltak:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A personal data breach: tell the data protection authority by %1 (72 hours).</source>
        <translation>Brudd på personopplysningssikkerheten: meld til Datatilsynet innen %1 (72 timer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than 72 hours have passed since %1 and the authority has not been told.</source>
        <translation>Det har gått mer enn 72 timer siden %1, og det er ikke meldt til Datatilsynet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Told within 72 hours.</source>
        <translation>Meldt innen 72 timer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told after more than 72 hours.</source>
        <translation>Meldt etter mer enn 72 timer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the date the incident was discovered, at most a day ahead of now.</source>
        <translation>Skriv datoen avviket ble oppdaget, høyst en dag fram i tid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the date the authority was told, at most a day ahead of now.</source>
        <translation>Skriv datoen tilsynsmyndigheten fikk beskjed, høyst en dag fram i tid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who reported the incident.</source>
        <translation>Oppgi hvem som meldte avviket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe what happened.</source>
        <translation>Beskriv hva som skjedde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authority cannot have been told before the incident was discovered.</source>
        <translation>Det kan ikke være meldt til Datatilsynet før avviket ble oppdaget.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::IncidentModel</name>
    <message>
        <location filename="../ui/cycle/IncidentModel.cpp" line="+95"/>
        <source>Tell by %1</source>
        <translation>Meld innen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not told: over 72 hours</source>
        <translation>Ikke meldt: over 72 timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told %1</source>
        <translation>Meldt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told late, %1</source>
        <translation>Meldt for sent, %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discovered</source>
        <translation>Oppdaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority told</source>
        <translation>Meldt til Datatilsynet</translation>
    </message>
</context>
<context>
    <name>trygg::ui::IncidentsView</name>
    <message>
        <location filename="../ui/cycle/IncidentsView.cpp" line="+24"/>
        <source>&amp;New incident...</source>
        <translation>&amp;Nytt avvik...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Rediger...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New e&amp;xception...</source>
        <translation>Nytt &amp;unntak...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit exception...</source>
        <translation>Rediger unntak...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete exception</source>
        <translation>Slett unntak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents and deviations: what happened, how serious, what is done about it, and whether the data protection authority was told (within 72 hours for a personal data breach).</source>
        <translation>Hendelser og avvik: hva som skjedde, hvor alvorlig det er, hva som gjøres med det, og om det er meldt til Datatilsynet (innen 72 timer ved brudd på personopplysningssikkerheten).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Approved exceptions from the rules (reported yearly):</source>
        <translation>Godkjente unntak fra reglene (rapporteres årlig):</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Delete incident</source>
        <translation>Slett avvik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected incident? Edit &gt; Undo brings it back.</source>
        <translation>Slette det valgte avviket? Rediger &gt; Angre henter det tilbake.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindowPages.cpp" line="+62"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset register</source>
        <translation>Aktivaregister</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk form</source>
        <translation>Risikoskjema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk matrix</source>
        <translation>Risikomatrise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Frister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+152"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New register...</source>
        <translation>&amp;Nytt register...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open...</source>
        <translation>&amp;Åpne...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Åpne n&amp;ylig brukte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo register</source>
        <translation>Åpne &amp;demoregisteret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy...</source>
        <translation>Lagre en &amp;kopi...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History...</source>
        <translation>&amp;Historikk...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;bine registers...</source>
        <translation>&amp;Slå sammen registre...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import assets or risks...</source>
        <translation>&amp;Importer aktiva eller risikoer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to CSV or Excel...</source>
        <translation>Eksporter til &amp;CSV eller Excel...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk &amp;matrix...</source>
        <translation>Risiko&amp;matrise...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scales and acceptance criteria new assessments use</source>
        <translation>Skalaene og akseptkriteriene nye vurderinger bruker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your &amp;name...</source>
        <translation>Ditt &amp;navn...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Trygg</source>
        <translation>&amp;Om Trygg</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/mainwindow/MainWindowServer.cpp" line="+61"/>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åpne %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is read-only: you can read and print it, but not change it.</source>
        <translation>%1 er skrivebeskyttet: du kan lese og skrive det ut, men ikke endre det.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is in use by %2 on %3 since %4: opened read-only.</source>
        <translation>%1 er i bruk av %2 på %3 siden %4: åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The report was saved as %1</source>
        <translation>Rapporten ble lagret som %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&amp;Register...</source>
        <translation>&amp;Register...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register&apos;s name, the language of its reports, the classification levels</source>
        <translation>Registerets navn, språket i rapportene, klassifiseringsnivåene</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Its lock has shown no sign of life for a while; take it over only if %1 no longer has the register open.</source>
        <translation>Låsen har ikke vist livstegn på en stund; overta den bare hvis %1 ikke lenger har registeret åpent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take over</source>
        <translation>Overta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is opened read-only: its write lock could not be made (%2). You can read and print it; to change it, ask for write access to its folder.</source>
        <translation>%1 er åpnet skrivebeskyttet: registerets skrivelås kunne ikke opprettes (%2). Du kan lese og skrive det ut; for å endre det må du be om skrivetilgang til mappen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not take over %1: %2</source>
        <translation>Kunne ikke overta %1: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Could not create the demo register: %1</source>
        <translation>Kunne ikke opprette demoregisteret: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The register %1 was replaced by another file since you opened it. Your last change was not saved. Reopen it?</source>
        <translation>Registeret %1 er erstattet av en annen fil siden du åpnet det. Den siste endringen din ble ikke lagret. Vil du åpne det på nytt?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen</source>
        <translation>Åpne på nytt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Trygg</source>
        <translation>Trygg</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>%1 (%2, read-only) - Trygg</source>
        <translation>%1 (%2, skrivebeskyttet) - Trygg</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>%1 (%2) - Trygg</source>
        <translation>%1 (%2) - Trygg</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear the list</source>
        <translation>Tøm listen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create %1: %2</source>
        <translation>Kunne ikke opprette %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open register</source>
        <translation>Åpne register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trygg registers (*.trygg);;All files (*)</source>
        <translation>Trygg-registre (*.trygg);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a copy</source>
        <translation>Lagre en kopi</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/mainwindow/MainWindowCombine.cpp" line="+28"/>
        <source>Trygg registers (*.trygg)</source>
        <translation>Trygg-registre (*.trygg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy was saved as %1</source>
        <translation>En kopi ble lagret som %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>History of %1</source>
        <translation>Historikk for %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Changes are recorded as %1</source>
        <translation>Endringer registreres som %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your name</source>
        <translation>Ditt navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history records every change with your user name on this computer and this name, so others can see who made it. Leave it empty for none.</source>
        <translation>Historikken registrerer hver endring med brukernavnet ditt på denne maskinen og dette navnet, så andre kan se hvem som gjorde den. La feltet stå tomt for ingen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import assets or risks</source>
        <translation>Importer aktiva eller risikoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Regneark (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 rows with problems skipped. The import is in the history; it cannot be undone with Undo.</source>
        <translation>Importerte %1 (nye: %2, oppdaterte: %3, uendrede: %4, rader med feil hoppet over: %5). Importen står i historikken; den kan ikke angres med Angre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported to %1</source>
        <translation>Eksportert til %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowCombine.cpp" line="-1"/>
        <source>Combine registers into %1</source>
        <translation>Slå sammen registre inn i %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Nothing was combined: %1</source>
        <translation>Ingenting ble slått sammen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Combined %n register(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>Slo sammen %n register (nye: %1, oppdaterte: %2, uendrede: %3).</numerusform>
            <numerusform>Slo sammen %n registre (nye: %1, oppdaterte: %2, uendrede: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n removed: no longer in their section.</source>
        <translation>
            <numerusform>%n fjernet: ikke lenger i seksjonen.</numerusform>
            <numerusform>%n fjernet: ikke lenger i seksjonene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conflict(s) were left as they are in this register.</source>
        <translation>
            <numerusform>%n konflikt ble latt stå slik den er i dette registeret.</numerusform>
            <numerusform>%n konflikter ble latt stå slik de er i dette registeret.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+7"/>
        <source>About Trygg</source>
        <translation>Om Trygg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Trygg %1&lt;/h3&gt;&lt;p&gt;Information-security risk work for municipalities: the asset register, risk assessments, the risk matrix and prioritised action plans, in one file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trygg %1&lt;/h3&gt;&lt;p&gt;Risikoarbeid i informasjonssikkerhet for kommuner: aktivaregisteret, risikovurderinger, risikomatrisen og prioriterte handlingsplaner, i én fil.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowCombine.cpp" line="+13"/>
        <source>Combine as a new section?</source>
        <translation>Slå sammen som en ny seksjon?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If %1 is a section of its own (made from a copy of another register), combine it as a new section: it gets an identity of its own in this register, kept for its file. If it is a copy of the same section, cancel: nothing is combined.</source>
        <translation>Hvis %1 er en egen seksjon (laget fra en kopi av et annet register), slå den sammen som en ny seksjon: den får en egen identitet i dette registeret, som huskes for filen. Hvis den er en kopi av den samme seksjonen, avbryt: ingenting blir slått sammen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Combine as a new section</source>
        <translation>Slå sammen som en ny seksjon</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="-394"/>
        <source>&amp;User guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help on this &amp;page</source>
        <translation>Hjelp til denne &amp;siden</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Open &amp;server register...</source>
        <translation>Åpne register på &amp;server...</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>A register on a server is copied to a file with trygg-cli copy</source>
        <translation>Et register på en server kopieres til en fil med trygg-cli copy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 as %2</source>
        <translation>%1 som %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowServer.cpp" line="-29"/>
        <source>Section leader</source>
        <translation>Seksjonsleder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security officer</source>
        <translation>Sikkerhetsansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management</source>
        <translation>Ledelsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server lets %1 read this register, not change it.</source>
        <translation>Serveren lar %1 lese dette registeret, ikke endre det.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Owner: everything</source>
        <translation>Eier: alt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the server lets the database user %1 do in this register</source>
        <translation>Hva serveren lar databasebrukeren %1 gjøre i dette registeret</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection to the server was lost; the register is read-only until it is back; trying again...</source>
        <translation>Forbindelsen til serveren ble brutt; registeret er skrivebeskyttet til den er tilbake; prøver igjen...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection to the server is back: the register shows what is stored now, and changes are saved again.</source>
        <translation>Forbindelsen til serveren er tilbake: registeret viser det som er lagret nå, og endringer lagres igjen.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n record(s) changed by others</source>
        <translation>
            <numerusform>%n post endret av andre</numerusform>
            <numerusform>%n poster endret av andre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixEditorDialog</name>
    <message>
        <location filename="../ui/matrix/MatrixEditorDialog.cpp" line="-393"/>
        <source>Risk matrix</source>
        <translation>Risikomatrise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Probability</source>
        <translation>&amp;Sannsynlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Consequence</source>
        <translation>&amp;Konsekvens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zones</source>
        <translation>S&amp;oner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event that affects &amp;many people raises the consequence one level</source>
        <translation>En hendelse som rammer &amp;mange personer, gis én konsekvensgrad høyere</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click a cell to put it in the zone chosen under Zones</source>
        <translation>Klikk på en celle for å legge den i sonen som er valgt under Soner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export...</source>
        <translation>&amp;Eksporter...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a matrix definition (JSON) shared by another municipality</source>
        <translation>Les en matrisedefinisjon (JSON) som en annen kommune har delt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this matrix as a JSON definition others can import</source>
        <translation>Skriv denne matrisen som en JSON-definisjon andre kan importere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as a new version of the matrix: new assessments use it, assessments already made keep theirs</source>
        <translation>Lagre som en ny versjon av matrisen: nye vurderinger bruker den, vurderinger som alt er gjort, beholder sin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessments already made keep the criteria they were scored against; a saved change applies to new assessments.</source>
        <translation>Vurderinger som alt er gjort, beholder kriteriene de ble vurdert etter; en lagret endring gjelder nye vurderinger.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Label</source>
        <translation>Betegnelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of &amp;levels:</source>
        <translation>Antall &amp;nivåer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level 1 is the least likely.</source>
        <translation>Nivå 1 er minst sannsynlig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level 1 is the least severe.</source>
        <translation>Nivå 1 er minst alvorlig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From score</source>
        <translation>Fra produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To score</source>
        <translation>Til produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acceptable</source>
        <translation>Akseptabel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below the acceptance line: no measure or acceptance by management needed</source>
        <translation>Under akseptlinjen: verken tiltak eller ledelsens aksept trengs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to choose the colour</source>
        <translation>Dobbeltklikk for å velge fargen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add zone</source>
        <translation>&amp;Legg til sone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove zone</source>
        <translation>&amp;Fjern sone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colour every cell by &amp;score</source>
        <translation>Farg alle celler etter &amp;produkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A click on a cell in the preview puts it in:</source>
        <translation>Et klikk på en celle i forhåndsvisningen legger den i:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zones from the least to the most severe. A cell is in the zone whose scores cover probability x consequence, unless it is put in a zone of its own.</source>
        <translation>Soner fra minst til mest alvorlig. En celle hører til sonen der produktet av sannsynlighet og konsekvens ligger, med mindre den er lagt i en egen sone.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>its zone by score</source>
        <translation>sonen etter produkt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Level %1</source>
        <translation>Nivå %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A score is a whole number from 1 to %1.</source>
        <translation>Et produkt er et helt tall fra 1 til %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Colour of the zone</source>
        <translation>Sonens farge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A matrix has at most %1 zones.</source>
        <translation>En matrise har høyst %1 soner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New zone</source>
        <translation>Ny sone</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not yet a valid matrix: %1.</source>
        <translation>Ennå ikke en gyldig matrise: %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting ble importert: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a matrix</source>
        <translation>Importer en matrise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix definitions (*.json);;All files (*)</source>
        <translation>Matrisedefinisjoner (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the matrix</source>
        <translation>Eksporter matrisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix definitions (*.json)</source>
        <translation>Matrisedefinisjoner (*.json)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The matrix was not saved.</source>
        <translation>Matrisen ble ikke lagret.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixView</name>
    <message>
        <location filename="../ui/matrix/MatrixView.cpp" line="+107"/>
        <source>Current risk</source>
        <translation>Nåværende risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The risk as assessed, before new measures</source>
        <translation>Risikoen slik den er vurdert, før nye tiltak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The risk after the measures, where a residual risk has been assessed; others at their current risk</source>
        <translation>Risikoen etter tiltakene der restrisiko er vurdert; de andre med nåværende risiko</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Acceptance zones</source>
        <translation>Akseptsoner</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All assessments</source>
        <translation>Alle vurderinger</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Score %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risiko</numerusform>
            <numerusform>%n risikoer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below the acceptance line: no measure or acceptance needed</source>
        <translation>Under akseptlinjen: verken tiltak eller aksept trengs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above the acceptance line: needs measures or acceptance by management</source>
        <translation>Over akseptlinjen: trenger tiltak eller aksept fra ledelsen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some cells are set to a zone of their own, whatever their score.</source>
        <translation>Noen celler har en egen sone, uansett produkt.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n risk(s) in this assessment.</source>
        <translation>
            <numerusform>%n risiko i denne vurderingen.</numerusform>
            <numerusform>%n risikoer i denne vurderingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n risk(s) in this unit.</source>
        <translation>
            <numerusform>%n risiko i denne enheten.</numerusform>
            <numerusform>%n risikoer i denne enheten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n risk(s) in the register.</source>
        <translation>
            <numerusform>%n risiko i registeret.</numerusform>
            <numerusform>%n risikoer i registeret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n scored on other scales, not in the matrix.</source>
        <translation>
            <numerusform>%n er vurdert på en annen skala og er ikke med i matrisen.</numerusform>
            <numerusform>%n er vurdert på andre skalaer og er ikke med i matrisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n without a residual risk, shown at their current risk.</source>
        <translation>
            <numerusform>%n uten restrisiko, vist med nåværende risiko.</numerusform>
            <numerusform>%n uten restrisiko, vist med nåværende risiko.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n risk(s) in the zone %1. Click a cell to list its risks instead.</source>
        <translation>
            <numerusform>%n risiko i sonen %1. Klikk en celle for å liste dens risikoer i stedet.</numerusform>
            <numerusform>%n risikoer i sonen %1. Klikk en celle for å liste dens risikoer i stedet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a cell to list its risks</source>
        <translation>Klikk en celle for å liste risikoene i den</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n risk(s) with residual probability %1 and consequence %2. Click the cell again to clear the list.</source>
        <translation>
            <numerusform>%n risiko med sannsynlighet %1 og konsekvens %2 etter tiltak. Klikk cellen igjen for å tømme listen.</numerusform>
            <numerusform>%n risikoer med sannsynlighet %1 og konsekvens %2 etter tiltak. Klikk cellen igjen for å tømme listen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n risk(s) with probability %1 and consequence %2. Click the cell again to clear the list.</source>
        <translation>
            <numerusform>%n risiko med sannsynlighet %1 og konsekvens %2. Klikk cellen igjen for å tømme listen.</numerusform>
            <numerusform>%n risikoer med sannsynlighet %1 og konsekvens %2. Klikk cellen igjen for å tømme listen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%n not scored yet, not in the matrix.</source>
        <translation>
            <numerusform>%n ikke vurdert ennå, ikke i matrisen.</numerusform>
            <numerusform>%n ikke vurdert ennå, ikke i matrisen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixWidget</name>
    <message>
        <location filename="../ui/matrix/MatrixWidget.cpp" line="+102"/>
        <source>Risk matrix</source>
        <translation>Risikomatrise</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probability</source>
        <translation>Sannsynlighet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Probability %1</source>
        <translation>Sannsynlighet %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consequence %1</source>
        <translation>Konsekvens %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score %1 × %2 = %3</source>
        <translation>Produkt %1 × %2 = %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone: %1</source>
        <translation>Sone: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk(s) in this cell</source>
        <translation>
            <numerusform>%n risiko i denne cellen</numerusform>
            <numerusform>%n risikoer i denne cellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::MeasureDialog</name>
    <message>
        <location filename="../ui/plan/MeasureDialog.cpp" line="+58"/>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit measure</source>
        <translation>Rediger tiltak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is done, e.g. &quot;Review access rights every quarter&quot;</source>
        <translation>Hva som gjøres, f.eks. «Gå gjennom tilgangsrettighetene hvert kvartal»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a person, or type a new name to add the person to the register</source>
        <translation>Velg en person, eller skriv et nytt navn for å legge personen til i registeret</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnel resources the measure needs</source>
        <translation>Personellressurser tiltaket trenger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Economic resources the measure needs</source>
        <translation>Økonomiske ressurser tiltaket trenger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How and when it is followed up</source>
        <translation>Hvordan og når det følges opp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Tiltak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hours:</source>
        <translation>T&amp;imer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Kostnad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Oppfølging:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Treats these risks:</source>
        <translation>Behandler disse &amp;risikoene:</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+29"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2: %3, %4</source>
        <translation>%1. %2: %3, %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This assessment has no risk lines yet.</source>
        <translation>Denne vurderingen har ingen risikolinjer ennå.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A measure needs an assessment and a text saying what is done</source>
        <translation>Et tiltak trenger en vurdering og en tekst som sier hva som gjøres</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>The risks of the assessment this measure treats, numbered as the lines of the form</source>
        <translation>Risikoene i vurderingen som dette tiltaket behandler, nummerert som linjene i skjemaet</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1. %2: not scored</source>
        <translation>%1. %2: ikke vurdert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The deadline is no date: type it as %1, or leave it empty</source>
        <translation>Fristen er ikke en gyldig dato: skriv den som %1, eller la den stå tom</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Not recorded</source>
        <translation>Ikke registrert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the measure was done: today when it is set to done, unless you give it</source>
        <translation>Dagen tiltaket ble utført: i dag når det settes til utført, med mindre du oppgir en annen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Com&amp;pleted:</source>
        <translation>&amp;Utført den:</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The completion date is no date: type it as %1</source>
        <translation>Datoen for utførelsen er ikke en gyldig dato: skriv den som %1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MeasureItemDelegate</name>
    <message>
        <location filename="../ui/plan/MeasureItemDelegate.cpp" line="+50"/>
        <source>Pick a person, or type a new name to add the person to the register</source>
        <translation>Velg en person, eller skriv et nytt navn for å legge personen til i registeret</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> h</source>
        <translation> t</translation>
    </message>
</context>
<context>
    <name>trygg::ui::NewRegisterDialog</name>
    <message>
        <location filename="../ui/mainwindow/NewRegisterDialog.cpp" line="+28"/>
        <location line="+59"/>
        <source>New register</source>
        <translation>Nytt register</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>e.g. Ibestad kommune, or a section of it</source>
        <translation>f.eks. Ibestad kommune, eller en seksjon av den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norway: DSB-style labels, 5 x 5</source>
        <translation>Norge: DSB-betegnelser, 5 x 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark: 5 x 5</source>
        <translation>Danmark: 5 x 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden: MSB-inspired, 4 x 4</source>
        <translation>Sverige: inspirert av MSB, 4 x 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral: ISO-style 5 x 5, English</source>
        <translation>Nøytral: ISO-lignende 5 x 5, engelsk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse...</source>
        <translation>Bla gjennom...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Risk matrix:</source>
        <translation>&amp;Risikomatrise:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Trygg registers (*.trygg)</source>
        <translation>Trygg-registre (*.trygg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Probability Lite sannsynlig ... Svært sannsynlig and consequence Ubetydelig ... Svært alvorlig in the style of DSB; zones 1-4, 5-9, 10-25.</source>
        <translation>Sannsynlighet Lite sannsynlig ... Svært sannsynlig og konsekvens Ubetydelig ... Svært alvorlig som hos DSB; soner 1-4, 5-9, 10-25.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandsynlighed Meget lav ... Meget høj, konsekvens Ubetydelig ... Kritisk.</source>
        <translation>Sannsynlighet «Meget lav» ... «Meget høj», konsekvens «Ubetydelig» ... «Kritisk».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sannolikhet Sällsynt ... Mycket sannolik, konsekvens Liten ... Mycket stor; zones Låg, Medel, Hög, Extremt hög.</source>
        <translation>Sannsynlighet «Sällsynt» ... «Mycket sannolik», konsekvens «Liten» ... «Mycket stor»; soner «Låg», «Medel», «Hög», «Extremt hög».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare ... Almost certain, Insignificant ... Severe.</source>
        <translation>Rare ... Almost certain, Insignificant ... Severe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name already exists.</source>
        <translation>Det finnes allerede en fil med dette navnet.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Norway: 5 x 5</source>
        <translation>Norge: 5 x 5</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Probability Meget liten ... Svært stor and consequence Ubetydelig ... Svært alvorlig; zones 1-4, 5-9, 10-25.</source>
        <translation>Sannsynlighet Meget liten ... Svært stor og konsekvens Ubetydelig ... Svært alvorlig; soner 1-4, 5-9, 10-25.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::NoticeBar</name>
    <message>
        <location filename="../ui/mainwindow/NoticeBar.cpp" line="+22"/>
        <source>Close this message</source>
        <translation>Lukk denne meldingen</translation>
    </message>
</context>
<context>
    <name>trygg::ui::Numbers</name>
    <message>
        <location filename="../ui/common/Numbers.cpp" line="+14"/>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
</context>
<context>
    <name>trygg::ui::OverviewView</name>
    <message>
        <location filename="../ui/overview/OverviewView.cpp" line="+52"/>
        <source>Risks by zone</source>
        <translation>Risikoer per sone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk matrix (current risk)</source>
        <translation>Risikomatrise (nåværende risiko)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risk assessments due</source>
        <translation>Risikovurderinger som skal gjøres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each unit&apos;s next assessment under the register&apos;s review rule. Double-click to open it.</source>
        <translation>Neste vurdering for hver enhet etter registerets regel for gjennomgang. Dobbeltklikk for å åpne den.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>score %1</source>
        <translation>produkt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score %1-%2</source>
        <translation>produkt %1-%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk(s) in the zone %1. Click to see them in the matrix.</source>
        <translation>
            <numerusform>%n risiko i sonen %1. Klikk for å se den i matrisen.</numerusform>
            <numerusform>%n risikoer i sonen %1. Klikk for å se dem i matrisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n measure(s) overdue</source>
        <translation>
            <numerusform>%n tiltak har forfalt</numerusform>
            <numerusform>%n tiltak har forfalt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measure(s) due within 30 days</source>
        <translation>
            <numerusform>%n tiltak forfaller innen 30 dager</numerusform>
            <numerusform>%n tiltak forfaller innen 30 dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n measure(s) done</source>
        <translation>
            <numerusform>%1 av %n tiltak utført</numerusform>
            <numerusform>%1 av %n tiltak utført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n warning(s) in the asset register</source>
        <translation>
            <numerusform>%n advarsel i aktivaregisteret</numerusform>
            <numerusform>%n advarsler i aktivaregisteret</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings in the asset register</source>
        <translation>Ingen advarsler i aktivaregisteret</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue in the yearly cycle (reviews, acceptances, approvals, incidents)</source>
        <translation>
            <numerusform>%n forfalt i årshjulet (gjennomganger, aksepter, godkjenninger, avvik)</numerusform>
            <numerusform>%n forfalte i årshjulet (gjennomganger, aksepter, godkjenninger, avvik)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: overdue since %2</source>
        <translation>%1: forfalt siden %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: due by %2</source>
        <translation>%1: skal gjøres innen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: never assessed</source>
        <translation>%1: aldri vurdert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No assessment is due within 90 days.</source>
        <translation>Ingen vurdering skal gjøres innen 90 dager.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Trend (risks by zone; above the bars: above the acceptance line)</source>
        <translation>Utvikling (risikoer etter sone; over søylene: over akseptlinjen)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::RegisterDocument</name>
    <message>
        <location filename="../ui/document/RegisterDocumentServer.cpp" line="+116"/>
        <source>The register is open read-only; nothing was changed.</source>
        <translation>Registeret er åpnet skrivebeskyttet; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../ui/document/RegisterDocument.cpp" line="+39"/>
        <source>Another instance has taken over %1: it is read-only here now, and nothing more is saved from this window.</source>
        <translation>En annen instans har overtatt %1: den er nå skrivebeskyttet her, og ingenting mer lagres fra dette vinduet.</translation>
    </message>
    <message>
        <location filename="../ui/document/RegisterDocumentCycle.cpp" line="+21"/>
        <source>Add policy document %1</source>
        <translation>Legg til styringsdokument %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete policy document %1</source>
        <translation>Slett styringsdokument %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a review</source>
        <translation>Registrer en gjennomgang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept a residual risk</source>
        <translation>Aksepter en restrisiko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve the action plan</source>
        <translation>Godkjenn handlingsplanen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the assessment</source>
        <translation>Godkjenn vurderingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add incident %1</source>
        <translation>Legg til avvik %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit incident %1</source>
        <translation>Rediger avvik %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete incident %1</source>
        <translation>Slett avvik %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add exception %1</source>
        <translation>Legg til unntak %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit exception %1</source>
        <translation>Rediger unntak %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete exception %1</source>
        <translation>Slett unntak %1</translation>
    </message>
    <message>
        <location filename="../ui/document/RegisterDocument.cpp" line="+119"/>
        <source>This record no longer exists; nothing was changed.</source>
        <translation>Denne posten finnes ikke lenger; ingenting ble endret.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Redo failed, nothing was changed: %1</source>
        <translation>Gjør om mislyktes, ingenting ble endret: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo failed, nothing was changed: %1</source>
        <translation>Angre mislyktes, ingenting ble endret: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add unit %1</source>
        <translation>Legg til enhet %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit unit %1</source>
        <translation>Rediger enhet %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete unit %1</source>
        <translation>Slett enhet %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add person %1</source>
        <translation>Legg til person %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit person %1</source>
        <translation>Rediger person %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete person %1</source>
        <translation>Slett person %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add asset %1</source>
        <translation>Legg til aktivum %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit asset %1</source>
        <translation>Rediger aktivum %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete asset %1</source>
        <translation>Slett aktivum %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add assessment %1</source>
        <translation>Legg til vurdering %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit assessment %1</source>
        <translation>Rediger vurdering %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete assessment %1</source>
        <translation>Slett vurdering %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add risk line %1</source>
        <translation>Legg til risikolinje %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit risk line %1</source>
        <translation>Rediger risikolinje %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete %n risk line(s)</source>
        <translation>
            <numerusform>Slett %n risikolinje</numerusform>
            <numerusform>Slett %n risikolinjer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move %1 up</source>
        <translation>Flytt %1 opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>Flytt %1 ned</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add measure %1</source>
        <translation>Legg til tiltak %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit measure %1</source>
        <translation>Rediger tiltak %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Delete %n measures</source>
        <translation>
            <numerusform>Slett %n tiltak</numerusform>
            <numerusform>Slett %n tiltak</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete measure %1</source>
        <translation>Slett tiltak %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit the risk matrix</source>
        <translation>Endre risikomatrisen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit register %1</source>
        <translation>Rediger register %1</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Start round %1 from %2</source>
        <translation>Start runde %1 fra %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Confirm the scores of %n line(s)</source>
        <translation>
            <numerusform>Bekreft nivåene og produktet for %n linje</numerusform>
            <numerusform>Bekreft nivåene og produktet for %n linjer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/document/RegisterDocumentServer.cpp" line="-5"/>
        <source>The connection to the server is lost: the register is read-only until it is back; nothing was changed.</source>
        <translation>Forbindelsen til serveren er brutt: registeret er skrivebeskyttet til den er tilbake; ingenting ble endret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server lets the database user %1 read this register, not change it; nothing was changed.</source>
        <translation>Serveren lar databasebrukeren %1 lese dette registeret, ikke endre det; ingenting ble endret.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not read the changes others made: %1</source>
        <translation>Kunne ikke lese endringene andre har gjort: %1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::RegisterInfoDialog</name>
    <message>
        <location filename="../ui/mainwindow/RegisterInfoDialog.cpp" line="+26"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printed reports of this register are in this language, whatever language the program speaks</source>
        <translation>Utskrevne rapporter fra dette registeret er på dette språket, uansett hvilket språk programmet bruker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of reports:</source>
        <translation>&amp;Språk i rapporter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification levels of assets</source>
        <translation>Klassifiseringsnivåer for aktiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The levels rate an asset&apos;s confidentiality, integrity and availability. Renaming a level keeps the ratings already given.</source>
        <translation>Nivåene angir et aktivums konfidensialitet, integritet og tilgjengelighet. Når et nivå får nytt navn, beholdes vurderingene som alt er gitt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>References to your policy</source>
        <translation>Henvisninger til egne styringsdokumenter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your municipality&apos;s own documents state a rule, its reference is cited by the warnings and printed forms, e.g. &quot;Internkontroll pkt. 5.1&quot;. Leave empty to state the rule in words only.</source>
        <translation>Der kommunens egne dokumenter fastsetter en regel, viser advarslene og de utskrevne skjemaene til stedet, f.eks. «Internkontroll pkt. 5.1». La feltet stå tomt for bare å beskrive regelen med ord.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every asset has an &amp;owner:</source>
        <translation>Alle aktiva har en &amp;eier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An IT system has a de&amp;puty for its owner:</source>
        <translation>Et IT-system har en &amp;stedfortreder for eieren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles held by different people:</source>
        <translation>Roller som skal holdes adskilt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many affected raises the &amp;consequence:</source>
        <translation>Mange berørte hever &amp;konsekvensen:</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ReportActions</name>
    <message>
        <location filename="../ui/printing/ReportActions.cpp" line="+33"/>
        <source>&amp;Print...</source>
        <translation>Skriv &amp;ut...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view...</source>
        <translation>&amp;Forhåndsvisning...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report (PDF, HTML)...</source>
        <translation>&amp;Eksporter rapport (PDF, HTML)...</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Print...</source>
        <translation>Skriv ut...</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview</source>
        <translation>Forhåndsvis</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export...</source>
        <translation>Eksporter...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html)</source>
        <translation>Nettsider (*.html)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export report</source>
        <translation>Eksporter rapport</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ReportDialog</name>
    <message>
        <location filename="../ui/printing/ReportDialog.cpp" line="+28"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reports are printed in the register&apos;s language unless you choose another.</source>
        <translation>Rapporter skrives ut på registerets språk, med mindre du velger et annet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>All assessments</source>
        <translation>Alle vurderinger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>&amp;Open measures only</source>
        <translation>Kun å&amp;pne tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan leaves out measures that are done or cancelled.</source>
        <translation>Handlingsplanen utelater tiltak som er utført eller avbrutt.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ReviewRulesDialog</name>
    <message>
        <location filename="../ui/cycle/ReviewRulesDialog.cpp" line="+24"/>
        <source>Review rules</source>
        <translation>Regler for gjennomgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When each kind of object is reviewed</source>
        <translation>Når hver type objekt gjennomgås</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many days between reviews of what has a risk in the zone</source>
        <translation>Høyst så mange dager mellom gjennomganger av det som har en risiko i sonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The rule for %1 is not one of odd-year, even-year-q1, months:N (1-120), yearly:MM-DD.</source>
        <translation>Regelen for %1 er ikke en av odd-year, even-year-q1, months:N (1-120), yearly:MM-DD.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>odd-year: by the end of every odd year
even-year-q1: by the end of Q1 of every even year
months:N: N months after the last review
yearly:MM-DD: once a year by that date</source>
        <translation>odd-year: innen utgangen av hvert oddetallsår
even-year-q1: innen utgangen av 1. kvartal hvert partallsår
months:N: N måneder etter siste gjennomgang
yearly:MM-DD: én gang i året innen den datoen</translation>
    </message>
</context>
<context>
    <name>trygg::ui::RiskFormModel</name>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+130"/>
        <source>Product = P %1 × effective C %2 = %3</source>
        <translation>Produkt = S %1 × effektiv K %2 = %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Below the acceptance line: acceptable without measures.</source>
        <translation>Under akseptlinjen: akseptabel uten tiltak.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Above the acceptance line: needs measures or management acceptance.</source>
        <translation>Over akseptlinjen: trenger tiltak eller aksept fra ledelsen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Not assessed yet. Type a level, Backspace clears it.</source>
        <translation>Ikke vurdert ennå. Skriv inn et nivå; Backspace tømmer feltet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No measure treats this line yet.</source>
        <translation>Ingen tiltak behandler denne linjen ennå.</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormModel.cpp" line="+247"/>
        <source>– not assessed</source>
        <translation>– ikke vurdert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no asset)</source>
        <translation>(uten aktivum)</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+14"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line number in the form.</source>
        <translation>Linjenummer i skjemaet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-12"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+1"/>
        <source>What can happen?</source>
        <translation>Hva kan skje?</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+2"/>
        <source>P</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability (S): how likely it is to happen. Type the level&apos;s number.</source>
        <translation>Sannsynlighet (S): hvor sannsynlig det er at det skjer. Skriv inn nummeret på nivået.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consequence (K) as assessed for one event. Type the level&apos;s number.</source>
        <translation>Konsekvens (K) vurdert for én hendelse. Skriv inn nummeret på nivået.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many</source>
        <translation>Mange</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="-25"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+2"/>
        <source>Eff. C</source>
        <translation>Eff. K</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>The consequence the line is scored with: C, raised one level (↑) when many are affected.</source>
        <translation>Konsekvensen linjen beregnes med: K, hevet ett nivå (↑) når mange berøres.</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+1"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+1"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+1"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+3"/>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>The acceptance zone of the product, from the assessment&apos;s acceptance criteria.</source>
        <translation>Akseptsonen for produktet, etter akseptkriteriene for vurderingen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-1"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+2"/>
        <source>Asset</source>
        <translation>Aktivum</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>The information asset the line is about.</source>
        <translation>Aktivumet linjen gjelder.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+2"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+1"/>
        <source>Aspects</source>
        <translation>Aspekter</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+1"/>
        <source>What the line is assessed for: privacy, confidentiality, integrity, availability.</source>
        <translation>Hva linjen er vurdert for: personvern, konfidensialitet, integritet, tilgjengelighet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+4"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+1"/>
        <source>Knowledge</source>
        <translation>Kunnskapsstyrke</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>How well the assessment of this line is founded.</source>
        <translation>Hvor godt vurderingen av denne linjen er begrunnet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+1"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+1"/>
        <source>Existing measures</source>
        <translation>Eksisterende tiltak</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>Measures already in place, taken into account in P and C.</source>
        <translation>Tiltak som allerede er på plass, tatt med i S og K.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res. P</source>
        <translation>Rest-S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual probability after the planned measures.</source>
        <translation>Sannsynlighet etter de planlagte tiltakene (restrisiko).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res. C</source>
        <translation>Rest-K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual consequence after the planned measures.</source>
        <translation>Konsekvens etter de planlagte tiltakene (restrisiko).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measures of the action plan that treat this line.</source>
        <translation>Tiltak i handlingsplanen som behandler denne linjen.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Carried over from %1, where it scored %2 (%3).</source>
        <translation>Overført fra %1, der produktet var %2 (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reassessed yet: confirm or change its scores.</source>
        <translation>Ikke vurdert på nytt ennå: bekreft eller endre nivåene og produktet.</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormModel.cpp" line="-92"/>
        <source>not scored</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+34"/>
        <location line="+4"/>
        <source>Not scored yet. Type a level.</source>
        <translation>Ikke vurdert ennå. Skriv et nivå.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Not scored yet: the line has no product, no zone and no priority until its probability and consequence are entered. The Due page lists it.</source>
        <translation>Ikke vurdert ennå: linjen har verken produkt, sone eller prioritet før sannsynlighet og konsekvens er fylt inn. Siden Forfaller viser den.</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormModel.cpp" line="+65"/>
        <source>– not scored</source>
        <translation>– ikke vurdert</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="-17"/>
        <source>Many are affected: counted as %1.</source>
        <translation>Mange berøres: regnes som %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>What can happen? Work and conditions that may cause risk: unwanted events or states.</source>
        <translation>Hva kan skje? Arbeid og forhold som kan medføre risiko: uønskede hendelser eller tilstander.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Many people affected: the consequence counts one level higher, up to the top level.</source>
        <translation>Mange personer berøres: konsekvensen teller ett nivå høyere, opp til øverste nivå.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product = P × effective C.</source>
        <translation>Produkt = S × effektiv K.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority within this assessment: highest product first; for equal products the higher consequence first, so 1×5 ranks above 5×1.</source>
        <translation>Prioritet i denne vurderingen: høyeste produkt først; ved likt produkt kommer høyeste konsekvens først, så 1×5 står over 5×1.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::RiskFormView</name>
    <message>
        <location filename="../ui/risks/RiskFormView.cpp" line="+100"/>
        <source>Level definitions</source>
        <translation>Nivådefinisjoner</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The assessment shown in the form</source>
        <translation>Vurderingen som vises i skjemaet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New assessment...</source>
        <translation>Ny vurdering...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an assessment with the register&apos;s current acceptance criteria</source>
        <translation>Start en vurdering med registerets gjeldende akseptkriterier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit assessment...</source>
        <translation>Rediger vurdering...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, date, status or assessor of the assessment</source>
        <translation>Endre navn, dato, status eller hvem som har utført vurderingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History...</source>
        <translation>Historikk...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the assessment itself, when, and what</source>
        <translation>Hvem som endret selve vurderingen, når og hva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acceptance criteria of this assessment</source>
        <translation>Akseptkriteriene for denne vurderingen</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormActions.cpp" line="+60"/>
        <source>Add line</source>
        <translation>Legg til linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a line at the end of the form</source>
        <translation>Legg til en linje nederst i skjemaet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected lines to the end of the form</source>
        <translation>Kopier de valgte linjene nederst i skjemaet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected lines</source>
        <translation>Slett de valgte linjene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the line one place up</source>
        <translation>Flytt linjen ett trinn opp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the line one place down</source>
        <translation>Flytt linjen ett trinn ned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create measure from selected lines...</source>
        <translation>Opprett tiltak fra valgte linjer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a measure to the action plan that treats the selected lines</source>
        <translation>Legg til et tiltak i handlingsplanen som behandler de valgte linjene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of the line...</source>
        <translation>Historikk for linjen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the selected line, when, and what</source>
        <translation>Hvem som endret den valgte linjen, når og hva</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormView.cpp" line="+75"/>
        <source>Find in the lines (Ctrl+F)</source>
        <translation>Søk i linjene (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the lines whose text, existing measures, asset or measures hold this</source>
        <translation>Viser linjene der teksten, eksisterende tiltak, aktivum eller tiltak inneholder dette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the lines of one zone, or those not scored yet</source>
        <translation>Viser linjene i én sone, eller dem som ennå ikke er vurdert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the lines about one asset</source>
        <translation>Viser linjene om ett aktivum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all</source>
        <translation>Vis alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the filters away: every line of the form is shown</source>
        <translation>Fjerner filtrene: alle skjemaets linjer vises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zone:</source>
        <translation>S&amp;one:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ass&amp;et:</source>
        <translation>Akt&amp;ivum:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find in the lines</source>
        <translation>Søk i linjene</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All zones</source>
        <translation>Alle soner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not scored</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All assets</source>
        <translation>Alle aktiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no asset)</source>
        <translation>(uten aktivum)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 – %2 (%3, %4)</source>
        <translation>%1 – %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unit</source>
        <translation>Ingen enhet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No assessment yet. Start one with New assessment.</source>
        <translation>Ingen vurdering ennå. Start en med Ny vurdering.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>acceptable</source>
        <translation>akseptabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not acceptable</source>
        <translation>ikke akseptabel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale %1 × %2 (probability × consequence), fixed when the assessment was created. %3</source>
        <translation>Skala %1 × %2 (sannsynlighet × konsekvens), låst da vurderingen ble opprettet. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Many affected raises the consequence one level.</source>
        <translation>Mange berørte hever konsekvensen ett nivå.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many affected does not change the consequence.</source>
        <translation>Mange berørte endrer ikke konsekvensen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Residual probability (P)</source>
        <translation>Sannsynlighet etter tiltak (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability (P)</source>
        <translation>Sannsynlighet (S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual consequence (C)</source>
        <translation>Konsekvens etter tiltak (K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consequence (C)</source>
        <translation>Konsekvens (K)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Lines: %1; highest product: %2; above the acceptance line: %3</source>
        <translation>Linjer: %1; høyeste produkt: %2; over akseptlinjen: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>shown: %1 of %2</source>
        <translation>vist: %1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormActions.cpp" line="+55"/>
        <source>New line</source>
        <translation>Ny linje</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete lines</source>
        <translation>Slett linjer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected line?</source>
        <translation>Slette den valgte linjen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the %1 selected lines?</source>
        <translation>Slette de %1 valgte linjene?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures stop treating them. Undo brings them back.</source>
        <translation>Tiltakene slutter å behandle dem. Angre henter dem tilbake.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>New assessment</source>
        <translation>Ny vurdering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit assessment</source>
        <translation>Rediger vurdering</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Assessor:</source>
        <translation>&amp;Utført av:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The assets this assessment covers: printed on its form</source>
        <translation>Aktivaene vurderingen omfatter: skrives ut på skjemaet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assessed a&amp;ssets:</source>
        <translation>Vurderte a&amp;ktiva:</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Confirm scores</source>
        <translation>Bekreft produkt og nivåer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the scores of the selected lines carried over from the last round</source>
        <translation>Bekreft nivåene og produktet for de valgte linjene som er overført fra forrige runde</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Start from the last round (%1): its lines carried over, open measures along</source>
        <translation>Start fra forrige runde (%1): linjene overføres, åpne tiltak blir med</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from the last round (the unit has none)</source>
        <translation>Start fra forrige runde (enheten har ingen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risks/RiskFormView.cpp" line="-2"/>
        <source>not scored: %n</source>
        <translation>
            <numerusform>ikke vurdert: %n</numerusform>
            <numerusform>ikke vurdert: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormActions.cpp" line="+8"/>
        <source>The register&apos;s current acceptance criteria are fixed for this assessment when it is created.</source>
        <translation>Registerets gjeldende akseptkriterier låses for denne vurderingen når den opprettes.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::RoundComparisonPanel</name>
    <message>
        <location filename="../ui/risks/RoundComparisonPanel.cpp" line="+22"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher</source>
        <translation>Høyere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower</source>
        <translation>Lavere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Print comparison...</source>
        <translation>Skriv ut sammenligning...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What can happen?</source>
        <translation>Hva kan skje?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print or preview the comparison of the two rounds</source>
        <translation>Skriv ut eller forhåndsvis sammenligningen av de to rundene</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Changes since %1</source>
        <translation>Endringer siden %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 new, %2 removed, %3 higher, %4 lower, %5 unchanged. Measures completed between the rounds: %6; still open: %7, of them overdue: %8.</source>
        <translation>%1 nye, %2 fjernet, %3 høyere, %4 lavere, %5 uendret. Tiltak gjennomført mellom rundene: %6; fortsatt åpne: %7, av dem forfalt: %8.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 (%3 x %4), %5</source>
        <translation>%1: %2 (%3 x %4), %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in %1</source>
        <translation>Ikke i %1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ServerDialog</name>
    <message>
        <location filename="../ui/mainwindow/ServerDialog.cpp" line="+30"/>
        <source>Open server register</source>
        <translation>Åpne register på server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address of the register on a PostgreSQL server:</source>
        <translation>&amp;Adressen til registeret på en PostgreSQL-server:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example:&lt;br&gt;&lt;tt&gt;postgresql://db.kommune.no/risiko&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;postgresql://db.kommune.no:5433/risiko?user=kari&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;postgresql:///risiko?host=/var/run/postgresql&lt;/tt&gt; (on this machine)&lt;br&gt;The password is never kept: it is taken from ~/.pgpass or PGPASSWORD, Kerberos signs you in, or you are asked for it.</source>
        <translation>For eksempel:&lt;br&gt;&lt;tt&gt;postgresql://db.kommune.no/risiko&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;postgresql://db.kommune.no:5433/risiko?user=kari&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;postgresql:///risiko?host=/var/run/postgresql&lt;/tt&gt; (på denne maskinen)&lt;br&gt;Passordet lagres aldri: det hentes fra ~/.pgpass eller PGPASSWORD, Kerberos logger deg inn, eller du blir spurt om det.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>An address begins with postgresql:// (or postgres://)</source>
        <translation>En adresse begynner med postgresql:// (eller postgres://)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ServerPassword</name>
    <message>
        <location filename="../ui/common/ServerPassword.cpp" line="+30"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server asks for the password of the database user:
%1</source>
        <translation>Serveren ber om passordet til databasebrukeren:
%1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::SignOffDialog</name>
    <message>
        <location filename="../ui/cycle/SignOffDialog.cpp" line="+39"/>
        <source>Record a review</source>
        <translation>Registrer en gjennomgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed: %1</source>
        <translation>Gjennomgått: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by:</source>
        <translation>Gjennomgått av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Note:</source>
        <translation>Merknad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept the residual risk</source>
        <translation>Aksepter restrisikoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management accepts the residual risk of %1 until the expiry date; after it the risk is flagged again.</source>
        <translation>Ledelsen aksepterer restrisikoen for %1 fram til utløpsdatoen; etter den blir risikoen markert igjen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted by:</source>
        <translation>Akseptert av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Valid until:</source>
        <translation>Gyldig til:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management approves %1. A later change to it marks the approval as outdated.</source>
        <translation>Ledelsen godkjenner %1. En senere endring markerer godkjenningen som utdatert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>Godkjent av:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. chief executive, director</source>
        <translation>f.eks. kommunedirektør, direktør</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Say who signs it off.</source>
        <translation>Oppgi hvem som godkjenner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the justification for accepting the risk.</source>
        <translation>Oppgi begrunnelsen for å akseptere risikoen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acceptance must be valid until a date after it is given.</source>
        <translation>Aksepten må gjelde til en dato etter at den er gitt.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The date is no date, or lies ahead: type it as %1.</source>
        <translation>Datoen er ikke en gyldig dato, eller ligger fram i tid: skriv den som %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The valid-until date is no date: type it as %1.</source>
        <translation>Gyldig til-datoen er ikke en gyldig dato: skriv den som %1.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::TrendChart</name>
    <message>
        <location filename="../ui/overview/TrendChart.cpp" line="+30"/>
        <source>%1: %2 risks (%3); %4 above the acceptance line, %5 accepted; measures %6 done, %7 overdue; %8 incidents</source>
        <translation>%1: %2 risikoer (%3); %4 over akseptlinjen, %5 akseptert; tiltak %6 utført, %7 forfalt; %8 avvik</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No risk assessment yet.</source>
        <translation>Ingen risikovurdering ennå.</translation>
    </message>
</context>
</TS>
