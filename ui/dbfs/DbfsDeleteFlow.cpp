#include "DbfsDeleteFlow.h"

#include "ConfirmByNameDialog.h"
#include "DbfsTreeModel.h"
#include "DbfsTreeWalker.h"

#include <QMessageBox>
#include <QPointer>

namespace brickdesk {

namespace {

QString files(qint64 n)
{
    return n == 1 ? DbfsDeleteFlow::tr("1 file") : DbfsDeleteFlow::tr("%L1 files").arg(n);
}

QString folders(qint64 n)
{
    return n == 1 ? DbfsDeleteFlow::tr("1 folder") : DbfsDeleteFlow::tr("%L1 folders").arg(n);
}

} // namespace

DbfsDeleteFlow::DbfsDeleteFlow(DbfsTreeModel *model, const Profile &profile, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_model(model)
    , m_profile(profile)
    , m_dialogParent(dialogParent)
{
    connect(
        model, &DbfsTreeModel::deleteProgress, this,
        [this](const QString &path, qint64 filesDeleted, int) { onProgress(path, filesDeleted); });
    connect(model, &DbfsTreeModel::deleteFinished, this, &DbfsDeleteFlow::onDone);
}

DbfsDeleteFlow::~DbfsDeleteFlow()
{
    cancel();
}

void DbfsDeleteFlow::cancel()
{
    if (m_walker)
        m_walker->cancel();
    m_running = false;
}

void DbfsDeleteFlow::start(const QList<Target> &targets)
{
    if (m_running || targets.isEmpty() || !m_model || !m_model->client())
        return;
    m_running = true;
    m_targets = targets;
    m_walked = 0;
    m_files = 0;
    m_folders = 0;
    m_messages.clear();
    m_anyFailed = false;
    for (const Target &target : targets) {
        if (!target.isDir)
            ++m_files;
    }
    walkNext();
}

void DbfsDeleteFlow::walkNext()
{
    while (m_walked < m_targets.size() && !m_targets.at(m_walked).isDir)
        ++m_walked;
    if (m_walked >= m_targets.size()) {
        ask();
        return;
    }
    if (!m_walker) {
        m_walker = new DbfsTreeWalker(m_model->client(), this);
        connect(m_walker, &DbfsTreeWalker::found, this, [this] {
            Q_EMIT status(tr("Counting what is in %1… %2 and %3 so far")
                              .arg(m_targets.at(m_walked).path,
                                   files(m_files + m_walker->fileCount()),
                                   folders(m_folders + m_walker->folderCount())));
        });
        connect(m_walker, &DbfsTreeWalker::finished, this, [this](const ApiError &error) {
            if (!m_running)
                return;
            if (error.isError()) {
                m_running = false;
                Q_EMIT failed(tr("Could not count what is in %1: %2")
                                  .arg(m_targets.at(m_walked).path, error.summary()));
                Q_EMIT finished();
                return;
            }
            m_files += m_walker->fileCount();
            m_folders += m_walker->folderCount();
            ++m_walked;
            walkNext();
        });
    }
    Q_EMIT status(tr("Counting what is in %1…").arg(m_targets.at(m_walked).path));
    m_walker->start(m_targets.at(m_walked).path);
}

QString DbfsDeleteFlow::question() const
{
    const qint64 inside = m_files - std::count_if(m_targets.cbegin(), m_targets.cend(),
                                                  [](const Target &t) { return !t.isDir; });
    if (m_targets.size() == 1) {
        const Target &target = m_targets.first();
        if (!target.isDir)
            return tr("Delete %1?").arg(target.path);
        if (inside == 0 && m_folders == 0)
            return tr("Delete the empty folder %1?").arg(target.path);
        return tr("Delete %1 and the %2 and %3 in it?")
            .arg(target.path, files(inside), folders(m_folders));
    }
    return tr("Delete these %L1 items and the %2 and %3 in them?")
        .arg(m_targets.size())
        .arg(files(inside), folders(m_folders));
}

void DbfsDeleteFlow::ask()
{
    const QString text = question();
    bool confirmed = false;
    // A switch of workspace during the question deletes this flow: look before going on.
    const QPointer<DbfsDeleteFlow> self(this);
    if (m_profile.isProd()) {
        ConfirmByNameDialog dialog(text.chopped(1), m_profile.name, m_dialogParent);
        dialog.setConfirmText(tr("Delete"));
        confirmed = dialog.exec() == QDialog::Accepted;
    } else {
        confirmed = QMessageBox::question(m_dialogParent, tr("Delete from DBFS"),
                                          text + QLatin1Char('\n') + tr("This cannot be undone."),
                                          QMessageBox::Yes | QMessageBox::Cancel,
                                          QMessageBox::Cancel) == QMessageBox::Yes;
    }
    if (!self)
        return;
    if (!confirmed || !m_running || !m_model) {
        m_running = false;
        Q_EMIT status(tr("Nothing was deleted."));
        Q_EMIT finished();
        return;
    }
    for (const Target &target : std::as_const(m_targets))
        m_deleting.insert(target.path);
    Q_EMIT status(tr("Deleting…"));
    for (const Target &target : std::as_const(m_targets))
        m_model->remove(target.path);
}

void DbfsDeleteFlow::onProgress(const QString &path, qint64 filesDeleted)
{
    if (!m_deleting.contains(path))
        return;
    m_deletedFiles[path] = filesDeleted;
    qint64 total = 0;
    for (const qint64 n : std::as_const(m_deletedFiles))
        total += n;
    Q_EMIT status(tr("Deleting… %1 so far").arg(files(total)));
}

void DbfsDeleteFlow::onDone(const QString &path, bool ok, const QString &message)
{
    if (!m_deleting.remove(path))
        return;
    m_messages.append(message);
    m_anyFailed = m_anyFailed || !ok;
    if (m_deleting.isEmpty())
        finish();
}

void DbfsDeleteFlow::finish()
{
    m_running = false;
    const QString text = m_messages.join(QLatin1Char(' '));
    if (m_anyFailed)
        Q_EMIT failed(text);
    else
        Q_EMIT status(text);
    Q_EMIT finished();
}

} // namespace brickdesk
