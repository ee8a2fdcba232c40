<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>DBFS</source>
        <translation>DBFS</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
</context>
<context>
    <name>brickdesk::ActivityModel</name>
    <message>
        <location filename="../models/ActivityModel.cpp" line="68"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/ActivityModel.cpp" line="70"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../models/ActivityModel.cpp" line="72"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../models/ActivityModel.cpp" line="74"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../models/ActivityModel.cpp" line="76"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ActivityModel.cpp" line="78"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../models/ActivityModel.cpp" line="80"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterListModel</name>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="75"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="77"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="79"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="81"/>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="83"/>
        <source>Node type</source>
        <translation>Knotentyp</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="85"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="87"/>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConfirmByNameDialog</name>
    <message>
        <location filename="../ui/ConfirmByNameDialog.cpp" line="18"/>
        <source>Confirm on a production workspace</source>
        <translation>Bestätigung für einen Produktionsarbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmByNameDialog.cpp" line="20"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on the &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;PRODUCTION&lt;/b&gt;&lt;/span&gt; profile &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;This cannot be undone. Type the profile name to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmByNameDialog.cpp" line="26"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmByNameDialog.cpp" line="54"/>
        <source>%1 on profile &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobListModel</name>
    <message>
        <location filename="../models/JobListModel.cpp" line="43"/>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/JobListModel.cpp" line="66"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/JobListModel.cpp" line="68"/>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <location filename="../models/JobListModel.cpp" line="70"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../models/JobListModel.cpp" line="72"/>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <location filename="../models/JobListModel.cpp" line="74"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>brickdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source> Workspace: </source>
        <translation> Arbeitsbereich: </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>Workspace profile</source>
        <translation>Arbeitsbereichsprofil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>Add profile…</source>
        <translation>Profil hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>Move token to keychain</source>
        <translation>Token in den Schlüsselbund verschieben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Store this profile&apos;s token in the system keychain and remove it from .databrickscfg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Remove profile…</source>
        <translation>Profil entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Reload profiles</source>
        <translation>Profile neu laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Read %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>Reading the token from the keychain…</source>
        <translation>Lese das Token aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>Production: destructive actions ask you to type the profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="376"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;PRODUCTION&lt;/b&gt; — %1. Destructive actions ask you to type the profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>&lt;b&gt;Demo workspace.&lt;/b&gt; You are looking at Brickdesk&apos;s built-in demo, running on this computer; nothing here touches a real Databricks workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="384"/>
        <source>Add your workspace…</source>
        <translation>Eigenen Arbeitsbereich hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>&lt;b&gt;1 problem&lt;/b&gt; in %1. The other profiles still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="391"/>
        <source>&lt;b&gt;%1 problems&lt;/b&gt; in %2. The other profiles still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="394"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="412"/>
        <source>Problems in the profile file</source>
        <translation>Probleme in der Profildatei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="413"/>
        <source>Brickdesk read %1 and found these problems. Profiles without problems can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="484"/>
        <source>Token not moved</source>
        <translation>Token nicht verschoben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>The token of %1 is now in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="498"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>Profile not removed</source>
        <translation>Profil nicht entfernt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510"/>
        <source>Profile %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::PlaceholderPage</name>
    <message>
        <location filename="../ui/PlaceholderPage.cpp" line="11"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;The %1 view is not part of this version of Brickdesk yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="29"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="34"/>
        <source>Add workspace profile</source>
        <translation>Arbeitsbereichsprofil hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="36"/>
        <source>e.g. acme-dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="37"/>
        <source>https://adb-1234567890123456.7.azuredatabricks.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="38"/>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="39"/>
        <source>Detect from the profile&apos;s keys (as the CLI does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="41"/>
        <location filename="../ui/ProfileDialog.cpp" line="121"/>
        <source>Stored in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="46"/>
        <source>Optional: extra trusted CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="47"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="49"/>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="50"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="66"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="67"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="68"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="69"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="70"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="71"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="72"/>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;Bündel:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="87"/>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="93"/>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="93"/>
        <source>(unknown user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="115"/>
        <source>Edit profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="122"/>
        <source>Leave empty to keep the current token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="145"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="154"/>
        <source>Red (production)</source>
        <translation>Rot (Produktion)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="163"/>
        <source>Profile colour</source>
        <translation>Profilfarbe</translation>
    </message>
</context>
<context>
    <name>brickdesk::ProfileListModel</name>
    <message>
        <location filename="../models/ProfileListModel.cpp" line="102"/>
        <source>No host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ResourceListView</name>
    <message>
        <location filename="../ui/ResourceListView.cpp" line="42"/>
        <source>Filter %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResourceListView.cpp" line="45"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/ResourceListView.cpp" line="46"/>
        <source>Reload the %1 list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResourceListView.cpp" line="93"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/ResourceListView.cpp" line="95"/>
        <source>Loading… %1 %2 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResourceListView.cpp" line="95"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResourceListView.cpp" line="97"/>
        <source>Could not load the %1: %2 — press Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResourceListView.cpp" line="99"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResourceListView.cpp" line="99"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
