#pragma once

#include "ConflictDialog.h"
#include "TransferQueue.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace brickdesk {

class TransferListModel;

// The uploads and downloads of the workspace, like a storage explorer's activities: progress,
// speed, time left and state per file; Cancel, Retry, Clear finished; and the question asked
// when a destination already exists, one transfer at a time.
class TransferPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TransferPanel(QWidget *parent = nullptr);
    ~TransferPanel() override;

    void setQueue(TransferQueue *queue);
    TransferQueue *queue() const { return m_queue; }
    TransferListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *clearButton() const { return m_clear; }
    ConflictDialog *conflictDialog() const { return m_dialog; }

private:
    void onConflict(int transferId);
    void askNext();
    void updateButtons();
    void updateSummary();
    QList<int> selectedIds() const;

    QPointer<TransferQueue> m_queue;
    TransferListModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_clear;
    QPointer<ConflictDialog> m_dialog;
    QList<int> m_conflicts; // transfers waiting for an answer, in the order they asked
};

} // namespace brickdesk
