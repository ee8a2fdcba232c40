#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace brickdesk {

class ApiClient;
class JobFilterProxy;
class JobListModel;

// The job list: filters by name, "mine" and tags over a sortable table that fills while pages
// stream in (the proxy sorts and filters rows as they arrive; nothing waits for the last page),
// and a line that says how far loading has got.
class JobListPane : public QWidget
{
    Q_OBJECT

public:
    JobListPane(JobListModel *model, QWidget *parent = nullptr);

    void setClient(ApiClient *client, const QString &whyNot = {});
    void setUserName(const QString &userName);
    void refresh();

    qint64 currentJobId() const;
    QString currentJobName() const;
    bool selectJob(qint64 jobId);

    JobListModel *model() const { return m_model; }
    JobFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *nameFilter() const { return m_name; }
    QCheckBox *mineBox() const { return m_mine; }
    QLineEdit *tagFilter() const { return m_tags; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void currentJobChanged(qint64 jobId);

private:
    void updateStatus();

    JobListModel *m_model;
    JobFilterProxy *m_proxy;
    ApiClient *m_client = nullptr;
    QString m_whyNot;
    QLineEdit *m_name;
    QCheckBox *m_mine;
    QLineEdit *m_tags;
    QTableView *m_table;
    QLabel *m_status;
    qint64 m_pendingSelection = 0;
};

} // namespace brickdesk
