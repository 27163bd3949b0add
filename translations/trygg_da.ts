<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>CycleTexts</name>
    <message>
        <location filename="../ui/cycle/CycleTexts.cpp" line="+11"/>
        <source>Confidentiality</source>
        <translation>Fortrolighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data breach</source>
        <translation>Brud på persondatasikkerheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breach of routine</source>
        <translation>Brud på rutine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Høj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>Under undersøgelse</translation>
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
        <translation>Informationsaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy document</source>
        <translation>Styringsdokument</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never assessed</source>
        <translation>Aldrig vurderet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew the risk assessment</source>
        <translation>Forny risikovurderingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up the measure</source>
        <translation>Følg op på tiltaget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the policy document</source>
        <translation>Gennemgå styringsdokumentet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the asset</source>
        <translation>Gennemgå informationsaktivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure deadline</source>
        <translation>Frist for tiltag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residual risk not accepted</source>
        <translation>Restrisikoen er ikke accepteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance expired</source>
        <translation>Accepten er udløbet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acceptance expires</source>
        <translation>Accepten udløber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action plan changed since approved</source>
        <translation>Handlingsplanen er ændret siden godkendelsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment changed since approved</source>
        <translation>Risikovurderingen er ændret siden godkendelsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the data protection authority (72 hours)</source>
        <translation>Anmeld til Datatilsynet (72 timer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception runs out</source>
        <translation>Fravigelsen udløber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a measure or management&apos;s acceptance</source>
        <translation>Kræver et tiltag eller ledelsens accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the residual risk</source>
        <translation>Vurder restrisikoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassess the carried-over line</source>
        <translation>Vurder den overførte linje igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the risk line</source>
        <translation>Vurder risikolinjen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reviews</source>
        <translation>Gennemgange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure deadlines</source>
        <translation>Frister for tiltag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptances</source>
        <translation>Accepter af restrisiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>Godkendelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breach notifications</source>
        <translation>Anmeldelser af brud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceptions</source>
        <translation>Fravigelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks needing treatment</source>
        <translation>Risici der kræver behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual risks to score</source>
        <translation>Restrisiko uden fastsat produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried-over lines to reassess</source>
        <translation>Overførte linjer, der skal revurderes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk lines not scored</source>
        <translation>Risikolinjer der ikke er vurderet</translation>
    </message>
</context>
<context>
    <name>DomainTexts</name>
    <message>
        <location filename="../core/model/ValueWords.cpp" line="+152"/>
        <source>IT system</source>
        <translation>It-system</translation>
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
        <translation>Applikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Forretningsgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Kontrakt</translation>
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
        <translation>Velfærdsteknologi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary</source>
        <translation>Almindelige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Følsomme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>Lavt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Højt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Indsendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Privacy</source>
        <translation>Databeskyttelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Fortrolighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../ui/common/DomainTexts.cpp" line="+1"/>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Informationsaktiv</translation>
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
        <translation>Tiltag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy document</source>
        <translation>Styringsdokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>Accept af restrisiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Godkendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception</source>
        <translation>Fravigelse</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../ui/common/QtTexts.cpp" line="+48"/>
        <source>&amp;Select All</source>
        <translation>&amp;Markér alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Trin op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Trin &amp;ned</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <location line="+82"/>
        <source>Select Color</source>
        <translation>Vælg farve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Basic colors</source>
        <translation>&amp;Grundfarver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Custom colors</source>
        <translation>&amp;Egne farver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Føj til egne farver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pick Screen Color</source>
        <translation>&amp;Hent farve fra skærmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Markøren ved %1, %2
Tryk på Esc for at annullere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hu&amp;e:</source>
        <translation>Farve&amp;tone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sat:</source>
        <translation>&amp;Mætning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Val:</source>
        <translation>&amp;Værdi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Red:</source>
        <translation>&amp;Rød:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Green:</source>
        <translation>&amp;Grøn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bl&amp;ue:</source>
        <translation>Bl&amp;å:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;lpha channel:</source>
        <translation>Gennem&amp;sigtighed:</translation>
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
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job Control</source>
        <translation>Jobstyring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled printing:</source>
        <translation>Planlagt udskrift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing information:</source>
        <translation>Faktureringsoplysninger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job priority:</source>
        <translation>Jobprioritet:</translation>
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
        <translation>Slut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Immediately</source>
        <translation>Udskriv straks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold Indefinitely</source>
        <translation>Tilbagehold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day (06:00 to 17:59)</source>
        <translation>Dag (06:00 til 17:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night (18:00 to 05:59)</source>
        <translation>Nat (18:00 til 05:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Aftenvagt (16:00 til 23:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Nattevagt (00:00 til 07:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Weekend (lørdag til søndag)</translation>
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
        <translation>Uklassificeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Fortroligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classified</source>
        <translation>Klassificeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Hemmeligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top Secret</source>
        <translation>Yderst hemmeligt</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <location line="+1"/>
        <source>Authentication Needed</source>
        <translation>Godkendelse kræves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication needed to use %1.</source>
        <translation>Der kræves godkendelse for at bruge %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Der kræves godkendelse for at bruge %1 på %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username:</source>
        <translation>Brugernavn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Adgangskode:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-194"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Frem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Gå tilbage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Gå frem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Gå til den overordnede mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Opret ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Opret en ny mappe</translation>
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
        <translation>Kig i:</translation>
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
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Vælg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>Find mappe</translation>
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
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slet</translation>
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
        <translation>Steder og bogmærker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Seneste steder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Ukendt</translation>
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
        <translation>Vil du slette »%1«?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>»%1« er skrivebeskyttet.
Vil du slette den alligevel?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 findes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+152"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Mappen findes ikke.
Kontrollér mappens navn.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen findes ikke.
Kontrollér filens navn.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Drive</source>
        <translation>Drev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Genvej</translation>
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
        <translation>Ændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>Ugyldigt filnavn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Navnet »%1« kan ikke bruges.&lt;/b&gt;&lt;p&gt;Prøv et andet navn med færre tegn eller uden tegnsætning.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-97"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markér alt</translation>
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
        <translation>Højde:</translation>
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
        <translation>Margener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top margin</source>
        <translation>topmargen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left margin</source>
        <translation>venstre margen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right margin</source>
        <translation>højre margen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom margin</source>
        <translation>bundmargen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Layout</source>
        <translation>Sidelayout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page order:</source>
        <translation>Siderækkefølge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages per sheet:</source>
        <translation>Sider pr. ark:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Tilpasset</translation>
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
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Gem alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åbn</translation>
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
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Ne&amp;j til alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Gendan standardværdier</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location line="+117"/>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print</source>
        <translation>&amp;Udskriv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Indstillinger &gt;&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Indstillinger &lt;&lt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print to File (PDF)</source>
        <translation>Udskriv til fil (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print To File ...</source>
        <translation>Udskriv til fil ...</translation>
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
        <translation>Ulige sider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even Pages</source>
        <translation>Lige sider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>Venstre mod højre, oppefra og ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>Venstre mod højre, nedefra og op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>Højre mod venstre, nedefra og op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>Højre mod venstre, oppefra og ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>Nedefra og op, venstre mod højre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>Nedefra og op, højre mod venstre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>Oppefra og ned, venstre mod højre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>Oppefra og ned, højre mod venstre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 findes allerede.
Vil du overskrive den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 er en mappe.
Vælg et andet filnavn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Der kan ikke skrives til filen %1.
Vælg et andet filnavn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid Pages Definition</source>
        <translation>Ugyldigt sideudvalg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 er ikke skrevet rigtigt. Adskil sider og intervaller med »,«, angiv intervaller med »-«, og lad intervallerne ikke overlappe hinanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Værdien »Fra« kan ikke være større end værdien »Til«.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplex Settings Conflicts</source>
        <translation>Modstridende indstillinger for dobbeltsidet udskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Indstillingerne for dobbeltsidet udskrift strider mod hinanden. Vil du rette dem?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Indstillingerne »Sider pr. ark« og »Sidesæt« kan ikke bruges sammen.
Slå en af dem fra.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location line="-124"/>
        <source>Print Preview</source>
        <translation>Vis udskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Tilpas siden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Tilpas bredden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
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
        <translation>Sideopsætning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page setup</source>
        <translation>Sideopsætning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show overview of all pages</source>
        <translation>Vis alle sider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First page</source>
        <translation>Første side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last page</source>
        <translation>Sidste side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show single page</source>
        <translation>Vis én side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show facing pages</source>
        <translation>Vis to sider ved siden af hinanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to PDF</source>
        <translation>Eksportér til PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location line="+162"/>
        <source>Printer Properties</source>
        <translation>Printeregenskaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job Options</source>
        <translation>Indstillinger for udskriftsjobbet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced Option Conflicts</source>
        <translation>Modstridende avancerede indstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Nogle avancerede indstillinger strider mod hinanden. Vil du rette dem?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Setup Conflicts</source>
        <translation>Modstridende sideopsætning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Indstillingerne for sideopsætning strider mod hinanden. Vil du rette dem?</translation>
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
        <translation>Avanceret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Nogle indstillinger strider mod hinanden. Ret dem.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="-53"/>
        <source>Copies</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print range</source>
        <translation>Udskriftsområde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print all</source>
        <translation>Udskriv alt</translation>
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
        <translation>Aktuel side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output Settings</source>
        <translation>Udskriftsindstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies:</source>
        <translation>Kopier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collate</source>
        <translation>Sorter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Omvendt rækkefølge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color Mode</source>
        <translation>Farvetilstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grayscale</source>
        <translation>Gråtoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplex Printing</source>
        <translation>Dobbeltsidet udskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long side</source>
        <translation>Lang side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short side</source>
        <translation>Kort side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Set:</source>
        <translation>Sidesæt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Angiv sider eller intervaller adskilt af kommaer. Et interval er to tal med bindestreg imellem. F.eks. udskriver 3,5-7,9 siderne 3, 5, 6, 7 og 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roperties</source>
        <translation>&amp;Egenskaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Placering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vis udskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output &amp;file:</source>
        <translation>Udskriv til &amp;fil:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-166"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiér l&amp;inkadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="+70"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · printed %2 with Trygg</source>
        <translation>%1 · udskrevet %2 med Trygg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trail fingerprint %1</source>
        <translation>Loggens fingeraftryk %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All units</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+262"/>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Sandsynlighed</translation>
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
        <translation>Nuværende risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual risk after measures</source>
        <translation>Restrisiko efter tiltag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable</source>
        <translation>Acceptabel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks now</source>
        <translation>Risici nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks after measures</source>
        <translation>Risici efter tiltag</translation>
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
        <translation>Godkendt af %1 den %2, men ændret siden: skal godkendes igen.</translation>
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
        <translation>Tiltag</translation>
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
        <translation>Omkostning</translation>
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
        <translation>Risici tiltaget behandler (produkt, zone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has no measures.</source>
        <translation>Planen har ingen tiltag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+194"/>
        <location line="+17"/>
        <source>Total</source>
        <translation>I alt</translation>
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
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="-265"/>
        <location line="+88"/>
        <location line="+130"/>
        <source>Measures</source>
        <translation>Tiltag</translation>
    </message>
    <message numerus="yes">
        <location line="-217"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n tiltag</numerusform>
            <numerusform>%n tiltag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overskredet</numerusform>
            <numerusform>%n overskredne</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measures in order of priority</source>
        <translation>Tiltag i prioriteret rækkefølge</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+120"/>
        <source>Approved by management</source>
        <translation>Godkendt af ledelsen</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The risk assessment form is printed for one assessment: choose one.</source>
        <translation>Risikovurderingsskemaet udskrives for én vurdering: vælg en.</translation>
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
        <translation>Vurderet af</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assets assessed</source>
        <translation>Vurderede informationsaktiver</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>Acceptance criteria</source>
        <translation>Acceptkriterier</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+184"/>
        <source>What can happen?</source>
        <translation>Hvad kan ske?</translation>
    </message>
    <message>
        <location filename="../ui/reports/AssetRegisterReport.cpp" line="+1"/>
        <location filename="../ui/reports/ReportBuilder.cpp" line="-183"/>
        <location line="+184"/>
        <source>Asset</source>
        <translation>Informationsaktiv</translation>
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
        <translation>Eksisterende tiltag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation>Vidensgrundlag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment has no risk lines.</source>
        <translation>Vurderingen har ingen risikolinjer.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+208"/>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message numerus="yes">
        <location line="-200"/>
        <source>%n risk(s) scored on criteria with other scales are not in the matrix.</source>
        <translation>
            <numerusform>%n risiko vurderet efter kriterier med andre skalaer er ikke med i matricen.</numerusform>
            <numerusform>%n risici vurderet efter kriterier med andre skalaer er ikke med i matricen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-312"/>
        <location line="+319"/>
        <source>%n risk(s) without an assessed residual risk are placed by their current risk.</source>
        <translation>
            <numerusform>%n risiko uden vurderet restrisiko er placeret efter nuværende risiko.</numerusform>
            <numerusform>%n risici uden vurderet restrisiko er placeret efter nuværende risiko.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+185"/>
        <source>Asset register</source>
        <translation>Aktivregister</translation>
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
        <translation>Ejer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Personal data</source>
        <translation>Personoplysninger</translation>
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
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register has no assets.</source>
        <translation>Registret har ingen informationsaktiver.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no owner</source>
        <translation>ingen ejer</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n asset(s). C, I, A: confidentiality, integrity and availability, 0-4.</source>
        <translation>
            <numerusform>%n informationsaktiv. F, I, T: fortrolighed, integritet og tilgængelighed, 0-4.</numerusform>
            <numerusform>%n informationsaktiver. F, I, T: fortrolighed, integritet og tilgængelighed, 0-4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="-6"/>
        <source>Management review %1</source>
        <translation>Ledelsens gennemgang %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of %1</source>
        <translation>pr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents and deviations</source>
        <translation>Hændelser og afvigelser</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n incident(s) in %1, of which %2 still open.</source>
        <translation>
            <numerusform>%n hændelse i %1, hvoraf %2 stadig er åben.</numerusform>
            <numerusform>%n hændelser i %1, hvoraf %2 stadig er åbne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n personal data breach(es); %1 not told to the data protection authority within 72 hours.</source>
        <translation>
            <numerusform>%n brud på persondatasikkerheden; %1 blev ikke anmeldt til Datatilsynet inden for 72 timer.</numerusform>
            <numerusform>%n brud på persondatasikkerheden; %1 blev ikke anmeldt til Datatilsynet inden for 72 timer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still within their 72 hours, not told yet: %1.</source>
        <translation>Stadig inden for de 72 timer og endnu ikke anmeldt: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n measure(s) done in the year.</source>
        <translation>
            <numerusform>%n tiltag gennemført i løbet af året.</numerusform>
            <numerusform>%n tiltag gennemført i løbet af året.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n measure(s) overdue:</source>
        <translation>
            <numerusform>%n tiltag med overskredet frist:</numerusform>
            <numerusform>%n tiltag med overskredet frist:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No measure is overdue.</source>
        <translation>Intet tiltag har overskredet fristen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Risk assessments due by the end of the year</source>
        <translation>Risikovurderinger, der forfalder inden årets udgang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the whole register</source>
        <translation>hele registret</translation>
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
        <translation>Risici over acceptgrænsen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk(s) above the acceptance line after measures; %1 of them accepted by management.</source>
        <translation>
            <numerusform>%n risiko over acceptgrænsen efter tiltag; %1 af dem accepteret af ledelsen.</numerusform>
            <numerusform>%n risici over acceptgrænsen efter tiltag; %1 af dem accepteret af ledelsen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Approved exceptions in force</source>
        <translation>Godkendte fravigelser, der gælder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exception from</source>
        <translation>Fravigelse fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Godkendt af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>until revoked</source>
        <translation>indtil den tilbagekaldes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed by management</source>
        <translation>Gennemgået af ledelsen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Risk assessment form</source>
        <translation>Risikovurderingsskema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Management review</source>
        <translation>Ledelsens gennemgang</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>open measures only</source>
        <translation>kun åbne tiltag</translation>
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
        <translation>Registrerede personer</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information held</source>
        <translation>Oplysninger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification or licence</source>
        <translation>Anmeldelse eller tilladelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Driftsoperatør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement</source>
        <translation>Databehandleraftale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safeguards</source>
        <translation>Sikringsforanstaltninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage and communication</source>
        <translation>Lagring og kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archiving and deletion</source>
        <translation>Arkivering og sletning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="+199"/>
        <source>Trend</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Comparison of rounds</source>
        <translation>Sammenligning af runder</translation>
    </message>
    <message>
        <location line="-476"/>
        <location line="+246"/>
        <source>not scored</source>
        <translation>ikke vurderet</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n risk(s) not scored yet are not in the matrix.</source>
        <translation>
            <numerusform>%n risiko, der endnu ikke er vurderet, er ikke i matricen.</numerusform>
            <numerusform>%n risici, der endnu ikke er vurderet, er ikke i matricen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-92"/>
        <source>An event that affects many people is given a consequence one level higher.</source>
        <translation>En hændelse, der rammer mange personer, gives én konsekvensgrad højere.</translation>
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
        <translation>Højere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower</source>
        <translation>Lavere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comparison of rounds</source>
        <translation>Sammenligning af runder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new, %2 removed, %3 higher, %4 lower and %5 unchanged. Higher or lower: by zone first, then by score as a share of its matrix&apos;s highest, so rounds scored on different matrix versions compare.</source>
        <translation>%1 nye, %2 fjernet, %3 højere, %4 lavere og %5 uændrede. Højere eller lavere: først efter zone, så efter produktet som andel af matrixens højeste, så runder vurderet efter forskellige matrixversioner kan sammenlignes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What can happen?</source>
        <translation>Hvad kan ske?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset</source>
        <translation>Informationsaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Neither round has lines.</source>
        <translation>Ingen af runderne har linjer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Measure</source>
        <translation>Tiltag</translation>
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
        <translation>Tiltag gennemført mellem runderne</translation>
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
        <translation>Tiltag der stadig er åbne (%1 overskredet, markeret)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Above the line</source>
        <translation>Over grænsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures done</source>
        <translation>Tiltag udført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures overdue</source>
        <translation>Tiltag overskredet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Hændelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No risk assessment yet.</source>
        <translation>Endnu ingen risikovurdering.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Risks by zone per year</source>
        <translation>Risici pr. zone og år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over each bar: the risks above the acceptance line.</source>
        <translation>Over hver søjle: risici over acceptgrænsen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 risks (%3), %4 above the acceptance line</source>
        <translation>%1: %2 risici (%3), %4 over acceptgrænsen</translation>
    </message>
</context>
<context>
    <name>TrailNotice</name>
    <message>
        <location filename="../ui/mainwindow/TrailNotice.cpp" line="+25"/>
        <source>%1 was changed outside Trygg: %2</source>
        <translation>%1 er ændret uden for Trygg: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more finding(s))</source>
        <translation>
            <numerusform>(%n fund mere)</numerusform>
            <numerusform>(%n fund mere)</numerusform>
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
        <translation>Ændret uden for Trygg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed since Trygg last recorded it, by a program other than Trygg or by hand. Ask who can write its folder, and compare it with the printed reports, which carry the trail&apos;s fingerprint.</source>
        <translation>%1 er ændret, siden Trygg sidst registrerede den, af et andet program end Trygg eller i hånden. Spørg, hvem der kan skrive i dens mappe, og sammenlign med de udskrevne rapporter, som bærer loggens fingeraftryk.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+103"/>
        <source>Information-security risk registers</source>
        <translation>Risikoregistre for informationssikkerhed</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The language: da, nb, sv or en (default: the system&apos;s).</source>
        <translation>Sproget: da, nb, sv eller en (standard: systemets).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The register to open: a file, or a server&apos;s address (postgresql://...)</source>
        <translation>Registret der skal åbnes: en fil eller en servers adresse (postgresql://...)</translation>
    </message>
</context>
<context>
    <name>trygg</name>
    <message>
        <location filename="../core/check/RegisterCheck.cpp" line="+33"/>
        <source>risk matrix %1: %2</source>
        <translation>risikomatrix %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/model/RegisterData.cpp" line="+14"/>
        <source>the register has no current risk matrix</source>
        <translation>registret har ingen gældende risikomatrix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the review rule &apos;%1&apos; is not understood</source>
        <translation>reglen for gennemgang »%1« kan ikke forstås</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assessment &apos;%1&apos; has no risk matrix</source>
        <translation>risikovurderingen »%1« har ingen risikomatrix</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>risk %1 (&apos;%2&apos;) in &apos;%3&apos;: %4</source>
        <translation>risiko %1 (»%2«) i »%3«: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>measure &apos;%1&apos; treats a risk of another assessment (&apos;%2&apos;)</source>
        <translation>tiltaget »%1« behandler en risiko i en anden risikovurdering (»%2«)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>asset &apos;%1&apos; (%2)</source>
        <translation>informationsaktivet »%1« (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asset &apos;%1&apos;</source>
        <translation>informationsaktivet »%1«</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has the same person as owner and deputy</source>
        <translation>%1 har samme person som ejer og stedfortræder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IT security leader</source>
        <translation>it-sikkerhedsleder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system owner</source>
        <translation>systemejer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT-responsible</source>
        <translation>it-ansvarlig</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>units &apos;%1&apos; (%2) and &apos;%3&apos; (%4) differ only in upper and lower case, and Trygg takes them for one unit; move the assets and assessments of one into the other and delete it</source>
        <translation>enhederne »%1« (%2) og »%3« (%4) adskiller sig kun ved store og små bogstaver, og Trygg opfatter dem som én enhed; flyt informationsaktiverne og risikovurderingerne fra den ene til den anden, og slet den</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: the audit trail&apos;s chain is checked by a user who may read the whole register (a security officer): you may read your units&apos; part of it only</source>
        <translation>%1: ændringsloggens kæde kontrolleres af en bruger, der må læse hele registret (en sikkerhedsansvarlig): du må kun læse dine enheders del af den</translation>
    </message>
    <message>
        <location filename="../core/combine/Combiner.cpp" line="+162"/>
        <source>%1: this is the combined register itself (or a copy of it); it cannot be combined into itself</source>
        <translation>%1: dette er selve det kombinerede register (eller en kopi af det); det kan ikke kombineres ind i sig selv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 are copies of one register (the same register id), so their objects cannot be told apart; combine each section&apos;s own register, or, if %2 is a different section, combine it as a new section</source>
        <translation>%1 og %2 er kopier af det samme register (samme register-id), så deres objekter kan ikke skelnes fra hinanden; kombiner hver afdelings eget register, eller, hvis %2 er en anden afdeling, kombiner den som en ny afdeling</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 has the same register id as %2, which was combined into this register before: one is a copy of the other, so their objects cannot be told apart. Combine each section&apos;s own register, or, if %1 is a different section, combine it as a new section</source>
        <translation>%1 har samme register-id som %2, der tidligere er kombineret ind i dette register: det ene er en kopi af det andet, så deres objekter kan ikke skelnes fra hinanden. Kombiner hver afdelings eget register, eller, hvis %1 er en anden afdeling, kombiner den som en ny afdeling</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>changed differently in &apos;%1&apos;, which was taken over</source>
        <translation>ændret på en anden måde i »%1«, som blev overtaget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed both in the section and in the combined register since the last combine</source>
        <translation>ændret både i afdelingens register og i det kombinerede register siden sidste kombinering</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the combined register already holds it, entered there, with other content</source>
        <translation>det kombinerede register har det allerede, indtastet dér, med andet indhold</translation>
    </message>
    <message>
        <location filename="../core/combine/Combine.cpp" line="+81"/>
        <source>%1: %2 &apos;%3&apos; holds risk lines or measures that are not from the section; move or remove them before taking the section&apos;s removal</source>
        <translation>%1: %2 »%3« har risikolinjer eller tiltag, der ikke kommer fra afdelingens register; flyt eller slet dem, før afdelingens sletning overtages</translation>
    </message>
    <message>
        <location filename="../core/combine/Combiner.cpp" line="-1"/>
        <source>the combined register already holds it from &apos;%1&apos; with other content</source>
        <translation>det kombinerede register har det allerede fra »%1« med andet indhold</translation>
    </message>
    <message>
        <location filename="../core/combine/CombineRemovals.cpp" line="+38"/>
        <source>no longer in the section, but it holds risk lines or measures that are not from it; kept</source>
        <translation>ikke længere i afdelingens register, men den har risikolinjer eller tiltag, der ikke kommer derfra; beholdt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer in the section, but changed in the combined register since the last combine; kept</source>
        <translation>ikke længere i afdelingens register, men ændret i det kombinerede register siden sidste kombinering; beholdt</translation>
    </message>
    <message>
        <location filename="../core/cycle/DueList.cpp" line="+22"/>
        <source>last reviewed %1 by %2</source>
        <translation>senest gennemgået %1 af %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>never assessed</source>
        <translation>aldrig vurderet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assessed %1</source>
        <translation>vurderet %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>never reviewed (counted from %1)</source>
        <translation>aldrig gennemgået (regnet fra %1)</translation>
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
        <translation>aldrig fulgt op (regnet fra %1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>residual risk %1 in zone &apos;%2&apos; is not accepted by management</source>
        <translation>restrisiko %1 i zonen »%2« er ikke accepteret af ledelsen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>acceptance expired (accepted %1 by %2)</source>
        <translation>accepten er udløbet (accepteret %1 af %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acceptance expires (accepted %1 by %2)</source>
        <translation>accepten udløber (accepteret %1 af %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>risk %1 in zone &apos;%2&apos; needs a measure or management&apos;s acceptance</source>
        <translation>risiko %1 i zonen »%2« kræver et tiltag eller ledelsens accept</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its measures are finished: score the residual risk (now %1 in zone &apos;%2&apos;)</source>
        <translation>dens tiltag er afsluttet: vurder restrisikoen (nu %1 i zonen »%2«)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>assessment %1</source>
        <translation>risikovurdering %1</translation>
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
        <translation>slettet siden godkendelsen %1 af %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed since approved %1 by %2</source>
        <translation>ændret siden godkendelsen %1 af %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>personal data breach discovered %1: tell the data protection authority by %2</source>
        <translation>brud på persondatasikkerheden opdaget %1: anmeld til Datatilsynet senest %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>approved by %1 on %2</source>
        <translation>godkendt af %1 den %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/deadlines/DeadlineRule.cpp" line="+105"/>
        <source>a review cycle of %n month is outside %1-%2</source>
        <comment>a review cycle of %n months is outside %1-%2</comment>
        <translation>
            <numerusform>en gennemgangscyklus på %n måned ligger uden for %1-%2</numerusform>
            <numerusform>en gennemgangscyklus på %n måneder ligger uden for %1-%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the yearly review date %1-%2 is not a day of the year (MM-DD)</source>
        <translation>den årlige gennemgangsdato %1-%2 er ikke en dag i året (MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/exchange/AssetImport.cpp" line="+122"/>
        <source>the asset has no name</source>
        <translation>informationsaktivet har intet navn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a type of asset: use %2</source>
        <translation>»%1« er ikke en type informationsaktiv: brug %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/exchange/RiskImport.cpp" line="+161"/>
        <location line="+39"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>»%1« er ikke en af %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not yes, no or irrelevant</source>
        <translation>»%1« er ikke ja, nej eller irrelevant</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the asset &apos;%1&apos; is already in row %2 of the file (an asset&apos;s name is unique within its unit); give each row its own name</source>
        <translation>informationsaktivet »%1« står allerede i række %2 i filen (et informationsaktivs navn er entydigt inden for enheden); giv hver række sit eget navn</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+293"/>
        <source>%1: row %2: the column &apos;%3&apos; is mapped to an unknown column</source>
        <translation>%1: række %2: kolonnen »%3« er knyttet til en ukendt kolonne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: row %2: the columns &apos;%3&apos; and &apos;%4&apos; both mean &apos;%5&apos;</source>
        <translation>%1: række %2: kolonnerne »%3« og »%4« betyder begge »%5«</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: row %2: the required column &apos;%3&apos; is missing</source>
        <translation>%1: række %2: den obligatoriske kolonne »%3« mangler</translation>
    </message>
    <message>
        <location filename="../core/exchange/Csv.cpp" line="+23"/>
        <source>row %1: %2</source>
        <translation>række %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/exchange/CsvImport.cpp" line="+51"/>
        <source>%1: row %2: %3</source>
        <translation>%1: række %2: %3</translation>
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
            <numerusform>rækken har mere end %n kolonne</numerusform>
            <numerusform>rækken har mere end %n kolonner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a quoted field is not closed</source>
        <translation>et felt i anførselstegn er ikke afsluttet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected text after a closing quote</source>
        <translation>uventet tekst efter et afsluttende anførselstegn</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the file is larger than %1 MB, the most Trygg reads of an import file</source>
        <translation>filen er større end %1 MB, det meste Trygg læser af en importfil</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>the file has more than %n row</source>
        <comment>the file has more than %n rows</comment>
        <translation>
            <numerusform>filen har mere end %n række</numerusform>
            <numerusform>filen har mere end %n rækker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the file has more than %n cell</source>
        <comment>the file has more than %n cells</comment>
        <translation>
            <numerusform>filen har mere end %n celle</numerusform>
            <numerusform>filen har mere end %n celler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty (no header row)</source>
        <translation>filen er tom (ingen overskriftsrække)</translation>
    </message>
    <message>
        <location filename="../core/platform/SafeFiles.cpp" line="+103"/>
        <location line="+44"/>
        <source>%1: cannot write the file (is the folder writable, is the disk full?)</source>
        <translation>%1: kan ikke skrive filen (er der skriveadgang til mappen, er disken fuld?)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: kan ikke skrive filen: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvImport.cpp" line="+1"/>
        <source>%1: row %2, column &apos;%3&apos;: %4</source>
        <translation>%1: række %2, kolonne »%3«: %4</translation>
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
... og yderligere %n fejl</numerusform>
            <numerusform>%1
... og yderligere %n fejl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Nothing was imported.</source>
        <translation>%1
Intet blev importeret.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../core/exchange/RiskImport.cpp" line="-45"/>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>»%1« er ikke en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a whole number of zero or more</source>
        <translation>»%1« er ikke et helt tal fra nul og opefter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a level of the scale: use 1-%2 (%3)</source>
        <translation>»%1« er ikke et niveau på skalaen: brug 1-%2 (%3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a level from 0 to %2</source>
        <translation>»%1« er ikke et niveau fra 0 til %2</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n asset imported (%1 new, %2 updated)</source>
        <comment>%n assets imported (%1 new, %2 updated)</comment>
        <translation>
            <numerusform>%n informationsaktiv importeret (nye: %1, opdaterede: %2)</numerusform>
            <numerusform>%n informationsaktiver importeret (nye: %1, opdaterede: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk imported (%1 new, %2 updated)</source>
        <comment>%n risks imported (%1 new, %2 updated)</comment>
        <translation>
            <numerusform>%n risiko importeret (nye: %1, opdaterede: %2)</numerusform>
            <numerusform>%n risici importeret (nye: %1, opdaterede: %2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1
new measures: %2</source>
        <translation>%1
nye tiltag: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n asset imported (%1 new, %2 updated, %3 unchanged)</source>
        <comment>%n assets imported (%1 new, %2 updated, %3 unchanged)</comment>
        <translation>
            <numerusform>%n informationsaktiv importeret (nye: %1, opdaterede: %2, uændrede: %3)</numerusform>
            <numerusform>%n informationsaktiver importeret (nye: %1, opdaterede: %2, uændrede: %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
new units: %2</source>
        <translation>%1
nye enheder: %2</translation>
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
            <numerusform>%n risiko importeret (nye: %1, opdaterede: %2, uændrede: %3)</numerusform>
            <numerusform>%n risici importeret (nye: %1, opdaterede: %2, uændrede: %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
new assets: %2</source>
        <translation>%1
nye informationsaktiver: %2</translation>
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
opdaterede tiltag: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
skipped rows with problems: %2</source>
        <translation>%1
rækker med fejl, der blev sprunget over: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1
units written otherwise in the file, imported into the register&apos;s unit: %2</source>
        <translation>%1
enheder skrevet anderledes i filen, importeret til registerets enhed: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
ignored columns: %2</source>
        <translation>%1
ignorerede kolonner: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportRows.h" line="+144"/>
        <source>the row has %1 cells but the header has %2</source>
        <translation>rækken har %1 celler, men overskriftsrækken har %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/Json.cpp" line="+26"/>
        <source>%1: the file is %2 bytes; a matrix definition is at most %3</source>
        <translation>%1: filen fylder %2 byte; en matrixdefinition fylder højst %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty; expected a JSON object</source>
        <translation>filen er tom; forventede et JSON-objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected %1 after the end of the document</source>
        <translation>uventet %1 efter dokumentets slutning</translation>
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
        <translation>slutningen af filen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>byte 0x%1</source>
        <translation>byte 0x%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>expected %1, found %2</source>
        <translation>forventede %1, fandt %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the document nests deeper than %1 levels</source>
        <translation>dokumentet er indlejret dybere end %1 niveauer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected a value (an object, list, text, number, true, false or null), found %1</source>
        <translation>forventede en værdi (et objekt, en liste, tekst, et tal, true, false eller null), fandt %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a value, found %1 (text must be in double quotes)</source>
        <translation>forventede en værdi, fandt %1 (tekst skal stå i dobbelte anførselstegn)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected a field name in double quotes, found %1 (a comma before &apos;}&apos; is not allowed)</source>
        <translation>forventede et feltnavn i dobbelte anførselstegn, fandt %1 (komma før »}« er ikke tilladt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a field name in double quotes, found %1</source>
        <translation>forventede et feltnavn i dobbelte anførselstegn, fandt %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the field &apos;%1&apos; appears twice in the same object</source>
        <translation>feltet »%1« forekommer to gange i samme objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;:&apos; after the field name</source>
        <translation>»:« efter feltnavnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>»,« eller »}«</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a comma before &apos;]&apos; is not allowed</source>
        <translation>komma før »]« er ikke tilladt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>»,« eller »]«</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>\u must be followed by four hexadecimal digits, found %1</source>
        <translation>\u skal efterfølges af fire hexadecimale cifre, fandt %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>teksten er ikke gyldig UTF-8 (byte 0x%1); gem filen som UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is not valid UTF-8 (a character is cut off at the end of the file)</source>
        <translation>teksten er ikke gyldig UTF-8 (et tegn er afskåret i slutningen af filen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text is not valid UTF-8 (byte 0x%1 inside a character); save the file as UTF-8</source>
        <translation>teksten er ikke gyldig UTF-8 (byte 0x%1 inde i et tegn); gem filen som UTF-8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>teksten er ikke gyldig UTF-8; gem filen som UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <source>the text has no closing &apos;&quot;&apos;</source>
        <translation>teksten mangler et afsluttende »&quot;«</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>a line break inside text must be written \n</source>
        <translation>et linjeskift inde i tekst skal skrives \n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a control character (0x%1) inside text must be escaped</source>
        <translation>et kontroltegn (0x%1) inde i tekst skal skrives som escape-sekvens</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>\u%1 is half of a character (a lone surrogate)</source>
        <translation>\u%1 er halvdelen af et tegn (et surrogat uden par)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>\u%1 must be followed by the second half of its character</source>
        <translation>\u%1 skal efterfølges af anden halvdel af tegnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text must not contain the character \u0000</source>
        <translation>tekst må ikke indeholde tegnet \u0000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown escape &apos;\%1&apos; in text</source>
        <translation>ukendt escape-sekvens »\%1« i tekst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a number must not start with 0</source>
        <translation>et tal må ikke begynde med 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a digit, found %1</source>
        <translation>forventede et ciffer, fandt %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a digit after the decimal point, found %1</source>
        <translation>forventede et ciffer efter decimaltegnet, fandt %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a digit in the exponent, found %1</source>
        <translation>forventede et ciffer i eksponenten, fandt %1</translation>
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
        <translation>et tal</translation>
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
        <translation>en værdi</translation>
    </message>
    <message>
        <location filename="../core/exchange/MatrixJson.cpp" line="+7"/>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>»%1« skal være %2, ikke %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown field &apos;%1&apos;; the fields are %2</source>
        <translation>ukendt felt »%1«; felterne er %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field &apos;%1&apos; in &apos;%2&apos;; the fields are %3</source>
        <translation>ukendt felt »%1« i »%2«; felterne er %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>the field &apos;%1&apos; is missing</source>
        <translation>feltet »%1« mangler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is too long (%2 characters; at most %3)</source>
        <translation>»%1« har for mange tegn (%2; højst %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; must be a whole number, not %2</source>
        <translation>»%1« skal være et helt tal, ikke %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a fraction</source>
        <translation>et decimaltal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is %2; it must be %3 to %4</source>
        <translation>»%1« er %2; det skal være fra %3 til %4</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>&apos;%1&apos; has %n level; it needs %2 to %3</source>
        <comment>&apos;%1&apos; has %n levels; it needs %2 to %3</comment>
        <translation>
            <numerusform>»%1« har %n niveau; der skal være %2 til %3</numerusform>
            <numerusform>»%1« har %n niveauer; der skal være %2 til %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>a matrix definition is a JSON object ({...}), not %1</source>
        <translation>en matrixdefinition er et JSON-objekt ({...}), ikke %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;format&apos; must be &quot;%1&quot;: this is not a Trygg matrix definition</source>
        <translation>»format« skal være »%1«: dette er ikke en matrixdefinition fra Trygg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;version&apos; must be %1; this file may come from a newer Trygg</source>
        <translation>»version« skal være %1; filen kan stamme fra en nyere version af Trygg</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;zones&apos; is empty; the matrix needs at least one zone</source>
        <translation>»zones« er tom; matricen skal have mindst én zone</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&apos;zones&apos; has %n zone; a matrix has at most %1</source>
        <comment>&apos;zones&apos; has %n zones; a matrix has at most %1</comment>
        <translation>
            <numerusform>»zones« har %n zone; en matrix har højst %1</numerusform>
            <numerusform>»zones« har %n zoner; en matrix har højst %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>&apos;cells&apos; lists %n cell; the matrix has only %1</source>
        <comment>&apos;cells&apos; lists %n cells; the matrix has only %1</comment>
        <translation>
            <numerusform>»cells« angiver %n celle; matrixen har kun %1</numerusform>
            <numerusform>»cells« angiver %n celler; matrixen har kun %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos;: the cell probability %2 x consequence %3 is listed twice</source>
        <translation>»%1«: cellen sandsynlighed %2 x konsekvens %3 står der to gange</translation>
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
        <translation>%1: matricen er ikke gyldig: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/RiskImport.cpp" line="+14"/>
        <source>the row names no risk assessment</source>
        <translation>rækken angiver ingen risikovurdering</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/risk/RiskRules.cpp" line="+98"/>
        <source>what can happen is empty</source>
        <translation>feltet »Hvad kan ske« er tomt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a list of %2</source>
        <translation>»%1« er ikke en liste med %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not the id of a risk line (a whole number, as the risk export writes it)</source>
        <translation>»%1« er ikke id&apos;et for en risikolinje (et helt tal, som risikoeksporten skriver det)</translation>
    </message>
    <message>
        <location filename="../core/exchange/XlsxWrite.cpp" line="-33"/>
        <source>… (shortened: %1 characters in all; see the CSV export)</source>
        <translation>… (forkortet: %1 tegn i alt; se CSV-eksporten)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: cannot write the file (out of memory)</source>
        <translation>%1: kan ikke skrive filen (ikke nok hukommelse)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot write the file (out of memory)</source>
        <translation>kan ikke skrive filen (ikke nok hukommelse)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1, column &apos;%2&apos;: the text is longer than the 32,767 characters a spreadsheet cell can hold</source>
        <translation>række %1, kolonne »%2«: teksten er længere end de 32.767 tegn, en celle i et regneark kan rumme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1, column &apos;%2&apos;: cannot write the cell: %3</source>
        <translation>række %1, kolonne »%2«: kan ikke skrive cellen: %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../core/platform/SafeFiles.cpp" line="-12"/>
        <location line="+6"/>
        <source>%1: cannot write the file (is the folder writable, is the disk full?): %2</source>
        <translation>%1: kan ikke skrive filen (er der skriveadgang til mappen, er disken fuld?): %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/Xlsx.cpp" line="+57"/>
        <source>%1: not an XLSX workbook, or the file is damaged (it is not a readable zip archive)</source>
        <translation>%1: ikke en XLSX-projektmappe, eller filen er beskadiget (den er ikke et læsbart zip-arkiv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: the zip archive has more than %n part; a workbook has a few dozen</source>
        <comment>%1: the zip archive has more than %n parts; a workbook has a few dozen</comment>
        <translation>
            <numerusform>%1: zip-arkivet har mere end %n del; en projektmappe har nogle få dusin</numerusform>
            <numerusform>%1: zip-arkivet har mere end %n dele; en projektmappe har nogle få dusin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the zip archive is damaged</source>
        <translation>zip-arkivet er beskadiget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook is encrypted (password-protected); save it without a password</source>
        <translation>projektmappen er krypteret (beskyttet med adgangskode); gem den uden adgangskode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip archive is damaged or uses an unsupported compression</source>
        <translation>zip-arkivet er beskadiget eller bruger en komprimering, der ikke understøttes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the zip archive is damaged (cannot decompress; is the file truncated?)</source>
        <translation>zip-arkivet er beskadiget (kan ikke pakkes ud; er filen afkortet?)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the zip archive is damaged (checksum error)</source>
        <translation>zip-arkivet er beskadiget (fejl i kontrolsum)</translation>
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
        <translation>større end %1 udpakket; filen afvises som en mulig zip-bombe</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../core/model/SystemError.cpp" line="+42"/>
        <location filename="../core/storage/Postgres.cpp" line="-274"/>
        <location filename="../core/storage/Sqlite.cpp" line="-173"/>
        <source>out of memory</source>
        <translation>ikke nok hukommelse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the XML has a document type declaration, which a workbook never has</source>
        <translation>XML&apos;en har en dokumenttypeerklæring, hvilket en projektmappe aldrig har</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the XML is malformed at line %1: %2</source>
        <translation>XML&apos;en er ugyldig i linje %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>the workbook lists more than %n part</source>
        <comment>the workbook lists more than %n parts</comment>
        <translation>
            <numerusform>projektmappen angiver mere end %n del</numerusform>
            <numerusform>projektmappen angiver mere end %n dele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>the workbook has more than %n shared text</source>
        <comment>the workbook has more than %n shared texts</comment>
        <translation>
            <numerusform>projektmappen har mere end %n delt tekst</numerusform>
            <numerusform>projektmappen har mere end %n delte tekster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>the sheet has more than %n row</source>
        <comment>the sheet has more than %n rows</comment>
        <translation>
            <numerusform>arket har mere end %n række</numerusform>
            <numerusform>arket har mere end %n rækker</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row has the invalid number &apos;%1&apos;</source>
        <translation>en række har det ugyldige nummer »%1«</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the sheet has more than %n column (cell %1)</source>
        <comment>the sheet has more than %n columns (cell %1)</comment>
        <translation>
            <numerusform>arket har mere end %n kolonne (celle %1)</numerusform>
            <numerusform>arket har mere end %n kolonner (celle %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>cell %1 refers to shared string &apos;%2&apos;, but the workbook has %3</source>
        <translation>cellen %1 henviser til delt tekst »%2«, men projektmappen har %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the sheet holds more than %1 MB of text; the file is refused as a possible zip bomb</source>
        <translation>arket indeholder mere end %1 MB tekst; filen afvises som en mulig zip-bombe</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>the sheet has more than %n cell (cell %1)</source>
        <comment>the sheet has more than %n cells (cell %1)</comment>
        <translation>
            <numerusform>arket har mere end %n celle (celle %1)</numerusform>
            <numerusform>arket har mere end %n celler (celle %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>missing: this is a zip archive but not an XLSX workbook</source>
        <translation>mangler: dette er et zip-arkiv, men ikke en XLSX-projektmappe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook has no sheet</source>
        <translation>projektmappen har intet ark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: the workbook does not say where its sheets are</source>
        <translation>mangler: projektmappen angiver ikke, hvor arkene ligger</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the first sheet (&apos;%1&apos;) is not listed</source>
        <translation>det første ark (»%1«) er ikke anført</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing: the workbook&apos;s first sheet is not in the file</source>
        <translation>mangler: projektmappens første ark findes ikke i filen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the first sheet is empty (no header row)</source>
        <translation>%1: det første ark er tomt (ingen overskriftsrække)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an import file</source>
        <translation>en importfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: this is an old Excel .xls file; save it as .xlsx or CSV and import that</source>
        <translation>%1: dette er en gammel Excel-fil (.xls); gem den som .xlsx eller CSV, og importér den</translation>
    </message>
    <message>
        <location filename="../core/matrix/Presets.cpp" line="+226"/>
        <source>unknown preset &apos;%1&apos;: choose %2</source>
        <translation>ukendt forudindstilling »%1«: vælg %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <location filename="../core/matrix/RiskMatrix.cpp" line="+35"/>
        <source>the cell probability %1 x consequence %2</source>
        <translation>cellen sandsynlighed %1 x konsekvens %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone &apos;%1&apos;</source>
        <translation>zonen »%1«</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the %1 scale has %n level; it needs %2 to %3</source>
        <comment>the %1 scale has %n levels; it needs %2 to %3</comment>
        <translation>
            <numerusform>skalaen for %1 har %n niveau; den skal have %2 til %3</numerusform>
            <numerusform>skalaen for %1 har %n niveauer; den skal have %2 til %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 level %2 has no label</source>
        <translation>niveau %2 for %1 har ingen betegnelse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the matrix has no zones</source>
        <translation>matricen har ingen zoner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>zone %1 has no name</source>
        <translation>zone %1 har intet navn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has the colour &apos;%2&apos;; it must be #rrggbb</source>
        <translation>%1 har farven »%2«; den skal være #rrggbb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 runs from score %2 to %3; the lowest score must not be above the highest</source>
        <translation>%1 går fra produkt %2 til %3; det laveste produkt må ikke være højere end det højeste</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the matrix has %n zone; it may have at most %1</source>
        <comment>the matrix has %n zones; it may have at most %1</comment>
        <translation>
            <numerusform>matrixen har %n zone; den må højst have %1</numerusform>
            <numerusform>matrixen har %n zoner; den må højst have %1</numerusform>
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
        <translation>%1 ligger uden for matricen på %2 x %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be set to zone index %2</source>
        <translation>%1 kan ikke sættes til zoneindeks %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../core/risk/RiskRules.cpp" line="+1"/>
        <source>probability</source>
        <translation>sandsynlighed</translation>
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
            <numerusform>%1 er sat til zone %2, men matricen har kun %n zone</numerusform>
            <numerusform>%1 er sat til zone %2, men matricen har kun %n zoner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (score %2) has no zone</source>
        <translation>%1 (produkt %2) har ingen zone</translation>
    </message>
    <message>
        <location filename="../core/report/PdfWriter.cpp" line="+239"/>
        <source>could not compress a PDF page</source>
        <translation>kunne ikke komprimere en PDF-side</translation>
    </message>
    <message>
        <location filename="../core/risk/RiskRules.cpp" line="-60"/>
        <source>%1 %2 cannot be scored: the matrix has no %3 levels</source>
        <translation>%1 %2 kan ikke vurderes: matricen har ingen niveauer for %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is outside 1-%3</source>
        <translation>%1 %2 ligger uden for 1-%3</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>residual probability</source>
        <translation>restsandsynlighed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>residual consequence</source>
        <translation>restkonsekvens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>aspects %1 include unknown aspects; allowed are privacy, confidentiality, integrity and availability</source>
        <translation>aspekterne %1 omfatter ukendte aspekter; tilladt er databeskyttelse, fortrolighed, integritet og tilgængelighed</translation>
    </message>
    <message>
        <location filename="../core/cycle/Rounds.cpp" line="+43"/>
        <location filename="../core/storage/AssessmentWrites.cpp" line="+28"/>
        <location filename="../core/storage/RecordKinds.h" line="+251"/>
        <location line="+12"/>
        <location line="+29"/>
        <source>risk assessment %1 does not exist</source>
        <translation>risikovurdering %1 findes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-45"/>
        <source>asset %1 in the assessment&apos;s scope does not exist</source>
        <translation>informationsaktiv %1 i vurderingens omfang findes ikke</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the assessment&apos;s name</source>
        <translation>vurderingens navn</translation>
    </message>
    <message>
        <location filename="../core/storage/AssessmentWrites.cpp" line="+13"/>
        <source>an assessment named &apos;%1&apos; already exists in this unit</source>
        <translation>der findes allerede en vurdering med navnet »%1« i denne enhed</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the measure &apos;%1&apos; has a completion date but is not done</source>
        <translation>tiltaget »%1« har en dato for udførelse, men er ikke udført</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+41"/>
        <source>what can happen</source>
        <translation>hvad der kan ske</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>existing measures</source>
        <translation>eksisterende tiltag</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the risk&apos;s asset does not exist</source>
        <translation>risikoens informationsaktiv findes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/AssessmentWrites.cpp" line="+10"/>
        <location filename="../core/storage/RecordKinds.h" line="+17"/>
        <location line="+84"/>
        <source>risk %1 does not exist</source>
        <translation>risiko %1 findes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-72"/>
        <source>the measure</source>
        <translation>tiltaget</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>follow-up</source>
        <translation>opfølgning</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the person responsible for the measure does not exist</source>
        <translation>den ansvarlige for tiltaget findes ikke</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>risk %1 treated by the measure does not exist</source>
        <translation>risiko %1, som tiltaget behandler, findes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/AssessmentWrites.cpp" line="-2"/>
        <location filename="../core/storage/RecordKinds.h" line="+4"/>
        <source>measure %1 does not exist</source>
        <translation>tiltag %1 findes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/AuditTrail.cpp" line="+20"/>
        <location line="+1"/>
        <source>the name of the person making changes</source>
        <translation>navnet på den person, der foretager ændringer</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>&apos;%1&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation>»%1« er ikke en gyldig dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/storage/Validation.cpp" line="+64"/>
        <source>%1 is not a valid date</source>
        <translation>%1 er ikke en gyldig dato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a valid time of day</source>
        <translation>%1 er ikke et gyldigt klokkeslæt</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+51"/>
        <source>the review rule &apos;%1&apos; for %2 is not one of odd-year, even-year-q1, months:N (1-120), yearly:MM-DD</source>
        <translation>gennemgangsreglen »%1« for %2 er ikke en af odd-year, even-year-q1, months:N (1-120), yearly:MM-DD</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>zone %1 does not exist in the current matrix</source>
        <translation>zone %1 findes ikke i den gældende matrix</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+11"/>
        <source>the document&apos;s name</source>
        <translation>dokumentets navn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document&apos;s unit does not exist</source>
        <translation>dokumentets enhed findes ikke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>policy document %1 does not exist</source>
        <translation>styringsdokument %1 findes ikke</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the review&apos;s date</source>
        <translation>datoen for gennemgangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who reviewed</source>
        <translation>hvem der gennemgik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the review&apos;s note</source>
        <translation>bemærkningen til gennemgangen</translation>
    </message>
    <message>
        <location filename="../core/storage/AuditChain.cpp" line="+65"/>
        <location filename="../core/storage/CycleWrites.cpp" line="-48"/>
        <source>the register</source>
        <translation>registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk matrix</source>
        <translation>risikomatrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>enhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assessment</source>
        <translation>risikovurdering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy document</source>
        <translation>politikdokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>gennemgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk acceptance</source>
        <translation>risikoaccept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval</source>
        <translation>godkendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident</source>
        <translation>hændelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception</source>
        <translation>fravigelse</translation>
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
        <translation>ændringsloggen er ændret uden for Trygg: post %1 har ingen kædehash (tilføjet uden for Trygg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the audit trail was changed outside Trygg: entry %1 is missing (removed outside Trygg)</source>
        <translation>ændringsloggen er ændret uden for Trygg: post %1 mangler (fjernet uden for Trygg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the audit trail was changed outside Trygg: entries %1 to %2 are missing (removed outside Trygg)</source>
        <translation>ændringsloggen er ændret uden for Trygg: posterne %1 til %2 mangler (fjernet uden for Trygg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the audit trail was changed outside Trygg: entry %1 does not match its chain hash (changed, or an entry before it added or removed)</source>
        <translation>ændringsloggen er ændret uden for Trygg: post %1 passer ikke med sin kædehash (ændret, eller en post før den tilføjet eller fjernet)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>the audit trail: %n more entry does not match its chain hash</source>
        <comment>the audit trail: %n more entries do not match their chain hash</comment>
        <translation>
            <numerusform>ændringsloggen: %n post mere passer ikke med sin kædehash</numerusform>
            <numerusform>ændringsloggen: %n poster mere passer ikke med deres kædehash</numerusform>
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
        <translation>%1: tilføjet uden for Trygg: ændringsloggen kender den ikke</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (&apos;%2&apos;): added outside Trygg: the audit trail says it was deleted on %3</source>
        <translation>%1 (»%2«): tilføjet uden for Trygg: ændringsloggen siger, at den blev slettet %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the audit trail&apos;s record of it is damaged</source>
        <translation>%1: ændringsloggens oplysninger om den er beskadigede</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, %2: changed outside Trygg: the trail says %3, the file says %4</source>
        <translation>%1, %2: ændret uden for Trygg: loggen siger %3, filen siger %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no value)</source>
        <translation>(ingen værdi)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 (&apos;%3&apos;): removed outside Trygg: the audit trail last recorded it on %4</source>
        <translation>%1 %2 (»%3«): fjernet uden for Trygg: ændringsloggen registrerede den sidst %4</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+1"/>
        <source>row %1</source>
        <translation>række %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>days between reviews in zone &apos;%1&apos; must be from 1 to %2, not %3</source>
        <translation>dage mellem gennemgange i zonen »%1« skal være fra 1 til %2, ikke %3</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the reviewed assessment %1 does not exist</source>
        <translation>den gennemgåede vurdering %1 findes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewed asset %1 does not exist</source>
        <translation>det gennemgåede informationsaktiv %1 findes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewed measure %1 does not exist</source>
        <translation>det gennemgåede tiltag %1 findes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewed policy %1 does not exist</source>
        <translation>det gennemgåede styringsdokument %1 findes ikke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the review date (%1) is more than a day in the future</source>
        <translation>datoen for gennemgangen (%1) ligger mere end en dag ude i fremtiden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the acceptance date (%1) is more than a day in the future</source>
        <translation>datoen for accepten (%1) ligger mere end en dag ude i fremtiden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the approval date (%1) is more than a day in the future</source>
        <translation>datoen for godkendelsen (%1) ligger mere end en dag ude i fremtiden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the time the incident was discovered (%1) is more than a day in the future</source>
        <translation>tidspunktet, hvor hændelsen blev opdaget (%1), ligger mere end en dag ude i fremtiden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the time the authority was notified (%1) is more than a day in the future</source>
        <translation>tidspunktet, hvor myndigheden blev underrettet (%1), ligger mere end en dag ude i fremtiden</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+8"/>
        <source>review %1 does not exist</source>
        <translation>gennemgang %1 findes ikke</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>who accepted the risk</source>
        <translation>hvem der accepterede risikoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the role of who accepted</source>
        <translation>rollen for den, der accepterede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the acceptance&apos;s date</source>
        <translation>datoen for accepten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the acceptance&apos;s expiry date</source>
        <translation>udløbsdatoen for accepten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the justification</source>
        <translation>begrundelsen</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="-33"/>
        <source>the acceptance expires (%1) on or before it is given (%2)</source>
        <translation>accepten udløber (%1) samme dag som eller før den er givet (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+9"/>
        <source>risk acceptance %1 does not exist</source>
        <translation>risikoaccept %1 findes ikke</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>who approved</source>
        <translation>hvem der godkendte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the role of who approved</source>
        <translation>rollen for den, der godkendte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the approval&apos;s date</source>
        <translation>datoen for godkendelsen</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+18"/>
        <source>the approved risk assessment does not exist</source>
        <translation>den godkendte risikovurdering findes ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit of the approved action plan does not exist</source>
        <translation>enheden for den godkendte handlingsplan findes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+13"/>
        <source>approval %1 does not exist</source>
        <translation>godkendelse %1 findes ikke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the time the incident was discovered</source>
        <translation>tidspunktet, hvor hændelsen blev opdaget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who reported the incident</source>
        <translation>hvem der indberettede hændelsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the incident&apos;s description</source>
        <translation>beskrivelsen af hændelsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what was seen</source>
        <translation>hvad der blev observeret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the time the data protection authority was notified</source>
        <translation>tidspunktet, hvor Datatilsynet blev underrettet</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+17"/>
        <source>a notification time is given but the authority is not marked as notified</source>
        <translation>der er angivet et tidspunkt for underretning, men myndigheden er ikke markeret som underrettet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data protection authority was notified (%1) before the incident was discovered (%2)</source>
        <translation>Datatilsynet blev underrettet (%1), før hændelsen blev opdaget (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-9"/>
        <source>the incident&apos;s unit does not exist</source>
        <translation>hændelsens enhed findes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/AuditChain.cpp" line="-560"/>
        <location filename="../core/storage/RecordKinds.h" line="+17"/>
        <source>asset</source>
        <translation>informationsaktiv</translation>
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
        <translation>tiltag</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-8"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1 %2 linked to the incident does not exist</source>
        <translation>%1 %2, der er knyttet til hændelsen, findes ikke</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>the parent unit does not exist</source>
        <translation>den overordnede enhed findes ikke</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>number of persons registered</source>
        <translation>antal registrerede personer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>notification or licence</source>
        <translation>anmeldelse eller tilladelse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the assessment&apos;s risk matrix does not exist</source>
        <translation>vurderingens risikomatrix findes ikke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the assessment&apos;s unit does not exist</source>
        <translation>vurderingens enhed findes ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the assessor does not exist</source>
        <translation>den, der har vurderet, findes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the assessment&apos;s date</source>
        <translation>vurderingens dato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the person who approved the assessment does not exist</source>
        <translation>personen, der godkendte vurderingen, findes ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the assessment&apos;s approval date</source>
        <translation>vurderingens godkendelsesdato</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the measure&apos;s deadline</source>
        <translation>tiltagets frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the measure&apos;s hours</source>
        <translation>tiltagets timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the measure&apos;s cost</source>
        <translation>tiltagets omkostninger</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the approval&apos;s fingerprint</source>
        <translation>godkendelsens fingeraftryk</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>incident %1 does not exist</source>
        <translation>hændelse %1 findes ikke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the rule the exception is from</source>
        <translation>reglen, som fravigelsen gælder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why the exception is made</source>
        <translation>hvorfor fravigelsen gives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who approved the exception</source>
        <translation>hvem der godkendte fravigelsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exception&apos;s approval date</source>
        <translation>datoen, hvor fravigelsen blev godkendt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date the exception is valid until</source>
        <translation>datoen, som fravigelsen gælder til</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+10"/>
        <source>the exception is valid until %1, before it was approved (%2)</source>
        <translation>fravigelsen gælder til %1, før den blev godkendt (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+2"/>
        <source>the exception&apos;s unit does not exist</source>
        <translation>fravigelsens enhed findes ikke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exception %1 does not exist</source>
        <translation>fravigelse %1 findes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterFile.cpp" line="+61"/>
        <source>SQLite cannot read its structure</source>
        <translation>SQLite kan ikke læse filens struktur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file is damaged (%2); it was not upgraded and was left as it was</source>
        <translation>%1: filen er beskadiget (%2); den er ikke opgraderet og er ikke ændret</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: the file is damaged: its size (%2 bytes) is not a whole number of its pages of %3 bytes; it was not opened and was left as it was</source>
        <translation>%1: filen er beskadiget: dens størrelse (%2 byte) er ikke et helt antal af dens sider på %3 byte; den blev ikke åbnet og er uændret</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a symbolic link: a register is not created through a link; it was left as it is</source>
        <translation>%1 er et symbolsk link: et register oprettes ikke gennem et link; det blev efterladt, som det var</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+140"/>
        <location line="+271"/>
        <location filename="../core/storage/ServerRegister.cpp" line="+210"/>
        <location line="+30"/>
        <source>%1: cannot create the file: %2</source>
        <translation>%1: kan ikke oprette filen: %2</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>%1: a register on a server is made with trygg-cli init, or copied there from a file with trygg-cli copy; nothing was changed</source>
        <translation>%1: et register på en server oprettes med trygg-cli init eller kopieres dertil fra en fil med trygg-cli copy; intet blev ændret</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1: the file already exists; choose another name or delete it first</source>
        <translation>%1: filen findes allerede; vælg et andet navn, eller slet den først</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+26"/>
        <source>%1: no such file</source>
        <translation>%1: filen findes ikke</translation>
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
        <translation>%1: dette er en database fra et andet program, ikke et Trygg-register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the register was saved by a newer version of Trygg (file version %2, this program reads up to version %3); open it with a newer Trygg</source>
        <translation>%1: registret blev gemt af en nyere version af Trygg (filversion %2, dette program læser op til version %3); åbn det med en nyere Trygg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file header holds the version number %2, which no Trygg ever wrote; the file is damaged and was left as it was</source>
        <translation>%1: filhovedet indeholder versionsnummeret %2, som ingen Trygg nogensinde har skrevet; filen er beskadiget og er ikke ændret</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/storage/ServerRegister.cpp" line="+8"/>
        <source>%1: the register is incomplete: it has no register information</source>
        <translation>%1: registret er ufuldstændigt: det mangler registeroplysninger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the register must be upgraded to this version of Trygg, which needs write access</source>
        <translation>%1: registret skal opgraderes til denne version af Trygg, og det kræver skriveadgang</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the register could not be upgraded to this version of Trygg (%2); the file was left as it was</source>
        <translation>%1: registret kunne ikke opgraderes til denne version af Trygg (%2); filen er ikke ændret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the register could not be upgraded to this version of Trygg (%2); the file was left as it was; a copy made before the upgrade is %3</source>
        <translation>%1: registret kunne ikke opgraderes til denne version af Trygg (%2); filen er ikke ændret; en kopi taget før opgraderingen er %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: another instance has taken over the register&apos;s write lock; nothing was changed</source>
        <translation>%1: en anden forekomst af Trygg har overtaget registrets skrivelås; intet blev ændret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the register is open read-only; nothing was changed</source>
        <translation>%1: registret er åbnet skrivebeskyttet; intet blev ændret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the register was replaced by another file (or moved or removed) since it was opened; nothing was changed</source>
        <translation>%1: registret er blevet erstattet af en anden fil (eller flyttet eller slettet), siden det blev åbnet; intet blev ændret</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the register has no register information</source>
        <translation>%1: registret mangler registeroplysninger</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the register&apos;s name</source>
        <translation>registrets navn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the register&apos;s language &apos;%1&apos; is not one of da, nb, sv, en</source>
        <translation>registrets sprog »%1« er ikke et af da, nb, sv, en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the review rule &apos;%1&apos; is not one of odd-year, even-year-q1, months:N, yearly:MM-DD</source>
        <translation>gennemgangsreglen »%1« er ikke en af odd-year, even-year-q1, months:N, yearly:MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the register needs names for the %1 classification levels 0-%2, not %3</source>
        <translation>registret skal have navne på de %1 klassifikationsniveauer 0-%2, ikke %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name of classification level %1</source>
        <translation>navnet på klassifikationsniveau %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the definition of classification level %1</source>
        <translation>definitionen af klassifikationsniveau %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+4"/>
        <location filename="../core/storage/ServerRegister.cpp" line="-65"/>
        <source>%1: the file already exists; choose another name</source>
        <translation>%1: filen findes allerede; vælg et andet navn</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>copying the register</source>
        <translation>kopiering af registret</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite-integritetstjek: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 of table &apos;%2&apos; refers to a missing row of table &apos;%3&apos;</source>
        <translation>række %1 i tabellen »%2« henviser til en række, der mangler i tabellen »%3«</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterLoad.cpp" line="+69"/>
        <source>%1: risk matrix %2 is missing</source>
        <translation>%1: risikomatrix %2 mangler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matrix %1</source>
        <translation>matrix %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, row %2</source>
        <translation>%1, række %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one axis of %1</source>
        <translation>én akse i %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the risk matrix is not valid: %1</source>
        <translation>risikomatricen er ikke gyldig: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the label of level %1</source>
        <translation>betegnelsen for niveau %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the definition of level %1</source>
        <translation>beskrivelsen af niveau %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name of zone &apos;%1&apos;</source>
        <translation>navnet på zonen »%1«</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the matrix&apos;s preset</source>
        <translation>matrixens forudindstilling</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-323"/>
        <source>the unit&apos;s name</source>
        <translation>enhedens navn</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterWrites.cpp" line="+23"/>
        <source>a unit named &apos;%1&apos; already exists</source>
        <translation>der findes allerede en enhed med navnet »%1«</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>a unit named &apos;%1&apos; already exists as &apos;%2&apos;; unit names that differ only in upper and lower case are one unit</source>
        <translation>der findes allerede en enhed med navnet »%1«, skrevet »%2«; enhedsnavne, der kun adskiller sig ved store og små bogstaver, er én enhed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the unit still has assets or risk assessments; move or delete them first</source>
        <translation>enheden har stadig informationsaktiver eller risikovurderinger; flyt eller slet dem først</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+5"/>
        <source>unit %1 does not exist</source>
        <translation>enhed %1 findes ikke</translation>
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
        <translation>der findes allerede en person med navnet »%1«</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+6"/>
        <source>person %1 does not exist</source>
        <translation>person %1 findes ikke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the asset&apos;s name</source>
        <translation>informationsaktivets navn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>purpose</source>
        <translation>formål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>legal basis</source>
        <translation>hjemmel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>driftsoperatør</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>classification</source>
        <translation>klassifikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archiving</source>
        <translation>arkivering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safeguards</source>
        <translation>sikringsforanstaltninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage</source>
        <translation>opbevaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>bemærkninger</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>confidentiality</source>
        <translation>fortrolighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity</source>
        <translation>integritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>availability</source>
        <translation>tilgængelighed</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the asset&apos;s unit does not exist</source>
        <translation>informationsaktivets enhed findes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the asset&apos;s owner does not exist</source>
        <translation>informationsaktivets ejer findes ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the asset&apos;s deputy does not exist</source>
        <translation>informationsaktivets stedfortræder findes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterWrites.cpp" line="+6"/>
        <source>an asset named &apos;%1&apos; already exists in this unit</source>
        <translation>der findes allerede et informationsaktiv med navnet »%1« i denne enhed</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+21"/>
        <source>asset %1 does not exist</source>
        <translation>informationsaktiv %1 findes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/Schema.cpp" line="+430"/>
        <source>%1: no upgrade from file version %2</source>
        <translation>%1: ingen opgradering fra filversion %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: the file contains a %2 (&apos;%3&apos;) that Trygg did not create; it is refused so that no code from the file runs</source>
        <translation>%1: filen indeholder en %2 (»%3«), som Trygg ikke har oprettet; den afvises, så ingen kode fra filen bliver kørt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the register is incomplete: table &apos;%2&apos; is missing</source>
        <translation>%1: registret er ufuldstændigt: tabellen »%2« mangler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the register is incomplete: column &apos;%2&apos; of table &apos;%3&apos; is missing</source>
        <translation>%1: registret er ufuldstændigt: kolonnen »%2« i tabellen »%3« mangler</translation>
    </message>
    <message>
        <location filename="../core/storage/Sqlite.cpp" line="+5"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kan ikke åbnes: %2</translation>
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
        <translation>disken er fuld; intet blev ændret</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1: %2: the register was replaced by another file (or moved or removed) since it was opened; nothing was changed</source>
        <translation>%1: %2: registret er blevet erstattet af en anden fil (eller flyttet eller slettet), siden det blev åbnet; intet blev ændret</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the file or its folder is read-only; nothing was changed</source>
        <translation>filen eller mappen, den ligger i, er skrivebeskyttet; intet blev ændret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is in use by another program; try again</source>
        <translation>filen bruges af et andet program; prøv igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is damaged or is not a Trygg register</source>
        <translation>filen er beskadiget eller er ikke et Trygg-register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value is larger than the %1 MB Trygg allows; Trygg never writes one, so the file was changed by another program</source>
        <translation>en værdi er større end de %1 MB, Trygg tillader; Trygg skriver aldrig en sådan værdi, så filen er ændret af et andet program</translation>
    </message>
    <message>
        <location filename="../core/storage/Postgres.cpp" line="-46"/>
        <location filename="../core/storage/Sqlite.cpp" line="+26"/>
        <source>preparing a query</source>
        <translation>forberedelse af en forespørgsel</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+326"/>
        <location line="+73"/>
        <location line="+9"/>
        <location line="+7"/>
        <location filename="../core/storage/Sqlite.cpp" line="+24"/>
        <source>writing</source>
        <translation>skrivning</translation>
    </message>
    <message>
        <location filename="../core/storage/Sqlite.cpp" line="+77"/>
        <source>%1: the register was replaced or changed by another program since it was opened; nothing was changed</source>
        <translation>%1: registret er blevet erstattet eller ændret af et andet program, siden det blev åbnet; intet blev ændret</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>the disk is full, and the file may hold part of the change, which could not be undone yet: %1 holds what undoes it. Make room on the disk, then open the register for writing once, which rolls the change back</source>
        <translation>disken er fuld, og filen kan indeholde en del af ændringen, som endnu ikke kunne fortrydes: %1 indeholder det, der fortryder den. Skaf plads på disken, og åbn så registret én gang med skriveadgang, så rulles ændringen tilbage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a change to it was interrupted (a program was stopped, or the disk was full, while it saved) and must be rolled back before the register can be read. Open it once for writing, as someone who may change the file and its folder, which rolls the change back; nothing was changed</source>
        <translation>en ændring af den blev afbrudt (et program blev stoppet, eller disken var fuld, mens det gemte) og skal rulles tilbage, før registret kan læses. Åbn det én gang med skriveadgang, som en der må ændre filen og mappen, den ligger i, så rulles ændringen tilbage; intet blev ændret</translation>
    </message>
    <message>
        <location filename="../core/storage/Validation.cpp" line="-47"/>
        <source>%1: %2 %3, field &apos;%4&apos;: %5 characters, more than the %6 Trygg allows; Trygg never writes such a value, so the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet »%4«: %5 tegn, flere end de %6, Trygg tillader; Trygg skriver aldrig en sådan værdi, så filen er ændret af et andet program og åbnes ikke</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is empty</source>
        <translation>%1 er ikke udfyldt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 er ikke gyldig UTF-8-tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long (%2 characters; at most %3)</source>
        <translation>%1 har for mange tegn (%2; højst %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 holds a control character (a line break, tab or escape); a name is one line of text</source>
        <translation>%1 indeholder et kontroltegn (linjeskift, tabulator eller escape); et navn er én linje tekst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 is outside %3-%4</source>
        <translation>%1 %2 ligger uden for %3-%4</translation>
    </message>
    <message>
        <location filename="../core/storage/WriteLock.cpp" line="+65"/>
        <source>%1: the lock file is a symbolic link; Trygg never makes one, and does not follow it. Remove it, then open the register again</source>
        <translation>%1: låsefilen er et symbolsk link; Trygg laver aldrig et og følger det ikke. Fjern det, og åbn så registret igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the lock file cannot be read (%2)</source>
        <translation>%1: låsefilen kan ikke læses (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the lock file is not a plain file (a folder, pipe or device); Trygg never makes one. Remove it, then open the register again</source>
        <translation>%1: låsefilen er ikke en almindelig fil (en mappe, en pipe eller en enhed); Trygg laver aldrig en sådan. Fjern den, og åbn så registret igen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the lock file is larger than %2 bytes; a Trygg lock holds one short line. Remove it, then open the register again</source>
        <translation>%1: låsefilen er større end %2 byte; en lås fra Trygg indeholder én kort linje. Fjern den, og åbn så registret igen</translation>
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
        <translation>%1: i brug af %2 (låsen ser ud til at være efterladt); den kan kun åbnes skrivebeskyttet, indtil vedkommende lukker den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: in use by %2; it can only be opened read-only until they close it</source>
        <translation>%1: i brug af %2; den kan kun åbnes skrivebeskyttet, indtil vedkommende lukker den</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1: could not create the lock file %2 (%3)</source>
        <translation>%1: kunne ikke oprette låsefilen %2 (%3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+57"/>
        <source>%1: could not create the lock file %2</source>
        <translation>%1: kunne ikke oprette låsefilen %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1: could not replace the lock file %2 (%3)</source>
        <translation>%1: kunne ikke erstatte låsefilen %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/model/Clock.cpp" line="+177"/>
        <source>%1=&apos;%2&apos; is not a time Trygg can use: write YYYY-MM-DD or YYYY-MM-DDTHH:MMZ (UTC)</source>
        <translation>%1=»%2« er ikke et tidspunkt, Trygg kan bruge: skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTTT:MMZ (UTC)</translation>
    </message>
    <message>
        <location filename="../core/storage/RowReader.cpp" line="+42"/>
        <source>%1: %2 %3, field &apos;%4&apos; holds no value, but Trygg always writes one; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet »%4« har ingen værdi, men Trygg skriver altid en; filen er ændret af et andet program og åbnes ikke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not one of %6; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet »%4«: »%5« er ikke en af %6; filen er ændret af et andet program og åbnes ikke</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not a whole number; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet »%4«: »%5« er ikke et heltal; filen er ændret af et andet program og åbnes ikke</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+17"/>
        <source>%1: %2 %3, field &apos;%4&apos;: %5 is out of range; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet »%4«: %5 er uden for det tilladte område; filen er ændret af et andet program og åbnes ikke</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not a number; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet »%4«: »%5« er ikke et tal; filen er ændret af et andet program og åbnes ikke</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not a date (YYYY-MM-DD); the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet »%4«: »%5« er ikke en dato (ÅÅÅÅ-MM-DD); filen er ændret af et andet program og åbnes ikke</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not a UTC date and time (YYYY-MM-DDTHH:MMZ); the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, feltet »%4«: »%5« er ikke en dato og et klokkeslæt i UTC (ÅÅÅÅ-MM-DDTTT:MMZ); filen er ændret af et andet program og åbnes ikke</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 (%3), field &apos;%4&apos;: &apos;%5&apos; is not a whole number from %6 to %7; the file was changed by another program and is not opened</source>
        <translation>%1: %2 (%3), feltet »%4«: »%5« er ikke et heltal fra %6 til %7; filen er ændret af et andet program og åbnes ikke</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 holds more than %3 rows for %4, more than Trygg ever writes; the file was changed by another program and is not opened</source>
        <translation>%1: %2 indeholder mere end %3 rækker for %4, flere end Trygg nogensinde skriver; filen er ændret af et andet program og åbnes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/SchemaChecks.cpp" line="+169"/>
        <source>%1 %2, field &apos;%3&apos; holds no value</source>
        <translation>%1 %2, feltet »%3« har ingen værdi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2, field &apos;%3&apos;: &apos;%4&apos; is not one of %5</source>
        <translation>%1 %2, feltet »%3«: »%4« er ikke en af %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2, field &apos;%3&apos;: &apos;%4&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1 %2, feltet »%3«: »%4« er ikke en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1 %2, field &apos;%3&apos;: &apos;%4&apos; is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>%1 %2, feltet »%3«: »%4« er ikke en dato og et klokkeslæt (ÅÅÅÅ-MM-DD TT:MM)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordSql.h" line="+246"/>
        <location line="+13"/>
        <source>%1 must be zero or more</source>
        <translation>%1 skal være nul eller mere</translation>
    </message>
    <message>
        <location filename="../core/storage/SideFiles.cpp" line="+42"/>
        <source>a symbolic link</source>
        <translation>en symbolsk lænke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder</source>
        <translation>en mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device, a pipe or another special file</source>
        <translation>en enhed, en pipe eller en anden særlig fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 lies beside the register. Trygg never makes such a file (it does not use SQLite&apos;s write-ahead log), so another program left it there or someone put it there, and SQLite would read the register through it. Nothing was read or changed. Move %2 away (keep it if you want to find out where it came from), then open the register again.</source>
        <translation>%1: %2 ligger ved siden af registret. Trygg laver aldrig sådan en fil (den bruger ikke SQLites write-ahead-log), så et andet program har efterladt den, eller nogen har lagt den der, og SQLite ville læse registret gennem den. Intet blev læst eller ændret. Flyt %2 væk (gem den, hvis du vil finde ud af, hvor den kom fra), og åbn så registret igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 beside the register is not a journal SQLite made for it (%3); SQLite would read or write the register through it. Nothing was read or changed. Move %2 away, then open the register again.</source>
        <translation>%1: %2 ved siden af registret er ikke en journal, som SQLite har lavet til det (%3); SQLite ville læse eller skrive registret gennem den. Intet blev læst eller ændret. Flyt %2 væk, og åbn så registret igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 beside the register holds an unfinished change that does not belong to this file (%3); rolling it back would damage the register. Nothing was read or changed. Move %2 away (keep it until you know where it came from: another copy of the register, a restored backup, another program), then open the register again.</source>
        <translation>%1: %2 ved siden af registret indeholder en ufærdig ændring, som ikke hører til denne fil (%3); at rulle den tilbage ville beskadige registret. Intet blev læst eller ændret. Flyt %2 væk (gem den, til du ved, hvor den kom fra: en anden kopi af registret, en gendannet sikkerhedskopi, et andet program), og åbn så registret igen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>it does not begin with SQLite&apos;s journal header</source>
        <translation>den begynder ikke med SQLites journalhoved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its header holds sizes SQLite never writes</source>
        <translation>dens hoved angiver størrelser, som SQLite aldrig skriver</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+8"/>
        <source>%1: cannot read the register (%2)</source>
        <translation>%1: kan ikke læse registret (%2)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the register is larger than the %1 MB Trygg can verify a journal against</source>
        <translation>registret er større end de %1 MB, Trygg kan kontrollere en journal mod</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its pages are of %1 bytes, the register&apos;s of %2</source>
        <translation>dens sider er på %1 byte, registrets på %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it describes a file of %1 pages, the register has %2</source>
        <translation>den beskriver en fil på %1 sider, registret har %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+92"/>
        <location line="+4"/>
        <source>%1: cannot read %2 beside it (%3)</source>
        <translation>%1: kan ikke læse %2 ved siden af den (%3)</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>it is larger than the %1 MB Trygg can verify</source>
        <translation>den er større end de %1 MB, Trygg kan kontrollere</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>it was made for another state of the file</source>
        <translation>den blev lavet til en anden tilstand af filen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rolled back, the file would not be a Trygg register</source>
        <translation>rullet tilbage ville filen ikke være et Trygg-register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rolled back, the file would be damaged</source>
        <translation>rullet tilbage ville filen være beskadiget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it belongs to another register</source>
        <translation>den hører til et andet register</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+78"/>
        <source>%1: cannot look at %2 beside it (%3)</source>
        <translation>%1: kan ikke undersøge %2 ved siden af den (%3)</translation>
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
        <translation>den har %1 navne (hårde lænker); at skrive i den ville ændre en anden fil</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1: %2 beside the register, left over from an earlier change, cannot be written by you (%3), so no change could be saved. Nothing was changed. Move %2 away (it holds nothing to roll back), then open the register again.</source>
        <translation>%1: %2 ved siden af registret, efterladt af en tidligere ændring, kan du ikke skrive i (%3), så ingen ændring ville kunne gemmes. Intet blev ændret. Flyt %2 væk (den indeholder intet, der skal rulles tilbage), og åbn så registret igen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: another program has switched the register to SQLite&apos;s write-ahead log, which Trygg never uses (SQLite would read the register through files beside it). Nothing was read or changed. Switch it back with that program (in sqlite3: PRAGMA journal_mode = DELETE), then open the register again.</source>
        <translation>%1: et andet program har skiftet registret over til SQLites write-ahead-log, som Trygg aldrig bruger (SQLite ville læse registret gennem filer ved siden af det). Intet blev læst eller ændret. Skift det tilbage med det program (i sqlite3: PRAGMA journal_mode = DELETE), og åbn så registret igen.</translation>
    </message>
    <message>
        <location filename="../core/platform/SafeFiles.cpp" line="-51"/>
        <source>%1 is a symbolic link: Trygg does not write through a link; give the file&apos;s own path</source>
        <translation>%1 er et symbolsk link: Trygg skriver ikke gennem et link; angiv selve filens sti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder: give the name of a file to write</source>
        <translation>%1 er en mappe: angiv navnet på en fil, der skal skrives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a device, a FIFO or a socket, not a file: Trygg writes only ordinary files</source>
        <translation>%1 er en enhed, en FIFO eller en socket, ikke en fil: Trygg skriver kun almindelige filer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a Trygg register: an export never replaces a register; choose another name</source>
        <translation>%1 er et Trygg-register: en eksport erstatter aldrig et register; vælg et andet navn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a database (SQLite): an export never replaces one; choose another name</source>
        <translation>%1 er en database (SQLite): en eksport erstatter aldrig en database; vælg et andet navn</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot create a private temporary folder in %1: %2</source>
        <translation>kan ikke oprette en privat midlertidig mappe i %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: filen kan ikke læses (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file is larger than %2, the most Trygg reads of %3</source>
        <translation>%1: filen er større end %2, det meste Trygg læser af %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/Xlsx.cpp" line="-80"/>
        <location filename="../core/platform/SafeFiles.cpp" line="+8"/>
        <source>%1: not a plain file (a folder, a pipe or a device); nothing was read</source>
        <translation>%1: ikke en almindelig fil (en mappe, en pipe eller en enhed); intet blev læst</translation>
    </message>
    <message>
        <location filename="../ui/matrix/MatrixEditorDialog.cpp" line="+472"/>
        <source>a matrix definition</source>
        <translation>en matrixdefinition</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportCheck.cpp" line="+74"/>
        <source>cannot make a temporary folder</source>
        <translation>kan ikke oprette en midlertidig mappe</translation>
    </message>
    <message>
        <location filename="../core/model/SystemError.cpp" line="-30"/>
        <source>no such file or folder</source>
        <translation>filen eller mappen findes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>adgang nægtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operation not permitted</source>
        <translation>handlingen er ikke tilladt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file system is read-only</source>
        <translation>filsystemet er skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no space left on the disk</source>
        <translation>der er ikke mere plads på disken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk quota is used up</source>
        <translation>diskkvoten er brugt op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file already exists</source>
        <translation>filen findes allerede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of the path is not a folder</source>
        <translation>en del af stien er ikke en mappe</translation>
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
        <translation>filen er i brug</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <source>the file is locked by another program; try again</source>
        <translation>filen er låst af et andet program; prøv igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input/output error (the disk or network share failed)</source>
        <translation>ind-/uddatafejl (disken eller netværksdrevet svigtede)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file name is too long</source>
        <translation>filnavnet er for langt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many symbolic links in the path</source>
        <translation>for mange symbolske links i stien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many files are open</source>
        <translation>for mange filer er åbne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large</source>
        <translation>filen er for stor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be moved to another disk</source>
        <translation>filen kan ikke flyttes til en anden disk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid argument</source>
        <translation>ugyldigt argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no lock is available (the network share does not support locks)</source>
        <translation>der kan ikke tages en lås (netværksdrevet understøtter ikke låse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network share&apos;s file handle is stale; open the register again</source>
        <translation>netværksdrevets filreference er forældet; åbn registret igen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFont.cpp" line="+134"/>
        <location line="+18"/>
        <source>could not embed the report font in the PDF</source>
        <translation>kunne ikke indlejre rapportens skrifttype i PDF-filen</translation>
    </message>
    <message>
        <location filename="../core/cycle/DueList.cpp" line="-18"/>
        <source>carried over into &apos;%1&apos;, not reassessed: confirm or change its scores</source>
        <translation>overført til »%1«, ikke vurderet igen: bekræft eller ændr dens niveauer og produkt</translation>
    </message>
    <message>
        <location filename="../core/cycle/Rounds.cpp" line="+7"/>
        <source>a round was already started from &apos;%1&apos;</source>
        <translation>der er allerede startet en runde fra »%1«</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a round was already started from &apos;%1&apos;: &apos;%2&apos;</source>
        <translation>der er allerede startet en runde fra »%1«: »%2«</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new round&apos;s date %1 is before the date of the round it starts from, &apos;%2&apos; (%3)</source>
        <translation>den nye rundes dato %1 ligger før datoen for runden den starter fra, »%2« (%3)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+29"/>
        <source>the round the assessment was started from does not exist</source>
        <translation>runden risikovurderingen blev startet fra findes ikke</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the line the risk was carried over from does not exist</source>
        <translation>linjen risikoen blev overført fra findes ikke</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordWrites.cpp" line="+95"/>
        <source>&apos;%1&apos; is a closed round: the next round was started from it, so it stays as it was scored; change the lines and measures of the current round instead</source>
        <translation>»%1« er en afsluttet runde: den næste runde blev startet fra den, så den forbliver som den blev vurderet; ændr i stedet linjerne og tiltagene i den aktuelle runde</translation>
    </message>
    <message>
        <location filename="../core/cycle/DueList.cpp" line="-35"/>
        <source>not scored: enter its probability and consequence</source>
        <translation>ikke vurderet: udfyld sandsynlighed og konsekvens</translation>
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
        <translation>%1 har ingen ejer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no deputy for its system owner</source>
        <translation>%1 har ingen stedfortræder for systemejeren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is %2 and %3 at once (separation of duties)</source>
        <translation>%1 er på samme tid %2 og %3 (funktionsadskillelse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, %3 and %4 at once (separation of duties)</source>
        <translation>%1 er på samme tid %2, %3 og %4 (funktionsadskillelse)</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvImport.cpp" line="-155"/>
        <source>&apos;%1&apos; is not %2 or %3</source>
        <translation>»%1« er ikke %2 eller %3</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterFile.cpp" line="-80"/>
        <source>the register&apos;s reference for the rule &apos;%1&apos;</source>
        <translation>registrets henvisning til reglen »%1«</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+25"/>
        <source>the measure&apos;s completion date</source>
        <translation>datoen for tiltagets udførelse</translation>
    </message>
    <message>
        <location filename="../core/storage/Postgres.cpp" line="-518"/>
        <location line="+474"/>
        <source>%1: saving: a text holds a NUL character, which the server cannot store; nothing was changed</source>
        <translation>%1: lagring: en tekst indeholder et NUL-tegn, som serveren ikke kan gemme; intet blev ændret</translation>
    </message>
    <message>
        <location line="-326"/>
        <location line="+43"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1: kan ikke forbinde: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the server cannot be reached: is it running, and are the host name and port right? (%1)</source>
        <translation>serveren kan ikke nås: kører den, og er værtsnavn og port rigtige? (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server is starting up or shutting down; try again in a moment (%1)</source>
        <translation>serveren er ved at starte eller lukke ned; prøv igen om lidt (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a server address libpq understands (%1)</source>
        <translation>det er ikke en serveradresse, libpq forstår (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server asks for a password and none was given (in the address, ~/.pgpass or PGPASSWORD) (%1)</source>
        <translation>serveren beder om en adgangskode, og ingen blev givet (i adressen, ~/.pgpass eller PGPASSWORD) (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server refused the connection: the user, the password or the database is not accepted (%1)</source>
        <translation>serveren afviste forbindelsen: brugeren, adgangskoden eller databasen godtages ikke (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>looking for others&apos; changes</source>
        <translation>ved søgning efter andres ændringer</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1: saving: a statement of the change failed, so the server rolled it back; nothing was changed</source>
        <translation>%1: lagring: en del af ændringen mislykkedes, så serveren rullede den tilbage; intet blev ændret</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: saving: the server rolled the change back; nothing was changed</source>
        <translation>%1: lagring: serveren rullede ændringen tilbage; intet blev ændret</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the connection to the server was lost while the change was being committed: it may or may not have been saved; connect again and look (%1)</source>
        <translation>forbindelsen til serveren blev afbrudt, mens ændringen blev gemt: den er måske gemt, måske ikke; forbind igen og se efter (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to the server was lost; nothing was changed; connect again to go on (%1)</source>
        <translation>forbindelsen til serveren blev afbrudt; intet blev ændret; forbind igen for at fortsætte (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>another change to the same records came in between; nothing was changed; try again</source>
        <translation>en anden ændring af de samme poster kom imellem; intet blev ændret; prøv igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone else is changing the same records; nothing was changed; try again</source>
        <translation>en anden er ved at ændre de samme poster; intet blev ændret; prøv igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the register is open read-only; nothing was changed</source>
        <translation>registret er åbnet skrivebeskyttet; intet blev ændret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server does not allow this user to do that (%1); nothing was changed</source>
        <translation>serveren tillader ikke denne bruger at gøre det (%1); intet blev ændret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server is out of disk space or memory (%1); nothing was changed</source>
        <translation>serveren mangler diskplads eller hukommelse (%1); intet blev ændret</translation>
    </message>
    <message>
        <location filename="../core/storage/Connect.cpp" line="+85"/>
        <source>%1: this build of Trygg has no PostgreSQL support: open a register file instead</source>
        <translation>%1: denne udgave af Trygg kan ikke bruge PostgreSQL: åbn en registerfil i stedet</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlConnection.cpp" line="+12"/>
        <source>the statement took longer than the time allowed and was stopped; nothing was changed</source>
        <translation>forespørgslen tog længere tid end tilladt og blev stoppet; intet blev ændret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the change breaks a rule of the register&apos;s database (%1); nothing was changed</source>
        <translation>ændringen bryder en regel i registrets database (%1); intet blev ændret</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerRegister.cpp" line="-134"/>
        <source>%1: the database holds a register of a newer version of Trygg (server schema version %2, this program knows up to version %3); it was left untouched</source>
        <translation>%1: databasen indeholder et register fra en nyere version af Trygg (serverskemaversion %2, dette program kender op til version %3); den blev ikke rørt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the database already holds a Trygg register; a register is created only in an empty database; it was left untouched</source>
        <translation>%1: databasen indeholder allerede et Trygg-register; et register oprettes kun i en tom database; den blev ikke rørt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the database already has tables (%2); a register is created only in an empty database; it was left untouched</source>
        <translation>%1: databasen har allerede tabeller (%2); et register oprettes kun i en tom database; den blev ikke rørt</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>%1: the copy from %2 is not sound (%3); no file was made</source>
        <translation>%1: kopien fra %2 er ikke i orden (%3); der blev ikke lavet nogen fil</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the database is empty, not a Trygg register (trygg-cli init creates one)</source>
        <translation>%1: databasen er tom, ikke et Trygg-register (trygg-cli init opretter et)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the register was saved by a newer version of Trygg (server schema version %2, this program reads up to version %3); open it with a newer Trygg</source>
        <translation>%1: registret blev gemt af en nyere version af Trygg (serverskemaversion %2, dette program læser op til version %3); åbn det med en nyere Trygg</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the register must be upgraded to this version of Trygg (server schema version %2), which failed (%3); nothing was changed; the register&apos;s owner can upgrade it by opening it once</source>
        <translation>%1: registret skal opgraderes til denne version af Trygg (serverskemaversion %2), og det mislykkedes (%3); intet blev ændret; registrets ejer kan opgradere det ved at åbne det én gang</translation>
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
        <translation>%1: databasens navn er for langt til rollerne for registrets opgaver (%2 er længere end PostgreSQLs 63 byte); vælg et kortere navn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the role %2 of the register&apos;s duties does not exist, and the register&apos;s owner may not create roles: the server&apos;s administrator creates it (CREATE ROLE %2 NOLOGIN; GRANT %2 TO the owner WITH ADMIN OPTION) or gives the owner CREATEROLE; nothing was changed</source>
        <translation>%1: rollen %2 for registrets opgaver findes ikke, og registrets ejer må ikke oprette roller: serverens administrator opretter den (CREATE ROLE %2 NOLOGIN; GRANT %2 TO ejeren WITH ADMIN OPTION) eller giver ejeren CREATEROLE; intet blev ændret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the register&apos;s owner may not grant the role %2 (it needs it WITH ADMIN OPTION, or CREATEROLE); nothing was changed</source>
        <translation>%1: registrets ejer må ikke tildele rollen %2 (ejeren skal have den WITH ADMIN OPTION eller have CREATEROLE); intet blev ændret</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerGrants.cpp" line="+75"/>
        <source>%1: there is no unit named &apos;%2&apos; (the register has no units)</source>
        <translation>%1: der er ingen enhed med navnet »%2« (registret har ingen enheder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: there is no unit named &apos;%2&apos; (units: %3)</source>
        <translation>%1: der er ingen enhed med navnet »%2« (enheder: %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the register&apos;s server schema has no access by unit yet (it is older than server schema version %2)</source>
        <translation>%1: registrets serverskema har endnu ikke adgang pr. enhed (det er ældre end serverskemaversion %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: only a security officer or the register&apos;s owner may grant or revoke access, and %2 is neither</source>
        <translation>%1: kun en sikkerhedsansvarlig eller registrets ejer må tildele eller fjerne adgang, og %2 er ingen af delene</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: there is no database role &apos;%2&apos; on the server (the server&apos;s administrator makes it: CREATE ROLE %2 LOGIN)</source>
        <translation>%1: der er ingen databaserolle »%2« på serveren (serverens administrator opretter den: CREATE ROLE %2 LOGIN)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; is the group role of a duty; grant a person&apos;s own role</source>
        <translation>%1: »%2« er grupperollen for en opgave; tildel en persons egen rolle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the database user %2 has not been granted access to this register (the security officer grants it: trygg-cli grant)</source>
        <translation>%1: databasebrugeren %2 har ikke fået adgang til dette register (den sikkerhedsansvarlige giver den: trygg-cli grant)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1: there is no person named &apos;%2&apos; in the register</source>
        <translation>%1: der er ingen person med navnet »%2« i registret</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the role &apos;%2&apos; has been granted no access to this register</source>
        <translation>%1: rollen »%2« har ingen adgang til dette register</translation>
    </message>
    <message>
        <location filename="../core/edit/Edit.cpp" line="-2"/>
        <source>someone else</source>
        <translation>en anden</translation>
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
        <translation>»%1« er blevet slettet af %2, siden det blev vist her; intet blev gemt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; was changed by %2 since it was shown here (%3); nothing was saved; it is shown as it is now, to change again if need be</source>
        <translation>»%1« er blevet ændret af %2, siden det blev vist her (%3); intet blev gemt; det vises nu, som det er, så det kan ændres igen om nødvendigt</translation>
    </message>
    <message>
        <location filename="../core/combine/OfflineCopy.cpp" line="+215"/>
        <source>changed in the offline copy and in the register since the copy was made</source>
        <translation>ændret både i offlinekopien og i registret, siden kopien blev lavet</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 has this register&apos;s id but shares none of its audit trail: it is no offline copy of it (trygg-cli copy); combine it as a new section</source>
        <translation>%1 har dette registers id, men deler intet af dets ændringslog: det er ikke en offlinekopi af det (trygg-cli copy); kombiner det som en ny afdeling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new, %2 updated, %3 removed, %4 unchanged, %5 conflicts</source>
        <translation>%1 nye, %2 opdateret, %3 fjernet, %4 uændret, %5 konflikter</translation>
    </message>
</context>
<context>
    <name>trygg::cli</name>
    <message>
        <location filename="../app/cli/CliArguments.cpp" line="+27"/>
        <source>--%1 takes no value</source>
        <translation>--%1 tager ingen værdi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 needs a value</source>
        <translation>--%1 kræver en værdi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown option --%1</source>
        <translation>ukendt tilvalg --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/CliCommands.cpp" line="+517"/>
        <location filename="../app/cli/GrantCommand.cpp" line="+49"/>
        <source>usage: %1</source>
        <translation>brug: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 is required; usage: %2</source>
        <translation>--%1 er påkrævet; brug: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 skal være et heltal fra %2 til %3, ikke »%4«</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="-428"/>
        <source>Usage:</source>
        <translation>Brug:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success, 1 bad input (the message names file, row and field), 2 bad usage.</source>
        <translation>Afslutningskoder: 0 gennemført, 1 fejl i inddata (meddelelsen nævner fil, række og felt), 2 forkert brug.</translation>
    </message>
    <message>
        <location line="+513"/>
        <source>%1: there is no unit named &apos;%2&apos; (the register has no units)</source>
        <translation>%1: der er ingen enhed med navnet »%2« (registret har ingen enheder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: there is no unit named &apos;%2&apos; (units: %3)</source>
        <translation>%1: der er ingen enhed med navnet »%2« (enheder: %3)</translation>
    </message>
    <message>
        <location line="-496"/>
        <location line="+210"/>
        <source>unknown preset &apos;%1&apos;: choose %2</source>
        <translation>ukendt forudindstilling »%1«: vælg %2</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>a matrix definition</source>
        <translation>en matrixdefinition</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>created %1: register &apos;%2&apos; with the %3 matrix</source>
        <translation>oprettede %1: registret »%2« med %3-matricen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>copy goes from a register file to a server (postgresql://...) or from a server to a new file</source>
        <translation>copy går fra en registerfil til en server (postgresql://...) eller fra en server til en ny fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copied %1 to %2</source>
        <translation>kopierede %1 til %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import what? &apos;%1&apos; is neither assets nor risks; usage: %2</source>
        <translation>importere hvad? »%1« er hverken assets eller risks; brug: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../app/cli/RoundCommands.cpp" line="+169"/>
        <source>this trygg-cli was built without Qt and cannot print reports</source>
        <translation>denne trygg-cli er bygget uden Qt og kan ikke udskrive rapporter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export what? &apos;%1&apos; is not risks, assets or plan; usage: %2</source>
        <translation>eksportere hvad? »%1« er ikke risks, assets eller plan; brug: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>format &apos;%1&apos; is not supported: use --format csv or xlsx (tables), pdf or html (reports)</source>
        <translation>formatet »%1« understøttes ikke: brug --format csv eller xlsx (tabeller), pdf eller html (rapporter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format xlsx needs --output OUT (a workbook is not written to the terminal)</source>
        <translation>--format xlsx kræver --output UD (en projektmappe skrives ikke til terminalen)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>exported the current matrix of %1 to %2</source>
        <translation>eksporterede den gældende matrix i %1 til %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>imported %1 into %2: matrix version %3 (%4 x %5, %6) is now current for new assessments; %7</source>
        <translation>importerede %1 i %2: matrixversion %3 (%4 x %5, %6) gælder nu for nye vurderinger; %7</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n zone</source>
        <comment>%n zones</comment>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n assessment keeps its earlier matrix</source>
        <comment>%n assessments keep their earlier matrix</comment>
        <translation>
            <numerusform>%n vurdering beholder sin tidligere matrix</numerusform>
            <numerusform>%n vurderinger beholder deres tidligere matrix</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--export and --import go alone; usage: %1</source>
        <translation>--export og --import bruges alene; brug: %1</translation>
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
        <translation>restrisiko efter tiltag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>current risk</source>
        <translation>nuværende risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit %1</source>
        <translation>enhed %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all units</source>
        <translation>alle enheder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>error: </source>
        <translation>fejl: </translation>
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
            <numerusform>%n fejl</numerusform>
            <numerusform>%n fejl</numerusform>
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
        <translation>%1: %2 enheder, %3 personer, %4 informationsaktiver, %5 vurderinger, %6 risici, %7 tiltag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added to %1</source>
        <translation>tilføjede til %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+230"/>
        <source>created %1</source>
        <translation>oprettede %1</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>create</source>
        <translation>oprettet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edit</source>
        <translation>ændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>slettet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import</source>
        <translation>importeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trail chain started</source>
        <translation>loggens kæde startet</translation>
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
        <translation>formatet »%1« understøttes ikke: brug --format text eller --format csv</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>--since &apos;%1&apos; is not a valid date; write it as YYYY-MM-DD, e.g. 2026-01-31</source>
        <translation>--since »%1« er ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, f.eks. 2026-01-31</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>cannot write to standard output (is the disk full, or the reader gone?); what was written is incomplete</source>
        <translation>kan ikke skrive til standard output (er disken fuld, eller er modtageren væk?); det skrevne er ufuldstændigt</translation>
    </message>
    <message>
        <location line="-342"/>
        <location line="+73"/>
        <source>review</source>
        <translation>gennemgang</translation>
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
        <translation>accept</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>approval</source>
        <translation>godkendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notification</source>
        <translation>anmeldelse</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>exception</source>
        <translation>fravigelse</translation>
    </message>
    <message>
        <location line="-91"/>
        <location filename="../app/cli/CycleCommands.cpp" line="+57"/>
        <source>assessment</source>
        <translation>risikovurdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/CycleCommands.cpp" line="-2"/>
        <source>asset</source>
        <translation>informationsaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/CycleCommands.cpp" line="+4"/>
        <source>measure</source>
        <translation>tiltag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location filename="../app/cli/CycleCommands.cpp" line="+1"/>
        <source>policy</source>
        <translation>politik</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>unit</source>
        <translation>enhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk</source>
        <translation>risiko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident</source>
        <translation>hændelse</translation>
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
        <translation>%1 pr. %2: %3 overskredet, %4 forfalder inden for %5</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day</source>
        <comment>%n days</comment>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue:</source>
        <translation>Overskredet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon:</source>
        <translation>Forfalder snart:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>resolved: removed, as in the section</source>
        <translation>løst: slettet, som i afdelingens register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: the section&apos;s version taken</source>
        <translation>løst: afdelingens version overtaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: the combined register&apos;s version kept</source>
        <translation>løst: det kombinerede registers version beholdt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved: kept in the combined register</source>
        <translation>løst: beholdt i det kombinerede register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: both kept, the section&apos;s as a separate object</source>
        <translation>løst: begge beholdt, afdelingens som et selvstændigt objekt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--as-new-section %1 is not one of the registers to combine; usage: %2</source>
        <translation>--as-new-section %1 er ikke et af de registre, der skal kombineres; brug: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 from %2: %3 new, %4 updated, %5 unchanged, %6</source>
        <translation>%1 fra %2: nye: %3, opdaterede: %4, uændrede: %5, %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1</source>
        <translation>opdaterede %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>--resolve &apos;%1&apos;: choose section, combined or both; usage: %2</source>
        <translation>--resolve »%1«: vælg section, combined eller both; brug: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n section</source>
        <comment>%n sections</comment>
        <translation>
            <numerusform>%n afdeling</numerusform>
            <numerusform>%n afdelinger</numerusform>
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
            <numerusform>%n objekt fjernet: afdelingen har det ikke længere</numerusform>
            <numerusform>%n objekter fjernet: afdelingerne har dem ikke længere</numerusform>
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
        <translation> (produkt %1 i afdelingens register, %2 i det kombinerede register)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (score %1 in the combined register)</source>
        <translation> (produkt %1 i det kombinerede register)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>ukendt kommando »%1«</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected error: %1</source>
        <translation>uventet fejl: %1</translation>
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
        <translation>Sandsynlighed</translation>
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
        <translation>Zoner:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risks: %1</source>
        <translation>Risici: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without residual values is shown at its current place</source>
        <comment>%n without residual values are shown at their current place</comment>
        <translation>
            <numerusform>%n uden restværdier vises på sin nuværende plads</numerusform>
            <numerusform>%n uden restværdier vises på deres nuværende plads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n scored on other scales is not shown</source>
        <comment>%n scored on other scales are not shown</comment>
        <translation>
            <numerusform>%n vurderet på andre skalaer vises ikke</numerusform>
            <numerusform>%n vurderet på andre skalaer vises ikke</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+75"/>
        <source>%1: there is no unit named &apos;%2&apos;</source>
        <translation>%1: der er ingen enhed med navnet »%2«</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: there is no assessment named &apos;%2&apos; in unit &apos;%3&apos;</source>
        <translation>%1: der er ingen vurdering med navnet »%2« i enheden »%3«</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: there is no assessment named &apos;%2&apos;</source>
        <translation>%1: der er ingen vurdering med navnet »%2«</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 assessments are named &apos;%3&apos; (units: %4): add --unit NAME</source>
        <translation>%1: %2 vurderinger hedder »%3« (enheder: %4): tilføj --unit NAVN</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>&apos;%1&apos; has no printed report: choose plan, form, matrix, assets or review; usage: %2</source>
        <translation>»%1« har ingen udskrevet rapport: vælg plan, form, matrix, assets eller review; brug: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/RoundCommands.cpp" line="-69"/>
        <source>a PDF needs --output FILE; usage: %1</source>
        <translation>en PDF kræver --output FIL; brug: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--all-units makes one report per unit: it takes no --unit or --assessment, and no form or review</source>
        <translation>--all-units laver én rapport pr. enhed: den tager ikke --unit eller --assessment, og ikke form eller review</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+41"/>
        <source>unknown language &apos;%1&apos;: choose da, nb, sv or en</source>
        <translation>ukendt sprog »%1«: vælg da, nb, sv eller en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--all-units needs --output DIR</source>
        <translation>--all-units kræver --output MAPPE</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the form is printed for one assessment: add --assessment NAME</source>
        <translation>skemaet udskrives for én vurdering: tilføj --assessment NAVN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot create the folder: %2</source>
        <translation>%1: kan ikke oprette mappen: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unit &apos;%1&apos;: the report %2 was not written: %3</source>
        <translation>enhed »%1«: rapporten %2 blev ikke skrevet: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 unit reports could not be written (see above)</source>
        <translation>%1 af %2 enhedsrapporter kunne ikke skrives (se ovenfor)</translation>
    </message>
    <message>
        <location filename="../app/cli/CycleCommands.cpp" line="-26"/>
        <source>--%1 must not be empty</source>
        <translation>--%1 må ikke være tom</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/RoundCommands.cpp" line="-111"/>
        <source>--%1 &apos;%2&apos; is not a valid date; write it as YYYY-MM-DD, e.g. 2026-01-31</source>
        <translation>--%1 »%2« er ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, f.eks. 2026-01-31</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: there is no %2 named &apos;%3&apos; in unit %4</source>
        <translation>%1: der er ingen %2 med navnet »%3« i enheden %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: there is no %2 named &apos;%3&apos;</source>
        <translation>%1: der er ingen %2 med navnet »%3«</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 &apos;%3&apos; is ambiguous: there is one in each of %4; choose one with --unit</source>
        <translation>%1: %2 »%3« er flertydig: der er en i hver af %4; vælg med --unit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no unit)</source>
        <translation>(ingen enhed)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>approve what? &apos;%1&apos; is neither plan nor assessment; usage: %2</source>
        <translation>godkende hvad? »%1« er hverken plan eller assessment; brug: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--assessment goes with approve assessment; usage: %1</source>
        <translation>--assessment hører til approve assessment; brug: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>assessment &apos;%1&apos;</source>
        <translation>risikovurderingen »%1«</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the action plan of %1</source>
        <translation>handlingsplanen for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the action plan of the whole register</source>
        <translation>handlingsplanen for hele registret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: approved %2 by %3 on %4</source>
        <translation>%1: %2 godkendt af %3 den %4</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: accepted the residual risk of risk %2 &apos;%3&apos; by %4 on %5, until %6</source>
        <translation>%1: restrisikoen for risiko %2 »%3« accepteret af %4 den %5, indtil %6</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>review what? &apos;%1&apos; is not asset, assessment, measure or document; usage: %2</source>
        <translation>gennemgå hvad? »%1« er ikke asset, assessment, measure eller document; brug: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: recorded a review of %2 &apos;%3&apos; by %4 on %5</source>
        <translation>%1: registreret en gennemgang af %2 »%3« udført af %4 den %5</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="-48"/>
        <source>--open-only is for the plan: it leaves out measures done or cancelled</source>
        <translation>--open-only gælder handlingsplanen: den udelader udførte og annullerede tiltag</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="-238"/>
        <source>reassessment</source>
        <translation>ny vurdering</translation>
    </message>
    <message>
        <location filename="../app/cli/RoundCommands.cpp" line="+11"/>
        <source>%1: --%2: there is no round named &apos;%3&apos; in unit %4 (an assessment&apos;s name or a year)</source>
        <translation>%1: --%2: der er ingen runde med navnet »%3« i enhed %4 (en risikovurderings navn eller et år)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: --%2: there is no round named &apos;%3&apos; (an assessment&apos;s name or a year)</source>
        <translation>%1: --%2: der er ingen runde med navnet »%3« (en risikovurderings navn eller et år)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--%1 must not be empty</source>
        <comment>name</comment>
        <translation>--%1 må ikke være tom</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: --from: there is no assessment named &apos;%2&apos; in unit %3</source>
        <translation>%1: --from: der er ingen risikovurdering med navnet »%2« i enhed %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unit %2 has no assessment to start the next round from</source>
        <translation>%1: enhed %2 har ingen risikovurdering at starte næste runde fra</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: --assessor: there is no person named &apos;%2&apos;</source>
        <translation>%1: --assessor: der er ingen person med navnet »%2«</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: started round &apos;%2&apos; of %3 from &apos;%4&apos;: %5 carried over (not reassessed), %6 came along; &apos;%4&apos; is closed</source>
        <translation>%1: startede runde »%2« for %3 fra »%4«: %5 overført (ikke vurderet igen), %6 fulgte med; »%4« er afsluttet</translation>
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
            <numerusform>%n åbent tiltag</numerusform>
            <numerusform>%n åbne tiltag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>format &apos;%1&apos; is not supported: use --format text, csv, html or pdf; usage: %2</source>
        <translation>formatet »%1« understøttes ikke: brug --format text, csv, html eller pdf; brug: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: there is no asset named &apos;%2&apos;</source>
        <translation>%1: der er intet informationsaktiv med navnet »%2«</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 -&gt; %2: %3 new, %4 removed, %5 higher, %6 lower, %7 unchanged</source>
        <translation>%1 -&gt; %2: %3 nye, %4 fjernet, %5 højere, %6 lavere, %7 uændrede</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Measures completed between them: %1</source>
        <translation>Tiltag gennemført mellem dem: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures still open: %1, of them overdue: %2</source>
        <translation>Tiltag der stadig er åbne: %1, heraf overskredet: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Trend of %1 (zones from the most severe: %2)</source>
        <translation>Udviklingen i %1 (zoner fra den alvorligste: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trend of the whole register (zones from the most severe: %1)</source>
        <translation>Udviklingen i hele registret (zoner fra den alvorligste: %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 risks (%2; residual %3), %4 above the line of which %5 accepted, measures %6 done and %7 overdue, %8 incidents</source>
        <translation>%1 risici (%2; restrisiko %3), %4 over acceptgrænsen, heraf %5 accepteret, tiltag %6 udført og %7 overskredet, %8 hændelser</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="+1"/>
        <source>not scored</source>
        <translation>ikke vurderet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/MatrixText.cpp" line="+3"/>
        <source>%n not scored yet is not shown</source>
        <comment>%n not scored yet are not shown</comment>
        <translation>
            <numerusform>%n, der endnu ikke er vurderet, vises ikke</numerusform>
            <numerusform>%n, der endnu ikke er vurderet, vises ikke</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="-245"/>
        <source>--language &apos;%1&apos; is not da, nb, sv or en</source>
        <translation>--language »%1« er ikke da, nb, sv eller en</translation>
    </message>
    <message>
        <location filename="../app/cli/GrantCommand.cpp" line="-16"/>
        <source>units: %1</source>
        <translation>enheder: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every unit</source>
        <translation>alle enheder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no units</source>
        <translation>ingen enheder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person: %1</source>
        <translation>person: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>grant is for a register on a server (postgresql://...): a register file is everyone&apos;s who may open it</source>
        <translation>grant gælder et register på en server (postgresql://...): en registerfil er alles, der må åbne den</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--list takes only the register&apos;s address; usage: %1</source>
        <translation>--list tager kun registrets adresse; brug: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no role has been granted access yet</source>
        <translation>%1: ingen rolle har fået adgang endnu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give either --duty or --revoke; usage: %1</source>
        <translation>angiv enten --duty eller --revoke; brug: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--person goes with --duty, not --revoke</source>
        <translation>--person hører til --duty, ikke --revoke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: revoked every access of %2</source>
        <translation>%1: al adgang for %2 er fjernet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: revoked %2&apos;s access to %3</source>
        <translation>%1: adgangen for %2 til %3 er fjernet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown duty &apos;%1&apos;: choose %2</source>
        <translation>ukendt opgave »%1«: vælg %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a section leader needs the units they lead: add --unit NAME</source>
        <translation>en afdelingsleder skal have de enheder, vedkommende leder: tilføj --unit NAVN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--unit is for a section leader or a reader; %1 reads every unit</source>
        <translation>--unit gælder en afdelingsleder eller en læser; %1 læser alle enheder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: granted %2</source>
        <translation>%1: tildelt %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+15"/>
        <source>Password for %1: </source>
        <translation>Adgangskode til %1: </translation>
    </message>
</context>
<context>
    <name>trygg::ui::ActionPlanModel</name>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+345"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+262"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>The deadline %1 has passed.</source>
        <translation>Fristen %1 er overskredet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon: the deadline is %1.</source>
        <translation>Fristen nærmer sig: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deadline set.</source>
        <translation>Ingen frist sat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This measure treats no risk.</source>
        <translation>Tiltaget behandler ingen risiko.</translation>
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
        <translation>Tiltag</translation>
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
        <translation>Omkostning</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Top score</source>
        <translation>Højeste produkt</translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-13"/>
        <location filename="../core/exchange/CsvExport.cpp" line="+4"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/exchange/CsvExport.cpp" line="+1"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Assessment</source>
        <translation>Risikovurdering</translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+6"/>
        <source>Place in the action plan: measures for the most urgent risks first</source>
        <translation>Plads i handlingsplanen: tiltag for de mest presserende risici først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is done</source>
        <translation>Hvad der gøres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is responsible</source>
        <translation>Hvem der er ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when it is done</source>
        <translation>Hvornår det skal være gjort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnel resources, in hours</source>
        <translation>Personaleressourcer i timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic resources</source>
        <translation>Økonomiske ressourcer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the measure is followed up</source>
        <translation>Hvordan der følges op på tiltaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many risks the measure treats</source>
        <translation>Hvor mange risici tiltaget behandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score (probability x consequence) of the most urgent risk it treats</source>
        <translation>Produkt (sandsynlighed x konsekvens) for den mest presserende risiko, tiltaget behandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance zone of the most urgent risk it treats</source>
        <translation>Acceptzone for den mest presserende risiko, tiltaget behandler</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1: not scored</source>
        <translation>%1: ikke vurderet</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ActionPlanView</name>
    <message>
        <location filename="../ui/plan/ActionPlanView.cpp" line="+55"/>
        <source>&amp;New measure...</source>
        <translation>&amp;Nyt tiltag...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Rediger...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History...</source>
        <translation>&amp;Historik...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the measures of one unit</source>
        <translation>Vis tiltagene for én enhed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the measures one person is responsible for</source>
        <translation>Vis de tiltag, én person er ansvarlig for</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done</source>
        <translation>Ikke udført</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show measures by status</source>
        <translation>Vis tiltag efter status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All deadlines</source>
        <translation>Alle frister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 30 days</source>
        <translation>Frist inden for 30 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show measures whose deadline has passed or is near</source>
        <translation>Vis tiltag, hvis frist er overskredet eller nær</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search measures</source>
        <translation>Søg i tiltag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show measures whose text or follow-up contains this</source>
        <translation>Vis tiltag, hvis tekst eller opfølgning indeholder dette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit:</source>
        <translation>Enhed:</translation>
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
        <translation>Klik for at sortere; højreklik for at vælge kolonner</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+302"/>
        <source>Add a measure to the action plan</source>
        <translation>Tilføj et tiltag til handlingsplanen</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Edit the selected measure and the risks it treats</source>
        <translation>Rediger det valgte tiltag og de risici, det behandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected measures</source>
        <translation>Slet de valgte tiltag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the selected measure, when, and what</source>
        <translation>Hvem der ændrede det valgte tiltag, hvornår og hvad</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All units</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Delete the measure &quot;%1&quot; from the action plan?</source>
        <translation>Slet tiltaget »%1« fra handlingsplanen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n measures from the action plan?</source>
        <translation>
            <numerusform>Slet %n tiltag fra handlingsplanen?</numerusform>
            <numerusform>Slet %n tiltag fra handlingsplanen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete measures</source>
        <translation>Slet tiltag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The risks they treat stay in their assessments. Undo brings the measures back.</source>
        <translation>De risici, tiltagene behandler, bliver i deres risikovurderinger. Fortryd henter tiltagene tilbage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A measure belongs to a risk assessment: create an assessment first</source>
        <translation>Et tiltag hører til en risikovurdering: opret først en risikovurdering</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1; %2; total %3 hours, cost %4</source>
        <translation>%1; %2; i alt %3 timer, omkostning %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n tiltag</numerusform>
            <numerusform>%n tiltag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n med overskredet frist</numerusform>
            <numerusform>%n med overskredet frist</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(filtered from %1)</source>
        <translation>(filtreret fra %1)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::AssetEditorDialog</name>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+74"/>
        <source>Not classified</source>
        <translation>Ikke klassificeret</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Asset %1</source>
        <translation>Informationsaktiv %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New asset</source>
        <translation>Nyt informationsaktiv</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Asset</source>
        <translation>Informationsaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personoplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Klassifikation</translation>
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
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+29"/>
        <source>Required, for example &quot;Fagsystem barnevern&quot;</source>
        <translation>Skal udfyldes, f.eks. »Fagsystem for børn og unge«</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose, or type a new name</source>
        <translation>Vælg, eller skriv et nyt navn</translation>
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
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Owner:</source>
        <translation>E&amp;jer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Deputy:</source>
        <translation>&amp;Stedfortræder:</translation>
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
        <translation>Type af &amp;oplysninger:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>O&amp;perator or supplier:</source>
        <translation>Driftsoperatør eller &amp;leverandør:</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+15"/>
        <source>Not known</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The law or consent the processing rests on (hjemmel)</source>
        <translation>Den lov eller det samtykke, behandlingen hviler på (hjemmel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notified to or licensed by the authority, and when</source>
        <translation>Anmeldt til eller tilladt af myndigheden, og hvornår</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-5"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+5"/>
        <source>&amp;Personal data:</source>
        <translation>&amp;Personoplysninger:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>Number of p&amp;ersons registered:</source>
        <translation>Antal &amp;registrerede personer:</translation>
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
        <translation>Anmeldelse eller &amp;tilladelse:</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+5"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+25"/>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Fortrolighed:</translation>
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
        <translation>&amp;Tilgængelighed:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Document classification:</source>
        <translation>&amp;Dokumentklassifikation:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+14"/>
        <source>&amp;Safeguards:</source>
        <translation>&amp;Sikringsforanstaltninger:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>S&amp;torage and communication:</source>
        <translation>&amp;Opbevaring og kommunikation:</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>A&amp;rchiving and deletion decision:</source>
        <translation>Beslutning om &amp;arkivering og sletning:</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+18"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New unit...</source>
        <translation>Ny enhed...</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The register is open read-only; changes cannot be saved.</source>
        <translation>Registret er åbnet skrivebeskyttet; ændringer kan ikke gemmes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New unit</source>
        <translation>Ny enhed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new unit:</source>
        <translation>Navn på den nye enhed:</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>System owner or information owner. A new name is added to the register&apos;s people.</source>
        <translation>Systemejer eller informationsejer. Et nyt navn tilføjes til registrets personer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy of the system owner. A new name is added to the register&apos;s people.</source>
        <translation>Systemejerens stedfortræder. Et nyt navn tilføjes til registrets personer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The type of information the asset holds</source>
        <translation>Den type oplysninger, informationsaktivet indeholder</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A data processing agreement with the operator is in place</source>
        <translation>Der er indgået en databehandleraftale med driftsoperatøren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Levels from 0 (lowest) to 4 (highest): how much harm a breach of each would do.</source>
        <translation>Niveauer fra 0 (lavest) til 4 (højest): hvor stor skade et brud på hver af dem vil gøre.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::AssetTableModel</name>
    <message>
        <location filename="../ui/assets/AssetTableModel.cpp" line="+52"/>
        <source>Owner and deputy are the same person</source>
        <translation>Ejer og stedfortræder er samme person</translation>
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
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personoplysninger</translation>
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
        <translation>F</translation>
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
        <translation>Klassifikation</translation>
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
        <translation>Informationsaktivets navn (F2 omdøber det; dobbeltklik åbner redigering)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of persons registered</source>
        <translation>Antal registrerede personer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidentiality, 0-4</source>
        <translation>Fortrolighed, 0-4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity, 0-4</source>
        <translation>Integritet, 0-4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability, 0-4</source>
        <translation>Tilgængelighed, 0-4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document classification, for example %1 or %2</source>
        <translation>Dokumentklassifikation, f.eks. %1 eller %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator or supplier</source>
        <translation>Driftsoperatør eller leverandør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the register lacks for this asset</source>
        <translation>Hvad registret mangler for dette informationsaktiv</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>No owner</source>
        <translation>Ingen ejer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deputy for the system owner</source>
        <translation>Ingen stedfortræder for systemejeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is system owner, IT security leader and IT-responsible at once (separation of duties)</source>
        <translation>%1 er på samme tid systemejer, it-sikkerhedsleder og it-ansvarlig (funktionsadskillelse)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is system owner and IT security leader at once (separation of duties)</source>
        <translation>%1 er på samme tid systemejer og it-sikkerhedsleder (funktionsadskillelse)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is system owner and IT-responsible at once (separation of duties)</source>
        <translation>%1 er på samme tid systemejer og it-ansvarlig (funktionsadskillelse)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>System owner or information owner</source>
        <translation>Systemejer eller informationsejer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy of the system owner</source>
        <translation>Systemejerens stedfortræder</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-7"/>
        <location filename="../ui/assets/AssetTableModel.cpp" line="+2"/>
        <source>Data processing agreement with the operator</source>
        <translation>Databehandleraftale med driftsoperatøren</translation>
    </message>
</context>
<context>
    <name>trygg::ui::AssetsView</name>
    <message>
        <location filename="../ui/assets/AssetsView.cpp" line="+78"/>
        <source>&amp;New asset...</source>
        <translation>&amp;Nyt informationsaktiv...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an asset to the register</source>
        <translation>Tilføj et informationsaktiv til registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Rediger...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit every field of the selected asset (Enter)</source>
        <translation>Rediger alle felter i det valgte informationsaktiv (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+207"/>
        <source>Delete the selected asset (Del)</source>
        <translation>Slet det valgte informationsaktiv (Del)</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>&amp;History...</source>
        <translation>&amp;Historik...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the selected asset, when, and what</source>
        <translation>Hvem der ændrede det valgte informationsaktiv, hvornår og hvad</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Search assets</source>
        <translation>Søg i informationsaktiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds the text in name, purpose, type of information, operator and notes</source>
        <translation>Finder teksten i navn, formål, type af oplysninger, driftsoperatør og noter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the assets of one unit</source>
        <translation>Vis informationsaktiverne for én enhed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the assets of one owner</source>
        <translation>Vis informationsaktiverne for én ejer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show one type of asset</source>
        <translation>Vis én type informationsaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the assets with this level of personal data</source>
        <translation>Vis informationsaktiver med dette niveau af personoplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any personal data</source>
        <translation>Personoplysninger: alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data: %1</source>
        <translation>Personoplysninger: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only with &amp;warnings</source>
        <translation>Kun med &amp;advarsler</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All units</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All owners</source>
        <translation>Alle ejere</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 assets; %3 with warnings</source>
        <translation>%1 af %2 informationsaktiver; %3 med advarsler</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Delete asset</source>
        <translation>Slet informationsaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the asset &quot;%1&quot; from the register?

Risk lines about it keep their text without an asset. Undo brings the asset back.</source>
        <translation>Slet informationsaktivet »%1« fra registret?

Risikolinjer om det beholder deres tekst uden informationsaktiv. Fortryd henter informationsaktivet tilbage.</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Assets without owner or deputy, or whose owner holds roles that are to be kept apart</source>
        <translation>Informationsaktiver uden ejer eller stedfortræder, eller hvis ejer har roller, der skal holdes adskilt</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The server lets you change only the assets of your own units</source>
        <translation>Serveren lader dig kun ændre informationsaktiverne i dine egne enheder</translation>
    </message>
</context>
<context>
    <name>trygg::ui::CellRiskModel</name>
    <message>
        <location filename="../ui/matrix/CellRiskModel.cpp" line="+133"/>
        <source>%1 (entered %2)</source>
        <translation>%1 (indtastet %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No residual risk assessed yet: the current risk is shown.</source>
        <translation>Restrisikoen er ikke vurderet endnu: den nuværende risiko vises.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered as %1, raised one level because many people are affected.</source>
        <translation>Indtastet som %1, hævet ét niveau, fordi mange personer berøres.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Place in the prioritised list of the chosen unit and assessment</source>
        <translation>Plads i den prioriterede liste for den valgte enhed og risikovurdering</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can happen</source>
        <translation>Hvad kan ske</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Risikovurdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Informationsaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual
probability</source>
        <translation>Rest-
sandsynlighed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability</source>
        <translation>Sandsynlighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual
consequence</source>
        <translation>Rest-
konsekvens</translation>
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
        <translation>Rest-
produkt</translation>
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
        <translation>Rest-
zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Raised one level when many people are affected</source>
        <translation>Hævet ét niveau, når mange personer berøres</translation>
    </message>
</context>
<context>
    <name>trygg::ui::CombineConflictsDialog</name>
    <message>
        <location filename="../ui/combine/CombineConflictsDialog.cpp" line="+25"/>
        <source>Removed, as in the section</source>
        <translation>Slettet, som i afdelingens register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section&apos;s version taken</source>
        <translation>Afdelingens version overtaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This register&apos;s version kept</source>
        <translation>Dette registers version beholdt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in this register</source>
        <translation>Beholdt i dette register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both kept, the section&apos;s as a separate object</source>
        <translation>Begge beholdt, afdelingens som et selvstændigt objekt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Take the &amp;section&apos;s</source>
        <translation>Overtag &amp;afdelingens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep this register&apos;s</source>
        <translation>&amp;Behold dette registers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;both</source>
        <translation>Behold &amp;begge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combine registers: conflicts</source>
        <translation>Kombiner registre: konflikter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These objects differ between the sections and this register and were not overwritten. Choose for each what this register keeps; the choice is remembered for the next combine.</source>
        <translation>Disse objekter er forskellige i afdelingernes registre og i dette register og blev ikke overskrevet. Vælg for hvert, hvad dette register beholder; valget huskes til næste kombinering.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score (section / here)</source>
        <translation>Produkt (afdeling / her)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overwrite this register&apos;s object with the section&apos;s version (a removal in the section removes it here)</source>
        <translation>Overskriv dette registers objekt med afdelingens version (slettet i afdelingens register slettes det også her)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this register&apos;s object as it is</source>
        <translation>Behold dette registers objekt, som det er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this register&apos;s object and add the section&apos;s version as an object of its own</source>
        <translation>Behold dette registers objekt, og tilføj afdelingens version som et selvstændigt objekt</translation>
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
        <translation>Skriv en dato (f.eks. %1) eller vælg den med F4; tom for ingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a date (e.g. %1) or pick it with F4</source>
        <translation>Skriv en dato (f.eks. %1) eller vælg den med F4</translation>
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
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Vedrører</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Whole register</source>
        <translation>Hele registret</translation>
    </message>
</context>
<context>
    <name>trygg::ui::DueView</name>
    <message>
        <location filename="../ui/cycle/DueView.cpp" line="+79"/>
        <source>Record &amp;review...</source>
        <translation>Registrér &amp;gennemgang...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Accept risk...</source>
        <translation>&amp;Acceptér risiko...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve a&amp;gain...</source>
        <translation>Godkend &amp;igen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve action &amp;plan...</source>
        <translation>Godkend &amp;handlingsplan...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review r&amp;ules...</source>
        <translation>&amp;Regler for gennemgang...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add policy &amp;document...</source>
        <translation>Tilføj &amp;styringsdokument...</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Forfalder inden for %n dag</numerusform>
            <numerusform>Forfalder inden for %n dage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The object was looked through: its next review is counted from today</source>
        <translation>Objektet er gennemgået: næste gennemgang regnes fra i dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management accepts the residual risk until a date</source>
        <translation>Ledelsen accepterer restrisikoen indtil en dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management approves the plan or assessment as it is now</source>
        <translation>Ledelsen godkender planen eller risikovurderingen, som den er nu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A policy, instruction or guideline revised on the policy documents&apos; review rule</source>
        <translation>En politik, instruks eller retningslinje, der revideres efter reglen for gennemgang af styringsdokumenter</translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overskredet</numerusform>
            <numerusform>%n overskredne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due within %1 days</source>
        <translation>
            <numerusform>%n forfalder inden for %1 dage</numerusform>
            <numerusform>%n forfalder inden for %1 dage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The whole register</source>
        <translation>Hele registret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approve action plan</source>
        <translation>Godkend handlingsplan</translation>
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
        <translation>Tilføj styringsdokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the document (e.g. &quot;Informasjonssikkerhetspolicy&quot;):</source>
        <translation>Dokumentets navn (f.eks. »Informationssikkerhedspolitik«):</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue and due soon</source>
        <translation>Overskredet og forfalder snart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Forfalder snart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show one kind of task only</source>
        <translation>Vis kun én type opgave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one unit&apos;s tasks only, or the whole register&apos;s</source>
        <translation>Vis kun én enheds opgaver, eller hele registrets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what is overdue, or what falls due soon</source>
        <translation>Vis det, der er overskredet, eller det, der forfalder snart</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>All units</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole register</source>
        <translation>Hele registret</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Nothing matches the filter. %n task(s) are hidden by it.</source>
        <translation>
            <numerusform>Intet passer til filteret. %n opgave er skjult af det.</numerusform>
            <numerusform>Intet passer til filteret. %n opgaver er skjult af det.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing is overdue and nothing falls due within %n day(s). The list covers reviews of assessments, assets, measures and policy documents; measure deadlines; risks above the acceptance line that need a measure or management&apos;s acceptance; risk lines not scored yet; residual risks to score or accept; acceptances that run out; approvals outdated by a change; personal data breaches to report; and exceptions that run out.</source>
        <translation>
            <numerusform>Intet er overskredet, og intet forfalder inden for %n dag. Listen dækker gennemgange af vurderinger, informationsaktiver, tiltag og styringsdokumenter; frister for tiltag; risici over acceptgrænsen, der kræver et tiltag eller ledelsens accept; risikolinjer, der endnu ikke har fået et produkt; restrisiko, der skal have et produkt eller accepteres; accepter, der udløber; godkendelser, der er forældet af en ændring; brud på persondatasikkerheden, der skal anmeldes; og fravigelser, der udløber.</numerusform>
            <numerusform>Intet er overskredet, og intet forfalder inden for %n dage. Listen dækker gennemgange af vurderinger, informationsaktiver, tiltag og styringsdokumenter; frister for tiltag; risici over acceptgrænsen, der kræver et tiltag eller ledelsens accept; risikolinjer, der endnu ikke har fået et produkt; restrisiko, der skal have et produkt eller accepteres; accepter, der udløber; godkendelser, der er forældet af en ændring; brud på persondatasikkerheden, der skal anmeldes; og fravigelser, der udløber.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+92"/>
        <source>whole register</source>
        <translation>hele registret</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>score %1 (%2 × %3), zone %4</source>
        <translation>produkt %1 (%2 × %3), zone %4</translation>
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
        <translation>Kassér ændringer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Throw away the changes made in this dialog?</source>
        <translation>Kassere ændringerne i denne dialog?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Fortsæt med at redigere</translation>
    </message>
</context>
<context>
    <name>trygg::ui::EmptyPageHints</name>
    <message>
        <location filename="../ui/help/EmptyPageHints.cpp" line="+27"/>
        <source>No assets yet. Start with your section&apos;s IT systems, files and registers: press New asset, or bring them in from a spreadsheet or KITOS with File &gt; Import assets or risks. F1 opens the guide.</source>
        <translation>Ingen informationsaktiver endnu. Begynd med afdelingens it-systemer, filer og registre: tryk på Nyt informationsaktiv, eller hent dem fra et regneark eller KITOS med Filer &gt; Importér informationsaktiver eller risici. F1 åbner vejledningen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No risk assessment yet. Press New assessment above to start one for your section; then add a line for each thing that can go wrong. F1 opens the guide.</source>
        <translation>Ingen risikovurdering endnu. Tryk på Ny risikovurdering ovenfor for at starte en for afdelingen, og tilføj så en linje for hver ting, der kan gå galt. F1 åbner vejledningen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assessment has no lines yet. Press Add line (Ctrl+Enter), describe what can happen, and type the probability and the consequence. F1 opens the guide.</source>
        <translation>Risikovurderingen har endnu ingen linjer. Tryk på Tilføj linje (Ctrl+Enter), beskriv, hvad der kan ske, og skriv sandsynlighed og konsekvens. F1 åbner vejledningen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No measures yet. A measure treats risks of an assessment: fill in the risk form first. F1 opens the guide.</source>
        <translation>Ingen tiltag endnu. Et tiltag behandler risici i en risikovurdering: udfyld først risikoskemaet. F1 åbner vejledningen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No measures yet. Select lines above the acceptance line in the risk form and choose Create measure from selected lines, or press New measure. F1 opens the guide.</source>
        <translation>Ingen tiltag endnu. Markér linjer over acceptgrænsen i risikoskemaet, og vælg Opret tiltag ud fra valgte linjer, eller tryk på Nyt tiltag. F1 åbner vejledningen.</translation>
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
        <translation>Ny fravigelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit exception</source>
        <translation>Rediger fravigelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the exception is made</source>
        <translation>Hvorfor fravigelsen gives</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(whole register)</source>
        <translation>(hele registret)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>Godkendt af:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on:</source>
        <translation>Godkendt dato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit:</source>
        <translation>Enhed:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name the rule the exception departs from.</source>
        <translation>Angiv den regel, der fraviges.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the exception is made.</source>
        <translation>Angiv, hvorfor fravigelsen gives.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who approved the exception.</source>
        <translation>Angiv, hvem der godkendte fravigelsen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exception cannot run out before it was approved.</source>
        <translation>Fravigelsen kan ikke udløbe, før den blev godkendt.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A date is no date: type it as %1.</source>
        <translation>En dato er ikke en gyldig dato: skriv den som %1.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The rule it departs from, e.g. &quot;a deputy for every IT system&quot;</source>
        <translation>Den regel, der fraviges, f.eks. »en stedfortræder for hvert it-system«</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ExceptionModel</name>
    <message>
        <location filename="../ui/cycle/ExceptionModel.cpp" line="+59"/>
        <source>Until revoked</source>
        <translation>Indtil den tilbagekaldes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exception from</source>
        <translation>Fravigelse fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Godkendt af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on</source>
        <translation>Godkendt dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ExportDialog</name>
    <message>
        <location filename="../ui/exchange/ExportDialog.cpp" line="+19"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset register</source>
        <translation>Aktivregister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks in priority order</source>
        <translation>Risici i prioriteret rækkefølge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-projektmappe (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (UTF-8, semicolons)</source>
        <translation>CSV til regneark (UTF-8, semikolon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All units</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export:</source>
        <translation>E&amp;ksportér:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>assets</source>
        <translation>informationsaktiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risks</source>
        <translation>risici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action plan</source>
        <translation>handlingsplan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
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
        <translation>Tilbage (Alt+Venstre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward (Alt+Right)</source>
        <translation>Frem (Alt+Højre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trygg user guide</source>
        <translation>Brugervejledning til Trygg</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Find in this page</source>
        <translation>Søg på denne side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter finds the next place, Shift+Enter the one before</source>
        <translation>Enter finder det næste sted, Skift+Enter det forrige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 - Trygg user guide</source>
        <translation>%1 - Brugervejledning til Trygg</translation>
    </message>
</context>
<context>
    <name>trygg::ui::HistoryDialog</name>
    <message>
        <location filename="../ui/mainwindow/HistoryDialog.cpp" line="+28"/>
        <source>History of the register</source>
        <translation>Registerets historik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: a name, a person, a field, a value...</source>
        <translation>Filter: et navn, en person, et felt, en værdi...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export CSV...</source>
        <translation>Eksportér CSV...</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+5"/>
        <source>Export the history</source>
        <translation>Eksportér historikken</translation>
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
        <translation>Oprettet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="-18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="+15"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Asset</source>
        <translation>Informationsaktiv</translation>
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
        <translation>Tiltag</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="-102"/>
        <source>Trail chain started by the upgrade</source>
        <translation>Loggens kæde startet ved opgraderingen</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="-59"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of reports</source>
        <translation>Sprog i rapporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matrix in use</source>
        <translation>Matrix i brug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review rules</source>
        <translation>Regler for gennemgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register identity</source>
        <translation>Registrets identitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification levels</source>
        <translation>Klassifikationsniveauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definitions of the classification levels</source>
        <translation>Beskrivelser af klassifikationsniveauerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Forudindstilling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many affected raises the consequence</source>
        <translation>Mange berørte hæver konsekvensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent unit</source>
        <translation>Overordnet enhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security leader</source>
        <translation>Sikkerhedsleder</translation>
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
        <translation>Ejer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information held</source>
        <translation>Oplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personoplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons registered</source>
        <translation>Registrerede personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification or licence</source>
        <translation>Anmeldelse eller tilladelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Driftsoperatør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement</source>
        <translation>Databehandleraftale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Fortrolighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archiving and deletion</source>
        <translation>Arkivering og sletning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguards</source>
        <translation>Sikringsforanstaltninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage and communication</source>
        <translation>Lagring og kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor</source>
        <translation>Vurderet af</translation>
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
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Approved by</source>
        <translation>Godkendt af</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Approved on</source>
        <translation>Godkendt dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets</source>
        <translation>Informationsaktiver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can happen</source>
        <translation>Hvad kan ske</translation>
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
        <translation>Sandsynlighed</translation>
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
        <translation>Vidensgrundlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing measures</source>
        <translation>Eksisterende tiltag</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+7"/>
        <location filename="../core/model/TrailWords.cpp" line="+1"/>
        <source>Residual probability</source>
        <translation>Restsandsynlighed</translation>
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
        <translation>Omkostning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed by</source>
        <translation>Gennemgået af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted by</source>
        <translation>Accepteret af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval of</source>
        <translation>Godkendelse af</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content approved</source>
        <translation>Godkendt indhold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovered</source>
        <translation>Opdaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>Rapporteret af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen</source>
        <translation>Observeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Alvorlighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority notified</source>
        <translation>Datatilsynet underrettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority notified at</source>
        <translation>Datatilsynet underrettet den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
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
            <numerusform>%n række (nye: %1, opdaterede: %2)</numerusform>
            <numerusform>%n rækker (nye: %1, opdaterede: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n row(s) with problems skipped</source>
        <translation>
            <numerusform>, %n række med fejl sprunget over</numerusform>
            <numerusform>, %n rækker med fejl sprunget over</numerusform>
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
            <numerusform>%n felt udfyldt</numerusform>
            <numerusform>%n felter udfyldt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Hvad</translation>
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
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="-13"/>
        <source>Carried over from</source>
        <translation>Overført fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reassessed</source>
        <translation>Ikke vurderet igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous round</source>
        <translation>Forrige runde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed round</source>
        <translation>Afsluttet runde</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>References to the policy</source>
        <translation>Henvisninger til politikken</translation>
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
        <translation>Udført den</translation>
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
        <translation>&amp;Spring rækkerne med fejl over og importér de andre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import %1</source>
        <translation>Importér %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets (the asset register)</source>
        <translation>Informationsaktiver (aktivregistret)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks (lines of risk assessments, with their measures)</source>
        <translation>Risici (linjer i risikovurderinger, med tiltag)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import:</source>
        <translation>&amp;Importér:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns: choose what each column of the file is, or ignore it</source>
        <translation>Kolonner: vælg, hvad hver kolonne i filen er, eller se bort fra den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Rækker</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Checking the rows: %p%</source>
        <translation>Kontrollerer rækkerne: %p%</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>Checking %n row(s)...</source>
        <translation>
            <numerusform>Kontrollerer %n række...</numerusform>
            <numerusform>Kontrollerer %n rækker...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rows in the file: %1. Can be imported: %2. With problems: %3.</source>
        <translation>Rækker i filen: %1. Kan importeres: %2. Med fejl: %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is imported while rows have problems: correct the file, or choose to skip those rows.</source>
        <translation>Intet importeres, så længe rækker har fejl: ret filen, eller vælg at springe de rækker over.</translation>
    </message>
    <message numerus="yes">
        <location line="-76"/>
        <source>and %n more</source>
        <translation>
            <numerusform>og %n mere</numerusform>
            <numerusform>og %n mere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n column(s) of the file will be ignored: %1</source>
        <translation>
            <numerusform>%n kolonne i filen bliver ikke indlæst: %1</numerusform>
            <numerusform>%n kolonner i filen bliver ikke indlæst: %1</numerusform>
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
        <translation>%1 (påkrævet)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Double-click to choose what this column is</source>
        <translation>Dobbeltklik for at vælge, hvad kolonnen er</translation>
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
        <translation>Række</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Fejl</translation>
    </message>
</context>
<context>
    <name>trygg::ui::IncidentDialog</name>
    <message>
        <location filename="../ui/cycle/IncidentDialog.cpp" line="+70"/>
        <source>The data protection authority was told</source>
        <translation>Anmeldt til Datatilsynet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New incident</source>
        <translation>Ny hændelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit incident</source>
        <translation>Rediger hændelse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most a day ahead of now: a time further in the future is a mistake Trygg does not record.</source>
        <translation>Højst en dag frem fra nu: et tidspunkt længere ude i fremtiden er en fejl, som Trygg ikke registrerer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no unit)</source>
        <translation>(ingen enhed)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was seen: messages on the screen, the error</source>
        <translation>Hvad der blev observeret: meddelelser på skærmen, fejlen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discovered:</source>
        <translation>Opdaget:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by:</source>
        <translation>Rapporteret af:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity:</source>
        <translation>Alvorlighed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Enhed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen:</source>
        <translation>Observeret:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assets concerned:</source>
        <translation>Berørte informationsaktiver:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrective measures:</source>
        <translation>Korrigerende tiltag:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A personal data breach: tell the data protection authority by %1 (72 hours).</source>
        <translation>Brud på persondatasikkerheden: anmeld til Datatilsynet senest %1 (72 timer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than 72 hours have passed since %1 and the authority has not been told.</source>
        <translation>Der er gået mere end 72 timer siden %1, og der er ikke anmeldt til Datatilsynet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Told within 72 hours.</source>
        <translation>Anmeldt inden for 72 timer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told after more than 72 hours.</source>
        <translation>Anmeldt efter mere end 72 timer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the date the incident was discovered, at most a day ahead of now.</source>
        <translation>Skriv datoen hændelsen blev opdaget, højst en dag frem i tiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the date the authority was told, at most a day ahead of now.</source>
        <translation>Skriv datoen tilsynsmyndigheden fik besked, højst en dag frem i tiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who reported the incident.</source>
        <translation>Angiv, hvem der rapporterede hændelsen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe what happened.</source>
        <translation>Beskriv, hvad der skete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authority cannot have been told before the incident was discovered.</source>
        <translation>Der kan ikke være anmeldt til Datatilsynet, før hændelsen blev opdaget.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::IncidentModel</name>
    <message>
        <location filename="../ui/cycle/IncidentModel.cpp" line="+95"/>
        <source>Tell by %1</source>
        <translation>Anmeld senest %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not told: over 72 hours</source>
        <translation>Ikke anmeldt: over 72 timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told %1</source>
        <translation>Anmeldt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told late, %1</source>
        <translation>Anmeldt for sent, %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discovered</source>
        <translation>Opdaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Alvorlighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority told</source>
        <translation>Anmeldt til Datatilsynet</translation>
    </message>
</context>
<context>
    <name>trygg::ui::IncidentsView</name>
    <message>
        <location filename="../ui/cycle/IncidentsView.cpp" line="+24"/>
        <source>&amp;New incident...</source>
        <translation>&amp;Ny hændelse...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Rediger...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New e&amp;xception...</source>
        <translation>Ny &amp;fravigelse...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit exception...</source>
        <translation>Rediger fravigelse...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete exception</source>
        <translation>Slet fravigelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents and deviations: what happened, how serious, what is done about it, and whether the data protection authority was told (within 72 hours for a personal data breach).</source>
        <translation>Hændelser og afvigelser: hvad der skete, hvor alvorligt det er, hvad der gøres ved det, og om der er anmeldt til Datatilsynet (inden for 72 timer ved brud på persondatasikkerheden).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Approved exceptions from the rules (reported yearly):</source>
        <translation>Godkendte fravigelser fra reglerne (rapporteres årligt):</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Delete incident</source>
        <translation>Slet hændelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected incident? Edit &gt; Undo brings it back.</source>
        <translation>Slet den valgte hændelse? Rediger &gt; Fortryd henter den tilbage.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindowPages.cpp" line="+62"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset register</source>
        <translation>Aktivregister</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk form</source>
        <translation>Risikoskema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
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
        <translation>Hændelser</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+152"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New register...</source>
        <translation>&amp;Nyt register...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open...</source>
        <translation>&amp;Åbn...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo register</source>
        <translation>Åbn &amp;demoregistret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy...</source>
        <translation>Gem en &amp;kopi...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History...</source>
        <translation>&amp;Historik...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;bine registers...</source>
        <translation>Kom&amp;binér registre...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import assets or risks...</source>
        <translation>&amp;Importér informationsaktiver eller risici...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to CSV or Excel...</source>
        <translation>Eksportér til &amp;CSV eller Excel...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk &amp;matrix...</source>
        <translation>Risiko&amp;matrix...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scales and acceptance criteria new assessments use</source>
        <translation>Skalaerne og acceptkriterierne, nye vurderinger bruger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your &amp;name...</source>
        <translation>Dit &amp;navn...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
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
        <translation>Kunne ikke åbne %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is read-only: you can read and print it, but not change it.</source>
        <translation>%1 er skrivebeskyttet: du kan læse og udskrive det, men ikke ændre det.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is in use by %2 on %3 since %4: opened read-only.</source>
        <translation>%1 er i brug af %2 på %3 siden %4: åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The report was saved as %1</source>
        <translation>Rapporten blev gemt som %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&amp;Register...</source>
        <translation>&amp;Register...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register&apos;s name, the language of its reports, the classification levels</source>
        <translation>Registrets navn, sproget i rapporterne, klassifikationsniveauerne</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Its lock has shown no sign of life for a while; take it over only if %1 no longer has the register open.</source>
        <translation>Låsen har ikke vist livstegn i et stykke tid; overtag den kun, hvis %1 ikke længere har registret åbent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take over</source>
        <translation>Overtag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is opened read-only: its write lock could not be made (%2). You can read and print it; to change it, ask for write access to its folder.</source>
        <translation>%1 er åbnet skrivebeskyttet: registrets skrivelås kunne ikke oprettes (%2). Du kan læse og udskrive det; for at ændre det skal du bede om skriveadgang til mappen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not take over %1: %2</source>
        <translation>Kunne ikke overtage %1: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Could not create the demo register: %1</source>
        <translation>Kunne ikke oprette demoregistret: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The register %1 was replaced by another file since you opened it. Your last change was not saved. Reopen it?</source>
        <translation>Registret %1 er blevet erstattet af en anden fil, siden du åbnede det. Din seneste ændring blev ikke gemt. Vil du åbne det igen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen</source>
        <translation>Åbn igen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved</source>
        <translation>Gemt</translation>
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
        <translation>Ryd listen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create %1: %2</source>
        <translation>Kunne ikke oprette %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open register</source>
        <translation>Åbn register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trygg registers (*.trygg);;All files (*)</source>
        <translation>Trygg-registre (*.trygg);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a copy</source>
        <translation>Gem en kopi</translation>
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
        <translation>En kopi blev gemt som %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>History of %1</source>
        <translation>Historik for %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Changes are recorded as %1</source>
        <translation>Ændringer registreres som %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history records every change with your user name on this computer and this name, so others can see who made it. Leave it empty for none.</source>
        <translation>Historikken registrerer hver ændring med dit brugernavn på denne computer og dette navn, så andre kan se, hvem der lavede den. Lad feltet stå tomt for intet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import assets or risks</source>
        <translation>Importér informationsaktiver eller risici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Regneark (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 rows with problems skipped. The import is in the history; it cannot be undone with Undo.</source>
        <translation>Importerede %1 (nye: %2, opdaterede: %3, uændrede: %4, rækker med fejl sprunget over: %5). Importen står i historikken; den kan ikke fortrydes med Fortryd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowCombine.cpp" line="-1"/>
        <source>Combine registers into %1</source>
        <translation>Kombinér registre ind i %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Nothing was combined: %1</source>
        <translation>Intet blev kombineret: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Combined %n register(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>Kombinerede %n register (nye: %1, opdaterede: %2, uændrede: %3).</numerusform>
            <numerusform>Kombinerede %n registre (nye: %1, opdaterede: %2, uændrede: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n removed: no longer in their section.</source>
        <translation>
            <numerusform>%n fjernet: ikke længere i afdelingens register.</numerusform>
            <numerusform>%n fjernet: ikke længere i afdelingens register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conflict(s) were left as they are in this register.</source>
        <translation>
            <numerusform>%n konflikt blev ladt stå, som den er i dette register.</numerusform>
            <numerusform>%n konflikter blev ladt stå, som de er i dette register.</numerusform>
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
        <translation>&lt;h3&gt;Trygg %1&lt;/h3&gt;&lt;p&gt;Risikoarbejde med informationssikkerhed i kommuner: aktivregistret, risikovurderinger, risikomatricen og prioriterede handlingsplaner, samlet i én fil.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowCombine.cpp" line="+13"/>
        <source>Combine as a new section?</source>
        <translation>Kombinér som en ny afdeling?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If %1 is a section of its own (made from a copy of another register), combine it as a new section: it gets an identity of its own in this register, kept for its file. If it is a copy of the same section, cancel: nothing is combined.</source>
        <translation>Hvis %1 er en selvstændig afdeling (lavet ud fra en kopi af et andet register), så kombinér den som en ny afdeling: den får sin egen identitet i dette register, som huskes for dens fil. Hvis den er en kopi af den samme afdeling, så annullér: intet bliver kombineret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Combine as a new section</source>
        <translation>Kombinér som en ny afdeling</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="-394"/>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help on this &amp;page</source>
        <translation>Hjælp til denne &amp;side</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Open &amp;server register...</source>
        <translation>Åbn register på &amp;server...</translation>
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
        <translation>Afdelingsleder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security officer</source>
        <translation>Sikkerhedsansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management</source>
        <translation>Ledelsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader</source>
        <translation>Læser</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server lets %1 read this register, not change it.</source>
        <translation>Serveren lader %1 læse dette register, ikke ændre det.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Owner: everything</source>
        <translation>Ejer: alt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the server lets the database user %1 do in this register</source>
        <translation>Hvad serveren lader databasebrugeren %1 gøre i dette register</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection to the server was lost; the register is read-only until it is back; trying again...</source>
        <translation>Forbindelsen til serveren blev afbrudt; registret er skrivebeskyttet, indtil den er tilbage; prøver igen...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection to the server is back: the register shows what is stored now, and changes are saved again.</source>
        <translation>Forbindelsen til serveren er tilbage: registret viser, hvad der er gemt nu, og ændringer gemmes igen.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n record(s) changed by others</source>
        <translation>
            <numerusform>%n post ændret af andre</numerusform>
            <numerusform>%n poster ændret af andre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixEditorDialog</name>
    <message>
        <location filename="../ui/matrix/MatrixEditorDialog.cpp" line="-393"/>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Probability</source>
        <translation>&amp;Sandsynlighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Consequence</source>
        <translation>&amp;Konsekvens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zones</source>
        <translation>&amp;Zoner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event that affects &amp;many people raises the consequence one level</source>
        <translation>En hændelse, der rammer &amp;mange personer, gives én konsekvensgrad højere</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click a cell to put it in the zone chosen under Zones</source>
        <translation>Klik på en celle for at lægge den i den zone, der er valgt under Zoner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importér...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export...</source>
        <translation>&amp;Eksportér...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a matrix definition (JSON) shared by another municipality</source>
        <translation>Læs en matrixdefinition (JSON), som en anden kommune har delt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this matrix as a JSON definition others can import</source>
        <translation>Skriv denne matrix som en JSON-definition, andre kan importere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as a new version of the matrix: new assessments use it, assessments already made keep theirs</source>
        <translation>Gem som en ny version af matricen: nye vurderinger bruger den, vurderinger, der allerede er lavet, beholder deres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessments already made keep the criteria they were scored against; a saved change applies to new assessments.</source>
        <translation>Vurderinger, der allerede er lavet, beholder de kriterier, de blev vurderet efter; en gemt ændring gælder nye vurderinger.</translation>
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
        <translation>Antal &amp;niveauer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level 1 is the least likely.</source>
        <translation>Niveau 1 er mindst sandsynligt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level 1 is the least severe.</source>
        <translation>Niveau 1 er mindst alvorligt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Farve</translation>
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
        <translation>Acceptabel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below the acceptance line: no measure or acceptance by management needed</source>
        <translation>Under acceptgrænsen: hverken tiltag eller ledelsens accept er nødvendig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to choose the colour</source>
        <translation>Dobbeltklik for at vælge farven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add zone</source>
        <translation>&amp;Tilføj zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove zone</source>
        <translation>&amp;Fjern zone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colour every cell by &amp;score</source>
        <translation>Farv alle celler efter &amp;produkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A click on a cell in the preview puts it in:</source>
        <translation>Et klik på en celle i forhåndsvisningen lægger den i:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zones from the least to the most severe. A cell is in the zone whose scores cover probability x consequence, unless it is put in a zone of its own.</source>
        <translation>Zoner fra mindst til mest alvorlig. En celle hører til den zone, hvis produkter dækker sandsynlighed x konsekvens, medmindre den er lagt i en zone for sig.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>its zone by score</source>
        <translation>zonen efter produkt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A score is a whole number from 1 to %1.</source>
        <translation>Et produkt er et helt tal fra 1 til %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Colour of the zone</source>
        <translation>Zonens farve</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A matrix has at most %1 zones.</source>
        <translation>En matrix har højst %1 zoner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New zone</source>
        <translation>Ny zone</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not yet a valid matrix: %1.</source>
        <translation>Endnu ikke en gyldig matrix: %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was imported: %1</source>
        <translation>Intet blev importeret: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a matrix</source>
        <translation>Importér en matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix definitions (*.json);;All files (*)</source>
        <translation>Matrixdefinitioner (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the matrix</source>
        <translation>Eksportér matricen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix definitions (*.json)</source>
        <translation>Matrixdefinitioner (*.json)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The matrix was not saved.</source>
        <translation>Matricen blev ikke gemt.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixView</name>
    <message>
        <location filename="../ui/matrix/MatrixView.cpp" line="+107"/>
        <source>Current risk</source>
        <translation>Nuværende risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The risk as assessed, before new measures</source>
        <translation>Risikoen som vurderet, før nye tiltag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The risk after the measures, where a residual risk has been assessed; others at their current risk</source>
        <translation>Risikoen efter tiltagene, hvor restrisikoen er vurderet; de øvrige med deres nuværende risiko</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Risikovurdering:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Acceptance zones</source>
        <translation>Acceptzoner</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>All units</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All assessments</source>
        <translation>Alle risikovurderinger</translation>
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
            <numerusform>%n risici</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below the acceptance line: no measure or acceptance needed</source>
        <translation>Under acceptgrænsen: hverken tiltag eller accept nødvendig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above the acceptance line: needs measures or acceptance by management</source>
        <translation>Over acceptgrænsen: kræver tiltag eller ledelsens accept</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some cells are set to a zone of their own, whatever their score.</source>
        <translation>Nogle celler er sat til deres egen zone uanset produkt.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n risk(s) in this assessment.</source>
        <translation>
            <numerusform>%n risiko i denne risikovurdering.</numerusform>
            <numerusform>%n risici i denne risikovurdering.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n risk(s) in this unit.</source>
        <translation>
            <numerusform>%n risiko i denne enhed.</numerusform>
            <numerusform>%n risici i denne enhed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n risk(s) in the register.</source>
        <translation>
            <numerusform>%n risiko i registret.</numerusform>
            <numerusform>%n risici i registret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n scored on other scales, not in the matrix.</source>
        <translation>
            <numerusform>%n vurderet på en anden skala, ikke med i matricen.</numerusform>
            <numerusform>%n vurderet på andre skalaer, ikke med i matricen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n without a residual risk, shown at their current risk.</source>
        <translation>
            <numerusform>%n uden restrisiko, vist med nuværende risiko.</numerusform>
            <numerusform>%n uden restrisiko, vist med nuværende risiko.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n risk(s) in the zone %1. Click a cell to list its risks instead.</source>
        <translation>
            <numerusform>%n risiko i zonen %1. Klik på en celle for i stedet at vise dens risici.</numerusform>
            <numerusform>%n risici i zonen %1. Klik på en celle for i stedet at vise dens risici.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a cell to list its risks</source>
        <translation>Klik på en celle for at vise dens risici</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n risk(s) with residual probability %1 and consequence %2. Click the cell again to clear the list.</source>
        <translation>
            <numerusform>%n risiko med restsandsynlighed %1 og restkonsekvens %2. Klik på cellen igen for at rydde listen.</numerusform>
            <numerusform>%n risici med restsandsynlighed %1 og restkonsekvens %2. Klik på cellen igen for at rydde listen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n risk(s) with probability %1 and consequence %2. Click the cell again to clear the list.</source>
        <translation>
            <numerusform>%n risiko med sandsynlighed %1 og konsekvens %2. Klik på cellen igen for at rydde listen.</numerusform>
            <numerusform>%n risici med sandsynlighed %1 og konsekvens %2. Klik på cellen igen for at rydde listen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%n not scored yet, not in the matrix.</source>
        <translation>
            <numerusform>%n endnu ikke vurderet, ikke i matricen.</numerusform>
            <numerusform>%n endnu ikke vurderet, ikke i matricen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixWidget</name>
    <message>
        <location filename="../ui/matrix/MatrixWidget.cpp" line="+102"/>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probability</source>
        <translation>Sandsynlighed</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Probability %1</source>
        <translation>Sandsynlighed %1</translation>
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
        <translation>Zone: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk(s) in this cell</source>
        <translation>
            <numerusform>%n risiko i denne celle</numerusform>
            <numerusform>%n risici i denne celle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::MeasureDialog</name>
    <message>
        <location filename="../ui/plan/MeasureDialog.cpp" line="+58"/>
        <source>New measure</source>
        <translation>Nyt tiltag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit measure</source>
        <translation>Rediger tiltag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is done, e.g. &quot;Review access rights every quarter&quot;</source>
        <translation>Hvad der gøres, f.eks. »Gennemgå adgangsrettigheder hvert kvartal«</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a person, or type a new name to add the person to the register</source>
        <translation>Vælg en person, eller skriv et nyt navn for at tilføje personen til registret</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnel resources the measure needs</source>
        <translation>Personaleressourcer, som tiltaget kræver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Economic resources the measure needs</source>
        <translation>Økonomiske ressourcer, som tiltaget kræver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How and when it is followed up</source>
        <translation>Hvordan og hvornår der følges op</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Risikovurdering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Tiltag:</translation>
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
        <translation>Om&amp;kostning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Opfølgning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Treats these risks:</source>
        <translation>&amp;Behandler disse risici:</translation>
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
        <translation>Denne risikovurdering har endnu ingen risikolinjer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A measure needs an assessment and a text saying what is done</source>
        <translation>Et tiltag kræver en risikovurdering og en tekst om, hvad der gøres</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>The risks of the assessment this measure treats, numbered as the lines of the form</source>
        <translation>Risiciene i vurderingen, som dette tiltag behandler, nummereret som linjerne i skemaet</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1. %2: not scored</source>
        <translation>%1. %2: ikke vurderet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The deadline is no date: type it as %1, or leave it empty</source>
        <translation>Fristen er ikke en gyldig dato: skriv den som %1, eller lad den være tom</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Not recorded</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the measure was done: today when it is set to done, unless you give it</source>
        <translation>Dagen tiltaget blev udført: i dag, når det sættes til udført, medmindre du angiver en anden</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Com&amp;pleted:</source>
        <translation>&amp;Udført den:</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The completion date is no date: type it as %1</source>
        <translation>Datoen for udførelsen er ikke en gyldig dato: skriv den som %1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MeasureItemDelegate</name>
    <message>
        <location filename="../ui/plan/MeasureItemDelegate.cpp" line="+50"/>
        <source>Pick a person, or type a new name to add the person to the register</source>
        <translation>Vælg en person, eller skriv et nyt navn for at tilføje personen til registret</translation>
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
        <translation>Nyt register</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>e.g. Ibestad kommune, or a section of it</source>
        <translation>f.eks. Esbjerg Kommune eller en afdeling i kommunen</translation>
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
        <translation>Sverige: inspireret af MSB, 4 x 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral: ISO-style 5 x 5, English</source>
        <translation>Neutral: ISO-lignende 5 x 5, engelsk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse...</source>
        <translation>Gennemse...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Risk matrix:</source>
        <translation>&amp;Risikomatrix:</translation>
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
        <translation>Sandsynlighed »Lite sannsynlig« ... »Svært sannsynlig« og konsekvens »Ubetydelig« ... »Svært alvorlig« som hos DSB; zoner 1-4, 5-9, 10-25.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandsynlighed Meget lav ... Meget høj, konsekvens Ubetydelig ... Kritisk.</source>
        <translation>Sandsynlighed Meget lav ... Meget høj, konsekvens Ubetydelig ... Kritisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sannolikhet Sällsynt ... Mycket sannolik, konsekvens Liten ... Mycket stor; zones Låg, Medel, Hög, Extremt hög.</source>
        <translation>Sandsynlighed »Sällsynt« ... »Mycket sannolik«, konsekvens »Liten« ... »Mycket stor«; zoner »Låg«, »Medel«, »Hög«, »Extremt hög«.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare ... Almost certain, Insignificant ... Severe.</source>
        <translation>Rare ... Almost certain, Insignificant ... Severe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name already exists.</source>
        <translation>Der findes allerede en fil med dette navn.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Norway: 5 x 5</source>
        <translation>Norge: 5 x 5</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Probability Meget liten ... Svært stor and consequence Ubetydelig ... Svært alvorlig; zones 1-4, 5-9, 10-25.</source>
        <translation>Sandsynlighed Meget liten ... Svært stor og konsekvens Ubetydelig ... Svært alvorlig; zoner 1-4, 5-9, 10-25.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::NoticeBar</name>
    <message>
        <location filename="../ui/mainwindow/NoticeBar.cpp" line="+22"/>
        <source>Close this message</source>
        <translation>Luk denne meddelelse</translation>
    </message>
</context>
<context>
    <name>trygg::ui::Numbers</name>
    <message>
        <location filename="../ui/common/Numbers.cpp" line="+14"/>
        <source>%1 kr</source>
        <translation>%1 kr.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::OverviewView</name>
    <message>
        <location filename="../ui/overview/OverviewView.cpp" line="+52"/>
        <source>Risks by zone</source>
        <translation>Risici efter zone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk matrix (current risk)</source>
        <translation>Risikomatrix (nuværende risiko)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risk assessments due</source>
        <translation>Risikovurderinger med frist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each unit&apos;s next assessment under the register&apos;s review rule. Double-click to open it.</source>
        <translation>Hver enheds næste risikovurdering efter registrets regel for gennemgang. Dobbeltklik for at åbne den.</translation>
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
            <numerusform>%n risiko i zonen %1. Klik for at se den i matricen.</numerusform>
            <numerusform>%n risici i zonen %1. Klik for at se dem i matricen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n measure(s) overdue</source>
        <translation>
            <numerusform>%n tiltag med overskredet frist</numerusform>
            <numerusform>%n tiltag med overskredet frist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measure(s) due within 30 days</source>
        <translation>
            <numerusform>%n tiltag med frist inden for 30 dage</numerusform>
            <numerusform>%n tiltag med frist inden for 30 dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n measure(s) done</source>
        <translation>
            <numerusform>%1 af %n tiltag udført</numerusform>
            <numerusform>%1 af %n tiltag udført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n warning(s) in the asset register</source>
        <translation>
            <numerusform>%n advarsel i aktivregistret</numerusform>
            <numerusform>%n advarsler i aktivregistret</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings in the asset register</source>
        <translation>Ingen advarsler i aktivregistret</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue in the yearly cycle (reviews, acceptances, approvals, incidents)</source>
        <translation>
            <numerusform>%n overskredet i årshjulet (gennemgange, accepter, godkendelser, hændelser)</numerusform>
            <numerusform>%n overskredne i årshjulet (gennemgange, accepter, godkendelser, hændelser)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no unit)</source>
        <translation>(ingen enhed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: overdue since %2</source>
        <translation>%1: overskredet siden %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: due by %2</source>
        <translation>%1: frist %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: never assessed</source>
        <translation>%1: aldrig vurderet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No assessment is due within 90 days.</source>
        <translation>Ingen risikovurdering har frist inden for 90 dage.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Trend (risks by zone; above the bars: above the acceptance line)</source>
        <translation>Udvikling (risici efter zone; over søjlerne: over acceptgrænsen)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::RegisterDocument</name>
    <message>
        <location filename="../ui/document/RegisterDocumentServer.cpp" line="+116"/>
        <source>The register is open read-only; nothing was changed.</source>
        <translation>Registret er åbnet skrivebeskyttet; intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../ui/document/RegisterDocument.cpp" line="+39"/>
        <source>Another instance has taken over %1: it is read-only here now, and nothing more is saved from this window.</source>
        <translation>En anden instans har overtaget %1: den er nu skrivebeskyttet her, og intet mere gemmes fra dette vindue.</translation>
    </message>
    <message>
        <location filename="../ui/document/RegisterDocumentCycle.cpp" line="+21"/>
        <source>Add policy document %1</source>
        <translation>Tilføj styringsdokument %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete policy document %1</source>
        <translation>Slet styringsdokument %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a review</source>
        <translation>Registrér en gennemgang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept a residual risk</source>
        <translation>Acceptér en restrisiko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve the action plan</source>
        <translation>Godkend handlingsplanen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the assessment</source>
        <translation>Godkend risikovurderingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add incident %1</source>
        <translation>Tilføj hændelse %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit incident %1</source>
        <translation>Rediger hændelse %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete incident %1</source>
        <translation>Slet hændelse %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add exception %1</source>
        <translation>Tilføj fravigelse %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit exception %1</source>
        <translation>Rediger fravigelse %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete exception %1</source>
        <translation>Slet fravigelse %1</translation>
    </message>
    <message>
        <location filename="../ui/document/RegisterDocument.cpp" line="+119"/>
        <source>This record no longer exists; nothing was changed.</source>
        <translation>Denne post findes ikke længere; intet blev ændret.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Redo failed, nothing was changed: %1</source>
        <translation>Gentag mislykkedes, intet blev ændret: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo failed, nothing was changed: %1</source>
        <translation>Fortryd mislykkedes, intet blev ændret: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add unit %1</source>
        <translation>Tilføj enhed %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit unit %1</source>
        <translation>Rediger enhed %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete unit %1</source>
        <translation>Slet enhed %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add person %1</source>
        <translation>Tilføj person %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit person %1</source>
        <translation>Rediger person %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete person %1</source>
        <translation>Slet person %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add asset %1</source>
        <translation>Tilføj informationsaktiv %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit asset %1</source>
        <translation>Rediger informationsaktiv %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete asset %1</source>
        <translation>Slet informationsaktiv %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add assessment %1</source>
        <translation>Tilføj risikovurdering %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit assessment %1</source>
        <translation>Rediger risikovurdering %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete assessment %1</source>
        <translation>Slet risikovurdering %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add risk line %1</source>
        <translation>Tilføj risikolinje %1</translation>
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
            <numerusform>Slet %n risikolinje</numerusform>
            <numerusform>Slet %n risikolinjer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move %1 up</source>
        <translation>Flyt %1 op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>Flyt %1 ned</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add measure %1</source>
        <translation>Tilføj tiltag %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit measure %1</source>
        <translation>Rediger tiltag %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Delete %n measures</source>
        <translation>
            <numerusform>Slet %n tiltag</numerusform>
            <numerusform>Slet %n tiltag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete measure %1</source>
        <translation>Slet tiltag %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit the risk matrix</source>
        <translation>Ændre risikomatricen</translation>
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
            <numerusform>Bekræft niveauer og produkt for %n linje</numerusform>
            <numerusform>Bekræft niveauer og produkt for %n linjer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/document/RegisterDocumentServer.cpp" line="-5"/>
        <source>The connection to the server is lost: the register is read-only until it is back; nothing was changed.</source>
        <translation>Forbindelsen til serveren er afbrudt: registret er skrivebeskyttet, indtil den er tilbage; intet blev ændret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server lets the database user %1 read this register, not change it; nothing was changed.</source>
        <translation>Serveren lader databasebrugeren %1 læse dette register, ikke ændre det; intet blev ændret.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not read the changes others made: %1</source>
        <translation>Kunne ikke læse de ændringer, andre har foretaget: %1</translation>
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
        <translation>Udskrevne rapporter fra dette register er på dette sprog, uanset hvilket sprog programmet bruger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of reports:</source>
        <translation>&amp;Sprog i rapporter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification levels of assets</source>
        <translation>Klassifikationsniveauer for informationsaktiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Niveau</translation>
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
        <translation>Niveauerne angiver et informationsaktivs fortrolighed, integritet og tilgængelighed. Når et niveau omdøbes, bevares de vurderinger, der allerede er givet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>References to your policy</source>
        <translation>Henvisninger til jeres egne styringsdokumenter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your municipality&apos;s own documents state a rule, its reference is cited by the warnings and printed forms, e.g. &quot;Internkontroll pkt. 5.1&quot;. Leave empty to state the rule in words only.</source>
        <translation>Hvor kommunens egne dokumenter fastsætter en regel, henviser advarslerne og de udskrevne skemaer til stedet, f.eks. »Informationssikkerhedspolitik pkt. 4.2«. Lad feltet stå tomt for kun at beskrive reglen med ord.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every asset has an &amp;owner:</source>
        <translation>Alle informationsaktiver har en &amp;ejer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An IT system has a de&amp;puty for its owner:</source>
        <translation>Et it-system har en &amp;stedfortræder for ejeren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles held by different people:</source>
        <translation>Roller, der skal holdes adskilt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many affected raises the &amp;consequence:</source>
        <translation>Mange berørte hæver &amp;konsekvensen:</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ReportActions</name>
    <message>
        <location filename="../ui/printing/ReportActions.cpp" line="+33"/>
        <source>&amp;Print...</source>
        <translation>&amp;Udskriv...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view...</source>
        <translation>&amp;Vis udskrift...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report (PDF, HTML)...</source>
        <translation>&amp;Eksportér rapport (PDF, HTML)...</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Print...</source>
        <translation>Udskriv...</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export...</source>
        <translation>Eksportér...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html)</source>
        <translation>Websider (*.html)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export report</source>
        <translation>Eksportér rapport</translation>
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
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reports are printed in the register&apos;s language unless you choose another.</source>
        <translation>Rapporter udskrives på registrets sprog, medmindre du vælger et andet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
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
        <translation>&amp;Sprog:</translation>
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
        <translation>Kun å&amp;bne tiltag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan leaves out measures that are done or cancelled.</source>
        <translation>Handlingsplanen udelader tiltag, der er udført eller annulleret.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ReviewRulesDialog</name>
    <message>
        <location filename="../ui/cycle/ReviewRulesDialog.cpp" line="+24"/>
        <source>Review rules</source>
        <translation>Regler for gennemgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When each kind of object is reviewed</source>
        <translation>Hvornår hver type objekt gennemgås</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many days between reviews of what has a risk in the zone</source>
        <translation>Højst så mange dage mellem gennemgange af det, der har en risiko i zonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The rule for %1 is not one of odd-year, even-year-q1, months:N (1-120), yearly:MM-DD.</source>
        <translation>Reglen for %1 er ikke en af odd-year, even-year-q1, months:N (1-120), yearly:MM-DD.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>odd-year: by the end of every odd year
even-year-q1: by the end of Q1 of every even year
months:N: N months after the last review
yearly:MM-DD: once a year by that date</source>
        <translation>odd-year: inden udgangen af hvert ulige år
even-year-q1: inden udgangen af 1. kvartal hvert lige år
months:N: N måneder efter seneste gennemgang
yearly:MM-DD: én gang om året inden den dato</translation>
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
        <translation>Under acceptgrænsen: acceptabel uden tiltag.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Above the acceptance line: needs measures or management acceptance.</source>
        <translation>Over acceptgrænsen: kræver tiltag eller ledelsens accept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Not assessed yet. Type a level, Backspace clears it.</source>
        <translation>Ikke vurderet endnu. Skriv et niveau; Backspace rydder det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No measure treats this line yet.</source>
        <translation>Intet tiltag behandler denne linje endnu.</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormModel.cpp" line="+247"/>
        <source>– not assessed</source>
        <translation>– ikke vurderet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no asset)</source>
        <translation>(intet informationsaktiv)</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+14"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line number in the form.</source>
        <translation>Linjenummer i skemaet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-12"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+1"/>
        <source>What can happen?</source>
        <translation>Hvad kan ske?</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+2"/>
        <source>P</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability (S): how likely it is to happen. Type the level&apos;s number.</source>
        <translation>Sandsynlighed (S): hvor sandsynligt det er, at det sker. Skriv niveauets nummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consequence (K) as assessed for one event. Type the level&apos;s number.</source>
        <translation>Konsekvens (K) vurderet for én hændelse. Skriv niveauets nummer.</translation>
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
        <translation>Den konsekvens, linjen beregnes med: K, hævet ét niveau (↑), når mange berøres.</translation>
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
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>The acceptance zone of the product, from the assessment&apos;s acceptance criteria.</source>
        <translation>Produktets acceptzone ifølge risikovurderingens acceptkriterier.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-1"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+2"/>
        <source>Asset</source>
        <translation>Informationsaktiv</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>The information asset the line is about.</source>
        <translation>Det informationsaktiv, linjen handler om.</translation>
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
        <translation>Hvad linjen vurderes for: databeskyttelse, fortrolighed, integritet, tilgængelighed.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+4"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+1"/>
        <source>Knowledge</source>
        <translation>Vidensgrundlag</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>How well the assessment of this line is founded.</source>
        <translation>Hvor godt vurderingen af denne linje er underbygget.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+1"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+1"/>
        <source>Existing measures</source>
        <translation>Eksisterende tiltag</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>Measures already in place, taken into account in P and C.</source>
        <translation>Tiltag, der allerede er på plads, og som er medregnet i S og K.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res. P</source>
        <translation>Rest-S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual probability after the planned measures.</source>
        <translation>Restsandsynlighed efter de planlagte tiltag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res. C</source>
        <translation>Rest-K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual consequence after the planned measures.</source>
        <translation>Restkonsekvens efter de planlagte tiltag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measures of the action plan that treat this line.</source>
        <translation>Handlingsplanens tiltag, der behandler denne linje.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Carried over from %1, where it scored %2 (%3).</source>
        <translation>Overført fra %1, hvor produktet var %2 (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reassessed yet: confirm or change its scores.</source>
        <translation>Endnu ikke vurderet igen: bekræft eller ændr dens niveauer og produkt.</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormModel.cpp" line="-92"/>
        <source>not scored</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+34"/>
        <location line="+4"/>
        <source>Not scored yet. Type a level.</source>
        <translation>Endnu ikke vurderet. Skriv et niveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Not scored yet: the line has no product, no zone and no priority until its probability and consequence are entered. The Due page lists it.</source>
        <translation>Endnu ikke vurderet: linjen har hverken produkt, zone eller prioritet, før sandsynlighed og konsekvens er udfyldt. Siden Forfalder viser den.</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormModel.cpp" line="+65"/>
        <source>– not scored</source>
        <translation>– ikke vurderet</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="-17"/>
        <source>Many are affected: counted as %1.</source>
        <translation>Mange berøres: tæller som %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>What can happen? Work and conditions that may cause risk: unwanted events or states.</source>
        <translation>Hvad kan ske? Arbejde og forhold, der kan medføre risiko: uønskede hændelser eller tilstande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Many people affected: the consequence counts one level higher, up to the top level.</source>
        <translation>Mange personer berørt: konsekvensen tæller ét niveau højere, op til det øverste niveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product = P × effective C.</source>
        <translation>Produkt = S × effektiv K.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority within this assessment: highest product first; for equal products the higher consequence first, so 1×5 ranks above 5×1.</source>
        <translation>Prioritet i denne risikovurdering: højeste produkt først; ved lige store produkter kommer den højeste konsekvens først, så 1×5 placeres over 5×1.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::RiskFormView</name>
    <message>
        <location filename="../ui/risks/RiskFormView.cpp" line="+100"/>
        <source>Level definitions</source>
        <translation>Niveaudefinitioner</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The assessment shown in the form</source>
        <translation>Den risikovurdering, skemaet viser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Risikovurdering:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New assessment...</source>
        <translation>Ny risikovurdering...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an assessment with the register&apos;s current acceptance criteria</source>
        <translation>Start en risikovurdering med registrets gældende acceptkriterier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit assessment...</source>
        <translation>Rediger risikovurdering...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, date, status or assessor of the assessment</source>
        <translation>Ændr risikovurderingens navn, dato, status, eller hvem der har vurderet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History...</source>
        <translation>Historik...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the assessment itself, when, and what</source>
        <translation>Hvem der ændrede selve vurderingen, hvornår og hvad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acceptance criteria of this assessment</source>
        <translation>Denne risikovurderings acceptkriterier</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormActions.cpp" line="+60"/>
        <source>Add line</source>
        <translation>Tilføj linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a line at the end of the form</source>
        <translation>Tilføj en linje sidst i skemaet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dupliker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected lines to the end of the form</source>
        <translation>Kopier de valgte linjer til slutningen af skemaet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected lines</source>
        <translation>Slet de valgte linjer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the line one place up</source>
        <translation>Flyt linjen én plads op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the line one place down</source>
        <translation>Flyt linjen én plads ned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create measure from selected lines...</source>
        <translation>Opret tiltag ud fra valgte linjer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a measure to the action plan that treats the selected lines</source>
        <translation>Tilføj et tiltag til handlingsplanen, som behandler de valgte linjer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of the line...</source>
        <translation>Historik for linjen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the selected line, when, and what</source>
        <translation>Hvem der ændrede den valgte linje, hvornår og hvad</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormView.cpp" line="+75"/>
        <source>Find in the lines (Ctrl+F)</source>
        <translation>Søg i linjerne (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the lines whose text, existing measures, asset or measures hold this</source>
        <translation>Viser de linjer hvis tekst, eksisterende tiltag, informationsaktiv eller tiltag indeholder dette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the lines of one zone, or those not scored yet</source>
        <translation>Viser linjerne i én zone, eller dem der endnu ikke er vurderet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the lines about one asset</source>
        <translation>Viser linjerne om ét informationsaktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all</source>
        <translation>Vis alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the filters away: every line of the form is shown</source>
        <translation>Fjerner filtrene: alle skemaets linjer vises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ass&amp;et:</source>
        <translation>&amp;Informationsaktiv:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find in the lines</source>
        <translation>Søg i linjerne</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All zones</source>
        <translation>Alle zoner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not scored</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All assets</source>
        <translation>Alle informationsaktiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no asset)</source>
        <translation>(intet informationsaktiv)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 – %2 (%3, %4)</source>
        <translation>%1 – %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unit</source>
        <translation>Ingen enhed</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No assessment yet. Start one with New assessment.</source>
        <translation>Ingen risikovurdering endnu. Start en med Ny risikovurdering.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>acceptable</source>
        <translation>acceptabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not acceptable</source>
        <translation>ikke acceptabel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale %1 × %2 (probability × consequence), fixed when the assessment was created. %3</source>
        <translation>Skala %1 × %2 (sandsynlighed × konsekvens), fastlagt da risikovurderingen blev oprettet. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Many affected raises the consequence one level.</source>
        <translation>Mange berørte hæver konsekvensen ét niveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many affected does not change the consequence.</source>
        <translation>Mange berørte ændrer ikke konsekvensen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Residual probability (P)</source>
        <translation>Restsandsynlighed (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability (P)</source>
        <translation>Sandsynlighed (S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual consequence (C)</source>
        <translation>Restkonsekvens (K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consequence (C)</source>
        <translation>Konsekvens (K)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Lines: %1; highest product: %2; above the acceptance line: %3</source>
        <translation>Linjer: %1; højeste produkt: %2; over acceptgrænsen: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>shown: %1 of %2</source>
        <translation>vist: %1 af %2</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormActions.cpp" line="+55"/>
        <source>New line</source>
        <translation>Ny linje</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete lines</source>
        <translation>Slet linjer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected line?</source>
        <translation>Slet den valgte linje?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the %1 selected lines?</source>
        <translation>Slet de %1 valgte linjer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures stop treating them. Undo brings them back.</source>
        <translation>Tiltag holder op med at behandle dem. Fortryd henter dem tilbage.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>New assessment</source>
        <translation>Ny risikovurdering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit assessment</source>
        <translation>Rediger risikovurdering</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no unit)</source>
        <translation>(ingen enhed)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
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
        <translation>&amp;Vurderet af:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The assets this assessment covers: printed on its form</source>
        <translation>De informationsaktiver, vurderingen omfatter: skrives ud på dens skema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assessed a&amp;ssets:</source>
        <translation>Vurderede informationsa&amp;ktiver:</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Confirm scores</source>
        <translation>Bekræft produkt og niveauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the scores of the selected lines carried over from the last round</source>
        <translation>Bekræft niveauer og produkt for de valgte linjer, der er overført fra sidste runde</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Start from the last round (%1): its lines carried over, open measures along</source>
        <translation>Start fra sidste runde (%1): dens linjer overføres, åbne tiltag følger med</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from the last round (the unit has none)</source>
        <translation>Start fra sidste runde (enheden har ingen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risks/RiskFormView.cpp" line="-2"/>
        <source>not scored: %n</source>
        <translation>
            <numerusform>ikke vurderet: %n</numerusform>
            <numerusform>ikke vurderet: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormActions.cpp" line="+8"/>
        <source>The register&apos;s current acceptance criteria are fixed for this assessment when it is created.</source>
        <translation>Registrets gældende acceptkriterier fastlåses for risikovurderingen, når den oprettes.</translation>
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
        <translation>Højere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower</source>
        <translation>Lavere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Print comparison...</source>
        <translation>Udskriv sammenligning...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What can happen?</source>
        <translation>Hvad kan ske?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print or preview the comparison of the two rounds</source>
        <translation>Udskriv eller forhåndsvis sammenligningen af de to runder</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Changes since %1</source>
        <translation>Ændringer siden %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 new, %2 removed, %3 higher, %4 lower, %5 unchanged. Measures completed between the rounds: %6; still open: %7, of them overdue: %8.</source>
        <translation>%1 nye, %2 fjernet, %3 højere, %4 lavere, %5 uændrede. Tiltag gennemført mellem runderne: %6; stadig åbne: %7, heraf overskredet: %8.</translation>
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
        <translation>Åbn register på server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address of the register on a PostgreSQL server:</source>
        <translation>&amp;Adresse på registret på en PostgreSQL-server:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example:&lt;br&gt;&lt;tt&gt;postgresql://db.kommune.no/risiko&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;postgresql://db.kommune.no:5433/risiko?user=kari&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;postgresql:///risiko?host=/var/run/postgresql&lt;/tt&gt; (on this machine)&lt;br&gt;The password is never kept: it is taken from ~/.pgpass or PGPASSWORD, Kerberos signs you in, or you are asked for it.</source>
        <translation>For eksempel:&lt;br&gt;&lt;tt&gt;postgresql://db.kommune.dk/risiko&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;postgresql://db.kommune.dk:5433/risiko?user=kari&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;postgresql:///risiko?host=/var/run/postgresql&lt;/tt&gt; (på denne maskine)&lt;br&gt;Adgangskoden gemmes aldrig: den hentes fra ~/.pgpass eller PGPASSWORD, Kerberos logger dig ind, eller du bliver spurgt om den.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>An address begins with postgresql:// (or postgres://)</source>
        <translation>En adresse begynder med postgresql:// (eller postgres://)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ServerPassword</name>
    <message>
        <location filename="../ui/common/ServerPassword.cpp" line="+30"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server asks for the password of the database user:
%1</source>
        <translation>Serveren beder om databasebrugerens adgangskode:
%1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::SignOffDialog</name>
    <message>
        <location filename="../ui/cycle/SignOffDialog.cpp" line="+39"/>
        <source>Record a review</source>
        <translation>Registrér en gennemgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed: %1</source>
        <translation>Gennemgået: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by:</source>
        <translation>Gennemgået af:</translation>
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
        <translation>Bemærkning:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept the residual risk</source>
        <translation>Acceptér restrisikoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management accepts the residual risk of %1 until the expiry date; after it the risk is flagged again.</source>
        <translation>Ledelsen accepterer restrisikoen for %1 indtil udløbsdatoen; derefter markeres risikoen igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted by:</source>
        <translation>Accepteret af:</translation>
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
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management approves %1. A later change to it marks the approval as outdated.</source>
        <translation>Ledelsen godkender %1. En senere ændring markerer godkendelsen som forældet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>Godkendt af:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. chief executive, director</source>
        <translation>f.eks. kommunaldirektør, direktør</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Say who signs it off.</source>
        <translation>Angiv, hvem der godkender.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the justification for accepting the risk.</source>
        <translation>Angiv begrundelsen for at acceptere risikoen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acceptance must be valid until a date after it is given.</source>
        <translation>Accepten skal gælde til en dato efter, at den er givet.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The date is no date, or lies ahead: type it as %1.</source>
        <translation>Datoen er ikke en gyldig dato eller ligger ude i fremtiden: skriv den som %1.</translation>
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
        <translation>%1: %2 risici (%3); %4 over acceptgrænsen, %5 accepteret; tiltag %6 udført, %7 overskredet; %8 hændelser</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No risk assessment yet.</source>
        <translation>Endnu ingen risikovurdering.</translation>
    </message>
</context>
</TS>
