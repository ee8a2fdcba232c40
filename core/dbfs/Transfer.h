#pragma once

#include "ApiError.h"
#include "RateMeter.h"

#include <QObject>
#include <QString>

namespace brickdesk {

enum class TransferDirection
{
    Upload,
    Download
};

enum class TransferState
{
    Queued,
    Checking,           // looking at the destination before moving a byte
    WaitingForDecision, // the destination exists and the user is asked what to do
    Running,
    Finishing, // renaming or moving into place
    Done,
    Skipped,
    Failed,
    Cancelled
};

// What to do when the destination already exists.
enum class ConflictChoice
{
    Ask,
    Overwrite,
    Skip,
    KeepBoth // a numbered name next to it: "report (1).csv"
};

bool isFinal(TransferState state);
QString transferStateName(TransferState state); // "Queued", "Running", ... (translatable)

// One file moving in or out of DBFS. Never leaves partial data at the destination: bytes go to a
// temporary name and are put in place only when all of them arrived and were checked.
class Transfer : public QObject
{
    Q_OBJECT

public:
    Transfer(int id, TransferDirection direction, QString localPath, QString remotePath,
             QObject *parent = nullptr);

    int id() const { return m_id; }
    TransferDirection direction() const { return m_direction; }
    QString localPath() const { return m_localPath; }
    QString remotePath() const { return m_remotePath; }
    // Where the file ended up: differs from the requested path after "keep both".
    QString finalPath() const { return m_finalPath; }
    TransferState state() const { return m_state; }
    qint64 bytesDone() const { return m_bytesDone; }
    qint64 bytesTotal() const { return m_bytesTotal; } // -1 until known
    qint64 resumedFromBytes() const { return m_resumedFrom; }
    double bytesPerSecond() const { return m_rate.bytesPerSecond(); }
    qint64 etaSeconds() const; // -1 when unknown
    ApiError error() const { return m_error; }
    QString errorText() const { return m_errorText; }
    QString conflictingPath() const { return m_conflictingPath; }

    void setConflictChoice(ConflictChoice choice) { m_conflictChoice = choice; }
    ConflictChoice conflictChoice() const { return m_conflictChoice; }

    virtual void start() = 0;
    virtual void cancel() = 0;
    // Answers the question asked in WaitingForDecision (ConflictChoice::Ask is ignored).
    void resolveConflict(ConflictChoice choice);

Q_SIGNALS:
    void changed();       // state, bytes or error
    void conflictFound(); // entered WaitingForDecision
    void finished();      // entered a final state

protected:
    void setState(TransferState state);
    void setTotal(qint64 total);
    void setProgress(qint64 done);
    void setResumedFrom(qint64 bytes) { m_resumedFrom = bytes; }
    void setFinalPath(const QString &path) { m_finalPath = path; }
    // The destination exists: asks the user, or applies the choice already made.
    void handleExistingDestination(const QString &existingPath);
    // Overwrite or KeepBoth was chosen: go on towards that destination.
    virtual void continueAfterConflict(ConflictChoice choice) = 0;
    virtual void releaseOnSkip() {}
    void fail(const QString &text, const ApiError &error = {});
    void resetForRetry();

    bool m_active = false; // working: a call or a decision in progress, not waiting or ended

private:
    const int m_id;
    const TransferDirection m_direction;
    const QString m_localPath;
    const QString m_remotePath;
    QString m_finalPath;
    TransferState m_state = TransferState::Queued;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = -1;
    qint64 m_resumedFrom = 0;
    RateMeter m_rate;
    ApiError m_error;
    QString m_errorText;
    QString m_conflictingPath;
    ConflictChoice m_conflictChoice = ConflictChoice::Ask;
};

} // namespace brickdesk
