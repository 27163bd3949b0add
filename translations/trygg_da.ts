<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>CycleTexts</name>
    <message>
        <location filename="../ui/cycle/CycleTexts.cpp" line="+10"/>
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
</context>
<context>
    <name>DomainTexts</name>
    <message>
        <location filename="../ui/common/DomainTexts.cpp" line="+14"/>
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
        <location line="+16"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="+71"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · printed %2 with Trygg</source>
        <translation>%1 · udskrevet %2 med Trygg</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All units</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+213"/>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Sandsynlighed</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+214"/>
        <location line="+1"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Current risk</source>
        <translation>Nuværende risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual risk after measures</source>
        <translation>Restrisiko efter tiltag</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+37"/>
        <location line="+387"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="-386"/>
        <location line="+387"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="-386"/>
        <location line="+87"/>
        <location line="+41"/>
        <location line="+259"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="-386"/>
        <location line="+387"/>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location line="-373"/>
        <source>Approved by %1 on %2, but changed since: to be approved again.</source>
        <translation>Godkendt af %1 den %2, men ændret siden: skal godkendes igen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+384"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="-378"/>
        <location line="+119"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+284"/>
        <source>Measure</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <location line="-283"/>
        <location line="+285"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+285"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+90"/>
        <location line="+195"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-284"/>
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
        <location line="+310"/>
        <source>Score</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="-309"/>
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
        <location line="+23"/>
        <location line="+210"/>
        <location line="+16"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Municipality / register</source>
        <translation>Kommune / register</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <location line="+105"/>
        <location line="+90"/>
        <location line="+30"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+76"/>
        <location line="+150"/>
        <source>Measures</source>
        <translation>Tiltag</translation>
    </message>
    <message numerus="yes">
        <location line="-225"/>
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
        <location line="+2"/>
        <source>Measures in order of priority</source>
        <translation>Tiltag i prioriteret rækkefølge</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+102"/>
        <source>Approved by management</source>
        <translation>Godkendt af ledelsen</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <translation>Vurderede aktiver</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+75"/>
        <source>Acceptance criteria</source>
        <translation>Acceptkriterier</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>An event that affects many people is given a consequence one level higher (003 section 5.1).</source>
        <translation>En hændelse, der rammer mange personer, gives én konsekvensgrad højere (003 afsnit 5.1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+194"/>
        <source>What can happen?</source>
        <translation>Hvad kan ske?</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+73"/>
        <location line="+121"/>
        <source>Asset</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Aspects</source>
        <translation>Aspekter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>C</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="-75"/>
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
        <location line="+2"/>
        <source>The assessment has no risk lines.</source>
        <translation>Vurderingen har ingen risikolinjer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+211"/>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message numerus="yes">
        <location line="-204"/>
        <source>%n risk(s) scored on criteria with other scales are not in the matrix.</source>
        <translation>
            <numerusform>%n risiko vurderet efter kriterier med andre skalaer er ikke med i matricen.</numerusform>
            <numerusform>%n risici vurderet efter kriterier med andre skalaer er ikke med i matricen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n risk(s) without an assessed residual risk are placed by their current risk.</source>
        <translation>
            <numerusform>%n risiko uden vurderet restrisiko er placeret efter nuværende risiko.</numerusform>
            <numerusform>%n risici uden vurderet restrisiko er placeret efter nuværende risiko.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+189"/>
        <source>Asset register</source>
        <translation>Aktivregister</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+53"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-51"/>
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
        <location line="+2"/>
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
        <translation>Registret har ingen aktiver.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no owner</source>
        <translation>ingen ejer</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n asset(s). C, I, A: confidentiality, integrity and availability, 0-4.</source>
        <translation>
            <numerusform>%n aktiv. K, I, T: fortrolighed, integritet og tilgængelighed, 0-4.</numerusform>
            <numerusform>%n aktiver. K, I, T: fortrolighed, integritet og tilgængelighed, 0-4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Management review %1</source>
        <translation>Ledelsens gennemgang %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as of %1</source>
        <translation>pr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents and deviations</source>
        <translation>Hændelser og afvigelser</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n incident(s) in %1, of which %2 still open.</source>
        <translation>
            <numerusform>%n hændelse i %1, hvoraf %2 stadig er åben.</numerusform>
            <numerusform>%n hændelser i %1, hvoraf %2 stadig er åbne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n personal data breach(es); %1 not told to the data protection authority within 72 hours.</source>
        <translation>
            <numerusform>%n brud på persondatasikkerheden; %1 blev ikke anmeldt til Datatilsynet inden for 72 timer.</numerusform>
            <numerusform>%n brud på persondatasikkerheden; %1 blev ikke anmeldt til Datatilsynet inden for 72 timer.</numerusform>
        </translation>
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
        <location line="+2"/>
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
        <location line="+11"/>
        <source>Risk assessments due by the end of the year</source>
        <translation>Risikovurderinger, der forfalder inden årets udgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole register</source>
        <translation>hele registret</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <location line="+9"/>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <location line="-30"/>
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
        <location line="+22"/>
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
        <location line="+31"/>
        <source>Risk assessment form</source>
        <translation>Risikovurderingsskema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Management review</source>
        <translation>Ledelsens gennemgang</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+17"/>
        <source>Information-security risk registers</source>
        <translation>Risikoregistre for informationssikkerhed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language: da, nb, sv or en (default: the system&apos;s).</source>
        <translation>Sproget: da, nb, sv eller en (standard: systemets).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register to open</source>
        <translation>Det register, der skal åbnes</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ActionPlanModel</name>
    <message>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+353"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+11"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Udgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top score</source>
        <translation>Højeste produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Zone</translation>
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
        <location line="+6"/>
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
        <location line="+91"/>
        <source>Make %1 responsible for %2</source>
        <translation>Gør %1 ansvarlig for %2</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ActionPlanView</name>
    <message>
        <location filename="../ui/plan/ActionPlanView.cpp" line="+53"/>
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
        <location line="+5"/>
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
        <location line="+292"/>
        <source>Add a measure to the action plan</source>
        <translation>Tilføj et tiltag til handlingsplanen</translation>
    </message>
    <message>
        <location line="-291"/>
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
        <location line="+79"/>
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
        <translation>Slet tiltaget &quot;%1&quot; fra handlingsplanen?</translation>
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
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n measures</source>
        <translation>
            <numerusform>Slet %n tiltag</numerusform>
            <numerusform>Slet %n tiltag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A measure belongs to a risk assessment: create an assessment first</source>
        <translation>Et tiltag hører til en risikovurdering: opret først en risikovurdering</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1; %2; total %3 hours, cost %4</source>
        <translation>%1; %2; i alt %3 timer, udgift %4</translation>
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
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+72"/>
        <source>Not classified</source>
        <translation>Ikke klassificeret</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Asset %1</source>
        <translation>Informationsaktiv %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New asset</source>
        <translation>Nyt informationsaktiv</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+1"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Required, for example &quot;Fagsystem barnevern&quot;</source>
        <translation>Skal udfyldes, f.eks. &quot;Fagsystem barnevern&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose, or type a new name</source>
        <translation>Vælg, eller skriv et nyt navn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System owner or information owner (002 §30). A new name is added to the register&apos;s people.</source>
        <translation>Systemejer eller informationsejer (002 §30). Et nyt navn tilføjes til registrets personer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy of the system owner (002 §12 stk. 6). A new name is added to the register&apos;s people.</source>
        <translation>Systemejerens stedfortræder (002 §12 stk. 6). Et nyt navn tilføjes til registrets personer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The type of information the asset holds (002 §30)</source>
        <translation>Den type oplysninger, informationsaktivet indeholder (002 §30)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>E&amp;jer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deputy:</source>
        <translation>&amp;Stedfortræder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of &amp;information:</source>
        <translation>Type af &amp;oplysninger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;perator or supplier:</source>
        <translation>Driftsoperatør eller &amp;leverandør:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not known</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The law or consent the processing rests on (hjemmel)</source>
        <translation>Den lov eller det samtykke, behandlingen hviler på (hjemmel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A data processing agreement with the operator is in place (002 §23)</source>
        <translation>Der er indgået en databehandleraftale med driftsoperatøren (002 §23)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Personal data:</source>
        <translation>&amp;Personoplysninger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of p&amp;ersons registered:</source>
        <translation>Antal &amp;registrerede personer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Hjemmel:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Levels from 0 (lowest) to 4 (highest): how much harm a breach of each would do (004).</source>
        <translation>Niveauer fra 0 (lavest) til 4 (højest): hvor stor skade et brud på hver af dem vil gøre (004).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Fortrolighed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Integrity:</source>
        <translation>&amp;Integritet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Availability:</source>
        <translation>&amp;Tilgængelighed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Document classification:</source>
        <translation>&amp;Dokumentklassifikation:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Safeguards:</source>
        <translation>&amp;Sikringsforanstaltninger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;torage and communication:</source>
        <translation>&amp;Opbevaring og kommunikation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;rchiving and deletion decision:</source>
        <translation>Beslutning om &amp;arkivering og sletning:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New unit...</source>
        <translation>Ny enhed...</translation>
    </message>
    <message>
        <location line="+123"/>
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
</context>
<context>
    <name>trygg::ui::AssetTableModel</name>
    <message>
        <location filename="../ui/assets/AssetTableModel.cpp" line="+42"/>
        <source>No owner (002 §30)</source>
        <translation>Ingen ejer (002 §30)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deputy for the system owner (002 §12 stk. 6)</source>
        <translation>Ingen stedfortræder for systemejeren (002 §12 stk. 6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner and deputy are the same person</source>
        <translation>Ejer og stedfortræder er samme person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is system owner, IT security leader and IT-responsible at once (002 §20: separation of duties)</source>
        <translation>%1 er på samme tid systemejer, it-sikkerhedsleder og it-ansvarlig (002 §20: funktionsadskillelse)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is system owner and IT security leader at once (002 §20: separation of duties)</source>
        <translation>%1 er på samme tid systemejer og it-sikkerhedsleder (002 §20: funktionsadskillelse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is system owner and IT-responsible at once (002 §20: separation of duties)</source>
        <translation>%1 er på samme tid systemejer og it-ansvarlig (002 §20: funktionsadskillelse)</translation>
    </message>
    <message>
        <location line="+140"/>
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
        <location line="+1"/>
        <source>System owner or information owner (002 §30)</source>
        <translation>Systemejer eller informationsejer (002 §30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy of the system owner (002 §12 stk. 6)</source>
        <translation>Systemejerens stedfortræder (002 §12 stk. 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of persons registered</source>
        <translation>Antal registrerede personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement with the operator (002 §23)</source>
        <translation>Databehandleraftale med driftsoperatøren (002 §23)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Document classification, for example ÅPEN or UNNTATT OFFENTLIGHET</source>
        <translation>Dokumentklassifikation, f.eks. ÅPEN eller UNNTATT OFFENTLIGHET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator or supplier</source>
        <translation>Driftsoperatør eller leverandør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the register lacks for this asset</source>
        <translation>Hvad registret mangler for dette informationsaktiv</translation>
    </message>
</context>
<context>
    <name>trygg::ui::AssetsView</name>
    <message>
        <location filename="../ui/assets/AssetsView.cpp" line="+58"/>
        <source>&amp;New asset...</source>
        <translation>&amp;Nyt informationsaktiv...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an asset to the register</source>
        <translation>Tilføj et informationsaktiv til registret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Rediger...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit every field of the selected asset (Enter)</source>
        <translation>Rediger alle felter i det valgte informationsaktiv (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected asset (Del)</source>
        <translation>Slet det valgte informationsaktiv (Del)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History...</source>
        <translation>&amp;Historik...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the selected asset, when, and what</source>
        <translation>Hvem der ændrede det valgte informationsaktiv, hvornår og hvad</translation>
    </message>
    <message>
        <location line="+79"/>
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
        <location line="+2"/>
        <source>Assets without owner or deputy, or whose owner holds roles 002 §20 keeps apart</source>
        <translation>Informationsaktiver uden ejer eller stedfortræder, eller hvis ejer har roller, som 002 §20 holder adskilt</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+141"/>
        <source>Delete asset</source>
        <translation>Slet informationsaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the asset &quot;%1&quot; from the register?

Risk lines about it keep their text without an asset. Undo brings the asset back.</source>
        <translation>Slet informationsaktivet &quot;%1&quot; fra registret?

Risikolinjer om det beholder deres tekst uden informationsaktiv. Fortryd henter informationsaktivet tilbage.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::CellRiskModel</name>
    <message>
        <location filename="../ui/matrix/CellRiskModel.cpp" line="+132"/>
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
        <location line="+1"/>
        <source>Raised one level when many people are affected (003 section 5.1)</source>
        <translation>Hævet ét niveau, når mange personer berøres (003 afsnit 5.1)</translation>
    </message>
    <message>
        <location line="+7"/>
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
</context>
<context>
    <name>trygg::ui::DeadlineEdit</name>
    <message>
        <location filename="../ui/plan/DeadlineEdit.cpp" line="+20"/>
        <source>No deadline</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick the deadline from the calendar or type it; Delete clears it</source>
        <translation>Vælg fristen i kalenderen, eller skriv den; Delete rydder den</translation>
    </message>
</context>
<context>
    <name>trygg::ui::DueModel</name>
    <message>
        <location filename="../ui/cycle/DueModel.cpp" line="+83"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Due</source>
        <translation>Forfalder</translation>
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
</context>
<context>
    <name>trygg::ui::DueView</name>
    <message>
        <location filename="../ui/cycle/DueView.cpp" line="+27"/>
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
        <location line="+14"/>
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
        <location line="+23"/>
        <source>A policy, instruction or guideline revised on the policy documents&apos; review rule</source>
        <translation>En politik, instruks eller retningslinje, der revideres efter reglen for gennemgang af styringsdokumenter</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
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
        <location line="+46"/>
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
        <translation>Dokumentets navn (f.eks. &quot;Informationssikkerhedspolitik&quot;):</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ExceptionDialog</name>
    <message>
        <location filename="../ui/cycle/ExceptionDialog.cpp" line="+40"/>
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
        <location line="+1"/>
        <source>The rule it departs from, e.g. &quot;002 §12 stk. 6: a deputy for every system&quot;</source>
        <translation>Den regel, der fraviges, f.eks. &quot;002 §12 stk. 6: en stedfortræder for hvert system&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the exception is made</source>
        <translation>Hvorfor fravigelsen gives</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+2"/>
        <source>The exception cannot run out before it was approved.</source>
        <translation>Fravigelsen kan ikke udløbe, før den blev godkendt.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ExceptionModel</name>
    <message>
        <location filename="../ui/cycle/ExceptionModel.cpp" line="+57"/>
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
        <location filename="../ui/exchange/ExportDialog.cpp" line="+16"/>
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
        <translation>aktiver</translation>
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
    <name>trygg::ui::HistoryDialog</name>
    <message>
        <location filename="../ui/mainwindow/HistoryDialog.cpp" line="+24"/>
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
        <location line="+26"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="+29"/>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+38"/>
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
        <location line="+1"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>trygg::ui::ImportDialog</name>
    <message>
        <location filename="../ui/exchange/ImportDialog.cpp" line="+57"/>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>&amp;Spring rækkerne med fejl over og importér de andre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import %1</source>
        <translation>Importér %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets (the asset register)</source>
        <translation>Aktiver (aktivregistret)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks (lines of risk assessments, with their measures)</source>
        <translation>Risici (linjer i risikovurderinger, med tiltag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importeres som</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+62"/>
        <source>(ignore)</source>
        <translation>(se bort fra)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (required)</source>
        <translation>%1 (påkrævet)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rows in the file: %1. Can be imported: %2. With problems: %3.</source>
        <translation>Rækker i filen: %1. Kan importeres: %2. Med fejl: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first %1 rows are shown.</source>
        <translation>De første %1 rækker vises.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing is imported while rows have problems: correct the file, or choose to skip those rows.</source>
        <translation>Intet importeres, så længe rækker har fejl: ret filen, eller vælg at springe de rækker over.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::IncidentDialog</name>
    <message>
        <location filename="../ui/cycle/IncidentDialog.cpp" line="+65"/>
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
        <location line="+18"/>
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
        <location line="+52"/>
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
        <location filename="../ui/cycle/IncidentModel.cpp" line="+83"/>
        <source>Tell by %1</source>
        <translation>Anmeld senest %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not told: over 72 hours</source>
        <translation>Ikke anmeldt: over 72 timer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Told %1</source>
        <translation>Anmeldt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Told late, %1</source>
        <translation>Anmeldt for sent, %1</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../ui/cycle/IncidentsView.cpp" line="+23"/>
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
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+101"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asset register</source>
        <translation>Informationsaktiver</translation>
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
        <translation>Forfalder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Hændelser</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New register...</source>
        <translation>&amp;Nyt register...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open...</source>
        <translation>&amp;Åbn...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>&amp;Import assets or risks...</source>
        <translation>&amp;Importér aktiver eller risici...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to CSV or Excel...</source>
        <translation>Eksportér til &amp;CSV eller Excel...</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk &amp;matrix...</source>
        <translation>Risiko&amp;matrix...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scales and acceptance criteria new assessments use</source>
        <translation>Skalaerne og acceptkriterierne, nye vurderinger bruger</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>&amp;About Trygg</source>
        <translation>&amp;Om Trygg</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åbne %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is read-only: you can read and print it, but not change it.</source>
        <translation>%1 er skrivebeskyttet: du kan læse og udskrive det, men ikke ændre det.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 is in use by %2 on %3 since %4: opened read-only.</source>
        <translation>%1 er i brug af %2 på %3 siden %4: åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>The report was saved as %1</source>
        <translation>Rapporten blev gemt som %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Its lock has shown no sign of life for a while; take it over only if %1 no longer has the register open.</source>
        <translation>Låsen har ikke vist livstegn i et stykke tid; overtag den kun, hvis %1 ikke længere har registret åbent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take over</source>
        <translation>Overtag</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not take over %1: %2</source>
        <translation>Kunne ikke overtage %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not create the demo register: %1</source>
        <translation>Kunne ikke oprette demoregistret: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Trygg</source>
        <translation>Trygg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2, read-only) - Trygg</source>
        <translation>%1 (%2, skrivebeskyttet) - Trygg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) - Trygg</source>
        <translation>%1 (%2) - Trygg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear the list</source>
        <translation>Ryd listen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create %1: %2</source>
        <translation>Kunne ikke oprette %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open register</source>
        <translation>Åbn register</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+164"/>
        <source>Trygg registers (*.trygg)</source>
        <translation>Trygg-registre (*.trygg)</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>A copy was saved as %1</source>
        <translation>En kopi blev gemt som %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>History of %1</source>
        <translation>Historik for %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Changes are recorded as %1</source>
        <translation>Ændringer registreres som %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history records every change with your user name on this computer and this name, so others can see who made it. Leave it empty for none.</source>
        <translation>Historikken registrerer hver ændring med dit brugernavn på denne computer og dette navn, så andre kan se, hvem der lavede den. Lad feltet stå tomt for intet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import assets or risks</source>
        <translation>Importér aktiver eller risici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Regneark (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported %1: %2 new, %3 updated, %4 rows with problems skipped. The import is in the history; it cannot be undone with Undo.</source>
        <translation>Importerede %1: %2 nye, %3 opdateret, %4 rækker med fejl sprunget over. Importen står i historikken; den kan ikke fortrydes med Fortryd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Combine registers into %1</source>
        <translation>Kombinér registre ind i %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was combined: %1</source>
        <translation>Intet blev kombineret: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Combined %n register(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>Kombinerede %n register: %1 nye, %2 opdateret, %3 uændret.</numerusform>
            <numerusform>Kombinerede %n registre: %1 nye, %2 opdateret, %3 uændret.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 &apos;%3&apos;: %4</source>
        <translation>%1: %2 &quot;%3&quot;: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n conflict(s) were left as they are in this register.</source>
        <translation>
            <numerusform>%n konflikt blev ladt stå, som den er i dette register.</numerusform>
            <numerusform>%n konflikter blev ladt stå, som de er i dette register.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Combine registers</source>
        <translation>Kombinér registre</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n object(s) differ between the sections and this register and were not overwritten.</source>
        <translation>
            <numerusform>%n objekt er forskelligt i delregistrene og dette register og blev ikke overskrevet.</numerusform>
            <numerusform>%n objekter er forskellige i delregistrene og dette register og blev ikke overskrevet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Trygg</source>
        <translation>Om Trygg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Trygg %1&lt;/h3&gt;&lt;p&gt;Information-security risk work for municipalities: the asset register, risk assessments, the risk matrix and prioritised action plans, in one file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trygg %1&lt;/h3&gt;&lt;p&gt;Risikoarbejde med informationssikkerhed i kommuner: fortegnelsen over informationsaktiver, risikovurderinger, risikomatricen og prioriterede handlingsplaner, samlet i én fil.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixEditorDialog</name>
    <message>
        <location filename="../ui/matrix/MatrixEditorDialog.cpp" line="+76"/>
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
        <translation>Zoner fra mindst til mest alvorlig. En celle hører til den zone, der dækker sandsynlighed x konsekvens, medmindre den er lagt i en zone for sig.</translation>
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
        <source>New zone</source>
        <translation>Ny zone</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not yet a valid matrix: %1.</source>
        <translation>Endnu ikke en gyldig matrix: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was imported: %1</source>
        <translation>Intet blev importeret: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../ui/matrix/MatrixView.cpp" line="+106"/>
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
    <message>
        <location line="+1"/>
        <source>Score %1–%2</source>
        <translation>Produkt %1–%2</translation>
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
        <location line="+2"/>
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
</context>
<context>
    <name>trygg::ui::MatrixWidget</name>
    <message>
        <location filename="../ui/matrix/MatrixWidget.cpp" line="+92"/>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <location line="+196"/>
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
        <location filename="../ui/plan/MeasureDialog.cpp" line="+50"/>
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
        <translation>Hvad der gøres, f.eks. &quot;Gennemgå adgangsrettigheder hvert kvartal&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a person, or type a new name to add the person to the register</source>
        <translation>Vælg en person, eller skriv et nyt navn for at tilføje personen til registret</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+1"/>
        <source>The risks of the assessment this measure treats, most urgent first</source>
        <translation>De risici i risikovurderingen, som tiltaget behandler, mest presserende først</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+1"/>
        <source>&amp;Hours:</source>
        <translation>T&amp;imer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Udgift:</translation>
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
        <location line="+43"/>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2: %3, %4</source>
        <translation>%1. %2: %3, %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This assessment has no risk lines yet.</source>
        <translation>Denne risikovurdering har endnu ingen risikolinjer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A measure needs an assessment and a text saying what is done</source>
        <translation>Et tiltag kræver en risikovurdering og en tekst om, hvad der gøres</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add measure %1</source>
        <translation>Tilføj tiltag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit measure %1</source>
        <translation>Rediger tiltag %1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MeasureItemDelegate</name>
    <message>
        <location filename="../ui/plan/MeasureItemDelegate.cpp" line="+49"/>
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
        <location filename="../ui/mainwindow/NewRegisterDialog.cpp" line="+21"/>
        <location line="+54"/>
        <source>New register</source>
        <translation>Nyt register</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>e.g. Ibestad kommune, or a section of it</source>
        <translation>f.eks. Esbjerg Kommune eller en afdeling i kommunen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway: 003 section 5.1, 5 x 5</source>
        <translation>Norge: 003 afsnit 5.1, 5 x 5</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Sweden: MSB, 4 x 4</source>
        <translation>Sverige: MSB, 4 x 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral: ISO-style 5 x 5, English</source>
        <translation>Neutral: ISO-lignende 5 x 5, engelsk</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+38"/>
        <source>Trygg registers (*.trygg)</source>
        <translation>Trygg-registre (*.trygg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Probability Meget liten ... Svært stor and consequence Ubetydelig ... Svært alvorlig as in 003 section 5.1; zones 1-4, 5-9, 10-25.</source>
        <translation>Sandsynlighed Meget liten ... Svært stor og konsekvens Ubetydelig ... Svært alvorlig som i 003 afsnit 5.1; zoner 1-4, 5-9, 10-25.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability Lite sannsynlig ... Svært sannsynlig and consequence Ubetydelig ... Svært alvorlig in the style of DSB; zones 1-4, 5-9, 10-25.</source>
        <translation>Sandsynlighed Lite sannsynlig ... Svært sannsynlig og konsekvens Ubetydelig ... Svært alvorlig som hos DSB; zoner 1-4, 5-9, 10-25.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandsynlighed Meget lav ... Meget høj, konsekvens Ubetydelig ... Kritisk.</source>
        <translation>Sandsynlighed Meget lav ... Meget høj, konsekvens Ubetydelig ... Kritisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sannolikhet and konsekvens in four levels; zones Låg, Medel, Hög, Extremt hög.</source>
        <translation>Sannolikhet og konsekvens i fire niveauer; zoner Låg, Medel, Hög, Extremt hög.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rare ... Almost certain, Insignificant ... Severe.</source>
        <translation>Rare ... Almost certain, Insignificant ... Severe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name already exists.</source>
        <translation>Der findes allerede en fil med dette navn.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::NoticeBar</name>
    <message>
        <location filename="../ui/mainwindow/NoticeBar.cpp" line="+21"/>
        <source>Close this message</source>
        <translation>Luk denne meddelelse</translation>
    </message>
</context>
<context>
    <name>trygg::ui::OverviewView</name>
    <message>
        <location filename="../ui/overview/OverviewView.cpp" line="+48"/>
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
        <location line="+5"/>
        <source>Risk assessments due</source>
        <translation>Risikovurderinger med frist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each unit&apos;s next assessment under the register&apos;s review rule. Double-click to open it.</source>
        <translation>Hver enheds næste risikovurdering efter registrets regel for gennemgang. Dobbeltklik for at åbne den.</translation>
    </message>
    <message>
        <location line="+74"/>
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
            <numerusform>%n advarsel i fortegnelsen over informationsaktiver</numerusform>
            <numerusform>%n advarsler i fortegnelsen over informationsaktiver</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings in the asset register</source>
        <translation>Ingen advarsler i fortegnelsen over informationsaktiver</translation>
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
</context>
<context>
    <name>trygg::ui::RegisterDocument</name>
    <message>
        <location filename="../ui/document/RegisterDocument.cpp" line="+351"/>
        <location line="+41"/>
        <source>The register is open read-only; nothing was changed.</source>
        <translation>Registret er åbnet skrivebeskyttet; intet blev ændret.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Another instance has taken over %1: it is read-only here now, and nothing more is saved from this window.</source>
        <translation>En anden instans har overtaget %1: den er nu skrivebeskyttet her, og intet mere gemmes fra dette vindue.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Add policy document %1</source>
        <translation>Tilføj styringsdokument %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete policy document %1</source>
        <translation>Slet styringsdokument %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record a review</source>
        <translation>Registrér en gennemgang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept a residual risk</source>
        <translation>Acceptér en restrisiko</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+9"/>
        <source>Delete incident %1</source>
        <translation>Slet hændelse %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add exception %1</source>
        <translation>Tilføj fravigelse %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit exception %1</source>
        <translation>Rediger fravigelse %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete exception %1</source>
        <translation>Slet fravigelse %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This record no longer exists; nothing was changed.</source>
        <translation>Denne post findes ikke længere; intet blev ændret.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add unit %1</source>
        <translation>Tilføj enhed %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit unit %1</source>
        <translation>Rediger enhed %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete unit %1</source>
        <translation>Slet enhed %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add person %1</source>
        <translation>Tilføj person %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit person %1</source>
        <translation>Rediger person %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete person %1</source>
        <translation>Slet person %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add asset %1</source>
        <translation>Tilføj informationsaktiv %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit asset %1</source>
        <translation>Rediger informationsaktiv %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete asset %1</source>
        <translation>Slet informationsaktiv %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add assessment %1</source>
        <translation>Tilføj risikovurdering %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit assessment %1</source>
        <translation>Rediger risikovurdering %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete assessment %1</source>
        <translation>Slet risikovurdering %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add risk line %1</source>
        <translation>Tilføj risikolinje %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit risk line %1</source>
        <translation>Rediger risikolinje %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Delete %n risk line(s)</source>
        <translation>
            <numerusform>Slet %n risikolinje</numerusform>
            <numerusform>Slet %n risikolinjer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Move %1 up</source>
        <translation>Flyt %1 op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>Flyt %1 ned</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add measure %1</source>
        <translation>Tilføj tiltag %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit measure %1</source>
        <translation>Rediger tiltag %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete measure %1</source>
        <translation>Slet tiltag %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit the risk matrix</source>
        <translation>Ændre risikomatricen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit register %1</source>
        <translation>Rediger register %1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ReportActions</name>
    <message>
        <location filename="../ui/printing/ReportActions.cpp" line="+26"/>
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
        <location line="+37"/>
        <source>Print...</source>
        <translation>Udskriv...</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+4"/>
        <source>Export report</source>
        <translation>Eksportér rapport</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ReportDialog</name>
    <message>
        <location filename="../ui/printing/ReportDialog.cpp" line="+20"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All units</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reports are printed in the register&apos;s language unless you choose another.</source>
        <translation>Rapporter udskrives på registrets sprog, medmindre du vælger et andet.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+28"/>
        <source>All assessments</source>
        <translation>Alle vurderinger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ReviewRulesDialog</name>
    <message>
        <location filename="../ui/cycle/ReviewRulesDialog.cpp" line="+23"/>
        <source>Review rules</source>
        <translation>Regler for gennemgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When each kind of object is reviewed</source>
        <translation>Hvornår hver type objekt gennemgås</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>odd-year: by the end of every odd year (002 §26)
even-year-q1: by the end of Q1 of every even year (002 §27)
months:N: N months after the last review
yearly:MM-DD: once a year by that date</source>
        <translation>odd-year: inden udgangen af hvert ulige år (002 §26)
even-year-q1: inden udgangen af 1. kvartal hvert lige år (002 §27)
months:N: N måneder efter seneste gennemgang
yearly:MM-DD: én gang om året inden den dato</translation>
    </message>
    <message>
        <location line="+8"/>
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
</context>
<context>
    <name>trygg::ui::RiskFormModel</name>
    <message>
        <location filename="../ui/risks/RiskFormModel.cpp" line="+229"/>
        <source>Many are affected: counted as %1 (003 section 5.1).</source>
        <translation>Mange berøres: tæller som %1 (003 afsnit 5.1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product = P %1 × effective C %2 = %3</source>
        <translation>Produkt = S %1 × effektiv K %2 = %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Below the acceptance line: acceptable without measures.</source>
        <translation>Under acceptgrænsen: acceptabel uden tiltag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above the acceptance line: needs measures or management acceptance.</source>
        <translation>Over acceptgrænsen: kræver tiltag eller ledelsens accept.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+22"/>
        <source>– not assessed</source>
        <translation>– ikke vurderet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(no asset)</source>
        <translation>(intet informationsaktiv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line number in the form.</source>
        <translation>Linjenummer i skemaet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can happen?</source>
        <translation>Hvad kan ske?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What can happen? Work and conditions that may cause risk: unwanted events or states (003 Vedlegg 2).</source>
        <translation>Hvad kan ske? Arbejde og forhold, der kan medføre risiko: uønskede hændelser eller tilstande (003 Vedlegg 2).</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+0"/>
        <source>Many people affected: the consequence counts one level higher, up to the top level (003 section 5.1).</source>
        <translation>Mange personer berørt: konsekvensen tæller ét niveau højere, op til det øverste niveau (003 afsnit 5.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eff. C</source>
        <translation>Eff. K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The consequence the line is scored with: C, raised one level (↑) when many are affected.</source>
        <translation>Den konsekvens, linjen beregnes med: K, hævet ét niveau (↑), når mange berøres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product = P × effective C (003 Vedlegg 2).</source>
        <translation>Produkt = S × effektiv K (003 Vedlegg 2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority within this assessment: highest product first; for equal products the higher consequence first, so 1×5 ranks above 5×1 (003 Vedlegg 2).</source>
        <translation>Prioritet i denne risikovurdering: højeste produkt først; ved lige store produkter kommer den højeste konsekvens først, så 1×5 placeres over 5×1 (003 Vedlegg 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The acceptance zone of the product, from the assessment&apos;s acceptance criteria.</source>
        <translation>Produktets acceptzone ifølge risikovurderingens acceptkriterier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>Informationsaktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The information asset the line is about.</source>
        <translation>Det informationsaktiv, linjen handler om.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspects</source>
        <translation>Aspekter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the line is assessed for: privacy, confidentiality, integrity, availability.</source>
        <translation>Hvad linjen vurderes for: databeskyttelse, fortrolighed, integritet, tilgængelighed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation>Vidensgrundlag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How well the assessment of this line is founded.</source>
        <translation>Hvor godt vurderingen af denne linje er underbygget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing measures</source>
        <translation>Eksisterende tiltag</translation>
    </message>
    <message>
        <location line="+0"/>
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
</context>
<context>
    <name>trygg::ui::RiskFormView</name>
    <message>
        <location filename="../ui/risks/RiskFormView.cpp" line="+95"/>
        <source>Level definitions</source>
        <translation>Niveaudefinitioner</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location line="+31"/>
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
        <location line="+2"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected lines</source>
        <translation>Slet de valgte linjer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Add a measure to the action plan that treats the selected lines</source>
        <translation>Tilføj et tiltag til handlingsplanen, som behandler de valgte linjer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History of the line...</source>
        <translation>Historik for linjen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the selected line, when, and what</source>
        <translation>Hvem der ændrede den valgte linje, hvornår og hvad</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 – %2 (%3, %4)</source>
        <translation>%1 – %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unit</source>
        <translation>Ingen enhed</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+49"/>
        <source>New line</source>
        <translation>Ny linje</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location line="+69"/>
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
        <location line="+6"/>
        <source>The register&apos;s current acceptance criteria are fixed for this assessment when it is created (003 section 5).</source>
        <translation>Registrets gældende acceptkriterier fastlåses for risikovurderingen, når den oprettes (003 afsnit 5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>trygg::ui::SignOffDialog</name>
    <message>
        <location filename="../ui/cycle/SignOffDialog.cpp" line="+36"/>
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
        <source>e.g. rådmann, direktør</source>
        <translation>f.eks. kommunaldirektør, direktør</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say who signs it off.</source>
        <translation>Angiv, hvem der godkender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the justification for accepting the risk.</source>
        <translation>Angiv begrundelsen for at acceptere risikoen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acceptance must be valid until a date after it is given.</source>
        <translation>Accepten skal gælde til en dato efter, at den er givet.</translation>
    </message>
</context>
</TS>
