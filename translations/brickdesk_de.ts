<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>DBFS</source>
        <translation>DBFS</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
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
    <name>brickdesk::ClusterController</name>
    <message>
        <location filename="../models/ClusterController.cpp" line="83"/>
        <source>Not connected to a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="113"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="116"/>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="119"/>
        <source>Terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="129"/>
        <source>%1: %2 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="143"/>
        <source>The workspace accepted the cluster but sent back no cluster_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="152"/>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="154"/>
        <source>%1: created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="169"/>
        <source>Applying changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="169"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="171"/>
        <source>%1: changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="201"/>
        <source>%1… %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="203"/>
        <source> — latest event: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterDetailsPane</name>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="55"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="59"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="60"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="61"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="97"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="102"/>
        <source>Load older events</source>
        <translation>Ältere Ereignisse laden</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="132"/>
        <source>pandas==2.1.0, com.example:lib:1.0, or dbfs:/libs/tool.jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="133"/>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="134"/>
        <source>Uninstall</source>
        <translation>Deinstallieren</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="213"/>
        <source>&lt;p style=&apos;color:palette(mid)&apos;&gt;Select a cluster to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="222"/>
        <source>State</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="223"/>
        <source>Cluster ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="224"/>
        <source>Runtime</source>
        <translation type="unfinished">Laufzeit</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="225"/>
        <source>Workers</source>
        <translation type="unfinished">Worker</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="226"/>
        <source>Node type</source>
        <translation type="unfinished">Knotentyp</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="228"/>
        <source>Driver type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="229"/>
        <source>Auto-termination</source>
        <translation>Automatisch beenden</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="229"/>
        <source>after %1 idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="229"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="230"/>
        <source>Creator</source>
        <translation type="unfinished">Ersteller</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="231"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="233"/>
        <source>Memory / cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="233"/>
        <source>%1 GB / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="234"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="236"/>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="239"/>
        <source>Uptime</source>
        <translation>Laufzeit seit Start</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="241"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="241"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterDialog</name>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="65"/>
        <source>Autoscale</source>
        <translation>Automatisch skalieren</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="78"/>
        <source>Create cluster</source>
        <translation>Cluster erstellen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="78"/>
        <source>Edit cluster</source>
        <translation>Cluster bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="78"/>
        <source>Clone cluster</source>
        <translation>Cluster klonen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="86"/>
        <source>Loading runtime versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="87"/>
        <source>Loading node types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="88"/>
        <source>Same as workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="97"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="98"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="99"/>
        <source>e.g. Shared analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="103"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="104"/>
        <source>&amp;Runtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="105"/>
        <source>Node &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="106"/>
        <source>&amp;Driver type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="108"/>
        <source>&amp;Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="109"/>
        <source>M&amp;in workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="110"/>
        <source>Ma&amp;x workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="111"/>
        <source>&amp;Terminate after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="112"/>
        <source>&amp;Spark conf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="113"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished">&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="114"/>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="115"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="117"/>
        <source>Cluster definition as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="118"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="124"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="124"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="150"/>
        <source>Could not load runtime versions and node types (%1). You can still type them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="151"/>
        <source>e.g. 13.3.x-scala2.12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="152"/>
        <source>e.g. Standard_DS3_v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="174"/>
        <source>Choose a runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="175"/>
        <source>Choose a node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="194"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterEventsModel</name>
    <message>
        <location filename="../models/ClusterEventsModel.cpp" line="134"/>
        <source>Time</source>
        <translation type="unfinished">Zeit</translation>
    </message>
    <message>
        <location filename="../models/ClusterEventsModel.cpp" line="136"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../models/ClusterEventsModel.cpp" line="138"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterListModel</name>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="116"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="118"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="124"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="120"/>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="69"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="69"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="79"/>
        <source>
