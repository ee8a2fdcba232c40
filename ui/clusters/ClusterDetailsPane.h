#pragma once

#include <QTabWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace brickdesk {

class ApiClient;
class ClusterController;
class ClusterEventsModel;
class ClusterListModel;
class ClusterTimelineWidget;
class LibraryStatusModel;

// What the page shows of the selected cluster: an overview with live progress, the raw JSON,
// its events with a state timeline, and its libraries.
class ClusterDetailsPane : public QTabWidget
{
    Q_OBJECT

public:
    ClusterDetailsPane(ClusterListModel *clusters, ClusterController *controller, QWidget *parent = nullptr);

    void setClient(ApiClient *client);
    void showCluster(const QString &clusterId); // empty: nothing selected
    QString clusterId() const { return m_clusterId; }

    ClusterEventsModel *eventsModel() const { return m_events; }
    LibraryStatusModel *librariesModel() const { return m_libraries; }
    ClusterTimelineWidget *timeline() const { return m_timeline; }
    QLabel *overviewLabel() const { return m_overview; }
    QLabel *progressLabel() const { return m_progress; }
    QComboBox *libraryKindBox() const { return m_libraryKind; }
    QLineEdit *libraryEdit() const { return m_library; }
    QPushButton *installButton() const { return m_install; }
    QLabel *libraryErrorLabel() const { return m_libraryError; }

Q_SIGNALS:
    void message(const QString &text);

private:
    QWidget *buildOverview();
    QWidget *buildEvents();
    QWidget *buildLibraries();
    void updateOverview();
    void reloadEvents();
    void installLibrary();

    ClusterListModel *m_clusters;
    ClusterController *m_controller;
    ApiClient *m_client = nullptr;
    QString m_clusterId;
    QLabel *m_overview = nullptr;
    QLabel *m_progress = nullptr;
    QPlainTextEdit *m_json = nullptr;
    ClusterEventsModel *m_events;
    QComboBox *m_eventType = nullptr;
    QPushButton *m_moreEvents = nullptr;
    ClusterTimelineWidget *m_timeline = nullptr;
    LibraryStatusModel *m_libraries;
    QTableView *m_libraryTable = nullptr;
    QComboBox *m_libraryKind = nullptr;
    QLineEdit *m_library = nullptr;
    QPushButton *m_install = nullptr;
    QLabel *m_libraryError = nullptr;
};

} // namespace brickdesk
