#include "NotebookFile.h"

namespace brickdesk {

NotebookFile::NotebookFile(WorkspaceClient *client, const WorkspaceObject &notebook,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_notebook(notebook)
    , m_baseModifiedAt(notebook.modifiedAt)
{}

QString NotebookFile::profile() const
{
    return m_client ? m_client->profile() : QString();
}

void NotebookFile::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void NotebookFile::setClient(WorkspaceClient *client)
{
    cancel();
    m_client = client;
}

void NotebookFile::cancel()
{
    ++m_generation;
    setBusy(false);
}

// get-status then export: the modification time belongs to the text read after it (a change
// between the two shows as a conflict at the next save, never as a lost change).
void NotebookFile::fetch(const std::function<void(const QString &, const QDateTime &)> &done,
                         const std::function<void(const ApiError &)> &failed)
{
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = tr("not connected to a workspace");
        failed(error);
        return;
    }
    const int generation = m_generation;
    const QPointer<NotebookFile> self(this);
    m_client->status(
        m_notebook.path, this,
        [self, generation, done, failed](const CallResult<WorkspaceObject> &status) {
            if (!self || generation != self->m_generation)
                return;
            if (!status.ok()) {
                failed(status.error);
                return;
            }
            if (status.value.type != WorkspaceObjectType::Notebook) {
                ApiError error;
                error.kind = ApiError::Kind::Http;
                error.errorCode = QStringLiteral("NOT_A_NOTEBOOK");
                error.message = tr("%1 is no longer a notebook").arg(self->m_notebook.path);
                failed(error);
                return;
            }
            self->m_notebook.language = status.value.language;
            const QDateTime modifiedAt = status.value.modifiedAt;
            self->m_client->exportObject(
                self->m_notebook.path, WorkspaceFormat::Source, self,
                [self, generation, modifiedAt, done, failed](const CallResult<QByteArray> &text) {
                    if (!self || generation != self->m_generation)
                        return;
                    if (!text.ok())
                        failed(text.error);
                    else
                        done(QString::fromUtf8(text.value), modifiedAt);
                });
        });
}

void NotebookFile::load()
{
    ++m_generation;
    setBusy(true);
    fetch(
        [this](const QString &text, const QDateTime &modifiedAt) {
            m_baseText = text;
            m_baseModifiedAt = modifiedAt;
            setBusy(false);
            Q_EMIT loaded(text);
        },
        [this](const ApiError &error) {
            setBusy(false);
            Q_EMIT loadFailed(error);
        });
}

void NotebookFile::save(const QString &text)
{
    ++m_generation;
    setBusy(true);
    fetch(
        [this, text](const QString &remoteText, const QDateTime &modifiedAt) {
            // Decided on the text alone: modified_at may be absent (the API documents it for
            // files) or belong to a change made after ours. Touched but with the same text is no
            // conflict; so is a remote that already holds exactly our text.
            if (remoteText != m_baseText && remoteText != text) {
                setBusy(false);
                Q_EMIT conflict(remoteText, modifiedAt);
                return;
            }
            write(text);
        },
        [this, text](const ApiError &error) {
            if (error.errorCode == QLatin1String("RESOURCE_DOES_NOT_EXIST")) {
                write(text); // deleted meanwhile: saving puts it back
                return;
            }
            setBusy(false);
            Q_EMIT saveFailed(error);
        });
}

void NotebookFile::saveOverwriting(const QString &text)
{
    ++m_generation;
    setBusy(true);
    write(text);
}

void NotebookFile::write(const QString &text)
{
    if (!m_client) {
        setBusy(false);
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = tr("not connected to a workspace");
        Q_EMIT saveFailed(error);
        return;
    }
    WorkspaceImport spec;
    spec.path = m_notebook.path;
    spec.format = WorkspaceFormat::Source;
    spec.language = m_notebook.language;
    spec.content = text.toUtf8();
    spec.overwrite = true;
    const int generation = m_generation;
    const QPointer<NotebookFile> self(this);
    m_client->importObject(spec, this, [self, generation, text](const CallResult<Done> &result) {
        if (!self || generation != self->m_generation)
            return;
        if (!result.ok()) {
            self->setBusy(false);
            Q_EMIT self->saveFailed(result.error);
            return;
        }
        // The new base is what the workspace holds now, read back: it may normalise what it was
        // given, and a change landing right after ours must show as a conflict next time, not
        // become the base. If it cannot be read back, ours is the base.
        self->fetch(
            [self, generation](const QString &remoteText, const QDateTime &modifiedAt) {
                if (!self || generation != self->m_generation)
                    return;
                self->m_baseText = remoteText;
                self->m_baseModifiedAt = modifiedAt;
                self->setBusy(false);
                Q_EMIT self->saved();
            },
            [self, generation, text](const ApiError &) {
                if (!self || generation != self->m_generation)
                    return;
                self->m_baseText = text;
                self->setBusy(false);
                Q_EMIT self->saved();
            });
    });
}

} // namespace brickdesk
