<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>CycleTexts</name>
    <message>
        <location filename="../ui/cycle/CycleTexts.cpp" line="+11"/>
        <source>Confidentiality</source>
        <translation>Konfidentialitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Riktighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data breach</source>
        <translation>Personuppgiftsincident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breach of routine</source>
        <translation>Avvikelse från rutin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>Under utredning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risk assessment</source>
        <translation>Riskbedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Tillgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy document</source>
        <translation>Styrdokument</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never assessed</source>
        <translation>Aldrig bedömd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew the risk assessment</source>
        <translation>Förnya riskbedömningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up the measure</source>
        <translation>Följ upp åtgärden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the policy document</source>
        <translation>Gå igenom styrdokumentet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the asset</source>
        <translation>Gå igenom tillgången</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure deadline</source>
        <translation>Tidsfrist för åtgärd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residual risk not accepted</source>
        <translation>Den kvarstående risken är inte accepterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance expired</source>
        <translation>Acceptansen har gått ut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acceptance expires</source>
        <translation>Acceptansen går ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action plan changed since approved</source>
        <translation>Handlingsplanen har ändrats sedan den godkändes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment changed since approved</source>
        <translation>Riskbedömningen har ändrats sedan den godkändes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the data protection authority (72 hours)</source>
        <translation>Anmäl till IMY (72 timmar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception runs out</source>
        <translation>Undantaget upphör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a measure or management&apos;s acceptance</source>
        <translation>Behöver en åtgärd eller ledningens acceptans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the residual risk</source>
        <translation>Bedöm den kvarstående risken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassess the carried-over line</source>
        <translation>Bedöm den överförda raden på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the risk line</source>
        <translation>Bedöm riskraden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reviews</source>
        <translation>Genomgångar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure deadlines</source>
        <translation>Tidsfrister för åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptances</source>
        <translation>Acceptanser av kvarstående risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>Godkännanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breach notifications</source>
        <translation>Anmälningar av incidenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceptions</source>
        <translation>Undantag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks needing treatment</source>
        <translation>Risker som behöver åtgärdas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual risks to score</source>
        <translation>Kvarstående risker utan riskvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried-over lines to reassess</source>
        <translation>Överförda rader att bedöma på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk lines not scored</source>
        <translation>Riskrader som inte är bedömda</translation>
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
        <translation>Databas</translation>
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
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper archive</source>
        <translation>Pappersarkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welfare technology</source>
        <translation>Välfärdsteknik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary</source>
        <translation>Vanliga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Känsliga</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Privacy</source>
        <translation>Integritetsskydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Konfidentialitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Riktighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Tillgänglighet</translation>
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
        <translation>Riskmatris</translation>
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
        <translation>Informationstillgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Riskbedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy document</source>
        <translation>Styrdokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Genomgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>Acceptans av kvarstående risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Godkännande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception</source>
        <translation>Undantag</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../ui/common/QtTexts.cpp" line="+48"/>
        <source>&amp;Select All</source>
        <translation>&amp;Markera allt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Stega upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Stega &amp;ned</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <location line="+82"/>
        <source>Select Color</source>
        <translation>Välj färg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Basic colors</source>
        <translation>&amp;Grundfärger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Custom colors</source>
        <translation>&amp;Egna färger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Lägg till i egna färger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pick Screen Color</source>
        <translation>&amp;Hämta färg från skärmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Markören vid %1, %2
Tryck på Esc för att avbryta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hu&amp;e:</source>
        <translation>&amp;Nyans:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sat:</source>
        <translation>&amp;Mättnad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Val:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Red:</source>
        <translation>&amp;Röd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Green:</source>
        <translation>&amp;Grön:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bl&amp;ue:</source>
        <translation>Bl&amp;å:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;lpha channel:</source>
        <translation>Genom&amp;skinlighet:</translation>
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
        <translation>Jobbstyrning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled printing:</source>
        <translation>Schemalagd utskrift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing information:</source>
        <translation>Faktureringsuppgifter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job priority:</source>
        <translation>Jobbprioritet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banner Pages</source>
        <translation>Försättsblad</translation>
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
        <translation>Skriv ut direkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold Indefinitely</source>
        <translation>Håll kvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day (06:00 to 17:59)</source>
        <translation>Dag (06:00 till 17:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night (18:00 to 05:59)</source>
        <translation>Natt (18:00 till 05:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Kvällsskift (16:00 till 23:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Nattskift (00:00 till 07:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Helg (lördag till söndag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific Time</source>
        <translation>Bestämd tid</translation>
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
        <translation>Oklassificerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Konfidentiell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classified</source>
        <translation>Klassificerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Hemlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top Secret</source>
        <translation>Kvalificerat hemlig</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <location line="+1"/>
        <source>Authentication Needed</source>
        <translation>Autentisering krävs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication needed to use %1.</source>
        <translation>Autentisering krävs för att använda %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Autentisering krävs för att använda %1 på %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username:</source>
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-194"/>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Gå bakåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Gå framåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Överordnad mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Gå till den överordnade mappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Skapa en ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Visa som lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Visa med detaljer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Filtyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>Hitta mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Mappar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Visa &amp;dolda filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Sidopanel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Platser och bokmärken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>Filmapp</translation>
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
        <translation>Mappen kunde inte tas bort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Vill du ta bort ”%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>”%1” är skrivskyddad.
Vill du ta bort den ändå?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finns redan.
Vill du ersätta den?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+152"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Mappen finns inte.
Kontrollera mappens namn.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen finns inte.
Kontrollera filens namn.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Genväg</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="-147"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>Ogiltigt filnamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Namnet ”%1” kan inte användas.&lt;/b&gt;&lt;p&gt;Försök med ett annat namn med färre tecken eller utan skiljetecken.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-97"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp u&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>K&amp;listra in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+12"/>
        <source>Show Details...</source>
        <translation>Visa detaljer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Dölj detaljer...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location line="+155"/>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page size:</source>
        <translation>Sidstorlek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>Bredd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Höjd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper source:</source>
        <translation>Papperskälla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse landscape</source>
        <translation>Omvänt liggande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse portrait</source>
        <translation>Omvänt stående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins</source>
        <translation>Marginaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top margin</source>
        <translation>övre marginal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left margin</source>
        <translation>vänster marginal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right margin</source>
        <translation>höger marginal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom margin</source>
        <translation>nedre marginal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Layout</source>
        <translation>Sidlayout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page order:</source>
        <translation>Sidordning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages per sheet:</source>
        <translation>Sidor per ark:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Millimeters (mm)</source>
        <translation>Millimeter (mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inches (in)</source>
        <translation>Tum (in)</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
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
        <translation>&amp;Alternativ &gt;&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Alternativ &lt;&lt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print to File (PDF)</source>
        <translation>Skriv ut till fil (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print To File ...</source>
        <translation>Skriv ut till fil ...</translation>
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
        <translation>Alla sidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd Pages</source>
        <translation>Udda sidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even Pages</source>
        <translation>Jämna sidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>Vänster till höger, uppifrån och ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>Vänster till höger, nedifrån och upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>Höger till vänster, nedifrån och upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>Höger till vänster, uppifrån och ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>Nedifrån och upp, vänster till höger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>Nedifrån och upp, höger till vänster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>Uppifrån och ned, vänster till höger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>Uppifrån och ned, höger till vänster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 finns redan.
Vill du skriva över den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 är en mapp.
Välj ett annat filnamn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Det går inte att skriva till filen %1.
Välj ett annat filnamn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid Pages Definition</source>
        <translation>Ogiltigt sidurval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 är inte korrekt skrivet. Skilj sidor och intervall åt med ”,”, ange intervall med ”-” och låt inte intervallen överlappa varandra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Värdet ”Från” kan inte vara större än värdet ”Till”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplex Settings Conflicts</source>
        <translation>Motstridiga inställningar för dubbelsidig utskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Inställningarna för dubbelsidig utskrift strider mot varandra. Vill du rätta dem?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Inställningarna ”Sidor per ark” och ”Siduppsättning” kan inte användas tillsammans.
Stäng av en av dem.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location line="-124"/>
        <source>Print Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Anpassa sidan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Anpassa bredden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Setup</source>
        <translation>Utskriftsformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page setup</source>
        <translation>Utskriftsformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show overview of all pages</source>
        <translation>Visa alla sidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First page</source>
        <translation>Första sidan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last page</source>
        <translation>Sista sidan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show single page</source>
        <translation>Visa en sida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show facing pages</source>
        <translation>Visa uppslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to PDF</source>
        <translation>Exportera till PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location line="+162"/>
        <source>Printer Properties</source>
        <translation>Skrivaregenskaper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job Options</source>
        <translation>Inställningar för utskriftsjobbet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced Option Conflicts</source>
        <translation>Motstridiga avancerade inställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Några avancerade inställningar strider mot varandra. Vill du rätta dem?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Setup Conflicts</source>
        <translation>Motstridig utskriftsformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Inställningarna för utskriftsformat strider mot varandra. Vill du rätta dem?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location line="-8"/>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Avancerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Några inställningar strider mot varandra. Rätta dem.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="-53"/>
        <source>Copies</source>
        <translation>Kopior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print range</source>
        <translation>Utskriftsintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print all</source>
        <translation>Skriv ut allt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages from</source>
        <translation>Sidor från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Page</source>
        <translation>Aktuell sida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output Settings</source>
        <translation>Utskriftsinställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies:</source>
        <translation>Kopior:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collate</source>
        <translation>Sortera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Omvänd ordning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color Mode</source>
        <translation>Färgläge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grayscale</source>
        <translation>Gråskala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplex Printing</source>
        <translation>Dubbelsidig utskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long side</source>
        <translation>Långsida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short side</source>
        <translation>Kortsida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Set:</source>
        <translation>Siduppsättning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Ange sidor eller intervall åtskilda med kommatecken. Ett intervall är två tal med bindestreck emellan. T.ex. skriver 3,5-7,9 ut sidorna 3, 5, 6, 7 och 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roperties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output &amp;file:</source>
        <translation>Skriv ut till &amp;fil:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-166"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp u&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera l&amp;änkadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>K&amp;listra in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="+70"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · printed %2 with Trygg</source>
        <translation>%1 · utskriven %2 med Trygg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trail fingerprint %1</source>
        <translation>Loggens fingeravtryck %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+262"/>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Sannolikhet</translation>
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
        <translation>Nuvarande risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual risk after measures</source>
        <translation>Kvarstående risk efter åtgärder</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Zone</source>
        <translation>Zon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Riskvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable</source>
        <translation>Acceptabel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks now</source>
        <translation>Risker nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks after measures</source>
        <translation>Risker efter åtgärder</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <location line="+47"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Approved by %1 on %2, but changed since: to be approved again.</source>
        <translation>Godkänd av %1 den %2, men ändrad sedan dess: ska godkännas på nytt.</translation>
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
        <translation>Nr</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+279"/>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="-278"/>
        <location line="+280"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="-279"/>
        <location line="+280"/>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
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
        <translation>Timmar</translation>
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
        <translation>Riskvärde</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Risks treated (score, zone)</source>
        <translation>Risker som åtgärden hanterar (riskvärde, zon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has no measures.</source>
        <translation>Planen har inga åtgärder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+194"/>
        <location line="+17"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Municipality / register</source>
        <translation>Kommun / register</translation>
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
        <translation>Åtgärder</translation>
    </message>
    <message numerus="yes">
        <location line="-217"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measures in order of priority</source>
        <translation>Åtgärder i prioriteringsordning</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+120"/>
        <source>Approved by management</source>
        <translation>Godkänd av ledningen</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The risk assessment form is printed for one assessment: choose one.</source>
        <translation>Riskbedömningsblanketten skrivs ut för en bedömning: välj en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessment</source>
        <translation>Riskbedömning</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessed by</source>
        <translation>Bedömd av</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assets assessed</source>
        <translation>Bedömda tillgångar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>Acceptance criteria</source>
        <translation>Acceptanskriterier</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+184"/>
        <source>What can happen?</source>
        <translation>Vad kan hända?</translation>
    </message>
    <message>
        <location filename="../ui/reports/AssetRegisterReport.cpp" line="+1"/>
        <location filename="../ui/reports/ReportBuilder.cpp" line="-183"/>
        <location line="+184"/>
        <source>Asset</source>
        <translation>Tillgång</translation>
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
        <translation>Riskvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing measures</source>
        <translation>Befintliga åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation>Kunskapsunderlag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment has no risk lines.</source>
        <translation>Bedömningen har inga riskrader.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+208"/>
        <source>Risk matrix</source>
        <translation>Riskmatris</translation>
    </message>
    <message numerus="yes">
        <location line="-200"/>
        <source>%n risk(s) scored on criteria with other scales are not in the matrix.</source>
        <translation>
            <numerusform>%n risk bedömd enligt kriterier med andra skalor finns inte i matrisen.</numerusform>
            <numerusform>%n risker bedömda enligt kriterier med andra skalor finns inte i matrisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-312"/>
        <location line="+319"/>
        <source>%n risk(s) without an assessed residual risk are placed by their current risk.</source>
        <translation>
            <numerusform>%n risk utan bedömd kvarstående risk är placerad efter nuvarande risk.</numerusform>
            <numerusform>%n risker utan bedömd kvarstående risk är placerade efter nuvarande risk.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+185"/>
        <source>Asset register</source>
        <translation>Tillgångsregister</translation>
    </message>
    <message>
        <location filename="../ui/reports/AssetRegisterReport.cpp" line="-5"/>
        <location filename="../ui/reports/ReportBuilder.cpp" line="-167"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>I</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Klassning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register has no assets.</source>
        <translation>Registret har inga tillgångar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no owner</source>
        <translation>ingen ägare</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n asset(s). C, I, A: confidentiality, integrity and availability, 0-4.</source>
        <translation>
            <numerusform>%n tillgång. K, R, T: konfidentialitet, riktighet och tillgänglighet, 0-4.</numerusform>
            <numerusform>%n tillgångar. K, R, T: konfidentialitet, riktighet och tillgänglighet, 0-4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="-6"/>
        <source>Management review %1</source>
        <translation>Ledningens genomgång %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents and deviations</source>
        <translation>Incidenter och avvikelser</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n incident(s) in %1, of which %2 still open.</source>
        <translation>
            <numerusform>%n incident under %1, varav %2 fortfarande är öppen.</numerusform>
            <numerusform>%n incidenter under %1, varav %2 fortfarande är öppna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n personal data breach(es); %1 not told to the data protection authority within 72 hours.</source>
        <translation>
            <numerusform>%n personuppgiftsincident; %1 anmäldes inte till IMY inom 72 timmar.</numerusform>
            <numerusform>%n personuppgiftsincidenter; %1 anmäldes inte till IMY inom 72 timmar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still within their 72 hours, not told yet: %1.</source>
        <translation>Fortfarande inom de 72 timmarna och ännu inte anmälda: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n measure(s) done in the year.</source>
        <translation>
            <numerusform>%n åtgärd genomförd under året.</numerusform>
            <numerusform>%n åtgärder genomförda under året.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n measure(s) overdue:</source>
        <translation>
            <numerusform>%n åtgärd försenad:</numerusform>
            <numerusform>%n åtgärder försenade:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No measure is overdue.</source>
        <translation>Ingen åtgärd är försenad.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Risk assessments due by the end of the year</source>
        <translation>Riskbedömningar som förfaller före årets slut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the whole register</source>
        <translation>hela registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+15"/>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Risks above the acceptance line</source>
        <translation>Risker över acceptansgränsen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk(s) above the acceptance line after measures; %1 of them accepted by management.</source>
        <translation>
            <numerusform>%n risk över acceptansgränsen efter åtgärder; %1 av dem accepterade av ledningen.</numerusform>
            <numerusform>%n risker över acceptansgränsen efter åtgärder; %1 av dem accepterade av ledningen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Approved exceptions in force</source>
        <translation>Godkända undantag som gäller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exception from</source>
        <translation>Undantag från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Godkänd av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>until revoked</source>
        <translation>tills det återkallas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed by management</source>
        <translation>Genomgånget av ledningen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Risk assessment form</source>
        <translation>Riskbedömningsblankett</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Management review</source>
        <translation>Ledningens genomgång</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>open measures only</source>
        <translation>endast öppna åtgärder</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Residual P</source>
        <translation>Kv. S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual C</source>
        <translation>Kv. K</translation>
    </message>
    <message>
        <location filename="../ui/reports/AssetRegisterReport.cpp" line="-39"/>
        <location line="+49"/>
        <source>Persons registered</source>
        <translation>Registrerade personer</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information held</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification or licence</source>
        <translation>Anmälan eller tillstånd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Driftoperatör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement</source>
        <translation>Personuppgiftsbiträdesavtal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safeguards</source>
        <translation>Skyddsåtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage and communication</source>
        <translation>Lagring och kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archiving and deletion</source>
        <translation>Arkivering och gallring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="+199"/>
        <source>Trend</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Comparison of rounds</source>
        <translation>Jämförelse av omgångar</translation>
    </message>
    <message>
        <location line="-476"/>
        <location line="+246"/>
        <source>not scored</source>
        <translation>inte bedömd</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n risk(s) not scored yet are not in the matrix.</source>
        <translation>
            <numerusform>%n risk som ännu inte är bedömd finns inte i matrisen.</numerusform>
            <numerusform>%n risker som ännu inte är bedömda finns inte i matrisen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-92"/>
        <source>An event that affects many people is given a consequence one level higher.</source>
        <translation>En händelse som drabbar många personer ges en konsekvensnivå högre.</translation>
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
        <translation>Borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher</source>
        <translation>Högre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower</source>
        <translation>Lägre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comparison of rounds</source>
        <translation>Jämförelse av omgångar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new, %2 removed, %3 higher, %4 lower and %5 unchanged. Higher or lower: by zone first, then by score as a share of its matrix&apos;s highest, so rounds scored on different matrix versions compare.</source>
        <translation>%1 nya, %2 borttagna, %3 högre, %4 lägre och %5 oförändrade. Högre eller lägre: först efter zon, sedan efter riskvärdet som andel av matrisens högsta, så att omgångar bedömda med olika matrisversioner kan jämföras.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What can happen?</source>
        <translation>Vad kan hända?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset</source>
        <translation>Tillgång</translation>
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
        <translation>Ingen av omgångarna har rader.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Measures completed between the rounds</source>
        <translation>Åtgärder genomförda mellan omgångarna</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Measures still open (%1 overdue, marked)</source>
        <translation>Åtgärder som fortfarande är öppna (%1 försenade, markerade)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Above the line</source>
        <translation>Över gränsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepterade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures done</source>
        <translation>Åtgärder utförda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures overdue</source>
        <translation>Åtgärder försenade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No risk assessment yet.</source>
        <translation>Ingen riskbedömning än.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Risks by zone per year</source>
        <translation>Risker per zon och år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over each bar: the risks above the acceptance line.</source>
        <translation>Över varje stapel: risker över acceptansgränsen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 risks (%3), %4 above the acceptance line</source>
        <translation>%1: %2 risker (%3), %4 över acceptansgränsen</translation>
    </message>
</context>
<context>
    <name>TrailNotice</name>
    <message>
        <location filename="../ui/mainwindow/TrailNotice.cpp" line="+25"/>
        <source>%1 was changed outside Trygg: %2</source>
        <translation>%1 har ändrats utanför Trygg: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more finding(s))</source>
        <translation>
            <numerusform>(%n fynd till)</numerusform>
            <numerusform>(%n fynd till)</numerusform>
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
        <translation>Ändrat utanför Trygg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed since Trygg last recorded it, by a program other than Trygg or by hand. Ask who can write its folder, and compare it with the printed reports, which carry the trail&apos;s fingerprint.</source>
        <translation>%1 har ändrats sedan Trygg senast registrerade det, av ett annat program än Trygg eller för hand. Fråga vem som kan skriva i mappen, och jämför med de utskrivna rapporterna, som bär loggens fingeravtryck.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+103"/>
        <source>Information-security risk registers</source>
        <translation>Riskregister för informationssäkerhet</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The language: da, nb, sv or en (default: the system&apos;s).</source>
        <translation>Språket: da, nb, sv eller en (standard: systemets).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The register to open: a file, or a server&apos;s address (postgresql://...)</source>
        <translation>Registret som ska öppnas: en fil eller en servers adress (postgresql://...)</translation>
    </message>
</context>
<context>
    <name>trygg</name>
    <message>
        <location filename="../core/check/RegisterCheck.cpp" line="+33"/>
        <source>risk matrix %1: %2</source>
        <translation>riskmatris %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/model/RegisterData.cpp" line="+14"/>
        <source>the register has no current risk matrix</source>
        <translation>registret har ingen gällande riskmatris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the review rule &apos;%1&apos; is not understood</source>
        <translation>regeln för genomgång ”%1” kan inte tolkas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assessment &apos;%1&apos; has no risk matrix</source>
        <translation>riskbedömningen ”%1” har ingen riskmatris</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>risk %1 (&apos;%2&apos;) in &apos;%3&apos;: %4</source>
        <translation>risk %1 (”%2”) i ”%3”: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>measure &apos;%1&apos; treats a risk of another assessment (&apos;%2&apos;)</source>
        <translation>åtgärden ”%1” hanterar en risk i en annan riskbedömning (”%2”)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>asset &apos;%1&apos; (%2)</source>
        <translation>tillgången ”%1” (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asset &apos;%1&apos;</source>
        <translation>tillgången ”%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has the same person as owner and deputy</source>
        <translation>%1 har samma person som ägare och ersättare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IT security leader</source>
        <translation>IT-säkerhetschef</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system owner</source>
        <translation>systemägare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT-responsible</source>
        <translation>IT-ansvarig</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>units &apos;%1&apos; (%2) and &apos;%3&apos; (%4) differ only in upper and lower case, and Trygg takes them for one unit; move the assets and assessments of one into the other and delete it</source>
        <translation>enheterna ”%1” (%2) och ”%3” (%4) skiljer sig bara i versaler och gemener, och Trygg räknar dem som en enhet; flytta tillgångarna och riskbedömningarna från den ena till den andra och ta bort den</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: the audit trail&apos;s chain is checked by a user who may read the whole register (a security officer): you may read your units&apos; part of it only</source>
        <translation>%1: ändringsloggens kedja kontrolleras av en användare som får läsa hela registret (en säkerhetsansvarig): du får bara läsa dina enheters del av den</translation>
    </message>
    <message>
        <location filename="../core/combine/Combiner.cpp" line="+162"/>
        <source>%1: this is the combined register itself (or a copy of it); it cannot be combined into itself</source>
        <translation>%1: detta är själva det sammanslagna registret (eller en kopia av det); det kan inte slås ihop med sig självt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 are copies of one register (the same register id), so their objects cannot be told apart; combine each section&apos;s own register, or, if %2 is a different section, combine it as a new section</source>
        <translation>%1 och %2 är kopior av samma register (samma register-id), så deras objekt kan inte skiljas åt; slå ihop varje avdelnings eget register, eller, om %2 är en annan avdelning, slå ihop den som en ny avdelning</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 has the same register id as %2, which was combined into this register before: one is a copy of the other, so their objects cannot be told apart. Combine each section&apos;s own register, or, if %1 is a different section, combine it as a new section</source>
        <translation>%1 har samma register-id som %2, som tidigare slagits ihop till detta register: det ena är en kopia av det andra, så deras objekt kan inte skiljas åt. Slå ihop varje avdelnings eget register, eller, om %1 är en annan avdelning, slå ihop den som en ny avdelning</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>changed differently in &apos;%1&apos;, which was taken over</source>
        <translation>ändrad på ett annat sätt i ”%1”, som togs in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed both in the section and in the combined register since the last combine</source>
        <translation>ändrad både i avdelningens register och i det sammanslagna registret sedan den senaste sammanslagningen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the combined register already holds it, entered there, with other content</source>
        <translation>det sammanslagna registret har det redan, inmatat där, med annat innehåll</translation>
    </message>
    <message>
        <location filename="../core/combine/Combine.cpp" line="+81"/>
        <source>%1: %2 &apos;%3&apos; holds risk lines or measures that are not from the section; move or remove them before taking the section&apos;s removal</source>
        <translation>%1: %2 ”%3” har riskrader eller åtgärder som inte kommer från avdelningens register; flytta eller ta bort dem innan avdelningens borttagning tas över</translation>
    </message>
    <message>
        <location filename="../core/combine/Combiner.cpp" line="-1"/>
        <source>the combined register already holds it from &apos;%1&apos; with other content</source>
        <translation>det sammanslagna registret har det redan från ”%1” med annat innehåll</translation>
    </message>
    <message>
        <location filename="../core/combine/CombineRemovals.cpp" line="+38"/>
        <source>no longer in the section, but it holds risk lines or measures that are not from it; kept</source>
        <translation>finns inte längre i avdelningens register, men den har riskrader eller åtgärder som inte kommer därifrån; behålls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer in the section, but changed in the combined register since the last combine; kept</source>
        <translation>finns inte längre i avdelningens register, men har ändrats i det sammanslagna registret sedan förra sammanslagningen; behålls</translation>
    </message>
    <message>
        <location filename="../core/cycle/DueList.cpp" line="+22"/>
        <source>last reviewed %1 by %2</source>
        <translation>senaste genomgång %1 av %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>never assessed</source>
        <translation>aldrig bedömd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assessed %1</source>
        <translation>bedömd %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>never reviewed (counted from %1)</source>
        <translation>ingen genomgång ännu (räknat från %1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>responsible: %1</source>
        <translation>ansvarig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible: none</source>
        <translation>ansvarig: ingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never followed up (counted from %1)</source>
        <translation>ingen uppföljning ännu (räknat från %1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>residual risk %1 in zone &apos;%2&apos; is not accepted by management</source>
        <translation>kvarstående risk %1 i zonen ”%2” är inte accepterad av ledningen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>acceptance expired (accepted %1 by %2)</source>
        <translation>acceptansen har gått ut (accepterad %1 av %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acceptance expires (accepted %1 by %2)</source>
        <translation>acceptansen går ut (accepterad %1 av %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>risk %1 in zone &apos;%2&apos; needs a measure or management&apos;s acceptance</source>
        <translation>risk %1 i zonen ”%2” behöver en åtgärd eller ledningens acceptans</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its measures are finished: score the residual risk (now %1 in zone &apos;%2&apos;)</source>
        <translation>dess åtgärder är avslutade: bedöm den kvarstående risken (nu %1 i zonen ”%2”)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>assessment %1</source>
        <translation>riskbedömning %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>action plan of %1</source>
        <translation>handlingsplan för %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action plan</source>
        <translation>handlingsplan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted since approved %1 by %2</source>
        <translation>borttagen sedan godkännandet %1 av %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed since approved %1 by %2</source>
        <translation>ändrad sedan godkännandet %1 av %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>personal data breach discovered %1: tell the data protection authority by %2</source>
        <translation>personuppgiftsincident upptäckt %1: anmäl till IMY senast %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>approved by %1 on %2</source>
        <translation>godkänd av %1 den %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/deadlines/DeadlineRule.cpp" line="+105"/>
        <source>a review cycle of %n month is outside %1-%2</source>
        <comment>a review cycle of %n months is outside %1-%2</comment>
        <translation>
            <numerusform>en genomgångscykel på %n månad ligger utanför %1-%2</numerusform>
            <numerusform>en genomgångscykel på %n månader ligger utanför %1-%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the yearly review date %1-%2 is not a day of the year (MM-DD)</source>
        <translation>det årliga genomgångsdatumet %1-%2 är inte en dag på året (MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/exchange/AssetImport.cpp" line="+122"/>
        <source>the asset has no name</source>
        <translation>tillgången har inget namn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a type of asset: use %2</source>
        <translation>”%1” är inte en typ av tillgång: använd %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/exchange/RiskImport.cpp" line="+161"/>
        <location line="+39"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>”%1” är inte en av %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not yes, no or irrelevant</source>
        <translation>”%1” är inte ja, nej eller irrelevant</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the asset &apos;%1&apos; is already in row %2 of the file (an asset&apos;s name is unique within its unit); give each row its own name</source>
        <translation>tillgången ”%1” finns redan på rad %2 i filen (en tillgångs namn är unikt inom enheten); ge varje rad ett eget namn</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+293"/>
        <source>%1: row %2: the column &apos;%3&apos; is mapped to an unknown column</source>
        <translation>%1: rad %2: kolumnen ”%3” är kopplad till en okänd kolumn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: row %2: the columns &apos;%3&apos; and &apos;%4&apos; both mean &apos;%5&apos;</source>
        <translation>%1: rad %2: kolumnerna ”%3” och ”%4” betyder båda ”%5”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: row %2: the required column &apos;%3&apos; is missing</source>
        <translation>%1: rad %2: den obligatoriska kolumnen ”%3” saknas</translation>
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
        <translation>texten är inte giltig UTF-8</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>the row has more than %n column</source>
        <comment>the row has more than %n columns</comment>
        <translation>
            <numerusform>raden har fler än %n kolumn</numerusform>
            <numerusform>raden har fler än %n kolumner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a quoted field is not closed</source>
        <translation>ett fält inom citattecken är inte avslutat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected text after a closing quote</source>
        <translation>oväntad text efter ett avslutande citattecken</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the file is larger than %1 MB, the most Trygg reads of an import file</source>
        <translation>filen är större än %1 MB, det mesta Trygg läser av en importfil</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>the file has more than %n row</source>
        <comment>the file has more than %n rows</comment>
        <translation>
            <numerusform>filen har fler än %n rad</numerusform>
            <numerusform>filen har fler än %n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the file has more than %n cell</source>
        <comment>the file has more than %n cells</comment>
        <translation>
            <numerusform>filen har fler än %n cell</numerusform>
            <numerusform>filen har fler än %n celler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty (no header row)</source>
        <translation>filen är tom (ingen rubrikrad)</translation>
    </message>
    <message>
        <location filename="../core/platform/SafeFiles.cpp" line="+103"/>
        <location line="+44"/>
        <source>%1: cannot write the file (is the folder writable, is the disk full?)</source>
        <translation>%1: kan inte skriva filen (går det att skriva i mappen, är disken full?)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: kan inte skriva filen: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvImport.cpp" line="+1"/>
        <source>%1: row %2, column &apos;%3&apos;: %4</source>
        <translation>%1: rad %2, kolumn ”%3”: %4</translation>
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
... och ytterligare %n fel</numerusform>
            <numerusform>%1
... och ytterligare %n fel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Nothing was imported.</source>
        <translation>%1
Ingenting importerades.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../core/exchange/RiskImport.cpp" line="-45"/>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>”%1” är inte ett datum (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a whole number of zero or more</source>
        <translation>”%1” är inte ett heltal från noll och uppåt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a level of the scale: use 1-%2 (%3)</source>
        <translation>”%1” är inte en nivå på skalan: använd 1-%2 (%3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a level from 0 to %2</source>
        <translation>”%1” är inte en nivå från 0 till %2</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n asset imported (%1 new, %2 updated)</source>
        <comment>%n assets imported (%1 new, %2 updated)</comment>
        <translation>
            <numerusform>%n tillgång importerad (nya: %1, uppdaterade: %2)</numerusform>
            <numerusform>%n tillgångar importerade (nya: %1, uppdaterade: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk imported (%1 new, %2 updated)</source>
        <comment>%n risks imported (%1 new, %2 updated)</comment>
        <translation>
            <numerusform>%n risk importerad (nya: %1, uppdaterade: %2)</numerusform>
            <numerusform>%n risker importerade (nya: %1, uppdaterade: %2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1
new measures: %2</source>
        <translation>%1
nya åtgärder: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n asset imported (%1 new, %2 updated, %3 unchanged)</source>
        <comment>%n assets imported (%1 new, %2 updated, %3 unchanged)</comment>
        <translation>
            <numerusform>%n tillgång importerad (nya: %1, uppdaterade: %2, oförändrade: %3)</numerusform>
            <numerusform>%n tillgångar importerade (nya: %1, uppdaterade: %2, oförändrade: %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
new units: %2</source>
        <translation>%1
nya enheter: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
new assessments: %2</source>
        <translation>%1
nya riskbedömningar: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%n risk imported (%1 new, %2 updated, %3 unchanged)</source>
        <comment>%n risks imported (%1 new, %2 updated, %3 unchanged)</comment>
        <translation>
            <numerusform>%n risk importerad (nya: %1, uppdaterade: %2, oförändrade: %3)</numerusform>
            <numerusform>%n risker importerade (nya: %1, uppdaterade: %2, oförändrade: %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
new assets: %2</source>
        <translation>%1
nya tillgångar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
new people: %2</source>
        <translation>%1
nya personer: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1
updated measures: %2</source>
        <translation>%1
uppdaterade åtgärder: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
skipped rows with problems: %2</source>
        <translation>%1
rader med fel som hoppades över: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1
units written otherwise in the file, imported into the register&apos;s unit: %2</source>
        <translation>%1
enheter skrivna på annat sätt i filen, importerade till registrets enhet: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
ignored columns: %2</source>
        <translation>%1
ignorerade kolumner: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportRows.h" line="+144"/>
        <source>the row has %1 cells but the header has %2</source>
        <translation>raden har %1 celler men rubrikraden har %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/Json.cpp" line="+26"/>
        <source>%1: the file is %2 bytes; a matrix definition is at most %3</source>
        <translation>%1: filen är %2 byte; en matrisdefinition är högst %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty; expected a JSON object</source>
        <translation>filen är tom; ett JSON-objekt förväntades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected %1 after the end of the document</source>
        <translation>oväntat %1 efter dokumentets slut</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/exchange/MatrixJson.cpp" line="+47"/>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: rad %2, kolumn %3: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>end of file</source>
        <translation>slutet av filen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>byte 0x%1</source>
        <translation>byte 0x%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>expected %1, found %2</source>
        <translation>förväntade %1, hittade %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the document nests deeper than %1 levels</source>
        <translation>dokumentet är nästlat djupare än %1 nivåer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected a value (an object, list, text, number, true, false or null), found %1</source>
        <translation>förväntade ett värde (ett objekt, en lista, text, ett tal, true, false eller null), hittade %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a value, found %1 (text must be in double quotes)</source>
        <translation>förväntade ett värde, hittade %1 (text måste stå inom dubbla citattecken)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected a field name in double quotes, found %1 (a comma before &apos;}&apos; is not allowed)</source>
        <translation>förväntade ett fältnamn inom dubbla citattecken, hittade %1 (kommatecken före ”}” är inte tillåtet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a field name in double quotes, found %1</source>
        <translation>förväntade ett fältnamn inom dubbla citattecken, hittade %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the field &apos;%1&apos; appears twice in the same object</source>
        <translation>fältet ”%1” förekommer två gånger i samma objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;:&apos; after the field name</source>
        <translation>”:” efter fältnamnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>”,” eller ”}”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a comma before &apos;]&apos; is not allowed</source>
        <translation>kommatecken före ”]” är inte tillåtet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>”,” eller ”]”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>\u must be followed by four hexadecimal digits, found %1</source>
        <translation>\u måste följas av fyra hexadecimala siffror, hittade %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>texten är inte giltig UTF-8 (byte 0x%1); spara filen som UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is not valid UTF-8 (a character is cut off at the end of the file)</source>
        <translation>texten är inte giltig UTF-8 (ett tecken är avkapat i slutet av filen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text is not valid UTF-8 (byte 0x%1 inside a character); save the file as UTF-8</source>
        <translation>texten är inte giltig UTF-8 (byte 0x%1 inuti ett tecken); spara filen som UTF-8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>texten är inte giltig UTF-8; spara filen som UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <source>the text has no closing &apos;&quot;&apos;</source>
        <translation>texten saknar avslutande ”&quot;”</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>a line break inside text must be written \n</source>
        <translation>en radbrytning inuti text måste skrivas \n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a control character (0x%1) inside text must be escaped</source>
        <translation>ett styrtecken (0x%1) inuti text måste skrivas som escape-sekvens</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>\u%1 is half of a character (a lone surrogate)</source>
        <translation>\u%1 är halva ett tecken (ett surrogat utan par)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>\u%1 must be followed by the second half of its character</source>
        <translation>\u%1 måste följas av andra halvan av tecknet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text must not contain the character \u0000</source>
        <translation>text får inte innehålla tecknet \u0000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown escape &apos;\%1&apos; in text</source>
        <translation>okänd escape-sekvens ”\%1” i text</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a number must not start with 0</source>
        <translation>ett tal får inte börja med 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a digit, found %1</source>
        <translation>förväntade en siffra, hittade %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a digit after the decimal point, found %1</source>
        <translation>förväntade en siffra efter decimaltecknet, hittade %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a digit in the exponent, found %1</source>
        <translation>förväntade en siffra i exponenten, hittade %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the number %1 is too large</source>
        <translation>talet %1 är för stort</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value</source>
        <translation>ett värde</translation>
    </message>
    <message>
        <location filename="../core/exchange/MatrixJson.cpp" line="+7"/>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>”%1” måste vara %2, inte %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown field &apos;%1&apos;; the fields are %2</source>
        <translation>okänt fält ”%1”; fälten är %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field &apos;%1&apos; in &apos;%2&apos;; the fields are %3</source>
        <translation>okänt fält ”%1” i ”%2”; fälten är %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>the field &apos;%1&apos; is missing</source>
        <translation>fältet ”%1” saknas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is too long (%2 characters; at most %3)</source>
        <translation>”%1” har för många tecken (%2; högst %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; must be a whole number, not %2</source>
        <translation>”%1” måste vara ett heltal, inte %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a fraction</source>
        <translation>ett decimaltal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is %2; it must be %3 to %4</source>
        <translation>”%1” är %2; det måste vara från %3 till %4</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>&apos;%1&apos; has %n level; it needs %2 to %3</source>
        <comment>&apos;%1&apos; has %n levels; it needs %2 to %3</comment>
        <translation>
            <numerusform>”%1” har %n nivå; det behövs %2 till %3</numerusform>
            <numerusform>”%1” har %n nivåer; det behövs %2 till %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>a matrix definition is a JSON object ({...}), not %1</source>
        <translation>en matrisdefinition är ett JSON-objekt ({...}), inte %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;format&apos; must be &quot;%1&quot;: this is not a Trygg matrix definition</source>
        <translation>”format” måste vara ”%1”: detta är inte en matrisdefinition från Trygg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;version&apos; must be %1; this file may come from a newer Trygg</source>
        <translation>”version” måste vara %1; filen kan komma från en nyare version av Trygg</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;zones&apos; is empty; the matrix needs at least one zone</source>
        <translation>”zones” är tom; matrisen behöver minst en zon</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&apos;zones&apos; has %n zone; a matrix has at most %1</source>
        <comment>&apos;zones&apos; has %n zones; a matrix has at most %1</comment>
        <translation>
            <numerusform>”zones” har %n zon; en matris har högst %1</numerusform>
            <numerusform>”zones” har %n zoner; en matris har högst %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>&apos;cells&apos; lists %n cell; the matrix has only %1</source>
        <comment>&apos;cells&apos; lists %n cells; the matrix has only %1</comment>
        <translation>
            <numerusform>”cells” anger %n cell; matrisen har bara %1</numerusform>
            <numerusform>”cells” anger %n celler; matrisen har bara %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos;: the cell probability %2 x consequence %3 is listed twice</source>
        <translation>”%1”: cellen sannolikhet %2 x konsekvens %3 finns med två gånger</translation>
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
            <numerusform>%1; och %n till</numerusform>
            <numerusform>%1; och %n till</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the matrix is not valid: %2</source>
        <translation>%1: matrisen är inte giltig: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/RiskImport.cpp" line="+14"/>
        <source>the row names no risk assessment</source>
        <translation>raden anger ingen riskbedömning</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/risk/RiskRules.cpp" line="+98"/>
        <source>what can happen is empty</source>
        <translation>fältet ”Vad kan hända” är tomt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a list of %2</source>
        <translation>”%1” är inte en lista med %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not the id of a risk line (a whole number, as the risk export writes it)</source>
        <translation>”%1” är inte id:t för en riskrad (ett heltal, som riskexporten skriver det)</translation>
    </message>
    <message>
        <location filename="../core/exchange/XlsxWrite.cpp" line="-33"/>
        <source>… (shortened: %1 characters in all; see the CSV export)</source>
        <translation>… (förkortad: %1 tecken totalt; se CSV-exporten)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: cannot write the file (out of memory)</source>
        <translation>%1: kan inte skriva filen (slut på minne)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot write the file (out of memory)</source>
        <translation>kan inte skriva filen (slut på minne)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1, column &apos;%2&apos;: the text is longer than the 32,767 characters a spreadsheet cell can hold</source>
        <translation>rad %1, kolumn ”%2”: texten är längre än de 32 767 tecken som en cell i ett kalkylblad rymmer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1, column &apos;%2&apos;: cannot write the cell: %3</source>
        <translation>rad %1, kolumn ”%2”: kan inte skriva cellen: %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../core/platform/SafeFiles.cpp" line="-12"/>
        <location line="+6"/>
        <source>%1: cannot write the file (is the folder writable, is the disk full?): %2</source>
        <translation>%1: kan inte skriva filen (går det att skriva i mappen, är disken full?): %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/Xlsx.cpp" line="+57"/>
        <source>%1: not an XLSX workbook, or the file is damaged (it is not a readable zip archive)</source>
        <translation>%1: inte en XLSX-arbetsbok, eller så är filen skadad (den är inte ett läsbart zip-arkiv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: the zip archive has more than %n part; a workbook has a few dozen</source>
        <comment>%1: the zip archive has more than %n parts; a workbook has a few dozen</comment>
        <translation>
            <numerusform>%1: zip-arkivet har fler än %n del; en arbetsbok har några dussin</numerusform>
            <numerusform>%1: zip-arkivet har fler än %n delar; en arbetsbok har några dussin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the zip archive is damaged</source>
        <translation>zip-arkivet är skadat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook is encrypted (password-protected); save it without a password</source>
        <translation>arbetsboken är krypterad (lösenordsskyddad); spara den utan lösenord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip archive is damaged or uses an unsupported compression</source>
        <translation>zip-arkivet är skadat eller använder en komprimering som inte stöds</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the zip archive is damaged (cannot decompress; is the file truncated?)</source>
        <translation>zip-arkivet är skadat (kan inte packas upp; är filen avkortad?)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the zip archive is damaged (checksum error)</source>
        <translation>zip-arkivet är skadat (fel i kontrollsumman)</translation>
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
        <translation>större än %1 uppackad; filen avvisas som en möjlig zip-bomb</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../core/model/SystemError.cpp" line="+42"/>
        <location filename="../core/storage/Postgres.cpp" line="-274"/>
        <location filename="../core/storage/Sqlite.cpp" line="-173"/>
        <source>out of memory</source>
        <translation>slut på minne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the XML has a document type declaration, which a workbook never has</source>
        <translation>XML-koden har en dokumenttypsdeklaration, vilket en arbetsbok aldrig har</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the XML is malformed at line %1: %2</source>
        <translation>XML-koden är felaktig på rad %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>the workbook lists more than %n part</source>
        <comment>the workbook lists more than %n parts</comment>
        <translation>
            <numerusform>arbetsboken anger fler än %n del</numerusform>
            <numerusform>arbetsboken anger fler än %n delar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>the workbook has more than %n shared text</source>
        <comment>the workbook has more than %n shared texts</comment>
        <translation>
            <numerusform>arbetsboken har fler än %n delad text</numerusform>
            <numerusform>arbetsboken har fler än %n delade texter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>the sheet has more than %n row</source>
        <comment>the sheet has more than %n rows</comment>
        <translation>
            <numerusform>bladet har fler än %n rad</numerusform>
            <numerusform>bladet har fler än %n rader</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row has the invalid number &apos;%1&apos;</source>
        <translation>en rad har det ogiltiga numret ”%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the sheet has more than %n column (cell %1)</source>
        <comment>the sheet has more than %n columns (cell %1)</comment>
        <translation>
            <numerusform>bladet har fler än %n kolumn (cell %1)</numerusform>
            <numerusform>bladet har fler än %n kolumner (cell %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>cell %1 refers to shared string &apos;%2&apos;, but the workbook has %3</source>
        <translation>cellen %1 hänvisar till delad text ”%2”, men arbetsboken har %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the sheet holds more than %1 MB of text; the file is refused as a possible zip bomb</source>
        <translation>bladet innehåller mer än %1 MB text; filen avvisas som en möjlig zip-bomb</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>the sheet has more than %n cell (cell %1)</source>
        <comment>the sheet has more than %n cells (cell %1)</comment>
        <translation>
            <numerusform>bladet har fler än %n cell (cell %1)</numerusform>
            <numerusform>bladet har fler än %n celler (cell %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>missing: this is a zip archive but not an XLSX workbook</source>
        <translation>saknas: detta är ett zip-arkiv men inte en XLSX-arbetsbok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook has no sheet</source>
        <translation>arbetsboken har inget blad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: the workbook does not say where its sheets are</source>
        <translation>saknas: arbetsboken anger inte var bladen finns</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the first sheet (&apos;%1&apos;) is not listed</source>
        <translation>det första bladet (”%1”) finns inte i förteckningen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing: the workbook&apos;s first sheet is not in the file</source>
        <translation>saknas: arbetsbokens första blad finns inte i filen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the first sheet is empty (no header row)</source>
        <translation>%1: det första bladet är tomt (ingen rubrikrad)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an import file</source>
        <translation>en importfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: this is an old Excel .xls file; save it as .xlsx or CSV and import that</source>
        <translation>%1: detta är en gammal Excel-fil (.xls); spara den som .xlsx eller CSV och importera den</translation>
    </message>
    <message>
        <location filename="../core/matrix/Presets.cpp" line="+226"/>
        <source>unknown preset &apos;%1&apos;: choose %2</source>
        <translation>okänd förinställning ”%1”: välj %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <location filename="../core/matrix/RiskMatrix.cpp" line="+35"/>
        <source>the cell probability %1 x consequence %2</source>
        <translation>cellen sannolikhet %1 x konsekvens %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>zone %1</source>
        <translation>zon %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone &apos;%1&apos;</source>
        <translation>zonen ”%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the %1 scale has %n level; it needs %2 to %3</source>
        <comment>the %1 scale has %n levels; it needs %2 to %3</comment>
        <translation>
            <numerusform>skalan för %1 har %n nivå; den behöver %2 till %3</numerusform>
            <numerusform>skalan för %1 har %n nivåer; den behöver %2 till %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 level %2 has no label</source>
        <translation>nivå %2 för %1 har ingen benämning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the matrix has no zones</source>
        <translation>matrisen har inga zoner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>zone %1 has no name</source>
        <translation>zon %1 har inget namn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has the colour &apos;%2&apos;; it must be #rrggbb</source>
        <translation>%1 har färgen ”%2”; den måste vara #rrggbb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 runs from score %2 to %3; the lowest score must not be above the highest</source>
        <translation>%1 går från riskvärde %2 till %3; det lägsta riskvärdet får inte vara högre än det högsta</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the matrix has %n zone; it may have at most %1</source>
        <comment>the matrix has %n zones; it may have at most %1</comment>
        <translation>
            <numerusform>matrisen har %n zon; den får ha högst %1</numerusform>
            <numerusform>matrisen har %n zoner; den får ha högst %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 and %2 overlap at score %3</source>
        <translation>%1 och %2 överlappar vid riskvärde %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 overlap at scores %3-%4</source>
        <translation>%1 och %2 överlappar vid riskvärde %3-%4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is outside the %2 x %3 matrix</source>
        <translation>%1 ligger utanför matrisen på %2 x %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be set to zone index %2</source>
        <translation>%1 kan inte sättas till zonindex %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../core/risk/RiskRules.cpp" line="+1"/>
        <source>probability</source>
        <translation>sannolikhet</translation>
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
            <numerusform>%1 är satt till zon %2, men matrisen har bara %n zon</numerusform>
            <numerusform>%1 är satt till zon %2, men matrisen har bara %n zoner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (score %2) has no zone</source>
        <translation>%1 (riskvärde %2) har ingen zon</translation>
    </message>
    <message>
        <location filename="../core/report/PdfWriter.cpp" line="+239"/>
        <source>could not compress a PDF page</source>
        <translation>kunde inte komprimera en PDF-sida</translation>
    </message>
    <message>
        <location filename="../core/risk/RiskRules.cpp" line="-60"/>
        <source>%1 %2 cannot be scored: the matrix has no %3 levels</source>
        <translation>%1 %2 kan inte bedömas: matrisen har inga nivåer för %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is outside 1-%3</source>
        <translation>%1 %2 ligger utanför 1-%3</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>residual probability</source>
        <translation>kvarstående sannolikhet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>residual consequence</source>
        <translation>kvarstående konsekvens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>aspects %1 include unknown aspects; allowed are privacy, confidentiality, integrity and availability</source>
        <translation>aspekterna %1 omfattar okända aspekter; tillåtna är integritetsskydd, konfidentialitet, riktighet och tillgänglighet</translation>
    </message>
    <message>
        <location filename="../core/cycle/Rounds.cpp" line="+43"/>
        <location filename="../core/storage/AssessmentWrites.cpp" line="+28"/>
        <location filename="../core/storage/RecordKinds.h" line="+251"/>
        <location line="+12"/>
        <location line="+29"/>
        <source>risk assessment %1 does not exist</source>
        <translation>riskbedömning %1 finns inte</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-45"/>
        <source>asset %1 in the assessment&apos;s scope does not exist</source>
        <translation>tillgång %1 i bedömningens omfattning finns inte</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the assessment&apos;s name</source>
        <translation>bedömningens namn</translation>
    </message>
    <message>
        <location filename="../core/storage/AssessmentWrites.cpp" line="+13"/>
        <source>an assessment named &apos;%1&apos; already exists in this unit</source>
        <translation>det finns redan en bedömning som heter ”%1” i den här enheten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the measure &apos;%1&apos; has a completion date but is not done</source>
        <translation>åtgärden ”%1” har ett datum då den genomfördes men är inte genomförd</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+41"/>
        <source>what can happen</source>
        <translation>vad som kan hända</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>existing measures</source>
        <translation>befintliga åtgärder</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the risk&apos;s asset does not exist</source>
        <translation>riskens tillgång finns inte</translation>
    </message>
    <message>
        <location filename="../core/storage/AssessmentWrites.cpp" line="+10"/>
        <location filename="../core/storage/RecordKinds.h" line="+17"/>
        <location line="+84"/>
        <source>risk %1 does not exist</source>
        <translation>risk %1 finns inte</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-72"/>
        <source>the measure</source>
        <translation>åtgärden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>follow-up</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the person responsible for the measure does not exist</source>
        <translation>den ansvariga för åtgärden finns inte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>risk %1 treated by the measure does not exist</source>
        <translation>risk %1 som åtgärden hanterar finns inte</translation>
    </message>
    <message>
        <location filename="../core/storage/AssessmentWrites.cpp" line="-2"/>
        <location filename="../core/storage/RecordKinds.h" line="+4"/>
        <source>measure %1 does not exist</source>
        <translation>åtgärd %1 finns inte</translation>
    </message>
    <message>
        <location filename="../core/storage/AuditTrail.cpp" line="+20"/>
        <location line="+1"/>
        <source>the name of the person making changes</source>
        <translation>namnet på personen som gör ändringar</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>&apos;%1&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation>”%1” är inte ett giltigt datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/storage/Validation.cpp" line="+64"/>
        <source>%1 is not a valid date</source>
        <translation>%1 är inte ett giltigt datum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a valid time of day</source>
        <translation>%1 är inte ett giltigt klockslag</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+51"/>
        <source>the review rule &apos;%1&apos; for %2 is not one of odd-year, even-year-q1, months:N (1-120), yearly:MM-DD</source>
        <translation>genomgångsregeln ”%1” för %2 är inte någon av odd-year, even-year-q1, months:N (1-120), yearly:MM-DD</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>zone %1 does not exist in the current matrix</source>
        <translation>zon %1 finns inte i den aktuella matrisen</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+11"/>
        <source>the document&apos;s name</source>
        <translation>dokumentets namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document&apos;s unit does not exist</source>
        <translation>dokumentets enhet finns inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>policy document %1 does not exist</source>
        <translation>styrdokument %1 finns inte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the review&apos;s date</source>
        <translation>genomgångens datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who reviewed</source>
        <translation>vem som gjorde genomgången</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the review&apos;s note</source>
        <translation>genomgångens anteckning</translation>
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
        <translation>riskmatris</translation>
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
        <translation>riskbedömning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy document</source>
        <translation>policydokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>genomgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk acceptance</source>
        <translation>riskacceptans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval</source>
        <translation>godkännande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception</source>
        <translation>undantag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="+462"/>
        <source>the audit trail was changed outside Trygg: entry %1 has no chain hash (added outside Trygg)</source>
        <translation>ändringsloggen har ändrats utanför Trygg: post %1 saknar kedjehash (tillagd utanför Trygg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the audit trail was changed outside Trygg: entry %1 is missing (removed outside Trygg)</source>
        <translation>ändringsloggen har ändrats utanför Trygg: post %1 saknas (borttagen utanför Trygg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the audit trail was changed outside Trygg: entries %1 to %2 are missing (removed outside Trygg)</source>
        <translation>ändringsloggen har ändrats utanför Trygg: posterna %1 till %2 saknas (borttagna utanför Trygg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the audit trail was changed outside Trygg: entry %1 does not match its chain hash (changed, or an entry before it added or removed)</source>
        <translation>ändringsloggen har ändrats utanför Trygg: post %1 stämmer inte med sin kedjehash (ändrad, eller en post före den tillagd eller borttagen)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>the audit trail: %n more entry does not match its chain hash</source>
        <comment>the audit trail: %n more entries do not match their chain hash</comment>
        <translation>
            <numerusform>ändringsloggen: %n post till stämmer inte med sin kedjehash</numerusform>
            <numerusform>ändringsloggen: %n poster till stämmer inte med sina kedjehashar</numerusform>
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
        <translation>%1: tillagd utanför Trygg: ändringsloggen känner inte till den</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (&apos;%2&apos;): added outside Trygg: the audit trail says it was deleted on %3</source>
        <translation>%1 (”%2”): tillagd utanför Trygg: ändringsloggen säger att den togs bort %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the audit trail&apos;s record of it is damaged</source>
        <translation>%1: ändringsloggens uppgifter om den är skadade</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, %2: changed outside Trygg: the trail says %3, the file says %4</source>
        <translation>%1, %2: ändrat utanför Trygg: loggen säger %3, filen säger %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no value)</source>
        <translation>(inget värde)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 (&apos;%3&apos;): removed outside Trygg: the audit trail last recorded it on %4</source>
        <translation>%1 %2 (”%3”): borttagen utanför Trygg: ändringsloggen registrerade den senast %4</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+1"/>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>days between reviews in zone &apos;%1&apos; must be from 1 to %2, not %3</source>
        <translation>dagar mellan genomgångar i zonen ”%1” ska vara från 1 till %2, inte %3</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the reviewed assessment %1 does not exist</source>
        <translation>den genomgångna bedömningen %1 finns inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewed asset %1 does not exist</source>
        <translation>den genomgångna tillgången %1 finns inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewed measure %1 does not exist</source>
        <translation>den genomgångna åtgärden %1 finns inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewed policy %1 does not exist</source>
        <translation>det genomgångna styrdokumentet %1 finns inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the review date (%1) is more than a day in the future</source>
        <translation>datumet för genomgången (%1) ligger mer än en dag fram i tiden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the acceptance date (%1) is more than a day in the future</source>
        <translation>datumet för acceptansen (%1) ligger mer än en dag fram i tiden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the approval date (%1) is more than a day in the future</source>
        <translation>datumet för godkännandet (%1) ligger mer än en dag fram i tiden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the time the incident was discovered (%1) is more than a day in the future</source>
        <translation>tidpunkten då incidenten upptäcktes (%1) ligger mer än en dag fram i tiden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the time the authority was notified (%1) is more than a day in the future</source>
        <translation>tidpunkten då myndigheten underrättades (%1) ligger mer än en dag fram i tiden</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+8"/>
        <source>review %1 does not exist</source>
        <translation>genomgång %1 finns inte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>who accepted the risk</source>
        <translation>vem som accepterade risken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the role of who accepted</source>
        <translation>rollen för den som accepterade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the acceptance&apos;s date</source>
        <translation>acceptansens datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the acceptance&apos;s expiry date</source>
        <translation>acceptansens utgångsdatum</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the justification</source>
        <translation>motiveringen</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="-33"/>
        <source>the acceptance expires (%1) on or before it is given (%2)</source>
        <translation>acceptansen upphör (%1) samma dag som eller innan den ges (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+9"/>
        <source>risk acceptance %1 does not exist</source>
        <translation>riskacceptans %1 finns inte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>who approved</source>
        <translation>vem som godkände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the role of who approved</source>
        <translation>rollen för den som godkände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the approval&apos;s date</source>
        <translation>godkännandets datum</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+18"/>
        <source>the approved risk assessment does not exist</source>
        <translation>den godkända riskbedömningen finns inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit of the approved action plan does not exist</source>
        <translation>enheten för den godkända handlingsplanen finns inte</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+13"/>
        <source>approval %1 does not exist</source>
        <translation>godkännande %1 finns inte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the time the incident was discovered</source>
        <translation>tidpunkten då incidenten upptäcktes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who reported the incident</source>
        <translation>vem som rapporterade incidenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the incident&apos;s description</source>
        <translation>beskrivningen av incidenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what was seen</source>
        <translation>vad som observerades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the time the data protection authority was notified</source>
        <translation>tidpunkten då Integritetsskyddsmyndigheten underrättades</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+17"/>
        <source>a notification time is given but the authority is not marked as notified</source>
        <translation>en tidpunkt för anmälan är angiven men myndigheten är inte markerad som underrättad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data protection authority was notified (%1) before the incident was discovered (%2)</source>
        <translation>Integritetsskyddsmyndigheten underrättades (%1) innan incidenten upptäcktes (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-9"/>
        <source>the incident&apos;s unit does not exist</source>
        <translation>incidentens enhet finns inte</translation>
    </message>
    <message>
        <location filename="../core/storage/AuditChain.cpp" line="-560"/>
        <location filename="../core/storage/RecordKinds.h" line="+17"/>
        <source>asset</source>
        <translation>tillgång</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/storage/RecordKinds.h" line="+5"/>
        <source>risk</source>
        <translation>risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/storage/RecordKinds.h" line="+4"/>
        <source>measure</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-8"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1 %2 linked to the incident does not exist</source>
        <translation>%1 %2 som är kopplad till incidenten finns inte</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>the parent unit does not exist</source>
        <translation>den överordnade enheten finns inte</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>number of persons registered</source>
        <translation>antal registrerade personer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>notification or licence</source>
        <translation>anmälan eller tillstånd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the assessment&apos;s risk matrix does not exist</source>
        <translation>bedömningens riskmatris finns inte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the assessment&apos;s unit does not exist</source>
        <translation>bedömningens enhet finns inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the assessor does not exist</source>
        <translation>den som har bedömt finns inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the assessment&apos;s date</source>
        <translation>bedömningens datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the person who approved the assessment does not exist</source>
        <translation>personen som godkände bedömningen finns inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the assessment&apos;s approval date</source>
        <translation>bedömningens godkännandedatum</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the measure&apos;s deadline</source>
        <translation>åtgärdens tidsfrist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the measure&apos;s hours</source>
        <translation>åtgärdens timmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the measure&apos;s cost</source>
        <translation>åtgärdens kostnad</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the approval&apos;s fingerprint</source>
        <translation>godkännandets fingeravtryck</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>incident %1 does not exist</source>
        <translation>incident %1 finns inte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the rule the exception is from</source>
        <translation>regeln som undantaget gäller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why the exception is made</source>
        <translation>varför undantaget görs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who approved the exception</source>
        <translation>vem som godkände undantaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exception&apos;s approval date</source>
        <translation>datumet då undantaget godkändes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date the exception is valid until</source>
        <translation>datumet som undantaget gäller till</translation>
    </message>
    <message>
        <location filename="../core/storage/CycleWrites.cpp" line="+10"/>
        <source>the exception is valid until %1, before it was approved (%2)</source>
        <translation>undantaget gäller till %1, innan det godkändes (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+2"/>
        <source>the exception&apos;s unit does not exist</source>
        <translation>undantagets enhet finns inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exception %1 does not exist</source>
        <translation>undantag %1 finns inte</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterFile.cpp" line="+61"/>
        <source>SQLite cannot read its structure</source>
        <translation>SQLite kan inte läsa filens struktur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file is damaged (%2); it was not upgraded and was left as it was</source>
        <translation>%1: filen är skadad (%2); den har inte uppgraderats och har inte ändrats</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: the file is damaged: its size (%2 bytes) is not a whole number of its pages of %3 bytes; it was not opened and was left as it was</source>
        <translation>%1: filen är skadad: dess storlek (%2 byte) är inte ett helt antal av dess sidor på %3 byte; den öppnades inte och är oförändrad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a symbolic link: a register is not created through a link; it was left as it is</source>
        <translation>%1 är en symbolisk länk: ett register skapas inte genom en länk; den lämnades som den var</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+140"/>
        <location line="+271"/>
        <location filename="../core/storage/ServerRegister.cpp" line="+210"/>
        <location line="+30"/>
        <source>%1: cannot create the file: %2</source>
        <translation>%1: kan inte skapa filen: %2</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>%1: a register on a server is made with trygg-cli init, or copied there from a file with trygg-cli copy; nothing was changed</source>
        <translation>%1: ett register på en server skapas med trygg-cli init eller kopieras dit från en fil med trygg-cli copy; inget ändrades</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1: the file already exists; choose another name or delete it first</source>
        <translation>%1: filen finns redan; välj ett annat namn eller ta bort den först</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+26"/>
        <source>%1: no such file</source>
        <translation>%1: filen finns inte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the file is empty, not a Trygg register</source>
        <translation>%1: filen är tom och är inte ett Trygg-register</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/storage/ServerRegister.cpp" line="+20"/>
        <source>%1: this is a database of another program, not a Trygg register</source>
        <translation>%1: detta är en databas från ett annat program, inte ett Trygg-register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the register was saved by a newer version of Trygg (file version %2, this program reads up to version %3); open it with a newer Trygg</source>
        <translation>%1: registret sparades av en nyare version av Trygg (filversion %2, det här programmet läser upp till version %3); öppna det med en nyare Trygg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file header holds the version number %2, which no Trygg ever wrote; the file is damaged and was left as it was</source>
        <translation>%1: filhuvudet innehåller versionsnumret %2, som ingen Trygg någonsin har skrivit; filen är skadad och har inte ändrats</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/storage/ServerRegister.cpp" line="+8"/>
        <source>%1: the register is incomplete: it has no register information</source>
        <translation>%1: registret är ofullständigt: det saknar registeruppgifter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the register must be upgraded to this version of Trygg, which needs write access</source>
        <translation>%1: registret måste uppgraderas till den här versionen av Trygg, vilket kräver skrivbehörighet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the register could not be upgraded to this version of Trygg (%2); the file was left as it was</source>
        <translation>%1: registret kunde inte uppgraderas till den här versionen av Trygg (%2); filen har inte ändrats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the register could not be upgraded to this version of Trygg (%2); the file was left as it was; a copy made before the upgrade is %3</source>
        <translation>%1: registret kunde inte uppgraderas till den här versionen av Trygg (%2); filen har inte ändrats; en kopia som gjordes före uppgraderingen är %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: another instance has taken over the register&apos;s write lock; nothing was changed</source>
        <translation>%1: en annan instans av Trygg har tagit över registrets skrivlås; inget ändrades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the register is open read-only; nothing was changed</source>
        <translation>%1: registret är öppnat skrivskyddat; inget ändrades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the register was replaced by another file (or moved or removed) since it was opened; nothing was changed</source>
        <translation>%1: registret har ersatts av en annan fil (eller flyttats eller tagits bort) sedan det öppnades; inget ändrades</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the register has no register information</source>
        <translation>%1: registret saknar registeruppgifter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the register&apos;s name</source>
        <translation>registrets namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the register&apos;s language &apos;%1&apos; is not one of da, nb, sv, en</source>
        <translation>registrets språk ”%1” är inte något av da, nb, sv, en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the review rule &apos;%1&apos; is not one of odd-year, even-year-q1, months:N, yearly:MM-DD</source>
        <translation>genomgångsregeln ”%1” är inte någon av odd-year, even-year-q1, months:N, yearly:MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the register needs names for the %1 classification levels 0-%2, not %3</source>
        <translation>registret behöver namn på de %1 klassningsnivåerna 0-%2, inte %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name of classification level %1</source>
        <translation>namnet på klassningsnivå %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the definition of classification level %1</source>
        <translation>definitionen av klassningsnivå %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+4"/>
        <location filename="../core/storage/ServerRegister.cpp" line="-65"/>
        <source>%1: the file already exists; choose another name</source>
        <translation>%1: filen finns redan; välj ett annat namn</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>copying the register</source>
        <translation>kopiering av registret</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite-integritetskontroll: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 of table &apos;%2&apos; refers to a missing row of table &apos;%3&apos;</source>
        <translation>rad %1 i tabellen ”%2” hänvisar till en rad som saknas i tabellen ”%3”</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterLoad.cpp" line="+69"/>
        <source>%1: risk matrix %2 is missing</source>
        <translation>%1: riskmatris %2 saknas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matrix %1</source>
        <translation>matris %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, row %2</source>
        <translation>%1, rad %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one axis of %1</source>
        <translation>en axel i %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the risk matrix is not valid: %1</source>
        <translation>riskmatrisen är inte giltig: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the label of level %1</source>
        <translation>benämningen för nivå %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the definition of level %1</source>
        <translation>beskrivningen av nivå %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name of zone &apos;%1&apos;</source>
        <translation>namnet på zonen ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the matrix&apos;s preset</source>
        <translation>matrisens förinställning</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="-323"/>
        <source>the unit&apos;s name</source>
        <translation>enhetens namn</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterWrites.cpp" line="+23"/>
        <source>a unit named &apos;%1&apos; already exists</source>
        <translation>det finns redan en enhet som heter ”%1”</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>a unit named &apos;%1&apos; already exists as &apos;%2&apos;; unit names that differ only in upper and lower case are one unit</source>
        <translation>det finns redan en enhet som heter ”%1”, skriven ”%2”; enhetsnamn som bara skiljer sig i versaler och gemener är en enhet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the unit still has assets or risk assessments; move or delete them first</source>
        <translation>enheten har fortfarande tillgångar eller riskbedömningar; flytta eller ta bort dem först</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+5"/>
        <source>unit %1 does not exist</source>
        <translation>enhet %1 finns inte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the person&apos;s name</source>
        <translation>personens namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person&apos;s role</source>
        <translation>personens roll</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterWrites.cpp" line="+6"/>
        <source>a person named &apos;%1&apos; already exists</source>
        <translation>det finns redan en person som heter ”%1”</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+6"/>
        <source>person %1 does not exist</source>
        <translation>person %1 finns inte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the asset&apos;s name</source>
        <translation>tillgångens namn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>purpose</source>
        <translation>ändamål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>legal basis</source>
        <translation>rättslig grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>driftsoperatör</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>classification</source>
        <translation>klassning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archiving</source>
        <translation>arkivering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safeguards</source>
        <translation>skyddsåtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage</source>
        <translation>lagring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>confidentiality</source>
        <translation>konfidentialitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity</source>
        <translation>riktighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>availability</source>
        <translation>tillgänglighet</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the asset&apos;s unit does not exist</source>
        <translation>tillgångens enhet finns inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the asset&apos;s owner does not exist</source>
        <translation>tillgångens ägare finns inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the asset&apos;s deputy does not exist</source>
        <translation>tillgångens ersättare finns inte</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterWrites.cpp" line="+6"/>
        <source>an asset named &apos;%1&apos; already exists in this unit</source>
        <translation>det finns redan en tillgång som heter ”%1” i den här enheten</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+21"/>
        <source>asset %1 does not exist</source>
        <translation>tillgång %1 finns inte</translation>
    </message>
    <message>
        <location filename="../core/storage/Schema.cpp" line="+430"/>
        <source>%1: no upgrade from file version %2</source>
        <translation>%1: ingen uppgradering från filversion %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: the file contains a %2 (&apos;%3&apos;) that Trygg did not create; it is refused so that no code from the file runs</source>
        <translation>%1: filen innehåller en %2 (”%3”) som Trygg inte har skapat; den avvisas så att ingen kod från filen körs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the register is incomplete: table &apos;%2&apos; is missing</source>
        <translation>%1: registret är ofullständigt: tabellen ”%2” saknas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the register is incomplete: column &apos;%2&apos; of table &apos;%3&apos; is missing</source>
        <translation>%1: registret är ofullständigt: kolumnen ”%2” i tabellen ”%3” saknas</translation>
    </message>
    <message>
        <location filename="../core/storage/Sqlite.cpp" line="+5"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kan inte öppnas: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/Postgres.cpp" line="+86"/>
        <location line="+115"/>
        <location filename="../core/storage/Sqlite.cpp" line="+32"/>
        <location line="+214"/>
        <source>saving</source>
        <translation>sparande</translation>
    </message>
    <message>
        <location filename="../core/storage/Sqlite.cpp" line="-103"/>
        <source>the disk is full; nothing was changed</source>
        <translation>disken är full; inget ändrades</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1: %2: the register was replaced by another file (or moved or removed) since it was opened; nothing was changed</source>
        <translation>%1: %2: registret har ersatts av en annan fil (eller flyttats eller tagits bort) sedan det öppnades; inget ändrades</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the file or its folder is read-only; nothing was changed</source>
        <translation>filen eller mappen den ligger i är skrivskyddad; inget ändrades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is in use by another program; try again</source>
        <translation>filen används av ett annat program; försök igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is damaged or is not a Trygg register</source>
        <translation>filen är skadad eller är inte ett Trygg-register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value is larger than the %1 MB Trygg allows; Trygg never writes one, so the file was changed by another program</source>
        <translation>ett värde är större än de %1 MB som Trygg tillåter; Trygg skriver aldrig ett sådant värde, så filen har ändrats av ett annat program</translation>
    </message>
    <message>
        <location filename="../core/storage/Postgres.cpp" line="-46"/>
        <location filename="../core/storage/Sqlite.cpp" line="+26"/>
        <source>preparing a query</source>
        <translation>förberedelse av en fråga</translation>
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
        <translation>%1: registret har ersatts eller ändrats av ett annat program sedan det öppnades; inget ändrades</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>the disk is full, and the file may hold part of the change, which could not be undone yet: %1 holds what undoes it. Make room on the disk, then open the register for writing once, which rolls the change back</source>
        <translation>disken är full, och filen kan innehålla en del av ändringen, som ännu inte kunde ångras: %1 innehåller det som ångrar den. Frigör utrymme på disken och öppna sedan registret en gång med skrivbehörighet, så rullas ändringen tillbaka</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a change to it was interrupted (a program was stopped, or the disk was full, while it saved) and must be rolled back before the register can be read. Open it once for writing, as someone who may change the file and its folder, which rolls the change back; nothing was changed</source>
        <translation>en ändring av den avbröts (ett program stoppades, eller disken var full, medan det sparade) och måste rullas tillbaka innan registret kan läsas. Öppna det en gång med skrivbehörighet, som någon som får ändra filen och mappen den ligger i, så rullas ändringen tillbaka; inget ändrades</translation>
    </message>
    <message>
        <location filename="../core/storage/Validation.cpp" line="-47"/>
        <source>%1: %2 %3, field &apos;%4&apos;: %5 characters, more than the %6 Trygg allows; Trygg never writes such a value, so the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, fältet ”%4”: %5 tecken, fler än de %6 som Trygg tillåter; Trygg skriver aldrig ett sådant värde, så filen har ändrats av ett annat program och öppnas inte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is empty</source>
        <translation>%1 saknas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 är inte giltig UTF-8-text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long (%2 characters; at most %3)</source>
        <translation>%1 har för många tecken (%2; högst %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 holds a control character (a line break, tab or escape); a name is one line of text</source>
        <translation>%1 innehåller ett styrtecken (radbrytning, tabb eller escape); ett namn är en rad text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 is outside %3-%4</source>
        <translation>%1 %2 ligger utanför %3-%4</translation>
    </message>
    <message>
        <location filename="../core/storage/WriteLock.cpp" line="+65"/>
        <source>%1: the lock file is a symbolic link; Trygg never makes one, and does not follow it. Remove it, then open the register again</source>
        <translation>%1: låsfilen är en symbolisk länk; Trygg skapar aldrig en och följer den inte. Ta bort den och öppna sedan registret igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the lock file cannot be read (%2)</source>
        <translation>%1: låsfilen kan inte läsas (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the lock file is not a plain file (a folder, pipe or device); Trygg never makes one. Remove it, then open the register again</source>
        <translation>%1: låsfilen är inte en vanlig fil (en mapp, en pipe eller en enhet); Trygg skapar aldrig en sådan. Ta bort den och öppna sedan registret igen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the lock file is larger than %2 bytes; a Trygg lock holds one short line. Remove it, then open the register again</source>
        <translation>%1: låsfilen är större än %2 byte; ett lås från Trygg innehåller en kort rad. Ta bort den och öppna sedan registret igen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: could not write the lock file (%2)</source>
        <translation>%1: kunde inte skriva låsfilen (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 on %2 since %3</source>
        <translation>%1 på %2 sedan %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: in use by %2 (the lock looks abandoned); it can only be opened read-only until they close it</source>
        <translation>%1: används av %2 (låset verkar övergivet); den kan bara öppnas skrivskyddad tills personen stänger den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: in use by %2; it can only be opened read-only until they close it</source>
        <translation>%1: används av %2; den kan bara öppnas skrivskyddad tills personen stänger den</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1: could not create the lock file %2 (%3)</source>
        <translation>%1: kunde inte skapa låsfilen %2 (%3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+57"/>
        <source>%1: could not create the lock file %2</source>
        <translation>%1: kunde inte skapa låsfilen %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1: could not replace the lock file %2 (%3)</source>
        <translation>%1: kunde inte ersätta låsfilen %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/model/Clock.cpp" line="+177"/>
        <source>%1=&apos;%2&apos; is not a time Trygg can use: write YYYY-MM-DD or YYYY-MM-DDTHH:MMZ (UTC)</source>
        <translation>%1=”%2” är inte en tidpunkt som Trygg kan använda: skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTTT:MMZ (UTC)</translation>
    </message>
    <message>
        <location filename="../core/storage/RowReader.cpp" line="+42"/>
        <source>%1: %2 %3, field &apos;%4&apos; holds no value, but Trygg always writes one; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, fältet ”%4” har inget värde, men Trygg skriver alltid ett; filen har ändrats av ett annat program och öppnas inte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not one of %6; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, fältet ”%4”: ”%5” är inte ett av %6; filen har ändrats av ett annat program och öppnas inte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not a whole number; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, fältet ”%4”: ”%5” är inte ett heltal; filen har ändrats av ett annat program och öppnas inte</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+17"/>
        <source>%1: %2 %3, field &apos;%4&apos;: %5 is out of range; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, fältet ”%4”: %5 ligger utanför det tillåtna intervallet; filen har ändrats av ett annat program och öppnas inte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not a number; the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, fältet ”%4”: ”%5” är inte ett tal; filen har ändrats av ett annat program och öppnas inte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not a date (YYYY-MM-DD); the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, fältet ”%4”: ”%5” är inte ett datum (ÅÅÅÅ-MM-DD); filen har ändrats av ett annat program och öppnas inte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 %3, field &apos;%4&apos;: &apos;%5&apos; is not a UTC date and time (YYYY-MM-DDTHH:MMZ); the file was changed by another program and is not opened</source>
        <translation>%1: %2 %3, fältet ”%4”: ”%5” är inte ett datum och en tid i UTC (ÅÅÅÅ-MM-DDTTT:MMZ); filen har ändrats av ett annat program och öppnas inte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 (%3), field &apos;%4&apos;: &apos;%5&apos; is not a whole number from %6 to %7; the file was changed by another program and is not opened</source>
        <translation>%1: %2 (%3), fältet ”%4”: ”%5” är inte ett heltal från %6 till %7; filen har ändrats av ett annat program och öppnas inte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 holds more than %3 rows for %4, more than Trygg ever writes; the file was changed by another program and is not opened</source>
        <translation>%1: %2 innehåller fler än %3 rader för %4, fler än Trygg någonsin skriver; filen har ändrats av ett annat program och öppnas inte</translation>
    </message>
    <message>
        <location filename="../core/storage/SchemaChecks.cpp" line="+169"/>
        <source>%1 %2, field &apos;%3&apos; holds no value</source>
        <translation>%1 %2, fältet ”%3” har inget värde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2, field &apos;%3&apos;: &apos;%4&apos; is not one of %5</source>
        <translation>%1 %2, fältet ”%3”: ”%4” är inte ett av %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2, field &apos;%3&apos;: &apos;%4&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1 %2, fältet ”%3”: ”%4” är inte ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1 %2, field &apos;%3&apos;: &apos;%4&apos; is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>%1 %2, fältet ”%3”: ”%4” är inte ett datum och en tid (ÅÅÅÅ-MM-DD TT:MM)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordSql.h" line="+246"/>
        <location line="+13"/>
        <source>%1 must be zero or more</source>
        <translation>%1 måste vara noll eller mer</translation>
    </message>
    <message>
        <location filename="../core/storage/SideFiles.cpp" line="+42"/>
        <source>a symbolic link</source>
        <translation>en symbolisk länk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder</source>
        <translation>en mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device, a pipe or another special file</source>
        <translation>en enhet, en pipe eller en annan speciell fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 lies beside the register. Trygg never makes such a file (it does not use SQLite&apos;s write-ahead log), so another program left it there or someone put it there, and SQLite would read the register through it. Nothing was read or changed. Move %2 away (keep it if you want to find out where it came from), then open the register again.</source>
        <translation>%1: %2 ligger bredvid registret. Trygg skapar aldrig en sådan fil (den använder inte SQLites write-ahead-logg), så ett annat program har lämnat den där eller någon har lagt den där, och SQLite skulle läsa registret genom den. Inget lästes eller ändrades. Flytta bort %2 (spara den om du vill ta reda på var den kom ifrån) och öppna sedan registret igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 beside the register is not a journal SQLite made for it (%3); SQLite would read or write the register through it. Nothing was read or changed. Move %2 away, then open the register again.</source>
        <translation>%1: %2 bredvid registret är inte en journal som SQLite har skapat för det (%3); SQLite skulle läsa eller skriva registret genom den. Inget lästes eller ändrades. Flytta bort %2 och öppna sedan registret igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 beside the register holds an unfinished change that does not belong to this file (%3); rolling it back would damage the register. Nothing was read or changed. Move %2 away (keep it until you know where it came from: another copy of the register, a restored backup, another program), then open the register again.</source>
        <translation>%1: %2 bredvid registret innehåller en oavslutad ändring som inte hör till den här filen (%3); att rulla tillbaka den skulle skada registret. Inget lästes eller ändrades. Flytta bort %2 (spara den tills du vet var den kom ifrån: en annan kopia av registret, en återställd säkerhetskopia, ett annat program) och öppna sedan registret igen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>it does not begin with SQLite&apos;s journal header</source>
        <translation>den börjar inte med SQLites journalhuvud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its header holds sizes SQLite never writes</source>
        <translation>dess huvud anger storlekar som SQLite aldrig skriver</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+8"/>
        <source>%1: cannot read the register (%2)</source>
        <translation>%1: kan inte läsa registret (%2)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the register is larger than the %1 MB Trygg can verify a journal against</source>
        <translation>registret är större än de %1 MB som Trygg kan kontrollera en journal mot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its pages are of %1 bytes, the register&apos;s of %2</source>
        <translation>dess sidor är på %1 byte, registrets på %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it describes a file of %1 pages, the register has %2</source>
        <translation>den beskriver en fil på %1 sidor, registret har %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+92"/>
        <location line="+4"/>
        <source>%1: cannot read %2 beside it (%3)</source>
        <translation>%1: kan inte läsa %2 bredvid den (%3)</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>it is larger than the %1 MB Trygg can verify</source>
        <translation>den är större än de %1 MB som Trygg kan kontrollera</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>it was made for another state of the file</source>
        <translation>den skapades för ett annat tillstånd av filen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rolled back, the file would not be a Trygg register</source>
        <translation>tillbakarullad skulle filen inte vara ett Trygg-register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rolled back, the file would be damaged</source>
        <translation>tillbakarullad skulle filen vara skadad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it belongs to another register</source>
        <translation>den hör till ett annat register</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+78"/>
        <source>%1: cannot look at %2 beside it (%3)</source>
        <translation>%1: kan inte undersöka %2 bredvid den (%3)</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+27"/>
        <source>it is %1</source>
        <translation>den är %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+27"/>
        <source>it has %1 names (hard links); writing it would change another file</source>
        <translation>den har %1 namn (hårda länkar); att skriva i den skulle ändra en annan fil</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1: %2 beside the register, left over from an earlier change, cannot be written by you (%3), so no change could be saved. Nothing was changed. Move %2 away (it holds nothing to roll back), then open the register again.</source>
        <translation>%1: %2 bredvid registret, kvarlämnad av en tidigare ändring, kan du inte skriva i (%3), så ingen ändring skulle kunna sparas. Inget ändrades. Flytta bort %2 (den innehåller inget som ska rullas tillbaka) och öppna sedan registret igen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: another program has switched the register to SQLite&apos;s write-ahead log, which Trygg never uses (SQLite would read the register through files beside it). Nothing was read or changed. Switch it back with that program (in sqlite3: PRAGMA journal_mode = DELETE), then open the register again.</source>
        <translation>%1: ett annat program har växlat registret till SQLites write-ahead-logg, som Trygg aldrig använder (SQLite skulle läsa registret genom filer bredvid det). Inget lästes eller ändrades. Växla tillbaka det med det programmet (i sqlite3: PRAGMA journal_mode = DELETE) och öppna sedan registret igen.</translation>
    </message>
    <message>
        <location filename="../core/platform/SafeFiles.cpp" line="-51"/>
        <source>%1 is a symbolic link: Trygg does not write through a link; give the file&apos;s own path</source>
        <translation>%1 är en symbolisk länk: Trygg skriver inte genom en länk; ange sökvägen till själva filen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder: give the name of a file to write</source>
        <translation>%1 är en mapp: ange namnet på en fil som ska skrivas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a device, a FIFO or a socket, not a file: Trygg writes only ordinary files</source>
        <translation>%1 är en enhet, en FIFO eller en socket, inte en fil: Trygg skriver bara vanliga filer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a Trygg register: an export never replaces a register; choose another name</source>
        <translation>%1 är ett Trygg-register: en export ersätter aldrig ett register; välj ett annat namn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a database (SQLite): an export never replaces one; choose another name</source>
        <translation>%1 är en databas (SQLite): en export ersätter aldrig en databas; välj ett annat namn</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot create a private temporary folder in %1: %2</source>
        <translation>kan inte skapa en privat tillfällig mapp i %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: filen kan inte läsas (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file is larger than %2, the most Trygg reads of %3</source>
        <translation>%1: filen är större än %2, det mesta Trygg läser av %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/Xlsx.cpp" line="-80"/>
        <location filename="../core/platform/SafeFiles.cpp" line="+8"/>
        <source>%1: not a plain file (a folder, a pipe or a device); nothing was read</source>
        <translation>%1: inte en vanlig fil (en mapp, en pipe eller en enhet); ingenting lästes</translation>
    </message>
    <message>
        <location filename="../ui/matrix/MatrixEditorDialog.cpp" line="+472"/>
        <source>a matrix definition</source>
        <translation>en matrisdefinition</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportCheck.cpp" line="+74"/>
        <source>cannot make a temporary folder</source>
        <translation>kan inte skapa en tillfällig mapp</translation>
    </message>
    <message>
        <location filename="../core/model/SystemError.cpp" line="-30"/>
        <source>no such file or folder</source>
        <translation>filen eller mappen finns inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>åtkomst nekad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operation not permitted</source>
        <translation>åtgärden är inte tillåten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file system is read-only</source>
        <translation>filsystemet är skrivskyddat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no space left on the disk</source>
        <translation>det finns inget utrymme kvar på disken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk quota is used up</source>
        <translation>diskkvoten är förbrukad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file already exists</source>
        <translation>filen finns redan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>det är en mapp, inte en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of the path is not a folder</source>
        <translation>en del av sökvägen är inte en mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is not empty</source>
        <translation>mappen är inte tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>the file is in use</source>
        <translation>filen används</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <source>the file is locked by another program; try again</source>
        <translation>filen är låst av ett annat program; försök igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input/output error (the disk or network share failed)</source>
        <translation>in-/utmatningsfel (disken eller den delade nätverksmappen fallerade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file name is too long</source>
        <translation>filnamnet är för långt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many symbolic links in the path</source>
        <translation>för många symboliska länkar i sökvägen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many files are open</source>
        <translation>för många filer är öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large</source>
        <translation>filen är för stor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be moved to another disk</source>
        <translation>filen kan inte flyttas till en annan disk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid argument</source>
        <translation>ogiltigt argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no lock is available (the network share does not support locks)</source>
        <translation>inget lås går att ta (den delade nätverksmappen stöder inte lås)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network share&apos;s file handle is stale; open the register again</source>
        <translation>den delade nätverksmappens filreferens är inaktuell; öppna registret igen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportFont.cpp" line="+134"/>
        <location line="+18"/>
        <source>could not embed the report font in the PDF</source>
        <translation>kunde inte bädda in rapportens typsnitt i PDF-filen</translation>
    </message>
    <message>
        <location filename="../core/cycle/DueList.cpp" line="-18"/>
        <source>carried over into &apos;%1&apos;, not reassessed: confirm or change its scores</source>
        <translation>överförd till ”%1”, inte bedömd på nytt: bekräfta eller ändra dess riskvärden</translation>
    </message>
    <message>
        <location filename="../core/cycle/Rounds.cpp" line="+7"/>
        <source>a round was already started from &apos;%1&apos;</source>
        <translation>en omgång har redan startats från ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a round was already started from &apos;%1&apos;: &apos;%2&apos;</source>
        <translation>en omgång har redan startats från ”%1”: ”%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new round&apos;s date %1 is before the date of the round it starts from, &apos;%2&apos; (%3)</source>
        <translation>den nya omgångens datum %1 ligger före datumet för omgången den startar från, ”%2” (%3)</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+29"/>
        <source>the round the assessment was started from does not exist</source>
        <translation>omgången riskbedömningen startades från finns inte</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the line the risk was carried over from does not exist</source>
        <translation>raden risken överfördes från finns inte</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordWrites.cpp" line="+95"/>
        <source>&apos;%1&apos; is a closed round: the next round was started from it, so it stays as it was scored; change the lines and measures of the current round instead</source>
        <translation>”%1” är en avslutad omgång: nästa omgång startades från den, så den förblir som den bedömdes; ändra i stället raderna och åtgärderna i den aktuella omgången</translation>
    </message>
    <message>
        <location filename="../core/cycle/DueList.cpp" line="-35"/>
        <source>not scored: enter its probability and consequence</source>
        <translation>inte bedömd: fyll i sannolikhet och konsekvens</translation>
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
        <translation>%1 har ingen ägare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no deputy for its system owner</source>
        <translation>%1 har ingen ersättare för systemägaren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is %2 and %3 at once (separation of duties)</source>
        <translation>%1 är samtidigt %2 och %3 (åtskillnad av roller)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, %3 and %4 at once (separation of duties)</source>
        <translation>%1 är samtidigt %2, %3 och %4 (åtskillnad av roller)</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvImport.cpp" line="-155"/>
        <source>&apos;%1&apos; is not %2 or %3</source>
        <translation>”%1” är inte %2 eller %3</translation>
    </message>
    <message>
        <location filename="../core/storage/RegisterFile.cpp" line="-80"/>
        <source>the register&apos;s reference for the rule &apos;%1&apos;</source>
        <translation>registrets hänvisning för regeln ”%1”</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordKinds.h" line="+25"/>
        <source>the measure&apos;s completion date</source>
        <translation>datumet då åtgärden genomfördes</translation>
    </message>
    <message>
        <location filename="../core/storage/Postgres.cpp" line="-518"/>
        <location line="+474"/>
        <source>%1: saving: a text holds a NUL character, which the server cannot store; nothing was changed</source>
        <translation>%1: sparande: en text innehåller ett NUL-tecken, som servern inte kan lagra; inget ändrades</translation>
    </message>
    <message>
        <location line="-326"/>
        <location line="+43"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1: kan inte ansluta: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the server cannot be reached: is it running, and are the host name and port right? (%1)</source>
        <translation>servern kan inte nås: är den igång, och stämmer värdnamn och port? (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server is starting up or shutting down; try again in a moment (%1)</source>
        <translation>servern håller på att starta eller stänga av; försök igen om en stund (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a server address libpq understands (%1)</source>
        <translation>det här är inte en serveradress som libpq förstår (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server asks for a password and none was given (in the address, ~/.pgpass or PGPASSWORD) (%1)</source>
        <translation>servern begär ett lösenord och inget angavs (i adressen, ~/.pgpass eller PGPASSWORD) (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server refused the connection: the user, the password or the database is not accepted (%1)</source>
        <translation>servern avvisade anslutningen: användaren, lösenordet eller databasen godtas inte (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>looking for others&apos; changes</source>
        <translation>vid sökning efter andras ändringar</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1: saving: a statement of the change failed, so the server rolled it back; nothing was changed</source>
        <translation>%1: sparande: en del av ändringen misslyckades, så servern rullade tillbaka den; inget ändrades</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: saving: the server rolled the change back; nothing was changed</source>
        <translation>%1: sparande: servern rullade tillbaka ändringen; inget ändrades</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the connection to the server was lost while the change was being committed: it may or may not have been saved; connect again and look (%1)</source>
        <translation>anslutningen till servern bröts medan ändringen sparades: den kan ha sparats eller inte; anslut igen och kontrollera (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to the server was lost; nothing was changed; connect again to go on (%1)</source>
        <translation>anslutningen till servern bröts; inget ändrades; anslut igen för att fortsätta (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>another change to the same records came in between; nothing was changed; try again</source>
        <translation>en annan ändring av samma poster kom emellan; inget ändrades; försök igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone else is changing the same records; nothing was changed; try again</source>
        <translation>någon annan håller på att ändra samma poster; inget ändrades; försök igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the register is open read-only; nothing was changed</source>
        <translation>registret är öppnat skrivskyddat; inget ändrades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server does not allow this user to do that (%1); nothing was changed</source>
        <translation>servern tillåter inte den här användaren att göra det (%1); inget ändrades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server is out of disk space or memory (%1); nothing was changed</source>
        <translation>servern saknar diskutrymme eller minne (%1); inget ändrades</translation>
    </message>
    <message>
        <location filename="../core/storage/Connect.cpp" line="+85"/>
        <source>%1: this build of Trygg has no PostgreSQL support: open a register file instead</source>
        <translation>%1: den här versionen av Trygg kan inte använda PostgreSQL: öppna en registerfil i stället</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlConnection.cpp" line="+12"/>
        <source>the statement took longer than the time allowed and was stopped; nothing was changed</source>
        <translation>frågan tog längre tid än tillåtet och stoppades; inget ändrades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the change breaks a rule of the register&apos;s database (%1); nothing was changed</source>
        <translation>ändringen bryter mot en regel i registrets databas (%1); inget ändrades</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerRegister.cpp" line="-134"/>
        <source>%1: the database holds a register of a newer version of Trygg (server schema version %2, this program knows up to version %3); it was left untouched</source>
        <translation>%1: databasen innehåller ett register från en nyare version av Trygg (serverschemaversion %2, det här programmet känner till upp till version %3); den lämnades orörd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the database already holds a Trygg register; a register is created only in an empty database; it was left untouched</source>
        <translation>%1: databasen innehåller redan ett Trygg-register; ett register skapas bara i en tom databas; den lämnades orörd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the database already has tables (%2); a register is created only in an empty database; it was left untouched</source>
        <translation>%1: databasen har redan tabeller (%2); ett register skapas bara i en tom databas; den lämnades orörd</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>%1: the copy from %2 is not sound (%3); no file was made</source>
        <translation>%1: kopian från %2 är inte felfri (%3); ingen fil skapades</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the database is empty, not a Trygg register (trygg-cli init creates one)</source>
        <translation>%1: databasen är tom, inte ett Trygg-register (trygg-cli init skapar ett)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the register was saved by a newer version of Trygg (server schema version %2, this program reads up to version %3); open it with a newer Trygg</source>
        <translation>%1: registret sparades av en nyare version av Trygg (serverschemaversion %2, det här programmet läser upp till version %3); öppna det med en nyare Trygg</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the register must be upgraded to this version of Trygg (server schema version %2), which failed (%3); nothing was changed; the register&apos;s owner can upgrade it by opening it once</source>
        <translation>%1: registret måste uppgraderas till den här versionen av Trygg (serverschemaversion %2), vilket misslyckades (%3); inget ändrades; registrets ägare kan uppgradera det genom att öppna det en gång</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a server&apos;s address (postgresql://...)</source>
        <translation>%1 är inte en servers adress (postgresql://...)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 to %2: a copy goes from a register file to a server&apos;s database (postgresql://...) or from a server to a new file</source>
        <translation>%1 till %2: en kopia går från en registerfil till en servers databas (postgresql://...) eller från en server till en ny fil</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerAccess.cpp" line="+345"/>
        <source>%1: the database&apos;s name is too long for the roles of the register&apos;s duties (%2 is longer than PostgreSQL&apos;s 63 bytes); choose a shorter name</source>
        <translation>%1: databasens namn är för långt för rollerna för registrets uppgifter (%2 är längre än PostgreSQL:s 63 byte); välj ett kortare namn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the role %2 of the register&apos;s duties does not exist, and the register&apos;s owner may not create roles: the server&apos;s administrator creates it (CREATE ROLE %2 NOLOGIN; GRANT %2 TO the owner WITH ADMIN OPTION) or gives the owner CREATEROLE; nothing was changed</source>
        <translation>%1: rollen %2 för registrets uppgifter finns inte, och registrets ägare får inte skapa roller: serverns administratör skapar den (CREATE ROLE %2 NOLOGIN; GRANT %2 TO ägaren WITH ADMIN OPTION) eller ger ägaren CREATEROLE; inget ändrades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the register&apos;s owner may not grant the role %2 (it needs it WITH ADMIN OPTION, or CREATEROLE); nothing was changed</source>
        <translation>%1: registrets ägare får inte tilldela rollen %2 (ägaren behöver den WITH ADMIN OPTION eller CREATEROLE); inget ändrades</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerGrants.cpp" line="+75"/>
        <source>%1: there is no unit named &apos;%2&apos; (the register has no units)</source>
        <translation>%1: det finns ingen enhet med namnet ”%2” (registret har inga enheter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: there is no unit named &apos;%2&apos; (units: %3)</source>
        <translation>%1: det finns ingen enhet med namnet ”%2” (enheter: %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the register&apos;s server schema has no access by unit yet (it is older than server schema version %2)</source>
        <translation>%1: registrets serverschema har ännu ingen åtkomst per enhet (det är äldre än serverschemaversion %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: only a security officer or the register&apos;s owner may grant or revoke access, and %2 is neither</source>
        <translation>%1: bara en informationssäkerhetssamordnare eller registrets ägare får ge eller återkalla åtkomst, och %2 är ingendera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: there is no database role &apos;%2&apos; on the server (the server&apos;s administrator makes it: CREATE ROLE %2 LOGIN)</source>
        <translation>%1: det finns ingen databasroll ”%2” på servern (serverns administratör skapar den: CREATE ROLE %2 LOGIN)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; is the group role of a duty; grant a person&apos;s own role</source>
        <translation>%1: ”%2” är grupprollen för en uppgift; ge åtkomst till en persons egen roll</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the database user %2 has not been granted access to this register (the security officer grants it: trygg-cli grant)</source>
        <translation>%1: databasanvändaren %2 har inte fått åtkomst till det här registret (informationssäkerhetssamordnaren ger den: trygg-cli grant)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1: there is no person named &apos;%2&apos; in the register</source>
        <translation>%1: det finns ingen person med namnet ”%2” i registret</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the role &apos;%2&apos; has been granted no access to this register</source>
        <translation>%1: rollen ”%2” har inte fått åtkomst till det här registret</translation>
    </message>
    <message>
        <location filename="../core/edit/Edit.cpp" line="-2"/>
        <source>someone else</source>
        <translation>någon annan</translation>
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
        <translation>”%1” har tagits bort av %2 sedan det visades här; inget sparades</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; was changed by %2 since it was shown here (%3); nothing was saved; it is shown as it is now, to change again if need be</source>
        <translation>”%1” har ändrats av %2 sedan det visades här (%3); inget sparades; det visas nu som det är, så att det kan ändras igen vid behov</translation>
    </message>
    <message>
        <location filename="../core/combine/OfflineCopy.cpp" line="+215"/>
        <source>changed in the offline copy and in the register since the copy was made</source>
        <translation>ändrad både i offlinekopian och i registret sedan kopian gjordes</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 has this register&apos;s id but shares none of its audit trail: it is no offline copy of it (trygg-cli copy); combine it as a new section</source>
        <translation>%1 har det här registrets id men delar inget av dess ändringslogg: det är ingen offlinekopia av det (trygg-cli copy); slå ihop det som en ny avdelning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new, %2 updated, %3 removed, %4 unchanged, %5 conflicts</source>
        <translation>%1 nya, %2 uppdaterade, %3 borttagna, %4 oförändrade, %5 konflikter</translation>
    </message>
</context>
<context>
    <name>trygg::cli</name>
    <message>
        <location filename="../app/cli/CliArguments.cpp" line="+27"/>
        <source>--%1 takes no value</source>
        <translation>--%1 tar inget värde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 needs a value</source>
        <translation>--%1 behöver ett värde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown option --%1</source>
        <translation>okänt alternativ --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/CliCommands.cpp" line="+517"/>
        <location filename="../app/cli/GrantCommand.cpp" line="+49"/>
        <source>usage: %1</source>
        <translation>användning: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 is required; usage: %2</source>
        <translation>--%1 krävs; användning: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 måste vara ett heltal från %2 till %3, inte ”%4”</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="-428"/>
        <source>Usage:</source>
        <translation>Användning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success, 1 bad input (the message names file, row and field), 2 bad usage.</source>
        <translation>Slutkoder: 0 lyckades, 1 fel i indata (meddelandet anger fil, rad och fält), 2 felaktig användning.</translation>
    </message>
    <message>
        <location line="+513"/>
        <source>%1: there is no unit named &apos;%2&apos; (the register has no units)</source>
        <translation>%1: det finns ingen enhet med namnet ”%2” (registret har inga enheter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: there is no unit named &apos;%2&apos; (units: %3)</source>
        <translation>%1: det finns ingen enhet med namnet ”%2” (enheter: %3)</translation>
    </message>
    <message>
        <location line="-496"/>
        <location line="+210"/>
        <source>unknown preset &apos;%1&apos;: choose %2</source>
        <translation>okänd förinställning ”%1”: välj %2</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>a matrix definition</source>
        <translation>en matrisdefinition</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>created %1: register &apos;%2&apos; with the %3 matrix</source>
        <translation>skapade %1: registret ”%2” med %3-matrisen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>copy goes from a register file to a server (postgresql://...) or from a server to a new file</source>
        <translation>copy går från en registerfil till en server (postgresql://...) eller från en server till en ny fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copied %1 to %2</source>
        <translation>kopierade %1 till %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import what? &apos;%1&apos; is neither assets nor risks; usage: %2</source>
        <translation>importera vad? ”%1” är varken assets eller risks; användning: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../app/cli/RoundCommands.cpp" line="+169"/>
        <source>this trygg-cli was built without Qt and cannot print reports</source>
        <translation>denna trygg-cli är byggd utan Qt och kan inte skriva ut rapporter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export what? &apos;%1&apos; is not risks, assets or plan; usage: %2</source>
        <translation>exportera vad? ”%1” är inte risks, assets eller plan; användning: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>format &apos;%1&apos; is not supported: use --format csv or xlsx (tables), pdf or html (reports)</source>
        <translation>formatet ”%1” stöds inte: använd --format csv eller xlsx (tabeller), pdf eller html (rapporter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format xlsx needs --output OUT (a workbook is not written to the terminal)</source>
        <translation>--format xlsx kräver --output UT (en arbetsbok skrivs inte till terminalen)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>exported the current matrix of %1 to %2</source>
        <translation>exporterade den gällande matrisen i %1 till %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>imported %1 into %2: matrix version %3 (%4 x %5, %6) is now current for new assessments; %7</source>
        <translation>importerade %1 till %2: matrisversion %3 (%4 x %5, %6) gäller nu för nya bedömningar; %7</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n zone</source>
        <comment>%n zones</comment>
        <translation>
            <numerusform>%n zon</numerusform>
            <numerusform>%n zoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n assessment keeps its earlier matrix</source>
        <comment>%n assessments keep their earlier matrix</comment>
        <translation>
            <numerusform>%n bedömning behåller sin tidigare matris</numerusform>
            <numerusform>%n bedömningar behåller sin tidigare matris</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--export and --import go alone; usage: %1</source>
        <translation>--export och --import används ensamma; användning: %1</translation>
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
        <translation>kvarstående risk efter åtgärder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>current risk</source>
        <translation>nuvarande risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit %1</source>
        <translation>enhet %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all units</source>
        <translation>alla enheter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>error: </source>
        <translation>fel: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: </source>
        <translation>varning: </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error</source>
        <comment>%n errors</comment>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning</source>
        <comment>%n warnings</comment>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 units, %3 people, %4 assets, %5 assessments, %6 risks, %7 measures</source>
        <translation>%1: %2 enheter, %3 personer, %4 tillgångar, %5 bedömningar, %6 risker, %7 åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added to %1</source>
        <translation>lade till i %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+230"/>
        <source>created %1</source>
        <translation>skapade %1</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matrix</source>
        <translation>matris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>create</source>
        <translation>skapad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edit</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import</source>
        <translation>importerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trail chain started</source>
        <translation>loggens kedja startad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+53"/>
        <location filename="../app/cli/RoundCommands.cpp" line="+44"/>
        <source>format &apos;%1&apos; is not supported: use --format text or --format csv</source>
        <translation>formatet ”%1” stöds inte: använd --format text eller --format csv</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>--since &apos;%1&apos; is not a valid date; write it as YYYY-MM-DD, e.g. 2026-01-31</source>
        <translation>--since ”%1” är inte ett giltigt datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-01-31</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>cannot write to standard output (is the disk full, or the reader gone?); what was written is incomplete</source>
        <translation>kan inte skriva till standard ut (är disken full, eller har mottagaren försvunnit?); det som skrevs är ofullständigt</translation>
    </message>
    <message>
        <location line="-342"/>
        <location line="+73"/>
        <source>review</source>
        <translation>genomgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>tidsfrist</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+74"/>
        <source>acceptance</source>
        <translation>acceptans</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>approval</source>
        <translation>godkännande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notification</source>
        <translation>anmälan</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>exception</source>
        <translation>undantag</translation>
    </message>
    <message>
        <location line="-91"/>
        <location filename="../app/cli/CycleCommands.cpp" line="+57"/>
        <source>assessment</source>
        <translation>riskbedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/CycleCommands.cpp" line="-2"/>
        <source>asset</source>
        <translation>tillgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/CycleCommands.cpp" line="+4"/>
        <source>measure</source>
        <translation>åtgärd</translation>
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
        <translation>risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>treatment</source>
        <translation>hantering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residual risk</source>
        <translation>kvarstående risk</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 on %2: %3 overdue, %4 due within %5</source>
        <translation>%1 den %2: %3 försenade, %4 förfaller inom %5</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day</source>
        <comment>%n days</comment>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue:</source>
        <translation>Försenade:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon:</source>
        <translation>Förfaller snart:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>resolved: removed, as in the section</source>
        <translation>löst: borttagen, som i avdelningens register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: the section&apos;s version taken</source>
        <translation>löst: avdelningens version övertagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: the combined register&apos;s version kept</source>
        <translation>löst: det sammanslagna registrets version behålls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved: kept in the combined register</source>
        <translation>löst: behålls i det sammanslagna registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: both kept, the section&apos;s as a separate object</source>
        <translation>löst: båda behålls, avdelningens som ett eget objekt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--as-new-section %1 is not one of the registers to combine; usage: %2</source>
        <translation>--as-new-section %1 är inte ett av registren som ska slås ihop; användning: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 from %2: %3 new, %4 updated, %5 unchanged, %6</source>
        <translation>%1 från %2: nya: %3, uppdaterade: %4, oförändrade: %5, %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1</source>
        <translation>uppdaterade %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>--resolve &apos;%1&apos;: choose section, combined or both; usage: %2</source>
        <translation>--resolve ”%1”: välj section, combined eller both; användning: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n section</source>
        <comment>%n sections</comment>
        <translation>
            <numerusform>%n avdelning</numerusform>
            <numerusform>%n avdelningar</numerusform>
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
            <numerusform>%n objekt borttaget: avdelningen har det inte längre</numerusform>
            <numerusform>%n objekt borttagna: avdelningarna har dem inte längre</numerusform>
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
        <translation> (riskvärde %1 i avdelningens register, %2 i det sammanslagna registret)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (score %1 in the combined register)</source>
        <translation> (riskvärde %1 i det sammanslagna registret)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>okänt kommando ”%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected error: %1</source>
        <translation>oväntat fel: %1</translation>
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
        <translation>Sannolikhet</translation>
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
        <translation>Risker: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without residual values is shown at its current place</source>
        <comment>%n without residual values are shown at their current place</comment>
        <translation>
            <numerusform>%n utan kvarstående värden visas på sin nuvarande plats</numerusform>
            <numerusform>%n utan kvarstående värden visas på sin nuvarande plats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n scored on other scales is not shown</source>
        <comment>%n scored on other scales are not shown</comment>
        <translation>
            <numerusform>%n bedömd på andra skalor visas inte</numerusform>
            <numerusform>%n bedömda på andra skalor visas inte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+75"/>
        <source>%1: there is no unit named &apos;%2&apos;</source>
        <translation>%1: det finns ingen enhet med namnet ”%2”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: there is no assessment named &apos;%2&apos; in unit &apos;%3&apos;</source>
        <translation>%1: det finns ingen bedömning med namnet ”%2” i enheten ”%3”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: there is no assessment named &apos;%2&apos;</source>
        <translation>%1: det finns ingen bedömning med namnet ”%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 assessments are named &apos;%3&apos; (units: %4): add --unit NAME</source>
        <translation>%1: %2 bedömningar heter ”%3” (enheter: %4): lägg till --unit NAMN</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>&apos;%1&apos; has no printed report: choose plan, form, matrix, assets or review; usage: %2</source>
        <translation>”%1” har ingen utskriven rapport: välj plan, form, matrix, assets eller review; användning: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/RoundCommands.cpp" line="-69"/>
        <source>a PDF needs --output FILE; usage: %1</source>
        <translation>en PDF kräver --output FIL; användning: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--all-units makes one report per unit: it takes no --unit or --assessment, and no form or review</source>
        <translation>--all-units gör en rapport per enhet: den tar inte --unit eller --assessment, och inte form eller review</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+41"/>
        <source>unknown language &apos;%1&apos;: choose da, nb, sv or en</source>
        <translation>okänt språk ”%1”: välj da, nb, sv eller en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--all-units needs --output DIR</source>
        <translation>--all-units kräver --output MAPP</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the form is printed for one assessment: add --assessment NAME</source>
        <translation>formuläret skrivs ut för en bedömning: lägg till --assessment NAMN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot create the folder: %2</source>
        <translation>%1: kan inte skapa mappen: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unit &apos;%1&apos;: the report %2 was not written: %3</source>
        <translation>enhet ”%1”: rapporten %2 skrevs inte: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 unit reports could not be written (see above)</source>
        <translation>%1 av %2 enhetsrapporter kunde inte skrivas (se ovan)</translation>
    </message>
    <message>
        <location filename="../app/cli/CycleCommands.cpp" line="-26"/>
        <source>--%1 must not be empty</source>
        <translation>--%1 får inte vara tom</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/RoundCommands.cpp" line="-111"/>
        <source>--%1 &apos;%2&apos; is not a valid date; write it as YYYY-MM-DD, e.g. 2026-01-31</source>
        <translation>--%1 ”%2” är inte ett giltigt datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-01-31</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: there is no %2 named &apos;%3&apos; in unit %4</source>
        <translation>%1: det finns ingen %2 med namnet ”%3” i enheten %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: there is no %2 named &apos;%3&apos;</source>
        <translation>%1: det finns ingen %2 med namnet ”%3”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 &apos;%3&apos; is ambiguous: there is one in each of %4; choose one with --unit</source>
        <translation>%1: %2 ”%3” är tvetydig: det finns en i var och en av %4; välj med --unit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>approve what? &apos;%1&apos; is neither plan nor assessment; usage: %2</source>
        <translation>godkänna vad? ”%1” är varken plan eller assessment; användning: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--assessment goes with approve assessment; usage: %1</source>
        <translation>--assessment hör till approve assessment; användning: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>assessment &apos;%1&apos;</source>
        <translation>riskbedömningen ”%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the action plan of %1</source>
        <translation>handlingsplanen för %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the action plan of the whole register</source>
        <translation>handlingsplanen för hela registret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: approved %2 by %3 on %4</source>
        <translation>%1: %2 godkänd av %3 den %4</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: accepted the residual risk of risk %2 &apos;%3&apos; by %4 on %5, until %6</source>
        <translation>%1: den kvarstående risken för risk %2 ”%3” accepterad av %4 den %5, till och med %6</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>review what? &apos;%1&apos; is not asset, assessment, measure or document; usage: %2</source>
        <translation>gå igenom vad? ”%1” är inte asset, assessment, measure eller document; användning: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: recorded a review of %2 &apos;%3&apos; by %4 on %5</source>
        <translation>%1: registrerat en genomgång av %2 ”%3” av %4 den %5</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="-48"/>
        <source>--open-only is for the plan: it leaves out measures done or cancelled</source>
        <translation>--open-only gäller handlingsplanen: den utelämnar klara och avbrutna åtgärder</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="-238"/>
        <source>reassessment</source>
        <translation>ny bedömning</translation>
    </message>
    <message>
        <location filename="../app/cli/RoundCommands.cpp" line="+11"/>
        <source>%1: --%2: there is no round named &apos;%3&apos; in unit %4 (an assessment&apos;s name or a year)</source>
        <translation>%1: --%2: det finns ingen omgång med namnet ”%3” i enhet %4 (en riskbedömnings namn eller ett år)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: --%2: there is no round named &apos;%3&apos; (an assessment&apos;s name or a year)</source>
        <translation>%1: --%2: det finns ingen omgång med namnet ”%3” (en riskbedömnings namn eller ett år)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--%1 must not be empty</source>
        <comment>name</comment>
        <translation>--%1 får inte vara tom</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: --from: there is no assessment named &apos;%2&apos; in unit %3</source>
        <translation>%1: --from: det finns ingen riskbedömning med namnet ”%2” i enhet %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unit %2 has no assessment to start the next round from</source>
        <translation>%1: enhet %2 har ingen riskbedömning att starta nästa omgång från</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: --assessor: there is no person named &apos;%2&apos;</source>
        <translation>%1: --assessor: det finns ingen person med namnet ”%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: started round &apos;%2&apos; of %3 from &apos;%4&apos;: %5 carried over (not reassessed), %6 came along; &apos;%4&apos; is closed</source>
        <translation>%1: startade omgång ”%2” för %3 från ”%4”: %5 överförda (inte bedömda på nytt), %6 följde med; ”%4” är avslutad</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line</source>
        <comment>%n lines</comment>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open measure</source>
        <comment>%n open measures</comment>
        <translation>
            <numerusform>%n öppen åtgärd</numerusform>
            <numerusform>%n öppna åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>format &apos;%1&apos; is not supported: use --format text, csv, html or pdf; usage: %2</source>
        <translation>formatet ”%1” stöds inte: använd --format text, csv, html eller pdf; användning: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: there is no asset named &apos;%2&apos;</source>
        <translation>%1: det finns ingen tillgång med namnet ”%2”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 -&gt; %2: %3 new, %4 removed, %5 higher, %6 lower, %7 unchanged</source>
        <translation>%1 -&gt; %2: %3 nya, %4 borttagna, %5 högre, %6 lägre, %7 oförändrade</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Measures completed between them: %1</source>
        <translation>Åtgärder genomförda mellan dem: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures still open: %1, of them overdue: %2</source>
        <translation>Åtgärder som fortfarande är öppna: %1, varav försenade: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Trend of %1 (zones from the most severe: %2)</source>
        <translation>Utvecklingen i %1 (zoner från den allvarligaste: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trend of the whole register (zones from the most severe: %1)</source>
        <translation>Utvecklingen i hela registret (zoner från den allvarligaste: %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 risks (%2; residual %3), %4 above the line of which %5 accepted, measures %6 done and %7 overdue, %8 incidents</source>
        <translation>%1 risker (%2; kvarstående risk %3), %4 över acceptansgränsen varav %5 accepterade, åtgärder %6 utförda och %7 försenade, %8 incidenter</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="+1"/>
        <source>not scored</source>
        <translation>inte bedömd</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/MatrixText.cpp" line="+3"/>
        <source>%n not scored yet is not shown</source>
        <comment>%n not scored yet are not shown</comment>
        <translation>
            <numerusform>%n som ännu inte är bedömd visas inte</numerusform>
            <numerusform>%n som ännu inte är bedömda visas inte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="-245"/>
        <source>--language &apos;%1&apos; is not da, nb, sv or en</source>
        <translation>--language ”%1” är inte da, nb, sv eller en</translation>
    </message>
    <message>
        <location filename="../app/cli/GrantCommand.cpp" line="-16"/>
        <source>units: %1</source>
        <translation>enheter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every unit</source>
        <translation>alla enheter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no units</source>
        <translation>inga enheter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person: %1</source>
        <translation>person: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>grant is for a register on a server (postgresql://...): a register file is everyone&apos;s who may open it</source>
        <translation>grant gäller ett register på en server (postgresql://...): en registerfil är allas som får öppna den</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--list takes only the register&apos;s address; usage: %1</source>
        <translation>--list tar bara registrets adress; användning: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no role has been granted access yet</source>
        <translation>%1: ingen roll har fått åtkomst ännu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give either --duty or --revoke; usage: %1</source>
        <translation>ange antingen --duty eller --revoke; användning: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--person goes with --duty, not --revoke</source>
        <translation>--person hör till --duty, inte --revoke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: revoked every access of %2</source>
        <translation>%1: all åtkomst för %2 har återkallats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: revoked %2&apos;s access to %3</source>
        <translation>%1: åtkomsten för %2 till %3 har återkallats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown duty &apos;%1&apos;: choose %2</source>
        <translation>okänd uppgift ”%1”: välj %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a section leader needs the units they lead: add --unit NAME</source>
        <translation>en förvaltningschef behöver de enheter hen leder: lägg till --unit NAMN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--unit is for a section leader or a reader; %1 reads every unit</source>
        <translation>--unit gäller en förvaltningschef eller en läsare; %1 läser alla enheter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: granted %2</source>
        <translation>%1: tilldelat %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+15"/>
        <source>Password for %1: </source>
        <translation>Lösenord för %1: </translation>
    </message>
</context>
<context>
    <name>trygg::ui::ActionPlanModel</name>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+345"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+262"/>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>The deadline %1 has passed.</source>
        <translation>Tidsfristen %1 har passerat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon: the deadline is %1.</source>
        <translation>Snart dags: tidsfristen är %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deadline set.</source>
        <translation>Ingen tidsfrist angiven.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This measure treats no risk.</source>
        <translation>Den här åtgärden behandlar ingen risk.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
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
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/exchange/CsvExport.cpp" line="+1"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/exchange/CsvExport.cpp" line="+1"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
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
        <translation>Timmar</translation>
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
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Top score</source>
        <translation>Högsta riskvärde</translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+1"/>
        <source>Zone</source>
        <translation>Zon</translation>
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
        <translation>Riskbedömning</translation>
    </message>
    <message>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+6"/>
        <source>Place in the action plan: measures for the most urgent risks first</source>
        <translation>Plats i handlingsplanen: åtgärder för de mest brådskande riskerna först</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is done</source>
        <translation>Vad som görs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is responsible</source>
        <translation>Vem som ansvarar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when it is done</source>
        <translation>När det ska vara klart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnel resources, in hours</source>
        <translation>Personella resurser, i timmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic resources</source>
        <translation>Ekonomiska resurser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the measure is followed up</source>
        <translation>Hur åtgärden följs upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many risks the measure treats</source>
        <translation>Hur många risker åtgärden behandlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score (probability x consequence) of the most urgent risk it treats</source>
        <translation>Riskvärde (sannolikhet x konsekvens) för den mest brådskande risk som åtgärden behandlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance zone of the most urgent risk it treats</source>
        <translation>Acceptanszon för den mest brådskande risk som åtgärden behandlar</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1: not scored</source>
        <translation>%1: inte bedömd</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ActionPlanView</name>
    <message>
        <location filename="../ui/plan/ActionPlanView.cpp" line="+55"/>
        <source>&amp;New measure...</source>
        <translation>&amp;Ny åtgärd...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Redigera...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History...</source>
        <translation>&amp;Historik...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the measures of one unit</source>
        <translation>Visa åtgärderna för en enhet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the measures one person is responsible for</source>
        <translation>Visa åtgärderna som en person ansvarar för</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done</source>
        <translation>Inte klara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show measures by status</source>
        <translation>Visa åtgärder efter status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All deadlines</source>
        <translation>Alla tidsfrister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 30 days</source>
        <translation>Inom 30 dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show measures whose deadline has passed or is near</source>
        <translation>Visa åtgärder vars tidsfrist har passerat eller är nära</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search measures</source>
        <translation>Sök åtgärder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show measures whose text or follow-up contains this</source>
        <translation>Visa åtgärder vars text eller uppföljning innehåller detta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible:</source>
        <translation>Ansvarig:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline:</source>
        <translation>Tidsfrist:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Klicka för att sortera; högerklicka för att välja kolumner</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+302"/>
        <source>Add a measure to the action plan</source>
        <translation>Lägg till en åtgärd i handlingsplanen</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Edit the selected measure and the risks it treats</source>
        <translation>Redigera den markerade åtgärden och riskerna den behandlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected measures</source>
        <translation>Ta bort de markerade åtgärderna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the selected measure, when, and what</source>
        <translation>Vem som ändrade den markerade åtgärden, när och vad</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Zone</source>
        <translation>Zon</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Anyone</source>
        <translation>Alla personer</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Delete the measure &quot;%1&quot; from the action plan?</source>
        <translation>Ta bort åtgärden ”%1” från handlingsplanen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n measures from the action plan?</source>
        <translation>
            <numerusform>Ta bort %n åtgärd från handlingsplanen?</numerusform>
            <numerusform>Ta bort %n åtgärder från handlingsplanen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete measures</source>
        <translation>Ta bort åtgärder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The risks they treat stay in their assessments. Undo brings the measures back.</source>
        <translation>Riskerna som de behandlar finns kvar i sina riskbedömningar. Ångra tar tillbaka åtgärderna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A measure belongs to a risk assessment: create an assessment first</source>
        <translation>En åtgärd hör till en riskbedömning: skapa en riskbedömning först</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1; %2; total %3 hours, cost %4</source>
        <translation>%1; %2; totalt %3 timmar, kostnad %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(filtered from %1)</source>
        <translation>(filtrerat från %1)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::AssetEditorDialog</name>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+74"/>
        <source>Not classified</source>
        <translation>Ej klassad</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Asset %1</source>
        <translation>Informationstillgång %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New asset</source>
        <translation>Ny informationstillgång</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Asset</source>
        <translation>Tillgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Klassning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-9"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+29"/>
        <source>Required, for example &quot;Fagsystem barnevern&quot;</source>
        <translation>Obligatoriskt, till exempel ”Verksamhetssystem socialtjänst”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose, or type a new name</source>
        <translation>Välj, eller skriv ett nytt namn</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-26"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
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
        <translation>&amp;Ägare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Deputy:</source>
        <translation>E&amp;rsättare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Syfte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>Type of &amp;information:</source>
        <translation>&amp;Informationstyp:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>O&amp;perator or supplier:</source>
        <translation>&amp;Driftoperatör eller leverantör:</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+15"/>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The law or consent the processing rests on (hjemmel)</source>
        <translation>Den lag eller det samtycke som behandlingen grundar sig på (rättslig grund)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notified to or licensed by the authority, and when</source>
        <translation>Anmält till eller tillstånd från myndigheten, och när</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-5"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+5"/>
        <source>&amp;Personal data:</source>
        <translation>&amp;Personuppgifter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>Number of p&amp;ersons registered:</source>
        <translation>&amp;Antal registrerade personer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Rättslig grund:</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>Notification or li&amp;cence:</source>
        <translation>Anmälan eller &amp;tillstånd:</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+5"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+25"/>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Konfidentialitet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Integrity:</source>
        <translation>&amp;Riktighet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Availability:</source>
        <translation>&amp;Tillgänglighet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>&amp;Document classification:</source>
        <translation>&amp;Dokumentklassning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+14"/>
        <source>&amp;Safeguards:</source>
        <translation>&amp;Skyddsåtgärder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>S&amp;torage and communication:</source>
        <translation>&amp;Lagring och kommunikation:</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+1"/>
        <source>A&amp;rchiving and deletion decision:</source>
        <translation>&amp;Beslut om bevarande och gallring:</translation>
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
        <translation>Registret är öppnat skrivskyddat; ändringar kan inte sparas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New unit</source>
        <translation>Ny enhet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new unit:</source>
        <translation>Namn på den nya enheten:</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>System owner or information owner. A new name is added to the register&apos;s people.</source>
        <translation>Systemägare eller informationsägare. Ett nytt namn läggs till bland registrets personer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy of the system owner. A new name is added to the register&apos;s people.</source>
        <translation>Systemägarens ersättare. Ett nytt namn läggs till bland registrets personer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The type of information the asset holds</source>
        <translation>Den typ av information som tillgången innehåller</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A data processing agreement with the operator is in place</source>
        <translation>Det finns ett personuppgiftsbiträdesavtal med driftoperatören</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Levels from 0 (lowest) to 4 (highest): how much harm a breach of each would do.</source>
        <translation>Nivåer från 0 (lägst) till 4 (högst): hur stor skada det skulle göra om respektive skydd brister.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::AssetTableModel</name>
    <message>
        <location filename="../ui/assets/AssetTableModel.cpp" line="+52"/>
        <source>Owner and deputy are the same person</source>
        <translation>Ägare och ersättare är samma person</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPA</source>
        <translation>PUB-avtal</translation>
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
        <translation>R</translation>
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
        <translation>Klassning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Driftoperatör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The asset&apos;s name (F2 renames it; double-click opens the editor)</source>
        <translation>Tillgångens namn (F2 byter namn; dubbelklick öppnar redigeraren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of persons registered</source>
        <translation>Antal registrerade personer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidentiality, 0-4</source>
        <translation>Konfidentialitet, 0-4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity, 0-4</source>
        <translation>Riktighet, 0-4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability, 0-4</source>
        <translation>Tillgänglighet, 0-4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document classification, for example %1 or %2</source>
        <translation>Dokumentklassning, till exempel %1 eller %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator or supplier</source>
        <translation>Driftoperatör eller leverantör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the register lacks for this asset</source>
        <translation>Vad registret saknar för den här tillgången</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>No owner</source>
        <translation>Ingen ägare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deputy for the system owner</source>
        <translation>Ingen ersättare för systemägaren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is system owner, IT security leader and IT-responsible at once (separation of duties)</source>
        <translation>%1 är samtidigt systemägare, IT-säkerhetschef och IT-ansvarig (åtskillnad av roller)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is system owner and IT security leader at once (separation of duties)</source>
        <translation>%1 är samtidigt systemägare och IT-säkerhetschef (åtskillnad av roller)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is system owner and IT-responsible at once (separation of duties)</source>
        <translation>%1 är samtidigt systemägare och IT-ansvarig (åtskillnad av roller)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>System owner or information owner</source>
        <translation>Systemägare eller informationsägare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy of the system owner</source>
        <translation>Systemägarens ersättare</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-7"/>
        <location filename="../ui/assets/AssetTableModel.cpp" line="+2"/>
        <source>Data processing agreement with the operator</source>
        <translation>Personuppgiftsbiträdesavtal med driftoperatören</translation>
    </message>
</context>
<context>
    <name>trygg::ui::AssetsView</name>
    <message>
        <location filename="../ui/assets/AssetsView.cpp" line="+78"/>
        <source>&amp;New asset...</source>
        <translation>&amp;Ny tillgång...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an asset to the register</source>
        <translation>Lägg till en informationstillgång i registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Redigera...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit every field of the selected asset (Enter)</source>
        <translation>Redigera alla fält för den markerade tillgången (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+207"/>
        <source>Delete the selected asset (Del)</source>
        <translation>Ta bort den markerade tillgången (Del)</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>&amp;History...</source>
        <translation>&amp;Historik...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the selected asset, when, and what</source>
        <translation>Vem som ändrade den markerade tillgången, när och vad</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Search assets</source>
        <translation>Sök tillgångar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds the text in name, purpose, type of information, operator and notes</source>
        <translation>Söker texten i namn, syfte, informationstyp, driftoperatör och anteckningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the assets of one unit</source>
        <translation>Visa tillgångarna för en enhet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the assets of one owner</source>
        <translation>Visa tillgångarna för en ägare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show one type of asset</source>
        <translation>Visa en typ av tillgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the assets with this level of personal data</source>
        <translation>Visa tillgångarna med den här nivån av personuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any personal data</source>
        <translation>Alla nivåer av personuppgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data: %1</source>
        <translation>Personuppgifter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only with &amp;warnings</source>
        <translation>Endast med &amp;varningar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All owners</source>
        <translation>Alla ägare</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 assets; %3 with warnings</source>
        <translation>%1 av %2 tillgångar; %3 med varningar</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Delete asset</source>
        <translation>Ta bort tillgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the asset &quot;%1&quot; from the register?

Risk lines about it keep their text without an asset. Undo brings the asset back.</source>
        <translation>Ta bort tillgången ”%1” från registret?

Riskrader om den behåller sin text, men utan tillgång. Ångra tar tillbaka tillgången.</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Assets without owner or deputy, or whose owner holds roles that are to be kept apart</source>
        <translation>Tillgångar utan ägare eller ersättare, eller vars ägare har roller som ska hållas isär</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The server lets you change only the assets of your own units</source>
        <translation>Servern låter dig bara ändra tillgångarna i dina egna enheter</translation>
    </message>
</context>
<context>
    <name>trygg::ui::CellRiskModel</name>
    <message>
        <location filename="../ui/matrix/CellRiskModel.cpp" line="+133"/>
        <source>%1 (entered %2)</source>
        <translation>%1 (angivet %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No residual risk assessed yet: the current risk is shown.</source>
        <translation>Ingen kvarstående risk bedömd ännu: nuvarande risk visas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered as %1, raised one level because many people are affected.</source>
        <translation>Angiven som %1, höjd en nivå eftersom många personer berörs.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Place in the prioritised list of the chosen unit and assessment</source>
        <translation>Plats i den prioriterade listan för vald enhet och riskbedömning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can happen</source>
        <translation>Vad kan hända</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Riskbedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Tillgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual
probability</source>
        <translation>Kvarstående
sannolikhet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual
consequence</source>
        <translation>Kvarstående
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
        <translation>Kvarstående
riskvärde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Riskvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual
zone</source>
        <translation>Kvarstående
zon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>Zon</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Raised one level when many people are affected</source>
        <translation>Höjs en nivå när många personer berörs</translation>
    </message>
</context>
<context>
    <name>trygg::ui::CombineConflictsDialog</name>
    <message>
        <location filename="../ui/combine/CombineConflictsDialog.cpp" line="+25"/>
        <source>Removed, as in the section</source>
        <translation>Borttagen, som i avdelningens register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section&apos;s version taken</source>
        <translation>Avdelningens version övertagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This register&apos;s version kept</source>
        <translation>Det här registrets version behålls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in this register</source>
        <translation>Behålls i det här registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both kept, the section&apos;s as a separate object</source>
        <translation>Båda behålls, avdelningens som ett eget objekt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Take the &amp;section&apos;s</source>
        <translation>Ta över &amp;avdelningens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep this register&apos;s</source>
        <translation>&amp;Behåll det här registrets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;both</source>
        <translation>Behåll &amp;båda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combine registers: conflicts</source>
        <translation>Slå ihop register: konflikter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These objects differ between the sections and this register and were not overwritten. Choose for each what this register keeps; the choice is remembered for the next combine.</source>
        <translation>De här objekten skiljer sig mellan avdelningarnas register och det här registret och skrevs inte över. Välj för vart och ett vad det här registret behåller; valet kommer ihåg till nästa sammanslagning.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score (section / here)</source>
        <translation>Riskvärde (avdelning / här)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Overwrite this register&apos;s object with the section&apos;s version (a removal in the section removes it here)</source>
        <translation>Skriv över det här registrets objekt med avdelningens version (borttaget i avdelningens register tas det bort även här)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this register&apos;s object as it is</source>
        <translation>Behåll det här registrets objekt som det är</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this register&apos;s object and add the section&apos;s version as an object of its own</source>
        <translation>Behåll det här registrets objekt och lägg till avdelningens version som ett eget objekt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not resolved: %1</source>
        <translation>Inte löst: %1</translation>
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
        <translation>Skriv ett datum (t.ex. %1) eller välj det med F4; tomt för inget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a date (e.g. %1) or pick it with F4</source>
        <translation>Skriv ett datum (t.ex. %1) eller välj det med F4</translation>
    </message>
</context>
<context>
    <name>trygg::ui::DeadlineEdit</name>
    <message>
        <location filename="../ui/plan/DeadlineEdit.cpp" line="+8"/>
        <source>No deadline</source>
        <translation>Ingen tidsfrist</translation>
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
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Whole register</source>
        <translation>Hela registret</translation>
    </message>
</context>
<context>
    <name>trygg::ui::DueView</name>
    <message>
        <location filename="../ui/cycle/DueView.cpp" line="+79"/>
        <source>Record &amp;review...</source>
        <translation>Registrera &amp;genomgång...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Accept risk...</source>
        <translation>&amp;Acceptera risk...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve a&amp;gain...</source>
        <translation>Godkänn &amp;på nytt...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve action &amp;plan...</source>
        <translation>Godkänn &amp;handlingsplan...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review r&amp;ules...</source>
        <translation>&amp;Regler för genomgång...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add policy &amp;document...</source>
        <translation>Lägg till &amp;styrdokument...</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Förfaller inom %n dag</numerusform>
            <numerusform>Förfaller inom %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The object was looked through: its next review is counted from today</source>
        <translation>Objektet har gåtts igenom: nästa genomgång räknas från i dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management accepts the residual risk until a date</source>
        <translation>Ledningen accepterar den kvarstående risken fram till ett datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management approves the plan or assessment as it is now</source>
        <translation>Ledningen godkänner planen eller riskbedömningen som den är nu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A policy, instruction or guideline revised on the policy documents&apos; review rule</source>
        <translation>En policy, instruktion eller riktlinje som revideras enligt regeln för genomgång av styrdokument</translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due within %1 days</source>
        <translation>
            <numerusform>%n förfaller inom %1 dagar</numerusform>
            <numerusform>%n förfaller inom %1 dagar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The whole register</source>
        <translation>Hela registret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approve action plan</source>
        <translation>Godkänn handlingsplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action plan of:</source>
        <translation>Handlingsplan för:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the action plan of %1</source>
        <translation>handlingsplanen för %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add policy document</source>
        <translation>Lägg till styrdokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the document (e.g. &quot;Informasjonssikkerhetspolicy&quot;):</source>
        <translation>Dokumentets namn (t.ex. ”Informationssäkerhetspolicy”):</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue and due soon</source>
        <translation>Försenat och förfaller snart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Förfaller snart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show one kind of task only</source>
        <translation>Visa bara en typ av uppgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one unit&apos;s tasks only, or the whole register&apos;s</source>
        <translation>Visa bara en enhets uppgifter, eller hela registrets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what is overdue, or what falls due soon</source>
        <translation>Visa det som är försenat, eller det som förfaller snart</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole register</source>
        <translation>Hela registret</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Nothing matches the filter. %n task(s) are hidden by it.</source>
        <translation>
            <numerusform>Inget matchar filtret. %n uppgift döljs av det.</numerusform>
            <numerusform>Inget matchar filtret. %n uppgifter döljs av det.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing is overdue and nothing falls due within %n day(s). The list covers reviews of assessments, assets, measures and policy documents; measure deadlines; risks above the acceptance line that need a measure or management&apos;s acceptance; risk lines not scored yet; residual risks to score or accept; acceptances that run out; approvals outdated by a change; personal data breaches to report; and exceptions that run out.</source>
        <translation>
            <numerusform>Inget är försenat och inget förfaller inom %n dag. Listan omfattar genomgångar av riskbedömningar, tillgångar, åtgärder och styrdokument; tidsfrister för åtgärder; risker över acceptansgränsen som behöver en åtgärd eller ledningens acceptans; riskrader som ännu inte har fått riskvärden; kvarstående risker som ska få riskvärde eller accepteras; acceptanser som löper ut; godkännanden som blivit inaktuella av en ändring; personuppgiftsincidenter att anmäla; och undantag som löper ut.</numerusform>
            <numerusform>Inget är försenat och inget förfaller inom %n dagar. Listan omfattar genomgångar av riskbedömningar, tillgångar, åtgärder och styrdokument; tidsfrister för åtgärder; risker över acceptansgränsen som behöver en åtgärd eller ledningens acceptans; riskrader som ännu inte har fått riskvärden; kvarstående risker som ska få riskvärde eller accepteras; acceptanser som löper ut; godkännanden som blivit inaktuella av en ändring; personuppgiftsincidenter att anmäla; och undantag som löper ut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+92"/>
        <source>whole register</source>
        <translation>hela registret</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>score %1 (%2 × %3), zone %4</source>
        <translation>riskvärde %1 (%2 × %3), zon %4</translation>
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
        <translation>Kasta ändringar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Throw away the changes made in this dialog?</source>
        <translation>Kasta ändringarna i den här dialogen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>trygg::ui::EmptyPageHints</name>
    <message>
        <location filename="../ui/help/EmptyPageHints.cpp" line="+27"/>
        <source>No assets yet. Start with your section&apos;s IT systems, files and registers: press New asset, or bring them in from a spreadsheet or KITOS with File &gt; Import assets or risks. F1 opens the guide.</source>
        <translation>Inga tillgångar än. Börja med verksamhetens IT-system, filer och register: tryck på Ny tillgång, eller hämta dem från ett kalkylblad med Arkiv &gt; Importera tillgångar eller risker. F1 öppnar handledningen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No risk assessment yet. Press New assessment above to start one for your section; then add a line for each thing that can go wrong. F1 opens the guide.</source>
        <translation>Ingen riskbedömning än. Tryck på Ny riskbedömning ovanför för att starta en för avdelningen, och lägg sedan till en rad för varje sak som kan gå fel. F1 öppnar handledningen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assessment has no lines yet. Press Add line (Ctrl+Enter), describe what can happen, and type the probability and the consequence. F1 opens the guide.</source>
        <translation>Riskbedömningen har inga rader än. Tryck på Lägg till rad (Ctrl+Enter), beskriv vad som kan hända och skriv sannolikhet och konsekvens. F1 öppnar handledningen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No measures yet. A measure treats risks of an assessment: fill in the risk form first. F1 opens the guide.</source>
        <translation>Inga åtgärder än. En åtgärd behandlar risker i en riskbedömning: fyll i riskformuläret först. F1 öppnar handledningen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No measures yet. Select lines above the acceptance line in the risk form and choose Create measure from selected lines, or press New measure. F1 opens the guide.</source>
        <translation>Inga åtgärder än. Markera rader över acceptansgränsen i riskformuläret och välj Skapa åtgärd från markerade rader, eller tryck på Ny åtgärd. F1 öppnar handledningen.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ExceptionDialog</name>
    <message>
        <location filename="../ui/cycle/ExceptionDialog.cpp" line="+44"/>
        <source>Valid until:</source>
        <translation>Giltig till:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New exception</source>
        <translation>Nytt undantag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit exception</source>
        <translation>Redigera undantag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the exception is made</source>
        <translation>Varför undantaget görs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(whole register)</source>
        <translation>(hela registret)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Skäl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>Godkänd av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on:</source>
        <translation>Godkänd den:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name the rule the exception departs from.</source>
        <translation>Ange regeln som undantaget gäller.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the exception is made.</source>
        <translation>Ange varför undantaget görs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who approved the exception.</source>
        <translation>Ange vem som godkände undantaget.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exception cannot run out before it was approved.</source>
        <translation>Undantaget kan inte upphöra innan det godkändes.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A date is no date: type it as %1.</source>
        <translation>Ett datum är inget giltigt datum: skriv det som %1.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The rule it departs from, e.g. &quot;a deputy for every IT system&quot;</source>
        <translation>Regeln som undantaget gäller, t.ex. ”en ersättare för varje IT-system”</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ExceptionModel</name>
    <message>
        <location filename="../ui/cycle/ExceptionModel.cpp" line="+59"/>
        <source>Until revoked</source>
        <translation>Tills det återkallas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exception from</source>
        <translation>Undantag från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Godkänd av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on</source>
        <translation>Godkänd den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Giltig till</translation>
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
        <translation>Exportera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset register</source>
        <translation>Tillgångsregister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks in priority order</source>
        <translation>Risker i prioriteringsordning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-arbetsbok (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (UTF-8, semicolons)</source>
        <translation>CSV för kalkylblad (UTF-8, semikolon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export:</source>
        <translation>&amp;Exportera:</translation>
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
        <translation>tillgångar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risks</source>
        <translation>risker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action plan</source>
        <translation>handlingsplan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
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
        <translation>Bakåt (Alt+Vänster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward (Alt+Right)</source>
        <translation>Framåt (Alt+Höger)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trygg user guide</source>
        <translation>Användarhandledning för Trygg</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Find in this page</source>
        <translation>Sök på den här sidan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter finds the next place, Shift+Enter the one before</source>
        <translation>Enter hittar nästa träff, Skift+Enter den föregående</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 - Trygg user guide</source>
        <translation>%1 - Användarhandledning för Trygg</translation>
    </message>
</context>
<context>
    <name>trygg::ui::HistoryDialog</name>
    <message>
        <location filename="../ui/mainwindow/HistoryDialog.cpp" line="+28"/>
        <source>History of the register</source>
        <translation>Registrets historik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: a name, a person, a field, a value...</source>
        <translation>Filter: ett namn, en person, ett fält, ett värde...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export CSV...</source>
        <translation>Exportera CSV...</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+5"/>
        <source>Export the history</source>
        <translation>Exportera historiken</translation>
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
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="-18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="+15"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Asset</source>
        <translation>Informationstillgång</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="+104"/>
        <source>Assessment</source>
        <translation>Riskbedömning</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="-102"/>
        <source>Trail chain started by the upgrade</source>
        <translation>Loggens kedja startad av uppgraderingen</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="-59"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of reports</source>
        <translation>Språk i rapporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matrix in use</source>
        <translation>Matris som används</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review rules</source>
        <translation>Regler för genomgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register identity</source>
        <translation>Registrets identitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification levels</source>
        <translation>Klassningsnivåer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definitions of the classification levels</source>
        <translation>Beskrivningar av klassningsnivåerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Förinställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many affected raises the consequence</source>
        <translation>Många berörda höjer konsekvensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent unit</source>
        <translation>Överordnad enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security leader</source>
        <translation>Säkerhetsansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT responsible</source>
        <translation>IT-ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information held</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons registered</source>
        <translation>Registrerade personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification or licence</source>
        <translation>Anmälan eller tillstånd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Driftoperatör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement</source>
        <translation>Personuppgiftsbiträdesavtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Konfidentialitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Riktighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Klassning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archiving and deletion</source>
        <translation>Arkivering och gallring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguards</source>
        <translation>Skyddsåtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage and communication</source>
        <translation>Lagring och kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>Matris</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Approved by</source>
        <translation>Godkänd av</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Approved on</source>
        <translation>Godkänd datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets</source>
        <translation>Informationstillgångar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can happen</source>
        <translation>Vad kan hända</translation>
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
        <translation>Sannolikhet</translation>
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
        <translation>Många berörda</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="+1"/>
        <source>Knowledge</source>
        <translation>Kunskapsunderlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing measures</source>
        <translation>Befintliga åtgärder</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+7"/>
        <location filename="../core/model/TrailWords.cpp" line="+1"/>
        <source>Residual probability</source>
        <translation>Kvarstående sannolikhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/model/TrailWords.cpp" line="+1"/>
        <source>Residual consequence</source>
        <translation>Kvarstående konsekvens</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="+6"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed by</source>
        <translation>Genomgången av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted by</source>
        <translation>Accepterad av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval of</source>
        <translation>Godkännande av</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content approved</source>
        <translation>Godkänt innehåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovered</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>Rapporterad av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen</source>
        <translation>Observerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority notified</source>
        <translation>IMY underrättad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority notified at</source>
        <translation>IMY underrättad den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n row(s): %1 new, %2 updated</source>
        <translation>
            <numerusform>%n rad (nya: %1, uppdaterade: %2)</numerusform>
            <numerusform>%n rader (nya: %1, uppdaterade: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n row(s) with problems skipped</source>
        <translation>
            <numerusform>, %n rad med fel överhoppad</numerusform>
            <numerusform>, %n rader med fel överhoppade</numerusform>
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
            <numerusform>%n fält ifyllt</numerusform>
            <numerusform>%n fält ifyllda</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Vad</translation>
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
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../core/model/TrailWords.cpp" line="-13"/>
        <source>Carried over from</source>
        <translation>Överförd från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reassessed</source>
        <translation>Inte bedömd på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous round</source>
        <translation>Föregående omgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed round</source>
        <translation>Avslutad omgång</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>References to the policy</source>
        <translation>Hänvisningar till egna styrdokument</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1 until %2</source>
        <translation>%1 till och med %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+8"/>
        <location filename="../core/model/TrailWords.cpp" line="-74"/>
        <source>Completed</source>
        <translation>Genomförd den</translation>
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
        <translation>&amp;Hoppa över raderna med fel och importera de andra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets (the asset register)</source>
        <translation>Tillgångar (tillgångsregistret)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks (lines of risk assessments, with their measures)</source>
        <translation>Risker (rader i riskbedömningar, med åtgärder)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import:</source>
        <translation>&amp;Importera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns: choose what each column of the file is, or ignore it</source>
        <translation>Kolumner: välj vad varje kolumn i filen är, eller hoppa över den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Checking the rows: %p%</source>
        <translation>Kontrollerar raderna: %p%</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>Checking %n row(s)...</source>
        <translation>
            <numerusform>Kontrollerar %n rad...</numerusform>
            <numerusform>Kontrollerar %n rader...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rows in the file: %1. Can be imported: %2. With problems: %3.</source>
        <translation>Rader i filen: %1. Kan importeras: %2. Med fel: %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is imported while rows have problems: correct the file, or choose to skip those rows.</source>
        <translation>Ingenting importeras så länge rader har fel: rätta filen, eller välj att hoppa över de raderna.</translation>
    </message>
    <message numerus="yes">
        <location line="-76"/>
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n column(s) of the file will be ignored: %1</source>
        <translation>
            <numerusform>%n kolumn i filen läses inte in: %1</numerusform>
            <numerusform>%n kolumner i filen läses inte in: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::ImportMappingModel</name>
    <message>
        <location filename="../ui/exchange/ImportMappingModel.cpp" line="+18"/>
        <source>(ignore)</source>
        <translation>(hoppa över)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (required)</source>
        <translation>%1 (krävs)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Double-click to choose what this column is</source>
        <translation>Dubbelklicka för att välja vad kolumnen är</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importeras som</translation>
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
        <translation>Fel</translation>
    </message>
</context>
<context>
    <name>trygg::ui::IncidentDialog</name>
    <message>
        <location filename="../ui/cycle/IncidentDialog.cpp" line="+70"/>
        <source>The data protection authority was told</source>
        <translation>Anmäld till IMY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New incident</source>
        <translation>Ny incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit incident</source>
        <translation>Redigera incident</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most a day ahead of now: a time further in the future is a mistake Trygg does not record.</source>
        <translation>Högst en dag fram från nu: en tidpunkt längre fram i tiden är ett misstag som Trygg inte registrerar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no unit)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was seen: messages on the screen, the error</source>
        <translation>Vad som observerades: meddelanden på skärmen, felet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discovered:</source>
        <translation>Upptäckt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by:</source>
        <translation>Rapporterad av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity:</source>
        <translation>Allvarlighetsgrad:</translation>
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
        <translation>Beskrivning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen:</source>
        <translation>Observerat:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assets concerned:</source>
        <translation>Berörda tillgångar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrective measures:</source>
        <translation>Korrigerande åtgärder:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A personal data breach: tell the data protection authority by %1 (72 hours).</source>
        <translation>Personuppgiftsincident: anmäl till IMY senast %1 (72 timmar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than 72 hours have passed since %1 and the authority has not been told.</source>
        <translation>Mer än 72 timmar har gått sedan %1 och incidenten har inte anmälts till IMY.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Told within 72 hours.</source>
        <translation>Anmäld inom 72 timmar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told after more than 72 hours.</source>
        <translation>Anmäld efter mer än 72 timmar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the date the incident was discovered, at most a day ahead of now.</source>
        <translation>Skriv datumet då incidenten upptäcktes, högst en dag fram i tiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the date the authority was told, at most a day ahead of now.</source>
        <translation>Skriv datumet då tillsynsmyndigheten underrättades, högst en dag fram i tiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who reported the incident.</source>
        <translation>Ange vem som rapporterade incidenten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe what happened.</source>
        <translation>Beskriv vad som hände.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authority cannot have been told before the incident was discovered.</source>
        <translation>Incidenten kan inte ha anmälts till IMY innan den upptäcktes.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::IncidentModel</name>
    <message>
        <location filename="../ui/cycle/IncidentModel.cpp" line="+95"/>
        <source>Tell by %1</source>
        <translation>Anmäl senast %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not told: over 72 hours</source>
        <translation>Inte anmäld: över 72 timmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told %1</source>
        <translation>Anmäld %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told late, %1</source>
        <translation>Anmäld för sent, %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discovered</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
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
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority told</source>
        <translation>Anmäld till IMY</translation>
    </message>
</context>
<context>
    <name>trygg::ui::IncidentsView</name>
    <message>
        <location filename="../ui/cycle/IncidentsView.cpp" line="+24"/>
        <source>&amp;New incident...</source>
        <translation>&amp;Ny incident...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Redigera...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New e&amp;xception...</source>
        <translation>Nytt &amp;undantag...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit exception...</source>
        <translation>Redigera undantag...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete exception</source>
        <translation>Ta bort undantag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents and deviations: what happened, how serious, what is done about it, and whether the data protection authority was told (within 72 hours for a personal data breach).</source>
        <translation>Incidenter och avvikelser: vad som hände, hur allvarligt det är, vad som görs åt det och om det har anmälts till Integritetsskyddsmyndigheten, IMY (inom 72 timmar vid en personuppgiftsincident).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Approved exceptions from the rules (reported yearly):</source>
        <translation>Godkända undantag från reglerna (rapporteras årligen):</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Delete incident</source>
        <translation>Ta bort incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected incident? Edit &gt; Undo brings it back.</source>
        <translation>Ta bort den markerade incidenten? Redigera &gt; Ångra tar tillbaka den.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindowPages.cpp" line="+62"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset register</source>
        <translation>Tillgångsregister</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk form</source>
        <translation>Riskformulär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk matrix</source>
        <translation>Riskmatris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+152"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New register...</source>
        <translation>&amp;Nytt register...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open...</source>
        <translation>&amp;Öppna...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo register</source>
        <translation>Öppna &amp;demoregistret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy...</source>
        <translation>Spara en &amp;kopia...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History...</source>
        <translation>&amp;Historik...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;bine registers...</source>
        <translation>Slå ihop &amp;register...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import assets or risks...</source>
        <translation>&amp;Importera tillgångar eller risker...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to CSV or Excel...</source>
        <translation>E&amp;xportera till CSV eller Excel...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk &amp;matrix...</source>
        <translation>Risk&amp;matris...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scales and acceptance criteria new assessments use</source>
        <translation>Skalorna och acceptanskriterierna som nya bedömningar använder</translation>
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
        <translation>Ditt &amp;namn...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
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
        <translation>Kunde inte öppna %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is read-only: you can read and print it, but not change it.</source>
        <translation>%1 är skrivskyddad: du kan läsa och skriva ut den, men inte ändra den.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is in use by %2 on %3 since %4: opened read-only.</source>
        <translation>%1 används av %2 på %3 sedan %4: öppnad skrivskyddad.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The report was saved as %1</source>
        <translation>Rapporten sparades som %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&amp;Register...</source>
        <translation>&amp;Register...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register&apos;s name, the language of its reports, the classification levels</source>
        <translation>Registrets namn, språket i rapporterna, klassningsnivåerna</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Its lock has shown no sign of life for a while; take it over only if %1 no longer has the register open.</source>
        <translation>Låset har inte visat några livstecken på en stund; ta över det bara om %1 inte längre har registret öppet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take over</source>
        <translation>Ta över</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is opened read-only: its write lock could not be made (%2). You can read and print it; to change it, ask for write access to its folder.</source>
        <translation>%1 är öppnad skrivskyddad: registrets skrivlås kunde inte skapas (%2). Du kan läsa och skriva ut den; för att ändra den behöver du be om skrivbehörighet till mappen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not take over %1: %2</source>
        <translation>Kunde inte ta över %1: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Could not create the demo register: %1</source>
        <translation>Kunde inte skapa demoregistret: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The register %1 was replaced by another file since you opened it. Your last change was not saved. Reopen it?</source>
        <translation>Registret %1 har ersatts av en annan fil sedan du öppnade det. Din senaste ändring sparades inte. Vill du öppna det igen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved</source>
        <translation>Sparat</translation>
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
        <translation>%1 (%2, skrivskyddad) - Trygg</translation>
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
        <translation>Rensa listan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create %1: %2</source>
        <translation>Kunde inte skapa %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open register</source>
        <translation>Öppna register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trygg registers (*.trygg);;All files (*)</source>
        <translation>Trygg-register (*.trygg);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/mainwindow/MainWindowCombine.cpp" line="+28"/>
        <source>Trygg registers (*.trygg)</source>
        <translation>Trygg-register (*.trygg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy was saved as %1</source>
        <translation>En kopia sparades som %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>History of %1</source>
        <translation>Historik för %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Changes are recorded as %1</source>
        <translation>Ändringar registreras som %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history records every change with your user name on this computer and this name, so others can see who made it. Leave it empty for none.</source>
        <translation>Historiken registrerar varje ändring med ditt användarnamn på den här datorn och detta namn, så att andra kan se vem som gjorde den. Lämna tomt för inget.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import assets or risks</source>
        <translation>Importera tillgångar eller risker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Kalkylblad (*.xlsx *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 rows with problems skipped. The import is in the history; it cannot be undone with Undo.</source>
        <translation>Importerade %1 (nya: %2, uppdaterade: %3, oförändrade: %4, rader med fel överhoppade: %5). Importen finns i historiken; den kan inte ångras med Ångra.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported to %1</source>
        <translation>Exporterat till %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowCombine.cpp" line="-1"/>
        <source>Combine registers into %1</source>
        <translation>Slå ihop register till %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Nothing was combined: %1</source>
        <translation>Ingenting slogs ihop: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Combined %n register(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>Slog ihop %n register (nya: %1, uppdaterade: %2, oförändrade: %3).</numerusform>
            <numerusform>Slog ihop %n register (nya: %1, uppdaterade: %2, oförändrade: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n removed: no longer in their section.</source>
        <translation>
            <numerusform>%n borttaget: finns inte längre i avdelningens register.</numerusform>
            <numerusform>%n borttagna: finns inte längre i avdelningarnas register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conflict(s) were left as they are in this register.</source>
        <translation>
            <numerusform>%n konflikt lämnades som den är i det här registret.</numerusform>
            <numerusform>%n konflikter lämnades som de är i det här registret.</numerusform>
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
        <translation>&lt;h3&gt;Trygg %1&lt;/h3&gt;&lt;p&gt;Riskarbete för informationssäkerhet i kommuner: tillgångsregistret, riskbedömningar, riskmatrisen och prioriterade handlingsplaner, i en enda fil.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowCombine.cpp" line="+13"/>
        <source>Combine as a new section?</source>
        <translation>Slå ihop som en ny avdelning?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If %1 is a section of its own (made from a copy of another register), combine it as a new section: it gets an identity of its own in this register, kept for its file. If it is a copy of the same section, cancel: nothing is combined.</source>
        <translation>Om %1 är en egen avdelning (gjord från en kopia av ett annat register), slå ihop den som en ny avdelning: den får en egen identitet i detta register, som sparas för dess fil. Om den är en kopia av samma avdelning, avbryt: ingenting slås ihop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Combine as a new section</source>
        <translation>Slå ihop som en ny avdelning</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="-394"/>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help on this &amp;page</source>
        <translation>Hjälp för den här &amp;sidan</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Open &amp;server register...</source>
        <translation>Öppna register på &amp;server...</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>A register on a server is copied to a file with trygg-cli copy</source>
        <translation>Ett register på en server kopieras till en fil med trygg-cli copy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 as %2</source>
        <translation>%1 som %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowServer.cpp" line="-29"/>
        <source>Section leader</source>
        <translation>Förvaltningschef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security officer</source>
        <translation>Informationssäkerhetssamordnare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management</source>
        <translation>Ledningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader</source>
        <translation>Läsare</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server lets %1 read this register, not change it.</source>
        <translation>Servern låter %1 läsa det här registret, inte ändra det.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Owner: everything</source>
        <translation>Ägare: allt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the server lets the database user %1 do in this register</source>
        <translation>Vad servern låter databasanvändaren %1 göra i det här registret</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection to the server was lost; the register is read-only until it is back; trying again...</source>
        <translation>Anslutningen till servern bröts; registret är skrivskyddat tills den är tillbaka; försöker igen...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection to the server is back: the register shows what is stored now, and changes are saved again.</source>
        <translation>Anslutningen till servern är tillbaka: registret visar det som är sparat nu, och ändringar sparas igen.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n record(s) changed by others</source>
        <translation>
            <numerusform>%n post ändrad av andra</numerusform>
            <numerusform>%n poster ändrade av andra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixEditorDialog</name>
    <message>
        <location filename="../ui/matrix/MatrixEditorDialog.cpp" line="-393"/>
        <source>Risk matrix</source>
        <translation>Riskmatris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Probability</source>
        <translation>&amp;Sannolikhet</translation>
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
        <translation>En händelse som drabbar &amp;många personer ges en konsekvensnivå högre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click a cell to put it in the zone chosen under Zones</source>
        <translation>Klicka på en cell för att lägga den i zonen som valts under Zoner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importera...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exportera...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a matrix definition (JSON) shared by another municipality</source>
        <translation>Läs en matrisdefinition (JSON) som en annan kommun har delat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this matrix as a JSON definition others can import</source>
        <translation>Skriv denna matris som en JSON-definition som andra kan importera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as a new version of the matrix: new assessments use it, assessments already made keep theirs</source>
        <translation>Spara som en ny version av matrisen: nya bedömningar använder den, bedömningar som redan gjorts behåller sin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessments already made keep the criteria they were scored against; a saved change applies to new assessments.</source>
        <translation>Bedömningar som redan gjorts behåller kriterierna de bedömdes efter; en sparad ändring gäller nya bedömningar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Label</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of &amp;levels:</source>
        <translation>Antal &amp;nivåer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level 1 is the least likely.</source>
        <translation>Nivå 1 är minst sannolik.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level 1 is the least severe.</source>
        <translation>Nivå 1 är minst allvarlig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zone</source>
        <translation>Zon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From score</source>
        <translation>Från riskvärde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To score</source>
        <translation>Till riskvärde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acceptable</source>
        <translation>Acceptabel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below the acceptance line: no measure or acceptance by management needed</source>
        <translation>Under acceptansgränsen: varken åtgärd eller ledningens acceptans behövs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to choose the colour</source>
        <translation>Dubbelklicka för att välja färgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add zone</source>
        <translation>&amp;Lägg till zon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove zone</source>
        <translation>&amp;Ta bort zon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colour every cell by &amp;score</source>
        <translation>Färglägg alla celler efter &amp;riskvärde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A click on a cell in the preview puts it in:</source>
        <translation>Ett klick på en cell i förhandsgranskningen lägger den i:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zones from the least to the most severe. A cell is in the zone whose scores cover probability x consequence, unless it is put in a zone of its own.</source>
        <translation>Zoner från minst till mest allvarlig. En cell hör till den zon vars riskvärden täcker sannolikhet x konsekvens, om den inte lagts i en egen zon.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>its zone by score</source>
        <translation>zonen efter riskvärde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Level %1</source>
        <translation>Nivå %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A score is a whole number from 1 to %1.</source>
        <translation>Ett riskvärde är ett heltal från 1 till %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Colour of the zone</source>
        <translation>Zonens färg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A matrix has at most %1 zones.</source>
        <translation>En matris har högst %1 zoner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New zone</source>
        <translation>Ny zon</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not yet a valid matrix: %1.</source>
        <translation>Ännu inte en giltig matris: %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting importerades: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a matrix</source>
        <translation>Importera en matris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix definitions (*.json);;All files (*)</source>
        <translation>Matrisdefinitioner (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the matrix</source>
        <translation>Exportera matrisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix definitions (*.json)</source>
        <translation>Matrisdefinitioner (*.json)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The matrix was not saved.</source>
        <translation>Matrisen sparades inte.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixView</name>
    <message>
        <location filename="../ui/matrix/MatrixView.cpp" line="+107"/>
        <source>Current risk</source>
        <translation>Nuvarande risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The risk as assessed, before new measures</source>
        <translation>Risken enligt bedömningen, före nya åtgärder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual risk</source>
        <translation>Kvarstående risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The risk after the measures, where a residual risk has been assessed; others at their current risk</source>
        <translation>Risken efter åtgärderna, där en kvarstående risk har bedömts; övriga med nuvarande risk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Riskbedömning:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Acceptance zones</source>
        <translation>Acceptanszoner</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All assessments</source>
        <translation>Alla riskbedömningar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Score %1</source>
        <translation>Riskvärde %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risker</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below the acceptance line: no measure or acceptance needed</source>
        <translation>Under acceptansgränsen: ingen åtgärd eller acceptans behövs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above the acceptance line: needs measures or acceptance by management</source>
        <translation>Över acceptansgränsen: kräver åtgärder eller acceptans från ledningen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some cells are set to a zone of their own, whatever their score.</source>
        <translation>Vissa celler har en egen zon, oavsett riskvärde.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n risk(s) in this assessment.</source>
        <translation>
            <numerusform>%n risk i den här riskbedömningen.</numerusform>
            <numerusform>%n risker i den här riskbedömningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n risk(s) in this unit.</source>
        <translation>
            <numerusform>%n risk i den här enheten.</numerusform>
            <numerusform>%n risker i den här enheten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n risk(s) in the register.</source>
        <translation>
            <numerusform>%n risk i registret.</numerusform>
            <numerusform>%n risker i registret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n scored on other scales, not in the matrix.</source>
        <translation>
            <numerusform>%n bedömd med andra skalor, inte i matrisen.</numerusform>
            <numerusform>%n bedömda med andra skalor, inte i matrisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n without a residual risk, shown at their current risk.</source>
        <translation>
            <numerusform>%n utan kvarstående risk, visas med nuvarande risk.</numerusform>
            <numerusform>%n utan kvarstående risk, visas med nuvarande risk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n risk(s) in the zone %1. Click a cell to list its risks instead.</source>
        <translation>
            <numerusform>%n risk i zonen %1. Klicka på en cell för att i stället lista dess risker.</numerusform>
            <numerusform>%n risker i zonen %1. Klicka på en cell för att i stället lista dess risker.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a cell to list its risks</source>
        <translation>Klicka på en cell för att lista dess risker</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n risk(s) with residual probability %1 and consequence %2. Click the cell again to clear the list.</source>
        <translation>
            <numerusform>%n risk med kvarstående sannolikhet %1 och konsekvens %2. Klicka på cellen igen för att rensa listan.</numerusform>
            <numerusform>%n risker med kvarstående sannolikhet %1 och konsekvens %2. Klicka på cellen igen för att rensa listan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n risk(s) with probability %1 and consequence %2. Click the cell again to clear the list.</source>
        <translation>
            <numerusform>%n risk med sannolikhet %1 och konsekvens %2. Klicka på cellen igen för att rensa listan.</numerusform>
            <numerusform>%n risker med sannolikhet %1 och konsekvens %2. Klicka på cellen igen för att rensa listan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%n not scored yet, not in the matrix.</source>
        <translation>
            <numerusform>%n ännu inte bedömd, inte i matrisen.</numerusform>
            <numerusform>%n ännu inte bedömda, inte i matrisen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixWidget</name>
    <message>
        <location filename="../ui/matrix/MatrixWidget.cpp" line="+102"/>
        <source>Risk matrix</source>
        <translation>Riskmatris</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probability</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Probability %1</source>
        <translation>Sannolikhet %1</translation>
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
        <translation>Riskvärde %1 × %2 = %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone: %1</source>
        <translation>Zon: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk(s) in this cell</source>
        <translation>
            <numerusform>%n risk i den här cellen</numerusform>
            <numerusform>%n risker i den här cellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::MeasureDialog</name>
    <message>
        <location filename="../ui/plan/MeasureDialog.cpp" line="+58"/>
        <source>New measure</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit measure</source>
        <translation>Redigera åtgärd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is done, e.g. &quot;Review access rights every quarter&quot;</source>
        <translation>Vad som görs, t.ex. ”Gå igenom behörigheterna varje kvartal”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a person, or type a new name to add the person to the register</source>
        <translation>Välj en person, eller skriv ett nytt namn för att lägga till personen i registret</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnel resources the measure needs</source>
        <translation>Personella resurser som åtgärden kräver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Economic resources the measure needs</source>
        <translation>Ekonomiska resurser som åtgärden kräver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How and when it is followed up</source>
        <translation>Hur och när den följs upp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Riskbedömning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>Tids&amp;frist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Timmar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Kostnad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Treats these risks:</source>
        <translation>&amp;Behandlar dessa risker:</translation>
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
        <translation>Den här riskbedömningen har inga riskrader ännu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A measure needs an assessment and a text saying what is done</source>
        <translation>En åtgärd kräver en riskbedömning och en text om vad som görs</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>The risks of the assessment this measure treats, numbered as the lines of the form</source>
        <translation>Riskerna i bedömningen som åtgärden hanterar, numrerade som raderna i formuläret</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1. %2: not scored</source>
        <translation>%1. %2: inte bedömd</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The deadline is no date: type it as %1, or leave it empty</source>
        <translation>Tidsfristen är inget giltigt datum: skriv det som %1, eller lämna det tomt</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Not recorded</source>
        <translation>Inte registrerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the measure was done: today when it is set to done, unless you give it</source>
        <translation>Dagen då åtgärden genomfördes: i dag när den markeras som klar, om du inte anger en annan</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Com&amp;pleted:</source>
        <translation>&amp;Genomförd den:</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The completion date is no date: type it as %1</source>
        <translation>Datumet för genomförandet är inget giltigt datum: skriv det som %1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MeasureItemDelegate</name>
    <message>
        <location filename="../ui/plan/MeasureItemDelegate.cpp" line="+50"/>
        <source>Pick a person, or type a new name to add the person to the register</source>
        <translation>Välj en person, eller skriv ett nytt namn för att lägga till personen i registret</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> h</source>
        <translation> h</translation>
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
        <translation>t.ex. Gislaveds kommun, eller en del av den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norway: DSB-style labels, 5 x 5</source>
        <translation>Norge: DSB-benämningar, 5 x 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark: 5 x 5</source>
        <translation>Danmark: 5 x 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden: MSB-inspired, 4 x 4</source>
        <translation>Sverige: MSB-inspirerad, 4 x 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral: ISO-style 5 x 5, English</source>
        <translation>Neutral: ISO-liknande 5 x 5, engelska</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse...</source>
        <translation>Bläddra...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Risk matrix:</source>
        <translation>&amp;Riskmatris:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Trygg registers (*.trygg)</source>
        <translation>Trygg-register (*.trygg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Probability Lite sannsynlig ... Svært sannsynlig and consequence Ubetydelig ... Svært alvorlig in the style of DSB; zones 1-4, 5-9, 10-25.</source>
        <translation>Sannolikhet ”Lite sannsynlig” ... ”Svært sannsynlig” och konsekvens ”Ubetydelig” ... ”Svært alvorlig” som hos DSB; zoner 1-4, 5-9, 10-25.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandsynlighed Meget lav ... Meget høj, konsekvens Ubetydelig ... Kritisk.</source>
        <translation>Sannolikhet ”Meget lav” ... ”Meget høj”, konsekvens ”Ubetydelig” ... ”Kritisk”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sannolikhet Sällsynt ... Mycket sannolik, konsekvens Liten ... Mycket stor; zones Låg, Medel, Hög, Extremt hög.</source>
        <translation>Sannolikhet Sällsynt ... Mycket sannolik, konsekvens Liten ... Mycket stor; zoner Låg, Medel, Hög, Extremt hög.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare ... Almost certain, Insignificant ... Severe.</source>
        <translation>Sannolikhet ”Rare” ... ”Almost certain”, konsekvens ”Insignificant” ... ”Severe”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name already exists.</source>
        <translation>Det finns redan en fil med det här namnet.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Norway: 5 x 5</source>
        <translation>Norge: 5 x 5</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Probability Meget liten ... Svært stor and consequence Ubetydelig ... Svært alvorlig; zones 1-4, 5-9, 10-25.</source>
        <translation>Sannolikhet ”Meget liten” ... ”Svært stor” och konsekvens ”Ubetydelig” ... ”Svært alvorlig”; zoner 1-4, 5-9, 10-25.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::NoticeBar</name>
    <message>
        <location filename="../ui/mainwindow/NoticeBar.cpp" line="+22"/>
        <source>Close this message</source>
        <translation>Stäng meddelandet</translation>
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
        <translation>Risker per zon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk matrix (current risk)</source>
        <translation>Riskmatris (nuvarande risk)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risk assessments due</source>
        <translation>Riskbedömningar att göra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each unit&apos;s next assessment under the register&apos;s review rule. Double-click to open it.</source>
        <translation>Varje enhets nästa riskbedömning enligt registrets regel för genomgång. Dubbelklicka för att öppna den.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>score %1</source>
        <translation>riskvärde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score %1-%2</source>
        <translation>riskvärde %1-%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk(s) in the zone %1. Click to see them in the matrix.</source>
        <translation>
            <numerusform>%n risk i zonen %1. Klicka för att se den i matrisen.</numerusform>
            <numerusform>%n risker i zonen %1. Klicka för att se dem i matrisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n measure(s) overdue</source>
        <translation>
            <numerusform>%n åtgärd försenad</numerusform>
            <numerusform>%n åtgärder försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measure(s) due within 30 days</source>
        <translation>
            <numerusform>%n åtgärd med tidsfrist inom 30 dagar</numerusform>
            <numerusform>%n åtgärder med tidsfrist inom 30 dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n measure(s) done</source>
        <translation>
            <numerusform>%1 av %n åtgärd klar</numerusform>
            <numerusform>%1 av %n åtgärder klara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n warning(s) in the asset register</source>
        <translation>
            <numerusform>%n varning i tillgångsregistret</numerusform>
            <numerusform>%n varningar i tillgångsregistret</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings in the asset register</source>
        <translation>Inga varningar i tillgångsregistret</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue in the yearly cycle (reviews, acceptances, approvals, incidents)</source>
        <translation>
            <numerusform>%n försenad i årshjulet (genomgångar, acceptanser, godkännanden, incidenter)</numerusform>
            <numerusform>%n försenade i årshjulet (genomgångar, acceptanser, godkännanden, incidenter)</numerusform>
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
        <translation>%1: försenad sedan %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: due by %2</source>
        <translation>%1: ska göras senast %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: never assessed</source>
        <translation>%1: aldrig bedömd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No assessment is due within 90 days.</source>
        <translation>Ingen riskbedömning behöver göras inom 90 dagar.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Trend (risks by zone; above the bars: above the acceptance line)</source>
        <translation>Utveckling (risker efter zon; ovanför staplarna: över acceptansgränsen)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::RegisterDocument</name>
    <message>
        <location filename="../ui/document/RegisterDocumentServer.cpp" line="+116"/>
        <source>The register is open read-only; nothing was changed.</source>
        <translation>Registret är öppnat skrivskyddat; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../ui/document/RegisterDocument.cpp" line="+39"/>
        <source>Another instance has taken over %1: it is read-only here now, and nothing more is saved from this window.</source>
        <translation>En annan instans har tagit över %1: den är nu skrivskyddad här, och inget mer sparas från det här fönstret.</translation>
    </message>
    <message>
        <location filename="../ui/document/RegisterDocumentCycle.cpp" line="+21"/>
        <source>Add policy document %1</source>
        <translation>Lägg till styrdokument %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete policy document %1</source>
        <translation>Ta bort styrdokument %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a review</source>
        <translation>Registrera en genomgång</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept a residual risk</source>
        <translation>Acceptera en kvarstående risk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve the action plan</source>
        <translation>Godkänn handlingsplanen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the assessment</source>
        <translation>Godkänn riskbedömningen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add incident %1</source>
        <translation>Lägg till incident %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit incident %1</source>
        <translation>Redigera incident %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete incident %1</source>
        <translation>Ta bort incident %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add exception %1</source>
        <translation>Lägg till undantag %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit exception %1</source>
        <translation>Redigera undantag %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete exception %1</source>
        <translation>Ta bort undantag %1</translation>
    </message>
    <message>
        <location filename="../ui/document/RegisterDocument.cpp" line="+119"/>
        <source>This record no longer exists; nothing was changed.</source>
        <translation>Posten finns inte längre; inget ändrades.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Redo failed, nothing was changed: %1</source>
        <translation>Gör om misslyckades, inget ändrades: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo failed, nothing was changed: %1</source>
        <translation>Ångra misslyckades, inget ändrades: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add unit %1</source>
        <translation>Lägg till enhet %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit unit %1</source>
        <translation>Redigera enhet %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete unit %1</source>
        <translation>Ta bort enhet %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add person %1</source>
        <translation>Lägg till person %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit person %1</source>
        <translation>Redigera person %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete person %1</source>
        <translation>Ta bort person %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add asset %1</source>
        <translation>Lägg till tillgång %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit asset %1</source>
        <translation>Redigera tillgång %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete asset %1</source>
        <translation>Ta bort tillgång %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add assessment %1</source>
        <translation>Lägg till riskbedömning %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit assessment %1</source>
        <translation>Redigera riskbedömning %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete assessment %1</source>
        <translation>Ta bort riskbedömning %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add risk line %1</source>
        <translation>Lägg till riskrad %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit risk line %1</source>
        <translation>Redigera riskrad %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete %n risk line(s)</source>
        <translation>
            <numerusform>Ta bort %n riskrad</numerusform>
            <numerusform>Ta bort %n riskrader</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move %1 up</source>
        <translation>Flytta upp %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>Flytta ned %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add measure %1</source>
        <translation>Lägg till åtgärd %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit measure %1</source>
        <translation>Redigera åtgärd %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Delete %n measures</source>
        <translation>
            <numerusform>Ta bort %n åtgärd</numerusform>
            <numerusform>Ta bort %n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete measure %1</source>
        <translation>Ta bort åtgärd %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit the risk matrix</source>
        <translation>Ändra riskmatrisen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit register %1</source>
        <translation>Redigera register %1</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Start round %1 from %2</source>
        <translation>Starta omgång %1 från %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Confirm the scores of %n line(s)</source>
        <translation>
            <numerusform>Bekräfta riskvärdena på %n rad</numerusform>
            <numerusform>Bekräfta riskvärdena på %n rader</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/document/RegisterDocumentServer.cpp" line="-5"/>
        <source>The connection to the server is lost: the register is read-only until it is back; nothing was changed.</source>
        <translation>Anslutningen till servern är bruten: registret är skrivskyddat tills den är tillbaka; inget ändrades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server lets the database user %1 read this register, not change it; nothing was changed.</source>
        <translation>Servern låter databasanvändaren %1 läsa det här registret, inte ändra det; inget ändrades.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not read the changes others made: %1</source>
        <translation>Kunde inte läsa ändringarna som andra har gjort: %1</translation>
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
        <translation>Utskrivna rapporter från detta register är på detta språk, oavsett vilket språk programmet använder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of reports:</source>
        <translation>&amp;Språk i rapporter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification levels of assets</source>
        <translation>Klassningsnivåer för tillgångar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The levels rate an asset&apos;s confidentiality, integrity and availability. Renaming a level keeps the ratings already given.</source>
        <translation>Nivåerna anger en tillgångs konfidentialitet, riktighet och tillgänglighet. När en nivå byter namn behålls de klassningar som redan gjorts.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>References to your policy</source>
        <translation>Hänvisningar till egna styrdokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your municipality&apos;s own documents state a rule, its reference is cited by the warnings and printed forms, e.g. &quot;Internkontroll pkt. 5.1&quot;. Leave empty to state the rule in words only.</source>
        <translation>Där kommunens egna dokument anger en regel hänvisar varningarna och de utskrivna blanketterna dit, t.ex. ”Informationssäkerhetspolicy avsnitt 4.2”. Lämna tomt för att bara beskriva regeln med ord.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every asset has an &amp;owner:</source>
        <translation>Varje tillgång har en &amp;ägare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An IT system has a de&amp;puty for its owner:</source>
        <translation>Ett IT-system har en &amp;ersättare för ägaren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles held by different people:</source>
        <translation>Roller som ska hållas isär:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many affected raises the &amp;consequence:</source>
        <translation>Många berörda höjer &amp;konsekvensen:</translation>
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
        <translation>&amp;Förhandsgranska...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report (PDF, HTML)...</source>
        <translation>&amp;Exportera rapport (PDF, HTML)...</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Print...</source>
        <translation>Skriv ut...</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export...</source>
        <translation>Exportera...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html)</source>
        <translation>Webbsidor (*.html)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
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
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reports are printed in the register&apos;s language unless you choose another.</source>
        <translation>Rapporter skrivs ut på registrets språk om du inte väljer ett annat.</translation>
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
        <translation>&amp;Bedömning:</translation>
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
        <translation>Alla bedömningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>&amp;Open measures only</source>
        <translation>Endast &amp;öppna åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan leaves out measures that are done or cancelled.</source>
        <translation>Handlingsplanen utelämnar åtgärder som är klara eller avbrutna.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ReviewRulesDialog</name>
    <message>
        <location filename="../ui/cycle/ReviewRulesDialog.cpp" line="+24"/>
        <source>Review rules</source>
        <translation>Regler för genomgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When each kind of object is reviewed</source>
        <translation>När varje typ av objekt gås igenom</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many days between reviews of what has a risk in the zone</source>
        <translation>Högst så många dagar mellan genomgångar av det som har en risk i zonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The rule for %1 is not one of odd-year, even-year-q1, months:N (1-120), yearly:MM-DD.</source>
        <translation>Regeln för %1 är inte någon av odd-year, even-year-q1, months:N (1-120), yearly:MM-DD.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>odd-year: by the end of every odd year
even-year-q1: by the end of Q1 of every even year
months:N: N months after the last review
yearly:MM-DD: once a year by that date</source>
        <translation>odd-year: före utgången av varje udda år
even-year-q1: före utgången av första kvartalet varje jämnt år
months:N: N månader efter senaste genomgången
yearly:MM-DD: en gång om året senast det datumet</translation>
    </message>
</context>
<context>
    <name>trygg::ui::RiskFormModel</name>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+130"/>
        <source>Product = P %1 × effective C %2 = %3</source>
        <translation>Riskvärde = S %1 × effektiv K %2 = %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Below the acceptance line: acceptable without measures.</source>
        <translation>Under acceptansgränsen: acceptabel utan åtgärder.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Above the acceptance line: needs measures or management acceptance.</source>
        <translation>Över acceptansgränsen: kräver åtgärder eller acceptans från ledningen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Not assessed yet. Type a level, Backspace clears it.</source>
        <translation>Inte bedömd ännu. Skriv en nivå; Backsteg tömmer fältet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No measure treats this line yet.</source>
        <translation>Ingen åtgärd behandlar den här raden ännu.</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormModel.cpp" line="+247"/>
        <source>– not assessed</source>
        <translation>– inte bedömd</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no asset)</source>
        <translation>(ingen informationstillgång)</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+14"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line number in the form.</source>
        <translation>Radnummer i formuläret.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-12"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+1"/>
        <source>What can happen?</source>
        <translation>Vad kan hända?</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+2"/>
        <source>P</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability (S): how likely it is to happen. Type the level&apos;s number.</source>
        <translation>Sannolikhet (S): hur troligt det är att det händer. Skriv nivåns nummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consequence (K) as assessed for one event. Type the level&apos;s number.</source>
        <translation>Konsekvens (K) bedömd för en enskild händelse. Skriv nivåns nummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many</source>
        <translation>Många</translation>
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
        <translation>Konsekvensen som raden beräknas med: K, höjd en nivå (↑) när många berörs.</translation>
    </message>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+1"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+2"/>
        <source>Product</source>
        <translation>Riskvärde</translation>
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
        <translation>Zon</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>The acceptance zone of the product, from the assessment&apos;s acceptance criteria.</source>
        <translation>Riskvärdets acceptanszon, enligt riskbedömningens acceptanskriterier.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="-1"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+2"/>
        <source>Asset</source>
        <translation>Tillgång</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>The information asset the line is about.</source>
        <translation>Informationstillgången som raden gäller.</translation>
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
        <translation>Vad raden bedöms för: integritetsskydd, konfidentialitet, riktighet, tillgänglighet.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+4"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+1"/>
        <source>Knowledge</source>
        <translation>Kunskapsunderlag</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>How well the assessment of this line is founded.</source>
        <translation>Hur väl underbyggd bedömningen av raden är.</translation>
    </message>
    <message>
        <location filename="../core/exchange/Columns.cpp" line="+1"/>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+1"/>
        <source>Existing measures</source>
        <translation>Befintliga åtgärder</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+0"/>
        <source>Measures already in place, taken into account in P and C.</source>
        <translation>Åtgärder som redan finns, inräknade i S och K.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res. P</source>
        <translation>Kv. S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual probability after the planned measures.</source>
        <translation>Kvarstående sannolikhet efter de planerade åtgärderna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res. C</source>
        <translation>Kv. K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual consequence after the planned measures.</source>
        <translation>Kvarstående konsekvens efter de planerade åtgärderna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measures of the action plan that treat this line.</source>
        <translation>Åtgärder i handlingsplanen som behandlar den här raden.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Carried over from %1, where it scored %2 (%3).</source>
        <translation>Överförd från %1, där riskvärdet var %2 (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reassessed yet: confirm or change its scores.</source>
        <translation>Inte bedömd på nytt än: bekräfta eller ändra dess riskvärden.</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormModel.cpp" line="-92"/>
        <source>not scored</source>
        <translation>inte bedömd</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="+34"/>
        <location line="+4"/>
        <source>Not scored yet. Type a level.</source>
        <translation>Inte bedömd ännu. Skriv en nivå.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Not scored yet: the line has no product, no zone and no priority until its probability and consequence are entered. The Due page lists it.</source>
        <translation>Inte bedömd ännu: raden har varken riskvärde, zon eller prioritet förrän sannolikhet och konsekvens är ifyllda. Sidan Att göra visar den.</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormModel.cpp" line="+65"/>
        <source>– not scored</source>
        <translation>– inte bedömd</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormTexts.cpp" line="-17"/>
        <source>Many are affected: counted as %1.</source>
        <translation>Många berörs: räknas som %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>What can happen? Work and conditions that may cause risk: unwanted events or states.</source>
        <translation>Vad kan hända? Arbete och förhållanden som kan medföra risk: oönskade händelser eller tillstånd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Many people affected: the consequence counts one level higher, up to the top level.</source>
        <translation>Många personer berörs: konsekvensen räknas en nivå högre, upp till högsta nivån.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product = P × effective C.</source>
        <translation>Riskvärde = S × effektiv K.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority within this assessment: highest product first; for equal products the higher consequence first, so 1×5 ranks above 5×1.</source>
        <translation>Prioritet inom den här riskbedömningen: högsta riskvärde först; vid lika riskvärde kommer högre konsekvens först, så 1×5 går före 5×1.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::RiskFormView</name>
    <message>
        <location filename="../ui/risks/RiskFormView.cpp" line="+100"/>
        <source>Level definitions</source>
        <translation>Nivådefinitioner</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The assessment shown in the form</source>
        <translation>Riskbedömningen som visas i formuläret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Riskbedömning:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New assessment...</source>
        <translation>Ny riskbedömning...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an assessment with the register&apos;s current acceptance criteria</source>
        <translation>Starta en riskbedömning med registrets nuvarande acceptanskriterier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit assessment...</source>
        <translation>Redigera riskbedömning...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, date, status or assessor of the assessment</source>
        <translation>Ändra namn, datum, status eller bedömare för riskbedömningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History...</source>
        <translation>Historik...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the assessment itself, when, and what</source>
        <translation>Vem som ändrade själva bedömningen, när och vad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acceptance criteria of this assessment</source>
        <translation>Den här riskbedömningens acceptanskriterier</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormActions.cpp" line="+60"/>
        <source>Add line</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a line at the end of the form</source>
        <translation>Lägg till en rad sist i formuläret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected lines to the end of the form</source>
        <translation>Kopiera de markerade raderna till slutet av formuläret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected lines</source>
        <translation>Ta bort de markerade raderna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the line one place up</source>
        <translation>Flytta raden ett steg upp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the line one place down</source>
        <translation>Flytta raden ett steg ned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create measure from selected lines...</source>
        <translation>Skapa åtgärd från markerade rader...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a measure to the action plan that treats the selected lines</source>
        <translation>Lägg till en åtgärd i handlingsplanen som behandlar de markerade raderna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of the line...</source>
        <translation>Historik för raden...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the selected line, when, and what</source>
        <translation>Vem som ändrade den markerade raden, när och vad</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormView.cpp" line="+75"/>
        <source>Find in the lines (Ctrl+F)</source>
        <translation>Sök i raderna (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the lines whose text, existing measures, asset or measures hold this</source>
        <translation>Visar de rader vars text, befintliga åtgärder, tillgång eller åtgärder innehåller detta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the lines of one zone, or those not scored yet</source>
        <translation>Visar raderna i en zon, eller de som ännu inte är bedömda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the lines about one asset</source>
        <translation>Visar raderna om en tillgång</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the filters away: every line of the form is shown</source>
        <translation>Tar bort filtren: alla formulärets rader visas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ass&amp;et:</source>
        <translation>&amp;Tillgång:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find in the lines</source>
        <translation>Sök i raderna</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All zones</source>
        <translation>Alla zoner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not scored</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All assets</source>
        <translation>Alla tillgångar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no asset)</source>
        <translation>(ingen informationstillgång)</translation>
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
        <translation>Ingen riskbedömning ännu. Starta en med Ny riskbedömning.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>acceptable</source>
        <translation>acceptabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not acceptable</source>
        <translation>inte acceptabel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale %1 × %2 (probability × consequence), fixed when the assessment was created. %3</source>
        <translation>Skala %1 × %2 (sannolikhet × konsekvens), fastställd när riskbedömningen skapades. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Many affected raises the consequence one level.</source>
        <translation>Många berörda höjer konsekvensen en nivå.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many affected does not change the consequence.</source>
        <translation>Många berörda ändrar inte konsekvensen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Residual probability (P)</source>
        <translation>Kvarstående sannolikhet (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability (P)</source>
        <translation>Sannolikhet (S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual consequence (C)</source>
        <translation>Kvarstående konsekvens (K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consequence (C)</source>
        <translation>Konsekvens (K)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Lines: %1; highest product: %2; above the acceptance line: %3</source>
        <translation>Rader: %1; högsta riskvärde: %2; över acceptansgränsen: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>shown: %1 of %2</source>
        <translation>visade: %1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormActions.cpp" line="+55"/>
        <source>New line</source>
        <translation>Ny rad</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete lines</source>
        <translation>Ta bort rader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected line?</source>
        <translation>Ta bort den markerade raden?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the %1 selected lines?</source>
        <translation>Ta bort de %1 markerade raderna?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures stop treating them. Undo brings them back.</source>
        <translation>Åtgärderna slutar behandla dem. Ångra tar tillbaka dem.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>New assessment</source>
        <translation>Ny riskbedömning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit assessment</source>
        <translation>Redigera riskbedömning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
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
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Assessor:</source>
        <translation>&amp;Bedömare:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The assets this assessment covers: printed on its form</source>
        <translation>Tillgångarna som bedömningen omfattar: skrivs ut på dess formulär</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assessed a&amp;ssets:</source>
        <translation>Bedömda t&amp;illgångar:</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Confirm scores</source>
        <translation>Bekräfta riskvärden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the scores of the selected lines carried over from the last round</source>
        <translation>Bekräfta riskvärdena på de markerade raderna som överförts från förra omgången</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Start from the last round (%1): its lines carried over, open measures along</source>
        <translation>Starta från förra omgången (%1): dess rader överförs, öppna åtgärder följer med</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from the last round (the unit has none)</source>
        <translation>Starta från förra omgången (enheten har ingen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/risks/RiskFormView.cpp" line="-2"/>
        <source>not scored: %n</source>
        <translation>
            <numerusform>inte bedömda: %n</numerusform>
            <numerusform>inte bedömda: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/risks/RiskFormActions.cpp" line="+8"/>
        <source>The register&apos;s current acceptance criteria are fixed for this assessment when it is created.</source>
        <translation>Registrets nuvarande acceptanskriterier fastställs för riskbedömningen när den skapas.</translation>
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
        <translation>Borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher</source>
        <translation>Högre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower</source>
        <translation>Lägre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Print comparison...</source>
        <translation>Skriv ut jämförelse...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What can happen?</source>
        <translation>Vad kan hända?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print or preview the comparison of the two rounds</source>
        <translation>Skriv ut eller förhandsgranska jämförelsen av de två omgångarna</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Changes since %1</source>
        <translation>Ändringar sedan %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 new, %2 removed, %3 higher, %4 lower, %5 unchanged. Measures completed between the rounds: %6; still open: %7, of them overdue: %8.</source>
        <translation>%1 nya, %2 borttagna, %3 högre, %4 lägre, %5 oförändrade. Åtgärder genomförda mellan omgångarna: %6; fortfarande öppna: %7, varav försenade: %8.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 (%3 x %4), %5</source>
        <translation>%1: %2 (%3 x %4), %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in %1</source>
        <translation>Inte i %1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ServerDialog</name>
    <message>
        <location filename="../ui/mainwindow/ServerDialog.cpp" line="+30"/>
        <source>Open server register</source>
        <translation>Öppna register på server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address of the register on a PostgreSQL server:</source>
        <translation>&amp;Adress till registret på en PostgreSQL-server:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example:&lt;br&gt;&lt;tt&gt;postgresql://db.kommune.no/risiko&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;postgresql://db.kommune.no:5433/risiko?user=kari&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;postgresql:///risiko?host=/var/run/postgresql&lt;/tt&gt; (on this machine)&lt;br&gt;The password is never kept: it is taken from ~/.pgpass or PGPASSWORD, Kerberos signs you in, or you are asked for it.</source>
        <translation>Till exempel:&lt;br&gt;&lt;tt&gt;postgresql://db.kommun.se/risk&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;postgresql://db.kommun.se:5433/risk?user=kari&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;postgresql:///risk?host=/var/run/postgresql&lt;/tt&gt; (på den här datorn)&lt;br&gt;Lösenordet sparas aldrig: det hämtas från ~/.pgpass eller PGPASSWORD, Kerberos loggar in dig, eller så blir du tillfrågad.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>An address begins with postgresql:// (or postgres://)</source>
        <translation>En adress börjar med postgresql:// (eller postgres://)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ServerPassword</name>
    <message>
        <location filename="../ui/common/ServerPassword.cpp" line="+30"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server asks for the password of the database user:
%1</source>
        <translation>Servern ber om databasanvändarens lösenord:
%1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::SignOffDialog</name>
    <message>
        <location filename="../ui/cycle/SignOffDialog.cpp" line="+39"/>
        <source>Record a review</source>
        <translation>Registrera en genomgång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed: %1</source>
        <translation>Genomgånget: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by:</source>
        <translation>Genomgånget av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept the residual risk</source>
        <translation>Acceptera den kvarstående risken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management accepts the residual risk of %1 until the expiry date; after it the risk is flagged again.</source>
        <translation>Ledningen accepterar den kvarstående risken för %1 fram till utgångsdatumet; därefter flaggas risken igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted by:</source>
        <translation>Accepterad av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Role:</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Valid until:</source>
        <translation>Giltig till:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification:</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management approves %1. A later change to it marks the approval as outdated.</source>
        <translation>Ledningen godkänner %1. En senare ändring markerar godkännandet som inaktuellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>Godkänd av:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. chief executive, director</source>
        <translation>t.ex. kommundirektör, förvaltningschef</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Say who signs it off.</source>
        <translation>Ange vem som godkänner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the justification for accepting the risk.</source>
        <translation>Ange motiveringen för att acceptera risken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acceptance must be valid until a date after it is given.</source>
        <translation>Acceptansen måste gälla till ett datum efter att den har getts.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The date is no date, or lies ahead: type it as %1.</source>
        <translation>Datumet är inget giltigt datum eller ligger framåt i tiden: skriv det som %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The valid-until date is no date: type it as %1.</source>
        <translation>Giltigt till-datumet är inget giltigt datum: skriv det som %1.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::TrendChart</name>
    <message>
        <location filename="../ui/overview/TrendChart.cpp" line="+30"/>
        <source>%1: %2 risks (%3); %4 above the acceptance line, %5 accepted; measures %6 done, %7 overdue; %8 incidents</source>
        <translation>%1: %2 risker (%3); %4 över acceptansgränsen, %5 accepterade; åtgärder %6 utförda, %7 försenade; %8 incidenter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No risk assessment yet.</source>
        <translation>Ingen riskbedömning än.</translation>
    </message>
</context>
</TS>
