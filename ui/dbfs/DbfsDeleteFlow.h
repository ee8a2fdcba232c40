#pragma once

#include "DbfsTreeModel.h"
#include "Profile.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QWidget;

namespace brickdesk {

class DbfsTreeWalker;

// Deleting from DBFS, as the user sees it: count what is inside the folders first (so that the
// question says "and the 1,234 files and 56 folders in it"), ask — on prod by typing the
// profile name — then delete, reporting how many files are gone so far.
class DbfsDeleteFlow final : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString path;
        bool isDir = false;
    };

    DbfsDeleteFlow(DbfsTreeModel *model, const Profile &profile, QWidget *dialogParent);
    ~DbfsDeleteFlow() override;

    void start(const QList<Target> &targets);
    void cancel();
    bool isRunning() const { return m_running; }
    // The question, once counted ("Delete /x and the 3 files and 1 folder in it?").
    QString question() const;

Q_SIGNALS:
    void status(const QString &text);
    void failed(const QString &text);
    void finished();

private:
    void walkNext();
    void ask();
    void onProgress(const QString &path, qint64 files);
    void onDone(const QString &path, bool ok, const QString &message);
    void finish();

    QPointer<DbfsTreeModel> m_model;
    Profile m_profile;
    QPointer<QWidget> m_dialogParent;
    DbfsTreeWalker *m_walker = nullptr;
    QList<Target> m_targets;
    int m_walked = 0;
    qint64 m_files = 0;
    qint64 m_folders = 0;
    QSet<QString> m_deleting;
    QHash<QString, qint64> m_deletedFiles;
    QStringList m_messages;
    bool m_anyFailed = false;
    bool m_running = false;
};

} // namespace brickdesk
