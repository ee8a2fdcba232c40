<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DbfsFormat</name>
    <message>
        <location filename="../models/dbfs/DbfsFormat.cpp" line="21"/>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsFormat.cpp" line="21"/>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsFormat.cpp" line="22"/>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsFormat.cpp" line="22"/>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsFormat.cpp" line="23"/>
        <source>PB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescribeHistoryComparison</name>
    <message>
        <location filename="../models/delta/DescribeHistoryComparison.cpp" line="30"/>
        <source>DESCRIBE HISTORY gave %1 rows; none of their versions is loaded from the log yet, so nothing was compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DescribeHistoryComparison.cpp" line="36"/>
        <source>DESCRIBE HISTORY differs from the log at %1 of %2 versions compared: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DescribeHistoryComparison.cpp" line="41"/>
        <source>DESCRIBE HISTORY agrees with the log on all %1 versions compared (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DescribeHistoryComparison.cpp" line="55"/>
        <source>The result has no version and operation columns to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DescribeHistoryComparison.cpp" line="76"/>
        <source>version %1: %2 in the log, %3 from DESCRIBE HISTORY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>DBFS</source>
        <translation>DBFS</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
</context>
<context>
    <name>NotebookEditorTab</name>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="61"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
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
        <location filename="../models/ClusterController.cpp" line="70"/>
        <source>checking again after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="76"/>
        <source>Lost track of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="101"/>
        <source>Not connected to a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="132"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="135"/>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="138"/>
        <source>Terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="151"/>
        <source>%1: %2 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="165"/>
        <source>The workspace accepted the cluster but sent back no cluster_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="174"/>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="176"/>
        <source>%1: created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="191"/>
        <source>Applying changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="191"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="193"/>
        <source>%1: changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="223"/>
        <source>%1… %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClusterController.cpp" line="225"/>
        <source> — latest event: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterDetailsPane</name>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="56"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="60"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="61"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="62"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="98"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="103"/>
        <source>Load older events</source>
        <translation>Ältere Ereignisse laden</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="105"/>
        <source>Fetch the next page of older events (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="135"/>
        <source>pandas==2.1.0, com.example:lib:1.0, or dbfs:/libs/tool.jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="136"/>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="137"/>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="150"/>
        <source>Uninstall</source>
        <translation>Deinstallieren</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="156"/>
        <source>Uninstall the selected library (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="225"/>
        <source>&lt;p style=&apos;color:palette(mid)&apos;&gt;Select a cluster to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="234"/>
        <source>State</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="235"/>
        <source>Cluster ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="236"/>
        <source>Runtime</source>
        <translation type="unfinished">Laufzeit</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="237"/>
        <source>Workers</source>
        <translation type="unfinished">Worker</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="238"/>
        <source>Node type</source>
        <translation type="unfinished">Knotentyp</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="240"/>
        <source>Driver type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="241"/>
        <source>Auto-termination</source>
        <translation>Automatisch beenden</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="241"/>
        <source>after %1 idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="241"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="242"/>
        <source>Creator</source>
        <translation type="unfinished">Ersteller</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="243"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="245"/>
        <source>Memory / cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="245"/>
        <source>%1 GB / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="246"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="248"/>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="251"/>
        <source>Uptime</source>
        <translation>Laufzeit seit Start</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="253"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDetailsPane.cpp" line="253"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterDialog</name>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="66"/>
        <source>Autoscale</source>
        <translation>Automatisch skalieren</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="79"/>
        <source>Create cluster</source>
        <translation>Cluster erstellen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="79"/>
        <source>Edit cluster</source>
        <translation>Cluster bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="79"/>
        <source>Clone cluster</source>
        <translation>Cluster klonen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="87"/>
        <source>Loading runtime versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="88"/>
        <source>Loading node types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="89"/>
        <source>Same as workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="98"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="99"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="100"/>
        <source>e.g. Shared analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="104"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="105"/>
        <source>&amp;Runtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="106"/>
        <source>Node &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="107"/>
        <source>&amp;Driver type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="109"/>
        <source>&amp;Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="110"/>
        <source>M&amp;in workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="111"/>
        <source>Ma&amp;x workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="112"/>
        <source>&amp;Terminate after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="113"/>
        <source>&amp;Spark conf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="114"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished">&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="115"/>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="116"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="118"/>
        <source>Cluster definition as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="119"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="125"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="125"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="149"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="157"/>
        <source>Could not load runtime versions and node types (%1). You can still type them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="158"/>
        <source>e.g. 13.3.x-scala2.12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="159"/>
        <source>e.g. Standard_DS3_v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="181"/>
        <source>Choose a runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="182"/>
        <source>Choose a node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="201"/>
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
    <name>brickdesk::CodeEditor</name>
    <message>
        <location filename="../ui/editor/CodeEditor.cpp" line="80"/>
        <source>Code editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/CodeEditor.cpp" line="124"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/CodeEditor.cpp" line="126"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/CodeEditor.cpp" line="127"/>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/CodeEditor.cpp" line="129"/>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/CodeEditor.cpp" line="130"/>
        <source>Go to line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::CompareTab</name>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="66"/>
        <source>&amp;Only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="71"/>
        <source>Put missing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="72"/>
        <source>Refresh</source>
        <translation type="unfinished">Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="89"/>
        <source>Put one value into the selected missing cells (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="93"/>
        <source>Load every compared workspace again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="97"/>
        <source>Profiles to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="105"/>
        <source>Secrets across workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="133"/>
        <source>Hide secrets every compared workspace has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="138"/>
        <source>Filter scope or key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="156"/>
        <source>present · last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="159"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="161"/>
        <source>no scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="163"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="171"/>
        <source>Compare these profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="174"/>
        <source>Tag profiles dev, staging or prod to have them compared by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="239"/>
        <source>Put %1 / %2 into %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="241"/>
        <location filename="../ui/secrets/CompareTab.cpp" line="556"/>
        <source>%1 / %2 in %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="255"/>
        <source>Listing the vault&apos;s secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="260"/>
        <source>%1 secrets in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="380"/>
        <source>Choose at least one profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="391"/>
        <source>%1 secrets in %2 workspaces, %3 differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="396"/>
        <source> · %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="398"/>
        <source> · loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="473"/>
        <source>Select missing cells (or a row with missing cells) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="487"/>
        <source>Signing in to Azure as %1 does…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="504"/>
        <source>Reading %1 from the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="509"/>
        <source>Could not read %1 from the vault: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="530"/>
        <source>Put a secret into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="531"/>
        <source>Put %1 secrets into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="533"/>
        <source>Put</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="542"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="560"/>
        <source>Put into 1 place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="560"/>
        <source>Put into %1 places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CompareTab.cpp" line="562"/>
        <source>Not written: %1</source>
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
        <location filename="../ui/ConfirmByNameDialog.cpp" line="59"/>
        <source>%1 on profile &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ConflictDialog</name>
    <message>
        <location filename="../ui/dbfs/ConflictDialog.cpp" line="17"/>
        <source>Apply to all conflicts of these transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/ConflictDialog.cpp" line="19"/>
        <source>File already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/ConflictDialog.cpp" line="23"/>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists.&lt;br&gt;What should be done with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/ConflictDialog.cpp" line="28"/>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/ConflictDialog.cpp" line="29"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/ConflictDialog.cpp" line="30"/>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/ConflictDialog.cpp" line="32"/>
        <source>Save as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::CreateScopeDialog</name>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="35"/>
        <source>&amp;Databricks: the workspace keeps the secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="36"/>
        <source>Azure &amp;Key Vault: the scope reads a vault&apos;s secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="41"/>
        <source>All &amp;users can manage this scope (needed on the Standard tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="45"/>
        <source>New secret scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="46"/>
        <source>e.g. team-ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="47"/>
        <source>Scope name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="51"/>
        <source>Key Vault resource id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="53"/>
        <source>Key Vault DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="55"/>
        <source>Sends initial_manage_principal = users. Workspaces on the Standard pricing tier refuse a scope without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="60"/>
        <source>&amp;Resource id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="61"/>
        <source>D&amp;NS name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="63"/>
        <source>Find both on the vault&apos;s Properties page in the Azure portal. Azure Databricks creates such a scope only for a Microsoft Entra ID sign-in (not a personal access token), and needs Get and List permissions on the vault&apos;s secrets. The scope is read-only here: its secrets are changed in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="78"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="81"/>
        <source>Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="144"/>
        <source>The resource id must look like /subscriptions/…/resourceGroups/…/providers/Microsoft.KeyVault/vaults/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="147"/>
        <source>Give the vault&apos;s DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="151"/>
        <source>The DNS name cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/CreateScopeDialog.cpp" line="156"/>
        <source>Create</source>
        <translation type="unfinished">Erstellen</translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDeleteFlow</name>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="16"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="16"/>
        <source>%L1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="21"/>
        <source>1 folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="21"/>
        <source>%L1 folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="79"/>
        <source>Counting what is in %1… %2 and %3 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="89"/>
        <source>Could not count what is in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="100"/>
        <source>Counting what is in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="111"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="113"/>
        <source>Delete the empty folder %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="114"/>
        <source>Delete %1 and the %2 and %3 in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="117"/>
        <source>Delete these %L1 items and the %2 and %3 in them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="130"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="133"/>
        <source>Delete from DBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="134"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="142"/>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="148"/>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDeleteFlow.cpp" line="161"/>
        <source>Deleting… %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDragMimeData</name>
    <message numerus="yes">
        <location filename="../ui/dbfs/DbfsDragMimeData.cpp" line="109"/>
        <source>Downloading %n file(s) for the drop…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDragMimeData.cpp" line="110"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsDragMimeData.cpp" line="133"/>
        <source>Downloading for the drop: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsPage</name>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="84"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="84"/>
        <source>Go to the parent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="90"/>
        <source>Refresh</source>
        <translation type="unfinished">Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="90"/>
        <source>List this folder again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="96"/>
        <source>New folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="97"/>
        <source>Create a folder here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="99"/>
        <source>Rename/Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="100"/>
        <source>Give the selected item a new name or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="102"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="103"/>
        <source>Delete the selected items (folders with everything in them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="106"/>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="107"/>
        <source>Copy the dbfs:/ path of the selected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="110"/>
        <source>Copy as /dbfs/ path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="111"/>
        <source>Copy the path as code on a cluster sees it (/dbfs/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="113"/>
        <source>Upload files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="114"/>
        <source>Upload local files into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="117"/>
        <source>Upload folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="118"/>
        <source>Upload a local folder, with everything in it, into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="120"/>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="121"/>
        <source>Download the selected files and folders to a local folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="124"/>
        <source>Delta history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="125"/>
        <source>Open the history of the selected Delta table in its own tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="132"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="133"/>
        <source>Filter the names in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="138"/>
        <source>Go to path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="139"/>
        <source>Type or paste a DBFS path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="148"/>
        <source>dbfs:/path, /dbfs/path or /path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="149"/>
        <source>DBFS path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="157"/>
        <source>Filter names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="158"/>
        <source>Filter names in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="191"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="201"/>
        <source>Folder contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="273"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="353"/>
        <source>Transfers finished: %1 done, %2 failed (the State column says why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="357"/>
        <source>Transfers finished: %1 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="361"/>
        <source>Cannot download %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="406"/>
        <source>Switched workspace: %1 running or queued transfer(s) cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="427"/>
        <source>Not connected to a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="480"/>
        <source>Select a file to see its first megabyte here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="536"/>
        <source>%1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="538"/>
        <source>%1 items selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="596"/>
        <source>Delta: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="609"/>
        <source>Listing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="615"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="615"/>
        <source>%L1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="617"/>
        <source>(%L1 shown so far; scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="620"/>
        <source>— %L1 match “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="647"/>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="647"/>
        <source>Name of the new folder in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="660"/>
        <source>Rename one item at a time; drag several onto a folder to move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="667"/>
        <source>Rename or move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="668"/>
        <source>New name for %1, or a full path (dbfs:/…) to move it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="721"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="722"/>
        <source>Copied %1 paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="731"/>
        <source>Upload files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="741"/>
        <source>Upload a folder to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dbfs/DbfsPage.cpp" line="752"/>
        <source>Download %n item(s) to</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="766"/>
        <source>Uploading %1 file(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="774"/>
        <source>Nothing to upload in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="777"/>
        <source>Uploading %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="792"/>
        <source>Downloading %1 item(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="822"/>
        <source>Move %1 into %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="823"/>
        <source>Move %1 items into %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="824"/>
        <source>Move in DBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="849"/>
        <source>Uploading %1 file(s) and %2 folder(s) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/DbfsPage.cpp" line="870"/>
        <source>Dragging out of Brickdesk works for files up to %1 MB in all; use Download… for folders and bigger files. Dropping on a DBFS folder moves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsTreeModel</name>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="63"/>
        <source>%1 already exists (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="65"/>
        <source>%1 does not exist (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="314"/>
        <source>Delta table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="320"/>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="337"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="339"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="341"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="370"/>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="393"/>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="634"/>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="706"/>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="745"/>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="791"/>
        <source>Not connected to a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="420"/>
        <source>The answer lists %1 in %2, which cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="458"/>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="466"/>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="677"/>
        <source>No such file or folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="459"/>
        <source>Cannot list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="656"/>
        <source>Not a folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="701"/>
        <source>&apos;%1&apos; is not a folder name: it must not be empty, &apos;.&apos;, &apos;..&apos; or contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="715"/>
        <source>Could not create folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="727"/>
        <source>Created folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="737"/>
        <source>The root folder cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="741"/>
        <source>Cannot move %1 into itself (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="757"/>
        <source>Could not move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="769"/>
        <source>Renamed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="771"/>
        <source>Moved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="787"/>
        <source>The root folder cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="807"/>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="818"/>
        <source>Deleted %1 (%L2 files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsTreeModel.cpp" line="819"/>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::DeltaChangeChart</name>
    <message>
        <location filename="../ui/delta/DeltaChangeChart.cpp" line="16"/>
        <source>Changes per version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaChangeChart.cpp" line="92"/>
        <source>Rows inserted ▲ / deleted ▼ per version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaChangeChart.cpp" line="93"/>
        <source>Bytes added ▲ / removed ▼ per version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaChangeChart.cpp" line="95"/>
        <source>No versions loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaChangeChart.cpp" line="142"/>
        <source>Version %1
%2 rows inserted, %3 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaChangeChart.cpp" line="145"/>
        <source>Version %1
%2 added, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::DeltaDetailModel</name>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="75"/>
        <source>added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="78"/>
        <source>dropped (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="81"/>
        <source>renamed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="92"/>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="207"/>
        <source>partition columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="101"/>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="103"/>
        <source>(unset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="106"/>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="222"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/delta/DeltaDetailModel.cpp" line="108"/>
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="137"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="137"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="138"/>
        <source>timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="140"/>
        <source> (in-commit timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="141"/>
        <source>commitInfo.timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="142"/>
        <source>file modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="143"/>
        <source>operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="144"/>
        <source>userName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="145"/>
        <source>userId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="147"/>
        <source>notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="149"/>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="150"/>
        <source>clusterId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="152"/>
        <source>readVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="153"/>
        <source>isolationLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="155"/>
        <source>isBlindAppend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="157"/>
        <source>engineInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="158"/>
        <source>userMetadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="159"/>
        <source>commit file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="162"/>
        <source>Operation parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="165"/>
        <source>Operation metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="169"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="169"/>
        <source>+%1 (%2)  −%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/delta/DeltaDetailModel.cpp" line="179"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="181"/>
        <source>partitions written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="182"/>
        <source>partitions removed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="184"/>
        <source>partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="185"/>
        <source>only the first %1 are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="188"/>
        <source>file actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="189"/>
        <source>first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="194"/>
        <source> (no data change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="197"/>
        <source>Schema and properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="199"/>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="218"/>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="251"/>
        <source>working out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="201"/>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="251"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="203"/>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="205"/>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="243"/>
        <source>as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="206"/>
        <source>columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="209"/>
        <source>column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="210"/>
        <source>table properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="214"/>
        <source>Changes from the version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="216"/>
        <source>the first version in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="220"/>
        <source>unknown: the schema before or at this version is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="230"/>
        <source>protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="230"/>
        <source>reader %1 → %2, writer %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="238"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="240"/>
        <source>reader %1, writer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="247"/>
        <source>unknown to Brickdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="255"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="326"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaDetailModel.cpp" line="326"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::DeltaHistoryModel</name>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="135"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="137"/>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="139"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="141"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="143"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="145"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="147"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="149"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="151"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="153"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="211"/>
        <source>DESCRIBE HISTORY timestamp%1
commitInfo.timestamp: %2
file modified: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="212"/>
        <source> (in-commit timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="215"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="217"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="221"/>
        <source>%1 rows updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaHistoryModel.cpp" line="236"/>
        <source>(no commitInfo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::DeltaSchemaModel</name>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="26"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="32"/>
        <source>renamed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="36"/>
        <source>type %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="42"/>
        <source>comment changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="54"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="85"/>
        <source>column mapping id %1, physical name %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="91"/>
        <source>generated as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="102"/>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="104"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="102"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="118"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="120"/>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="122"/>
        <source>Nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="124"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/delta/DeltaSchemaModel.cpp" line="126"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::DeltaTablePage</name>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="96"/>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="171"/>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="98"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="127"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="132"/>
        <source>Read the log again (new commits appear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="141"/>
        <source>Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="142"/>
        <source>Read every version, not only the ones scrolled to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="144"/>
        <source>Copy SELECT … VERSION AS OF n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="148"/>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="154"/>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="150"/>
        <source>Copy RESTORE … TO VERSION AS OF n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="156"/>
        <source>Restore to this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="158"/>
        <source>DESCRIBE HISTORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="170"/>
        <source>Filter by operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="181"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="182"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="183"/>
        <source>Chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="194"/>
        <source>Copy as SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="195"/>
        <source>Copy the time-travel query or the RESTORE statement for the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="212"/>
        <source>Delta table history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="237"/>
        <source>Version details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="241"/>
        <source>Schema at this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="247"/>
        <source>Details</source>
        <translation type="unfinished">Details</translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="248"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="270"/>
        <source>Reading %1/_delta_log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="275"/>
        <source>%1 — versions %2–%3, %4 commits, %5 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="282"/>
        <source>, last checkpoint at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="284"/>
        <source> — reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="301"/>
        <source>Run RESTORE on warehouse %1 after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="302"/>
        <source>Set warehouse_id in the profile to run SQL here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="304"/>
        <source>Run DESCRIBE HISTORY on warehouse %1 and show it beside the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="307"/>
        <source>Set warehouse_id in the profile to compare with DESCRIBE HISTORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="346"/>
        <source>Changes from the version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="347"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="348"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="382"/>
        <source>Restore %1 to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="386"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="391"/>
        <source>Restore a Delta table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="392"/>
        <source>%1 on profile &apos;%2&apos;?

Runs on warehouse %3:
%4

The versions after %5 stay in the history; the table&apos;s data becomes that of version %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="410"/>
        <source>Restored %1 to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="411"/>
        <source>RESTORE failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DeltaTablePage.cpp" line="423"/>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::DescribeHistoryPanel</name>
    <message>
        <location filename="../ui/delta/DescribeHistoryPanel.cpp" line="25"/>
        <source>DESCRIBE HISTORY result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DescribeHistoryPanel.cpp" line="73"/>
        <source>Running %1 on warehouse %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DescribeHistoryPanel.cpp" line="81"/>
        <source>DESCRIBE HISTORY could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DescribeHistoryPanel.cpp" line="84"/>
        <source>DESCRIBE HISTORY failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DescribeHistoryPanel.cpp" line="87"/>
        <source>the statement was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delta/DescribeHistoryPanel.cpp" line="89"/>
        <source>DESCRIBE HISTORY gave no result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::DeviceCodeDialog</name>
    <message>
        <location filename="../ui/secrets/DeviceCodeDialog.cpp" line="21"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/DeviceCodeDialog.cpp" line="22"/>
        <source>&amp;Open sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/DeviceCodeDialog.cpp" line="24"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/DeviceCodeDialog.cpp" line="25"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/DeviceCodeDialog.cpp" line="27"/>
        <source>Sign in to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/DeviceCodeDialog.cpp" line="34"/>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/DeviceCodeDialog.cpp" line="94"/>
        <source>Asking Microsoft Entra ID for a sign-in code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/DeviceCodeDialog.cpp" line="110"/>
        <source>Open %1 in a browser and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/DeviceCodeDialog.cpp" line="113"/>
        <source>Waiting for you to sign in… The code works until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/DeviceCodeDialog.cpp" line="115"/>
        <source>Waiting for you to sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/DeviceCodeDialog.cpp" line="130"/>
        <source>Close</source>
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
    <name>brickdesk::FindReplaceBar</name>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="74"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="75"/>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="76"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="78"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="79"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="80"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="81"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="82"/>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="88"/>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="89"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="92"/>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="93"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="94"/>
        <source>With a regular expression, \1 … \9 stand for its groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="95"/>
        <source>10000+ matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="99"/>
        <source>Replace every match (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/FindReplaceBar.cpp" line="454"/>
        <source>Replaced %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="469"/>
        <source>Invalid pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="473"/>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="476"/>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="479"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="481"/>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/FindReplaceBar.cpp" line="481"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::GoToLineBar</name>
    <message>
        <location filename="../ui/editor/GoToLineBar.cpp" line="26"/>
        <source>Line number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/GoToLineBar.cpp" line="27"/>
        <source>line or line:column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/GoToLineBar.cpp" line="29"/>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/GoToLineBar.cpp" line="34"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/GoToLineBar.cpp" line="52"/>
        <source>Go to line (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::GrantAclDialog</name>
    <message>
        <location filename="../ui/secrets/GrantAclDialog.cpp" line="22"/>
        <source>Grant access to scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/GrantAclDialog.cpp" line="23"/>
        <source>ada@example.com, a group such as users, or an application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/GrantAclDialog.cpp" line="25"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/GrantAclDialog.cpp" line="29"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/GrantAclDialog.cpp" line="33"/>
        <source>&amp;Principal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/GrantAclDialog.cpp" line="34"/>
        <source>Pe&amp;rmission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/GrantAclDialog.cpp" line="40"/>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/GrantAclDialog.cpp" line="72"/>
        <source>READ: may list the scope&apos;s secrets and read their values (dbutils.secrets.get).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/GrantAclDialog.cpp" line="76"/>
        <source>WRITE: READ, and may put and delete secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/GrantAclDialog.cpp" line="79"/>
        <source>MANAGE: WRITE, and may change ACLs and delete the scope.</source>
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
    <name>brickdesk::KeyVaultConnector</name>
    <message>
        <location filename="../models/secrets/KeyVaultConnector.cpp" line="37"/>
        <source>%1 is not a Key Vault address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultConnector.cpp" line="41"/>
        <source>Azure sign-in is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultConnector.cpp" line="51"/>
        <source>Cannot sign in to Azure: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::KeyVaultSecretModel</name>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="39"/>
        <source>never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="41"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="43"/>
        <source>expires within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="45"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="152"/>
        <source>The vault is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="171"/>
        <source>The value of &apos;%1&apos; was not set: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="179"/>
        <source>A new version of &apos;%1&apos; is now its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="197"/>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="220"/>
        <source>&apos;%1&apos; was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="198"/>
        <source>it has no versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="229"/>
        <source>&apos;%1&apos; is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="230"/>
        <source>&apos;%1&apos; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="240"/>
        <source>&apos;%1&apos; was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="250"/>
        <source>&apos;%1&apos; deleted; it can be recovered until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="252"/>
        <source>&apos;%1&apos; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="261"/>
        <source>&apos;%1&apos; was not recovered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="269"/>
        <source>&apos;%1&apos; recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="282"/>
        <source>&apos;%1&apos; was not purged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="287"/>
        <source>&apos;%1&apos; purged for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="336"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="336"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="342"/>
        <source>never</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="382"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="387"/>
        <source>Backs a certificate: change it through the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="431"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="433"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="435"/>
        <source>State</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="437"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="439"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="441"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="443"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="445"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeyVaultSecretModel.cpp" line="447"/>
        <source>Purged on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::KeyVaultTab</name>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="49"/>
        <source>&amp;Add vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="53"/>
        <source>Key Vault secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="58"/>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="541"/>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="588"/>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="59"/>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="60"/>
        <source>Versions of the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="61"/>
        <source>Set &amp;new value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="62"/>
        <source>New &amp;secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="63"/>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="546"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="64"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="65"/>
        <source>Re&amp;cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="66"/>
        <source>&amp;Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="67"/>
        <source>Refresh</source>
        <translation type="unfinished">Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="90"/>
        <source>Key Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="94"/>
        <source>Add a vault to this profile by its URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="98"/>
        <source>Add Key Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="99"/>
        <source>The vault&apos;s URL (its DNS name), e.g. https://my-vault.vault.azure.net:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="105"/>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="119"/>
        <source> Vault: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="126"/>
        <source>Secrets</source>
        <translation type="unfinished">Geheimnisse</translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="127"/>
        <source>Deleted secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="131"/>
        <source>Filter names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="154"/>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="323"/>
        <source>Not connected.</source>
        <translation type="unfinished">Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="155"/>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="160"/>
        <source>This vault has no secrets. Add one with New secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="155"/>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="163"/>
        <source>%1 secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="159"/>
        <source>No deleted secrets: nothing to recover or purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="162"/>
        <source>%1 deleted secrets, recoverable until their purge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="192"/>
        <source>Secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="193"/>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="570"/>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="586"/>
        <source>hidden: Reveal shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="194"/>
        <source>Fetch and show the value until the selection changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="195"/>
        <source>Copy the value; the clipboard is cleared after 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="210"/>
        <source>The copied value was cleared from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="213"/>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="228"/>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="274"/>
        <source>Could not list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="289"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="378"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="401"/>
        <source>No Key Vault for %1 yet. Add one by its URL with Add vault… (https://NAME.vault.azure.net).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="407"/>
        <source>Signing in to Azure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="408"/>
        <source>Signing in to Azure to read %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="416"/>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="423"/>
        <source>Azure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="426"/>
        <source>Listing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="503"/>
        <source>Select a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="511"/>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="512"/>
        <source>Purged for good on %1 unless recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="515"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="515"/>
        <source>Disabled: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="518"/>
        <source>Expires %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="521"/>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="522"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="524"/>
        <source>Content type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="526"/>
        <source>Backs a certificate: change it through the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="541"/>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="546"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="565"/>
        <source>fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="572"/>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="613"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="598"/>
        <source>The value of %1 is on the clipboard; it will be cleared in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="630"/>
        <source>New value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="631"/>
        <source>A new version of the secret is created and becomes its value; older versions stay in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="634"/>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="639"/>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="664"/>
        <source>Replace the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="648"/>
        <source>New secret in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="649"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="665"/>
        <source>Set %1 (the list has not loaded: it may replace a value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="678"/>
        <source>Disable %1 (nothing can read it until enabled again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="688"/>
        <source>Delete %1 from %2 (recoverable until purged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/KeyVaultTab.cpp" line="706"/>
        <source>Purge %1 for good (it cannot be recovered)</source>
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
    <name>brickdesk::ListStatusLabel</name>
    <message>
        <location filename="../ui/secrets/ListStatusLabel.cpp" line="55"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source> Workspace: </source>
        <translation> Arbeitsbereich: </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Workspace profile</source>
        <translation>Arbeitsbereichsprofil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Add profile…</source>
        <translation>Profil hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Move token to keychain</source>
        <translation>Token in den Schlüsselbund verschieben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Store this profile&apos;s token in the system keychain and remove it from .databrickscfg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Remove profile…</source>
        <translation>Profil entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Reload profiles</source>
        <translation>Profile neu laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>Read %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>Reading the token from the keychain…</source>
        <translation>Lese das Token aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="411"/>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="419"/>
        <location filename="../ui/MainWindow.cpp" line="421"/>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="442"/>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="447"/>
        <source>Production: destructive actions ask you to type the profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="464"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;PRODUCTION&lt;/b&gt; — %1. Destructive actions ask you to type the profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="470"/>
        <source>&lt;b&gt;Demo workspace.&lt;/b&gt; You are looking at Brickdesk&apos;s built-in demo, running on this computer; nothing here touches a real Databricks workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>Add your workspace…</source>
        <translation>Eigenen Arbeitsbereich hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="481"/>
        <source>&lt;b&gt;1 problem&lt;/b&gt; in %1. The other profiles still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="482"/>
        <source>&lt;b&gt;%1 problems&lt;/b&gt; in %2. The other profiles still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="507"/>
        <source>Problems in the profile file</source>
        <translation>Probleme in der Profildatei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <source>Brickdesk read %1 and found these problems. Profiles without problems can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="561"/>
        <source>Token not moved</source>
        <translation>Token nicht verschoben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="564"/>
        <source>The token of %1 is now in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="576"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="582"/>
        <source>Profile not removed</source>
        <translation>Profil nicht entfernt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="592"/>
        <source>Profile %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::NotebookEditorTab</name>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="94"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="136"/>
        <source>Notebook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="138"/>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="349"/>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="138"/>
        <source>Save to the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="140"/>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="464"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="141"/>
        <source>Load the workspace&apos;s version again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="142"/>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="143"/>
        <source>Copy the notebook&apos;s workspace path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="166"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="199"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="199"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="199"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="203"/>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="246"/>
        <source>%1 ●</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="279"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="283"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="313"/>
        <source>Brickdesk cannot save a notebook in this language: it is shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="317"/>
        <source>Loaded from the workspace at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="328"/>
        <source>Could not open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="333"/>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="347"/>
        <source>Saving changes to %1 in PROD workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="354"/>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="395"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="365"/>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="412"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="376"/>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="378"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="396"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="402"/>
        <source>Not saved: changed in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="422"/>
        <source>Not saved: %1 was changed in the workspace. Your text is as you left it; save again to compare once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="436"/>
        <source>Take the workspace&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="437"/>
        <source>Replace your text with the workspace&apos;s version of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="439"/>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="463"/>
        <source>Undo (Ctrl+Z) brings your text back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="440"/>
        <source>Replace my text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="460"/>
        <source>Reload notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="461"/>
        <source>Discard your changes to %1 and load the workspace&apos;s version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="487"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="488"/>
        <source>%1 has changes that are not saved to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="490"/>
        <source>Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="507"/>
        <source>Path copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="508"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="567"/>
        <source>%1 notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="568"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="570"/>
        <source>Ln %1, Col %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/NotebookEditorTab.cpp" line="573"/>
        <source>Cell %1 of %2</source>
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
    <name>brickdesk::PreviewPane</name>
    <message>
        <location filename="../ui/dbfs/PreviewPane.cpp" line="39"/>
        <source>File preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/PreviewPane.cpp" line="41"/>
        <source>Table preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/PreviewPane.cpp" line="55"/>
        <location filename="../ui/dbfs/PreviewPane.cpp" line="67"/>
        <source>Select a file to see its first megabyte here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/PreviewPane.cpp" line="107"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/PreviewPane.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/PreviewPane.cpp" line="111"/>
        <source>Not connected.</source>
        <translation type="unfinished">Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/dbfs/PreviewPane.cpp" line="121"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/PreviewPane.cpp" line="137"/>
        <source>Binary file, %1 — no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/PreviewPane.cpp" line="146"/>
        <source>Showing the first %L1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/PreviewPane.cpp" line="156"/>
        <source>Only the first %1 of %2 is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::PreviewTableModel</name>
    <message>
        <location filename="../models/dbfs/PreviewTableModel.cpp" line="45"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="38"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="43"/>
        <source>Add workspace profile</source>
        <translation>Arbeitsbereichsprofil hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="45"/>
        <source>e.g. acme-dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="46"/>
        <source>https://adb-1234567890123456.7.azuredatabricks.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="47"/>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="48"/>
        <source>Detect from the profile&apos;s keys (as the CLI does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="49"/>
        <source>Azure service principal (client secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="51"/>
        <location filename="../ui/ProfileDialog.cpp" line="59"/>
        <source>Azure CLI (az login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="52"/>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="53"/>
        <source>Azure Key Vault secret (fetched when connecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="55"/>
        <source>https://my-vault.vault.azure.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="56"/>
        <source>Secret name, e.g. databricks-dev-pat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="57"/>
        <source>Device code (sign in in a browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="60"/>
        <source>Service principal (client secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="62"/>
        <source>Service principal (certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="64"/>
        <source>PEM file with the certificate and its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="65"/>
        <source>Tenant id or domain (default: organizations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="66"/>
        <source>Application (client) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="68"/>
        <location filename="../ui/ProfileDialog.cpp" line="71"/>
        <location filename="../ui/ProfileDialog.cpp" line="206"/>
        <source>Stored in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="77"/>
        <source>Optional: extra trusted CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="78"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="81"/>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="82"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="100"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="101"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="102"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="103"/>
        <source>Token &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="104"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="105"/>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="106"/>
        <source>&amp;Secret name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="107"/>
        <source>Azure sign-&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="108"/>
        <source>Azure t&amp;enant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="109"/>
        <source>Azure c&amp;lient id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="110"/>
        <source>Client secr&amp;et:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="111"/>
        <source>Certi&amp;ficate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="112"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="113"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="115"/>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;Bündel:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="132"/>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="138"/>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="138"/>
        <source>(unknown user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="190"/>
        <source>Edit profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="198"/>
        <source>%1 (as written in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="207"/>
        <source>Leave empty to keep the current token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="230"/>
        <source>Leave empty to keep the stored client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="270"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="280"/>
        <source>Red (production)</source>
        <translation>Rot (Produktion)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="291"/>
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
    <name>brickdesk::PutMissingDialog</name>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="33"/>
        <source>Key Vault %1 → secret %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="36"/>
        <source>new Databricks-backed scope, then the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="37"/>
        <source>Databricks secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="46"/>
        <source>&amp;Type the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="47"/>
        <source>Read it from an Azure &amp;Key Vault secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="55"/>
        <source>Put missing secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="59"/>
        <source>Profile</source>
        <translation type="unfinished">Profil</translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="59"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="59"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="59"/>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="59"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="60"/>
        <source>Where the value goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="66"/>
        <source>%1 (PROD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="74"/>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="83"/>
        <source>the scope is read-only in Databricks; the vault is written, as %1 signs in to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="90"/>
        <source>The value goes to 1 place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="91"/>
        <source>The value goes to %1 places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="93"/>
        <source>%1 of them on production: you will be asked to type the profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="97"/>
        <source>%1 skipped (see Note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="112"/>
        <source>Key Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="113"/>
        <source>Key Vault secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="118"/>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="119"/>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="135"/>
        <source>Put into 1 place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="136"/>
        <source>Put into %1 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutMissingDialog.cpp" line="177"/>
        <source>This profile has no Key Vault yet: add one in the Key Vault tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::PutSecretDialog</name>
    <message>
        <location filename="../ui/secrets/PutSecretDialog.cpp" line="14"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutSecretDialog.cpp" line="26"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/PutSecretDialog.cpp" line="41"/>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
</context>
<context>
    <name>brickdesk::QueryHistoryModel</name>
    <message>
        <location filename="../models/sql/QueryHistoryModel.cpp" line="164"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/QueryHistoryModel.cpp" line="166"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/QueryHistoryModel.cpp" line="168"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/QueryHistoryModel.cpp" line="188"/>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/QueryHistoryModel.cpp" line="189"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ResultTableModel</name>
    <message>
        <location filename="../models/sql/ResultTableModel.cpp" line="85"/>
        <source>⚠ Rows not loaded — double-click to retry</source>
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
<context>
    <name>brickdesk::SaveConflictDialog</name>
    <message>
        <location filename="../ui/notebook/SaveConflictDialog.cpp" line="25"/>
        <source>Notebook changed in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/SaveConflictDialog.cpp" line="29"/>
        <source>meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/SaveConflictDialog.cpp" line="31"/>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed in the workspace (%2) since you opened or last saved it.&lt;br&gt;Lines only in the workspace&apos;s version are marked &lt;b&gt;-&lt;/b&gt;, lines only in yours &lt;b&gt;+&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/SaveConflictDialog.cpp" line="42"/>
        <source>Your text against the workspace&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/SaveConflictDialog.cpp" line="43"/>
        <source>Your text and the workspace&apos;s are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/SaveConflictDialog.cpp" line="48"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/SaveConflictDialog.cpp" line="88"/>
        <source>Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/SaveConflictDialog.cpp" line="89"/>
        <source>Save your text over the workspace&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/SaveConflictDialog.cpp" line="90"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/SaveConflictDialog.cpp" line="92"/>
        <source>Replace your text with the workspace&apos;s version (Undo brings yours back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notebook/SaveConflictDialog.cpp" line="94"/>
        <source>Keep editing; nothing is saved or lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::ScopesTab</name>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="77"/>
        <source>Secret scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="78"/>
        <source>Secrets of the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="79"/>
        <source>ACLs of the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="83"/>
        <location filename="../ui/secrets/ScopesTab.cpp" line="322"/>
        <source>Secrets</source>
        <translation type="unfinished">Geheimnisse</translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="84"/>
        <location filename="../ui/secrets/ScopesTab.cpp" line="323"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="109"/>
        <source>New scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="110"/>
        <source>Create a secret scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="112"/>
        <source>Delete scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="113"/>
        <source>Delete the selected scope with all its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="115"/>
        <source>Put secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="116"/>
        <source>Add a secret to the scope, or give the selected one a new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="119"/>
        <source>Delete secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="120"/>
        <source>Delete the selected secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="123"/>
        <source>Copy dbutils snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="124"/>
        <source>Copy dbutils.secrets.get(scope=…, key=…) for a notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="127"/>
        <source>Grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="128"/>
        <source>Give a user, group or service principal READ, WRITE or MANAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="130"/>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="130"/>
        <source>Remove the selected principal&apos;s permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="133"/>
        <source>Refresh</source>
        <translation type="unfinished">Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="134"/>
        <source>List scopes, secrets and permissions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="172"/>
        <location filename="../ui/secrets/ScopesTab.cpp" line="281"/>
        <source>Not connected.</source>
        <translation type="unfinished">Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="173"/>
        <source>No secret scopes yet. Create one with New scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="174"/>
        <source>%1 scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="176"/>
        <source>Select a scope to see its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="177"/>
        <location filename="../ui/secrets/ScopesTab.cpp" line="340"/>
        <source>No secrets in this scope. Add one with Put secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="178"/>
        <location filename="../ui/secrets/ScopesTab.cpp" line="342"/>
        <source>%1 secrets. Values cannot be read back, only replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="180"/>
        <source>Select a scope to see who may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="181"/>
        <source>No ACLs: only workspace admins can use this scope. Grant access with Grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="183"/>
        <source>%1 principals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="191"/>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="235"/>
        <source>Could not list the scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="328"/>
        <source>Secrets in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="329"/>
        <source>Permissions on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="333"/>
        <source>Backed by Azure Key Vault %1. Databricks only reads this vault: secrets cannot be put or deleted through the workspace. Change them in the vault (Key Vault tab); they show here as the vault has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="339"/>
        <source>The vault has no secrets Databricks can list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="341"/>
        <source>%1 secrets in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="360"/>
        <source>Key Vault-backed scopes are read-only in Databricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="393"/>
        <source>Creating scope &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="404"/>
        <source>Delete scope &apos;%1&apos; with all its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="406"/>
        <source>Delete scope &apos;%1&apos; and its 1 secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="407"/>
        <source>Delete scope &apos;%1&apos; and its %2 secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="423"/>
        <source>Put secret in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="424"/>
        <source>The value is sent to the workspace and can never be read back through the API. A value under an existing key replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="427"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="439"/>
        <source>Replace the value of secret &apos;%1&apos; in scope &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="440"/>
        <source>Put secret &apos;%1&apos; in scope &apos;%2&apos; (the list has not loaded: it may replace a value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="460"/>
        <source>Delete secret &apos;%1&apos; from scope &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="475"/>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/ScopesTab.cpp" line="498"/>
        <source>Revoke the permission of %1 on scope &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretAclModel</name>
    <message>
        <location filename="../models/secrets/SecretAclModel.cpp" line="11"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretAclModel.cpp" line="13"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretAclModel.cpp" line="15"/>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretAclModel.cpp" line="72"/>
        <source>%1 was not granted to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretAclModel.cpp" line="79"/>
        <source>%1 may now %2 scope &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretAclModel.cpp" line="97"/>
        <source>The ACL of %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretAclModel.cpp" line="102"/>
        <source>%1 no longer has an ACL on scope &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretAclModel.cpp" line="127"/>
        <source>May read the scope&apos;s secrets and list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretAclModel.cpp" line="129"/>
        <source>May read, put and delete secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretAclModel.cpp" line="131"/>
        <source>May also change ACLs and delete the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretAclModel.cpp" line="148"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretAclModel.cpp" line="150"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretListModel</name>
    <message>
        <location filename="../models/secrets/SecretListModel.cpp" line="78"/>
        <source>Secret &apos;%1&apos; was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretListModel.cpp" line="84"/>
        <source>Secret &apos;%1&apos; saved in scope &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretListModel.cpp" line="100"/>
        <source>Secret &apos;%1&apos; was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretListModel.cpp" line="104"/>
        <source>Secret &apos;%1&apos; deleted from scope &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretListModel.cpp" line="127"/>
        <source>Last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretListModel.cpp" line="147"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretListModel.cpp" line="149"/>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretMatrixFiller</name>
    <message>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="46"/>
        <source>a scope without a key: choose a secret&apos;s row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="48"/>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="140"/>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="180"/>
        <source>not connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="50"/>
        <source>already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="52"/>
        <source>still loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="65"/>
        <source>the scope&apos;s vault address cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="67"/>
        <source>Azure sign-in is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="81"/>
        <source>another selected key maps to the same vault secret &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="152"/>
        <source>the scope could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="165"/>
        <source>the scope is no longer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="170"/>
        <source>now present; left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="198"/>
        <source>no Azure sign-in for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixFiller.cpp" line="208"/>
        <source>Azure sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretMatrixLoader</name>
    <message>
        <location filename="../models/secrets/SecretMatrixLoader.cpp" line="96"/>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixLoader.cpp" line="112"/>
        <location filename="../models/secrets/SecretMatrixLoader.cpp" line="147"/>
        <source>The connection was closed; press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixLoader.cpp" line="138"/>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretMatrixModel</name>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="17"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="19"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="21"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="23"/>
        <source>no scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="25"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="400"/>
        <source>(scope only, no secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="423"/>
        <source>%1 / %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="427"/>
        <source>%1: present as %2 (Key Vault names allow only letters, digits and &apos;-&apos;); last updated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="432"/>
        <source>%1: last updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="435"/>
        <source>%1: present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="437"/>
        <source>%1: missing. Select it and use Put missing… to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="439"/>
        <source>%1: the scope does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="441"/>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="520"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="443"/>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="518"/>
        <source>%1: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="521"/>
        <source>%1: %2 scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="529"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretMatrixModel.cpp" line="529"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretScopeModel</name>
    <message>
        <location filename="../models/secrets/SecretScopeModel.cpp" line="9"/>
        <source>Azure Key Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretScopeModel.cpp" line="10"/>
        <source>Databricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretScopeModel.cpp" line="51"/>
        <source>Scope &apos;%1&apos; was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretScopeModel.cpp" line="62"/>
        <source>Scope &apos;%1&apos; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretScopeModel.cpp" line="76"/>
        <source>Scope &apos;%1&apos; was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretScopeModel.cpp" line="81"/>
        <source>Scope &apos;%1&apos; deleted with its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretScopeModel.cpp" line="123"/>
        <source>Backed by Azure Key Vault %1
%2
Read-only in Databricks: change its secrets in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretScopeModel.cpp" line="126"/>
        <source>Secrets kept by Databricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretScopeModel.cpp" line="148"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretScopeModel.cpp" line="150"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretScopeModel.cpp" line="152"/>
        <source>Key Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretScopeModel.cpp" line="154"/>
        <source>Resource id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretValueEditor</name>
    <message numerus="yes">
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="26"/>
        <source>%n bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="28"/>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="29"/>
        <source>%L1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="36"/>
        <source>One &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="37"/>
        <source>Several li&amp;nes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="38"/>
        <source>A &amp;file&apos;s bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="42"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="57"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="58"/>
        <source>The secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="68"/>
        <source>Value, several lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="76"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="77"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="78"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="91"/>
        <source>Problem with the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="185"/>
        <source>Choose the file whose bytes become the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="198"/>
        <source>%1 is %2; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="203"/>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="210"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="239"/>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretValueEditor.cpp" line="248"/>
        <source>%1 of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsPage</name>
    <message>
        <location filename="../ui/secrets/SecretsPage.cpp" line="19"/>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretsPage.cpp" line="20"/>
        <source>Compare environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretsPage.cpp" line="21"/>
        <source>Key Vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::SqlEditorPage</name>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="113"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="143"/>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="466"/>
        <source>Not connected.</source>
        <translation type="unfinished">Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="163"/>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="270"/>
        <source>Limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="187"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="188"/>
        <source>Run the selection, or the statement under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="194"/>
        <source>Run all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="195"/>
        <source>Run every statement in turn, stopping at the first that fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="199"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="200"/>
        <source>Cancel the running statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="203"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="203"/>
        <source>Start the chosen SQL warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="205"/>
        <source>Refresh</source>
        <translation type="unfinished">Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="206"/>
        <source>List the SQL warehouses again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="208"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="209"/>
        <source>Write the whole result to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="212"/>
        <source>Export TSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="213"/>
        <source>Write the whole result to a tab-separated file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="215"/>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="216"/>
        <source>Write the whole result to a JSON file (an array of rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="220"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="221"/>
        <source>Show or hide the statements run before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="224"/>
        <source>Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="225"/>
        <source>Put the statement back into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="231"/>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="232"/>
        <source>Put the statement back into the editor and run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="238"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="241"/>
        <source>Copy the selected cells as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="251"/>
        <source>SQL warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="252"/>
        <source>The SQL warehouse statements run on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="265"/>
        <source>Row limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="266"/>
        <source>At most this many rows come back; the rest are cut off (the result says it was truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="268"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="281"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="286"/>
        <source>Write the whole result to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="291"/>
        <source>&amp;Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="310"/>
        <source>SQL editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="312"/>
        <source>Write SQL here. Ctrl+Enter runs the statement under the cursor (or the selection), Ctrl+Shift+Enter runs them all, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="328"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="402"/>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="404"/>
        <source>Search statements, warehouses, errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="406"/>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="411"/>
        <source>Statements run before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="458"/>
        <source>Listing SQL warehouses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="521"/>
        <source>Cannot list the SQL warehouses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="533"/>
        <source>This workspace has no SQL warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="534"/>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="646"/>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="684"/>
        <source>Not connected to a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="688"/>
        <source>There is no statement to run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="693"/>
        <source>Choose a SQL warehouse first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="707"/>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="707"/>
        <source>the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="709"/>
        <source>Run %1 statements that may change data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="711"/>
        <source>Not run: not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="772"/>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="774"/>
        <source>Waiting for the warehouse to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="776"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="778"/>
        <source>Submitted, waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="780"/>
        <source>Statement %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="806"/>
        <source>Statement %1 of %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="811"/>
        <source>Succeeded in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="815"/>
        <source>The statement failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="817"/>
        <source>Failed after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="822"/>
        <source>Canceled after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="828"/>
        <source>%1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="892"/>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="908"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="910"/>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="912"/>
        <source> — truncated: the warehouse returned only these rows (row or size limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="946"/>
        <source>In the editor: line %1, column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="982"/>
        <source>Select at most %1 rows to copy; Export writes the whole result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sql/SqlEditorPage.cpp" line="1009"/>
        <source>Copied; %n cell(s) were not loaded yet and were left empty.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="1027"/>
        <source>Export the result as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="1028"/>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="1046"/>
        <source>Exporting to %1: %2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="1055"/>
        <source>Exporting to %1: 0 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="1079"/>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="1084"/>
        <source>Export canceled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="1088"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sql/SqlEditorPage.cpp" line="1120"/>
        <source>Only the start of this statement was kept; it was put back, not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::TransferListModel</name>
    <message>
        <location filename="../models/dbfs/TransferListModel.cpp" line="89"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/TransferListModel.cpp" line="89"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/TransferListModel.cpp" line="111"/>
        <location filename="../models/dbfs/TransferListModel.cpp" line="113"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/TransferListModel.cpp" line="117"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/TransferListModel.cpp" line="137"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../models/dbfs/TransferListModel.cpp" line="139"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/TransferListModel.cpp" line="141"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/TransferListModel.cpp" line="143"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/TransferListModel.cpp" line="145"/>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/TransferListModel.cpp" line="147"/>
        <source>State</source>
        <translation type="unfinished">Status</translation>
    </message>
</context>
<context>
    <name>brickdesk::TransferPanel</name>
    <message>
        <location filename="../ui/dbfs/TransferPanel.cpp" line="23"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/TransferPanel.cpp" line="24"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/TransferPanel.cpp" line="25"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/TransferPanel.cpp" line="34"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/TransferPanel.cpp" line="37"/>
        <source>Stop the selected transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/TransferPanel.cpp" line="38"/>
        <source>Start the selected failed or cancelled transfers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/TransferPanel.cpp" line="40"/>
        <source>Remove finished, skipped, failed and cancelled transfers from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbfs/TransferPanel.cpp" line="43"/>
        <source>&lt;b&gt;Transfers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dbfs/TransferPanel.cpp" line="134"/>
        <source>%n running or queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dbfs/TransferPanel.cpp" line="137"/>
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WarehouseListModel</name>
    <message>
        <location filename="../models/sql/WarehouseListModel.cpp" line="117"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/WarehouseListModel.cpp" line="121"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/WarehouseListModel.cpp" line="123"/>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/WarehouseListModel.cpp" line="125"/>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/WarehouseListModel.cpp" line="127"/>
        <source>Health: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/WarehouseListModel.cpp" line="128"/>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceBrowserPage</name>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="46"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="48"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="50"/>
        <source>Jupyter notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="52"/>
        <source>DBC archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="54"/>
        <source>R Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="58"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="63"/>
        <source>1 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="64"/>
        <source>%L1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="69"/>
        <source>1 folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="70"/>
        <source>%L1 folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="112"/>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="377"/>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="827"/>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="889"/>
        <source>Not connected to a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="128"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="129"/>
        <source>Open the selected notebook in an editor (Enter, double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="132"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="133"/>
        <source>Save the selected notebook or folder to a local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="136"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="137"/>
        <source>Put a local notebook (.py, .sql, .scala, .r, .ipynb, .dbc, .html) or file into the selected folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="142"/>
        <source>New folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="143"/>
        <source>Create a folder in the selected folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="145"/>
        <source>Rename/Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="146"/>
        <source>Give the selected notebook or folder a new name or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="149"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="150"/>
        <source>Delete the selected object (a folder with everything in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="153"/>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="154"/>
        <source>Copy the workspace path of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="156"/>
        <source>Refresh</source>
        <translation type="unfinished">Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="157"/>
        <source>List the selected folder (or the selection&apos;s folder) again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="160"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="161"/>
        <source>Filter the names loaded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="170"/>
        <source>Filter loaded names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="171"/>
        <source>Filter the workspace names loaded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="172"/>
        <source>Searches the names loaded so far; expand a folder to search in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="202"/>
        <source>Workspace</source>
        <translation type="unfinished">Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="227"/>
        <source>Details and open notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="228"/>
        <source>Details</source>
        <translation type="unfinished">Details</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="246"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="272"/>
        <source>Listed the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="336"/>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="445"/>
        <source>Select a notebook, folder or file to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="337"/>
        <source>Listing the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="473"/>
        <source>Listing /…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="478"/>
        <source>1 object loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="478"/>
        <source>%L1 objects loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="480"/>
        <source>%L1 of %L2 loaded names match “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="613"/>
        <source>Folder not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="614"/>
        <source>The workspace did not delete %1: “%2”. Delete it with everything in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="616"/>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="618"/>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1160"/>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="622"/>
        <source>Deleting %1 with everything in it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="651"/>
        <source>Only notebooks open here; use Export… to save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="686"/>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="797"/>
        <source>%1 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="798"/>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="800"/>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="830"/>
        <source>Exporting %1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="836"/>
        <source>Could not export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="848"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="855"/>
        <source>Exported %1 as %2 to %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="877"/>
        <source>Import into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="878"/>
        <source>Notebooks and files (*.py *.scala *.sql *.r *.R *.ipynb *.dbc *.html *.Rmd);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="894"/>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="899"/>
        <source>%1 is %2; the workspace imports at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="906"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="911"/>
        <source>%1 is larger than the workspace&apos;s 10 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="917"/>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="925"/>
        <source>workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="927"/>
        <source>%1 notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="930"/>
        <source>Importing %1 into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="942"/>
        <source>Could not check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="946"/>
        <source>%1 already exists, and a DBC archive cannot overwrite (the workspace API does not allow it): delete or rename %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="952"/>
        <source>%1 is a folder: import the file under another name, or into that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="963"/>
        <source>Overwrite?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="964"/>
        <source>%1 already exists. Overwrite it with %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="966"/>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="970"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="991"/>
        <source>Could not import %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1006"/>
        <source>Replaced %1 with %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1007"/>
        <source>Imported %1 as %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1019"/>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1020"/>
        <source>Name of the new folder in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1030"/>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1041"/>
        <source>Folders cannot be moved safely through the workspace API: export the folder as DBC, import it at the new place, check it, then delete the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1047"/>
        <source>Only notebooks can be renamed or moved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1053"/>
        <source>%1 has unsaved changes in its tab: save or discard them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1056"/>
        <source>the notebook gets a new object ID and loses its revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1060"/>
        <source>Rename or move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1061"/>
        <source>New name for %1, or a full path (/…) to move it.

The workspace API has no move or rename: Brickdesk exports it, imports it at the new path, then deletes the original — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1075"/>
        <source>Start a path with &apos;/&apos; to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1084"/>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1085"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1084"/>
        <source>Move %1 to %2 (the original is deleted)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1089"/>
        <source>Moving %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1113"/>
        <source>Counting what is in %1… %2 and %3 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1125"/>
        <source>Could not count what is in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1130"/>
        <source>Counting what is in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1142"/>
        <source>Delete the notebook %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1144"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1146"/>
        <source>Delete the empty folder %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1148"/>
        <source>Delete %1 and the %2 and %3 in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1151"/>
        <source>Delete %1 and everything in it (at least %2 and %3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1155"/>
        <source>Delete from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1156"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1156"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1167"/>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1177"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceBrowserPage.cpp" line="1195"/>
        <source>Refreshing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceContentsCounter</name>
    <message>
        <location filename="../models/workspace/WorkspaceContentsCounter.cpp" line="54"/>
        <source>Not connected.</source>
        <translation type="unfinished">Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceObjectDetails</name>
    <message>
        <location filename="../ui/workspace/WorkspaceObjectDetails.cpp" line="66"/>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceObjectDetails.cpp" line="67"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceObjectDetails.cpp" line="68"/>
        <source>Object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceObjectDetails.cpp" line="69"/>
        <source>Created</source>
        <translation type="unfinished">Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceObjectDetails.cpp" line="70"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceObjectDetails.cpp" line="71"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceObjectDetails.cpp" line="115"/>
        <source>%1 (%L2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceObjectDetails.cpp" line="119"/>
        <source>Enter or double-click opens the notebook. Export saves it as source, HTML, Jupyter or a DBC archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceObjectDetails.cpp" line="123"/>
        <source>Export saves the folder with everything in it as a DBC archive; Import puts a notebook or file into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceObjectDetails.cpp" line="127"/>
        <source>A Git folder (repo). Its contents are listed like a folder&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceObjectDetails.cpp" line="130"/>
        <source>A workspace file. Export saves its bytes as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceTreeModel</name>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="401"/>
        <source>Object ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="407"/>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="431"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="433"/>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="435"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="437"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="439"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="475"/>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="678"/>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="700"/>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="701"/>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="723"/>
        <source>Not connected to a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="481"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="512"/>
        <source>The answer lists %1 in %2, which cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="531"/>
        <source>No such folder: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="532"/>
        <source>Cannot list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="681"/>
        <source>Cannot create folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="687"/>
        <source>Could not create folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="691"/>
        <source>Created folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="707"/>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="714"/>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="725"/>
        <source>%1 is not shown here; refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="727"/>
        <source>%1 is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="732"/>
        <source>Cannot move %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="742"/>
        <source>Could not move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="751"/>
        <source>Renamed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace/WorkspaceTreeModel.cpp" line="754"/>
        <source>Moved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::dbfsformat</name>
    <message>
        <location filename="../models/dbfs/DbfsFormat.cpp" line="19"/>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsFormat.cpp" line="37"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsFormat.cpp" line="45"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsFormat.cpp" line="48"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsFormat.cpp" line="49"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsFormat.cpp" line="52"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/DbfsFormat.cpp" line="53"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::preview</name>
    <message>
        <location filename="../models/dbfs/PreviewContent.cpp" line="194"/>
        <source>A quoted field opened on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/PreviewContent.cpp" line="239"/>
        <source>Only the start of this JSON file was read; shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dbfs/PreviewContent.cpp" line="240"/>
        <source>Not valid JSON (%1 at offset %2); shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brickdesk::secretformat</name>
    <message>
        <location filename="../models/secrets/SecretFormat.cpp" line="17"/>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretFormat.cpp" line="19"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretFormat.cpp" line="21"/>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretFormat.cpp" line="23"/>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretFormat.cpp" line="24"/>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/SecretFormat.cpp" line="38"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
