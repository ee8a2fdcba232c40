#include "Transfer.h"

#include <QCoreApplication>
#include <cmath>

namespace brickdesk {

bool isFinal(TransferState state)
{
    switch (state) {
    case TransferState::Done:
    case TransferState::Skipped:
    case TransferState::Failed:
    case TransferState::Cancelled:
        return true;
    default:
        return false;
    }
}

QString transferStateName(TransferState state)
{
    const char *text = "";
    switch (state) {
    case TransferState::Queued:
        text = QT_TRANSLATE_NOOP("Transfer", "Queued");
        break;
    case TransferState::Checking:
        text = QT_TRANSLATE_NOOP("Transfer", "Checking");
        break;
    case TransferState::WaitingForDecision:
        text = QT_TRANSLATE_NOOP("Transfer", "Waiting for your decision");
        break;
    case TransferState::Running:
        text = QT_TRANSLATE_NOOP("Transfer", "Running");
        break;
    case TransferState::Finishing:
        text = QT_TRANSLATE_NOOP("Transfer", "Finishing");
        break;
    case TransferState::Done:
        text = QT_TRANSLATE_NOOP("Transfer", "Done");
        break;
    case TransferState::Skipped:
        text = QT_TRANSLATE_NOOP("Transfer", "Skipped");
        break;
    case TransferState::Failed:
        text = QT_TRANSLATE_NOOP("Transfer", "Failed");
        break;
    case TransferState::Cancelled:
        text = QT_TRANSLATE_NOOP("Transfer", "Cancelled");
        break;
    }
    return QCoreApplication::translate("Transfer", text);
}

Transfer::Transfer(int id, TransferDirection direction, QString localPath, QString remotePath,
                   QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_direction(direction)
    , m_localPath(std::move(localPath))
    , m_remotePath(std::move(remotePath))
{
    m_finalPath = m_direction == TransferDirection::Upload ? m_remotePath : m_localPath;
}

qint64 Transfer::etaSeconds() const
{
    const double rate = bytesPerSecond();
    if (m_state != TransferState::Running || m_bytesTotal < 0 || rate <= 0.0)
        return -1;
    return qint64(std::ceil(double(m_bytesTotal - m_bytesDone) / rate));
}

void Transfer::setState(TransferState state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == TransferState::Running)
        m_rate.record(m_bytesDone);
    Q_EMIT changed();
    if (state == TransferState::WaitingForDecision)
        Q_EMIT conflictFound();
    if (isFinal(state))
        Q_EMIT finished();
}

void Transfer::setTotal(qint64 total)
{
    m_bytesTotal = total;
    Q_EMIT changed();
}

void Transfer::setProgress(qint64 done)
{
    m_bytesDone = done;
    m_rate.record(done);
    Q_EMIT changed();
}

void Transfer::handleExistingDestination(const QString &existingPath)
{
    if (conflictChoice() != ConflictChoice::Ask)
        return resolveConflict(conflictChoice());
    m_active = false;
    m_conflictingPath = existingPath;
    setState(TransferState::WaitingForDecision);
}

void Transfer::resolveConflict(ConflictChoice choice)
{
    if (choice == ConflictChoice::Ask || isFinal(m_state))
        return;
    m_conflictChoice = choice;
    if (choice == ConflictChoice::Skip) {
        m_active = false;
        releaseOnSkip();
        setState(TransferState::Skipped);
        return;
    }
    m_active = true;
    continueAfterConflict(choice);
}

void Transfer::fail(const QString &text, const ApiError &error)
{
    m_errorText = text;
    m_error = error;
    setState(TransferState::Failed);
}

void Transfer::resetForRetry()
{
    m_errorText.clear();
    m_error = ApiError();
    m_conflictingPath.clear();
    m_rate.reset();
    m_state = TransferState::Queued;
    Q_EMIT changed();
}

} // namespace brickdesk
