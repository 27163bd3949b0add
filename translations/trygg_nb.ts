<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>DomainTexts</name>
    <message>
        <location filename="../ui/common/DomainTexts.cpp" line="+14"/>
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
        <location line="+16"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../ui/reports/ReportBuilder.cpp" line="+66"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · printed %2 with Trygg</source>
        <translation>%1 · skrevet ut %2 med Trygg</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+194"/>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Sannsynlighet</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+195"/>
        <location line="+1"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Current risk</source>
        <translation>Nåværende risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual risk after measures</source>
        <translation>Restrisiko etter tiltak</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+44"/>
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
        <location line="+65"/>
        <location line="+37"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+259"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+115"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
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
        <location line="+86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-85"/>
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
        <source>Score</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+23"/>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Municipality / register</source>
        <translation>Kommune / register</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location line="+104"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+72"/>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message numerus="yes">
        <location line="-71"/>
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
        <location line="+2"/>
        <source>Measures in order of priority</source>
        <translation>Tiltak i prioritert rekkefølge</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+100"/>
        <source>Approved by management</source>
        <translation>Godkjent av ledelsen</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+74"/>
        <source>Acceptance criteria</source>
        <translation>Akseptkriterier</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>An event that affects many people is given a consequence one level higher (003 section 5.1).</source>
        <translation>En hendelse som rammer mange personer, gis én konsekvensgrad høyere (003 punkt 5.1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What can happen?</source>
        <translation>Hva kan skje?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Asset</source>
        <translation>Aktivum</translation>
    </message>
    <message>
        <location line="-71"/>
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
        <location line="+75"/>
        <source>C</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="-74"/>
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
        <location line="+2"/>
        <source>The assessment has no risk lines.</source>
        <translation>Vurderingen har ingen risikolinjer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+91"/>
        <source>Risk matrix</source>
        <translation>Risikomatrise</translation>
    </message>
    <message numerus="yes">
        <location line="-84"/>
        <source>%n risk(s) scored on criteria with other scales are not in the matrix.</source>
        <translation>
            <numerusform>%n risiko vurdert etter kriterier med andre skalaer er ikke med i matrisen.</numerusform>
            <numerusform>%n risikoer vurdert etter kriterier med andre skalaer er ikke med i matrisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n risk(s) without an assessed residual risk are placed by their current risk.</source>
        <translation>
            <numerusform>%n risiko uten vurdert restrisiko er plassert etter nåværende risiko.</numerusform>
            <numerusform>%n risikoer uten vurdert restrisiko er plassert etter nåværende risiko.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+69"/>
        <source>Asset register</source>
        <translation>Aktivaregister</translation>
    </message>
    <message>
        <location line="-66"/>
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
        <source>Personal data</source>
        <translation>Personopplysninger</translation>
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
        <translation>Klassifisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register has no assets.</source>
        <translation>Registeret har ingen aktiva.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no owner</source>
        <translation>ingen eier</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n asset(s). C, I, A: confidentiality, integrity and availability, 0-4.</source>
        <translation>
            <numerusform>%n aktivum. K, I, T: konfidensialitet, integritet og tilgjengelighet, 0-4.</numerusform>
            <numerusform>%n aktiva. K, I, T: konfidensialitet, integritet og tilgjengelighet, 0-4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Risk assessment form</source>
        <translation>Risikovurderingsskjema</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+17"/>
        <source>Information-security risk registers</source>
        <translation>Registre for risikoarbeid i informasjonssikkerhet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language: da, nb, sv or en (default: the system&apos;s).</source>
        <translation>Språket: da, nb, sv eller en (standard: systemets).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register to open</source>
        <translation>Registeret som skal åpnes</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ActionPlanModel</name>
    <message>
        <location filename="../ui/plan/ActionPlanModel.cpp" line="+347"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+11"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
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
        <translation>Kostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top score</source>
        <translation>Høyeste produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Sone</translation>
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
        <location line="+6"/>
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
        <location line="+91"/>
        <source>Make %1 responsible for %2</source>
        <translation>Gjør %1 ansvarlig for %2</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ActionPlanView</name>
    <message>
        <location filename="../ui/plan/ActionPlanView.cpp" line="+53"/>
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
        <location line="+5"/>
        <source>Show the measures of one unit</source>
        <translation>Vis tiltakene for én enhet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the measures one person is responsible for</source>
        <translation>Vis tiltakene én person er ansvarlig for</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+287"/>
        <source>Add a measure to the action plan</source>
        <translation>Legg til et tiltak i handlingsplanen</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Edit the selected measure and the risks it treats</source>
        <translation>Rediger det valgte tiltaket og risikoene det behandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected measures</source>
        <translation>Slett de valgte tiltakene</translation>
    </message>
    <message>
        <location line="+75"/>
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
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n measures</source>
        <translation>
            <numerusform>Slett %n tiltak</numerusform>
            <numerusform>Slett %n tiltak</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A measure belongs to a risk assessment: create an assessment first</source>
        <translation>Et tiltak hører til en risikovurdering: opprett en vurdering først</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../ui/assets/AssetEditorDialog.cpp" line="+70"/>
        <source>Not classified</source>
        <translation>Ikke klassifisert</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Asset %1</source>
        <translation>Aktivum %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New asset</source>
        <translation>Nytt aktivum</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+1"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Required, for example &quot;Fagsystem barnevern&quot;</source>
        <translation>Påkrevd, for eksempel «Fagsystem barnevern»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose, or type a new name</source>
        <translation>Velg, eller skriv et nytt navn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System owner or information owner (002 §30). A new name is added to the register&apos;s people.</source>
        <translation>Systemeier eller informasjonseier (002 §30). Et nytt navn legges til blant personene i registeret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy of the system owner (002 §12 stk. 6). A new name is added to the register&apos;s people.</source>
        <translation>Stedfortreder for systemeieren (002 §12 stk. 6). Et nytt navn legges til blant personene i registeret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The type of information the asset holds (002 §30)</source>
        <translation>Hvilken type informasjon aktivumet inneholder (002 §30)</translation>
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
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>Eie&amp;r:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deputy:</source>
        <translation>&amp;Stedfortreder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of &amp;information:</source>
        <translation>Type &amp;informasjon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;perator or supplier:</source>
        <translation>&amp;Driftsoperatør eller leverandør:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not known</source>
        <translation>Ikke kjent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The law or consent the processing rests on (hjemmel)</source>
        <translation>Loven eller samtykket behandlingen bygger på (hjemmel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A data processing agreement with the operator is in place (002 §23)</source>
        <translation>Det er inngått databehandleravtale med driftsoperatøren (002 §23)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Personal data:</source>
        <translation>&amp;Personopplysninger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of p&amp;ersons registered:</source>
        <translation>&amp;Antall registrerte personer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Hjemmel:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Levels from 0 (lowest) to 4 (highest): how much harm a breach of each would do (004).</source>
        <translation>Nivå fra 0 (lavest) til 4 (høyest): hvor stor skade et brudd på hver av dem vil gjøre (004).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Konfidensialitet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Integrity:</source>
        <translation>&amp;Integritet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Availability:</source>
        <translation>&amp;Tilgjengelighet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Document classification:</source>
        <translation>&amp;Dokumentklassifisering:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Safeguards:</source>
        <translation>&amp;Sikringstiltak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;torage and communication:</source>
        <translation>&amp;Lagring og kommunikasjon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;rchiving and deletion decision:</source>
        <translation>Vedtak om &amp;arkivering og sletting:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New unit...</source>
        <translation>Ny enhet...</translation>
    </message>
    <message>
        <location line="+123"/>
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
</context>
<context>
    <name>trygg::ui::AssetTableModel</name>
    <message>
        <location filename="../ui/assets/AssetTableModel.cpp" line="+42"/>
        <source>No owner (002 §30)</source>
        <translation>Ingen eier (002 §30)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deputy for the system owner (002 §12 stk. 6)</source>
        <translation>Ingen stedfortreder for systemeieren (002 §12 stk. 6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner and deputy are the same person</source>
        <translation>Eier og stedfortreder er samme person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is system owner, IT security leader and IT-responsible at once (002 §20: separation of duties)</source>
        <translation>%1 er systemeier, IT-sikkerhetsleder og IT-ansvarlig på én gang (002 §20: rollene skal holdes adskilt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is system owner and IT security leader at once (002 §20: separation of duties)</source>
        <translation>%1 er systemeier og IT-sikkerhetsleder på én gang (002 §20: rollene skal holdes adskilt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is system owner and IT-responsible at once (002 §20: separation of duties)</source>
        <translation>%1 er systemeier og IT-ansvarlig på én gang (002 §20: rollene skal holdes adskilt)</translation>
    </message>
    <message>
        <location line="+130"/>
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
        <location line="+1"/>
        <source>System owner or information owner (002 §30)</source>
        <translation>Systemeier eller informasjonseier (002 §30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy of the system owner (002 §12 stk. 6)</source>
        <translation>Stedfortreder for systemeieren (002 §12 stk. 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of persons registered</source>
        <translation>Antall registrerte personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement with the operator (002 §23)</source>
        <translation>Databehandleravtale med driftsoperatøren (002 §23)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Document classification, for example ÅPEN or UNNTATT OFFENTLIGHET</source>
        <translation>Dokumentklassifisering, for eksempel ÅPEN eller UNNTATT OFFENTLIGHET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator or supplier</source>
        <translation>Driftsoperatør eller leverandør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the register lacks for this asset</source>
        <translation>Hva registeret mangler for dette aktivumet</translation>
    </message>
</context>
<context>
    <name>trygg::ui::AssetsView</name>
    <message>
        <location filename="../ui/assets/AssetsView.cpp" line="+58"/>
        <source>&amp;New asset...</source>
        <translation>&amp;Nytt aktivum...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an asset to the register</source>
        <translation>Legg til et aktivum i registeret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Rediger...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit every field of the selected asset (Enter)</source>
        <translation>Rediger alle feltene for det valgte aktivumet (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected asset (Del)</source>
        <translation>Slett det valgte aktivumet (Del)</translation>
    </message>
    <message>
        <location line="+72"/>
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
        <location line="+2"/>
        <source>Assets without owner or deputy, or whose owner holds roles 002 §20 keeps apart</source>
        <translation>Aktiva uten eier eller stedfortreder, eller der eieren har roller som 002 §20 holder adskilt</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+140"/>
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
</context>
<context>
    <name>trygg::ui::CellRiskModel</name>
    <message>
        <location filename="../ui/matrix/CellRiskModel.cpp" line="+132"/>
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
        <location line="+1"/>
        <source>Raised one level when many people are affected (003 section 5.1)</source>
        <translation>Hevet ett nivå når mange personer berøres (003 punkt 5.1)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <translation>Velg fristen i kalenderen eller skriv den inn; Delete tømmer feltet</translation>
    </message>
</context>
<context>
    <name>trygg::ui::HistoryDialog</name>
    <message>
        <location filename="../ui/mainwindow/HistoryDialog.cpp" line="+24"/>
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
        <location line="+26"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../ui/mainwindow/HistoryModel.cpp" line="+29"/>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+38"/>
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
        <translation>Etter</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+88"/>
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
        <location line="+0"/>
        <source>Risk matrix</source>
        <translation>Risikomatrise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New register...</source>
        <translation>&amp;Nytt register...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open...</source>
        <translation>&amp;Åpne...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Åpne n&amp;ylig brukte</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+4"/>
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
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Trygg</source>
        <translation>&amp;Om Trygg</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åpne %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is read-only: you can read and print it, but not change it.</source>
        <translation>%1 er skrivebeskyttet: du kan lese og skrive det ut, men ikke endre det.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 is in use by %2 on %3 since %4: opened read-only.</source>
        <translation>%1 er i bruk av %2 på %3 siden %4: åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>The report was saved as %1</source>
        <translation>Rapporten ble lagret som %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Its lock has shown no sign of life for a while; take it over only if %1 no longer has the register open.</source>
        <translation>Låsen har ikke vist livstegn på en stund; overta den bare hvis %1 ikke lenger har registeret åpent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take over</source>
        <translation>Overta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not take over %1: %2</source>
        <translation>Kunne ikke overta %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not create the demo register: %1</source>
        <translation>Kunne ikke opprette demoregisteret: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <translation>Tøm listen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create %1: %2</source>
        <translation>Kunne ikke opprette %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open register</source>
        <translation>Åpne register</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <source>Trygg registers (*.trygg)</source>
        <translation>Trygg-registre (*.trygg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy was saved as %1</source>
        <translation>En kopi ble lagret som %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About Trygg</source>
        <translation>Om Trygg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Trygg %1&lt;/h3&gt;&lt;p&gt;Information-security risk work for municipalities: the asset register, risk assessments, the risk matrix and prioritised action plans, in one file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trygg %1&lt;/h3&gt;&lt;p&gt;Risikoarbeid i informasjonssikkerhet for kommuner: aktivaregisteret, risikovurderinger, risikomatrisen og prioriterte handlingsplaner, i én fil.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixView</name>
    <message>
        <location filename="../ui/matrix/MatrixView.cpp" line="+106"/>
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
        <location line="+157"/>
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
        <location line="+2"/>
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
</context>
<context>
    <name>trygg::ui::MatrixWidget</name>
    <message>
        <location filename="../ui/matrix/MatrixWidget.cpp" line="+92"/>
        <source>Risk matrix</source>
        <translation>Risikomatrise</translation>
    </message>
    <message>
        <location line="+196"/>
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
        <location filename="../ui/plan/MeasureDialog.cpp" line="+50"/>
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
        <location line="+14"/>
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
        <location line="+1"/>
        <source>The risks of the assessment this measure treats, most urgent first</source>
        <translation>Risikoene i vurderingen som dette tiltaket behandler, mest presserende først</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+1"/>
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
        <translation>Denne vurderingen har ingen risikolinjer ennå.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A measure needs an assessment and a text saying what is done</source>
        <translation>Et tiltak trenger en vurdering og en tekst som sier hva som gjøres</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add measure %1</source>
        <translation>Legg til tiltak %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit measure %1</source>
        <translation>Rediger tiltak %1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::MeasureItemDelegate</name>
    <message>
        <location filename="../ui/plan/MeasureItemDelegate.cpp" line="+49"/>
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
        <location filename="../ui/mainwindow/NewRegisterDialog.cpp" line="+21"/>
        <location line="+53"/>
        <source>New register</source>
        <translation>Nytt register</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>e.g. Ibestad kommune, or a section of it</source>
        <translation>f.eks. Ibestad kommune, eller en seksjon av den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway: 003 section 5.1, 5 x 5</source>
        <translation>Norge: 003 punkt 5.1, 5 x 5</translation>
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
        <translation>Nøytral: ISO-lignende 5 x 5, engelsk</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+38"/>
        <source>Trygg registers (*.trygg)</source>
        <translation>Trygg-registre (*.trygg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Probability Meget liten ... Svært stor and consequence Ubetydelig ... Svært alvorlig as in 003 section 5.1; zones 1-4, 5-9, 10-25.</source>
        <translation>Sannsynlighet Meget liten ... Svært stor og konsekvens Ubetydelig ... Svært alvorlig som i 003 punkt 5.1; soner 1-4, 5-9, 10-25.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandsynlighed Meget lav ... Meget høj, konsekvens Ubetydelig ... Kritisk.</source>
        <translation>Sandsynlighed Meget lav ... Meget høj, konsekvens Ubetydelig ... Kritisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sannolikhet and konsekvens in four levels; zones Låg, Medel, Hög, Extremt hög.</source>
        <translation>Sannolikhet og konsekvens i fire nivåer; soner Låg, Medel, Hög, Extremt hög.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rare ... Almost certain, Insignificant ... Severe.</source>
        <translation>Rare ... Almost certain, Insignificant ... Severe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name already exists.</source>
        <translation>Det finnes allerede en fil med dette navnet.</translation>
    </message>
</context>
<context>
    <name>trygg::ui::NoticeBar</name>
    <message>
        <location filename="../ui/mainwindow/NoticeBar.cpp" line="+21"/>
        <source>Close this message</source>
        <translation>Lukk denne meldingen</translation>
    </message>
</context>
<context>
    <name>trygg::ui::OverviewView</name>
    <message>
        <location filename="../ui/overview/OverviewView.cpp" line="+45"/>
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
        <location line="+5"/>
        <source>Risk assessments due</source>
        <translation>Risikovurderinger som skal gjøres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each unit&apos;s next assessment under the register&apos;s review rule. Double-click to open it.</source>
        <translation>Neste vurdering for hver enhet etter registerets regel for gjennomgang. Dobbeltklikk for å åpne den.</translation>
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
        <location line="+8"/>
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
</context>
<context>
    <name>trygg::ui::RegisterDocument</name>
    <message>
        <location filename="../ui/document/RegisterDocument.cpp" line="+186"/>
        <source>The register is open read-only; nothing was changed.</source>
        <translation>Registeret er åpnet skrivebeskyttet; ingenting ble endret.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Another instance has taken over %1: it is read-only here now, and nothing more is saved from this window.</source>
        <translation>En annen instans har overtatt %1: den er nå skrivebeskyttet her, og ingenting mer lagres fra dette vinduet.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>This record no longer exists; nothing was changed.</source>
        <translation>Denne posten finnes ikke lenger; ingenting ble endret.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add unit %1</source>
        <translation>Legg til enhet %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit unit %1</source>
        <translation>Rediger enhet %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete unit %1</source>
        <translation>Slett enhet %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add person %1</source>
        <translation>Legg til person %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit person %1</source>
        <translation>Rediger person %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete person %1</source>
        <translation>Slett person %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add asset %1</source>
        <translation>Legg til aktivum %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit asset %1</source>
        <translation>Rediger aktivum %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete asset %1</source>
        <translation>Slett aktivum %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add assessment %1</source>
        <translation>Legg til vurdering %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit assessment %1</source>
        <translation>Rediger vurdering %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete assessment %1</source>
        <translation>Slett vurdering %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add risk line %1</source>
        <translation>Legg til risikolinje %1</translation>
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
            <numerusform>Slett %n risikolinje</numerusform>
            <numerusform>Slett %n risikolinjer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Move %1 up</source>
        <translation>Flytt %1 opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>Flytt %1 ned</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add measure %1</source>
        <translation>Legg til tiltak %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit measure %1</source>
        <translation>Rediger tiltak %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete measure %1</source>
        <translation>Slett tiltak %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit register %1</source>
        <translation>Rediger register %1</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ReportActions</name>
    <message>
        <location filename="../ui/printing/ReportActions.cpp" line="+24"/>
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
        <location line="+36"/>
        <source>Print...</source>
        <translation>Skriv ut...</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview</source>
        <translation>Forhåndsvis</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+4"/>
        <source>Export report</source>
        <translation>Eksporter rapport</translation>
    </message>
</context>
<context>
    <name>trygg::ui::ReportDialog</name>
    <message>
        <location filename="../ui/printing/ReportDialog.cpp" line="+19"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reports are printed in the register&apos;s language unless you choose another.</source>
        <translation>Rapporter skrives ut på registerets språk, med mindre du velger et annet.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
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
    <name>trygg::ui::RiskFormModel</name>
    <message>
        <location filename="../ui/risks/RiskFormModel.cpp" line="+229"/>
        <source>Many are affected: counted as %1 (003 section 5.1).</source>
        <translation>Mange berøres: regnes som %1 (003 punkt 5.1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product = P %1 × effective C %2 = %3</source>
        <translation>Produkt = S %1 × effektiv K %2 = %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Below the acceptance line: acceptable without measures.</source>
        <translation>Under akseptlinjen: akseptabel uten tiltak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above the acceptance line: needs measures or management acceptance.</source>
        <translation>Over akseptlinjen: trenger tiltak eller aksept fra ledelsen.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+22"/>
        <source>– not assessed</source>
        <translation>– ikke vurdert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(no asset)</source>
        <translation>(uten aktivum)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line number in the form.</source>
        <translation>Linjenummer i skjemaet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can happen?</source>
        <translation>Hva kan skje?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What can happen? Work and conditions that may cause risk: unwanted events or states (003 Vedlegg 2).</source>
        <translation>Hva kan skje? Arbeid og forhold som kan medføre risiko: uønskede hendelser eller tilstander (003 Vedlegg 2).</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+0"/>
        <source>Many people affected: the consequence counts one level higher, up to the top level (003 section 5.1).</source>
        <translation>Mange personer berøres: konsekvensen teller ett nivå høyere, opp til øverste nivå (003 punkt 5.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eff. C</source>
        <translation>Eff. K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The consequence the line is scored with: C, raised one level (↑) when many are affected.</source>
        <translation>Konsekvensen linjen beregnes med: K, hevet ett nivå (↑) når mange berøres.</translation>
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
        <translation>Prioritet i denne vurderingen: høyeste produkt først; ved likt produkt kommer høyeste konsekvens først, så 1×5 står over 5×1 (003 Vedlegg 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The acceptance zone of the product, from the assessment&apos;s acceptance criteria.</source>
        <translation>Akseptsonen for produktet, etter akseptkriteriene for vurderingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>Aktivum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The information asset the line is about.</source>
        <translation>Informasjonsaktivumet linjen gjelder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspects</source>
        <translation>Aspekter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the line is assessed for: privacy, confidentiality, integrity, availability.</source>
        <translation>Hva linjen er vurdert for: personvern, konfidensialitet, integritet, tilgjengelighet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation>Kunnskapsstyrke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How well the assessment of this line is founded.</source>
        <translation>Hvor godt vurderingen av denne linjen er begrunnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing measures</source>
        <translation>Eksisterende tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
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
</context>
<context>
    <name>trygg::ui::RiskFormView</name>
    <message>
        <location filename="../ui/risks/RiskFormView.cpp" line="+93"/>
        <source>Level definitions</source>
        <translation>Nivådefinisjoner</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location line="+6"/>
        <source>Acceptance criteria of this assessment</source>
        <translation>Akseptkriteriene for denne vurderingen</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+2"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected lines</source>
        <translation>Slett de valgte linjene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Add a measure to the action plan that treats the selected lines</source>
        <translation>Legg til et tiltak i handlingsplanen som behandler de valgte linjene</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 – %2 (%3, %4)</source>
        <translation>%1 – %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unit</source>
        <translation>Ingen enhet</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+47"/>
        <source>New line</source>
        <translation>Ny linje</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location line="+69"/>
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
        <location line="+6"/>
        <source>The register&apos;s current acceptance criteria are fixed for this assessment when it is created (003 section 5).</source>
        <translation>Registerets gjeldende akseptkriterier låses for denne vurderingen når den opprettes (003 punkt 5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
</TS>
