#include "TransferPanel.h"

#include "ConflictDialog.h"
#include "TransferListModel.h"
#include "TransferProgressDelegate.h"
#include "TransferQueue.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace brickdesk {

TransferPanel::TransferPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TransferListModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_clear(new QPushButton(tr("Clear finished"), this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegateForColumn(TransferListModel::ProgressColumn,
                                     new TransferProgressDelegate(m_view));
    m_view->setAccessibleName(tr("Transfers"));
    m_view->header()->resizeSection(TransferListModel::NameColumn, 260);
    m_view->header()->resizeSection(TransferListModel::ProgressColumn, 160);
    m_cancel->setToolTip(tr("Stop the selected transfers"));
    m_retry->setToolTip(tr("Start the selected failed or cancelled transfers again"));
    m_clear->setToolTip(
        tr("Remove finished, skipped, failed and cancelled transfers from the list"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("<b>Transfers</b>"), this));
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (const int id : selectedIds())
            m_queue->cancel(id);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        for (const int id : selectedIds())
            m_queue->retry(id);
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_queue)
            m_queue->clearFinished();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransferPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransferPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TransferPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TransferPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransferPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransferPanel::updateSummary);
    updateButtons();
    updateSummary();
}

TransferPanel::~TransferPanel() = default;

void TransferPanel::setQueue(TransferQueue *queue)
{
    if (m_queue)
        m_queue->disconnect(this);
    m_queue = queue;
    m_conflicts.clear();
    if (m_dialog)
        m_dialog->close();
    m_model->setQueue(queue);
    if (queue)
        connect(queue, &TransferQueue::conflictAsked, this, &TransferPanel::onConflict);
    updateButtons();
}

QList<int> TransferPanel::selectedIds() const
{
    QList<int> ids;
    if (!m_queue)
        return ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(TransferListModel::TransferIdRole).toInt());
    return ids;
}

void TransferPanel::updateButtons()
{
    bool canCancel = false;
    bool canRetry = false;
    if (m_queue) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows) {
            const auto state =
                static_cast<TransferState>(row.data(TransferListModel::StateRole).toInt());
            canCancel = canCancel || !isFinal(state);
            canRetry =
                canRetry || state == TransferState::Failed || state == TransferState::Cancelled;
        }
    }
    m_cancel->setEnabled(canCancel);
    m_retry->setEnabled(canRetry);
    m_clear->setEnabled(m_queue && m_model->rowCount() > 0);
}

void TransferPanel::updateSummary()
{
    int active = 0;
    int failed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto state = static_cast<TransferState>(
            m_model->index(row, 0).data(TransferListModel::StateRole).toInt());
        active += isFinal(state) ? 0 : 1;
        failed += state == TransferState::Failed ? 1 : 0;
    }
    QString text;
    if (active > 0)
        text = tr("%n running or queued", nullptr, active);
    if (failed > 0)
        text +=
            (text.isEmpty() ? QString() : QStringLiteral(", ")) + tr("%n failed", nullptr, failed);
    m_summary->setText(text);
    m_clear->setEnabled(m_queue && m_model->rowCount() > 0);
}

void TransferPanel::onConflict(int transferId)
{
    if (!m_conflicts.contains(transferId))
        m_conflicts.append(transferId);
    askNext();
}

void TransferPanel::askNext()
{
    if (m_dialog || !m_queue)
        return;
    // "Apply to all" may have answered the others meanwhile.
    while (!m_conflicts.isEmpty()) {
        const int id = m_conflicts.takeFirst();
        Transfer *transfer = m_queue->find(id);
        if (!transfer || transfer->state() != TransferState::WaitingForDecision)
            continue;
        auto *dialog =
            new ConflictDialog(id, transfer->conflictingPath(), transfer->direction(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog = dialog;
        connect(dialog, &ConflictDialog::chosen, this,
                [this](int transferId, ConflictChoice choice, bool applyToAll) {
                    if (m_queue)
                        m_queue->resolveConflict(transferId, choice, applyToAll);
                });
        connect(dialog, &QDialog::finished, this, [this] {
            m_dialog = nullptr;
            askNext();
        });
        dialog->open();
        return;
    }
}

} // namespace brickdesk