Termination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="122"/>
        <source>Node type</source>
        <translation>Knotentyp</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="128"/>
        <source>Uptime</source>
        <translation>Laufzeit seit Start</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="130"/>
        <source>Auto-termination</source>
        <translation>Automatisch beenden</translation>
    </message>
    <message>
        <location filename="../models/ClusterListModel.cpp" line="126"/>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterTimelineWidget</name>
    <message>
        <location filename="../ui/clusters/ClusterTimelineWidget.cpp" line="14"/>
        <source>State timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTimelineWidget.cpp" line="37"/>
        <location filename="../ui/clusters/ClusterTimelineWidget.cpp" line="49"/>
        <source>No state changes in the loaded events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersPage</name>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="50"/>
        <source>Clusters</source>
        <translation type="unfinished">Cluster</translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="52"/>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="53"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="54"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="59"/>
        <source>Filter clusters…</source>
        <translation>Cluster filtern…</translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="118"/>
        <source>The workspace refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="130"/>
        <source>Cluster running</source>
        <translation>Cluster läuft</translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="130"/>
        <source>%1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="133"/>
        <source>Cluster did not start</source>
        <translation>Cluster ist nicht gestartet</translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="133"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="154"/>
        <source>Create…</source>
        <translation>Erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="154"/>
        <source>Create a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="156"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="156"/>
        <source>Edit the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="158"/>
        <source>Clone…</source>
        <translation>Klonen…</translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="158"/>
        <source>Create a cluster like the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="166"/>
        <source>Start the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="167"/>
        <source>Restart the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="168"/>
        <source>Terminate the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="169"/>
        <source>Delete the selected cluster for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="170"/>
        <source>Pin the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="171"/>
        <source>Unpin the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="179"/>
        <source>Refresh</source>
        <translation type="unfinished">Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="179"/>
        <source>Reload the cluster list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="277"/>
        <source>Not connected.</source>
        <translation type="unfinished">Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="279"/>
        <source>Loading… %1 clusters so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="279"/>
        <source>Loading clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="281"/>
        <source>Could not load the clusters: %1 — press Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="283"/>
        <source>%1 clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="283"/>
        <source>%1 of %2 clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="302"/>
        <source>Delete cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="303"/>
        <source>Delete %1 for good? Its configuration cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="309"/>
        <source>%1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClustersPage.cpp" line="329"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
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
    <name>brickdesk::DiffView</name>
    <message>
        <location filename="../ui/jobs/DiffView.cpp" line="15"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobDetailsPane</name>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="58"/>
        <source>Job ID</source>
        <translation type="unfinished">Job-ID</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="59"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="60"/>
        <source>Runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="61"/>
        <source>Created</source>
        <translation type="unfinished">Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="62"/>
        <source>Schedule</source>
        <translation type="unfinished">Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="63"/>
        <source>Concurrent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="64"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="65"/>
        <source>Clusters</source>
        <translation type="unfinished">Cluster</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="66"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="67"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="68"/>
        <source>On failure, mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="69"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="81"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="85"/>
        <source>Job JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="87"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="88"/>
        <source>T&amp;asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="89"/>
        <source>R&amp;uns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="90"/>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="131"/>
        <source>No job selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="148"/>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="166"/>
        <source>Could not load job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="194"/>
        <source>manual runs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="199"/>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="202"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="205"/>
        <source>job cluster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="207"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="217"/>
        <source>job parameters:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="221"/>
        <source>notebook parameters:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="244"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsPane.cpp" line="251"/>
        <source>not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobEditorDialog</name>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="39"/>
        <source>&amp;Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="43"/>
        <source>New job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="43"/>
        <source>Edit job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="47"/>
        <source>Job settings JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="50"/>
        <source>Job in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="66"/>
        <source>Job settings as JSON (as in jobs/create), a jobs/get answer, or a dbx deployment file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="68"/>
        <source>The job&apos;s full settings. Saving replaces all of them (jobs/reset); you review the changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="85"/>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="93"/>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="166"/>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="93"/>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="166"/>
        <source>&amp;Review changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="118"/>
        <source>The settings cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="145"/>
        <source>Nothing to save: the settings are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="150"/>
        <source>Saving replaces the job&apos;s settings with these changes (%1 lines):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="156"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="187"/>
        <source>Open a job definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="188"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="200"/>
        <source>%1 is too large for a job definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="204"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobEditorDialog.cpp" line="215"/>
        <source>%1 holds no job definition Brickdesk can use: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobListModel</name>
    <message>
        <location filename="../models/JobListModel.cpp" line="55"/>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/JobListModel.cpp" line="86"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/JobListModel.cpp" line="88"/>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <location filename="../models/JobListModel.cpp" line="90"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../models/JobListModel.cpp" line="92"/>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <location filename="../models/JobListModel.cpp" line="94"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/JobListModel.cpp" line="96"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobListPane</name>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="21"/>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="40"/>
        <source>Jobs</source>
        <translation type="unfinished">Jobs</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="43"/>
        <source>Filter by name or ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="45"/>
        <source>Name filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="46"/>
        <source>Tags, e.g. team:ml env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="48"/>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="49"/>
        <location filename="../ui/jobs/JobListPane.cpp" line="107"/>
        <source>Only the jobs you created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="108"/>
        <source>Only the jobs %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="150"/>
        <source>, %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="153"/>
        <source>Not connected.</source>
        <translation type="unfinished">Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="155"/>
        <source>Loading… %1 jobs so far%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="156"/>
        <source>Loading jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="158"/>
        <source>Could not load the jobs: %1 — press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="160"/>
        <source>1 job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobListPane.cpp" line="160"/>
        <source>%1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobRunsModel</name>
    <message>
        <location filename="../models/jobs/JobRunsModel.cpp" line="15"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRunsModel.cpp" line="17"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRunsModel.cpp" line="19"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRunsModel.cpp" line="21"/>
        <source>Run job task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRunsModel.cpp" line="23"/>
        <source>File arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRunsModel.cpp" line="25"/>
        <source>Table update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRunsModel.cpp" line="116"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRunsModel.cpp" line="118"/>
        <source>State</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRunsModel.cpp" line="120"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRunsModel.cpp" line="122"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRunsModel.cpp" line="124"/>
        <source>Duration</source>
        <translation type="unfinished">Dauer</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRunsModel.cpp" line="126"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobTasksModel</name>
    <message>
        <location filename="../models/jobs/JobTasksModel.cpp" line="54"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTasksModel.cpp" line="56"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTasksModel.cpp" line="58"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTasksModel.cpp" line="60"/>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTasksModel.cpp" line="62"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTasksModel.cpp" line="64"/>
        <source>Run if</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsPage</name>
    <message>
        <location filename="../ui/JobsPage.cpp" line="42"/>
        <location filename="../ui/JobsPage.cpp" line="150"/>
        <source>Open job ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="43"/>
        <source>Job ID to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="82"/>
        <source>Could not load job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="122"/>
        <source>New job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="123"/>
        <source>Create a job from JSON or a dbx deployment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="125"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="126"/>
        <source>Edit the job&apos;s settings, reviewing the changes before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="129"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="129"/>
        <source>Delete the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="131"/>
        <source>Run now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="132"/>
        <source>Run the job now, with parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="134"/>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="135"/>
        <source>Cancel the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="138"/>
        <source>Cancel all runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="139"/>
        <source>Cancel every active run of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="141"/>
        <source>Repair run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="142"/>
        <source>Run the failed tasks of the selected run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="144"/>
        <source>Run output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="145"/>
        <source>Show the output of the selected run&apos;s task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="147"/>
        <source>Refresh</source>
        <translation type="unfinished">Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="148"/>
        <source>Reload the job list and the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="151"/>
        <source>Type a job ID to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="157"/>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="157"/>
        <source>Filter the jobs by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="162"/>
        <source>Filter by tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="163"/>
        <source>Filter the jobs by tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="165"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="166"/>
        <source>Show only the jobs you created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="240"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="265"/>
        <source>Cannot open a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="266"/>
        <source>&apos;%1&apos; is not a job ID (a positive whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="305"/>
        <source>Could not create the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="311"/>
        <source>Created job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="340"/>
        <source>Could not save job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="346"/>
        <source>Saved the settings of job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="361"/>
        <source>Delete job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="365"/>
        <source>Could not delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="368"/>
        <source>Deleted job %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="370"/>
        <source>Job %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="400"/>
        <source>Could not start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="405"/>
        <source>Started run %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="421"/>
        <source>Cancel run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="425"/>
        <source>Could not cancel run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="428"/>
        <source>Cancelling run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="440"/>
        <source>Cancel all runs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="445"/>
        <source>Could not cancel the runs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="449"/>
        <source>Cancelling every active run of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="468"/>
        <source>Could not repair run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="471"/>
        <source>Repairing run %1: its failed tasks run again (repair %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="496"/>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="497"/>
        <source>Run finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/JobsPage.cpp" line="498"/>
        <source>%1, run %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::LibraryStatusModel</name>
    <message>
        <location filename="../models/LibraryStatusModel.cpp" line="120"/>
        <source>Installation requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/LibraryStatusModel.cpp" line="128"/>
        <source>The library is removed when the cluster restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/LibraryStatusModel.cpp" line="191"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../models/LibraryStatusModel.cpp" line="193"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/LibraryStatusModel.cpp" line="195"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/LibraryStatusModel.cpp" line="197"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>brickdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source> Workspace: </source>
        <translation> Arbeitsbereich: </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>Workspace profile</source>
        <translation>Arbeitsbereichsprofil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>Add profile…</source>
        <translation>Profil hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Move token to keychain</source>
        <translation>Token in den Schlüsselbund verschieben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Store this profile&apos;s token in the system keychain and remove it from .databrickscfg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Remove profile…</source>
        <translation>Profil entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>Reload profiles</source>
        <translation>Profile neu laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Read %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Reading the token from the keychain…</source>
        <translation>Lese das Token aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <location filename="../ui/MainWindow.cpp" line="349"/>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="369"/>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <source>Production: destructive actions ask you to type the profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;PRODUCTION&lt;/b&gt; — %1. Destructive actions ask you to type the profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="394"/>
        <source>&lt;b&gt;Demo workspace.&lt;/b&gt; You are looking at Brickdesk&apos;s built-in demo, running on this computer; nothing here touches a real Databricks workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="397"/>
        <source>Add your workspace…</source>
        <translation>Eigenen Arbeitsbereich hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="403"/>
        <source>&lt;b&gt;1 problem&lt;/b&gt; in %1. The other profiles still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="404"/>
        <source>&lt;b&gt;%1 problems&lt;/b&gt; in %2. The other profiles still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="425"/>
        <source>Problems in the profile file</source>
        <translation>Probleme in der Profildatei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="426"/>
        <source>Brickdesk read %1 and found these problems. Profiles without problems can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="478"/>
        <source>Token not moved</source>
        <translation>Token nicht verschoben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="481"/>
        <source>The token of %1 is now in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="492"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="496"/>
        <source>Profile not removed</source>
        <translation>Profil nicht entfernt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>Profile %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ParameterTableModel</name>
    <message>
        <location filename="../models/jobs/ParameterTableModel.cpp" line="115"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../models/jobs/ParameterTableModel.cpp" line="115"/>
        <source>Value</source>
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
        <location filename="../ui/ProfileDialog.cpp" line="130"/>
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
        <source>%1 (as written in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="131"/>
        <source>Leave empty to keep the current token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="154"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="163"/>
        <source>Red (production)</source>
        <translation>Rot (Produktion)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="172"/>
        <source>Profile colour</source>
        <translation>Profilfarbe</translation>
    </message>
</context>
<context>
    <name>brickdesk::ProfileListModel</name>
    <message>
        <location filename="../models/ProfileListModel.cpp" line="81"/>
        <source>No host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RunDetailsPane</name>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="38"/>
        <source>Tasks of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="44"/>
        <source>Run output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="45"/>
        <source>Select a task to see its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="89"/>
        <source>Select a run to see its tasks and output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="101"/>
        <source>Loading run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="116"/>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Could not load run %1: %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="164"/>
        <source>Run #%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="165"/>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="170"/>
        <source> · started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="172"/>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="177"/>
        <source>Open in Databricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="204"/>
        <source>Loading the output of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="213"/>
        <source>No output for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="230"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="232"/>
        <source>Notebook result (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="233"/>
        <source>Notebook result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="234"/>
        <source>(the notebook exited without a value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="237"/>
        <source>Error trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="239"/>
        <source>Logs (truncated: the first 5 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="239"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="242"/>
        <source>SQL output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="244"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="251"/>
        <source>%1 finished without output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="252"/>
        <source>%1 has not finished yet; its output appears when it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDetailsPane.cpp" line="254"/>
        <source>Output of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RunDurationChart</name>
    <message>
        <location filename="../ui/jobs/RunDurationChart.cpp" line="27"/>
        <source>Run durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDurationChart.cpp" line="130"/>
        <source>No runs to chart yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunDurationChart.cpp" line="200"/>
        <source>Run %1 — %2
%3, started %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RunHistoryPane</name>
    <message>
        <location filename="../ui/jobs/RunHistoryPane.cpp" line="35"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunHistoryPane.cpp" line="197"/>
        <source>Loading runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunHistoryPane.cpp" line="199"/>
        <source>Could not load the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunHistoryPane.cpp" line="201"/>
        <source>This job has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunHistoryPane.cpp" line="203"/>
        <source>1 recent run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunHistoryPane.cpp" line="204"/>
        <source>%1 recent runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RunNowDialog</name>
    <message>
        <location filename="../ui/jobs/RunNowDialog.cpp" line="27"/>
        <source>Run %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunNowDialog.cpp" line="36"/>
        <source>Job parameters for this run (the defaults are filled in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunNowDialog.cpp" line="44"/>
        <source>Notebook parameters for this run (they override the tasks&apos; base parameters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunNowDialog.cpp" line="47"/>
        <source>Run %1 with its settings as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunNowDialog.cpp" line="54"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunNowDialog.cpp" line="58"/>
        <source>&amp;Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunNowDialog.cpp" line="59"/>
        <source>&amp;Remove parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunNowDialog.cpp" line="78"/>
        <source>replace the Python tasks&apos; arguments, e.g. --env prod &quot;--date 2024-01-01&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunNowDialog.cpp" line="79"/>
        <source>&amp;Python arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunNowDialog.cpp" line="83"/>
        <source>replace the JAR tasks&apos; arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunNowDialog.cpp" line="84"/>
        <source>&amp;JAR arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/RunNowDialog.cpp" line="94"/>
        <source>&amp;Run now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::RunTasksModel</name>
    <message>
        <location filename="../models/jobs/RunTasksModel.cpp" line="86"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/RunTasksModel.cpp" line="88"/>
        <source>State</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../models/jobs/RunTasksModel.cpp" line="90"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/RunTasksModel.cpp" line="92"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/RunTasksModel.cpp" line="94"/>
        <source>Duration</source>
        <translation type="unfinished">Dauer</translation>
    </message>
    <message>
        <location filename="../models/jobs/RunTasksModel.cpp" line="96"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/RunTasksModel.cpp" line="98"/>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
