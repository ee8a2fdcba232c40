#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace brickdesk {

class ApiClient;
class RemoteListModelBase;

// A filterable, sortable table over one remote list (clusters, jobs), with its loading state,
// a refresh button and a specific error with a retry when loading fails.
class ResourceListView : public QWidget
{
    Q_OBJECT

public:
    ResourceListView(const QString &noun, RemoteListModelBase *model, int sortRole, QWidget *parent = nullptr);

    // nullptr: nothing to show, and `whyNot` says why (connecting, cannot connect, ...).
    void setClient(ApiClient *client, const QString &whyNot = {});
    void refresh();
    QTableView *table() const { return m_table; }
    RemoteListModelBase *model() const { return m_model; }

private:
    void updateStatus();

    QString m_noun;
    RemoteListModelBase *m_model;
    ApiClient *m_client = nullptr;
    QString m_whyNot;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QToolButton *m_refresh;
    QLabel *m_status;
};

} // namespace brickdesk
